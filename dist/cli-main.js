import { createRequire as __podarmorCreateRequire } from 'node:module';
const require = __podarmorCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap19 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar13 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq11 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar13(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap19;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar13;
    exports.isSeq = isSeq11;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path2) {
      const ctrl = callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path2, ctrl);
        return visit_(key2, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path2) {
      const ctrl = await callVisitor(key2, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path2, ctrl);
        return visitAsync_(key2, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key2, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path2);
      return void 0;
    }
    function replaceNode(key2, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar3 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar3.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar3.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar3.PLAIN = "PLAIN";
    Scalar3.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar3.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar3;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar3.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar3.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key2, ...rest] = path2;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key2, ...rest] = path2;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key2, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key2, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar3.Scalar.BLOCK_FOLDED ? false : type === Scalar3.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar3.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar3.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar3.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar3.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar3.Scalar.BLOCK_FOLDED:
          case Scalar3.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar3.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar3.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar3.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar3.Scalar.BLOCK_FOLDED || key2.type === Scalar3.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar3.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar3.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue2(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue2(ctx, map, it);
      else
        mergeValue2(ctx, map, source);
    }
    function mergeValue2(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair2(k, v);
    }
    var Pair2 = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair2;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines2.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines2.push(str3);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines2)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar3 = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap3 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair2.createPair(key2, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key2, value] of obj2)
            add(key2, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key2 of Object.keys(obj2))
            add(key2, obj2[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair2.Pair(pair, pair?.value);
        } else
          _pair = new Pair2.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar3.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair2.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap3;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap3 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap3.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap3.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq3 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar3.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key2 = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq3;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq3 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq3.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq3.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar3.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar3.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar3.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar3.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar3.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar3 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar3.Scalar.BLOCK_LITERAL);
        if (type !== Scalar3.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str3.substr(o, lineWidth);
          }
          str3 = lines2.join(type === Scalar3.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar3 = require_Scalar();
    var YAMLSeq3 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair2.Pair(new Scalar3.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair2.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq3.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair2.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap3 = require_YAMLMap();
    var YAMLSeq3 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq3.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap3.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap3.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap3.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap3.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap3.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar3.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar3.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar3.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap3 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap3.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair2.Pair(key2.key, null);
        else
          pair = new Pair2.Pair(key2, null);
        const prev = YAMLMap3.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap3.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap3.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair2.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair2.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document3 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair2.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document3;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair2 = require_Pair();
    var YAMLMap3 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap3.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq3 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq3.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap3 = require_YAMLMap();
    var YAMLSeq3 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap19 = fc.start.source === "{";
      const fcName = isMap19 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap19 ? YAMLMap3.YAMLMap : YAMLSeq3.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap19 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap19 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap19 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap19) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap3.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap19 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var YAMLMap3 = require_YAMLMap();
    var YAMLSeq3 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap3.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq3.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar3.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    function resolveBlockScalar(ctx, scalar3, onError) {
      const start = scalar3.offset;
      const header = parseBlockScalarHeader(scalar3, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar3.Scalar.BLOCK_FOLDED : Scalar3.Scalar.BLOCK_LITERAL;
      const lines2 = scalar3.source ? splitLines2(scalar3.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar3.source)
          end2 += scalar3.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar3.indent + header.indent;
      let offset = scalar3.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar3.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar3.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar3, strict, onError) {
      const { offset, type, source, end } = scalar3;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar3.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar3.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar3.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar3, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar3;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar3 = identity.isScalar(res) ? res : new Scalar3.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar3 = new Scalar3.Scalar(value);
      }
      scalar3.range = range2;
      scalar3.source = value;
      if (type)
        scalar3.type = type;
      if (tagName)
        scalar3.tag = tagName;
      if (tag.format)
        scalar3.format = tag.format;
      if (comment)
        scalar3.comment = comment;
      return scalar3;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document3 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document3.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document3 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document3.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar13 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar13;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter5 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter5;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar3) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar3.end) {
            sep4 = scalar3.end;
            sep4.push(this.sourceToken);
            delete scalar3.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar3.offset,
            indent: scalar3.indent,
            items: [{ start, key: scalar3, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar3);
      }
      *blockScalar(scalar3) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar3.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar3.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document3 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument6(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument6(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document3.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments4;
    exports.parseDocument = parseDocument6;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document3 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar3 = require_Scalar();
    var YAMLMap3 = require_YAMLMap();
    var YAMLSeq3 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document3.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair2.Pair;
    exports.Scalar = Scalar3.Scalar;
    exports.YAMLMap = YAMLMap3.YAMLMap;
    exports.YAMLSeq = YAMLSeq3.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str3) => REGEX_SPECIAL_CHARS.test(str3);
    exports.isRegexChar = (str3) => str3.length === 1 && exports.hasRegexChars(str3);
    exports.escapeRegex = (str3) => str3.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str3) => str3.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str3) => {
      return str3.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str3 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str3.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str3.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str3;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str3.slice(0, start);
        str3 = str3.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str3.slice(0, lastIndex);
        glob = str3.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str3;
      } else {
        base = str3;
      }
      if (base && base !== "" && base !== "/" && base !== str3) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix6 = POSIX_REGEX_SOURCE[rest2];
                if (posix6) {
                  prev.value = pre + posix6;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str3) => {
        switch (str3) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str3);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str3) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str3);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix6 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix6 });
        const result = { glob, state, regex, posix: posix6, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix6 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix6 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix6);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix6 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix6 }));
    };
    picomatch2.isMatch = (str3, patterns, options) => picomatch2(patterns, options)(str3);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan2(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/core/errors.ts
var UsageError = class extends Error {
};

// src/version.ts
var VERSION = "0.1.0";

// src/cli/fix-command.ts
import { mkdir as mkdir2, readFile as readFile5, stat as stat3, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname3, join as join5 } from "node:path";

// src/core/objects.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/yaml/access.ts
var import_yaml = __toESM(require_dist(), 1);
function deref(ctx, node) {
  let current = node;
  for (let hops = 0; (0, import_yaml.isAlias)(current); hops++) {
    if (hops > 32) return void 0;
    current = resolveAlias(ctx, current.source, current.range?.[0] ?? Infinity);
  }
  if (current === null || current === void 0) return void 0;
  if ((0, import_yaml.isScalar)(current) && current.value === null) return void 0;
  return current;
}
function resolveAlias(ctx, name, offset) {
  if (!ctx.anchors) {
    const anchors = /* @__PURE__ */ new Map();
    collectAnchors(ctx.doc.contents, anchors, 0);
    ctx.anchors = anchors;
  }
  const candidates = ctx.anchors.get(name);
  if (!candidates) return void 0;
  let found;
  for (const c of candidates) if ((c.range?.[0] ?? 0) < offset) found = c;
  return found;
}
function collectAnchors(node, anchors, depth) {
  if (depth > 200 || node === null || typeof node !== "object") return;
  const n = node;
  if (n.anchor) {
    const list2 = anchors.get(n.anchor) ?? [];
    list2.push(n);
    anchors.set(n.anchor, list2);
  }
  if ((0, import_yaml.isMap)(n)) {
    for (const pair of n.items) {
      collectAnchors(pair.key, anchors, depth + 1);
      collectAnchors(pair.value, anchors, depth + 1);
    }
  } else if ((0, import_yaml.isSeq)(n)) {
    for (const item of n.items) collectAnchors(item, anchors, depth + 1);
  }
}
function isMergeKey(key2) {
  return (0, import_yaml.isScalar)(key2) && (typeof key2.value === "symbol" || key2.source === "<<" && key2.type === "PLAIN");
}
function getPair(ctx, node, key2, depth = 0) {
  const map = (0, import_yaml.isMap)(node) ? node : deref(ctx, node);
  if (!(0, import_yaml.isMap)(map)) return void 0;
  const items = map.items;
  if (items.length >= INDEXED_SIZE) {
    const indexed = map;
    let index = indexed[KEY_INDEX];
    if (index === void 0) index = indexed[KEY_INDEX] = indexKeys(items);
    if (index !== null) return index.get(key2);
  }
  let hasMerge = false;
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i];
    const v = pair.key?.value;
    if (v === key2) return pair;
    if (typeof v === "string" || v === void 0) continue;
    const k = pair.key;
    if (typeof v === "symbol" || k.source === "<<" && k.type === "PLAIN") hasMerge = true;
    else if ((0, import_yaml.isScalar)(k) && k.source === key2) return pair;
  }
  if (!hasMerge || depth > 16) return void 0;
  for (const pair of items) {
    if (!isMergeKey(pair.key)) continue;
    const source = deref(ctx, pair.value);
    const sources = (0, import_yaml.isSeq)(source) ? source.items : [source];
    for (const s of sources) {
      const merged = getPair(ctx, s, key2, depth + 1);
      if (merged) return merged;
    }
  }
  return void 0;
}
var INDEXED_SIZE = 5;
var KEY_INDEX = /* @__PURE__ */ Symbol("podarmor.keyIndex");
function indexKeys(items) {
  const index = /* @__PURE__ */ new Map();
  for (const pair of items) {
    const k = pair.key;
    const v = k?.value;
    if (typeof v !== "string" || k.source === "<<" && k.type === "PLAIN") return null;
    index.set(v, pair);
  }
  return index;
}
function get(ctx, node, key2) {
  const pair = getPair(ctx, node, key2);
  return pair ? deref(ctx, pair.value) : void 0;
}
function getIn(ctx, node, path2) {
  let current = node;
  for (const key2 of path2) {
    current = get(ctx, current, key2);
    if (current === void 0) return void 0;
  }
  return deref(ctx, current);
}
function asMap(ctx, node) {
  const n = deref(ctx, node);
  return (0, import_yaml.isMap)(n) ? n : void 0;
}
function asSeq(ctx, node) {
  const n = deref(ctx, node);
  return (0, import_yaml.isSeq)(n) ? n : void 0;
}
function seqItems(ctx, node) {
  const seq = asSeq(ctx, node);
  if (!seq) return [];
  const out = [];
  for (const item of seq.items) {
    const d = deref(ctx, item);
    if (d !== void 0) out.push(d);
  }
  return out;
}
function mapKeys(ctx, node) {
  const map = asMap(ctx, node);
  if (!map) return [];
  const keys = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      const source = deref(ctx, pair.value);
      const sources = (0, import_yaml.isSeq)(source) ? source.items : [source];
      for (const s of sources) for (const k of mapKeys(ctx, s)) if (!keys.includes(k)) keys.push(k);
    } else if ((0, import_yaml.isScalar)(pair.key)) {
      const k = String(pair.key.value);
      if (!keys.includes(k)) keys.push(k);
    }
  }
  return keys;
}
function scalar(ctx, node) {
  const n = deref(ctx, node);
  if (!(0, import_yaml.isScalar)(n)) return void 0;
  const v = n.value;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  return void 0;
}
function str(ctx, node) {
  const v = scalar(ctx, node);
  return v === void 0 ? void 0 : String(v);
}
function stringMap(ctx, node) {
  const out = /* @__PURE__ */ new Map();
  for (const key2 of mapKeys(ctx, node)) {
    const pair = getPair(ctx, node, key2);
    if (!pair) continue;
    const v = scalar(ctx, pair.value);
    out.set(key2, { value: v === void 0 ? "" : String(v), pair });
  }
  return out;
}

// src/core/objects.ts
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function findDocumentObjects(file, d) {
  if (d.unread || d.broken) return [];
  const out = [];
  collect(file, d.index, { doc: d.doc }, d.doc.contents, [], out, 0);
  return out;
}
function collect(file, documentIndex, ctx, node, path2, out, depth) {
  const map = asMap(ctx, node);
  if (!map || depth > 4) return;
  const kind = str(ctx, get(ctx, map, "kind"));
  const apiVersion = str(ctx, get(ctx, map, "apiVersion"));
  if (!kind || !apiVersion) return;
  if (kind === "List" || kind.endsWith("List") && get(ctx, map, "items")) {
    const items = asMapItems(ctx, get(ctx, map, "items"));
    items.forEach((item, i) => collect(file, documentIndex, ctx, item, [...path2, "items", i], out, depth + 1));
    return;
  }
  const metadata = get(ctx, map, "metadata");
  const name = str(ctx, get(ctx, metadata, "name")) ?? str(ctx, get(ctx, metadata, "generateName")) ?? "";
  const namespace = str(ctx, get(ctx, metadata, "namespace"));
  const resource = namespace === void 0 ? { kind, name } : { kind, name, namespace };
  out.push({ file, documentIndex, ctx, node: map, path: path2, kind, apiVersion, resource });
}
function asMapItems(ctx, node) {
  return seqItems(ctx, node).filter((n) => (0, import_yaml2.isMap)(n));
}
function asWorkload(obj2) {
  const { ctx, node, path: path2 } = obj2;
  let templatePath;
  let template;
  let podSpecKey = "spec";
  if (obj2.kind === "Pod" && obj2.apiVersion === "v1") {
    template = node;
    templatePath = path2;
  } else if (obj2.kind === "PodTemplate" && obj2.apiVersion === "v1") {
    template = get(ctx, node, "template");
    templatePath = [...path2, "template"];
  } else {
    const spec = get(ctx, node, "spec");
    const direct = get(ctx, spec, "template");
    if (isPodTemplate(ctx, direct)) {
      template = direct;
      templatePath = [...path2, "spec", "template"];
    } else {
      const jobTemplate = get(ctx, get(ctx, get(ctx, spec, "jobTemplate"), "spec"), "template");
      if (isPodTemplate(ctx, jobTemplate)) {
        template = jobTemplate;
        templatePath = [...path2, "spec", "jobTemplate", "spec", "template"];
      }
    }
  }
  if (!templatePath) return void 0;
  const podSpec = asMap(ctx, get(ctx, template, podSpecKey));
  if (!podSpec) return void 0;
  const partial = getPair(ctx, podSpec, "containers") === void 0;
  const podSpecPath = [...templatePath, podSpecKey];
  const containers = [];
  for (const list2 of CONTAINER_LISTS) {
    const items = seqItems(ctx, get(ctx, podSpec, list2));
    items.forEach((item, index) => {
      if (!(0, import_yaml2.isMap)(item)) return;
      containers.push({
        name: str(ctx, get(ctx, item, "name")) ?? `${list2}[${index}]`,
        list: list2,
        index,
        node: item,
        path: [...podSpecPath, list2, index]
      });
    });
  }
  const podMetadata = asMap(ctx, get(ctx, template, "metadata"));
  const workload = {
    ...obj2,
    podSpec,
    podSpecPath,
    podMetadataPath: [...templatePath, "metadata"],
    containers,
    partial
  };
  if (podMetadata) workload.podMetadata = podMetadata;
  return workload;
}
var POD_SPEC_FIELDS = [
  "containers",
  "initContainers",
  "ephemeralContainers",
  "hostNetwork",
  "hostPID",
  "hostIPC",
  "hostUsers",
  "volumes",
  "securityContext",
  "serviceAccountName",
  "serviceAccount",
  "automountServiceAccountToken",
  "os"
];
function isPodTemplate(ctx, node) {
  const spec = asMap(ctx, get(ctx, node, "spec"));
  return spec !== void 0 && POD_SPEC_FIELDS.some((key2) => getPair(ctx, spec, key2) !== void 0);
}
function serviceAccountOf(w) {
  for (const key2 of ["serviceAccountName", "serviceAccount"]) {
    const name = str(w.ctx, get(w.ctx, w.podSpec, key2));
    if (name) return name;
  }
  return "default";
}

// src/core/fix/render.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/core/lines.ts
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function nextLineStart(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}
function lineEndAfter(text, end) {
  return nextLineStart(text, end - 1);
}
function columnOf(text, offset) {
  return offset - lineStartOf(text, offset);
}
function lineAndColumn(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: columnOf(text, offset) + 1 };
}
function lineCount(text) {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

// src/core/values.ts
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// src/core/fix/style.ts
var import_yaml3 = __toESM(require_dist(), 1);
function eolOf(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function detectStyle(text, doc, eol = eolOf(text)) {
  const widths = /* @__PURE__ */ new Map();
  const seqStyles = { indented: 0, flush: 0 };
  (0, import_yaml3.visit)(doc, {
    Pair(_, pair) {
      const key2 = pair.key;
      const value = pair.value;
      if (!key2?.range || !value?.range || value.flow) return;
      const keyCol = columnOf(text, key2.range[0]);
      if ((0, import_yaml3.isMap)(value) && value.items[0]) {
        const first = value.items[0].key;
        if (first?.range && onOwnLine(text, first.range[0])) {
          const w = columnOf(text, first.range[0]) - keyCol;
          if (w > 0 && w <= 8) widths.set(w, (widths.get(w) ?? 0) + 1);
        }
      } else if ((0, import_yaml3.isSeq)(value) && value.items[0]) {
        const item = value.items[0];
        if (item.range) {
          const dash = text.lastIndexOf("-", item.range[0]);
          if (dash >= 0 && onOwnLine(text, dash)) {
            if (columnOf(text, dash) > keyCol) seqStyles.indented++;
            else seqStyles.flush++;
          }
        }
      }
    }
  });
  let indent = 2;
  let best = 0;
  for (const [w, n] of widths) if (n > best || n === best && w < indent) [indent, best] = [w, n];
  return { indent, indentSequences: seqStyles.indented > seqStyles.flush, eol };
}
function onOwnLine(text, offset) {
  return /^[\s-]*$/.test(text.slice(lineStartOf(text, offset), offset));
}
var PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./@-]*$/;
var AMBIGUOUS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
function renderScalar(value, json) {
  if (typeof value === "string") {
    if (!json && PLAIN_SAFE.test(value) && !AMBIGUOUS.test(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  throw new Error(`cannot render ${typeof value} as a scalar`);
}
function renderFlow(value, json) {
  if (Array.isArray(value)) return `[${value.map((v) => renderFlow(v, json)).join(", ")}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{${entries.map(([k, v]) => `${renderScalar(k, json)}: ${renderFlow(v, json)}`).join(", ")}}`;
  }
  return renderScalar(value, json);
}
function renderBlockPair(key2, value, column, style) {
  const pad = " ".repeat(column);
  const head = `${pad}${renderScalar(key2, false)}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    const dashColumn = style.indentSequences ? column + style.indent : column;
    return [head, ...value.flatMap((item) => renderBlockItem(item, dashColumn, style))];
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${head} {}`];
    return [head, ...entries.flatMap(([k, v]) => renderBlockPair(k, v, column + style.indent, style))];
  }
  return [`${head} ${renderScalar(value, false)}`];
}
function renderBlockItem(value, dashColumn, style) {
  const pad = " ".repeat(dashColumn);
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}- {}`];
    const lines2 = entries.flatMap(([k, v]) => renderBlockPair(k, v, dashColumn + 2, style));
    lines2[0] = `${pad}- ${lines2[0].slice(dashColumn + 2)}`;
    return lines2;
  }
  if (Array.isArray(value)) return [`${pad}- ${renderFlow(value, false)}`];
  return [`${pad}- ${renderScalar(value, false)}`];
}
function isJsonStyleKey(node) {
  return (0, import_yaml3.isScalar)(node) && node.type === "QUOTE_DOUBLE";
}

// src/core/fix/render.ts
var RenderError = class extends Error {
};
var LEADING_KEYS = /* @__PURE__ */ new Set(["metadata"]);
var newIntent = () => ({ hasValue: false, remove: false, append: [], children: /* @__PURE__ */ new Map() });
function buildIntents(ops) {
  const root = newIntent();
  const at = (path2) => {
    let node = root;
    for (const step of path2) {
      if (node.hasValue || node.remove) throw new RenderError(`conflicting changes at ${path2.join(".")}`);
      let child = node.children.get(step);
      if (!child) node.children.set(step, child = newIntent());
      node = child;
    }
    return node;
  };
  const setValue = (path2, value) => {
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) setValue([...path2, k], v);
      return;
    }
    const node = at(path2);
    if (node.remove || node.children.size > 0 || node.append.length > 0) throw new RenderError(`conflicting changes at ${path2.join(".")}`);
    if (node.hasValue && JSON.stringify(node.value) !== JSON.stringify(value)) throw new RenderError(`conflicting values at ${path2.join(".")}`);
    node.hasValue = true;
    node.value = value;
  };
  for (const op of ops) {
    if (op.op === "set") setValue(op.path, op.value);
    else if (op.op === "append") {
      const node = at(op.path);
      if (node.hasValue || node.remove) throw new RenderError(`conflicting changes at ${op.path.join(".")}`);
      if (!node.append.some((v) => JSON.stringify(v) === JSON.stringify(op.value))) node.append.push(op.value);
    } else {
      const node = at(op.path);
      if (node.hasValue || node.children.size > 0 || node.append.length > 0) throw new RenderError(`conflicting changes at ${op.path.join(".")}`);
      node.remove = true;
    }
  }
  return root;
}
function materialize(intent) {
  if (intent.remove) return void 0;
  if (intent.hasValue) return intent.value;
  if (intent.append.length > 0) return [...intent.append];
  const out = {};
  for (const [k, child] of intent.children) {
    if (typeof k === "number") throw new RenderError("cannot create a list item by index");
    const v = materialize(child);
    if (v !== void 0) out[k] = v;
  }
  return out;
}
function renderOps(text, doc, style, ops) {
  return walkOps(text, doc, style, ops, false);
}
var CHECK_STYLE = { indent: 2, indentSequences: false, eol: "\n" };
function checkOps(text, doc, ops) {
  walkOps(text, doc, CHECK_STYLE, ops, true);
}
function walkOps(text, doc, style, ops, checkOnly) {
  const root = buildIntents(ops);
  const edits = [];
  const contents = doc.contents;
  if (!(0, import_yaml4.isMap)(contents) && !(0, import_yaml4.isSeq)(contents)) throw new RenderError("the document is not a collection");
  const r = new Renderer(text, style, checkOnly ? void 0 : edits, { doc });
  if ((0, import_yaml4.isMap)(contents)) r.map(contents, root);
  else r.seq(contents, root);
  return edits.sort((a, b) => a.start - b.start);
}
var Renderer = class {
  text;
  style;
  /** Undefined when only checking: the edits' text is then never rendered. */
  edits;
  ctx;
  constructor(text, style, edits, ctx) {
    this.text = text;
    this.style = style;
    this.edits = edits;
    this.ctx = ctx;
  }
  map(map, intent) {
    const inserts = [];
    for (const [key2, child] of intent.children) {
      if (typeof key2 === "number") throw new RenderError("list index on a map");
      const pair = ownPair(map, key2);
      if (!pair) {
        if (map.items.some((p) => isMergeKey(p.key)) && getPair(this.ctx, map, key2)) throw new RenderError(`"${key2}" comes from a merge key`);
        const value2 = materialize(child);
        if (value2 !== void 0) inserts.push([key2, value2]);
        continue;
      }
      const value = pair.value;
      if ((0, import_yaml4.isAlias)(value)) throw new RenderError(`"${key2}" is an alias`);
      if (child.remove) {
        this.removePair(map, pair);
      } else if (child.hasValue) {
        if ((0, import_yaml4.isScalar)(value) && !isPlainObject(child.value) && !Array.isArray(child.value)) this.replaceScalar(value, child.value);
        else if (isNullish(value) || isEmptyCollection(value)) this.replaceValue(map, pair, child.value);
        else if ((0, import_yaml4.isMap)(value) && isPlainObject(child.value)) {
        } else throw new RenderError(`cannot replace the value of "${key2}"`);
      } else if (isNullish(value)) {
        this.replaceValue(map, pair, materialize(child));
      } else if ((0, import_yaml4.isMap)(value)) {
        const inner = value;
        if (removesEveryKey(inner, child)) this.removePair(map, pair);
        else this.map(inner, child);
      } else if ((0, import_yaml4.isSeq)(value)) {
        const seq = value;
        const removed = [...child.children].filter(([, c]) => c.remove).length;
        if (removed === seq.items.length && child.append.length === 0 && child.children.size === removed) this.replaceValue(map, pair, []);
        else this.seq(seq, child);
      } else throw new RenderError(`cannot edit inside "${key2}"`);
    }
    if (inserts.length) this.insertPairs(map, inserts);
  }
  seq(seq, intent) {
    for (const [index, child] of intent.children) {
      if (typeof index !== "number") throw new RenderError("map key on a list");
      const item = seq.items[index];
      if (item === void 0) throw new RenderError(`no list item ${index}`);
      if (child.remove) this.removeItem(seq, index);
      else if ((0, import_yaml4.isMap)(item) && !child.hasValue) this.map(item, child);
      else if ((0, import_yaml4.isScalar)(item) && child.hasValue && !isPlainObject(child.value)) this.replaceScalar(item, child.value);
      else throw new RenderError(`cannot edit list item ${index}`);
    }
    if (intent.append.length) this.appendItems(seq, intent.append);
  }
  // --- edits -------------------------------------------------------------------------------
  push(start, end, text) {
    if (this.edits) this.edits.push({ start, end, text: typeof text === "string" ? text : text() });
  }
  replaceScalar(node, value) {
    const range2 = node.range;
    const json = (0, import_yaml4.isScalar)(node) && node.type === "QUOTE_DOUBLE";
    this.push(range2[0], range2[1], () => renderScalar(value, json));
  }
  /** Replaces an empty or null value (`securityContext:`, `add: []`) with new content. */
  replaceValue(map, pair, value) {
    const key2 = pair.key;
    if (map.flow) {
      const start = key2.range[1];
      const end2 = pair.value?.range ? pair.value.range[1] : start;
      this.push(start, end2, () => `: ${renderFlow(value, flowIsJson(map))}`);
      return;
    }
    const keyStart = key2.range[0];
    if (!this.isFirstOnLine(keyStart)) throw new RenderError("key does not start its line");
    const lineStart = lineStartOf(this.text, keyStart);
    const end = lineEndAfter(this.text, pair.value?.range ? Math.max(pair.value.range[1], key2.range[1]) : key2.range[1]);
    const trailing = this.text.slice(lineStart, end).endsWith("\n") ? this.style.eol : "";
    this.push(lineStart, end, () => renderBlockPair(String(key2.value), value, keyStart - lineStart, this.style).join(this.style.eol) + trailing);
  }
  isFirstOnLine(offset) {
    return /^[ \t]*$/.test(this.text.slice(lineStartOf(this.text, offset), offset));
  }
  removePair(map, pair) {
    const items = map.items;
    const i = items.indexOf(pair);
    const key2 = pair.key;
    const start = key2.range[0];
    const valueEnd = pair.value?.range ? pair.value.range[1] : key2.range[1];
    if (map.flow) {
      if (items.length === 1) return this.push(map.range[0], map.range[1], "{}");
      const next2 = items[i + 1];
      if (next2) return this.push(start, next2.key.range[0], "");
      const prev = items[i - 1];
      return this.push(prev.value?.range ? prev.value.range[1] : prev.key.range[1], valueEnd, "");
    }
    if (this.isFirstOnLine(start)) return this.push(lineStartOf(this.text, start), lineEndAfter(this.text, valueEnd), "");
    const next = items[i + 1];
    if (next) return this.push(start, next.key.range[0], "");
    this.push(start, valueEnd, "{}");
  }
  removeItem(seq, index) {
    const items = seq.items;
    const item = items[index];
    const range2 = item.range;
    if (seq.flow) {
      if (items.length === 1) return this.push(seq.range[0], seq.range[1], "[]");
      const next = items[index + 1];
      if (next) return this.push(range2[0], next.range[0], "");
      return this.push(items[index - 1].range[1], range2[1], "");
    }
    const dash = this.text.lastIndexOf("-", range2[0]);
    if (dash < 0 || !this.isFirstOnLine(dash)) throw new RenderError("list item does not start its line");
    this.push(lineStartOf(this.text, dash), lineEndAfter(this.text, range2[1]), "");
  }
  insertPairs(map, pairs) {
    const items = map.items;
    if (map.flow) {
      const json = flowIsJson(map);
      const rendered = () => pairs.map(([k, v]) => `${renderScalar(k, json)}: ${renderFlow(v, json)}`);
      const last2 = items[items.length - 1];
      if (!last2) return this.push(map.range[0], map.range[1], () => `{${rendered().join(", ")}}`);
      const end = last2.value?.range ? last2.value.range[1] : last2.key.range[1];
      const open = map.range[0];
      if (this.text.slice(open, items[0].key.range[0]).includes("\n")) {
        const pad = " ".repeat(columnOf(this.text, last2.key.range[0]));
        return this.push(end, end, () => rendered().map((r) => `,${this.style.eol}${pad}${r}`).join(""));
      }
      return this.push(end, end, () => rendered().map((r) => `, ${r}`).join(""));
    }
    const first = items[0];
    const firstStart = first.key.range[0];
    const column = columnOf(this.text, firstStart);
    if (this.isFirstOnLine(firstStart)) {
      const leading = pairs.filter(([k]) => LEADING_KEYS.has(k));
      if (leading.length) {
        pairs = pairs.filter(([k]) => !LEADING_KEYS.has(k));
        const at2 = lineStartOf(this.text, firstStart);
        this.push(at2, at2, () => leading.flatMap(([k, v]) => renderBlockPair(k, v, column, this.style)).join(this.style.eol) + this.style.eol);
        if (pairs.length === 0) return;
      }
    }
    const last = items[items.length - 1];
    const lastEnd = Math.max(last.key.range[1], last.value?.range ? last.value.range[1] : 0);
    const at = lineEndAfter(this.text, lastEnd);
    const rest = pairs;
    const body = () => rest.flatMap(([k, v]) => renderBlockPair(k, v, column, this.style)).join(this.style.eol);
    if (at === this.text.length && !this.text.endsWith("\n")) this.push(at, at, () => this.style.eol + body());
    else this.push(at, at, () => body() + this.style.eol);
  }
  appendItems(seq, values) {
    const items = seq.items;
    if (seq.flow) {
      const json = items.some((it) => (0, import_yaml4.isScalar)(it) && it.type === "QUOTE_DOUBLE");
      const rendered = () => values.map((v) => renderFlow(v, json));
      const last2 = items[items.length - 1];
      if (!last2) return this.push(seq.range[0], seq.range[1], () => `[${rendered().join(", ")}]`);
      return this.push(last2.range[1], last2.range[1], () => rendered().map((r) => `, ${r}`).join(""));
    }
    const last = items[items.length - 1];
    const dash = this.text.lastIndexOf("-", items[0].range[0]);
    const dashColumn = columnOf(this.text, dash);
    const at = lineEndAfter(this.text, last.range[1]);
    const body = () => values.flatMap((v) => renderBlockItem(v, dashColumn, this.style)).join(this.style.eol);
    if (at === this.text.length && !this.text.endsWith("\n")) this.push(at, at, () => this.style.eol + body());
    else this.push(at, at, () => body() + this.style.eol);
  }
};
function ownPair(map, key2) {
  let found;
  for (const pair of map.items) if ((0, import_yaml4.isScalar)(pair.key) && (pair.key.value === key2 || pair.key.source === key2)) found = pair;
  return found;
}
function removesEveryKey(map, intent) {
  if (intent.hasValue || intent.remove || intent.append.length > 0 || map.items.length === 0) return false;
  const existing = new Set(map.items.map((p) => (0, import_yaml4.isScalar)(p.key) ? String(p.key.value) : void 0));
  for (const [k, child] of intent.children) if (!existing.has(String(k)) && !child.remove) return false;
  return map.items.every((p) => {
    if (!(0, import_yaml4.isScalar)(p.key) || isMergeKey(p.key)) return false;
    const child = intent.children.get(String(p.key.value));
    if (!child) return false;
    return child.remove || (0, import_yaml4.isMap)(p.value) && removesEveryKey(p.value, child);
  });
}
function isNullish(node) {
  return node === null || node === void 0 || (0, import_yaml4.isScalar)(node) && node.value === null;
}
function isEmptyCollection(node) {
  return ((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node)) && node.items.length === 0;
}
function flowIsJson(map) {
  return map.items.some((p) => isJsonStyleKey(p.key));
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new RenderError("overlapping edits");
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

// src/core/fix/safety.ts
function securityContextValue(ctx, node, path2) {
  return scalar(ctx, getIn(ctx, get(ctx, node, "securityContext"), path2));
}
function effective(w, c, path2) {
  return securityContextValue(w.ctx, c.node, path2) ?? securityContextValue(w.ctx, w.podSpec, path2);
}
function addedCapabilities(w, c) {
  return seqItems(w.ctx, getIn(w.ctx, get(w.ctx, c.node, "securityContext"), ["capabilities", "add"])).map((n) => (str(w.ctx, n) ?? "").toUpperCase().replace(/^CAP_/, ""));
}
var EVIDENCE = {
  "not-privileged": {
    shows: "the container is not privileged",
    missing: "{subject} runs privileged",
    holds: (w, c) => securityContextValue(w.ctx, c.node, ["privileged"]) !== true
  },
  "no-localhost-seccomp": {
    shows: "no Localhost seccomp profile is set",
    missing: "{subject} uses a Localhost seccomp profile",
    holds: (w, c) => effective(w, c, ["seccompProfile", "type"]) !== "Localhost"
  },
  "no-localhost-apparmor": {
    shows: "no Localhost AppArmor profile is set",
    missing: "{subject} uses a Localhost AppArmor profile",
    holds: (w, c) => effective(w, c, ["appArmorProfile", "type"]) !== "Localhost"
  },
  "no-sys-admin": {
    shows: "SYS_ADMIN is not added",
    missing: "{subject} adds SYS_ADMIN",
    holds: (w, c) => !addedCapabilities(w, c).includes("SYS_ADMIN")
  },
  "non-root-user": {
    shows: "the effective runAsUser is a number other than 0",
    missing: "{subject} has no numeric non-root runAsUser, so its image may run as root or as a user name",
    holds: (w, c) => {
      const user = effective(w, c, ["runAsUser"]);
      return typeof user === "number" && Number.isInteger(user) && user > 0;
    }
  }
};
function subjectName(c) {
  return `${c.list === "initContainers" ? "init container" : c.list === "ephemeralContainers" ? "ephemeral container" : "container"} "${c.name}"`;
}
function subjects(w, container) {
  if (container === void 0) return w.containers;
  const own = w.containers.filter((c) => c.name === container);
  return own.length > 0 ? own : w.containers;
}
function missingEvidence(rule, object, container) {
  const evidence = rule.fixSafety?.evidence ?? [];
  if (evidence.length === 0) return void 0;
  const w = object && "podSpec" in object ? object : void 0;
  if (!w) return void 0;
  for (const name of evidence) {
    const check = EVIDENCE[name];
    const failing = subjects(w, container).find((c) => !check.holds(w, c));
    if (failing) return check.missing.replace("{subject}", subjectName(failing));
  }
  return void 0;
}
function settleFixClass(rule, fix, object, container) {
  if (fix.class !== "safe") return fix;
  if (!rule.fixSafety) return { ...fix, class: "suggestion" };
  const missing = missingEvidence(rule, object, container);
  if (missing === void 0) return fix;
  return { ...fix, class: "suggestion", note: `not applied automatically: ${missing}; ${fix.note}` };
}

// src/core/fix/fixable.ts
function settleFix(rule, planned, object, container, file, documentIndex) {
  const fix = settleFixClass(rule, planned, object, container);
  const applicable = fix.kind === "network-policy" || rendersOn(fix, file, documentIndex);
  return { fix, fixable: applicable && fix.class === "safe", suggestion: applicable && fix.class === "suggestion" };
}
function unrenderableReason(fix, file, documentIndex) {
  if (fix.ops.length === 0) return "no edit to make";
  if (file.problems.length > 0) return "the file has duplicate keys";
  const document = file.documents[documentIndex];
  if (!document || document.broken) return "the document does not parse";
  try {
    checkOps(file.text, document.doc, fix.ops);
    return void 0;
  } catch (err) {
    if (err instanceof RenderError) return `cannot be written as an edit: ${err.message}`;
    throw err;
  }
}
function rendersOn(fix, file, documentIndex) {
  return unrenderableReason(fix, file, documentIndex) === void 0;
}

// src/core/layers.ts
var layersOf = /* @__PURE__ */ new WeakMap();
function layered(base, extra) {
  if (extra.length === 0) return base;
  const all = [...base, ...extra];
  layersOf.set(all, { base, extra });
  return all;
}
function cachedIndex(cache, objects, build, extend) {
  const known = cache.get(objects);
  if (known !== void 0) return known;
  const layers = layersOf.get(objects);
  const index = layers ? extend(cachedIndex(cache, layers.base, build, extend), layers.extra, layers.base.length) : build(objects);
  cache.set(objects, index);
  return index;
}

// src/core/rules/catalog.generated.json
var catalog_generated_default = [
  {
    id: "allow-privilege-escalation",
    title: "Privilege escalation allowed",
    severity: "medium",
    description: "Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges\nthan its parent, through set-user-ID binaries or file capabilities (no_new_privs is not set).\n",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    ],
    pss: {
      level: "restricted",
      control: "allowPrivilegeEscalation"
    },
    versions: {
      since: "1.8"
    },
    fixable: "safe",
    fixSafety: {
      argument: "allowPrivilegeEscalation: false sets no_new_privs, which only stops a process from gaining\nprivileges it does not have (set-user-ID binaries, file capabilities). A container that is not\nprivileged and adds no SYS_ADMIN starts with the same user and capabilities as before.\n",
      evidence: [
        "not-privileged",
        "no-sys-admin"
      ]
    },
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "securityContext.allowPrivilegeEscalation"
          ],
          allowed: [
            false
          ],
          required: true,
          exempt: {
            windows: "1.25"
          },
          fix: {
            value: false,
            unset: "safe",
            wrong: "safe",
            note: "set-user-ID programs (sudo, ping on old images) can no longer raise their privileges.",
            companions: [
              {
                field: "securityContext.privileged",
                equals: true,
                value: false
              }
            ],
            skipWhen: [
              {
                field: "securityContext.capabilities.add",
                contains: [
                  "SYS_ADMIN",
                  "CAP_SYS_ADMIN"
                ]
              }
            ]
          }
        }
      }
    ]
  },
  {
    id: "apparmor-profile-required",
    title: "AppArmor profile not set explicitly",
    severity: "low",
    description: "An explicit AppArmor profile makes the confinement part of the manifest instead of an accident\nof the node's runtime, and keeps it when the pod moves to nodes configured differently. From\nKubernetes 1.30 the profile is the `securityContext.appArmorProfile` field; before, the\n`container.apparmor.security.beta.kubernetes.io/<container>` annotation on the pod template.\n",
    remediation: "Set `securityContext.appArmorProfile.type: RuntimeDefault` on the pod (Kubernetes 1.30 and\nlater), or annotate the pod template with\n`container.apparmor.security.beta.kubernetes.io/<container>: runtime/default` (before 1.30).\n",
    links: [
      "https://kubernetes.io/docs/tutorials/security/apparmor/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    fixable: "safe",
    fixSafety: {
      argument: "The runtime's default AppArmor profile is what nodes with AppArmor already apply to every\ncontainer that sets nothing, so writing it down changes nothing that runs. A privileged\ncontainer (unconfined by default) or one with a Localhost profile may differ.\n",
      evidence: [
        "not-privileged",
        "no-localhost-apparmor"
      ]
    },
    checks: [
      {
        template: "apparmor-required",
        params: {
          fieldSince: "1.30",
          annotationPrefix: "container.apparmor.security.beta.kubernetes.io/",
          message: "no AppArmor profile is set for container(s) {containers}: set securityContext.appArmorProfile on the pod",
          annotationMessage: 'container "{container}" has no AppArmor profile: annotate the pod template with {key}',
          unknownContainerMessage: 'annotation {key} names container "{container}", which the pod does not have (its containers: {containers}); it protects nothing',
          note: "the container runs under the runtime's default AppArmor profile, which nodes with AppArmor already apply by default."
        }
      }
    ]
  },
  {
    id: "apparmor-profile",
    title: "AppArmor disabled or overridden",
    severity: "high",
    description: "The runtime's default AppArmor profile confines what a container may do to files, mounts and\nthe kernel. An `Unconfined` profile (or the `unconfined` annotation) turns that off.\n",
    remediation: "Use `securityContext.appArmorProfile.type: RuntimeDefault` (or `Localhost` with a profile loaded\non the nodes); on Kubernetes before 1.30, the annotation value `runtime/default` or `localhost/<name>`.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    pss: {
      level: "baseline",
      control: "appArmorProfile"
    },
    fixable: "suggestion",
    options: {
      allowedLocalhostProfiles: {
        description: "The only Localhost profile names allowed at this site (profiles loaded on every node); another Localhost profile is a finding. Unset, any Localhost profile passes, as in the Pod Security Standards.",
        schema: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        },
        example: [
          "k8s-apparmor-example-deny-write"
        ]
      }
    },
    checks: [
      {
        template: "security-field",
        options: {
          localhostProfiles: "allowedLocalhostProfiles"
        },
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.appArmorProfile"
          ],
          key: "type",
          allowed: [
            "RuntimeDefault",
            "Localhost"
          ],
          fix: {
            value: "RuntimeDefault",
            wrong: "suggestion",
            note: "the container runs under the runtime's default AppArmor profile, which denies some mounts and writes to /proc and /sys."
          }
        }
      },
      {
        template: "annotation-values",
        options: {
          localhostProfiles: "allowedLocalhostProfiles"
        },
        params: {
          prefix: "container.apparmor.security.beta.kubernetes.io/",
          allowed: [
            "",
            "runtime/default"
          ],
          allowedPrefixes: [
            "localhost/"
          ],
          fix: {
            value: "runtime/default",
            class: "suggestion",
            note: "the container runs under the runtime's default AppArmor profile, which denies some mounts and writes to /proc and /sys."
          }
        }
      }
    ]
  },
  {
    id: "automount-service-account-token",
    title: "Service account token mounted without need",
    severity: "low",
    description: "Pods that run as the namespace's `default` service account rarely call the Kubernetes API, yet\nget its token mounted: a token that an intruder can use against the API server.\n",
    remediation: "Set `automountServiceAccountToken: false` on the pod (or on the namespace's `default`\nServiceAccount, which pods that leave the field unset follow), or run the pod under a dedicated\nservice account if it does need the API.\n",
    links: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    fixable: "suggestion",
    checks: [
      {
        template: "service-account-token",
        params: {
          serviceAccounts: [
            "default"
          ],
          unsetMessage: "the pod runs as the default service account with its API token mounted; set automountServiceAccountToken: false",
          wrongMessage: "the pod mounts the default service account's API token ({field}: {value})",
          note: "the pod gets no API token; code that calls the Kubernetes API fails with 401 or 403."
        }
      }
    ]
  },
  {
    id: "capabilities-baseline",
    title: "Capability beyond the runtime's default set",
    severity: "high",
    description: "Capabilities beyond the container runtime's default set (NET_RAW, SYS_ADMIN, NET_ADMIN, \u2026) give\na container powers over the node's kernel that an ordinary application does not need.\n",
    remediation: "Remove the capability from `securityContext.capabilities.add`.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    ],
    pss: {
      level: "baseline",
      control: "capabilities_baseline"
    },
    fixable: "suggestion",
    options: {
      allowedCapabilities: {
        description: "Capabilities that containers may add at this site (such as NET_ADMIN for a CNI agent), written as Kubernetes spells them, without CAP_.",
        schema: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Z][A-Z_]*$",
            patternHint: "a capability name in upper case, such as NET_ADMIN"
          }
        },
        example: [
          "NET_ADMIN"
        ]
      }
    },
    checks: [
      {
        template: "security-field",
        options: {
          alsoAllowed: "allowedCapabilities"
        },
        params: {
          scope: "containers",
          fields: [
            "securityContext.capabilities.add[*]"
          ],
          allowed: [
            "AUDIT_WRITE",
            "CHOWN",
            "DAC_OVERRIDE",
            "FOWNER",
            "FSETID",
            "KILL",
            "MKNOD",
            "NET_BIND_SERVICE",
            "SETFCAP",
            "SETGID",
            "SETPCAP",
            "SETUID",
            "SYS_CHROOT"
          ],
          messages: {
            wrong: "{subject} adds capability {value}, which is not in the default set{hint}"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: 'the container loses this capability; code that needs it fails with "operation not permitted".'
          }
        }
      }
    ]
  },
  {
    id: "capabilities-restricted",
    title: "Capabilities not dropped",
    severity: "medium",
    description: "At the restricted level a container drops every capability and adds back at most\nNET_BIND_SERVICE, so that a compromised process cannot use the kernel's privileged operations.\n",
    remediation: "Set `securityContext.capabilities.drop: [ALL]` and remove everything but NET_BIND_SERVICE from\n`capabilities.add`.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    pss: {
      level: "restricted",
      control: "capabilities_restricted",
      replaces: "capabilities_baseline"
    },
    versions: {
      since: "1.22"
    },
    fixable: "safe",
    fixSafety: {
      argument: "A process of a non-root user has no capabilities in its effective set, so dropping ALL from the\nbounding set takes nothing it uses; capabilities listed in `add` stay. A container that may run\nas root (no numeric non-zero runAsUser) loses CHOWN, SETUID, NET_BIND_SERVICE and the rest,\nwhich breaks entrypoints that chown, switch user or bind a port below 1024: a suggestion.\n",
      evidence: [
        "non-root-user"
      ]
    },
    options: {
      allowedCapabilities: {
        description: "Capabilities that containers may add at this site (such as NET_ADMIN for a CNI agent), written as Kubernetes spells them, without CAP_.",
        schema: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Z][A-Z_]*$",
            patternHint: "a capability name in upper case, such as NET_ADMIN"
          }
        },
        example: [
          "NET_ADMIN"
        ]
      }
    },
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "securityContext.capabilities.drop"
          ],
          contains: "ALL",
          required: true,
          exempt: {
            windows: "1.25"
          },
          messages: {
            wrong: "{subject} drops {value} but not ALL capabilities{hint}",
            unset: "{subject} does not drop ALL capabilities"
          },
          fix: {
            unset: "safe",
            wrong: "safe",
            wrongAction: "append",
            note: "the container loses the default capabilities (CHOWN, SETUID, NET_BIND_SERVICE, \u2026); add back only what it needs."
          }
        }
      },
      {
        template: "security-field",
        options: {
          alsoAllowed: "allowedCapabilities"
        },
        params: {
          scope: "containers",
          fields: [
            "securityContext.capabilities.add[*]"
          ],
          forbidden: [
            "AUDIT_WRITE",
            "CHOWN",
            "DAC_OVERRIDE",
            "FOWNER",
            "FSETID",
            "KILL",
            "MKNOD",
            "SETFCAP",
            "SETGID",
            "SETPCAP",
            "SETUID",
            "SYS_CHROOT"
          ],
          exempt: {
            windows: "1.25"
          },
          messages: {
            wrong: "{subject} adds capability {value}; only NET_BIND_SERVICE may be added"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: 'the container loses this capability; code that needs it fails with "operation not permitted".'
          }
        }
      }
    ]
  },
  {
    id: "configmap-credentials",
    title: "Credential in a ConfigMap",
    severity: "high",
    description: "A ConfigMap is not secret: anyone who can read the repository, or list the namespace's\nConfigMaps, reads its values, and they stay in the git history. A private key, a token or a\nconnection string with a password in `data` is a credential given away.\n",
    remediation: "Move the value to a Secret (encrypted in the repository with sealed-secrets or SOPS, or fetched\nwith external-secrets) and mount or reference it from there; rotate the exposed credential.\n",
    links: [
      "https://kubernetes.io/docs/concepts/configuration/configmap/",
      "https://kubernetes.io/docs/concepts/configuration/secret/",
      "https://learn.microsoft.com/en-us/azure/aks/developer-best-practices-pod-security"
    ],
    fixable: "none",
    checks: [
      {
        template: "configmap-credentials",
        params: {
          namePattern: "(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)",
          ignoreNamePattern: "[._-](FILE|PATH|DIR|NAME|REF|ENABLED|URL|ENDPOINT|TTL|TIMEOUT|EXPIRY|EXPIRATION|LENGTH|SIZE|TYPE|MODE|KEY_ID|HEADER|AUDIENCE|ISSUER)$",
          valuePatterns: [
            "-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----",
            "AKIA[0-9A-Z]{16}",
            "gh[pousr]_[A-Za-z0-9]{36}",
            "xox[abprs]-[A-Za-z0-9-]{10,}",
            "AIza[0-9A-Za-z_-]{35}",
            "eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."
          ],
          ignoreValuePattern: "^(\\$\\(.*\\)|\\$\\{.*\\}|<.*>|\\{\\{.*\\}\\}|%\\(.*\\)s?|true|false|yes|no|none|null|\\d{1,9}[smh]?|/.*|[a-z]+://.*)$",
          connectionPasswordPatterns: [
            "[a-z][a-z0-9+.-]*://[^\\s:/@?#]+:([^\\s@/?#]+)@",
            `(?:^|[;?&\\s])(?:password|pwd|passwd)\\s*=\\s*([^;&\\s"']+)`
          ],
          message: 'ConfigMap "{name}" key {key} holds {what}; ConfigMaps are not secret: move it to a Secret'
        }
      }
    ]
  },
  {
    id: "dangerous-capabilities",
    title: "Dangerous capability added",
    severity: "high",
    description: "Some capabilities are enough on their own to take over the node or the pod network. They are\nnamed here with what they allow, so that a reviewer sees the risk of each.\n",
    remediation: "Remove the capability from `securityContext.capabilities.add`; if the workload really needs it,\nisolate it (dedicated nodes, a user namespace) and suppress this finding with a reason.\n",
    links: [
      "https://man7.org/linux/man-pages/man7/capabilities.7.html",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    fixable: "suggestion",
    options: {
      allowedCapabilities: {
        description: "Capabilities that containers may add at this site (such as NET_ADMIN for a CNI agent), written as Kubernetes spells them, without CAP_.",
        schema: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Z][A-Z_]*$",
            patternHint: "a capability name in upper case, such as NET_ADMIN"
          }
        },
        example: [
          "NET_ADMIN"
        ]
      }
    },
    checks: [
      {
        template: "security-field",
        options: {
          alsoAllowed: "allowedCapabilities"
        },
        params: {
          scope: "containers",
          fields: [
            "securityContext.capabilities.add[*]"
          ],
          normalize: "capability",
          forbidden: {
            ALL: "every capability of the kernel, as good as privileged",
            SYS_ADMIN: "mounts, namespaces and many kernel interfaces; the usual way out of a container",
            SYS_MODULE: "loads kernel modules, that is, runs code in the node's kernel",
            SYS_PTRACE: "reads and alters the memory of other processes",
            SYS_RAWIO: "raw access to devices and kernel memory",
            SYS_TIME: "sets the node's clock, which is not namespaced, for every pod on the node",
            SYS_BOOT: "reboots the node",
            NET_ADMIN: "reconfigures interfaces, routes and firewall rules of the pod (or of the node with hostNetwork)",
            NET_RAW: "raw sockets, for spoofing and poisoning traffic on the pod network",
            DAC_READ_SEARCH: "reads any file and opens files by handle, a known container escape",
            BPF: "loads BPF programs into the kernel",
            PERFMON: "kernel performance monitoring, which leaks kernel addresses",
            MAC_ADMIN: "changes AppArmor or SELinux policy",
            MAC_OVERRIDE: "bypasses AppArmor or SELinux policy",
            SYSLOG: "reads the kernel log, which leaks kernel addresses"
          },
          messages: {
            wrong: "{subject} adds {value}: {reason}"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: 'the container loses this capability; code that needs it fails with "operation not permitted".'
          }
        }
      }
    ]
  },
  {
    id: "deprecated-apparmor-annotation",
    title: "Deprecated AppArmor annotation",
    severity: "low",
    description: "From Kubernetes 1.30 the AppArmor profile is the `securityContext.appArmorProfile` field; the\n`container.apparmor.security.beta.kubernetes.io/*` annotations are deprecated.\n",
    remediation: "Move the profile to the container's `securityContext.appArmorProfile` and remove the annotation.\n",
    links: [
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    versions: {
      since: "1.30"
    },
    fixable: "safe",
    fixSafety: {
      argument: "The fix moves the profile the annotation names to the field that replaced it, so the\ncontainer runs under the same profile on every cluster that honoured the annotation.\n",
      evidence: []
    },
    checks: [
      {
        template: "deprecated-annotation",
        params: {
          annotation: "apparmor",
          message: "annotation {key} is deprecated since Kubernetes 1.30: use {field}",
          note: "moves the same profile to the field that replaced the annotation; behaviour is unchanged."
        }
      }
    ]
  },
  {
    id: "deprecated-seccomp-annotation",
    title: "Deprecated seccomp annotation",
    severity: "medium",
    description: "The seccomp annotations were replaced by the `securityContext.seccompProfile` field in\nKubernetes 1.19 and are ignored from 1.27: a pod that relies on them runs without the profile\nit asks for.\n",
    remediation: "Move the profile to `securityContext.seccompProfile` (pod annotation: on the pod; container\nannotation: on that container) and remove the annotation.\n",
    links: [
      "https://kubernetes.io/docs/tutorials/security/seccomp/",
      "https://kubernetes.io/docs/reference/labels-annotations-taints/#seccomp-security-alpha-kubernetes-io-pod"
    ],
    versions: {
      since: "1.19"
    },
    fixable: "safe",
    fixSafety: {
      argument: "The fix moves the profile the annotation names to the field that replaced it, so the\ncontainer runs under the same profile on every cluster that honoured the annotation.\n",
      evidence: []
    },
    checks: [
      {
        template: "deprecated-annotation",
        params: {
          annotation: "seccomp",
          message: "annotation {key} is deprecated and ignored from Kubernetes 1.27: use {field}",
          note: "moves the same profile to the field that replaced the annotation; behaviour is unchanged on clusters that honoured the annotation."
        }
      }
    ]
  },
  {
    id: "env-literal-credentials",
    title: "Credential written into the manifest",
    severity: "high",
    description: "A password, token or key written as a literal `env` value is readable by everyone who can read\nthe repository, the manifest or the pod through the API, and stays in the git history.\n",
    remediation: "Put the value in a Secret (or an external secret store) and reference it with\n`valueFrom.secretKeyRef`; rotate the exposed credential.\n",
    links: [
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
    ],
    fixable: "none",
    checks: [
      {
        template: "env-literal-secrets",
        params: {
          namePattern: "(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)",
          ignoreNamePattern: "(_FILE|_PATH|_DIR|_NAME|_REF|_ENABLED|_URL|_ENDPOINT|_TTL|_TIMEOUT|_EXPIRY|_EXPIRATION|_LENGTH|_SIZE|_TYPE|_MODE|_KEY_ID|_HEADER)$",
          valuePatterns: [
            "AKIA[0-9A-Z]{16}",
            "gh[pousr]_[A-Za-z0-9]{36}",
            "xox[abprs]-[A-Za-z0-9-]{10,}",
            "-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----",
            "AIza[0-9A-Za-z_-]{35}",
            "eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."
          ],
          ignoreValuePattern: "^(\\$\\(.*\\)|\\$\\{.*\\}|<.*>|true|false|yes|no|none|null|\\d{1,9}[smh]?|/.*|[a-z]+://.*)$",
          connectionPasswordPatterns: [
            "[a-z][a-z0-9+.-]*://[^\\s:/@?#]+:([^\\s@/?#]+)@",
            `(?:^|[;?&\\s])(?:password|pwd|passwd)\\s*=\\s*([^;&\\s"']+)`
          ],
          message: 'env variable {name} of container "{container}" holds a literal credential; use valueFrom.secretKeyRef'
        }
      }
    ]
  },
  {
    id: "host-namespaces",
    title: "Pod shares the node's namespaces",
    severity: "high",
    description: "`hostNetwork`, `hostPID` and `hostIPC` put the pod in the node's network, process or IPC\nnamespace. It can then sniff and bind the node's network, see and signal every process on the\nnode, or read other pods' shared memory.\n",
    remediation: "Remove `hostNetwork`, `hostPID` and `hostIPC` (they default to false). Expose ports through a\nService instead of the host network.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    pss: {
      level: "baseline",
      control: "hostNamespaces"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "pod",
          fields: [
            "hostNetwork",
            "hostPID",
            "hostIPC"
          ],
          forbidden: [
            true
          ],
          messages: {
            wrong: "{subject} sets {field}: true and shares that namespace with the node"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the pod leaves the node's namespace; software that listens on node addresses or inspects node processes stops working."
          }
        }
      }
    ]
  },
  {
    id: "host-path-volumes",
    title: "hostPath volume",
    severity: "high",
    description: "A hostPath volume mounts a directory of the node into the pod. Write access to the wrong path\n(the container runtime's socket, /etc, the kubelet's directory) gives away the node.\n",
    remediation: "Use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead of hostPath.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
    ],
    pss: {
      level: "baseline",
      control: "hostPathVolumes"
    },
    fixable: "suggestion",
    options: {
      allowedReadOnlyHostPaths: {
        description: "hostPath prefixes a pod may mount when every container mounts the volume with readOnly true (a log collector reading /var/log); /var/log covers /var/log/pods but not /var/logs.",
        schema: {
          type: "array",
          items: {
            type: "string",
            pattern: "^/",
            patternHint: "an absolute path"
          }
        },
        example: [
          "/var/log"
        ]
      }
    },
    checks: [
      {
        template: "volume-types",
        options: {
          allowedHostPaths: "allowedReadOnlyHostPaths"
        },
        params: {
          forbidden: [
            "hostPath"
          ],
          suggestEmptyDirFor: [
            "hostPath"
          ],
          message: 'volume "{volume}" mounts a path of the node (hostPath)',
          note: "the volume becomes an empty scratch directory, so the pod no longer sees the node's files."
        }
      }
    ]
  },
  {
    id: "host-ports",
    title: "Container binds a port of the node",
    severity: "medium",
    description: "A `hostPort` opens a port on the node's own address, bypassing Services and NetworkPolicies,\nand ties the pod to nodes where that port is free.\n",
    remediation: "Remove `hostPort` and reach the container through a Service.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    pss: {
      level: "baseline",
      control: "hostPorts"
    },
    fixable: "suggestion",
    options: {
      allowedHostPorts: {
        description: "hostPort numbers or ranges that containers may bind at this site (a node exporter on 9100); other hostPorts stay findings.",
        schema: {
          type: "array",
          items: {
            type: [
              "string",
              "integer"
            ],
            pattern: "^[0-9]{1,5}(-[0-9]{1,5})?$",
            patternHint: "a port or a range such as 30000-32767",
            minimum: 1,
            maximum: 65535
          }
        },
        example: [
          9100,
          "30000-32767"
        ]
      }
    },
    checks: [
      {
        template: "security-field",
        options: {
          allowedRanges: "allowedHostPorts"
        },
        params: {
          scope: "containers",
          fields: [
            "ports[*].hostPort"
          ],
          allowed: [
            0
          ],
          messages: {
            wrong: "{subject} binds port {value} of the node (hostPort)"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the port is no longer reachable on the node's address; clients must use a Service."
          }
        }
      }
    ]
  },
  {
    id: "host-probes-and-lifecycle",
    title: "Probe or lifecycle hook aimed at another host",
    severity: "medium",
    description: "A `host` in an httpGet or tcpSocket probe or lifecycle hook makes the kubelet connect to any\naddress it names, from the node: a way to reach services that only the node may reach.\n",
    remediation: "Remove `host` from probes and lifecycle handlers; they then target the pod's own IP.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    pss: {
      level: "baseline",
      control: "hostProbesAndHostLifecycle"
    },
    versions: {
      since: "1.34"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "livenessProbe.httpGet.host",
            "readinessProbe.httpGet.host",
            "startupProbe.httpGet.host",
            "livenessProbe.tcpSocket.host",
            "readinessProbe.tcpSocket.host",
            "startupProbe.tcpSocket.host",
            "lifecycle.postStart.httpGet.host",
            "lifecycle.preStop.httpGet.host",
            "lifecycle.postStart.tcpSocket.host",
            "lifecycle.preStop.tcpSocket.host"
          ],
          allowed: [
            ""
          ],
          messages: {
            wrong: "{subject} points {field} at host {value}"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the kubelet probes the pod's own IP instead."
          }
        }
      }
    ]
  },
  {
    id: "invalid-suppression",
    title: "Suppression that is not honoured",
    severity: "low",
    description: "A suppression must name existing rules and say why the finding does not apply, so that a\nreviewer can judge it. One without a reason, or naming an unknown rule, is ignored.\n",
    remediation: 'Write the reason: the annotation\'s value (`ignore.podarmor.dev/<rule>: "<reason>"`) or after\n`--` in the comment (`# podarmor:ignore <rule> -- <reason>`).\n',
    links: [
      "https://github.com/podarmor/podarmor#suppressing-findings"
    ],
    profile: "all",
    fixable: "none",
    checks: [
      {
        template: "suppression-syntax",
        params: {}
      }
    ]
  },
  {
    id: "metadata-endpoint-egress",
    title: "Cloud metadata endpoint reachable",
    severity: "high",
    description: "The cloud metadata endpoint (169.254.169.254) hands out the node's cloud credentials to anyone\nwho asks from the node's network. Egress that is not restricted, or allowed to a CIDR that\ncontains it, lets a compromised pod ask.\n",
    remediation: "Restrict egress with a NetworkPolicy, and exclude 169.254.169.254/32 from broad ipBlock rules\n(`except: [169.254.169.254/32]`).\n",
    links: [
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
    ],
    fixable: "safe",
    fixSafety: {
      argument: "For a workload no policy isolates for egress, the fix is the generated NetworkPolicy of\nnetwork-policy-missing: it allows every Service the manifests show it references, DNS and the\ninternet, and denies only the cloud metadata endpoints. Adding an `except` to a policy a human\nwrote stays a suggestion.\n",
      evidence: []
    },
    checks: [
      {
        template: "metadata-egress",
        params: {
          endpoint: "169.254.169.254",
          unrestrictedMessage: 'no NetworkPolicy restricts egress of "{name}", so it can reach the metadata endpoint {endpoint}',
          ruleMessage: 'NetworkPolicy "{policy}" allows egress to the metadata endpoint {endpoint}',
          note: "the pods can no longer reach the cloud metadata endpoint; workloads that use the node's cloud identity need another way (workload identity)."
        }
      }
    ]
  },
  {
    id: "network-policy-missing",
    title: "No NetworkPolicy selects the workload",
    severity: "medium",
    description: "Without a NetworkPolicy selecting it, a pod accepts connections from every pod of the cluster\nand may connect anywhere, including the cloud's metadata endpoint. Only workloads and policies\nin the scanned files are compared.\n",
    remediation: "Add NetworkPolicies that isolate each workload for ingress and egress and allow what it needs;\n`podarmor fix` writes them from the Service references the manifests show.\n",
    links: [
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-network"
    ],
    fixable: "safe",
    fixSafety: {
      argument: "The generated policies allow every flow the manifests show: egress from each client to the\nServices it references (env values, args, ConfigMaps it reads), ingress to the server from those\nclients, ingress from anywhere to Services exposed outside the cluster, DNS, and egress outside\nthe cluster except the cloud metadata endpoints. Only what nothing in the manifests asks for is\ndenied.\n",
      evidence: []
    },
    checks: [
      {
        template: "network-policy-coverage",
        params: {
          message: '{kind} "{name}" is not isolated by any NetworkPolicy for {directions} traffic in namespace {namespace}',
          note: "the workload's pods then accept only the clients the manifests show (and anyone for Services exposed outside the cluster), and reach only the Services they reference, DNS and the internet except the cloud metadata endpoints; a client or server the manifests do not show is cut off."
        }
      }
    ]
  },
  {
    id: "privileged",
    title: "Privileged container",
    severity: "critical",
    description: "A privileged container runs with every Linux capability and with access to all of the node's\ndevices. It can load kernel modules, mount the host's file systems and escape to the node: it\nis root on the node in all but name.\n",
    remediation: "Remove `securityContext.privileged: true` (or set it to `false`). Grant the one capability the\ncontainer needs with `capabilities.add` instead, if any.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    ],
    pss: {
      level: "baseline",
      control: "privileged"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "securityContext.privileged"
          ],
          forbidden: [
            true
          ],
          messages: {
            wrong: "{subject} runs privileged ({field}: true)"
          },
          fix: {
            value: false,
            wrong: "suggestion",
            note: "the container loses the node's devices and every capability; agents that manage the node (CNI, storage, monitoring) may stop working, so suppress the finding with a reason for those."
          }
        }
      }
    ]
  },
  {
    id: "proc-mount-restricted",
    title: "Unmasked /proc at the restricted level",
    severity: "medium",
    description: "At the restricted level /proc stays masked even in pods with a user namespace\n(`hostUsers: false`), which the baseline level exempts from Kubernetes 1.35.\n",
    remediation: "Remove `securityContext.procMount` or set it to `Default`.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    pss: {
      level: "restricted",
      control: "procMount_restricted",
      replaces: "procMount"
    },
    versions: {
      since: "1.35"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "securityContext.procMount"
          ],
          allowed: [
            "Default"
          ],
          applyWhen: {
            field: "hostUsers",
            in: [
              false
            ]
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "/proc is masked again; nested container runtimes inside the pod may stop working."
          }
        }
      }
    ]
  },
  {
    id: "proc-mount",
    title: "Unmasked /proc",
    severity: "high",
    description: "`procMount: Unmasked` removes the masks over sensitive parts of /proc (such as /proc/kcore and\n/proc/sysrq-trigger) that keep a container from reading or steering the node's kernel.\n",
    remediation: "Remove `securityContext.procMount` or set it to `Default`. From Kubernetes 1.35 the baseline\nlevel allows other values in pods with `hostUsers: false` (a user namespace).\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    pss: {
      level: "baseline",
      control: "procMount"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "securityContext.procMount"
          ],
          allowed: [
            "Default"
          ],
          exempt: {
            userNamespaces: "1.35"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "/proc is masked again; nested container runtimes inside the pod may stop working."
          }
        }
      }
    ]
  },
  {
    id: "read-only-root-filesystem",
    title: "Writable root file system",
    severity: "low",
    description: "A writable root file system lets an intruder drop tools and change binaries inside the running\ncontainer. A read-only one keeps the image as built; write paths become explicit volumes.\n",
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir at every path the\napplication writes to (/tmp, caches).\n",
    links: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "containers",
          fields: [
            "securityContext.readOnlyRootFilesystem"
          ],
          allowed: [
            true
          ],
          required: true,
          exempt: {
            windows: "1.0"
          },
          fix: {
            value: true,
            unset: "suggestion",
            wrong: "suggestion",
            note: "writes outside mounted volumes fail; mount an emptyDir where the application writes (/tmp, caches) before accepting."
          }
        }
      }
    ]
  },
  {
    id: "restricted-volumes",
    title: "Volume type outside the restricted set",
    severity: "medium",
    description: "Only volume types that are either ephemeral or defined through a PersistentVolume (which a\ncluster administrator controls) are allowed at the restricted level. Network and host volumes\nwritten into the pod give it storage that nobody reviewed.\n",
    remediation: "Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected\nor secret volumes; move other storage behind a PersistentVolumeClaim.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    pss: {
      level: "restricted",
      control: "restrictedVolumes",
      replaces: "hostPathVolumes"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "volume-types",
        params: {
          allowed: [
            "configMap",
            "csi",
            "downwardAPI",
            "emptyDir",
            "ephemeral",
            "image",
            "persistentVolumeClaim",
            "projected",
            "secret"
          ],
          skip: [
            "hostPath"
          ],
          message: 'volume "{volume}" uses the {source} volume type, which the restricted level does not allow',
          note: "the volume becomes an empty scratch directory, so the pod no longer sees the node's files."
        }
      }
    ]
  },
  {
    id: "run-as-non-root",
    title: "Container may run as root",
    severity: "medium",
    description: "Without `runAsNonRoot: true`, a container whose image does not name a user runs as root (UID 0),\nso a break-out of the container starts as root on the node's kernel.\n",
    remediation: "Set `securityContext.runAsNonRoot: true` on the pod (or on every container), and make sure the\nimage runs as a numeric non-root USER or set `runAsUser`.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    pss: {
      level: "restricted",
      control: "runAsNonRoot"
    },
    fixable: "safe",
    fixSafety: {
      argument: "The kubelet refuses to start a container with runAsNonRoot only when its user is 0 or a user\nname it cannot check. With a numeric non-zero runAsUser that check always passes. Without one\nthe image decides the user (official nginx, redis and postgres images run as root): a\nsuggestion.\n",
      evidence: [
        "non-root-user"
      ]
    },
    checks: [
      {
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.runAsNonRoot"
          ],
          allowed: [
            true
          ],
          required: true,
          exempt: {
            userNamespaces: "1.35"
          },
          fix: {
            value: true,
            unset: "safe",
            wrong: "safe",
            note: "the kubelet refuses to start a container whose image runs as root; set runAsUser or use a non-root image.",
            companions: [
              {
                field: "securityContext.runAsUser",
                equals: 0,
                remove: true
              }
            ]
          }
        }
      }
    ]
  },
  {
    id: "run-as-user",
    title: "Container runs as UID 0",
    severity: "medium",
    description: "`runAsUser: 0` runs the container as root, whatever the image says.\n",
    remediation: "Remove `runAsUser: 0` or set a non-zero UID.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    pss: {
      level: "restricted",
      control: "runAsUser"
    },
    versions: {
      since: "1.23"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.runAsUser"
          ],
          forbidden: [
            0
          ],
          exempt: {
            userNamespaces: "1.35"
          },
          messages: {
            wrong: "{subject} runs as root ({field}: 0)"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the container runs as the image's user; with runAsNonRoot it does not start if that user is root."
          }
        }
      }
    ]
  },
  {
    id: "seccomp-profile-baseline",
    title: "Seccomp disabled",
    severity: "high",
    description: "Seccomp filters the system calls a container may make; the runtime's default profile blocks\ndozens that are only useful to attack the kernel. `Unconfined` turns the filter off.\n",
    remediation: "Use `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile on the\nnodes). Before Kubernetes 1.19 the annotations take `runtime/default` or `localhost/<profile>`.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    ],
    pss: {
      level: "baseline",
      control: "seccompProfile_baseline"
    },
    fixable: "suggestion",
    options: {
      allowedLocalhostProfiles: {
        description: "The only Localhost profile names allowed at this site (profiles loaded on every node); another Localhost profile is a finding. Unset, any Localhost profile passes, as in the Pod Security Standards.",
        schema: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        },
        example: [
          "profiles/audit.json"
        ]
      }
    },
    checks: [
      {
        until: "1.18",
        template: "annotation-values",
        options: {
          localhostProfiles: "allowedLocalhostProfiles"
        },
        params: {
          keys: [
            "seccomp.security.alpha.kubernetes.io/pod"
          ],
          perContainer: "container.seccomp.security.alpha.kubernetes.io/{container}",
          allowed: [
            "runtime/default",
            "docker/default"
          ],
          allowedPrefixes: [
            "localhost/"
          ],
          fix: {
            value: "runtime/default",
            class: "suggestion",
            note: "system calls outside the runtime's default allow-list start failing with EPERM."
          }
        }
      },
      {
        since: "1.19",
        template: "security-field",
        options: {
          localhostProfiles: "allowedLocalhostProfiles"
        },
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.seccompProfile"
          ],
          key: "type",
          allowed: [
            "RuntimeDefault",
            "Localhost"
          ],
          fix: {
            value: "RuntimeDefault",
            wrong: "suggestion",
            note: "system calls outside the runtime's default allow-list start failing with EPERM."
          }
        }
      }
    ]
  },
  {
    id: "seccomp-profile-restricted",
    title: "Seccomp profile not set",
    severity: "medium",
    description: "Seccomp filters the system calls a container may make. Unless a profile is set, most runtimes\nrun containers unconfined, with every system call of the kernel available to an attacker.\n",
    remediation: "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a\nprofile on the nodes).\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    ],
    pss: {
      level: "restricted",
      control: "seccompProfile_restricted",
      replaces: "seccompProfile_baseline"
    },
    versions: {
      since: "1.19"
    },
    fixable: "safe",
    fixSafety: {
      argument: "RuntimeDefault is the filter containerd and CRI-O apply by default and Docker applied to every\ncontainer for years; it denies only system calls ordinary programs never make (mount, kexec,\nkernel modules, clock changes). A privileged container or one with its own Localhost profile\nmay rely on those, so there the change is a suggestion.\n",
      evidence: [
        "not-privileged",
        "no-localhost-seccomp"
      ]
    },
    checks: [
      {
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.seccompProfile"
          ],
          key: "type",
          allowed: [
            "RuntimeDefault",
            "Localhost"
          ],
          required: true,
          wrongReportedBy: "seccomp-profile-baseline",
          exempt: {
            windows: "1.25"
          },
          fix: {
            value: "RuntimeDefault",
            unset: "safe",
            note: "system calls outside the runtime's default allow-list (such as unshare, keyctl, mount) fail with EPERM."
          }
        }
      }
    ]
  },
  {
    id: "secret-literal-data",
    title: "Secret committed with its values",
    severity: "medium",
    description: "A Secret manifest with literal `data` or `stringData` puts the secret in the repository in clear:\nbase64 is an encoding, not encryption. Everyone who can read the repository, its forks and its\nhistory has it. It is at least stored as a Secret in the cluster, hence a lower severity than a\ncredential in a ConfigMap or an env value.\n",
    remediation: "Commit an encrypted form instead: a SealedSecret (sealed-secrets), a file encrypted with SOPS,\nor an ExternalSecret (external-secrets) that fetches the value from a secret store. Rotate the\ncommitted values.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://github.com/bitnami-labs/sealed-secrets",
      "https://external-secrets.io/",
      "https://github.com/getsops/sops"
    ],
    fixable: "none",
    checks: [
      {
        template: "secret-literal-data",
        params: {
          ignoreValuePattern: "^(\\$\\(.*\\)|\\$\\{.*\\}|<.*>|\\{\\{.*\\}\\})$",
          message: 'Secret "{name}" commits {count} literal value(s) ({keys}) to the repository; encrypt it with sealed-secrets or SOPS, or fetch it with external-secrets'
        }
      }
    ]
  },
  {
    id: "selinux-options",
    title: "Custom SELinux type, user or role",
    severity: "high",
    description: "Setting an SELinux type other than the container types, or any SELinux user or role, can run the\ncontainer in a domain that the node's policy does not confine (such as spc_t).\n",
    remediation: "Remove `seLinuxOptions.user` and `seLinuxOptions.role`, and use one of the container types\n(container_t, container_init_t, container_kvm_t, container_engine_t) or none.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    pss: {
      level: "baseline",
      control: "seLinuxOptions"
    },
    fixable: "suggestion",
    checks: [
      {
        until: "1.30",
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.seLinuxOptions"
          ],
          key: "type",
          allowed: [
            "",
            "container_t",
            "container_init_t",
            "container_kvm_t"
          ],
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the container runs in the default container SELinux domain."
          }
        }
      },
      {
        since: "1.31",
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.seLinuxOptions"
          ],
          key: "type",
          allowed: [
            "",
            "container_t",
            "container_init_t",
            "container_kvm_t",
            "container_engine_t"
          ],
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the container runs in the default container SELinux domain."
          }
        }
      },
      {
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.seLinuxOptions"
          ],
          key: "user",
          allowed: [
            ""
          ],
          messages: {
            wrong: "{subject} sets the SELinux user ({field}: {value})"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the container runs as the default SELinux user."
          }
        }
      },
      {
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.seLinuxOptions"
          ],
          key: "role",
          allowed: [
            ""
          ],
          messages: {
            wrong: "{subject} sets the SELinux role ({field}: {value})"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the container runs with the default SELinux role."
          }
        }
      }
    ]
  },
  {
    id: "sysctls",
    title: "Unsafe sysctl",
    severity: "high",
    description: "Sysctls outside the safe set are not namespaced or not isolated between pods: setting them\nchanges the node's kernel for every pod on it, or disables a security mechanism.\n",
    remediation: "Remove the sysctl from `securityContext.sysctls`, or set it on the node if it is really needed.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    ],
    pss: {
      level: "baseline",
      control: "sysctls"
    },
    fixable: "suggestion",
    checks: [
      {
        until: "1.26",
        template: "security-field",
        params: {
          scope: "pod",
          fields: [
            "securityContext.sysctls[*].name"
          ],
          missingLeaf: "",
          allowed: [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start"
          ],
          messages: {
            wrong: "{subject} sets sysctl {value}, which is not in the safe set"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: "the kernel keeps its default for this setting."
          }
        }
      },
      {
        since: "1.27",
        until: "1.28",
        template: "security-field",
        params: {
          scope: "pod",
          fields: [
            "securityContext.sysctls[*].name"
          ],
          missingLeaf: "",
          allowed: [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports"
          ],
          messages: {
            wrong: "{subject} sets sysctl {value}, which is not in the safe set"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: "the kernel keeps its default for this setting."
          }
        }
      },
      {
        since: "1.29",
        until: "1.31",
        template: "security-field",
        params: {
          scope: "pod",
          fields: [
            "securityContext.sysctls[*].name"
          ],
          missingLeaf: "",
          allowed: [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes"
          ],
          messages: {
            wrong: "{subject} sets sysctl {value}, which is not in the safe set"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: "the kernel keeps its default for this setting."
          }
        }
      },
      {
        since: "1.32",
        until: "1.36",
        template: "security-field",
        params: {
          scope: "pod",
          fields: [
            "securityContext.sysctls[*].name"
          ],
          missingLeaf: "",
          allowed: [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem"
          ],
          messages: {
            wrong: "{subject} sets sysctl {value}, which is not in the safe set"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: "the kernel keeps its default for this setting."
          }
        }
      },
      {
        since: "1.37",
        template: "security-field",
        params: {
          scope: "pod",
          fields: [
            "securityContext.sysctls[*].name"
          ],
          missingLeaf: "",
          allowed: [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem",
            "net.ipv4.tcp_slow_start_after_idle",
            "net.ipv4.tcp_notsent_lowat"
          ],
          messages: {
            wrong: "{subject} sets sysctl {value}, which is not in the safe set"
          },
          fix: {
            wrongAction: "remove-item",
            wrong: "suggestion",
            note: "the kernel keeps its default for this setting."
          }
        }
      }
    ]
  },
  {
    id: "windows-host-process",
    title: "Windows HostProcess container",
    severity: "critical",
    description: "A Windows HostProcess container runs directly on the node as a process of the host, with the\nnode's network and file system: it is full access to a Windows node.\n",
    remediation: "Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.\n",
    links: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    ],
    pss: {
      level: "baseline",
      control: "windowsHostProcess"
    },
    fixable: "suggestion",
    checks: [
      {
        template: "security-field",
        params: {
          scope: "pod-and-containers",
          fields: [
            "securityContext.windowsOptions.hostProcess"
          ],
          forbidden: [
            true
          ],
          messages: {
            wrong: "{subject} runs as a Windows HostProcess ({field}: true)"
          },
          fix: {
            wrongAction: "remove",
            wrong: "suggestion",
            note: "the container runs isolated from the node and loses the host's network and file system."
          }
        }
      }
    ]
  }
];

// src/core/versions.ts
var DEFAULT_KUBERNETES_VERSION = "1.35";
function parseVersion(text) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!m) return void 0;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major !== 1 || minor > 99) return void 0;
  return major * 1e3 + minor;
}
function versionAtLeast(version, since) {
  if (since === void 0) return true;
  const v = parseVersion(since);
  if (v === void 0) throw new Error(`invalid version "${since}"`);
  return version >= v;
}
function versionAtMost(version, until) {
  if (until === void 0) return true;
  const v = parseVersion(until);
  if (v === void 0) throw new Error(`invalid version "${until}"`);
  return version <= v;
}

// src/core/rules/schema-check.ts
function schemaProblems(schemaObject, value, path2 = "") {
  const schema = schemaObject;
  const at = path2 || "(value)";
  const out = [];
  if (schema.oneOf) {
    const branches = schema.oneOf.map((s) => schemaProblems(s, value, path2));
    const fitting = branches.filter((b) => b.length === 0).length;
    if (fitting !== 1) out.push(fitting === 0 ? `${at}: ${branches.map((b) => b[0]).join("; or ")}` : `${at}: matches more than one form`);
    return out;
  }
  if (schema.type !== void 0) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) return [`${at}: must be ${types.join(" or ")}, not ${describe(value)}`];
  }
  if (schema.const !== void 0 && value !== schema.const) out.push(`${at}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) {
    out.push(`${at}: must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(value)}`);
  }
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && value.length < schema.minLength) out.push(`${at}: must have at least ${schema.minLength} characters`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
      out.push(`${at}: ${JSON.stringify(value)} ${typeof schema.patternHint === "string" ? `is not ${schema.patternHint}` : `does not match ${schema.pattern}`}`);
    }
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) out.push(`${at}: must be at least ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) out.push(`${at}: must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) out.push(`${at}: must have at least ${schema.minItems} item(s)`);
    if (schema.items) value.forEach((item, i) => out.push(...schemaProblems(schema.items, item, `${path2}[${i}]`)));
  }
  if (isPlainObject(value)) {
    for (const key2 of schema.required ?? []) if (!(key2 in value)) out.push(`${at}: ${key2} is required`);
    const properties = schema.properties ?? {};
    for (const [key2, v] of Object.entries(value)) {
      const sub = path2 ? `${path2}.${key2}` : key2;
      if (Object.hasOwn(properties, key2)) out.push(...schemaProblems(properties[key2], v, sub));
      else if (schema.additionalProperties === false) out.push(`${sub}: unknown (known: ${Object.keys(properties).join(", ") || "none"})`);
      else if (isPlainObject(schema.additionalProperties)) out.push(...schemaProblems(schema.additionalProperties, v, sub));
    }
  }
  return out;
}
function hasType(value, type) {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "a map";
  return `${typeof value} ${JSON.stringify(value)}`;
}

// src/core/anchor.ts
var import_yaml5 = __toESM(require_dist(), 1);
function pairRange(pair) {
  const key2 = pair.key;
  const value = pair.value;
  const start = key2?.range?.[0] ?? value?.range?.[0] ?? 0;
  const keyEnd = key2?.range?.[1] ?? start;
  if (value && value.range) {
    const flow = ((0, import_yaml5.isMap)(value) || (0, import_yaml5.isSeq)(value)) && value.flow;
    if ((0, import_yaml5.isScalar)(value) || flow) {
      if ((0, import_yaml5.isScalar)(value) && (value.type === "BLOCK_LITERAL" || value.type === "BLOCK_FOLDED")) return { start, end: keyEnd };
      return { start, end: value.range[1] };
    }
  }
  return { start, end: keyEnd };
}
function nodeRange(ctx, node) {
  const n = deref(ctx, node);
  if ((0, import_yaml5.isMap)(n)) {
    const name = getPair(ctx, n, "name");
    if (name && name.key?.range) return pairRange(name);
    const first = n.items[0];
    if (first) return pairRange(first);
  }
  if ((0, import_yaml5.isSeq)(n)) {
    const first = n.items[0];
    if (first?.range) return nodeRange(ctx, first);
  }
  const range2 = n?.range;
  return range2 ? { start: range2[0], end: range2[1] } : { start: 0, end: 0 };
}
function nearestRange(ctx, root, path2) {
  let node = root;
  let best;
  for (const step of path2) {
    if (typeof step === "number") {
      const seq = deref(ctx, node);
      if (!(0, import_yaml5.isSeq)(seq)) break;
      const item = seq.items[step];
      if (item === void 0) break;
      node = item;
      best = nodeRange(ctx, item);
    } else {
      const pair = getPair(ctx, node, step);
      if (!pair) break;
      best = pairRange(pair);
      node = get(ctx, node, step);
      if (node === void 0) break;
    }
  }
  return best ?? nodeRange(ctx, root);
}

// src/core/templates/api.ts
function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, key2) => {
    const v = values[key2];
    return v === void 0 ? all : String(v);
  });
}
function showValue(v) {
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}

// src/core/templates/exemptions.ts
var exemptionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: { windows: { type: "string" }, userNamespaces: { type: "string" } }
};
function isWindowsPod(w) {
  return str(w.ctx, get(w.ctx, get(w.ctx, w.podSpec, "os"), "name")) === "windows";
}
function inUserNamespace(w) {
  return scalar(w.ctx, get(w.ctx, w.podSpec, "hostUsers")) === false;
}
function isExempt(w, exempt, version) {
  if (!exempt) return false;
  if (exempt.windows !== void 0 && versionAtLeast(version, exempt.windows) && isWindowsPod(w)) return true;
  if (exempt.userNamespaces !== void 0 && versionAtLeast(version, exempt.userNamespaces) && inUserNamespace(w)) return true;
  return false;
}

// src/core/templates/annotation-values.ts
var annotationValues = {
  name: "annotation-values",
  kind: "workload",
  description: "Annotations on the pod (template) metadata must hold allowed values.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      keys: { type: "array", items: { type: "string" }, description: "Exact annotation keys to check." },
      perContainer: { type: "string", pattern: "\\{container\\}", description: "A key per container, `{container}` standing for its name." },
      prefix: { type: "string", description: "Every key with this prefix; the rest of the key names the container." },
      allowed: { type: "array", items: { type: "string" }, description: "Values that pass." },
      allowedPrefixes: { type: "array", items: { type: "string" }, description: "Values starting with one of these pass." },
      localhostProfiles: { type: "array", items: { type: "string" }, description: "When given, `localhost/<name>` passes only for these names (rule options set this)." },
      exempt: { ...exemptionsSchema, description: "Pods exempt from a version on (see security-field)." },
      message: { type: "string", description: "Finding message." },
      fix: {
        type: "object",
        additionalProperties: false,
        required: ["value", "class", "note"],
        description: "A fix that sets the annotation to `value`.",
        properties: { value: { type: "string" }, class: { enum: ["safe", "suggestion"] }, note: { type: "string" } }
      }
    }
  },
  placeholders: { message: ["key", "value", "expected"] },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (!w.podMetadata || isExempt(w, params.exempt, ctx.version)) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, "annotations"));
    const checked = /* @__PURE__ */ new Map();
    for (const key2 of params.keys ?? []) checked.set(key2, void 0);
    if (params.perContainer) {
      for (const c of w.containers) checked.set(format(params.perContainer, { container: c.name }), c.name);
    }
    if (params.prefix) {
      for (const key2 of annotations.keys()) if (key2.startsWith(params.prefix)) checked.set(key2, key2.slice(params.prefix.length));
    }
    for (const [key2, container] of checked) {
      const entry = annotations.get(key2);
      if (!entry) continue;
      const v = entry.value;
      const localhost = params.localhostProfiles && v.startsWith("localhost/") ? params.localhostProfiles.includes(v.slice("localhost/".length)) : void 0;
      const ok = localhost ?? ((params.allowed ?? []).includes(v) || (params.allowedPrefixes ?? []).some((p) => v.startsWith(p)));
      if (ok) continue;
      const fix = params.fix ? { class: params.fix.class, ops: [{ op: "set", path: [...w.podMetadataPath, "annotations", key2], value: params.fix.value }], note: params.fix.note } : void 0;
      ctx.report({
        range: pairRange(entry.pair),
        message: format(params.message ?? "annotation {key} is {value}; allowed: {expected}", {
          key: key2,
          value: showValue(v),
          expected: [
            ...(params.allowed ?? []).filter((a) => a !== "").map(showValue),
            ...params.localhostProfiles ? params.localhostProfiles.map((n) => showValue(`localhost/${n}`)) : (params.allowedPrefixes ?? []).map((p) => `"${p}\u2026"`)
          ].join(" or ")
        }),
        ...container !== void 0 ? { container } : {},
        detail: key2,
        ...fix ? { fix } : {}
      });
    }
  }
};

// src/core/templates/apparmor-required.ts
var apparmorRequired = {
  name: "apparmor-required",
  kind: "workload",
  description: "Every container runs under an explicit AppArmor profile (field or annotation, by version).",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["fieldSince", "annotationPrefix", "message", "annotationMessage", "unknownContainerMessage", "note"],
    properties: {
      fieldSince: { type: "string", pattern: "^1\\.\\d+$", description: "Kubernetes version from which the profile is the `securityContext.appArmorProfile` field (before: the annotation)." },
      annotationPrefix: { type: "string", description: "The per-container annotation prefix; the rest of the key names the container." },
      message: { type: "string", description: "Message (field era) for containers without a profile, reported once at the pod." },
      annotationMessage: { type: "string", description: "Message (annotation era) for one container without the annotation." },
      unknownContainerMessage: { type: "string", description: "Message for an annotation naming a container the pod does not have." },
      note: { type: "string", description: "Note of the RuntimeDefault fix." }
    }
  },
  placeholders: { message: ["containers"], annotationMessage: ["container", "key"], unknownContainerMessage: ["key", "container", "containers"] },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (isWindowsPod(w)) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, "annotations"));
    const annotated = (name) => {
      const v = annotations.get(params.annotationPrefix + name)?.value;
      return v !== void 0 && v !== "";
    };
    if (w.partial) return;
    reportUnknownContainers(ctx, annotations);
    if (versionAtLeast(ctx.version, params.fieldSince)) {
      const typeOf = (node) => str(w.ctx, get(w.ctx, get(w.ctx, get(w.ctx, node, "securityContext"), "appArmorProfile"), "type"));
      const podType = typeOf(w.podSpec);
      if (podType !== void 0) return;
      const missing = w.containers.filter((c) => typeOf(c.node) === void 0 && !annotated(c.name));
      if (missing.length === 0) return;
      ctx.report({
        range: nearestRange(w.ctx, w.ctx.doc.contents, [...w.podSpecPath, "securityContext", "appArmorProfile"]),
        message: format(params.message, { containers: missing.map((c) => `"${c.name}"`).join(", ") }),
        detail: "appArmorProfile",
        fix: {
          class: "safe",
          ops: [{ op: "set", path: [...w.podSpecPath, "securityContext", "appArmorProfile", "type"], value: "RuntimeDefault" }],
          note: params.note
        }
      });
      return;
    }
    for (const c of w.containers) {
      if (annotations.has(params.annotationPrefix + c.name)) continue;
      ctx.report({
        range: nearestRange(w.ctx, c.node, []),
        message: format(params.annotationMessage, { container: c.name, key: params.annotationPrefix + c.name }),
        container: c.name,
        detail: "annotation",
        fix: {
          class: "safe",
          ops: [{ op: "set", path: [...w.podMetadataPath, "annotations", params.annotationPrefix + c.name], value: "runtime/default" }],
          note: params.note
        }
      });
    }
  }
};
function reportUnknownContainers(ctx, annotations) {
  const { params, workload: w } = ctx;
  const names = new Set(w.containers.map((c) => c.name));
  for (const [key2, { pair }] of annotations) {
    if (!key2.startsWith(params.annotationPrefix)) continue;
    const container = key2.slice(params.annotationPrefix.length);
    if (names.has(container)) continue;
    ctx.report({
      range: pairRange(pair),
      message: format(params.unknownContainerMessage, { key: key2, container, containers: [...names].map((n) => `"${n}"`).join(", ") || "(none)" }),
      detail: `unknown:${key2}`
    });
  }
}

// src/core/templates/config-credentials.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/core/templates/credentials.ts
var credentialPatternsSchema = {
  namePattern: { type: "string", description: "Regular expression (case-insensitive) for names that hold credentials." },
  ignoreNamePattern: { type: "string", description: "Regular expression for names that hold a reference to a credential (a path, a key id), not the credential." },
  valuePatterns: { type: "array", items: { type: "string" }, description: "Regular expressions for values that are credentials whatever the name (PEM private keys, cloud tokens)." },
  ignoreValuePattern: { type: "string", description: "Regular expression (case-insensitive) for values that are placeholders or references, not credentials." },
  connectionPasswordPatterns: {
    type: "array",
    items: { type: "string" },
    description: "Regular expressions (case-insensitive) for connection strings; the first group is the password, which must not be a placeholder."
  }
};
var compiled = /* @__PURE__ */ new WeakMap();
function credentialMatcher(p) {
  let m = compiled.get(p);
  if (!m) {
    const nameRe = new RegExp(p.namePattern, "i");
    const ignoreNameRe = new RegExp(p.ignoreNamePattern, "i");
    const valueRes = p.valuePatterns.map((v) => new RegExp(v));
    const ignoreValueRe = new RegExp(p.ignoreValuePattern, "i");
    const connectionRes = (p.connectionPasswordPatterns ?? []).map((c) => new RegExp(c, "gi"));
    m = {
      byValue: (value) => {
        for (const re of valueRes) {
          const hit = re.exec(value);
          if (hit) return hit[0];
        }
        return void 0;
      },
      byName: (name, value) => value !== "" && nameRe.test(name) && !ignoreNameRe.test(name) && !ignoreValueRe.test(value),
      byConnection: (value) => {
        for (const re of connectionRes) {
          for (const hit of value.matchAll(re)) {
            const password = hit[1] ?? "";
            if (password && !ignoreValueRe.test(password) && !/^\*+$/.test(password)) return hit[0];
          }
        }
        return void 0;
      }
    };
    compiled.set(p, m);
  }
  return m;
}

// src/core/templates/config-credentials.ts
var configMapCredentials = {
  name: "configmap-credentials",
  kind: "set",
  description: "ConfigMap `data` values that hold a credential: a value that is one by its form, a connection string with a literal password, a key whose name says credential, or such a `name = value` line inside an embedded config file.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["namePattern", "ignoreNamePattern", "valuePatterns", "ignoreValuePattern", "connectionPasswordPatterns", "message"],
    properties: {
      ...credentialPatternsSchema,
      message: { type: "string", description: "Finding message." }
    }
  },
  placeholders: { message: ["name", "key", "what"] },
  check(ctx) {
    const { params } = ctx;
    const matcher = credentialMatcher(params);
    for (const o of ctx.own) {
      if (o.kind !== "ConfigMap" || o.apiVersion !== "v1") continue;
      const data = get(o.ctx, o.node, "data");
      if (!(0, import_yaml6.isMap)(data)) continue;
      for (const pair of data.items) {
        const key2 = (0, import_yaml6.isScalar)(pair.key) ? String(pair.key.value) : "";
        const value = str(o.ctx, pair.value);
        if (!value) continue;
        const found = findCredential(key2, value, matcher);
        if (!found) continue;
        ctx.report({ object: o, range: rangeOf(o, pair, found.text), message: format(params.message, { name: o.resource.name, key: key2, what: found.what }), detail: `${key2}:${found.what}` });
      }
    }
  }
};
var LINE_RE = /^\s*["']?([\w.-]+)["']?\s*[:=]\s*["']?([^"'\s#]+)/;
function findCredential(key2, value, matcher) {
  const byValue = matcher.byValue(value);
  if (byValue !== void 0) return { what: /PRIVATE KEY/.test(byValue) ? "a private key" : "a token", text: byValue };
  const connection = matcher.byConnection(value);
  if (connection !== void 0) return { what: "a connection string with a password", text: connection };
  if (!value.includes("\n")) return matcher.byName(key2, value.trim()) ? { what: "a credential", text: value } : void 0;
  for (const line of value.split("\n")) {
    const m = LINE_RE.exec(line);
    if (m && matcher.byName(m[1], m[2])) return { what: "a credential", text: line.trim() };
  }
  return void 0;
}
function rangeOf(o, pair, text) {
  const whole = pairRange(pair);
  const valueRange = pair.value?.range;
  if (!valueRange) return whole;
  const source = o.file.text.slice(valueRange[0], valueRange[1]);
  const first = text.split("\n")[0];
  const at = source.indexOf(first);
  if (at < 0 || !source.slice(0, at).includes("\n")) return whole;
  return { start: valueRange[0] + at, end: valueRange[0] + at + first.length };
}
var secretLiteralData = {
  name: "secret-literal-data",
  kind: "set",
  description: "Secret manifests with literal `data` or `stringData` values; SOPS-encrypted files (a top-level `sops` key, `ENC[\u2026]` values) and placeholders pass.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["ignoreValuePattern", "message"],
    properties: {
      ignoreValuePattern: { type: "string", description: "Regular expression (case-insensitive) for values that are placeholders, not secrets." },
      message: { type: "string", description: "Finding message, one per Secret at its first `data`/`stringData` key." }
    }
  },
  placeholders: { message: ["name", "field", "keys", "count"] },
  check(ctx) {
    const placeholder = new RegExp(ctx.params.ignoreValuePattern, "i");
    for (const o of ctx.own) {
      if (o.kind !== "Secret" || o.apiVersion !== "v1" || get(o.ctx, o.node, "sops") !== void 0) continue;
      let first;
      const keys = [];
      for (const field of ["data", "stringData"]) {
        const map = get(o.ctx, o.node, field);
        if (!(0, import_yaml6.isMap)(map)) continue;
        for (const pair of map.items) {
          const value = str(o.ctx, pair.value);
          if (!value || placeholder.test(value) || value.startsWith("ENC[")) continue;
          keys.push((0, import_yaml6.isScalar)(pair.key) ? String(pair.key.value) : "?");
          first ??= { field, pair: getPair(o.ctx, o.node, field) };
        }
      }
      if (!first) continue;
      ctx.report({
        object: o,
        range: pairRange(first.pair),
        message: format(ctx.params.message, { name: o.resource.name, field: first.field, keys: keys.join(", "), count: keys.length }),
        detail: "literal-data"
      });
    }
  }
};

// src/core/templates/deprecated-annotation.ts
var SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
var APPARMOR_CONTAINER = "container.apparmor.security.beta.kubernetes.io/";
function profileFromAnnotation(family, value) {
  if (value === "runtime/default" || family === "seccomp" && value === "docker/default") return { type: "RuntimeDefault" };
  if (value === "unconfined") return { type: "Unconfined" };
  if (value.startsWith("localhost/") && value.length > "localhost/".length) return { type: "Localhost", localhostProfile: value.slice("localhost/".length) };
  return void 0;
}
var deprecatedAnnotation = {
  name: "deprecated-annotation",
  kind: "workload",
  description: "Legacy seccomp/AppArmor annotations are reported with the field that replaces them, and migrated.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["annotation", "message", "note"],
    properties: {
      annotation: { enum: ["seccomp", "apparmor"], description: "Which family of legacy annotations (they map to different fields)." },
      message: { type: "string", description: "Finding message." },
      note: { type: "string", description: "Note of the fix that moves the profile to the field." }
    }
  },
  placeholders: { message: ["key", "field"] },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (!w.podMetadata) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, "annotations"));
    const field = params.annotation === "seccomp" ? "seccompProfile" : "appArmorProfile";
    for (const [key2, { value, pair }] of annotations) {
      let target;
      if (params.annotation === "seccomp" && key2 === SECCOMP_POD) {
        target = { path: w.podSpecPath, node: w.podSpec };
      } else {
        const prefix = params.annotation === "seccomp" ? SECCOMP_CONTAINER : APPARMOR_CONTAINER;
        if (!key2.startsWith(prefix)) continue;
        const name = key2.slice(prefix.length);
        const c = w.containers.find((x) => x.name === name);
        target = c ? { path: c.path, node: c.node, container: name } : { path: [], node: void 0, container: name };
      }
      const profile = profileFromAnnotation(params.annotation, value);
      const annotationPath = [...w.podMetadataPath, "annotations", key2];
      const ops = [{ op: "remove", path: annotationPath }];
      const fieldSet = target.node !== void 0 && getIn(w.ctx, target.node, ["securityContext", field]) !== void 0;
      if (profile && target.node !== void 0 && !fieldSet) {
        ops.push({ op: "set", path: [...target.path, "securityContext", field], value: profile });
      }
      const migratable = target.node !== void 0 && (profile !== void 0 || fieldSet);
      const fixClass2 = profile?.type === "Unconfined" || value === "unconfined" ? "suggestion" : "safe";
      ctx.report({
        range: pairRange(pair),
        message: format(params.message, { key: key2, field: `securityContext.${field}` }),
        ...target.container !== void 0 ? { container: target.container } : {},
        detail: key2,
        ...migratable ? { fix: { class: fixClass2, ops, note: params.note, priority: 10 } } : {}
      });
    }
  }
};

// src/core/templates/env-literal-secrets.ts
var import_yaml7 = __toESM(require_dist(), 1);
var envLiteralSecrets = {
  name: "env-literal-secrets",
  kind: "workload",
  description: "Container env values that look like credentials (by name, by form, or a connection string with a literal password) and are not taken from a Secret.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["namePattern", "ignoreNamePattern", "valuePatterns", "ignoreValuePattern", "message"],
    properties: {
      ...credentialPatternsSchema,
      message: { type: "string", description: "Finding message." }
    }
  },
  placeholders: { message: ["name", "container"] },
  check(ctx) {
    const { params, workload: w } = ctx;
    const matcher = credentialMatcher(params);
    for (const c of w.containers) {
      for (const env of seqItems(w.ctx, get(w.ctx, c.node, "env"))) {
        if (!(0, import_yaml7.isMap)(env)) continue;
        const name = str(w.ctx, get(w.ctx, env, "name")) ?? "";
        const valuePair = getPair(w.ctx, env, "value");
        const value = valuePair ? str(w.ctx, valuePair.value) : void 0;
        if (!valuePair || value === void 0 || value === "") continue;
        if (matcher.byValue(value) === void 0 && matcher.byConnection(value) === void 0 && !matcher.byName(name, value)) continue;
        ctx.report({
          range: pairRange(valuePair),
          message: format(params.message, { name, container: c.name }),
          container: c.name,
          detail: name
        });
      }
    }
  }
};

// src/core/templates/network-policy-checks.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/core/network.ts
var import_yaml8 = __toESM(require_dist(), 1);
function podLabels(w) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of stringMap(w.ctx, get(w.ctx, w.podMetadata, "labels"))) out.set(k, v.value);
  return out;
}
function selectorLabels(w) {
  const matchLabels = stringMap(w.ctx, get(w.ctx, get(w.ctx, get(w.ctx, w.node, "spec"), "selector"), "matchLabels"));
  const labels = podLabels(w);
  if (matchLabels.size > 0 && [...matchLabels].every(([k, v]) => labels.get(k) === v.value)) return new Map([...matchLabels].map(([k, v]) => [k, v.value]));
  return labels;
}
function labelSelectorMatches(ctx, selector, labels) {
  const sel = asMap(ctx, selector);
  if (!sel) return true;
  for (const [k, v] of stringMap(ctx, get(ctx, sel, "matchLabels"))) if (labels.get(k) !== v.value) return false;
  for (const expr of seqItems(ctx, get(ctx, sel, "matchExpressions"))) {
    const key2 = str(ctx, get(ctx, expr, "key")) ?? "";
    const operator = str(ctx, get(ctx, expr, "operator"));
    const values = seqItems(ctx, get(ctx, expr, "values")).map((n) => str(ctx, n));
    const has = labels.has(key2);
    const value = labels.get(key2);
    if (operator === "In" && !(has && values.includes(value))) return false;
    if (operator === "NotIn" && has && values.includes(value)) return false;
    if (operator === "Exists" && !has) return false;
    if (operator === "DoesNotExist" && has) return false;
  }
  return true;
}
function serviceSelects(svc, labels) {
  const selector = stringMap(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, "spec"), "selector"));
  if (selector.size === 0) return false;
  for (const [k, v] of selector) if (labels.get(k) !== v.value) return false;
  return true;
}
function isNetworkPolicy(o) {
  return o.kind === "NetworkPolicy" && o.apiVersion.startsWith("networking.k8s.io/");
}
function isService(o) {
  return o.kind === "Service" && o.apiVersion === "v1";
}
var order = /* @__PURE__ */ new WeakMap();
var indexes = /* @__PURE__ */ new WeakMap();
function indexNetwork(objects) {
  return cachedIndex(indexes, objects, (all) => addToIndex(emptyIndex(), all, 0), (base, extra, offset) => addToIndex(copyIndex(base), extra, offset));
}
function emptyIndex() {
  return { policies: /* @__PURE__ */ new Map(), services: /* @__PURE__ */ new Map(), policiesByLabel: /* @__PURE__ */ new Map() };
}
function copyIndex(index) {
  const lists = (m) => new Map([...m].map(([k, v]) => [k, [...v]]));
  return {
    policies: lists(index.policies),
    services: lists(index.services),
    policiesByLabel: new Map([...index.policiesByLabel].map(([ns, filed]) => [ns, { byLabel: lists(filed.byLabel), always: [...filed.always] }]))
  };
}
function addToIndex(index, objects, offset) {
  objects.forEach((o, at) => {
    const i = offset + at;
    const bucket = isNetworkPolicy(o) ? index.policies : isService(o) ? index.services : void 0;
    if (!bucket) return;
    const ns = o.resource.namespace;
    const list2 = bucket.get(ns) ?? [];
    list2.push(o);
    bucket.set(ns, list2);
    if (bucket !== index.policies) return;
    order.set(o, i);
    let filed = index.policiesByLabel.get(ns);
    if (!filed) index.policiesByLabel.set(ns, filed = { byLabel: /* @__PURE__ */ new Map(), always: [] });
    const first = stringMap(o.ctx, get(o.ctx, get(o.ctx, get(o.ctx, o.node, "spec"), "podSelector"), "matchLabels")).entries().next();
    if (first.done) filed.always.push(o);
    else {
      const key2 = `${first.value[0]}\0${first.value[1].value}`;
      const list3 = filed.byLabel.get(key2);
      if (list3) list3.push(o);
      else filed.byLabel.set(key2, [o]);
    }
  });
  return index;
}
function policiesSelecting(w, index) {
  const filed = index.policiesByLabel.get(w.resource.namespace);
  if (!filed) return [];
  const labels = podLabels(w);
  const candidates = [...filed.always];
  for (const [k, v] of labels) candidates.push(...filed.byLabel.get(`${k}\0${v}`) ?? []);
  candidates.sort((a, b) => order.get(a) - order.get(b));
  return candidates.filter((o) => labelSelectorMatches(o.ctx, get(o.ctx, get(o.ctx, o.node, "spec"), "podSelector"), labels));
}
function usesHostNetwork(w) {
  return scalar(w.ctx, get(w.ctx, w.podSpec, "hostNetwork")) === true;
}
function policyTypes(p) {
  const spec = get(p.ctx, p.node, "spec");
  const declared = seqItems(p.ctx, get(p.ctx, spec, "policyTypes")).map((n) => str(p.ctx, n) ?? "");
  if (declared.length > 0) return new Set(declared);
  const types = /* @__PURE__ */ new Set(["Ingress"]);
  if (get(p.ctx, spec, "egress") !== void 0) types.add("Egress");
  return types;
}
var DIRECTIONS = ["Ingress", "Egress"];
var ANYWHERE = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
function allowsAll(p, direction) {
  const spec = get(p.ctx, p.node, "spec");
  const rules = seqItems(p.ctx, get(p.ctx, spec, direction === "Ingress" ? "ingress" : "egress"));
  const peerKey = direction === "Ingress" ? "from" : "to";
  return rules.some((rule) => {
    if (seqItems(p.ctx, get(p.ctx, rule, "ports")).length > 0) return false;
    const peers = seqItems(p.ctx, get(p.ctx, rule, peerKey));
    if (peers.length === 0) return true;
    return peers.some((peer2) => {
      const block = get(p.ctx, peer2, "ipBlock");
      const cidr = str(p.ctx, get(p.ctx, block, "cidr"));
      return cidr !== void 0 && ANYWHERE.has(cidr) && seqItems(p.ctx, get(p.ctx, block, "except")).length === 0;
    });
  });
}
function isolates(p, direction) {
  return policyTypes(p).has(direction) && !allowsAll(p, direction);
}
function isolatedDirections(w, index) {
  const out = /* @__PURE__ */ new Set();
  for (const p of policiesSelecting(w, index)) for (const d of DIRECTIONS) if (isolates(p, d)) out.add(d);
  return out;
}
function ipv4ToInt(ip) {
  const parts = ip.split(".");
  if (parts.length !== 4) return void 0;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return void 0;
    n = n * 256 + Number(p);
  }
  return n;
}
function cidrContains(cidr, ip) {
  const [base, bitsText] = cidr.split("/");
  const b = ipv4ToInt(base ?? "");
  const a = ipv4ToInt(ip);
  if (b === void 0 || a === void 0) return false;
  const bits = bitsText === void 0 ? 32 : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}

// src/core/fix/network-policies/references.ts
var import_yaml9 = __toESM(require_dist(), 1);
var key = (namespace, name) => `${namespace ?? ""}/${name}`;
var HOST = /(?<![\w.@:-])(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^\s@/'"]+@)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d{1,5}))?(?![\w-])/g;
function hostReferences(text) {
  const out = [];
  for (const m of text.matchAll(HOST)) {
    const host = m[1];
    const port = m[2] === void 0 ? void 0 : Number(m[2]);
    const parts = host.split(".");
    const text2 = port === void 0 ? host : `${host}:${port}`;
    const withPort = port === void 0 ? {} : { port };
    if (parts.length === 1) out.push({ name: parts[0], text: text2, ...withPort });
    else if (parts.length === 2 || parts[2] === "svc") out.push({ name: parts[0], namespace: parts[1], text: text2, ...withPort });
  }
  return out;
}
function configuredStrings(w, configMaps) {
  const { ctx } = w;
  const out = [];
  const ns = w.resource.namespace;
  const configData = (name) => {
    const cm = name === void 0 ? void 0 : configMaps.get(key(ns, name));
    return cm ? stringMap(cm.ctx, get(cm.ctx, cm.node, "data")) : /* @__PURE__ */ new Map();
  };
  const readConfigMap = (name, how) => {
    for (const [k, v] of configData(name)) out.push({ text: v.value, evidence: `ConfigMap ${name} key ${k}${how}` });
  };
  for (const c of w.containers) {
    for (const env of seqItems(ctx, get(ctx, c.node, "env"))) {
      const name = str(ctx, get(ctx, env, "name")) ?? "";
      const value = scalar(ctx, get(ctx, env, "value"));
      if (value !== void 0) out.push({ text: String(value), evidence: `env ${name}` });
      const ref = get(ctx, get(ctx, env, "valueFrom"), "configMapKeyRef");
      if (ref) {
        const cmName = str(ctx, get(ctx, ref, "name"));
        const cmKey = str(ctx, get(ctx, ref, "key"));
        const v = cmKey === void 0 ? void 0 : configData(cmName).get(cmKey);
        if (v) out.push({ text: v.value, evidence: `env ${name} from ConfigMap ${cmName}` });
      }
    }
    for (const from of seqItems(ctx, get(ctx, c.node, "envFrom"))) readConfigMap(str(ctx, get(ctx, get(ctx, from, "configMapRef"), "name")), ", read by envFrom");
    for (const field of ["command", "args"]) {
      for (const item of seqItems(ctx, get(ctx, c.node, field))) {
        const v = scalar(ctx, item);
        if (v !== void 0) out.push({ text: String(v), evidence: field });
      }
    }
  }
  for (const volume of seqItems(ctx, get(ctx, w.podSpec, "volumes"))) {
    readConfigMap(str(ctx, get(ctx, get(ctx, volume, "configMap"), "name")), ", mounted");
    for (const source of seqItems(ctx, get(ctx, get(ctx, volume, "projected"), "sources"))) {
      readConfigMap(str(ctx, get(ctx, get(ctx, source, "configMap"), "name")), ", mounted");
    }
  }
  return out;
}
function targetPorts(service, server, servicePort) {
  const sctx = service.ctx;
  const all = seqItems(sctx, get(sctx, get(sctx, service.node, "spec"), "ports")).filter((p) => (0, import_yaml9.isMap)(p));
  const matching = servicePort === void 0 ? all : all.filter((p) => scalar(sctx, get(sctx, p, "port")) === servicePort);
  const chosen = matching.length > 0 ? matching : all;
  const out = [];
  for (const p of chosen) {
    const protocol = str(sctx, get(sctx, p, "protocol")) ?? "TCP";
    const target = scalar(sctx, get(sctx, p, "targetPort")) ?? scalar(sctx, get(sctx, p, "port"));
    if (typeof target === "number") out.push({ port: target, protocol });
    else if (typeof target === "string") out.push(namedPort(server, target, protocol));
  }
  if (out.length === 0 && servicePort !== void 0) out.push({ port: servicePort, protocol: "TCP" });
  return dedupePorts(out);
}
function namedPort(server, name, protocol) {
  for (const p of server.ports) {
    if (p.name === name && typeof p.containerPort === "number") return { port: p.containerPort, protocol: p.protocol ?? protocol };
  }
  return /^\d+$/.test(name) ? { port: Number(name), protocol } : { port: name, protocol };
}
function dedupePorts(ports) {
  const seen = /* @__PURE__ */ new Set();
  return ports.filter((p) => {
    const k = `${p.port}/${p.protocol}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function networkContext(objects) {
  const services = /* @__PURE__ */ new Map();
  const configMaps = /* @__PURE__ */ new Map();
  for (const o of objects) {
    if (o.kind === "Service" && o.apiVersion === "v1") services.set(key(o.resource.namespace, o.resource.name), o);
    else if (o.kind === "ConfigMap" && o.apiVersion === "v1") configMaps.set(key(o.resource.namespace, o.resource.name), o);
  }
  return { services, configMaps, index: indexNetwork(objects) };
}
function summarizeWorkload(w, context) {
  const { ctx } = w;
  const references = [];
  for (const source of configuredStrings(w, context.configMaps)) {
    for (const ref of hostReferences(source.text)) {
      const service = resolveService(context.services, ref, w.resource.namespace);
      if (service) references.push({ service, target: ref.text, port: ref.port, evidence: source.evidence });
    }
  }
  return {
    path: w.file.path,
    documentIndex: w.documentIndex,
    kind: w.kind,
    name: w.resource.name,
    namespace: w.resource.namespace,
    podLabels: podLabels(w),
    selectorLabels: selectorLabels(w),
    hostNetwork: usesHostNetwork(w),
    isolated: isolatedDirections(w, context.index),
    ports: w.containers.flatMap(
      (c) => seqItems(ctx, get(ctx, c.node, "ports")).map((p) => ({ name: str(ctx, get(ctx, p, "name")), containerPort: scalar(ctx, get(ctx, p, "containerPort")), protocol: str(ctx, get(ctx, p, "protocol")) }))
    ),
    references
  };
}
function networkFacts(context, workloads, marks) {
  const { services } = context;
  const backends = /* @__PURE__ */ new Map();
  const byLabel = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    for (const [k, v] of w.podLabels) {
      const id = `${w.namespace ?? ""}\0${k}\0${v}`;
      const list2 = byLabel.get(id);
      if (list2) list2.push(w);
      else byLabel.set(id, [w]);
    }
  }
  const serversOf = (svc) => {
    let list2 = backends.get(svc);
    if (!list2) {
      const first = stringMap(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, "spec"), "selector")).entries().next();
      const candidates = first.done ? [] : byLabel.get(`${svc.resource.namespace ?? ""}\0${first.value[0]}\0${first.value[1].value}`) ?? [];
      list2 = candidates.filter((w) => serviceSelects(svc, w.podLabels));
      backends.set(svc, list2);
    }
    return list2;
  };
  const flows = [];
  for (const client of workloads) {
    const seen = /* @__PURE__ */ new Set();
    for (const ref of client.references) {
      const service = ref.service;
      for (const server of serversOf(service)) {
        if (server === client) continue;
        const ports = targetPorts(service, server, ref.port);
        const id = `${server.path}#${server.documentIndex}/${server.name}:${ports.map((p) => `${p.port}/${p.protocol}`).join(",")}`;
        if (seen.has(id)) continue;
        seen.add(id);
        flows.push({ client, server, service, ports, target: ref.target, evidence: ref.evidence });
      }
    }
  }
  const exposed = exposures(services, marks, serversOf);
  const used = /* @__PURE__ */ new Set([...flows.map((f) => f.service), ...exposed.map((e) => e.service)]);
  for (const service of services.values()) {
    if (used.has(service)) continue;
    for (const server of serversOf(service)) exposed.push({ server, service, ports: targetPorts(service, server, void 0), evidence: "no client in these manifests" });
  }
  return { flows, exposures: exposed };
}
function resolveService(services, ref, clientNamespace) {
  if (ref.namespace === void 0) return services.get(key(clientNamespace, ref.name));
  return services.get(key(ref.namespace, ref.name)) ?? (clientNamespace === void 0 ? services.get(key(void 0, ref.name)) : void 0);
}
var ROUTE_KINDS = /* @__PURE__ */ new Set(["HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"]);
function exposureMarks(objects, services) {
  const out = [];
  const mark = (o, name, port) => {
    const svc = name === void 0 ? void 0 : services.get(key(o.resource.namespace, name));
    if (svc) out.push({ service: svc, evidence: `${o.kind} ${o.resource.name}${port !== void 0 ? ` port ${port}` : ""}` });
  };
  for (const o of objects) {
    const { ctx } = o;
    if (o.kind === "Ingress" && o.apiVersion.startsWith("networking.k8s.io/")) {
      const spec = get(ctx, o.node, "spec");
      const backends = [get(ctx, spec, "defaultBackend"), ...seqItems(ctx, get(ctx, spec, "rules")).flatMap((r) => seqItems(ctx, get(ctx, get(ctx, r, "http"), "paths")).map((p) => get(ctx, p, "backend")))];
      for (const b of backends) mark(o, str(ctx, get(ctx, get(ctx, b, "service"), "name")) ?? str(ctx, get(ctx, b, "serviceName")), void 0);
    } else if (ROUTE_KINDS.has(o.kind) && o.apiVersion.startsWith("gateway.networking.k8s.io/")) {
      const spec = get(ctx, o.node, "spec");
      for (const rule of seqItems(ctx, get(ctx, spec, "rules"))) {
        for (const ref of seqItems(ctx, get(ctx, rule, "backendRefs"))) {
          const kind = str(ctx, get(ctx, ref, "kind")) ?? "Service";
          if (kind === "Service") mark(o, str(ctx, get(ctx, ref, "name")), void 0);
        }
      }
    }
  }
  return out;
}
function exposures(services, marks, serversOf) {
  const reasons = /* @__PURE__ */ new Map();
  for (const svc of services.values()) {
    const type = str(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, "spec"), "type"));
    if (type === "LoadBalancer" || type === "NodePort") reasons.set(svc, `Service type ${type}`);
  }
  for (const m of marks) if (!reasons.has(m.service)) reasons.set(m.service, m.evidence);
  const out = [];
  for (const [service, evidence] of reasons) for (const server of serversOf(service)) out.push({ server, service, ports: targetPorts(service, server, void 0), evidence });
  return out;
}

// src/core/fix/network-policies/generate.ts
var METADATA_ENDPOINTS = { ipv4: "169.254.169.254/32", ipv6: "fd00:ec2::254/128" };
var NAMESPACE_LABEL = "kubernetes.io/metadata.name";
var DNS_RULE = {
  comment: "DNS queries to the cluster DNS (kube-dns)",
  rule: {
    to: [{ namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
    ports: [
      { port: 53, protocol: "UDP" },
      { port: 53, protocol: "TCP" }
    ]
  }
};
var INTERNET_RULE = {
  comment: "outside the cluster, except the cloud metadata endpoints (nothing in the manifests proves the workload needs no internet)",
  rule: {
    to: [{ ipBlock: { cidr: "0.0.0.0/0", except: [METADATA_ENDPOINTS.ipv4] } }, { ipBlock: { cidr: "::/0", except: [METADATA_ENDPOINTS.ipv6] } }]
  }
};
function portsValue(ports) {
  return dedupePorts(ports).map((p) => ({ port: p.port, protocol: p.protocol }));
}
function peer(other, ownNamespace) {
  const podSelector = { matchLabels: Object.fromEntries(other.selectorLabels) };
  const otherNamespace = other.namespace;
  if (otherNamespace === ownNamespace) return { podSelector };
  if (otherNamespace === void 0) return { namespaceSelector: {}, podSelector };
  return { namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: otherNamespace } }, podSelector };
}
function showPorts(ports) {
  return ports.map((p) => `${p.port}${p.protocol === "TCP" ? "" : `/${p.protocol}`}`).join(", ");
}
function canSelect(w) {
  return selectorLabels(w).size > 0 && !usesHostNetwork(w);
}
function planPolicies(toCover, objects, workloads, egressMode = "internet") {
  const context = networkContext(objects);
  const summaries = new Map(workloads.map((w) => [w, summarizeWorkload(w, context)]));
  const cover = toCover.map((w) => summaries.get(w) ?? summarizeWorkload(w, context));
  return planPoliciesOf(cover, context, [...summaries.values()], exposureMarks(objects, context.services), egressMode);
}
function policyHead(w, names) {
  if (!(w.selectorLabels.size > 0 && !w.hostNetwork)) return void 0;
  const policyTypes2 = ["Ingress", "Egress"].filter((d) => !w.isolated.has(d));
  if (policyTypes2.length === 0) return void 0;
  let name = `${w.name}-podarmor`;
  const ns = w.namespace ?? "";
  if (names.has(`${ns}/${name}`)) name = `${w.name}-${w.kind.toLowerCase()}-podarmor`;
  names.add(`${ns}/${name}`);
  return {
    workload: w,
    name,
    namespace: w.namespace,
    podSelector: Object.fromEntries(w.selectorLabels),
    policyTypes: policyTypes2,
    summary: `${w.kind} ${w.name}: ${policyTypes2.map((d) => d.toLowerCase()).join(" and ")} limited to what the manifests show.`
  };
}
function closingEgress(plan, egressMode) {
  if (!plan.policyTypes.includes("Egress")) return [];
  return egressMode === "internet" ? [DNS_RULE, INTERNET_RULE] : [DNS_RULE];
}
function planPoliciesOf(toCover, context, workloads, marks, egressMode = "internet") {
  const facts = networkFacts(context, workloads, marks);
  const plans = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  for (const w of toCover) {
    if (plans.has(w)) continue;
    const head = policyHead(w, names);
    if (head) plans.set(w, { ...head, ingress: [], egress: [] });
  }
  for (const e of facts.exposures) {
    const plan = plans.get(e.server);
    if (!plan?.policyTypes.includes("Ingress")) continue;
    plan.ingress.push({ comment: `anywhere \u2192 ${e.service.resource.name} on ${showPorts(e.ports)} (${e.evidence})`, rule: { ports: portsValue(e.ports) } });
  }
  for (const f of facts.flows) {
    const label = `${f.client.name} \u2192 ${f.target} (${f.evidence})`;
    const serverPlan = plans.get(f.server);
    if (serverPlan?.policyTypes.includes("Ingress")) {
      serverPlan.ingress.push(
        f.client.hostNetwork ? { comment: `${label}; the client uses the host network, so from anywhere`, rule: { ports: portsValue(f.ports) } } : { comment: label, rule: { from: [peer(f.client, f.server.namespace)], ports: portsValue(f.ports) } }
      );
    }
    const clientPlan = plans.get(f.client);
    if (clientPlan?.policyTypes.includes("Egress")) {
      clientPlan.egress.push({ comment: label, rule: { to: [peer(f.server, f.client.namespace)], ports: portsValue(f.ports) } });
    }
  }
  const out = [...plans.values()];
  for (const plan of out) plan.egress.push(...closingEgress(plan, egressMode));
  return out;
}

// src/core/templates/network-policy-checks.ts
function nameRange(o) {
  return nearestRange(o.ctx, o.node, ["metadata", "name"]);
}
var networkPolicyCoverage = {
  name: "network-policy-coverage",
  kind: "set",
  description: "Every workload in the scanned set is isolated, for ingress and for egress, by a NetworkPolicy of its namespace (policyTypes as the API server defaults them; a rule that allows everything isolates nothing).",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["message", "note"],
    properties: { message: { type: "string" }, note: { type: "string" } }
  },
  placeholders: { message: ["namespace", "kind", "name", "directions"] },
  check(ctx) {
    const index = indexNetwork(ctx.objects);
    for (const w of ctx.workloads) {
      if (usesHostNetwork(w)) continue;
      if (w.partial) continue;
      const isolated = isolatedDirections(w, index);
      const open = DIRECTIONS.filter((d) => !isolated.has(d));
      if (open.length === 0) continue;
      const directions = open.map((d) => d.toLowerCase()).join(" and ");
      ctx.report({
        object: w,
        range: nameRange(w),
        message: format(ctx.params.message, { namespace: w.resource.namespace ?? "(the namespace it is applied to)", kind: w.kind, name: w.resource.name, directions }),
        // Both directions open keeps the fingerprint findings had before coverage was per direction.
        detail: open.length === 2 ? "coverage" : `coverage-${open[0].toLowerCase()}`,
        // The generator writes a policy only for pods it can select by their labels.
        ...canSelect(w) ? { fix: { kind: "network-policy", class: "safe", ops: [], note: ctx.params.note } } : {}
      });
    }
  }
};
var GENERATED_EGRESS_NOTE = "adds a NetworkPolicy limiting its egress to the Services it references, DNS and the internet except the cloud metadata endpoints.";
var metadataEgress = {
  name: "metadata-egress",
  kind: "set",
  description: "Egress that NetworkPolicies leave open to the cloud metadata endpoint.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["endpoint", "unrestrictedMessage", "ruleMessage", "note"],
    properties: { endpoint: { type: "string" }, unrestrictedMessage: { type: "string" }, ruleMessage: { type: "string" }, note: { type: "string" } }
  },
  placeholders: { unrestrictedMessage: ["endpoint", "name"], ruleMessage: ["endpoint", "policy"] },
  check(ctx) {
    const { endpoint } = ctx.params;
    const reportedRules = /* @__PURE__ */ new Set();
    const index = indexNetwork(ctx.objects);
    for (const w of ctx.workloads) {
      if (usesHostNetwork(w) || w.partial) continue;
      const policies = policiesSelecting(w, index);
      if (policies.length === 0) continue;
      const egressPolicies = policies.filter((p) => policyTypes(p).has("Egress"));
      if (egressPolicies.length === 0) {
        ctx.report({
          object: w,
          range: nameRange(w),
          message: format(ctx.params.unrestrictedMessage, { endpoint, name: w.resource.name }),
          detail: "egress-unrestricted",
          // The generated policy for the uncovered egress direction also closes the endpoint.
          ...canSelect(w) ? { fix: { kind: "network-policy", class: "safe", ops: [], note: GENERATED_EGRESS_NOTE } } : {}
        });
        continue;
      }
      for (const p of egressPolicies) {
        const spec = get(p.ctx, p.node, "spec");
        const rules = seqItems(p.ctx, get(p.ctx, spec, "egress"));
        rules.forEach((rule, ruleIndex) => {
          if (!(0, import_yaml10.isMap)(rule) || !reachesPort80(p, rule)) return;
          const peers = seqItems(p.ctx, get(p.ctx, rule, "to"));
          if (peers.length === 0) {
            if (reportedRules.has(rule)) return;
            reportedRules.add(rule);
            ctx.report({ object: p, range: nodeRange(p.ctx, rule), message: format(ctx.params.ruleMessage, { endpoint, policy: p.resource.name }), detail: `egress[${ruleIndex}]` });
            return;
          }
          peers.forEach((peer2, peerIndex) => {
            const block = get(p.ctx, peer2, "ipBlock");
            const cidr = str(p.ctx, get(p.ctx, block, "cidr"));
            if (!cidr || !cidrContains(cidr, endpoint)) return;
            const except = seqItems(p.ctx, get(p.ctx, block, "except")).map((n) => str(p.ctx, n) ?? "");
            if (except.some((e) => cidrContains(e, endpoint))) return;
            if (reportedRules.has(peer2)) return;
            reportedRules.add(peer2);
            const cidrPair = getPair(p.ctx, block, "cidr");
            const exceptPath = [...p.path, "spec", "egress", ruleIndex, "to", peerIndex, "ipBlock", "except"];
            ctx.report({
              object: p,
              range: cidrPair ? nearestRange(p.ctx, block, ["cidr"]) : nodeRange(p.ctx, peer2),
              message: format(ctx.params.ruleMessage, { endpoint, policy: p.resource.name }),
              detail: `egress[${ruleIndex}].to[${peerIndex}]`,
              fix: { class: "suggestion", ops: [{ op: "append", path: exceptPath, value: `${endpoint}/32` }], note: ctx.params.note }
            });
          });
        });
      }
    }
  }
};
function reachesPort80(p, rule) {
  const ports = seqItems(p.ctx, get(p.ctx, rule, "ports"));
  if (ports.length === 0) return true;
  return ports.some((port) => {
    const protocol = str(p.ctx, get(p.ctx, port, "protocol")) ?? "TCP";
    if (protocol !== "TCP") return false;
    const n = scalar(p.ctx, get(p.ctx, port, "port"));
    if (n === void 0) return true;
    if (typeof n === "string") return n === "http";
    if (typeof n !== "number") return false;
    const end = scalar(p.ctx, get(p.ctx, port, "endPort"));
    return typeof end === "number" ? n <= 80 && 80 <= end : n === 80;
  });
}

// src/core/templates/fields.ts
var import_yaml11 = __toESM(require_dist(), 1);
function compileQuery(query) {
  const segments = query.field.split(".").map((part) => part.endsWith("[*]") ? { key: part.slice(0, -3), each: true } : { key: part, each: false });
  const label = segments.map((s) => s.each ? `${s.key}[*]` : s.key).join(".") + (query.key !== void 0 ? `.${query.key}` : "");
  return { ...query, segments, keys: segments.map((s) => s.key), hasEach: segments.some((s) => s.each), label };
}
function evaluateField(ctx, base, basePath, query) {
  if (!query.hasEach) {
    const hit = evaluatePlain(ctx, base, basePath, query);
    return hit ? [hit] : [];
  }
  const hits = [];
  walkEach(ctx, base, [...basePath], 0, -1, query, hits);
  return hits;
}
var UnsetHit = class {
  state = "unset";
  path;
  label;
  #ctx;
  #fieldPath;
  constructor(ctx, fieldPath2, query) {
    this.#ctx = ctx;
    this.#fieldPath = fieldPath2;
    this.path = query.key !== void 0 ? [...fieldPath2, query.key] : fieldPath2;
    this.label = query.label;
  }
  get range() {
    return nearestRange(this.#ctx, this.#ctx.doc.contents, this.#fieldPath);
  }
};
function unsetHit(ctx, fieldPath2, query) {
  return new UnsetHit(ctx, fieldPath2, query);
}
function evaluatePlain(ctx, base, basePath, query) {
  const keys = query.keys;
  let node = base;
  let pair;
  for (let i = 0; i < keys.length; i++) {
    pair = getPair(ctx, node, keys[i]);
    node = pair ? deref(ctx, pair.value) : void 0;
    if (node === void 0) return unsetHit(ctx, [...basePath, ...keys], query);
  }
  return leafHit(ctx, node, pair, [...basePath, ...keys], void 0, query);
}
function leafHit(ctx, child, pair, path2, itemPath, query) {
  let hit;
  if (query.key !== void 0) {
    if (!(0, import_yaml11.isMap)(child)) return void 0;
    const keyPair = getPair(ctx, child, query.key);
    const v = keyPair ? scalar(ctx, keyPair.value) : void 0;
    hit = { state: "value", value: v ?? "", path: [...path2, query.key], range: pairRange(keyPair ?? pair), label: query.label, struct: child };
  } else if (query.list) {
    const values = (0, import_yaml11.isSeq)(child) ? child.items.map((it) => scalar(ctx, it)).filter((v) => v !== void 0) : [];
    hit = { state: "value", value: values, path: path2, range: pairRange(pair), label: query.label };
  } else {
    const v = scalar(ctx, child);
    if (v === void 0) return void 0;
    hit = { state: "value", value: v, path: path2, range: pairRange(pair), label: query.label };
  }
  if (itemPath) hit.itemPath = itemPath;
  return hit;
}
function walkEach(ctx, node, stack, i, itemDepth, query, hits) {
  const seg = query.segments[i];
  const last = i === query.segments.length - 1;
  const pair = getPair(ctx, node, seg.key);
  const child = pair ? deref(ctx, pair.value) : void 0;
  stack.push(seg.key);
  if (seg.each) {
    if ((0, import_yaml11.isSeq)(child)) {
      child.items.forEach((rawItem, index) => {
        const item = deref(ctx, rawItem);
        stack.push(index);
        if (!last) walkEach(ctx, item, stack, i + 1, stack.length, query, hits);
        else {
          const v = scalar(ctx, item);
          if (v !== void 0) hits.push({ state: "value", value: v, path: [...stack], itemPath: [...stack], range: nodeRange(ctx, item), label: query.label });
        }
        stack.pop();
      });
    }
  } else {
    const itemPath = itemDepth >= 0 ? stack.slice(0, itemDepth) : void 0;
    if (child === void 0) {
      if (!itemPath) hits.push(unsetHit(ctx, [...stack, ...query.keys.slice(i + 1)], query));
      else if (last && query.missingLeaf !== void 0 && query.key === void 0) {
        hits.push({ state: "value", value: query.missingLeaf, path: [...stack], itemPath, range: nodeRange(ctx, node), label: query.label });
      }
    } else if (!last) {
      walkEach(ctx, child, stack, i + 1, itemDepth, query, hits);
    } else {
      const hit = leafHit(ctx, child, pair, [...stack], itemPath, query);
      if (hit) hits.push(hit);
    }
  }
  stack.pop();
}
function fieldMatches(ctx, base, field, cond) {
  let node = base;
  for (const key2 of field.split(".")) {
    node = get(ctx, node, key2);
    if (node === void 0) return false;
  }
  if (cond.equals !== void 0) return scalar(ctx, node) === cond.equals;
  if (cond.contains !== void 0) {
    const seq = deref(ctx, node);
    if (!(0, import_yaml11.isSeq)(seq)) return false;
    return seq.items.some((it) => {
      const v = scalar(ctx, it);
      return v !== void 0 && cond.contains.includes(v);
    });
  }
  return false;
}

// src/core/templates/security-field-schema.ts
var scalar2 = { type: ["string", "number", "boolean"] };
var scalars = (description) => ({ type: "array", items: scalar2, description });
var strings = (description) => ({ type: "array", items: { type: "string" }, description });
var fieldPath = { type: "string", pattern: "^[A-Za-z][\\w]*(\\[\\*\\])?(\\.[A-Za-z][\\w]*(\\[\\*\\])?)*$", patternHint: "a field path such as securityContext.capabilities.add[*]" };
var fixClass = (when) => ({ enum: ["safe", "suggestion"], description: `Fix class offered ${when}; no fix when absent.` });
var securityFieldSchema = {
  type: "object",
  additionalProperties: false,
  required: ["scope", "fields"],
  properties: {
    scope: {
      enum: ["containers", "pod", "pod-and-containers"],
      description: "Where the fields are read: each container, the pod spec, or both (containers inherit the pod value, as in Pod Security Admission)."
    },
    fields: { type: "array", minItems: 1, items: fieldPath, description: "Field paths relative to the scope, `[*]` for every list item (one finding per item)." },
    key: { type: "string", description: 'The field is a struct and this key inside it holds the value (a missing key reads as "").' },
    allowed: scalars("Values that pass; any other value is a finding."),
    allowedPrefixes: strings("String values starting with one of these pass too."),
    allowedRanges: {
      type: "array",
      items: { type: ["string", "integer"], pattern: "^[0-9]{1,5}(-[0-9]{1,5})?$" },
      description: 'Numbers inside one of these ranges (9100, "30000-32767") pass too (rule options set this).'
    },
    alsoAllowed: scalars("Values that pass whatever `allowed` and `forbidden` say: a site's exceptions (rule options set this)."),
    localhostProfiles: strings("With `key: type`: the value `Localhost` passes only when the struct's `localhostProfile` is one of these (rule options set this)."),
    forbidden: {
      oneOf: [
        { type: "array", items: scalar2 },
        { type: "object", additionalProperties: { type: "string" } }
      ],
      description: "Values that are findings; as a map, value -> the reason, shown as {reason}."
    },
    contains: { ...scalar2, description: "The field is a list of scalars that must include this value (with `required`, a missing list is a finding)." },
    required: { type: "boolean", description: "A missing field is a finding (at the pod, once for all inheriting containers, with `pod-and-containers`)." },
    missingLeaf: { ...scalar2, description: 'Value of a missing leaf inside an existing `[*]` item (Go\'s zero value, such as "" for a sysctl without a name).' },
    normalize: { enum: ["capability"], description: "`capability`: compare upper-cased without the CAP_ prefix." },
    wrongReportedBy: { type: "string", description: "Another rule reports wrong values (at its severity, at every profile): this check reports only missing fields." },
    exempt: { ...exemptionsSchema, description: "Pods Pod Security Admission exempts from a version on: `windows` (spec.os.name: windows), `userNamespaces` (hostUsers: false)." },
    applyWhen: {
      type: "object",
      additionalProperties: false,
      required: ["field", "in"],
      properties: { field: { type: "string" }, in: { type: "array", items: scalar2 } },
      description: 'Check only pods whose pod-level `field` holds one of `in` (a missing field reads as "").'
    },
    messages: {
      type: "object",
      additionalProperties: false,
      properties: { wrong: { type: "string" }, unset: { type: "string" }, unsetPod: { type: "string" } },
      description: "Finding messages: `wrong` for a bad value, `unset` for a missing field, `unsetPod` for a pod whose containers inherit nothing."
    },
    fix: {
      type: "object",
      additionalProperties: false,
      required: ["note"],
      description: "The fix offered with each finding.",
      properties: {
        value: { ...scalar2, description: "The value to set." },
        unset: fixClass("for a missing field"),
        wrong: fixClass("for a wrong value"),
        wrongAction: { enum: ["set", "remove", "remove-item", "append"], description: "What the fix does to a wrong value: set `value`, remove the field, remove the list item, append `contains` (default: set)." },
        note: { type: "string", description: "One line for the reviewer: what the change does and what it may break." },
        unsetNote: { type: "string", description: "The note for a missing field, when it differs." },
        companions: {
          type: "array",
          description: "Fields the fix must change too, so that the API server accepts the result (or the pod starts): where `field` equals `equals` on the container, or for a pod-level fix on the pod or any container, it is set to `value` or removed (`remove: true`).",
          items: {
            oneOf: [
              { type: "object", additionalProperties: false, required: ["field", "equals", "value"], properties: { field: { type: "string" }, equals: scalar2, value: scalar2 } },
              { type: "object", additionalProperties: false, required: ["field", "equals", "remove"], properties: { field: { type: "string" }, equals: scalar2, remove: { const: true } } }
            ]
          }
        },
        skipWhen: {
          type: "array",
          description: "No fix when one of these holds on the container (or pod): `field` equals a value or contains one of the values.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["field"],
            properties: { field: { type: "string" }, equals: scalar2, contains: { type: "array", items: scalar2 } }
          }
        }
      }
    }
  }
};

// src/core/templates/security-field-values.ts
function normalized(params, v) {
  if (params.normalize === "capability" && typeof v === "string") return v.toUpperCase().replace(/^CAP_/, "");
  return v;
}
function inRanges(ranges, v) {
  if (typeof v !== "number" || !ranges) return false;
  return ranges.some((r) => {
    const [low, high = low] = String(r).split("-").map(Number);
    return low <= v && v <= high;
  });
}
function violation(params, hit, ctx) {
  const value = hit.value;
  if (value === void 0) return void 0;
  if (Array.isArray(value)) {
    if (params.contains !== void 0 && !value.includes(params.contains)) return `must include ${showValue(params.contains)}`;
    return void 0;
  }
  const v = normalized(params, value);
  if (params.alsoAllowed?.some((a) => normalized(params, a) === v)) return void 0;
  if (params.forbidden) {
    if (Array.isArray(params.forbidden)) {
      if (params.forbidden.includes(v)) return "forbidden";
    } else if (typeof v === "string" && Object.hasOwn(params.forbidden, v)) {
      return params.forbidden[v];
    }
  }
  if (params.allowed || params.allowedPrefixes || params.allowedRanges) {
    const ok = (params.allowed ?? []).includes(v) || typeof v === "string" && (params.allowedPrefixes ?? []).some((p) => v.startsWith(p)) || inRanges(params.allowedRanges, v);
    if (!ok) return "not allowed";
  }
  if (params.localhostProfiles && v === "Localhost") {
    const profile = str(ctx, get(ctx, hit.struct, "localhostProfile")) ?? "";
    if (!params.localhostProfiles.includes(profile)) return `Localhost profile ${showValue(profile)} is not one of the allowed profiles`;
  }
  return void 0;
}
function shownValue(params, hit, ctx) {
  const v = hit.value;
  if (Array.isArray(v)) return `[${v.map(showValue).join(", ")}]`;
  if (params.localhostProfiles && v === "Localhost") return `${showValue(v)} (localhostProfile ${showValue(str(ctx, get(ctx, hit.struct, "localhostProfile")) ?? "")})`;
  return showValue(v);
}
function expectedText(params) {
  if (params.contains !== void 0) return `a list including ${showValue(params.contains)}`;
  const options = [
    ...(params.allowed ?? []).filter((v) => v !== "").map((v) => v === "Localhost" && params.localhostProfiles ? `"Localhost" with localhostProfile ${params.localhostProfiles.map(showValue).join(" or ")}` : showValue(v)),
    ...(params.allowedPrefixes ?? []).map((p) => `"${p}\u2026"`),
    ...(params.allowedRanges ?? []).map((r) => `port ${r}`),
    ...(params.alsoAllowed ?? []).map(showValue)
  ];
  return options.join(" or ");
}
function caseHint(params, value) {
  const expected = [...params.contains !== void 0 ? [params.contains] : [], ...params.allowed ?? []].filter((e) => typeof e === "string");
  const found = (Array.isArray(value) ? value : value === void 0 ? [] : [value]).filter((v) => typeof v === "string");
  for (const v of found) {
    const twin = expected.find((e) => e !== v && e.toLowerCase() === v.toLowerCase());
    if (twin) return ` (names are case-sensitive: write ${showValue(twin)}, not ${showValue(v)})`;
  }
  return "";
}

// src/core/templates/security-field.ts
var securityField = {
  name: "security-field",
  kind: "workload",
  description: "A field of the pod spec and/or of each container must hold allowed values (or must not hold forbidden ones); with `pod-and-containers`, containers inherit the pod-level value as upstream Pod Security Admission does.",
  paramsSchema: securityFieldSchema,
  placeholders: {
    "messages.wrong": ["subject", "field", "value", "reason", "expected", "hint"],
    "messages.unset": ["subject", "field", "expected"],
    "messages.unsetPod": ["containers", "field", "expected"]
  },
  check(ctx) {
    const { params, workload } = ctx;
    const compiled2 = compile(params);
    if (isExempt(ctx.workload, params.exempt, ctx.version)) return;
    if (compiled2.applyWhen) {
      const [hit] = evaluateField(workload.ctx, workload.podSpec, workload.podSpecPath, compiled2.applyWhen);
      const value = hit?.state === "value" && !Array.isArray(hit.value) ? hit.value : "";
      if (!params.applyWhen.in.includes(value ?? "")) return;
    }
    const required = params.required === true && !workload.partial;
    const onPod = params.scope !== "containers";
    const onContainers = params.scope !== "pod";
    for (const query of compiled2.queries) {
      const podHits = onPod ? evaluateField(workload.ctx, workload.podSpec, workload.podSpecPath, query) : [];
      const podGood = podHits.length > 0 && podHits.every((h) => h.state === "value" && !violation(params, h, workload.ctx));
      for (const hit of podHits) {
        if (hit.state === "value") reportWrong(ctx, hit, void 0);
        else if (required && params.scope === "pod") reportUnset(ctx, hit, void 0, []);
      }
      if (!onContainers) continue;
      let implicit;
      for (const container of workload.containers) {
        for (const hit of evaluateField(workload.ctx, container.node, container.path, query)) {
          if (hit.state === "value") reportWrong(ctx, hit, container);
          else if (required) {
            if (params.scope === "containers") reportUnset(ctx, hit, container, []);
            else if (!podGood) (implicit ??= []).push(container);
          }
        }
      }
      const podUnset = podHits.length === 1 && podHits[0].state === "unset";
      if (implicit && podUnset) reportUnset(ctx, podHits[0], void 0, implicit);
    }
  }
};
var compiledParams = /* @__PURE__ */ new WeakMap();
function compile(params) {
  let c = compiledParams.get(params);
  if (!c) {
    c = {
      queries: params.fields.map(
        (field) => compileQuery({
          field,
          ...params.key !== void 0 ? { key: params.key } : {},
          ...params.missingLeaf !== void 0 ? { missingLeaf: params.missingLeaf } : {},
          ...params.contains !== void 0 ? { list: true } : {}
        })
      ),
      ...params.applyWhen ? { applyWhen: compileQuery({ field: params.applyWhen.field }) } : {},
      expected: expectedText(params)
    };
    compiledParams.set(params, c);
  }
  return c;
}
function subjectOf(container) {
  if (!container) return "pod";
  const what = container.list === "initContainers" ? "init container" : container.list === "ephemeralContainers" ? "ephemeral container" : "container";
  return `${what} "${container.name}"`;
}
function reportWrong(ctx, hit, container) {
  const { params } = ctx;
  if (params.wrongReportedBy !== void 0) return;
  const reason = violation(params, hit, ctx.workload.ctx);
  if (reason === void 0) return;
  const value = shownValue(params, hit, ctx.workload.ctx);
  const message = format(params.messages?.wrong ?? "{subject} sets {field} to {value}; allowed: {expected}{hint}", {
    subject: subjectOf(container),
    field: hit.label,
    value,
    reason,
    expected: compile(params).expected,
    hint: caseHint(params, hit.value)
  });
  const fix = wrongFix(ctx, hit, container);
  ctx.report({
    range: hit.range,
    message,
    ...container ? { container: container.name } : {},
    detail: hit.itemPath ? `${hit.label}=${value}` : hit.label,
    ...fix ? { fix } : {}
  });
}
function reportUnset(ctx, hit, container, inheriting) {
  const { params } = ctx;
  const template = inheriting.length > 0 ? params.messages?.unsetPod ?? "neither the pod nor {containers} set {field} (expected {expected})" : params.messages?.unset ?? "{subject} does not set {field} (expected {expected})";
  const message = format(template, {
    subject: subjectOf(container),
    field: hit.label,
    expected: compile(params).expected,
    containers: inheriting.map(subjectOf).join(", ")
  });
  const fix = unsetFix(ctx, hit, container);
  ctx.report({ range: hit.range, message, ...container ? { container: container.name } : {}, detail: hit.label, ...fix ? { fix } : {} });
}
function unsetFix(ctx, hit, container) {
  const fix = ctx.params.fix;
  if (!fix?.unset || fix.value === void 0 && ctx.params.contains === void 0 || blocked(ctx, container)) return void 0;
  const op = ctx.params.contains !== void 0 ? { op: "append", path: hit.path, value: ctx.params.contains } : { op: "set", path: hit.path, value: fix.value };
  const companions = companionOps(ctx, container);
  return { class: fix.unset, ops: [op, ...companions.map((c) => c.op)], note: withCompanions(fix.unsetNote ?? fix.note, companions) };
}
function wrongFix(ctx, hit, container) {
  const fix = ctx.params.fix;
  if (!fix?.wrong || blocked(ctx, container)) return void 0;
  const action = fix.wrongAction ?? "set";
  let op;
  if (action === "remove-item") {
    if (!hit.itemPath) return void 0;
    op = { op: "remove", path: hit.itemPath };
  } else if (action === "remove") {
    op = { op: "remove", path: hit.path };
  } else if (action === "append") {
    const wanted = ctx.params.contains;
    if (wanted === void 0) return void 0;
    const miscased = Array.isArray(hit.value) ? hit.value.findIndex((v) => typeof v === "string" && typeof wanted === "string" && v.toLowerCase() === wanted.toLowerCase()) : -1;
    op = miscased >= 0 ? { op: "set", path: [...hit.path, miscased], value: wanted } : { op: "append", path: hit.path, value: wanted };
  } else {
    if (fix.value === void 0) return void 0;
    op = { op: "set", path: hit.path, value: fix.value };
  }
  const companions = companionOps(ctx, container);
  return { class: fix.wrong, ops: [op, ...profileNameOps(ctx, hit, op), ...companions.map((c) => c.op)], note: withCompanions(fix.note, companions) };
}
function profileNameOps(ctx, hit, op) {
  if (op.op !== "set" || ctx.params.key !== "type" || op.value === "Localhost") return [];
  const w = ctx.workload;
  return getPair(w.ctx, hit.struct, "localhostProfile") ? [{ op: "remove", path: [...hit.path.slice(0, -1), "localhostProfile"] }] : [];
}
function companionOps(ctx, container) {
  const companions = ctx.params.fix?.companions;
  if (!companions?.length) return [];
  const w = ctx.workload;
  const subjects2 = container ? [{ node: container.node, path: container.path }] : [{ node: w.podSpec, path: w.podSpecPath }, ...w.containers.map((c) => ({ node: c.node, path: c.path }))];
  return subjects2.flatMap(
    (subject) => companions.filter((c) => fieldMatches(w.ctx, subject.node, c.field, { equals: c.equals })).map((c) => {
      const path2 = [...subject.path, ...c.field.split(".")];
      return c.remove ? { op: { op: "remove", path: path2 }, says: `removes ${c.field}: ${String(c.equals)}` } : { op: { op: "set", path: path2, value: c.value }, says: `sets ${c.field} to ${String(c.value)}` };
    })
  );
}
function withCompanions(note, companions) {
  const says = [...new Set(companions.map((c) => c.says))];
  return says.length === 0 ? note : `${note} It also ${says.join(" and ")}.`;
}
function blocked(ctx, container) {
  const conditions = ctx.params.fix?.skipWhen;
  if (!conditions?.length) return false;
  const w = ctx.workload;
  const subjects2 = container ? [container.node] : [w.podSpec, ...w.containers.map((c) => c.node)];
  return conditions.some((cond) => subjects2.some((s) => fieldMatches(w.ctx, s, cond.field, cond)));
}

// src/core/templates/service-account-token.ts
var FIELD = "automountServiceAccountToken";
var serviceAccountToken = {
  name: "service-account-token",
  kind: "set",
  description: "Pods running as one of the named service accounts must not get its API token mounted: the pod sets `automountServiceAccountToken: false`, or leaves it unset and the ServiceAccount object in the same namespace of the scanned files sets it to false.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["serviceAccounts", "unsetMessage", "wrongMessage", "note"],
    properties: {
      serviceAccounts: { type: "array", minItems: 1, items: { type: "string" }, description: "Service account names whose pods are checked." },
      unsetMessage: { type: "string", description: "Message when neither the pod nor its ServiceAccount opts out. Placeholders: {serviceAccount}." },
      wrongMessage: { type: "string", description: "Message when the pod sets the field to true. Placeholders: {serviceAccount}, {field}, {value}." },
      note: { type: "string", description: "What the suggested `automountServiceAccountToken: false` changes." }
    }
  },
  placeholders: { unsetMessage: ["serviceAccount"], wrongMessage: ["serviceAccount", "field", "value"] },
  check(ctx) {
    const { params } = ctx;
    const accounts = serviceAccountSettings(ctx.objects);
    for (const w of ctx.workloads) {
      const serviceAccount = serviceAccountOf(w);
      if (!params.serviceAccounts.includes(serviceAccount)) continue;
      const pair = getPair(w.ctx, w.podSpec, FIELD);
      const podValue = pair ? scalar(w.ctx, pair.value) : void 0;
      if (podValue === false) continue;
      const fix = { class: "suggestion", ops: [{ op: "set", path: [...w.podSpecPath, FIELD], value: false }], note: params.note };
      if (pair && podValue !== void 0) {
        ctx.report({ object: w, range: pairRange(pair), message: format(params.wrongMessage, { serviceAccount, field: FIELD, value: String(podValue) }), detail: FIELD, fix });
        continue;
      }
      if (w.partial || accounts.get(accountKey(w, serviceAccount)) === false) continue;
      ctx.report({ object: w, range: nearestRange(w.ctx, w.ctx.doc.contents, [...w.podSpecPath, FIELD]), message: format(params.unsetMessage, { serviceAccount }), detail: FIELD, fix });
    }
  }
};
function accountKey(w, name) {
  return `${w.resource.namespace ?? ""}/${name}`;
}
var settings = /* @__PURE__ */ new WeakMap();
function serviceAccountSettings(objects) {
  return cachedIndex(settings, objects, (all) => addSettings(/* @__PURE__ */ new Map(), all), (base, extra) => addSettings(new Map(base), extra));
}
function addSettings(out, objects) {
  for (const o of objects) {
    if (o.kind !== "ServiceAccount" || o.apiVersion !== "v1") continue;
    out.set(accountKey(o, o.resource.name), scalar(o.ctx, get(o.ctx, o.node, FIELD)));
  }
  return out;
}

// src/core/templates/suppression-syntax.ts
var suppressionSyntax = {
  name: "suppression-syntax",
  kind: "set",
  description: "Reports suppression annotations and comments that are not honoured.",
  paramsSchema: { type: "object", additionalProperties: false, properties: {} },
  placeholders: {},
  check(ctx) {
    for (const bad of ctx.suppressions.invalid) {
      ctx.report({ ...bad.object ? { object: bad.object } : { file: bad.file }, range: bad.range, message: bad.message, detail: bad.message });
    }
  }
};

// src/core/templates/volume-types.ts
var import_yaml12 = __toESM(require_dist(), 1);
var volumeTypes = {
  name: "volume-types",
  kind: "workload",
  description: "Pod volumes may only use allowed sources.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      forbidden: { type: "array", items: { type: "string" }, description: "Volume sources (keys of a volume, such as hostPath) that are findings." },
      allowed: { type: "array", items: { type: "string" }, description: "Volume sources that pass; any other source is a finding." },
      skip: { type: "array", items: { type: "string" }, description: "Sources left to another rule, which reports them at every profile." },
      suggestEmptyDirFor: { type: "array", items: { type: "string" }, description: "Sources for which a suggestion replaces the source with `emptyDir: {}`." },
      allowedHostPaths: {
        type: "array",
        items: { type: "string", pattern: "^/", patternHint: "an absolute path" },
        description: "hostPath prefixes (path-wise: /var/log covers /var/log/pods, not /var/logs) that pass when every container mounts the volume with readOnly: true (rule options set this)."
      },
      message: { type: "string", description: "Finding message." },
      note: { type: "string", description: "Note of the emptyDir suggestion." }
    }
  },
  placeholders: { message: ["volume", "source"] },
  check(ctx) {
    const { params, workload: w } = ctx;
    const volumes = seqItems(w.ctx, get(w.ctx, w.podSpec, "volumes"));
    volumes.forEach((volume, index) => {
      if (!(0, import_yaml12.isMap)(volume)) return;
      const name = str(w.ctx, get(w.ctx, volume, "name")) ?? `volumes[${index}]`;
      const sources = mapKeys(w.ctx, volume).filter((k) => k !== "name");
      for (const source of sources) {
        if (params.skip?.includes(source)) continue;
        if (source === "hostPath" && allowedReadOnlyHostPath(w, volume, name, params.allowedHostPaths)) continue;
        const bad = params.forbidden ? params.forbidden.includes(source) : params.allowed ? !params.allowed.includes(source) : false;
        if (!bad) continue;
        const pair = getPair(w.ctx, volume, source);
        const volumePath = [...w.podSpecPath, "volumes", index];
        const fix = params.suggestEmptyDirFor?.includes(source) ? {
          class: "suggestion",
          ops: [
            { op: "remove", path: [...volumePath, source] },
            { op: "set", path: [...volumePath, "emptyDir"], value: {} }
          ],
          note: params.note ?? "replaces the volume with an empty scratch directory: the pod no longer sees data from the source"
        } : void 0;
        ctx.report({
          range: pair ? pairRange(pair) : nodeRange(w.ctx, volume),
          message: format(params.message ?? 'volume "{volume}" uses the {source} source', { volume: name, source }),
          detail: `${name}:${source}`,
          ...fix ? { fix } : {}
        });
      }
    });
  }
};
function allowedReadOnlyHostPath(w, volume, name, prefixes) {
  if (!prefixes?.length) return false;
  const path2 = str(w.ctx, get(w.ctx, get(w.ctx, volume, "hostPath"), "path"));
  if (!path2) return false;
  const under = (prefix) => {
    const p = prefix.replace(/\/+$/, "");
    return path2 === p || path2.startsWith(`${p}/`) || p === "";
  };
  if (!prefixes.some(under)) return false;
  return w.containers.every(
    (c) => seqItems(w.ctx, get(w.ctx, c.node, "volumeMounts")).filter((m) => str(w.ctx, get(w.ctx, m, "name")) === name).every((m) => scalar(w.ctx, get(w.ctx, m, "readOnly")) === true)
  );
}

// src/core/templates/index.ts
var TEMPLATES = Object.fromEntries(
  [securityField, annotationValues, volumeTypes, apparmorRequired, deprecatedAnnotation, envLiteralSecrets, networkPolicyCoverage, metadataEgress, suppressionSyntax, serviceAccountToken, configMapCredentials, secretLiteralData].map((t) => [t.name, t])
);

// src/core/templates/instantiate.ts
var RuleLoadError = class extends Error {
};
function instantiate(name, params, where) {
  const template = TEMPLATES[name];
  if (!template) throw new RuleLoadError(`${where}: unknown template "${name}" (known: ${Object.keys(TEMPLATES).join(", ")})`);
  const problems = [...schemaProblems(template.paramsSchema, params, "params"), ...placeholderProblems(template, params)];
  if (problems.length) throw new RuleLoadError(`${where}: ${problems.join("; ")}`);
  return { template, params };
}
function placeholderProblems(template, params) {
  const out = [];
  for (const [path2, provided] of Object.entries(template.placeholders)) {
    const message = valueAt(params, path2);
    if (typeof message !== "string") continue;
    for (const [, name] of message.matchAll(/\{(\w+)\}/g)) {
      if (!provided.includes(name)) out.push(`params.${path2}: placeholder {${name}} is not provided by template ${template.name} (it provides: ${provided.map((p) => `{${p}}`).join(", ") || "none"})`);
    }
  }
  return out;
}
function valueAt(value, path2) {
  let v = value;
  for (const key2 of path2.split(".")) v = typeof v === "object" && v !== null ? v[key2] : void 0;
  return v;
}

// src/core/rules/options.ts
var RULES = catalog_generated_default;
function readRuleOptions(raw, rules = RULES) {
  const problems = [];
  const bad = (key2, message) => problems.push({ key: key2, message: `${key2}: ${message}` });
  const options = {};
  if (raw === void 0 || raw === null) return { options, problems };
  if (!isPlainObject(raw)) {
    bad("rules", "must be a map of rule ids to their options");
    return { options, problems };
  }
  const configurable = rules.filter((r) => r.options && Object.keys(r.options).length > 0);
  for (const [ruleId, values] of Object.entries(raw)) {
    const rule = rules.find((r) => r.id === ruleId);
    const known = () => `rules with options: ${configurable.map((r) => r.id).join(", ")}`;
    if (!rule) {
      bad(`rules.${ruleId}`, `unknown rule (${known()})`);
      continue;
    }
    if (!rule.options || Object.keys(rule.options).length === 0) {
      bad(`rules.${ruleId}`, `this rule has no options (${known()})`);
      continue;
    }
    if (!isPlainObject(values)) {
      bad(`rules.${ruleId}`, `must be a map of options (${Object.keys(rule.options).join(", ")})`);
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      const key2 = `rules.${ruleId}.${name}`;
      const option = rule.options[name];
      if (!option) {
        bad(key2, `unknown option (options of ${ruleId}: ${Object.keys(rule.options).join(", ")})`);
        continue;
      }
      const found = schemaProblems(option.schema, value, key2);
      if (found.length) for (const f of found) problems.push({ key: key2, message: f });
      else (options[ruleId] ??= {})[name] = value;
    }
  }
  return { options, problems };
}
function paramsWithOptions(rule, entry, options) {
  const set = options?.[rule.id];
  if (!set || !entry.options) return entry.params;
  const params = { ...entry.params };
  for (const [param, option] of Object.entries(entry.options)) if (set[option] !== void 0) params[param] = set[option];
  return params;
}

// src/core/rules/registry.ts
var RULES2 = catalog_generated_default;
var RULE_IDS = new Set(RULES2.map((r) => r.id));
function inProfile(rule, profile) {
  if (rule.pss) return rule.pss.level === "baseline" || profile !== "baseline";
  return rule.profile === "all" || profile === "hardened";
}
function appliesToVersion(range2, version) {
  return !range2 || versionAtLeast(version, range2.since) && versionAtMost(version, range2.until);
}
for (const rule of RULES2) rule.checks.forEach((c, i) => instantiate(c.template, c.params, `rules/${rule.id}.yaml: checks[${i}]`));
function selectRules(profile, kubernetesVersion2, only, ruleOptions2) {
  const version = parseVersion(kubernetesVersion2);
  if (version === void 0) throw new UsageError(`invalid Kubernetes version "${kubernetesVersion2}" (expected MAJOR.MINOR, such as 1.34)`);
  if (only) {
    const unknown = only.filter((id) => !RULE_IDS.has(id));
    if (unknown.length) throw new UsageError(`unknown rule${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
  }
  if (ruleOptions2) {
    const { problems } = readRuleOptions(ruleOptions2);
    if (problems.length) throw new UsageError(`invalid rule options: ${problems.map((p) => p.message).join("; ")}`);
  }
  const candidates = RULES2.filter((r) => inProfile(r, profile) && appliesToVersion(r.versions, version));
  const replacedBy = new Map(candidates.flatMap((r) => r.pss?.replaces && profile !== "baseline" ? [[r.pss.replaces, r.pss]] : []));
  const active = [];
  for (const rule of candidates) {
    if (only && !only.includes(rule.id)) continue;
    const checks = rule.checks.filter((c) => appliesToVersion(c, version)).map((c, i) => c.options && ruleOptions2?.[rule.id] ? { ...c, params: instantiate(c.template, paramsWithOptions(rule, c, ruleOptions2), `rules/${rule.id}.yaml: checks[${i}] with options`).params } : c);
    if (checks.length === 0) continue;
    const replacement = rule.pss && replacedBy.get(rule.pss.control);
    const pss = replacement ? { level: replacement.level, control: replacement.control } : rule.pss && { level: rule.pss.level, control: rule.pss.control };
    active.push({ rule, checks, ...pss ? { pss } : {} });
  }
  return active;
}

// src/core/yaml/parse.ts
var import_yaml17 = __toESM(require_dist(), 1);

// src/core/yaml/documents.ts
var import_yaml13 = __toESM(require_dist(), 1);
var LINE_RE2 = /^(?:(---|\.\.\.)(?=[ \t\r\n]|$)(.*)|(%)|(kind|apiVersion):(?=[ \t\r\n]|$)[ \t]*(.*)|[<?"'{[&*!|>@`%])/gm;
var PLAIN_VALUE = /^([A-Za-z0-9][\w./-]*)[ \t]*(?:#.*)?\r?$/;
function splitDocuments(text) {
  const spans = [];
  let current = { start: 0, end: text.length, kinds: 0, apiVersions: 0, unclear: false };
  const close = (end) => {
    current.end = end;
    const { kinds, apiVersions, unclear, ...span } = current;
    if (unclear || kinds !== 1 || apiVersions !== 1) {
      delete span.kind;
      delete span.apiVersion;
    }
    spans.push(span);
  };
  LINE_RE2.lastIndex = 0;
  for (let m = LINE_RE2.exec(text); m; m = LINE_RE2.exec(text)) {
    if (m[1] === "..." || m[3] === "%") return void 0;
    if (m[1] === "---") {
      if (m.index > 0) {
        close(m.index);
        current = { start: m.index, end: text.length, kinds: 0, apiVersions: 0, unclear: false };
      }
      if (/[^ \t\r]/.test(m[2]) && !/^[ \t]+#/.test(m[2])) current.unclear = true;
      continue;
    }
    if (m[4]) {
      const value = PLAIN_VALUE.exec(m[5]);
      if (!value) current.unclear = true;
      else if (m[4] === "kind") {
        current.kinds++;
        current.kind = value[1];
      } else {
        current.apiVersions++;
        current.apiVersion = value[1];
      }
      continue;
    }
    current.unclear = true;
  }
  close(text.length);
  return spans;
}
function parseSpan(text, span, options) {
  const parser = new import_yaml13.Parser();
  parser.offset = span.start;
  const composer = new import_yaml13.Composer(options);
  return Array.from(composer.compose(parser.parse(text.slice(span.start, span.end))));
}
var UNREAD_KINDS = {
  CustomResourceDefinition: "apiextensions.k8s.io",
  ClusterRole: "rbac.authorization.k8s.io",
  ClusterRoleBinding: "rbac.authorization.k8s.io",
  Role: "rbac.authorization.k8s.io",
  RoleBinding: "rbac.authorization.k8s.io",
  MutatingWebhookConfiguration: "admissionregistration.k8s.io",
  ValidatingWebhookConfiguration: "admissionregistration.k8s.io",
  ValidatingAdmissionPolicy: "admissionregistration.k8s.io",
  ValidatingAdmissionPolicyBinding: "admissionregistration.k8s.io",
  APIService: "apiregistration.k8s.io",
  PriorityClass: "scheduling.k8s.io",
  StorageClass: "storage.k8s.io",
  CSIDriver: "storage.k8s.io",
  IngressClass: "networking.k8s.io",
  Ingress: "networking.k8s.io",
  PodDisruptionBudget: "policy",
  HorizontalPodAutoscaler: "autoscaling"
};
function isUnreadKind(kind, apiVersion) {
  if (kind === void 0 || apiVersion === void 0 || !Object.hasOwn(UNREAD_KINDS, kind)) return false;
  const slash = apiVersion.indexOf("/");
  return slash > 0 && apiVersion.slice(0, slash) === UNREAD_KINDS[kind];
}
function indexedDocuments(text) {
  const spans = splitDocuments(text);
  if (!spans) return void 0;
  const first = spans[0];
  const preambleOnly = first.start === 0 && !/^---(?=[ \t\r\n]|$)/.test(text) && !/^[ \t]*[^\s#]/m.test(text.slice(first.start, first.end));
  const documents = preambleOnly ? spans.slice(1) : spans;
  return documents.map((span, index) => ({ ...span, index }));
}

// src/core/yaml/fast-compose.ts
var import_yaml15 = __toESM(require_dist(), 1);

// src/core/yaml/direct-scalars.ts
var import_yaml14 = __toESM(require_dist(), 1);

// src/core/yaml/scalar-tags.ts
var MAY_RESOLVE = new Uint8Array(128);
for (const c of "0123456789+-.~<nNyYtTfFoOeE") MAY_RESOLVE[c.charCodeAt(0)] = 1;
function mayResolve(value) {
  const first = value.charCodeAt(0);
  return value.length === 0 || first < 128 && MAY_RESOLVE[first] === 1;
}
function guarded(pattern) {
  return {
    test: (value) => mayResolve(value) && pattern.test(value)
  };
}
function guardedScalarTags(tags) {
  return tags.map((tag) => {
    const t = tag;
    if (typeof tag !== "object" || !t.default || !(t.test instanceof RegExp) || t.tag === "tag:yaml.org,2002:merge") return tag;
    return { ...t, test: guarded(t.test) };
  });
}

// src/core/yaml/direct-scalars.ts
var UNSUPPORTED = new Error("not in the subset the direct composer handles");
var SPACE = 32;
var NEWLINE = 10;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var COMMA = 44;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var BACKSLASH = 92;
var INDICATOR = new Uint8Array(128);
for (const c of "-?:,[]{}#&*!|>'\"%@`") INDICATOR[c.charCodeAt(0)] = 1;
var FLOW_INDICATOR = new Uint8Array(128);
for (const c of ",[]{}") FLOW_INDICATOR[c.charCodeAt(0)] = 1;
var ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	", r: "\r", "0": "\0", b: "\b", f: "\f", e: "\x1B", a: "\x07", v: "\v", " ": " " };
var TAGS = /* @__PURE__ */ new WeakMap();
function tagsOf(schema) {
  let tags = TAGS.get(schema);
  if (!tags) {
    const s = schema;
    tags = { patterns: s.tags.filter((t) => t.default === true && t.test), string: s[/* @__PURE__ */ Symbol.for("yaml.scalar")] };
    TAGS.set(schema, tags);
  }
  return tags;
}
var ScalarComposer = class {
  text;
  end;
  options;
  schema;
  #tags;
  /** The tag `yaml` gives every quoted or block scalar and every plain one no pattern matches. */
  stringTag;
  /** The end of the current line. */
  eol = 0;
  /** After a flow node: the offset past it and the spaces after it. */
  after = 0;
  /** Whether the plain scalar line just read ends in a comment. */
  commentAt = false;
  #keySets = /* @__PURE__ */ new WeakMap();
  constructor(text, end, options) {
    this.text = text;
    this.end = end;
    this.options = options;
    this.schema = options.schema;
    const tags = tagsOf(options.schema);
    this.#tags = tags.patterns;
    this.stringTag = tags.string;
  }
  lineEnd(from) {
    const eol = this.text.indexOf("\n", from);
    return eol === -1 || eol > this.end ? this.end : eol;
  }
  skipSpaces(from, limit) {
    let i = from;
    while (i < limit && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
  /** Where the plain scalar text on a line ends (before trailing spaces and a comment), from `p`;
   * `commentAt` says whether a comment follows. `: ` in it is an error or a key: give up. */
  plainLineEnd(p, eol) {
    const text = this.text;
    let stop = eol;
    this.commentAt = false;
    for (let i = p; i < eol; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === eol || text.charCodeAt(i + 1) === SPACE)) throw UNSUPPORTED;
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) {
        stop = i;
        this.commentAt = true;
        break;
      }
    }
    while (text.charCodeAt(stop - 1) === SPACE) stop--;
    return stop;
  }
  plainStart(p, c, flow) {
    if (c >= 128 || INDICATOR[c] !== 1) return true;
    if (c !== DASH) return false;
    const next = this.text.charCodeAt(p + 1);
    return p + 1 < this.eol && next !== SPACE && !(flow && next < 128 && FLOW_INDICATOR[next] === 1);
  }
  /** The offset after the closing quote of the quoted scalar at `p`; it must close on its line. */
  quoteEnd(p, eol) {
    const text = this.text;
    if (text.charCodeAt(p) === SINGLE_QUOTE) {
      for (let i = p + 1; i < eol; i++) {
        if (text.charCodeAt(i) !== SINGLE_QUOTE) continue;
        if (text.charCodeAt(i + 1) === SINGLE_QUOTE && i + 1 < eol) i++;
        else return i + 1;
      }
      throw UNSUPPORTED;
    }
    for (let i = p + 1; i < eol; i++) {
      const ch = text.charCodeAt(i);
      if (ch === BACKSLASH) i++;
      else if (ch === DOUBLE_QUOTE) return i + 1;
    }
    throw UNSUPPORTED;
  }
  quotedScalar(p, end, range2) {
    const text = this.text;
    const raw = text.slice(p + 1, end - 1);
    let value;
    if (text.charCodeAt(p) === SINGLE_QUOTE) value = raw.includes("''") ? raw.replaceAll("''", "'") : raw;
    else if (!raw.includes("\\")) value = raw;
    else {
      value = raw.replace(/\\(.)/g, (_, e) => {
        const escaped = ESCAPES[e];
        if (escaped === void 0) throw UNSUPPORTED;
        return escaped;
      });
    }
    return this.scalar(this.stringTag, value, text.charCodeAt(p) === SINGLE_QUOTE ? import_yaml14.Scalar.QUOTE_SINGLE : import_yaml14.Scalar.QUOTE_DOUBLE, range2);
  }
  plainScalar(source, range2) {
    let tag = this.stringTag;
    if (mayResolve(source)) {
      for (const t of this.#tags) {
        if (t.test.test(source)) {
          tag = t;
          break;
        }
      }
    }
    return this.scalar(tag, source, import_yaml14.Scalar.PLAIN, range2);
  }
  scalar(tag, source, type, range2) {
    const resolved = tag.resolve(source, () => {
      throw UNSUPPORTED;
    }, this.options);
    const scalar3 = (0, import_yaml14.isScalar)(resolved) ? resolved : new import_yaml14.Scalar(resolved);
    scalar3.range = range2;
    scalar3.source = source;
    scalar3.type = type;
    if (tag.format) scalar3.format = tag.format;
    return scalar3;
  }
  /** Adds a pair, giving up on a duplicate key (`yaml` reports it, and the scan says so). A big map
   * keeps its keys in a set, so that a map of many keys costs no more than its size. */
  addPair(map, key2, value) {
    const items = map.items;
    if (items.length < 8) {
      for (const pair of items) if (pair.key.value === key2.value) throw UNSUPPORTED;
    } else {
      let keys = this.#keySets.get(map);
      if (!keys) this.#keySets.set(map, keys = new Set(items.map((pair) => pair.key.value)));
      if (keys.has(key2.value)) throw UNSUPPORTED;
      keys.add(key2.value);
    }
    items.push(new import_yaml14.Pair(key2, value));
  }
  /** A `[…]` or `{…}` at `p` that closes on its line; `after` is then the offset past it and the spaces after it. */
  flowCollection(p) {
    const text = this.text;
    const isMap19 = text.charCodeAt(p) === 123;
    const close = isMap19 ? 125 : 93;
    const coll = isMap19 ? new import_yaml14.YAMLMap(this.schema) : new import_yaml14.YAMLSeq(this.schema);
    coll.flow = true;
    let i = this.skipSpaces(p + 1, this.eol);
    if (text.charCodeAt(i) !== close) {
      for (; ; ) {
        const item = this.flowNode(i);
        if (isMap19) {
          if (!(0, import_yaml14.isScalar)(item) || text.charCodeAt(item.range[1]) !== COLON) throw UNSUPPORTED;
          if (text.charCodeAt(item.range[1] + 1) !== SPACE && item.type !== import_yaml14.Scalar.QUOTE_DOUBLE && item.type !== import_yaml14.Scalar.QUOTE_SINGLE) throw UNSUPPORTED;
          const value = this.flowNode(this.skipSpaces(item.range[1] + 1, this.eol));
          this.addPair(coll, item, value);
        } else {
          if (text.charCodeAt(this.after) === COLON) throw UNSUPPORTED;
          coll.items.push(item);
        }
        const c = text.charCodeAt(this.after);
        if (c === close) {
          i = this.after;
          break;
        }
        if (c !== COMMA || this.after >= this.eol) throw UNSUPPORTED;
        i = this.skipSpaces(this.after + 1, this.eol);
        if (text.charCodeAt(i) === close) throw UNSUPPORTED;
      }
    }
    if (i >= this.eol) throw UNSUPPORTED;
    this.after = this.skipSpaces(i + 1, this.eol);
    coll.range = [p, i + 1, this.after];
    return coll;
  }
  /** A node inside a flow collection, with `after` set past it and its trailing spaces. */
  flowNode(p) {
    const text = this.text;
    const eol = this.eol;
    if (p >= eol) throw UNSUPPORTED;
    const c = text.charCodeAt(p);
    if (c === 91 || c === 123) return this.flowCollection(p);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const end = this.quoteEnd(p, eol);
      this.after = this.skipSpaces(end, eol);
      return this.quotedScalar(p, end, [p, end, this.after]);
    }
    if (!this.plainStart(p, c, true)) throw UNSUPPORTED;
    let stop = eol;
    for (let i = p + 1; i < eol; i++) {
      const ch = text.charCodeAt(i);
      if (ch < 128 && FLOW_INDICATOR[ch] === 1) {
        stop = i;
        break;
      }
      if (ch === COLON) {
        const next = i + 1 < eol ? text.charCodeAt(i + 1) : SPACE;
        if (next === SPACE || next < 128 && FLOW_INDICATOR[next] === 1) {
          stop = i;
          break;
        }
      }
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) throw UNSUPPORTED;
    }
    if (stop === eol) throw UNSUPPORTED;
    let valueEnd = stop;
    while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    if (text.charCodeAt(stop) === COLON && valueEnd !== stop) throw UNSUPPORTED;
    this.after = stop;
    return this.plainScalar(text.slice(p, valueEnd), [p, valueEnd, stop]);
  }
};
function foldBlockScalar(text, lines2, contentIndent, first, last, folded) {
  let value = "";
  let sep4 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < lines2.length; i++) {
    const [indent, start, stop] = lines2[i];
    if ((i < first || i > last) && indent > contentIndent) throw UNSUPPORTED;
    if (i < first) {
      value += "\n";
      continue;
    }
    if (i > last) continue;
    const content = text.slice(start, stop);
    const extra = indent > contentIndent ? " ".repeat(indent - contentIndent) : "";
    if (!folded) {
      value += sep4 + extra + content;
      sep4 = "\n";
    } else if (indent > contentIndent) {
      if (sep4 === " ") sep4 = "\n";
      else if (!prevMoreIndented && sep4 === "\n") sep4 = "\n\n";
      value += sep4 + extra + content;
      sep4 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep4 === "\n") value += "\n";
      else sep4 = "\n";
    } else {
      value += sep4 + content;
      sep4 = " ";
      prevMoreIndented = false;
    }
  }
  return value;
}

// src/core/yaml/fast-compose.ts
function composeSimpleDocument(text, start, end, options) {
  try {
    return composeOrThrow(text, start, end, options);
  } catch {
    return void 0;
  }
}
function composeOrThrow(text, start, end, options) {
  if (/[\t\r\uFEFF]/.test(text.slice(start, end))) return void 0;
  try {
    return new DirectComposer(text, end, options).document(start);
  } catch (err) {
    if (err === UNSUPPORTED) return void 0;
    throw err;
  }
}
var DirectComposer = class extends ScalarComposer {
  // The current content line: where it starts, its first non-space character, its indentation.
  #lineStart = 0;
  #pos = 0;
  #indent = 0;
  #eof = false;
  /** The comment lines just passed, as pairs: indentation, and the offset after the line. */
  #comments = [];
  document(start) {
    const text = this.text;
    let from = start;
    const marker = text.startsWith("---", start) && (start + 3 === this.end || text.charCodeAt(start + 3) === SPACE || text.charCodeAt(start + 3) === NEWLINE);
    if (marker) {
      const eol = this.lineEnd(start);
      const rest = this.skipSpaces(start + 3, eol);
      if (rest !== eol && !(text.charCodeAt(rest) === HASH && rest > start + 3)) throw UNSUPPORTED;
      from = eol + 1;
    }
    this.#nextContentLine(from);
    if (this.#eof || this.#commentDeeperThan(this.#indent)) throw UNSUPPORTED;
    const offset = marker ? start : this.#lineStart;
    const contents = this.#blockNode(-1);
    if (!this.#eof || (0, import_yaml15.isScalar)(contents)) throw UNSUPPORTED;
    const contentsEnd = contents.range[2];
    if (contentsEnd !== this.end && text.charCodeAt(contentsEnd - 1) !== NEWLINE) throw UNSUPPORTED;
    const doc = new import_yaml15.Document(void 0, this.options);
    if (marker) doc.directives.docStart = true;
    doc.contents = contents;
    doc.range = [offset, contentsEnd, this.end];
    return doc;
  }
  /** Moves to the next line with content, past blank and comment lines, and keeps those comments
   * (#comments) for the value and the collections before them. */
  #nextContentLine(from) {
    const text = this.text;
    const comments = this.#comments;
    comments.length = 0;
    let p = from;
    for (; p < this.end; ) {
      const q = this.skipSpaces(p, this.end);
      const eol = this.lineEnd(q);
      if (q !== eol && text.charCodeAt(q) !== HASH) break;
      if (q !== eol) comments.push(q - p, eol < this.end ? eol + 1 : eol);
      p = eol + 1;
    }
    this.#eof = p >= this.end;
    if (this.#eof) {
      this.#indent = -1;
      this.#pos = this.end;
    } else {
      this.#lineStart = p;
      this.#pos = this.skipSpaces(p, this.end);
      this.#indent = this.#pos - p;
      this.eol = this.lineEnd(this.#pos);
    }
  }
  /** Whether a comment line just passed is deeper than `indent`. */
  #commentDeeperThan(indent) {
    for (let i = 0; i < this.#comments.length; i += 2) if (this.#comments[i] > indent) return true;
    return false;
  }
  /** Where `yaml` ends a collection at `indent` that ends before the current line: the comment
   * lines before that line stay with the deepest collection they are not shallower than (then
   * its range runs to the next line's content); a collection at column 0 passes them on. */
  #endCollection(indent, end) {
    const comments = this.#comments;
    if (indent === 0 || comments.length === 0) return end;
    for (let i = 0; i < comments.length; i += 2) {
      if (comments[i] >= indent) {
        comments.length = 0;
        return this.#pos;
      }
    }
    return end;
  }
  #isDash(p) {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.eol || this.text.charCodeAt(p + 1) === SPACE);
  }
  /** The node that starts on the current line: a block collection, or a value on its own line. */
  #blockNode(parentIndent) {
    if (this.#isDash(this.#pos)) return this.#blockSeq(this.#indent);
    if (this.#keyEnd(this.#pos) !== -1) return this.#blockMap(this.#indent, this.#pos);
    return this.#inlineValue(this.#pos, parentIndent);
  }
  #blockSeq(indent) {
    const seq = new import_yaml15.YAMLSeq(this.schema);
    const start = this.#pos;
    let end = start;
    for (; ; ) {
      const content = this.skipSpaces(this.#pos + 1, this.eol);
      let item;
      if (content === this.eol || this.text.charCodeAt(content) === HASH) item = this.#valueOnLinesBelow(content, indent, false);
      else if (this.#isDash(content)) throw UNSUPPORTED;
      else if (this.#keyEnd(content) !== -1) item = this.#blockMap(content - this.#lineStart, content);
      else item = this.#inlineValue(content, indent);
      seq.items.push(item);
      end = item.range[2];
      if (this.#eof || this.#indent < indent) break;
      if (this.#indent > indent) throw UNSUPPORTED;
      if (!this.#isDash(this.#pos)) break;
      this.#comments.length = 0;
    }
    seq.range = [start, end, this.#endCollection(indent, end)];
    return seq;
  }
  #blockMap(indent, first) {
    const map = new import_yaml15.YAMLMap(this.schema);
    let p = first;
    let end = first;
    for (; ; ) {
      const keyEnd = this.#keyEnd(p);
      if (keyEnd === -1) throw UNSUPPORTED;
      const key2 = this.#keyScalar(p, keyEnd);
      const value = this.#valueAfterIndicator(keyEnd + 1, indent, true);
      this.addPair(map, key2, value);
      end = value.range[2];
      if (this.#eof || this.#indent < indent) break;
      if (this.#indent > indent || this.#isDash(this.#pos)) throw UNSUPPORTED;
      this.#comments.length = 0;
      p = this.#pos;
    }
    map.range = [first, end, this.#endCollection(indent, end)];
    return map;
  }
  /** Where the `:` of an implicit key starting at `p` on the current line is, or -1 if none. */
  #keyEnd(p) {
    const text = this.text;
    const c = text.charCodeAt(p);
    let after;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) after = this.quoteEnd(p, this.eol);
    else if (c < 128 && INDICATOR[c] === 1) return -1;
    else {
      for (let i = p; i < this.eol; i++) {
        const ch = text.charCodeAt(i);
        if (ch === COLON && (i + 1 === this.eol || text.charCodeAt(i + 1) === SPACE)) {
          if (text.charCodeAt(i - 1) === SPACE || i - p > 1e3) throw UNSUPPORTED;
          return i;
        }
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      }
      return -1;
    }
    return text.charCodeAt(after) === COLON && (after + 1 === this.eol || text.charCodeAt(after + 1) === SPACE) ? after : -1;
  }
  #keyScalar(p, keyEnd) {
    const c = this.text.charCodeAt(p);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.quotedScalar(p, keyEnd, [p, keyEnd, keyEnd]);
    const source = this.text.slice(p, keyEnd);
    if (source === "<<") throw UNSUPPORTED;
    return this.plainScalar(source, [p, keyEnd, keyEnd]);
  }
  /** The value after a `:` or `-` indicator that ends at `q`. */
  #valueAfterIndicator(q, parentIndent, mapValue) {
    const content = this.skipSpaces(q, this.eol);
    if (content === this.eol || this.text.charCodeAt(content) === HASH) return this.#valueOnLinesBelow(content, parentIndent, mapValue);
    return this.#inlineValue(content, parentIndent);
  }
  /** The value of an indicator with nothing after it on its line: a block collection on the lines
   * below, or an empty (null) scalar placed after the indicator and its spaces. */
  #valueOnLinesBelow(emptyAt, parentIndent, mapValue) {
    this.#nextContentLine(this.eol + 1);
    if (this.#commentDeeperThan(Math.max(this.#indent, 0))) throw UNSUPPORTED;
    if (!this.#eof && this.#indent > parentIndent) return this.#blockNode(parentIndent);
    if (mapValue && !this.#eof && this.#indent === parentIndent && this.#isDash(this.#pos)) return this.#blockSeq(parentIndent);
    if (!mapValue || this.text.charCodeAt(emptyAt) === HASH || this.#comments.length > 0) throw UNSUPPORTED;
    if (!this.#eof && this.#lineStart !== this.lineEnd(emptyAt) + 1) throw UNSUPPORTED;
    return this.plainScalar("", [emptyAt, emptyAt, emptyAt]);
  }
  /** A scalar or flow collection that starts at `p` and ends its line (but for a comment); a plain
   * scalar may go on over deeper lines. */
  #inlineValue(p, parentIndent) {
    const text = this.text;
    let eol = this.eol;
    const c = text.charCodeAt(p);
    let valueEnd;
    let node;
    if (c === 124 || c === 62) return this.#blockScalar(p, parentIndent);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      valueEnd = this.quoteEnd(p, eol);
      node = this.quotedScalar(p, valueEnd, [p, valueEnd, valueEnd]);
    } else if (c === 91 || c === 123) {
      node = this.flowCollection(p);
      valueEnd = node.range[1];
    } else {
      if (!this.plainStart(p, c, false)) throw UNSUPPORTED;
      valueEnd = this.plainLineEnd(p + 1, eol);
      let source = text.slice(p, valueEnd);
      while (!this.commentAt) {
        let next = eol + 1;
        let blankLines = 0;
        let q = next;
        for (; next < this.end; next = this.lineEnd(q) + 1, blankLines++) {
          q = this.skipSpaces(next, this.end);
          if (q !== this.lineEnd(q)) break;
        }
        if (next >= this.end || q - next <= parentIndent || text.charCodeAt(q) === HASH) break;
        const first = text.charCodeAt(q);
        if (first < 128 && INDICATOR[first] === 1) throw UNSUPPORTED;
        eol = this.lineEnd(q);
        valueEnd = this.plainLineEnd(q, eol);
        source += (blankLines === 0 ? " " : "\n".repeat(blankLines)) + text.slice(q, valueEnd);
      }
      node = this.plainScalar(source, [p, valueEnd, valueEnd]);
    }
    const rest = this.skipSpaces(valueEnd, eol);
    if (rest !== eol && !(text.charCodeAt(rest) === HASH && rest > valueEnd)) throw UNSUPPORTED;
    const range2 = node.range;
    range2[2] = eol < this.end ? eol + 1 : eol;
    this.#nextContentLine(eol + 1);
    if (!this.#eof && this.#indent > parentIndent) throw UNSUPPORTED;
    const comments = this.#comments;
    let own = 0;
    while (own < comments.length && comments[own] > parentIndent) {
      range2[2] = comments[own + 1];
      own += 2;
    }
    comments.splice(0, own);
    return node;
  }
  /** A `|` or `>` block scalar (clipped or stripped, its indentation read from its first line). Its
   * value is made as `yaml` makes it; its range ends after its last non-empty line. */
  #blockScalar(p, parentIndent) {
    const text = this.text;
    const folded = text.charCodeAt(p) === 62;
    let h = p + 1;
    const strip = text.charCodeAt(h) === DASH;
    if (strip) h++;
    const rest = this.skipSpaces(h, this.eol);
    if (rest !== this.eol && !(text.charCodeAt(rest) === HASH && rest > h)) throw UNSUPPORTED;
    const lines2 = [];
    let contentIndent = -1;
    let first = -1;
    let last = -1;
    let end = -1;
    for (let lineStart = this.eol + 1; lineStart < this.end; ) {
      const q = this.skipSpaces(lineStart, this.end);
      const eol = this.lineEnd(q);
      const indent = q - lineStart;
      if (q !== eol) {
        if (contentIndent === -1) {
          if (indent <= parentIndent) break;
          contentIndent = indent;
          first = lines2.length;
        }
        if (indent < contentIndent) {
          if (indent > parentIndent) throw UNSUPPORTED;
          break;
        }
        last = lines2.length;
        end = eol < this.end ? eol + 1 : eol;
      }
      lines2.push([indent, q, eol]);
      lineStart = eol + 1;
    }
    if (last === -1) throw UNSUPPORTED;
    const value = foldBlockScalar(text, lines2, contentIndent, first, last, folded) + (strip ? "" : "\n");
    const scalar3 = this.scalar(this.stringTag, value, folded ? import_yaml15.Scalar.BLOCK_FOLDED : import_yaml15.Scalar.BLOCK_LITERAL, [p, end, end]);
    this.#nextContentLine(end);
    return scalar3;
  }
};

// src/core/yaml/template-syntax.ts
var import_yaml16 = __toESM(require_dist(), 1);
var HELM_ACTION = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|include\b|template\b|if\b|else\b|end\b|range\b|with\b|define\b|toYaml\b|tpl\b|default\b|required\b|printf\b|quote\b|nindent\b|indent\b|-?\s*\/\*)/g;
function dataRanges(text) {
  const ranges = [];
  let offset = 0;
  let scalarNext = false;
  for (const token of new import_yaml16.Lexer().lex(text)) {
    const type = import_yaml16.CST.tokenType(token);
    if (scalarNext || type === "single-quoted-scalar" || type === "double-quoted-scalar" || type === "comment") ranges.push([offset, offset + token.length]);
    scalarNext = type === "scalar";
    if (token !== import_yaml16.CST.DOCUMENT && token !== import_yaml16.CST.SCALAR && token !== import_yaml16.CST.FLOW_END) offset += token.length;
  }
  return ranges;
}
function templateSyntaxPosition(text) {
  const matches2 = [...text.matchAll(HELM_ACTION)];
  if (matches2.length === 0) return void 0;
  const ranges = dataRanges(text);
  const structural = matches2.find((m) => !ranges.some(([start, end]) => m.index >= start && m.index < end));
  return structural ? lineAndColumn(text, structural.index) : void 0;
}

// src/core/yaml/parse.ts
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
var YAML_OPTIONS = { version: "1.1", merge: true, prettyErrors: false, customTags: guardedScalarTags };
var DIRECT_OPTIONS = { ...YAML_OPTIONS, schema: new import_yaml17.Document(void 0, YAML_OPTIONS).schema };
function positionAt(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function manifestInput(path2, bytes) {
  const decoded = decodeManifest(bytes);
  if ("error" in decoded) return { skipped: { file: path2, reason: decoded.error, line: decoded.line, column: decoded.column, error: true } };
  return { file: { path: path2, text: decoded.text } };
}
function decodeManifest(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { error: "file is UTF-16 encoded; Kubernetes manifests must be UTF-8", line: 1, column: 1 };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    const hex = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
    return { error: `byte 0x${hex} at offset ${offset} is not valid UTF-8; manifests must be UTF-8`, line, column };
  }
}
function firstInvalidUtf8Offset(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need2 = 0;
    if (c < 128) need2 = 0;
    else if (c >= 194 && c <= 223) need2 = 1;
    else if (c >= 224 && c <= 239) need2 = 2;
    else if (c >= 240 && c <= 244) need2 = 3;
    else return i;
    for (let k = 1; k <= need2; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
    }
    if (need2 === 2) {
      const c1 = b[i + 1];
      if (c === 224 && c1 < 160 || c === 237 && c1 > 159) return i;
    }
    if (need2 === 3) {
      const c1 = b[i + 1];
      if (c === 240 && c1 < 144 || c === 244 && c1 > 143) return i;
    }
    i += need2 + 1;
  }
  return b.length;
}
var looksLikeHelmTemplate = templateSyntaxPosition;
function tooLargeReason(bytes, maxBytes) {
  const mib = (n) => (n / 1048576).toFixed(n % 1048576 === 0 ? 0 : 1);
  return `file is ${mib(bytes)} MiB, larger than the ${mib(maxBytes)} MiB limit (raise it with --max-file-size)`;
}
function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
var SUPPRESSION_ANNOTATION = "ignore.podarmor.dev/";
function addLineStarts(lineCounter, text) {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
}
var SpanDocument = class {
  index;
  start;
  end;
  unread;
  kind;
  apiVersion;
  #file;
  #doc;
  #broken = false;
  #recorded = false;
  /** Kept for good: it came from a parse of the whole file, not of its own span. */
  #pinned;
  constructor(file, index, span, unread, doc, pinned = false) {
    this.#file = file;
    this.#pinned = pinned;
    this.index = index;
    this.start = span.start;
    this.end = span.end;
    if (span.kind !== void 0) this.kind = span.kind;
    if (span.apiVersion !== void 0) this.apiVersion = span.apiVersion;
    this.unread = unread;
    if (doc) this.#record(doc);
  }
  get doc() {
    if (!this.#doc) {
      const text = this.#file.text;
      this.#record(composeSimpleDocument(text, this.start, this.end, DIRECT_OPTIONS) ?? parseSpan(text, this, YAML_OPTIONS)[0]);
    }
    return this.#doc;
  }
  get broken() {
    void this.doc;
    return this.#broken;
  }
  release() {
    if (!this.#pinned) this.#doc = void 0;
  }
  #record(doc) {
    this.#doc = doc;
    if (this.#recorded) return;
    this.#recorded = true;
    this.#broken = recordErrors(this.#file, doc, this.index);
  }
};
function recordErrors(file, doc, index) {
  let broken = false;
  for (const err of doc.errors) {
    const pos = positionAt(file.lineCounter, err.pos[0]);
    const message = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    if (err.code === "DUPLICATE_KEY") {
      file.problems.push({
        file: file.path,
        ...pos,
        message: `duplicate key: ${message}; Kubernetes rejects the manifest or keeps the last value, and podarmor scans the last value`
      });
    } else if (!broken) {
      broken = true;
      file.skipped.push({ file: file.path, reason: `invalid YAML in document ${index + 1}: ${message}`, ...pos, error: true });
    }
  }
  return broken;
}
function parseManifest(path2, rawText, options = {}) {
  const bomLength = rawText.charCodeAt(0) === 65279 ? 1 : 0;
  const text = bomLength ? rawText.slice(1) : rawText;
  const lineCounter = new import_yaml17.LineCounter();
  const result = { path: path2, text, bomLength, lineCounter, documents: [], skipped: [], problems: [] };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (text.length > maxBytes / 4 && utf8Length(text) > maxBytes) {
    result.skipped.push({ file: path2, reason: tooLargeReason(utf8Length(text), maxBytes), error: true });
    return result;
  }
  const helm = looksLikeHelmTemplate(text);
  if (helm) {
    result.skipped.push({
      file: path2,
      reason: "Helm template ({{ \u2026 }}): render it first (helm template \u2026) and scan the output",
      line: helm.line,
      column: helm.column,
      error: false
    });
    return result;
  }
  const spans = indexedDocuments(text);
  if (!spans) {
    const docs = (0, import_yaml17.parseAllDocuments)(text, { ...YAML_OPTIONS, lineCounter });
    (Array.isArray(docs) ? docs : []).forEach((doc, index) => {
      result.documents.push(new SpanDocument(result, index, { start: doc.range[0], end: doc.range[2] }, false, doc, true));
    });
    return result;
  }
  addLineStarts(lineCounter, text);
  const mayBeUnread = !text.includes(SUPPRESSION_ANNOTATION);
  for (const span of spans) {
    const d = new SpanDocument(result, span.index, span, mayBeUnread && isUnreadKind(span.kind, span.apiVersion));
    if (!options.lazy && !d.unread) void d.doc;
    result.documents.push(d);
  }
  return result;
}

// src/core/evaluate.ts
var Evaluator = class {
  #active;
  #version;
  #seen = /* @__PURE__ */ new Set();
  problems = [];
  constructor(options) {
    this.#version = parseVersion(options.kubernetesVersion);
    this.#active = selectRules(options.profile, options.kubernetesVersion, options.only, options.ruleOptions);
  }
  /** Runs the rules on a unit; `emit` receives each finding that is neither suppressed nor seen. */
  run(unit, emit) {
    const version = this.#version;
    const setObjects = setRuleObjects(unit);
    const unitSeen = /* @__PURE__ */ new Set();
    for (const { rule, checks, pss } of this.#active) {
      for (const entry of checks) {
        const template = TEMPLATES[entry.template];
        if (!template) throw new Error(`rule ${rule.id} names unknown template ${entry.template}`);
        if (template.kind === "workload") {
          for (const workload of unit.workloads) {
            const report = (r) => this.#accept(unit, rule, pss, r, workload, emit, unitSeen);
            this.#guarded(rule.id, workload.file.path, () => template.check({ rule, params: entry.params, version, workload, report }));
          }
        } else {
          const report = (r) => this.#accept(unit, rule, pss, r, void 0, emit, this.#seen);
          this.#guarded(
            rule.id,
            "",
            () => template.check({ rule, params: entry.params, version, objects: setObjects, own: unit.objects, workloads: unit.workloads, suppressions: unit.suppressions, report })
          );
        }
      }
    }
  }
  #accept(unit, rule, pss, r, owner, emit, seen) {
    const object = r.object ?? owner;
    const finding = toFinding(rule, pss, r, object);
    if (!finding) return;
    if (isSuppressed(finding, object, unit.suppressions) || unit.contextSuppressions && isSuppressed(finding, object, unit.contextSuppressions)) return;
    const key2 = `${finding.fingerprint}:${finding.range.start}`;
    const remembered = r.object && r.object !== owner ? this.#seen : seen;
    if (remembered.has(key2)) return;
    remembered.add(key2);
    emit(finding);
  }
  #guarded(ruleId, file, fn) {
    try {
      fn();
    } catch (err) {
      this.problems.push({ file, line: 1, column: 1, message: `rule ${ruleId} failed: ${err.message}` });
    }
  }
};
var CONTEXT_KINDS = /* @__PURE__ */ new Set(["NetworkPolicy", "Service", "ServiceAccount", "ConfigMap", "Secret", "Namespace"]);
var contextMembers = /* @__PURE__ */ new WeakMap();
function setRuleObjects(unit) {
  const { context, objects } = unit;
  if (context.length === 0 && !unit.moreContext?.length) return objects;
  let members = contextMembers.get(context);
  if (!members) contextMembers.set(context, members = new Set(context));
  return layered(context, [...unit.moreContext ?? [], ...objects.filter((o) => CONTEXT_KINDS.has(o.kind) && !members.has(o))]);
}
function toFinding(rule, pss, r, object) {
  const ruleId = rule.id;
  const file = object?.file ?? r.file;
  if (!file) return void 0;
  const start = positionAt(file.lineCounter, r.range.start);
  const end = r.range.end <= r.range.start ? start : positionAt(file.lineCounter, r.range.end);
  const resource = object?.resource ?? { kind: "", name: "" };
  const documentIndex = object?.documentIndex ?? documentAt(file, r.range.start);
  const settled = r.fix ? settleFix(rule, r.fix, object, r.container, file, documentIndex) : void 0;
  return {
    rule: ruleId,
    severity: rule.severity,
    message: r.message,
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    resource,
    container: r.container,
    pss,
    fixable: settled?.fixable ?? false,
    suggestion: settled?.suggestion ?? false,
    range: r.range,
    documentIndex,
    fingerprint: fingerprint([ruleId, file.path, resource.kind, resource.namespace ?? "", resource.name, r.container ?? "", r.detail ?? ""]),
    fix: settled?.fix,
    source: void 0
  };
}
function isSuppressed(f, object, s) {
  if (f.rule === "invalid-suppression") return false;
  if (object && s.byObject.get(object.node)?.has(f.rule)) return true;
  return s.byLine.get(f.file)?.get(f.line)?.has(f.rule) ?? false;
}
function documentAt(file, offset) {
  for (const d of file.documents) if (offset >= d.start && offset <= d.end) return d.index;
  return 0;
}
function compareFindings(a, b) {
  return byCodeUnits(a.file, b.file) || compareInFile(a, b);
}
function compareInFile(a, b) {
  return a.range.start - b.range.start || byCodeUnits(a.rule, b.rule) || byCodeUnits(a.message, b.message);
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function fingerprint(parts) {
  const text = parts.join("\0");
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

// src/core/suppress.ts
var ANNOTATION_PREFIX = "ignore.podarmor.dev/";
var COMMENT_MARKER = "podarmor:ignore";
var COMMENT_RE = /(^|\s)#\s*podarmor:ignore\b(.*)$/;
function collectSuppressions(files, objects, knownRules) {
  const result = { byObject: /* @__PURE__ */ new Map(), byLine: /* @__PURE__ */ new Map(), invalid: [] };
  for (const o of objects) {
    const annotations = stringMap(o.ctx, get(o.ctx, get(o.ctx, o.node, "metadata"), "annotations"));
    for (const [key2, { value, pair }] of annotations) {
      if (!key2.startsWith(ANNOTATION_PREFIX)) continue;
      const rule = key2.slice(ANNOTATION_PREFIX.length);
      const problem = !knownRules.has(rule) ? `suppression names unknown rule "${rule}"` : value.trim() === "" ? `suppression of "${rule}" gives no reason: write why as the annotation's value` : void 0;
      if (problem) {
        result.invalid.push({ file: o.file, object: o, range: pairRange(pair), message: problem });
        continue;
      }
      const set = result.byObject.get(o.node) ?? /* @__PURE__ */ new Set();
      set.add(rule);
      result.byObject.set(o.node, set);
    }
  }
  for (const file of files) {
    if (!file.text.includes(COMMENT_MARKER)) continue;
    const lines2 = file.text.split("\n");
    let offset = 0;
    const pending = [];
    lines2.forEach((raw, i) => {
      const lineNo = i + 1;
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      const lineOffset = offset;
      offset += raw.length + 1;
      const m = COMMENT_RE.exec(line);
      const content = m ? line.slice(0, m.index + m[1].length).trim() : line.trim();
      if (m) {
        const [ruleText, reason] = splitReason(m[2]);
        const rules = ruleText.split(/[\s,]+/).filter(Boolean);
        const start = lineOffset + m.index + m[1].length;
        const range2 = { start, end: lineOffset + line.length };
        const unknown = rules.filter((r) => !knownRules.has(r));
        const problem = rules.length === 0 ? "suppression comment names no rule" : unknown.length > 0 ? `suppression names unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `"${r}"`).join(", ")}` : reason.trim() === "" ? `suppression of ${rules.map((r) => `"${r}"`).join(", ")} gives no reason: add "-- <reason>"` : void 0;
        if (problem) result.invalid.push({ file, range: range2, message: problem });
        else if (content !== "") addLine(result, file.path, lineNo, rules);
        else pending.push({ rules, from: lineNo });
      }
      if (content !== "" && !content.startsWith("#")) {
        for (const p of pending.splice(0)) addLine(result, file.path, lineNo, p.rules);
      }
    });
  }
  return result;
}
function splitReason(text) {
  const idx = text.search(/(^|\s)--(\s|$)/);
  if (idx < 0) return [text, ""];
  const dash = text.indexOf("--", idx);
  return [text.slice(0, dash), text.slice(dash + 2)];
}
function addLine(s, path2, line, rules) {
  const byLine = s.byLine.get(path2) ?? /* @__PURE__ */ new Map();
  const set = byLine.get(line) ?? /* @__PURE__ */ new Set();
  for (const r of rules) set.add(r);
  byLine.set(line, set);
  s.byLine.set(path2, byLine);
}

// src/core/scan.ts
function scan(files, options) {
  const parsed = files.map((f) => safeParse(f, options, false));
  return scanParsed(parsed, options);
}
function safeParse(f, options, lazy) {
  try {
    return parseManifest(f.path, f.text, { ...options.maxFileBytes !== void 0 ? { maxFileBytes: options.maxFileBytes } : {}, lazy });
  } catch (err) {
    const failed = parseManifest(f.path, "");
    failed.skipped.push({ file: f.path, reason: `could not be parsed: ${err.message}`, error: true });
    return failed;
  }
}
function scanParsed(parsed, options) {
  const skipped = parsed.flatMap((p) => p.skipped);
  const objects = parsed.flatMap((file) => file.documents.flatMap((d) => safeObjects(file, d, skipped)));
  const workloads = objects.map(asWorkload).filter((w) => w !== void 0);
  const suppressions = collectSuppressions(parsed, objects, RULE_IDS);
  const evaluator = new Evaluator(options);
  const findings = [];
  evaluator.run({ objects, workloads, context: [], suppressions }, (f) => findings.push(f));
  findings.sort(compareFindings);
  return { findings, skipped, problems: [...parsed.flatMap((p) => p.problems), ...evaluator.problems], parsed, objects, workloads };
}
var BATCH_DOCUMENTS = 16;
function scanFindings(files, options) {
  const ordered = [...files].sort((a, b) => byCodeUnits(a.path, b.path));
  const parsed = ordered.map((f) => safeParse(f, options, true));
  const pass = new BatchedPass(parsed);
  const evaluator = new Evaluator(options);
  const byFile = new Map(parsed.map((f) => [f.path, []]));
  const emit = (f) => (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)).push(f);
  for (const file of parsed) {
    for (const { first, docs } of batches(file, BATCH_DOCUMENTS)) {
      evaluator.run(pass.unit(file, docs, first), emit);
      pass.release(docs);
    }
    const unwritable = file.problems.length > 0;
    for (const f of byFile.get(file.path) ?? []) {
      if (unwritable && f.fix && f.fix.kind !== "network-policy") {
        f.fixable = false;
        f.suggestion = false;
      }
      f.fix = void 0;
    }
  }
  const findings = [...byFile.values()].flatMap((list2) => list2.sort(compareInFile));
  const skipped = [...parsed.flatMap((p) => p.skipped.sort(byPosition)), ...pass.bombs];
  const problems = [...parsed.flatMap((p) => p.problems.sort(byPosition)), ...evaluator.problems];
  return { findings, skipped, problems };
}
function* batches(file, size) {
  for (let first = 0; first === 0 || first < file.documents.length; first += size) yield { first, docs: file.documents.slice(first, first + size) };
}
var BatchedPass = class {
  /** Documents skipped as alias bombs. */
  bombs = [];
  context = [];
  /** Annotation suppressions of the context objects (their invalid ones are reported with the
   * batch that holds the object). */
  contextSuppressions;
  #objectsOf = /* @__PURE__ */ new Map();
  #comments = /* @__PURE__ */ new Map();
  #byLine = /* @__PURE__ */ new Map();
  #kept;
  #onParse;
  constructor(parsed, onParse = () => {
  }) {
    this.#onParse = onParse;
    for (const file of parsed) {
      const comments = collectSuppressions([file], [], RULE_IDS);
      this.#comments.set(file, comments);
      for (const [path2, lines2] of comments.byLine) this.#byLine.set(path2, lines2);
      for (const d of file.documents) {
        if (d.unread || d.kind !== void 0 && !CONTEXT_KINDS.has(d.kind) && !d.kind.endsWith("List")) continue;
        onParse();
        const objects = safeObjects(file, d, this.bombs);
        this.#objectsOf.set(d, objects);
        for (const o of objects) if (CONTEXT_KINDS.has(o.kind)) this.context.push(o);
      }
    }
    this.contextSuppressions = collectSuppressions([], this.context, RULE_IDS);
    this.contextSuppressions.invalid = [];
    this.#kept = new Set(this.context.map((o) => o.file.documents[o.documentIndex]));
  }
  /** The unit of one batch (`first` is its first document's index): its objects, workloads and
   * suppressions, the context beside them. */
  unit(file, docs, first) {
    const objects = docs.flatMap((d) => this.#objectsOf.get(d) ?? (d.unread ? [] : (this.#onParse(), safeObjects(file, d, this.bombs))));
    const workloads = objects.map(asWorkload).filter((w) => w !== void 0);
    const own = collectSuppressions([], objects, RULE_IDS);
    const comments = first === 0 ? this.#comments.get(file).invalid : [];
    const suppressions = { byObject: own.byObject, byLine: this.#byLine, invalid: [...comments, ...own.invalid] };
    return { objects, workloads, context: this.context, suppressions, contextSuppressions: this.contextSuppressions };
  }
  /** Whether `d` is kept for the whole pass (it holds context objects). */
  isKept(d) {
    return this.#kept.has(d);
  }
  /** Lets the trees of a batch go; the context's stay. */
  release(docs) {
    for (const d of docs) {
      this.#objectsOf.delete(d);
      if (!this.#kept.has(d)) d.release();
    }
  }
};
function byPosition(a, b) {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
var ALIAS_RE = /(^|[\s,[{:-])\*[^\s,[\]{}]/;
function safeObjects(file, d, skipped) {
  const objects = findDocumentObjects(file, d);
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (aliasesAreSafe(o)) continue;
    const pos = positionAt(file.lineCounter, o.node.range?.[0] ?? 0);
    skipped.push({ file: file.path, reason: `document ${o.documentIndex + 1} expands aliases excessively (a YAML alias bomb); not scanned`, ...pos, error: true });
    return objects.slice(0, i);
  }
  return objects;
}
function aliasesAreSafe(o) {
  const r = o.node.range;
  if (!r) return true;
  const text = o.file.text.slice(r[0], r[2]);
  if (!ALIAS_RE.test(text)) return true;
  try {
    o.ctx.doc.toJS({ maxAliasCount: 1e3 });
    return true;
  } catch {
    return false;
  }
}

// src/core/fix/expected.ts
function applyOpsToValue(value, ops) {
  const root = structuredClone(value);
  const removals = ops.filter((o) => o.op === "remove" && typeof o.path[o.path.length - 1] === "number");
  const others = ops.filter((o) => !removals.includes(o));
  for (const op of others) apply(root, op);
  removals.sort((a, b) => b.path[b.path.length - 1] - a.path[a.path.length - 1]);
  for (const op of removals) apply(root, op);
  return root;
}
function apply(root, op) {
  const parent = walk(root, op.path.slice(0, -1), op.op !== "remove");
  const last = op.path[op.path.length - 1];
  if (parent === void 0) return;
  const container = parent;
  if (op.op === "remove") {
    if (Array.isArray(container) && typeof last === "number") container.splice(last, 1);
    else {
      delete container[last];
      for (let depth = op.path.length - 1; depth >= 1; depth--) {
        const emptied = walk(root, op.path.slice(0, depth), false);
        const parent2 = walk(root, op.path.slice(0, depth - 1), false);
        if (!emptied || Array.isArray(emptied) || Object.keys(emptied).length > 0 || !parent2 || Array.isArray(parent2)) break;
        delete parent2[op.path[depth - 1]];
      }
    }
  } else if (op.op === "set") {
    const current = container[last];
    container[last] = mergeValue(current, structuredClone(op.value));
  } else {
    const list2 = container[last];
    if (Array.isArray(list2)) {
      if (!list2.some((v) => JSON.stringify(v) === JSON.stringify(op.value))) list2.push(structuredClone(op.value));
    } else container[last] = [structuredClone(op.value)];
  }
}
function mergeValue(current, value) {
  if (isPlainObject(current) && isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) current[k] = mergeValue(current[k], v);
    return current;
  }
  return value;
}
function walk(root, path2, create) {
  let node = root;
  for (const step of path2) {
    let next = node[step];
    if (next === void 0 || next === null) {
      if (!create) return void 0;
      next = {};
      node[step] = next;
    }
    node = next;
  }
  return node;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

// src/core/fix/network-policies/emit.ts
function emitPolicy(plan, style) {
  const pad = (n) => " ".repeat(n);
  const lines2 = [`# ${plan.summary}`, "apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy"];
  lines2.push(...renderBlockPair("metadata", plan.namespace === void 0 ? { name: plan.name } : { name: plan.name, namespace: plan.namespace }, 0, style));
  lines2.push("spec:");
  const column = style.indent;
  lines2.push(...renderBlockPair("podSelector", { matchLabels: plan.podSelector }, column, style));
  lines2.push(...renderBlockPair("policyTypes", plan.policyTypes, column, style));
  const dashColumn = style.indentSequences ? column + style.indent : column;
  const section = (key2, rules, none) => {
    if (!plan.policyTypes.includes(key2 === "ingress" ? "Ingress" : "Egress")) return;
    if (rules.length === 0) {
      lines2.push(`${pad(column)}# ${key2}: ${none}`);
      return;
    }
    lines2.push(`${pad(column)}${key2}:`);
    for (const r of rules) {
      lines2.push(`${pad(dashColumn)}# ${r.comment}`);
      lines2.push(...renderBlockItem(r.rule, dashColumn, style));
    }
  };
  section("ingress", plan.ingress, "none: no workload of the manifests references its Services and none is exposed outside the cluster");
  section("egress", plan.egress, "none");
  return lines2.join(style.eol);
}

// src/core/kustomization.ts
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomizationFile(path2) {
  return KUSTOMIZATION_FILE_NAMES.includes(path2.slice(path2.lastIndexOf("/") + 1));
}

// src/core/fix/network-policies/placement.ts
var POLICY_FILE = "podarmor-networkpolicies.yaml";
var STDIN_PATH = "<stdin>";
function dirnameOf(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i);
}
function joinPath(dir, name) {
  return dir === "" || dir === "." ? name : `${dir.replace(/\/$/, "")}/${name}`;
}
function chartRootOf(path2, chartRoots) {
  const dir = dirnameOf(path2);
  return chartRoots.find((root) => root === "" || root === "." || dir === root || dir.startsWith(`${root.replace(/\/$/, "")}/`));
}
function chartPolicyNote(chart) {
  return `it belongs to the Helm chart at ${chart || "."}: add the NetworkPolicy as a template (templates/networkpolicies.yaml) instead; nothing was written`;
}
function chartOfTemplate(path2) {
  if (path2.startsWith("templates/")) return "";
  const i = path2.lastIndexOf("/templates/");
  return i < 0 ? void 0 : path2.slice(0, i);
}
function placementFor(path2, has, chartRoots) {
  if (path2 === STDIN_PATH) return { target: { path: STDIN_PATH } };
  const chart = chartRootOf(path2, chartRoots);
  if (chart !== void 0) {
    return { notWritten: chartPolicyNote(chart) };
  }
  const dir = dirnameOf(path2);
  const kustomization = KUSTOMIZATION_FILE_NAMES.map((n) => joinPath(dir, n)).find(has);
  return { target: { path: joinPath(dir, POLICY_FILE), ...kustomization ? { kustomization } : {} } };
}
function withDocuments(existing, documents, style) {
  const body = documents.join(`${style.eol}---${style.eol}`) + style.eol;
  if (existing === void 0) return `# Generated by podarmor fix from the workloads, Services and ConfigMaps in this folder; review and adjust.${style.eol}${body}`;
  const sep4 = existing === "" || existing.endsWith("\n") ? "" : style.eol;
  return `${existing}${sep4}---${style.eol}${body}`;
}

// src/core/fix/batch.ts
function emptyBatch(texts) {
  return { texts: new Map(texts), accepted: [], expected: /* @__PURE__ */ new Map(), appended: /* @__PURE__ */ new Map(), created: [], unrenderable: [] };
}
var styleCache = /* @__PURE__ */ new WeakMap();
var eolCache = /* @__PURE__ */ new WeakMap();
function styleOf(file, index) {
  const doc = file.documents[index].doc;
  let style = styleCache.get(doc);
  if (!style) {
    let eol = eolCache.get(file);
    if (!eol) eolCache.set(file, eol = eolOf(file.text));
    style = detectStyle(file.text, doc, eol);
    styleCache.set(doc, style);
  }
  return style;
}
function withBom(original, text) {
  return original !== void 0 && original.charCodeAt(0) === 65279 ? `\uFEFF${text}` : text;
}
function parsedByPath(session) {
  return new Map(session.parsed.map((p) => [p.path, p]));
}
function applyBatch(session, texts, findings, options) {
  const batch = emptyBatch(texts);
  const parsed = parsedByPath(session);
  const ordered = [...findings].sort((a, b) => (b.fix.priority ?? 0) - (a.fix.priority ?? 0) || byCodeUnits(a.file, b.file) || a.range.start - b.range.start);
  const byDoc = /* @__PURE__ */ new Map();
  const coverage = [];
  for (const f of ordered) {
    const fix = f.fix;
    if (fix.kind === "network-policy") {
      coverage.push(f);
      continue;
    }
    const docs = byDoc.get(f.file) ?? /* @__PURE__ */ new Map();
    byDoc.set(f.file, docs);
    const slot = docs.get(f.documentIndex) ?? { ops: [], findings: [] };
    docs.set(f.documentIndex, slot);
    try {
      buildIntents([...slot.ops, ...fix.ops]);
    } catch {
      continue;
    }
    slot.ops.push(...fix.ops);
    slot.findings.push(f);
  }
  const docEdits = /* @__PURE__ */ new Map();
  const editDocument = (file, index, ops, fs) => {
    try {
      const edits = renderOps(file.text, file.documents[index].doc, styleOf(file, index), ops);
      const slot = docEdits.get(file.path) ?? { file, edits: [], expected: /* @__PURE__ */ new Map() };
      docEdits.set(file.path, slot);
      slot.edits.push(...edits);
      slot.expected.set(index, applyOpsToValue(file.documents[index].doc.toJS({ maxAliasCount: 1e3 }), ops));
      return true;
    } catch (err) {
      if (!(err instanceof RenderError)) throw err;
      for (const f of fs) batch.unrenderable.push({ finding: f, reason: `cannot be written as an edit: ${err.message}` });
      return false;
    }
  };
  for (const [path2, docs] of byDoc) {
    const file = parsed.get(path2);
    for (const [index, { ops, findings: fs }] of docs) {
      const reason = file.problems.length > 0 ? "the file has duplicate keys" : void 0;
      if (reason) {
        for (const f of fs) batch.unrenderable.push({ finding: f, reason });
        continue;
      }
      if (editDocument(file, index, ops, fs)) batch.accepted.push(...fs);
    }
  }
  if (coverage.length > 0) addPolicies(session, batch, parsed, coverage, options, editDocument);
  for (const [path2, { file, edits, expected }] of docEdits) {
    const appendedText = batch.texts.get(path2).replace(/^\uFEFF/, "").slice(file.text.length);
    batch.texts.set(path2, withBom(texts.get(path2), applyEdits(file.text, edits) + appendedText));
    batch.expected.set(path2, expected);
  }
  return batch;
}
function addPolicies(session, batch, parsed, findings, options, editDocument) {
  const workloadKey2 = (file, documentIndex, kind, name) => `${file}#${documentIndex}#${kind}#${name}`;
  const byWorkload = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = workloadKey2(f.file, f.documentIndex, f.resource.kind, f.resource.name);
    byWorkload.set(k, [...byWorkload.get(k) ?? [], f]);
  }
  const toCover = session.workloads.filter((w) => byWorkload.has(workloadKey2(w.file.path, w.documentIndex, w.kind, w.resource.name)));
  const plans = planPolicies(toCover, session.objects, session.workloads, options.egress);
  const documents = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const w = plan.workload;
    const fs = byWorkload.get(workloadKey2(w.path, w.documentIndex, w.kind, w.name)) ?? [];
    const placement = placementFor(w.path, (p) => batch.texts.has(p), options.chartRoots ?? []);
    if ("notWritten" in placement) {
      for (const f of fs) batch.unrenderable.push({ finding: f, reason: placement.notWritten });
      continue;
    }
    const { path: path2, kustomization } = placement.target;
    const style = styleOf(parsed.get(w.path), w.documentIndex);
    const slot = documents.get(path2) ?? { docs: [], style, findings: [], ...kustomization ? { kustomization } : {} };
    documents.set(path2, slot);
    slot.docs.push(emitPolicy(plan, slot.style));
    slot.findings.push(...fs);
  }
  for (const [path2, slot] of documents) {
    const existing = batch.texts.get(path2);
    if (slot.kustomization && existing === void 0 && !listResource(parsed.get(slot.kustomization), editDocument)) {
      for (const f of slot.findings) batch.unrenderable.push({ finding: f, reason: `${slot.kustomization} cannot list ${POLICY_FILE}` });
      continue;
    }
    batch.texts.set(path2, withDocuments(existing, slot.docs, slot.style));
    batch.appended.set(path2, (batch.appended.get(path2) ?? 0) + slot.docs.length);
    if (existing === void 0) batch.created.push(path2);
    batch.accepted.push(...slot.findings);
  }
}
function listResource(file, editDocument) {
  const document = file?.documents[0];
  if (!file || !document || document.broken || file.problems.length > 0) return false;
  const ctx = { doc: document.doc };
  const resources = get(ctx, document.doc.contents, "resources");
  const op = resources === void 0 ? { op: "set", path: ["resources"], value: [POLICY_FILE] } : { op: "append", path: ["resources"], value: POLICY_FILE };
  return editDocument(file, 0, [op], []);
}

// src/core/fix/verify.ts
var SET_RULES = new Set(RULES2.filter((r) => r.checks.some((c) => TEMPLATES[c.template]?.kind === "set")).map((r) => r.id));
function baselineOf(session) {
  return {
    documentCounts: new Map(session.parsed.map((p) => [p.path, p.documents.length])),
    skipped: session.skipped,
    fingerprints: new Set(session.findings.map((f) => f.fingerprint))
  };
}
function toInputs(texts) {
  return [...texts].map(([path2, text]) => ({ path: path2, text }));
}
function verify(baseline, batch, options, withinFile = false) {
  if (batch.accepted.length === 0) return { ok: false, reason: "nothing could be applied" };
  const after = scan(toInputs(batch.texts), options);
  const parsedAfter = new Map(after.parsed.map((p) => [p.path, p]));
  for (const path2 of /* @__PURE__ */ new Set([...batch.expected.keys(), ...batch.appended.keys()])) {
    const file = parsedAfter.get(path2);
    const originalCount = baseline.documentCounts.get(path2) ?? 0;
    const wanted = originalCount + (batch.appended.get(path2) ?? 0);
    if (file.documents.length !== wanted) return { ok: false, reason: `${path2}: the fixed file has ${file.documents.length} documents instead of ${wanted}` };
    const changed = /* @__PURE__ */ new Set([...batch.expected.get(path2)?.keys() ?? []]);
    const broken = file.documents.find((d) => (changed.has(d.index) || d.index >= originalCount) && d.doc.errors.length > 0);
    if (broken) return { ok: false, reason: `${path2}: the fixed document does not parse: ${broken.doc.errors[0].message.split("\n")[0]}` };
    for (const [index, expected] of batch.expected.get(path2) ?? []) {
      if (!deepEqual(file.documents[index].doc.toJS({ maxAliasCount: 1e3 }), expected)) return { ok: false, reason: `${path2}: the fixed document has values the fix did not mean to change` };
    }
  }
  for (const s of after.skipped) if (s.error && !baseline.skipped.some((o) => o.file === s.file && o.reason === s.reason)) return { ok: false, reason: `${s.file}: ${s.reason}` };
  const remaining = new Set(after.findings.map((f) => f.fingerprint));
  const stillThere = batch.accepted.filter((f) => remaining.has(f.fingerprint));
  if (stillThere.length) return { ok: false, reason: `the fix did not remove ${stillThere[0].rule} in ${stillThere[0].file}` };
  const added = after.findings.filter((f) => !baseline.fingerprints.has(f.fingerprint) && !(withinFile && SET_RULES.has(f.rule)));
  if (added.length) return { ok: false, reason: `the fix causes a new finding: ${added[0].rule} at ${added[0].file}:${added[0].line}` };
  return { ok: true, reason: "", after };
}

// src/core/fix/single.ts
function originalText(file) {
  return file.bomLength ? `\uFEFF${file.text}` : file.text;
}
var fileBaselines = /* @__PURE__ */ new WeakMap();
function planFileFix(session, findings, options) {
  const first = findings[0];
  if (findings.some((f) => !f.fix || f.fix.kind === "network-policy" || f.fix.ops.length === 0)) return { finding: first, reason: "no edit to suggest" };
  const file = session.parsed.find((p) => p.path === first.file);
  if (!file || findings.some((f) => f.file !== first.file)) return { finding: first, reason: "file not scanned" };
  let baseline = fileBaselines.get(file);
  if (!baseline) {
    baseline = scan([{ path: file.path, text: originalText(file) }], options);
    fileBaselines.set(file, baseline);
  }
  const own = findings.map((finding) => baseline.findings.find((f) => f.fingerprint === finding.fingerprint && f.range.start === finding.range.start) ?? finding);
  const batch = applyBatch(baseline, /* @__PURE__ */ new Map([[file.path, originalText(file)]]), own, {});
  if (batch.unrenderable.length) return batch.unrenderable[0];
  if (batch.accepted.length !== own.length) return { finding: first, reason: "its fix conflicts with another fix" };
  const verdict = verify(baselineOf(baseline), batch, options, true);
  if (!verdict.ok) return { finding: first, reason: verdict.reason };
  const byDoc = /* @__PURE__ */ new Map();
  for (const f of own) byDoc.set(f.documentIndex, [...byDoc.get(f.documentIndex) ?? [], ...f.fix.ops]);
  const edits = [...byDoc].flatMap(([index, ops]) => renderOps(file.text, file.documents[index].doc, styleOf(file, index), ops));
  return { findings: [...findings], path: file.path, before: file.text, after: applyEdits(file.text, edits), edits };
}
function isDropped(plan) {
  return "reason" in plan;
}

// src/core/fix/engine.ts
function notFixedLine(d) {
  return `not fixed: ${d.finding.rule} at ${d.finding.file}:${d.finding.line}: ${d.reason}`;
}
var MAX_PASSES = 5;
function fixFiles(inputs, options) {
  const inScope = (f) => !options.files || options.files.has(f.file);
  const current = { session: options.before ?? scan(inputs, options), texts: new Map(inputs.map((f) => [f.path, f.text])) };
  if (options.before) options = { ...options, before: void 0 };
  const before = { findings: current.session.findings, skipped: current.session.skipped, problems: current.session.problems };
  const created = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Map();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = current.session.findings.filter((f) => f.fixable && !dropped.has(f.fingerprint) && inScope(f));
    if (candidates.length === 0) break;
    const changed = applyVerified(current, candidates, options, dropped, created);
    if (!changed) break;
  }
  const session = current.session;
  for (const f of session.findings) {
    if (f.fixable && !dropped.has(f.fingerprint) && inScope(f)) dropped.set(f.fingerprint, { finding: f, reason: "its fix conflicts with another fix" });
  }
  const afterFingerprints = new Set(session.findings.map((f) => f.fingerprint));
  for (const [fp] of dropped) if (!afterFingerprints.has(fp)) dropped.delete(fp);
  const files = [];
  const original = new Map(inputs.map((f) => [f.path, f.text]));
  for (const [path2, after] of current.texts) {
    const beforeText = original.get(path2);
    if (beforeText !== after) files.push({ path: path2, before: created.has(path2) && beforeText === void 0 ? void 0 : beforeText, after });
  }
  return {
    files,
    fixed: before.findings.filter((f) => !afterFingerprints.has(f.fingerprint) && f.fix !== void 0),
    dropped: [...dropped.values()],
    before,
    after: session
  };
}
function applyVerified(current, candidates, options, dropped, created) {
  const attempt = applyBatch(current.session, current.texts, candidates, options);
  for (const f of attempt.unrenderable) dropped.set(f.finding.fingerprint, f);
  const baseline = baselineOf(current.session);
  current.session = void 0;
  const verdict = verify(baseline, attempt, options);
  if (verdict.ok) return commit(current, attempt.texts, verdict.after, attempt.created, created);
  current.session = scan(toInputs2(current.texts), options);
  const groups = /* @__PURE__ */ new Map();
  for (const f of attempt.accepted) {
    const group = f.fix?.kind === "network-policy" ? "\0policies" : f.file;
    groups.set(group, [...groups.get(group) ?? [], f]);
  }
  let changed = false;
  for (const group of groups.values()) {
    let live = new Set(current.session.findings.map((g) => g.fingerprint));
    const open = group.filter((f) => live.has(f.fingerprint));
    if (open.length === 0) continue;
    if (tryApply(current, open, options, created)) {
      changed = true;
      continue;
    }
    for (const finding of open) {
      live = new Set(current.session.findings.map((g) => g.fingerprint));
      if (!live.has(finding.fingerprint)) continue;
      if (tryApply(current, [finding], options, created, (reason) => dropped.set(finding.fingerprint, { finding, reason }))) changed = true;
    }
  }
  return changed;
}
function commit(current, texts, session, newFiles, created) {
  const changed = [...texts].some(([p, t]) => current.texts.get(p) !== t);
  current.texts = texts;
  current.session = session;
  for (const p of newFiles) created.add(p);
  return changed;
}
function tryApply(current, findings, options, created, onFail) {
  const batch = applyBatch(current.session, current.texts, findings, options);
  const v = verify(baselineOf(current.session), batch, options);
  if (!v.ok) {
    onFail?.(v.reason);
    return false;
  }
  return commit(current, batch.texts, v.after, batch.created, created);
}
function toInputs2(texts) {
  return [...texts].map(([path2, text]) => ({ path: path2, text }));
}

// src/core/fix/diff.ts
var CONTEXT = 3;
var WINDOW = 400;
function splitLines(text) {
  if (text === "") return [];
  const lines2 = text.split(/(?<=\n)/);
  return lines2;
}
function lineDiff(a, b) {
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i++] });
      j++;
      continue;
    }
    let sync;
    for (let d = 1; d <= WINDOW && !sync; d++) {
      for (let di = 0; di <= d; di++) {
        const dj = d - di;
        const ai2 = i + di;
        const bj2 = j + dj;
        if (ai2 > a.length || bj2 > b.length) continue;
        if (ai2 === a.length && bj2 === b.length || ai2 < a.length && bj2 < b.length && a[ai2] === b[bj2]) {
          sync = [ai2, bj2];
          break;
        }
      }
    }
    const [ai, bj] = sync ?? [Math.min(a.length, i + WINDOW), Math.min(b.length, j + WINDOW)];
    while (i < ai) ops.push({ kind: "-", line: a[i++] });
    while (j < bj) ops.push({ kind: "+", line: b[j++] });
  }
  return ops;
}
function hunkLine(op) {
  return op.line.endsWith("\n") ? `${op.kind}${op.line}` : `${op.kind}${op.line}
\\ No newline at end of file
`;
}
function range(start, count) {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}
function hunks(ops) {
  let out = "";
  let k = 0;
  let aLine = 1;
  let bLine = 1;
  const aAt = [];
  const bAt = [];
  for (const op of ops) {
    aAt.push(aLine);
    bAt.push(bLine);
    if (op.kind !== "+") aLine++;
    if (op.kind !== "-") bLine++;
  }
  while (k < ops.length) {
    if (ops[k].kind === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    while (end < ops.length) {
      if (ops[end].kind !== " ") {
        end++;
        continue;
      }
      let run3 = end;
      while (run3 < ops.length && ops[run3].kind === " ") run3++;
      if (run3 < ops.length && run3 - end <= 2 * CONTEXT) end = run3;
      else {
        end = Math.min(run3, end + CONTEXT);
        break;
      }
    }
    const slice = ops.slice(start, end);
    const aCount = slice.filter((o) => o.kind !== "+").length;
    const bCount = slice.filter((o) => o.kind !== "-").length;
    out += `@@ -${range(aAt[start], aCount)} +${range(bAt[start], bCount)} @@
`;
    for (const op of slice) out += hunkLine(op);
    k = end;
  }
  return out;
}
function unifiedDiff(files) {
  return files.map((f) => {
    const created = f.before === void 0;
    const before = splitLines(f.before ?? "");
    const after = splitLines(f.after);
    const body = before.length === 0 ? after.length === 0 ? "" : `@@ -0,0 +${range(1, after.length)} @@
${after.map((line) => hunkLine({ kind: "+", line })).join("")}` : hunks(lineDiff(before, after));
    return `diff --git a/${f.path} b/${f.path}
${created ? "new file mode 100644\n" : ""}--- ${created ? "/dev/null" : `a/${f.path}`}
+++ b/${f.path}
${body}`;
  }).join("");
}

// src/core/types.ts
var SEVERITIES = ["low", "medium", "high", "critical"];
var PROFILES = ["baseline", "restricted", "hardened"];

// src/core/report/words.ts
function counted(n, singular, plural = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural}`;
}
function severityCounts(findings) {
  return [...SEVERITIES].reverse().map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
}

// src/core/report/stream.ts
function chunked(write, size = 1 << 16) {
  let pending = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    write(pending.join(""));
    pending = [];
    length = 0;
  };
  return {
    write: (text) => {
      pending.push(text);
      length += text.length;
      if (length >= size) flush();
    },
    flush
  };
}
var MARKER = "\0items\0";
var MARKER_JSON = JSON.stringify(MARKER);
function writeJsonWithItems(shell, items, toJson, write) {
  const text = JSON.stringify(shell, null, 2);
  const at = text.indexOf(MARKER_JSON);
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const pad = " ".repeat(text.slice(lineStart).search(/\S/));
  write(text.slice(0, at));
  if (items.length === 0) write("[]");
  else {
    const itemPad = `
${pad}  `;
    write("[");
    items.forEach((item, i) => write(`${i ? "," : ""}${itemPad}${JSON.stringify(toJson(item), null, 2).replaceAll("\n", itemPad)}`));
    write(`
${pad}]`);
  }
  write(text.slice(at + MARKER_JSON.length));
  write("\n");
}
var itemsSlot = MARKER;

// src/core/report/text.ts
var SEVERITY_COLOR = { critical: "35", high: "31", medium: "33", low: "36" };
function writeText(result, options, write) {
  const c = (code, s) => options.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const line = (text) => write(`${text}
`);
  const files = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list2 = files.get(f.file);
    if (list2) list2.push(f);
    else files.set(f.file, [f]);
  }
  for (const [file, findings] of files) {
    line(c("4", file));
    const lines2 = options.sources.get(file)?.replace(/^\uFEFF/, "").split(/\r?\n/);
    for (const f of findings) {
      const tags = [f.pss ? `${f.pss.level}/${f.pss.control}` : void 0, f.fixable ? "fixable" : f.suggestion ? "suggestion" : void 0].filter(Boolean);
      line(`  ${c("2", `${f.line}:${f.column}`.padEnd(8))}${c(SEVERITY_COLOR[f.severity], f.severity.padEnd(9))}${c("1", f.rule)}  ${f.message}${tags.length ? c("2", `  [${tags.join(", ")}]`) : ""}`);
      if (lines2) for (const frameLine of codeFrame(lines2, f, c)) line(frameLine);
    }
    line("");
  }
  for (const s of result.skipped) {
    const where = s.line !== void 0 ? `:${s.line}:${s.column}` : "";
    line(`${c(s.error ? "31" : "2", s.error ? "error" : "skipped")} ${s.file}${where}: ${s.reason}`);
  }
  for (const p of result.problems) line(`${c("33", "warning")} ${p.file}:${p.line}:${p.column}: ${p.message}`);
  for (const n of notReviewedLines(result.notReviewed ?? [], c)) line(n);
  if (result.skipped.length || result.problems.length || result.notReviewed?.length) line("");
  line(summaryLine(result, c));
  if (result.totals) line(totalsLine(result.totals, c));
}
function codeFrame(lines2, f, c) {
  const first = Math.max(1, f.line - 1);
  const width = String(f.line).length;
  const frame = [];
  for (let n = first; n <= f.line; n++) {
    const text = lines2[n - 1] ?? "";
    const marker = n === f.line ? c("31", ">") : " ";
    frame.push(`    ${marker} ${c("2", String(n).padStart(width))} | ${text}`);
  }
  const lineText = lines2[f.line - 1] ?? "";
  const end = f.endLine === f.line ? f.endColumn : lineText.length + 1;
  const carets = "^".repeat(Math.max(1, end - f.column));
  frame.push(`      ${" ".repeat(width)} | ${" ".repeat(f.column - 1)}${c("31", carets)}`);
  return frame;
}
function summaryLine(result, c = (_, s) => s) {
  const n = result.findings.length;
  if (n === 0) return c("32", "No findings.");
  const fixable = result.findings.filter((f) => f.fixable).length;
  const suggestions = result.findings.filter((f) => f.suggestion).length;
  return `${counted(n, "finding")} (${severityCounts(result.findings)}); ${fixable} fixable with \`podarmor fix\`, ${suggestions} with a suggested change for review.`;
}
function notReviewedLines(entries, c) {
  const groups = [];
  const byReason = /* @__PURE__ */ new Map();
  for (const n of entries) {
    const key2 = `${n.reason}\0${n.remedy ?? ""}`;
    const group = n.line === void 0 ? byReason.get(key2) : void 0;
    if (group) group.push(n);
    else {
      groups.push([n]);
      if (n.line === void 0) byReason.set(key2, groups.at(-1));
    }
  }
  return groups.map((group) => {
    const n = group[0];
    const names = group.map((g) => g.file);
    const where = group.length > 1 ? names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ") : `${n.file}${n.line !== void 0 ? `:${n.line}` : ""}`;
    return `${c("33", "not reviewed")} ${where}: ${n.reason}${n.remedy ? `; ${n.remedy}` : ""}`;
  });
}
function totalsLine(totals, c = (_, s) => s) {
  const notReviewed = totals.notReviewed ? c("33", `${totals.notReviewed} not reviewed`) : "0 not reviewed";
  return `Scanned ${counted(totals.files, "file")}; rendered ${counted(totals.roots, "kustomize root")} and ${counted(totals.charts, "chart")}; ${notReviewed}.`;
}

// src/core/fix/stream.ts
var FIX_BATCH_DOCUMENTS = 8 * BATCH_DOCUMENTS;
var streamStats = { documentParses: 0, batches: 0 };
function fixBounded(inputs, options) {
  return (options.before ? void 0 : fixInBatches(inputs, options)) ?? fixFiles(inputs, options);
}
var GiveUp = class extends Error {
};
var workloadKey = (path2, index, kind, name) => `${path2}#${index}#${kind}#${name}`;
function fixInBatches(inputs, options, batchDocuments = FIX_BATCH_DOCUMENTS) {
  try {
    return run(inputs, options, batchDocuments);
  } catch (err) {
    if (err instanceof GiveUp || err instanceof RenderError) return void 0;
    throw err;
  }
}
function need(condition) {
  if (!condition) throw new GiveUp();
}
function lines(text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function run(inputs, options, batchDocuments) {
  const inScope = (f) => !options.files || options.files.has(f.file);
  const egress = options.egress ?? "internet";
  const parsed = inputs.map((f) => safeParse(f, options, true));
  for (const file of parsed) need(file.documents.length === 0 || indexedDocuments(file.text) !== void 0);
  const pass = new BatchedPass(parsed, () => streamStats.documentParses++);
  const { context, contextSuppressions } = pass;
  const network = networkContext(context);
  const evaluator = new Evaluator(options);
  const before = [];
  const seenBefore = /* @__PURE__ */ new Set();
  const after = [];
  const relative5 = /* @__PURE__ */ new Map();
  const summaries = [];
  const marks = [];
  const cover = [];
  const styles = /* @__PURE__ */ new Map();
  const provisionalNames = /* @__PURE__ */ new Set();
  const changes = /* @__PURE__ */ new Map();
  for (const file of parsed) {
    const changed = [];
    changes.set(file.path, changed);
    for (const { first, docs } of batches(file, batchDocuments)) {
      streamStats.batches++;
      const unit = pass.unit(file, docs, first);
      const { objects, workloads } = unit;
      const found = [];
      evaluator.run(unit, (f) => found.push(f));
      need(file.problems.length === 0);
      for (const f of found) seenBefore.add(f.fingerprint);
      before.push(...found);
      marks.push(...exposureMarks(objects, network.services));
      const summaryOf = /* @__PURE__ */ new Map();
      for (const w of workloads) {
        const s = summarizeWorkload(w, network);
        summaries.push(s);
        summaryOf.set(workloadKey(s.path, s.documentIndex, s.kind, s.name), s);
      }
      const checked = fixBatch(file, found, workloads, summaryOf, changed);
      after.push(...found.filter((f) => !(f.file === file.path && checked.has(f.documentIndex))));
      pass.release(docs);
    }
  }
  function fixBatch(file, found, workloads, summaryOf, changed) {
    const fixes = found.filter((f) => f.fixable && f.fix && inScope(f));
    const targets = /* @__PURE__ */ new Map();
    const slot = (index) => targets.get(index) ?? targets.set(index, { ops: [], findings: [] }).get(index);
    const ordered = fixes.filter((f) => f.fix.kind !== "network-policy").sort((a, b) => (b.fix.priority ?? 0) - (a.fix.priority ?? 0) || a.range.start - b.range.start);
    for (const f of ordered) {
      const s = slot(f.documentIndex);
      buildIntents([...s.ops, ...f.fix.ops]);
      s.ops.push(...f.fix.ops);
      s.findings.push(f);
    }
    const coverage = new Set(fixes.filter((f) => f.fix.kind === "network-policy").map((f) => workloadKey(f.file, f.documentIndex, f.resource.kind, f.resource.name)));
    const provisional = [];
    for (const w of workloads) {
      const k = workloadKey(w.file.path, w.documentIndex, w.kind, w.resource.name);
      if (!coverage.has(k)) continue;
      const s = summaryOf.get(k);
      const style = styleOf(file, w.documentIndex);
      const head = policyHead(s, provisionalNames);
      need(head !== void 0);
      cover.push(s);
      styles.set(s, style);
      provisional.push(JSON.stringify(policyValue({ ...head, ingress: [], egress: closingEgress(head, egress) })));
      slot(w.documentIndex).findings.push(...fixes.filter((f) => f.fix.kind === "network-policy" && f.documentIndex === w.documentIndex));
    }
    if (targets.size === 0) return /* @__PURE__ */ new Set();
    const indexes2 = [...targets.keys()].sort((a, b) => a - b);
    const parts = [];
    let offset = 0;
    let line = 1;
    for (const index of indexes2) {
      const d = file.documents[index];
      need(!pass.isKept(d));
      const original2 = file.text.slice(d.start, d.end);
      let text = original2;
      const { ops } = targets.get(index);
      let expected;
      if (ops.length > 0) {
        const edits = renderOps(file.text, d.doc, styleOf(file, index), ops);
        need(edits.every((e) => e.start >= d.start && e.end <= d.end));
        text = applyEdits(original2, edits.map((e) => ({ ...e, start: e.start - d.start, end: e.end - d.start })));
        expected = applyOpsToValue(d.doc.toJS({ maxAliasCount: 1e3 }), ops);
      }
      need(index === 0 || text.startsWith("---"));
      parts.push({ index, text, expected, start: offset, line });
      offset += text.length;
      line += lines(text);
      if (text !== original2) changed.push({ index, text, lineDelta: lines(text) - lines(original2), charDelta: text.length - original2.length });
    }
    const mini = parseManifest(file.path, parts.map((p) => p.text).join(""), { lazy: true });
    need(mini.documents.length === parts.length && mini.skipped.length === 0);
    const miniBombs = [];
    const miniObjects = mini.documents.flatMap((md, i) => {
      streamStats.documentParses++;
      need(!md.broken && mini.problems.length === 0);
      if (parts[i].expected !== void 0) need(deepEqual(md.doc.toJS({ maxAliasCount: 1e3 }), parts[i].expected));
      return safeObjects(mini, md, miniBombs);
    });
    need(miniBombs.length === 0 && mini.problems.length === 0);
    const policyFile = parseManifest(POLICY_FILE, provisional.join("\n---\n"), { lazy: true });
    const policies = provisional.length === 0 ? [] : policyFile.documents.flatMap((d) => findDocumentObjects(policyFile, d));
    need(policies.length === provisional.length);
    const miniSuppressions = collectSuppressions([mini], miniObjects, RULE_IDS);
    const verified = [];
    new Evaluator(options).run(
      { objects: miniObjects, workloads: miniObjects.map(asWorkload).filter((w) => w !== void 0), context, moreContext: policies, suppressions: miniSuppressions, contextSuppressions },
      (f) => verified.push(f)
    );
    const miniKeys = new Set(miniObjects.map((o) => `${o.kind}\0${o.resource.namespace ?? ""}\0${o.resource.name}\0${o.documentIndex}`));
    const isMini = (f) => f.file === file.path && (f.resource.kind === "" || miniKeys.has(`${f.resource.kind}\0${f.resource.namespace ?? ""}\0${f.resource.name}\0${f.documentIndex}`));
    const remaining = new Set(verified.map((f) => f.fingerprint));
    for (const index of indexes2) for (const f of targets.get(index).findings) need(!remaining.has(f.fingerprint));
    for (const f of verified) {
      need(seenBefore.has(f.fingerprint));
      if (!isMini(f)) continue;
      need(!(f.fixable && inScope(f)));
      const part = parts[f.documentIndex];
      const moved = { ...f, documentIndex: part.index };
      relative5.set(moved, { file: file.path, index: part.index, line: f.line - part.line, endLine: f.endLine - part.line, start: f.range.start - part.start, end: f.range.end - part.start });
      after.push(moved);
    }
    return new Set(indexes2);
  }
  const plans = planPoliciesOf(cover, network, summaries, marks, egress);
  need(!selectsOthers(plans.map((p) => p.workload), summaries));
  const inputPaths = new Set(inputs.map((f) => f.path));
  const documents = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const placement = placementFor(plan.workload.path, (p) => inputPaths.has(p), options.chartRoots ?? []);
    need(!("notWritten" in placement) && placement.target.kustomization === void 0);
    const { path: path2 } = placement.target;
    const slot = documents.get(path2) ?? documents.set(path2, { docs: [], values: [], style: styles.get(plan.workload) }).get(path2);
    slot.docs.push(emitPolicy(plan, slot.style));
    slot.values.push(policyValue(plan));
  }
  const original = new Map(inputs.map((f) => [f.path, f.text]));
  const texts = /* @__PURE__ */ new Map();
  for (const file of parsed) {
    const list2 = changes.get(file.path) ?? [];
    if (list2.length === 0) continue;
    let text = "";
    let at = 0;
    for (const c of list2) {
      const d = file.documents[c.index];
      text += file.text.slice(at, d.start) + c.text;
      at = d.end;
    }
    text += file.text.slice(at);
    texts.set(file.path, (file.bomLength ? "\uFEFF" : "") + text);
  }
  const created = [];
  for (const [path2, slot] of documents) {
    const existing = original.get(path2);
    const full = withDocuments(existing, slot.docs, slot.style);
    const appended = existing === void 0 ? full : full.slice(existing.length);
    checkPolicies(path2, appended, slot.values);
    if (existing === void 0) created.push(path2);
    texts.set(path2, (texts.get(path2) ?? existing ?? "") + appended);
  }
  function checkPolicies(path2, text, values) {
    const count = values.length;
    const file = parseManifest(path2, text, { lazy: true, maxFileBytes: Number.POSITIVE_INFINITY });
    need(file.documents.length === count && file.skipped.length === 0);
    const evaluator2 = new Evaluator(options);
    for (let first = 0; first < file.documents.length; first += batchDocuments) {
      const docs = file.documents.slice(first, first + batchDocuments);
      need(docs.every((d) => !d.broken && deepEqual(d.doc.toJS({ maxAliasCount: 1e3 }), values[d.index])) && file.problems.length === 0);
      const objects = docs.flatMap((d) => findDocumentObjects(file, d));
      const found = [];
      evaluator2.run({ objects, workloads: [], context: [], suppressions: collectSuppressions([], objects, RULE_IDS) }, (f) => found.push(f));
      need(!found.some((f) => f.file === path2 && f.resource.kind === "NetworkPolicy"));
      for (const d of docs) d.release();
    }
  }
  const shifts = /* @__PURE__ */ new Map();
  for (const [path2, list2] of changes) {
    const sums = { indexes: list2.map((c) => c.index), lines: [0], chars: [0] };
    for (const c of list2) {
      sums.lines.push(sums.lines.at(-1) + c.lineDelta);
      sums.chars.push(sums.chars.at(-1) + c.charDelta);
    }
    shifts.set(path2, sums);
  }
  const movedBefore = (path2, index) => {
    const sums = shifts.get(path2);
    if (!sums) return { line: 0, char: 0 };
    let lo = 0;
    let hi = sums.indexes.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (sums.indexes[mid] < index) lo = mid + 1;
      else hi = mid;
    }
    return { line: sums.lines[lo], char: sums.chars[lo] };
  };
  const parsedByPath2 = new Map(parsed.map((p) => [p.path, p]));
  const placed2 = after.map((f) => {
    const rel = relative5.get(f);
    const file = parsedByPath2.get(f.file);
    if (!file) return f;
    const moved = movedBefore(f.file, f.documentIndex);
    if (rel) {
      const d = file.documents[rel.index];
      const startLine = file.lineCounter.linePos(d.start).line + moved.line;
      const start = d.start + moved.char;
      return { ...f, line: startLine + rel.line, endLine: startLine + rel.endLine, range: { start: start + rel.start, end: start + rel.end } };
    }
    if (moved.line === 0 && moved.char === 0) return f;
    return { ...f, line: f.line + moved.line, endLine: f.endLine + moved.line, range: { start: f.range.start + moved.char, end: f.range.end + moved.char } };
  });
  before.sort(compareFindings);
  placed2.sort(compareFindings);
  const skipped = [...parsed.flatMap((p) => p.skipped), ...pass.bombs];
  const problems = [...parsed.flatMap((p) => p.problems), ...evaluator.problems];
  const afterFingerprints = new Set(placed2.map((f) => f.fingerprint));
  const files = [];
  for (const [path2, text] of texts) if (original.get(path2) !== text) files.push({ path: path2, before: created.includes(path2) ? void 0 : original.get(path2), after: text });
  const order2 = [...inputs.map((f) => f.path), ...created];
  files.sort((a, b) => order2.indexOf(a.path) - order2.indexOf(b.path));
  return {
    files,
    fixed: before.filter((f) => !afterFingerprints.has(f.fingerprint) && f.fix !== void 0),
    dropped: [],
    before: { findings: before, skipped, problems },
    after: { findings: placed2, skipped, problems }
  };
}
function policyValue(plan) {
  const spec = { podSelector: { matchLabels: plan.podSelector }, policyTypes: plan.policyTypes };
  if (plan.policyTypes.includes("Ingress") && plan.ingress.length > 0) spec.ingress = plan.ingress.map((r) => r.rule);
  if (plan.policyTypes.includes("Egress") && plan.egress.length > 0) spec.egress = plan.egress.map((r) => r.rule);
  const metadata = plan.namespace === void 0 ? { name: plan.name } : { name: plan.name, namespace: plan.namespace };
  return { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata, spec };
}
function selectsOthers(owners, all) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const w of all) {
    for (const [k, v] of w.podLabels) {
      const id = `${w.namespace ?? ""}\0${k}\0${v}`;
      (byLabel.get(id) ?? byLabel.set(id, []).get(id)).push(w);
    }
  }
  for (const owner of owners) {
    const first = [...owner.selectorLabels][0];
    if (!first) return true;
    const candidates = byLabel.get(`${owner.namespace ?? ""}\0${first[0]}\0${first[1]}`) ?? [];
    for (const w of candidates) {
      if (w === owner) continue;
      if ([...owner.selectorLabels].every(([k, v]) => w.podLabels.get(k) === v)) return true;
    }
  }
  return false;
}

// src/sources/fix.ts
var POLICY_RULES = ["network-policy-missing", "metadata-endpoint-egress"];
var NOT_IN_BASES = new Set(POLICY_RULES);
function fixSources(scanned, options, kustomizations = []) {
  const rendered = scanned.findings.filter((f) => f.source.kind !== "manifest");
  const policyRules = POLICY_RULES.filter((r) => !options.only || options.only.includes(r));
  const bases = [...scanned.bases].flatMap((file) => {
    const text = scanned.sources.get(file);
    return text === void 0 ? [] : [{ path: file, text }];
  });
  const together = bases.length > 0 && policyRules.length > 0 && !scanned.manifests.some((m) => m.path === STDIN_PATH);
  const plainOptions = together ? { ...options, only: (options.only ?? [...RULE_IDS]).filter((r) => !NOT_IN_BASES.has(r)) } : options;
  const plain = scanned.manifestsUnscanned ? fixBounded(scanned.manifests, plainOptions) : fixFiles(scanned.manifests, together ? withoutScan(plainOptions, scanned) : startingFromScan(plainOptions, scanned));
  const plainReport = scanned.manifestsUnscanned ? plain.before : { skipped: [], problems: [] };
  const results = [plain];
  const policyLeft = [];
  if (together) {
    const known = new Set([...scanned.manifests, ...bases].map((f) => f.path));
    const inputs = [...scanned.manifests, ...bases, ...kustomizations.filter((k) => !known.has(k.path))];
    const policies = fixFiles(inputs, { ...options, only: policyRules, files: new Set([...known].filter((p) => !options.files || options.files.has(p))) });
    results.push(policies);
    const manifests = new Set(scanned.manifests.map((m) => m.path));
    policyLeft.push(...policies.after.findings.filter((f) => manifests.has(f.file)));
  }
  for (const [file, findings] of groupBy(rendered, (f) => f.file)) {
    const text = scanned.sources.get(file);
    const editable = new Set(findings.filter((f) => f.fixable && !NOT_IN_BASES.has(f.rule)).map((f) => f.rule));
    for (const f of findings) if (!f.source.editable) editable.delete(f.rule);
    if (text === void 0 || editable.size === 0 || !scanned.bases.has(file)) continue;
    results.push(fixFiles([{ path: file, text }], { ...options, only: [...editable].filter((r) => !options.only || options.only.includes(r)) }));
  }
  const fixedAt = new Set(results.flatMap((r) => r.fixed.map((f) => `${f.rule}\0${f.file}\0${f.line}`)));
  const plainLeft = [...plain.after.findings, ...policyLeft].map((f) => ({ ...f, source: { kind: "manifest", roots: [], editable: true } }));
  const renderedLeft = rendered.filter((f) => !fixedAt.has(`${f.rule}\0${f.file}\0${f.line}`));
  const notAutoFixed = renderedLeft.filter((f) => f.fix?.class === "safe").map((f) => `not auto-fixed: ${f.rule} at ${f.file}:${f.line}: ${f.source.hint ?? (scanned.bases.has(f.file) ? `the fix could not be verified on ${f.file} alone` : `${f.file} is a patch, which podarmor fix does not edit: change it there`)}`);
  return {
    result: { files: results.flatMap((r) => r.files), fixed: results.flatMap((r) => r.fixed), dropped: results.flatMap((r) => r.dropped) },
    left: { findings: [...plainLeft, ...renderedLeft], skipped: [...scanned.skipped, ...plainReport.skipped], problems: [...scanned.problems, ...plainReport.problems] },
    notAutoFixed,
    inputs: scanned.manifests
  };
}
function startingFromScan(options, scanned) {
  const before = scanned.manifestScan;
  scanned.manifestScan = void 0;
  return before ? { ...options, before } : options;
}
function withoutScan(options, scanned) {
  scanned.manifestScan = void 0;
  return options;
}
function groupBy(items, key2) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) out.set(key2(item), [...out.get(key2(item)) ?? [], item]);
  return out;
}

// src/cli/sources-scan.ts
import { readFile as readFile4 } from "node:fs/promises";

// src/core/fail-on.ts
var FAIL_ON_VALUES = [...SEVERITIES, "none"];
function reachesFailOn(result, failOn) {
  if (failOn === "none") return false;
  const threshold = SEVERITIES.indexOf(failOn);
  if (result.skipped.some((s) => s.error)) return true;
  return result.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold);
}

// src/review/config.ts
var import_yaml18 = __toESM(require_dist(), 1);

// src/review/gate.ts
var GATES = ["new", "all"];
function baseFingerprints(baseFiles2, context, options) {
  const paths = new Set(baseFiles2.map((f) => f.path));
  return new Set(scan([...baseFiles2, ...context.filter((f) => !paths.has(f.path))], options).findings.filter((f) => paths.has(f.file)).map((f) => f.fingerprint));
}
function applyGate(findings, base, gate) {
  if (gate === "all" || !base) return { gate, counted: [...findings], preexisting: [] };
  return { gate, counted: findings.filter((f) => !base.has(f.fingerprint)), preexisting: findings.filter((f) => base.has(f.fingerprint)) };
}
function gateSentence(result, baseName = "the base branch") {
  if (result.gate === "all") return `gate: all \u2014 fail-on counts every finding, old or new.`;
  const news = result.counted.length;
  const old = result.preexisting.length;
  return `gate: new \u2014 ${counted(news, "finding")} ${news === 1 ? "is" : "are"} new; ${counted(old, "finding")} ${old === 1 ? "was" : "were"} already on ${baseName} and ${old === 1 ? "does" : "do"} not count toward fail-on.`;
}
function baselineJson(findings) {
  const file = { "podarmor-baseline": 1, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() };
  return `${JSON.stringify(file, null, 2)}
`;
}
function parseBaseline(text, path2) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problem: `${path2} is not JSON: ${err.message}` };
  }
  const file = data;
  if (!file || typeof file !== "object" || file["podarmor-baseline"] !== 1 || !Array.isArray(file.fingerprints) || !file.fingerprints.every((f) => typeof f === "string")) {
    return { problem: `${path2} is not a podarmor baseline (write one with podarmor scan --write-baseline ${path2})` };
  }
  return { fingerprints: new Set(file.fingerprints) };
}

// src/review/config.ts
var FIX_MODES = ["none", "commit", "pull-request"];
var shown = (raw) => JSON.stringify(raw);
function oneOf(values) {
  return (raw) => typeof raw === "string" && values.includes(raw) ? { value: raw } : { problem: `must be one of ${values.join(", ")}, not ${shown(raw)}` };
}
function list(raw) {
  if (Array.isArray(raw) && raw.every((v) => typeof v === "string")) return raw.map((v) => v.trim()).filter(Boolean);
  if (typeof raw === "string") return raw.split(/[\n,]/).map((v) => v.trim()).filter(Boolean);
  return void 0;
}
var kubernetesVersion = (raw) => {
  const text = String(raw);
  if (typeof raw === "number") return { problem: `write the version as a string ("${text}" would be read as ${text}); quote it` };
  if (parseVersion(text) === void 0) return { problem: `must be a version such as "1.34", not ${shown(raw)}` };
  return { value: text.replace(/^v/, "") };
};
var globs = (raw) => {
  const l = list(raw);
  return l?.length ? { value: l } : { problem: "must be a list of globs (or a comma- or newline-separated string)" };
};
var trueOrFalse = (raw) => {
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw === "string" && /^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toLowerCase() === "true" };
  return { problem: `must be true or false, not ${shown(raw)}` };
};
var wholeNumber = (min, max) => (raw) => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? { value: n } : { problem: `must be a whole number from ${min} to ${max}, not ${shown(raw)}` };
};
var path = (raw) => typeof raw === "string" ? { value: raw } : { problem: "must be a path" };
var ruleIds = (raw) => {
  const l = list(raw);
  if (!l) return { problem: "must be a list of rule ids" };
  const unknown = l.filter((r) => !RULE_IDS.has(r));
  return unknown.length ? { problem: `unknown rule${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}` } : { value: l };
};
var ruleOptions = (raw) => {
  const { options, problems } = readRuleOptions(raw);
  return problems.length ? { problem: problems.map((p) => p.message.replace(/^rules(?:\.|: )/, "")).join("; ") } : { value: options };
};
var setting = (s) => s;
var SETTINGS = [
  setting({
    key: "profile",
    field: "profile",
    default: "hardened",
    description: "Rule set: baseline, restricted (the Pod Security Standards levels) or hardened (restricted plus hardening rules).",
    actionInput: true,
    cliFlag: true,
    read: oneOf(PROFILES)
  }),
  setting({
    key: "kubernetes-version",
    field: "kubernetesVersion",
    default: DEFAULT_KUBERNETES_VERSION,
    description: "Target Kubernetes version (MAJOR.MINOR): picks the Pod Security Admission policy and the AppArmor/seccomp form.",
    actionInput: true,
    cliFlag: true,
    read: kubernetesVersion
  }),
  setting({
    key: "paths",
    field: "paths",
    default: ["**/*.yaml", "**/*.yml", "**/*.json"],
    description: "Globs of files to review, comma- or newline-separated.",
    actionInput: true,
    cliFlag: false,
    read: globs
  }),
  setting({
    key: "suggestions",
    field: "suggestions",
    default: true,
    description: "Attach GitHub suggested changes to comments (true/false).",
    actionInput: true,
    cliFlag: false,
    read: trueOrFalse
  }),
  setting({
    key: "fix",
    field: "fix",
    default: "none",
    description: "none, commit (push one commit with every safe fix and generated NetworkPolicies to the pull request's branch) or pull-request (open a pull request into it).",
    actionInput: true,
    cliFlag: false,
    read: oneOf(FIX_MODES)
  }),
  setting({
    key: "fail-on",
    field: "failOn",
    default: "high",
    description: "Fail the step when a finding reaches this severity: critical, high, medium, low or none.",
    actionInput: true,
    cliFlag: true,
    read: oneOf([...[...SEVERITIES].reverse(), "none"])
  }),
  setting({
    key: "max-comments",
    field: "maxComments",
    default: 30,
    description: "Most inline comments per review (at most 100, whatever is set); the rest go into the review's body.",
    actionInput: true,
    cliFlag: true,
    read: wholeNumber(0, 1e3)
  }),
  setting({
    key: "sarif-file",
    field: "sarifFile",
    default: "",
    defaultText: "none",
    description: "Write the findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).",
    actionInput: true,
    cliFlag: false,
    read: path
  }),
  setting({
    key: "only",
    field: "only",
    default: [],
    defaultText: "all rules of the profile",
    description: "Run only these rules (ids, comma- or newline-separated).",
    actionInput: true,
    cliFlag: true,
    read: ruleIds
  }),
  setting({
    key: "egress",
    field: "egress",
    default: "internet",
    description: "What NetworkPolicies generated by fix allow outside the cluster: internet (everything but the cloud metadata endpoints) or cluster-only.",
    actionInput: false,
    cliFlag: true,
    read: oneOf(["internet", "cluster-only"])
  }),
  setting({
    key: "gate",
    field: "gate",
    default: "new",
    description: "What fail-on counts: new (findings whose fingerprint is absent from the base version of their file) or all.",
    actionInput: true,
    cliFlag: true,
    read: oneOf(GATES)
  }),
  setting({
    key: "rules",
    field: "ruleOptions",
    default: {},
    defaultText: "none",
    description: "Rule options, by rule id: what a site allows (hostPorts, capabilities, read-only hostPaths, Localhost profiles); see docs/rules.",
    actionInput: false,
    cliFlag: false,
    read: ruleOptions
  }),
  setting({
    key: "fail-on-unreviewed",
    field: "failOnUnreviewed",
    default: false,
    description: "Fail when something was found but not reviewed: a chart without helm, a remote base, a kustomization that does not render (true/false).",
    // The CLI has it as a switch (--fail-on-unreviewed); the Action and the App fail the step and the check run.
    actionInput: true,
    cliFlag: false,
    read: trueOrFalse
  }),
  setting({
    key: "onboarding",
    field: "onboarding",
    default: true,
    description: 'GitHub App only: false stops the "Harden Kubernetes manifests" pull request the App opens when it is installed.',
    actionInput: false,
    cliFlag: false,
    read: trueOrFalse
  })
];
var DEFAULT_CONFIG = Object.fromEntries(SETTINGS.map((s) => [s.field, s.default]));
var CONFIG_KEYS = SETTINGS.map((s) => s.key);
var ACTION_INPUT_SETTINGS = SETTINGS.filter((s) => s.actionInput);
function readSetting(s, raw) {
  return raw === void 0 || raw === null || raw === "" ? void 0 : s.read(raw);
}
function readSettings(raw, source) {
  const settings2 = {};
  const problems = [];
  const bad = (key2, message) => problems.push({ key: key2, message: `${source}: ${key2}: ${message}` });
  for (const key2 of Object.keys(raw)) {
    if (!CONFIG_KEYS.includes(key2)) bad(key2, `unknown key (known keys: ${CONFIG_KEYS.join(", ")})`);
  }
  for (const s of SETTINGS) {
    const read = readSetting(s, raw[s.key]);
    if (read && "problem" in read) bad(s.key, read.problem);
    else if (read) settings2[s.field] = read.value;
  }
  return { settings: settings2, problems };
}
function readSettingsFile(raw, path2) {
  if (raw === null || raw === void 0) return { settings: {}, problems: [] };
  if (!isPlainObject(raw)) return { settings: {}, problems: [{ key: "config", message: `${path2} must be a map of settings` }] };
  return readSettings(raw, path2);
}
function parseSettingsFile(text, path2) {
  let raw;
  try {
    raw = (0, import_yaml18.parse)(text);
  } catch (err) {
    return { settings: {}, problems: [{ key: "config", message: `${path2} is not valid YAML: ${err.message.split("\n")[0]}` }] };
  }
  return readSettingsFile(raw, path2);
}
function mergeSettings(...layers) {
  return Object.assign({}, DEFAULT_CONFIG, ...layers);
}

// src/sources/index.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/sources/discover.ts
var import_yaml20 = __toESM(require_dist(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { posix as posix2, relative, resolve, sep } from "node:path";

// src/sources/kustomize-file.ts
var import_yaml19 = __toESM(require_dist(), 1);
import { posix } from "node:path";
var REMOTE_RE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git::|[\w.-]+@[\w.-]+:|(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/)|\?ref=|\?version=|\/\/.*\?/i;
var HOST_PATH_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i;
function isRemoteReference(value) {
  return REMOTE_RE.test(value.trim());
}
function looksLikeHostPath(value) {
  return HOST_PATH_RE.test(value.trim());
}
function parseKustomization(file, text) {
  const dir = posix.dirname(file);
  const lineCounter = new import_yaml19.LineCounter();
  const doc = (0, import_yaml19.parseDocument)(text, { ...YAML_OPTIONS, lineCounter });
  const at = (node) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file, line, column: col };
  };
  const result = { dir, file, isComponent: false, resources: [], components: [], patches: [], patchFiles: [], otherFiles: [], remote: [], refused: [] };
  if (doc.errors.length) {
    const { line, col } = lineCounter.linePos(doc.errors[0].pos[0]);
    result.error = { reason: `invalid YAML: ${doc.errors[0].message.split("\n")[0]}`, at: { file, line, column: col } };
    return result;
  }
  const root = doc.contents;
  if (root === null || (0, import_yaml19.isScalar)(root) && root.value === null) return result;
  if (!(0, import_yaml19.isMap)(root)) {
    result.error = { reason: "a kustomization must be a map", at: at(root) };
    return result;
  }
  result.isComponent = scalarAt(doc, ["kind"]) === "Component";
  const resolve5 = (value) => posix.normalize(posix.join(dir, value.trim())).replace(/(.)\/+$/, "$1");
  const refs = (key2) => {
    const seq = doc.getIn([key2], true);
    if (!(0, import_yaml19.isSeq)(seq)) return [];
    return seq.items.filter((n) => (0, import_yaml19.isScalar)(n) && typeof n.value === "string").map((n) => ({ value: String(n.value), node: n }));
  };
  for (const key2 of ["resources", "bases", "components"]) {
    for (const { value, node } of refs(key2)) {
      const ref = { path: resolve5(value), value, at: at(node) };
      if (isRemoteReference(value)) result.remote.push({ path: value, at: ref.at });
      else if (key2 === "components") result.components.push(ref);
      else result.resources.push(ref);
    }
  }
  readPatches(doc, result, resolve5, at, text, lineCounter);
  for (const key2 of ["configMapGenerator", "secretGenerator"]) {
    const seq = doc.getIn([key2], true);
    if (!(0, import_yaml19.isSeq)(seq)) continue;
    for (const gen of seq.items) {
      if (!(0, import_yaml19.isMap)(gen)) continue;
      for (const field of ["files", "envs", "env"]) {
        const list2 = gen.get(field, true);
        const items = (0, import_yaml19.isSeq)(list2) ? list2.items : (0, import_yaml19.isScalar)(list2) ? [list2] : [];
        for (const item of items) {
          if (!(0, import_yaml19.isScalar)(item) || typeof item.value !== "string") continue;
          const value = item.value.includes("=") ? item.value.slice(item.value.indexOf("=") + 1) : item.value;
          result.otherFiles.push({ path: resolve5(value), at: at(item) });
        }
      }
    }
  }
  for (const key2 of ["configurations", "crds", "transformers", "generators", "validators"]) {
    for (const { value, node } of refs(key2)) {
      if (isRemoteReference(value)) result.remote.push({ path: value, at: at(node) });
      else result.otherFiles.push({ path: resolve5(value), at: at(node) });
    }
  }
  const replacements = doc.getIn(["replacements"], true);
  if ((0, import_yaml19.isSeq)(replacements)) {
    for (const r of replacements.items) {
      const path2 = (0, import_yaml19.isMap)(r) ? r.get("path", true) : void 0;
      if ((0, import_yaml19.isScalar)(path2) && typeof path2.value === "string") result.otherFiles.push({ path: resolve5(path2.value), at: at(path2) });
    }
  }
  const openapi = doc.getIn(["openapi", "path"], true);
  if ((0, import_yaml19.isScalar)(openapi) && typeof openapi.value === "string") result.otherFiles.push({ path: resolve5(openapi.value), at: at(openapi) });
  const helmCharts = doc.getIn(["helmCharts"], true);
  if (helmCharts && (0, import_yaml19.isSeq)(helmCharts) && helmCharts.items.length) {
    result.refused.push({ reason: "uses helmCharts, which needs `kustomize --enable-helm`; podarmor never runs it on repository content", at: at(helmCharts) });
  }
  return result;
}
function scalarAt(doc, path2) {
  const node = doc.getIn(path2, true);
  return (0, import_yaml19.isScalar)(node) ? node.value : void 0;
}
function readPatches(doc, result, resolve5, at, text, lineCounter) {
  const inlinePatch = (node, target, json6902) => {
    const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
    const start = node.range?.[0] ?? 0;
    const { line } = lineCounter.linePos(start);
    const firstContentLine = text.split("\n")[line] ?? "";
    const indent = firstContentLine.length - firstContentLine.trimStart().length;
    result.patches.push({
      file: result.file,
      inline: true,
      text: String(node.value),
      lineOffset: block ? line : line - 1,
      columnOffset: block ? indent : 0,
      linesExact: block && node.type === "BLOCK_LITERAL",
      ...target ? { target } : {},
      declaredAt: at(node),
      json6902
    });
  };
  const filePatch = (node, target, json6902) => {
    const path2 = resolve5(String(node.value));
    result.patchFiles.push({ path: path2, at: at(node) });
    result.patches.push({ file: path2, inline: false, text: "", lineOffset: 0, columnOffset: 0, linesExact: true, ...target ? { target } : {}, declaredAt: at(node), json6902 });
  };
  for (const key2 of ["patches", "patchesJson6902", "patchesStrategicMerge"]) {
    const seq = doc.getIn([key2], true);
    if (!(0, import_yaml19.isSeq)(seq)) continue;
    for (const item of seq.items) {
      if (key2 === "patchesStrategicMerge" && (0, import_yaml19.isScalar)(item) && typeof item.value === "string") {
        if (/\n|:\s/.test(item.value)) inlinePatch(item, void 0, false);
        else filePatch(item, void 0, false);
        continue;
      }
      if (!(0, import_yaml19.isMap)(item)) continue;
      const target = readTarget(item.get("target", true));
      const path2 = item.get("path", true);
      const patch = item.get("patch", true);
      const json6902 = key2 === "patchesJson6902";
      if ((0, import_yaml19.isScalar)(path2) && typeof path2.value === "string") filePatch(path2, target, json6902);
      else if ((0, import_yaml19.isScalar)(patch) && typeof patch.value === "string") inlinePatch(patch, target, json6902);
    }
  }
}
function readTarget(node) {
  if (!(0, import_yaml19.isMap)(node)) return void 0;
  const target = {};
  for (const key2 of ["kind", "name", "namespace", "group", "version", "labelSelector"]) {
    const v = node.get(key2);
    if (typeof v === "string") target[key2] = v;
  }
  return target;
}

// src/sources/kustomize-graph.ts
function closureOf(kustomizations, root) {
  const seen = /* @__PURE__ */ new Map();
  const queue = [root];
  while (queue.length) {
    const dir = queue.shift();
    const k = kustomizations.get(dir);
    if (!k || seen.has(dir)) continue;
    seen.set(dir, k);
    for (const ref of [...k.resources, ...k.components]) queue.push(ref.path);
  }
  return [...seen.values()];
}
function filesOf(closure, kustomizations) {
  const files = /* @__PURE__ */ new Set();
  for (const k of closure) {
    files.add(k.file);
    for (const ref of [...k.resources, ...k.components]) if (!kustomizations.has(ref.path)) files.add(ref.path);
    for (const ref of [...k.patchFiles, ...k.otherFiles]) files.add(ref.path);
  }
  return [...files].sort();
}

// src/sources/discover.ts
var MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function toSourcePath(rootDir, absolute) {
  const rel = relative(rootDir, absolute);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
async function discover(rootDir, paths) {
  const result = { rootDir, manifests: [], kustomizations: /* @__PURE__ */ new Map(), roots: [], charts: [], gitops: [], missing: [] };
  const yamlFiles = [];
  const kustomizationDirs = [];
  const above = [];
  for (const p of paths) {
    const abs = resolve(rootDir, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      result.missing.push(p);
      continue;
    }
    const firstNew = yamlFiles.length;
    if (info.isDirectory()) await walk2(abs, rootDir, yamlFiles, kustomizationDirs, result.charts);
    else if (isKustomizationFile(posix2.basename(abs))) kustomizationDirs.push(toSourcePath(rootDir, resolve(abs, "..")));
    else yamlFiles.push(toSourcePath(rootDir, abs));
    const files = yamlFiles.slice(firstNew);
    if (files.length) for (const dir of await kustomizationsAbove(rootDir, abs)) above.push({ dir, files });
  }
  await loadClosure(rootDir, [...kustomizationDirs, ...above.map((a) => a.dir)], result.kustomizations);
  for (const { dir, files } of above) {
    const k = result.kustomizations.get(dir);
    const uses = new Set([...k?.resources ?? [], ...k?.patchFiles ?? [], ...k?.otherFiles ?? []].map((ref) => ref.path));
    if (files.some((f) => uses.has(f))) kustomizationDirs.push(dir);
  }
  const usedDirs = /* @__PURE__ */ new Set();
  const usedFiles = /* @__PURE__ */ new Set();
  for (const k of result.kustomizations.values()) {
    usedFiles.add(k.file);
    for (const ref of [...k.resources, ...k.components]) {
      if (result.kustomizations.has(ref.path)) usedDirs.add(ref.path);
      else usedFiles.add(ref.path);
    }
    for (const ref of [...k.patchFiles, ...k.otherFiles]) usedFiles.add(ref.path);
  }
  result.roots = [...new Set(kustomizationDirs)].filter((d) => result.kustomizations.has(d) && !usedDirs.has(d)).sort();
  const reached = new Set(result.roots.flatMap((r) => closureOf(result.kustomizations, r).map((k) => k.dir)));
  for (const d of new Set(kustomizationDirs)) if (result.kustomizations.has(d) && !reached.has(d)) result.roots.push(d);
  const inChart = (f) => result.charts.some((c) => c === "." || f.startsWith(`${c}/`));
  result.manifests = [...new Set(yamlFiles)].filter((f) => !usedFiles.has(f) && !inChart(f)).sort();
  const patches = new Set([...result.kustomizations.values()].flatMap((k) => k.patchFiles.map((ref) => ref.path)));
  for (const f of [...new Set(yamlFiles)].filter((file) => !inChart(file) && !patches.has(file)).sort()) result.gitops.push(...await findGitOpsObjects(rootDir, f));
  return result;
}
async function walk2(dir, rootDir, yamlFiles, kustomizationDirs, charts) {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  const here = toSourcePath(rootDir, dir);
  if (entries.some((e) => e.isFile() && e.name === "Chart.yaml")) {
    charts.push(here);
    return;
  }
  for (const e of entries) {
    const full = resolve(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk2(full, rootDir, yamlFiles, kustomizationDirs, charts);
    } else if (e.isFile() && isKustomizationFile(e.name)) {
      kustomizationDirs.push(here);
    } else if (e.isFile() && MANIFEST_EXTENSIONS.test(e.name)) {
      yamlFiles.push(toSourcePath(rootDir, full));
    }
  }
}
async function loadClosure(rootDir, dirs, into) {
  const queue = [...dirs];
  while (queue.length) {
    const dir = queue.shift();
    if (into.has(dir)) continue;
    const k = await readKustomization(rootDir, dir);
    if (!k) continue;
    into.set(dir, k);
    for (const list2 of [k.resources, k.components]) {
      for (const ref of [...list2]) {
        if (ref.value === void 0 || !looksLikeHostPath(ref.value) || await exists(resolve(rootDir, ref.path))) continue;
        list2.splice(list2.indexOf(ref), 1);
        k.remote.push({ path: ref.value, at: ref.at });
      }
    }
    for (const ref of [...k.resources, ...k.components]) {
      if (!into.has(ref.path) && await isDirectory(resolve(rootDir, ref.path))) queue.push(ref.path);
    }
  }
}
async function readKustomization(rootDir, dir) {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = dir === "." || dir === "" ? name : `${dir}/${name}`;
    let text;
    try {
      text = await readFile(resolve(rootDir, file), "utf8");
    } catch {
      continue;
    }
    return parseKustomization(file, text);
  }
  return void 0;
}
var LEVELS_UP = 3;
async function kustomizationsAbove(rootDir, path2) {
  const found = [];
  let dir = resolve(path2, "..");
  for (let i = 0; i < LEVELS_UP && !relative(rootDir, dir).startsWith(".."); i++) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      if ((await stat(resolve(dir, name)).catch(() => void 0))?.isFile()) {
        found.push(toSourcePath(rootDir, dir));
        break;
      }
    }
    const parent = resolve(dir, "..");
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}
async function exists(p) {
  return await stat(p).catch(() => void 0) !== void 0;
}
async function isDirectory(p) {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
var GITOPS_KINDS = [
  { apiGroup: "helm.toolkit.fluxcd.io", kind: "HelmRelease", source: "flux-helmrelease" },
  { apiGroup: "kustomize.toolkit.fluxcd.io", kind: "Kustomization", source: "flux-kustomization" },
  { apiGroup: "argoproj.io", kind: "Application", source: "argocd-application" },
  // Named as not reviewed: its templates are not expanded.
  { apiGroup: "argoproj.io", kind: "ApplicationSet", source: "argocd-application" }
];
var GITOPS_KIND_LINE = /^kind:\s*["']?(?:HelmRelease|Kustomization|Application|ApplicationSet)["']?\s*(?:#.*)?$/m;
var GITOPS_API_LINE = /^apiVersion:\s*["']?(?:helm\.toolkit\.fluxcd\.io|kustomize\.toolkit\.fluxcd\.io|argoproj\.io)\//m;
async function findGitOpsObjects(rootDir, file) {
  let text;
  try {
    text = await readFile(resolve(rootDir, file), "utf8");
  } catch {
    return [];
  }
  if (!GITOPS_KIND_LINE.test(text) || !GITOPS_API_LINE.test(text)) return [];
  const out = [];
  let line = 1;
  let documentIndex = -1;
  for (const part of text.split(/^(?=---)/m)) {
    const body = part.replace(/^---[^\n]*\n?/, "");
    const bodyLine = line + (part.length - body.length > 0 ? 1 : 0);
    if (part.startsWith("---") || body.replace(/^\s*#.*$/gm, "").trim() !== "") documentIndex++;
    if (GITOPS_KIND_LINE.test(body) && GITOPS_API_LINE.test(body)) {
      const doc = (0, import_yaml20.parseDocument)(body);
      const map = doc.contents;
      if ((0, import_yaml20.isMap)(map)) {
        const apiVersion = String(map.get("apiVersion") ?? "");
        const kind = String(map.get("kind") ?? "");
        const match = GITOPS_KINDS.find((g) => g.kind === kind && apiVersion.startsWith(`${g.apiGroup}/`));
        if (match) {
          const offset = map.range?.[0] ?? 0;
          out.push({ kind: match.source, file, line: bodyLine + body.slice(0, offset).split("\n").length - 1, name: String(doc.getIn(["metadata", "name"]) ?? ""), documentIndex });
        }
      }
    }
    line += part.split("\n").length - 1;
  }
  return out;
}

// src/sources/kustomize-roots.ts
import { availableParallelism } from "node:os";
import { posix as posix4, relative as relative3 } from "node:path";

// src/sources/kustomize-render.ts
var import_yaml23 = __toESM(require_dist(), 1);
import { copyFile, mkdir, mkdtemp, readFile as readFile2, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix as posix3, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/sources/kustomize-provenance.ts
var import_yaml22 = __toESM(require_dist(), 1);

// src/sources/map-fields.ts
var import_yaml21 = __toESM(require_dist(), 1);
function parseWritten(text, toFileLocation) {
  const lineCounter = new import_yaml21.LineCounter();
  const docs = (0, import_yaml21.parseAllDocuments)(text, { ...YAML_OPTIONS, lineCounter });
  return {
    docs: Array.isArray(docs) ? docs.filter((d) => d.errors.length === 0) : [],
    toLocation(offset, endOffset) {
      const a = lineCounter.linePos(offset);
      const b = lineCounter.linePos(Math.max(offset, endOffset));
      return toFileLocation(a.line, a.col, b.line, b.col);
    }
  };
}
function fieldSteps(rendered, path2) {
  const steps = [];
  let node = rendered;
  for (const step of path2) {
    if (typeof step === "number") {
      const item = (0, import_yaml21.isSeq)(node) ? node.items[step] : void 0;
      const name = (0, import_yaml21.isMap)(item) ? item.get("name") : void 0;
      steps.push({ index: step, ...typeof name === "string" ? { name } : {} });
      node = item;
    } else {
      steps.push(step);
      node = (0, import_yaml21.isMap)(node) ? node.get(step, true) : void 0;
    }
  }
  return steps;
}
function matchSteps(node, steps, start) {
  let best = start;
  let current = node;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (typeof step === "string") {
      if (!(0, import_yaml21.isMap)(current)) break;
      const pair = current.items.find((p) => (0, import_yaml21.isScalar)(p.key) && String(p.key.value) === step);
      if (!pair) break;
      best = { depth: best.depth + 1, range: pairRange(pair) };
      current = pair.value;
    } else {
      if (!(0, import_yaml21.isSeq)(current)) break;
      const item = findItem(current.items, step);
      if (!item) break;
      best = { depth: best.depth + 1, range: itemRange(item) };
      current = item;
    }
  }
  return best;
}
function findItem(items, step) {
  if (step.name !== void 0) {
    return items.find((it) => (0, import_yaml21.isMap)(it) && it.get("name") === step.name);
  }
  return items[step.index];
}
function itemRange(item) {
  if ((0, import_yaml21.isMap)(item)) {
    const name = item.items.find((p) => (0, import_yaml21.isScalar)(p.key) && p.key.value === "name");
    const first = name ?? item.items[0];
    if (first) return pairRange(first);
  }
  const r = item.range ?? [0, 0, 0];
  return { start: r[0], end: r[1] };
}
function pointerTokens(pointer) {
  if (!pointer.startsWith("/")) return [];
  return pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function matchJsonOp(op, steps) {
  if (!(0, import_yaml21.isMap)(op)) return void 0;
  const kind = op.get("op");
  if (kind !== "add" && kind !== "replace") return void 0;
  const pointer = op.get("path");
  if (typeof pointer !== "string") return void 0;
  const tokens = pointerTokens(pointer);
  if (tokens.length > steps.length) return void 0;
  for (let i = 0; i < tokens.length; i++) {
    const step = steps[i];
    const token = tokens[i];
    if (typeof step === "string" ? step !== token : token !== "-" && Number(token) !== step.index) return void 0;
  }
  const valuePair = op.items.find((p) => (0, import_yaml21.isScalar)(p.key) && p.key.value === "value");
  const pathPair = op.items.find((p) => (0, import_yaml21.isScalar)(p.key) && p.key.value === "path");
  const anchor = valuePair ?? pathPair;
  return matchSteps(valuePair?.value, steps.slice(tokens.length), { depth: tokens.length, range: pairRange(anchor) });
}
function pathAtOffset(root, offset) {
  const path2 = [];
  let node = root;
  for (let depth = 0; depth < 100; depth++) {
    if ((0, import_yaml21.isMap)(node)) {
      const pair = node.items.find((p) => {
        const k = p.key;
        const v = p.value;
        const start = k?.range?.[0] ?? v?.range?.[0] ?? -1;
        const end = v?.range?.[2] ?? k?.range?.[2] ?? -1;
        return offset >= start && offset < Math.max(end, start + 1);
      });
      if (!pair || !(0, import_yaml21.isScalar)(pair.key)) break;
      path2.push(String(pair.key.value));
      const value = pair.value;
      const keyEnd = pair.key.range?.[2] ?? 0;
      if (!value || offset < keyEnd) break;
      node = value;
    } else if ((0, import_yaml21.isSeq)(node)) {
      const index = node.items.findIndex((it) => {
        const r = it?.range;
        return r != null && offset >= r[0] && offset < Math.max(r[2], r[0] + 1);
      });
      if (index < 0) break;
      path2.push(index);
      node = node.items[index];
    } else break;
  }
  return path2;
}

// src/sources/kustomize-provenance.ts
function patchesReaching(kustomizations, root, baseFile) {
  const visiting = /* @__PURE__ */ new Set();
  const visit2 = (k) => {
    if (visiting.has(k.dir)) return void 0;
    visiting.add(k.dir);
    const out = [];
    let reached = false;
    for (const res of k.resources) {
      if (res.path === baseFile) reached = true;
      const sub = kustomizations.get(res.path);
      const patches = sub ? visit2(sub) : void 0;
      if (patches) {
        reached = true;
        out.push(...patches);
      }
    }
    for (const comp of k.components) {
      const c = kustomizations.get(comp.path);
      if (!c) continue;
      const patches = visit2(c);
      if (patches) {
        reached = true;
        out.push(...patches);
      } else if (reached) {
        out.push(...c.patches);
      }
    }
    visiting.delete(k.dir);
    if (!reached) return void 0;
    out.push(...k.patches);
    return out;
  };
  const rootK = kustomizations.get(root);
  return (rootK && visit2(rootK)) ?? [];
}
function identityOf(node) {
  const map = (0, import_yaml22.isMap)(node) ? node : void 0;
  const metadata = map?.get("metadata");
  const meta = (0, import_yaml22.isMap)(metadata) ? metadata : void 0;
  const labelsNode = meta?.get("labels");
  const labels = {};
  if ((0, import_yaml22.isMap)(labelsNode)) {
    for (const p of labelsNode.items) if ((0, import_yaml22.isScalar)(p.key) && (0, import_yaml22.isScalar)(p.value)) labels[String(p.key.value)] = String(p.value.value);
  }
  return { kind: String(map?.get("kind") ?? ""), name: String(meta?.get("name") ?? ""), labels };
}
function sameName(written, baseName, renderedName) {
  return written === baseName || written === renderedName || written !== "" && renderedName.includes(written);
}
function targetMatches(target, base, rendered) {
  if (target.kind && target.kind !== rendered.kind) return false;
  if (target.name) {
    let re;
    try {
      re = new RegExp(`^(?:${target.name})$`);
    } catch {
      return false;
    }
    if (!re.test(base.name) && !re.test(rendered.name)) return false;
  }
  if (target.labelSelector) {
    for (const term of target.labelSelector.split(",")) {
      const [k, v] = term.split("=").map((s) => s.trim());
      if (k && v !== void 0 && rendered.labels[k] !== v) return false;
    }
  }
  return true;
}
function objectProvenance(rendered, origin, baseFile, patches, written) {
  const renderedRoot = rendered.contents;
  const renderedId = identityOf(renderedRoot);
  const baseWritten = baseFile ? written(baseFile) : void 0;
  const baseDoc = baseWritten && findBaseObject(baseWritten, renderedId);
  const baseId = baseDoc ? identityOf(baseDoc.contents) : renderedId;
  const objectOrigin = baseDoc && baseWritten ? baseWritten.toLocation(nodeRange({ doc: baseDoc }, baseDoc.contents).start, nodeRange({ doc: baseDoc }, baseDoc.contents).end) : origin;
  const candidates = [];
  for (const patch of patches) {
    const w = written(patch.file, patch);
    if (!w) continue;
    for (const doc of w.docs) {
      const root = doc.contents;
      if ((0, import_yaml22.isSeq)(root) || patch.json6902) {
        if (patch.target && !targetMatches(patch.target, baseId, renderedId)) continue;
        if (!(0, import_yaml22.isSeq)(root)) continue;
        for (const op of root.items) candidates.push({ written: w, node: op, start: { depth: 0, range: { start: 0, end: 0 } }, kind: "json6902", patch });
      } else if ((0, import_yaml22.isMap)(root)) {
        const id = identityOf(root);
        if (patch.target) {
          if (!targetMatches(patch.target, baseId, renderedId)) continue;
        } else if (id.kind !== renderedId.kind || !sameName(id.name, baseId.name, renderedId.name)) continue;
        candidates.push({ written: w, node: root, start: { depth: 0, range: nodeRange({ doc }, root) }, kind: "patch", patch });
      }
    }
  }
  const locate = (anchor) => {
    const path2 = anchor.length >= 2 && anchor.at(-1) === "name" && typeof anchor.at(-2) === "number" ? anchor.slice(0, -1) : anchor;
    const steps = fieldSteps(renderedRoot, path2);
    const identityPath = steps.length <= 2 && (steps[0] === "kind" || steps[0] === "apiVersion" || steps[0] === "metadata" && (steps.length === 1 || steps[1] === "name"));
    const missingField = isCollection(valueAt2(renderedRoot, path2));
    const baseMatch = baseDoc ? matchSteps(baseDoc.contents, steps, { depth: 0, range: nodeRange({ doc: baseDoc }, baseDoc.contents) }) : void 0;
    let owner;
    let deepest;
    let replacingOp;
    if (!identityPath) {
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i];
        const m = c.kind === "json6902" ? matchJsonOp(c.node, steps) : matchSteps(c.node, steps, c.start);
        if (!m || m.depth === 0) continue;
        if (c.kind === "json6902") replacingOp ??= { c, m };
        if (m.depth === steps.length && (c.kind === "json6902" || !missingField)) owner ??= { c, m };
        if (!deepest || m.depth > deepest.m.depth) deepest = { c, m };
      }
    }
    const atBase = (m, hint) => ({ location: baseWritten.toLocation(m.range.start, m.range.end), editable: hint === void 0, ...hint ? { hint } : {} });
    if (missingField && baseMatch && baseWritten && baseMatch.depth >= steps.length - 1) {
      if (replacingOp) {
        const op = located(replacingOp.c, replacingOp.m).location;
        return atBase(baseMatch, `the JSON6902 op at ${op.file}:${op.line} replaces this block in the render: change it there`);
      }
      return atBase(baseMatch);
    }
    if (owner) return located(owner.c, owner.m);
    if (baseMatch && baseWritten && (!deepest || baseMatch.depth >= deepest.m.depth)) return atBase(baseMatch);
    if (deepest) return located(deepest.c, deepest.m);
    return { location: objectOrigin, editable: false };
  };
  return { origin: objectOrigin, locate };
}
function valueAt2(root, path2) {
  let node = root;
  for (const step of path2) node = (0, import_yaml22.isSeq)(node) || (0, import_yaml22.isMap)(node) ? node.get(step, true) : void 0;
  return node;
}
function isCollection(node) {
  return (0, import_yaml22.isMap)(node) || (0, import_yaml22.isSeq)(node);
}
function located(c, m) {
  const location = c.written.toLocation(m.range.start, m.range.end);
  const patch = c.patch;
  if (c.kind === "json6902") {
    return { location, editable: false, hint: `change the JSON6902 patch op at ${location.file}:${location.line}` };
  }
  if (patch.inline && !patch.linesExact) {
    return { location: patch.declaredAt, editable: false, hint: `change the inline patch at ${patch.declaredAt.file}:${patch.declaredAt.line}` };
  }
  return { location, editable: true };
}
function findBaseObject(w, rendered) {
  let best;
  let bestScore = -1;
  for (const doc of w.docs) {
    const id = identityOf(doc.contents);
    if (id.kind !== rendered.kind) continue;
    const score = id.name === rendered.name ? 1e6 : rendered.name.includes(id.name) ? id.name.length : 0;
    if (score > bestScore) {
      best = doc;
      bestScore = score;
    }
  }
  return best;
}
function writtenFrom(text, file, patch) {
  if (patch?.inline) {
    return parseWritten(
      patch.text,
      (line, column, endLine, endColumn) => patch.linesExact ? { file, line: line + patch.lineOffset, column: column + patch.columnOffset, endLine: endLine + patch.lineOffset, endColumn: endColumn + patch.columnOffset } : patch.declaredAt
    );
  }
  return parseWritten(text, (line, column, endLine, endColumn) => ({ file, line, column, endLine, endColumn }));
}

// src/sources/run-tool.ts
var childProcess = () => import("node:child_process");
var DEFAULT_TOOL_LIMITS = { timeoutMs: 6e4, maxOutputBytes: 64 * 1024 * 1024 };
async function runTool(command, args, limits = DEFAULT_TOOL_LIMITS) {
  const { spawn } = await childProcess();
  return new Promise((resolve5) => {
    const child = spawn(command, args, { cwd: limits.cwd, env: limits.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let outBytes = 0;
    let stopped;
    const stop = (why) => {
      if (stopped) return;
      stopped = why;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(`${command} took longer than ${Math.round(limits.timeoutMs / 1e3)} s and was stopped`), limits.timeoutMs);
    child.stdout.on("data", (chunk) => {
      outBytes += chunk.length;
      if (outBytes > limits.maxOutputBytes) stop(`${command} printed more than ${limits.maxOutputBytes} bytes and was stopped`);
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (err.reduce((n, b) => n + b.length, 0) < 64 * 1024) err.push(chunk);
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve5({ ok: false, stdout: "", error: e.code === "ENOENT" ? `${command} is not on PATH` : `${command} could not be started: ${e.message}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString("utf8");
      if (stopped) return resolve5({ ok: false, stdout: "", error: stopped });
      if (code === 0) return resolve5({ ok: true, stdout });
      resolve5({ ok: false, stdout, error: firstErrorLine(Buffer.concat(err).toString("utf8")) ?? `${command} exited with code ${code}` });
    });
  });
}
function firstErrorLine(stderr) {
  const lines2 = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines2.find((l) => /^error\b/i.test(l)) ?? lines2[0];
}
async function toolAvailable(command, versionArgs = ["version"]) {
  const run3 = await runTool(command, versionArgs, { timeoutMs: 1e4, maxOutputBytes: 1024 * 1024 });
  return run3.ok;
}

// src/sources/kustomize-render.ts
function refusal(closure, root) {
  for (const k of closure) {
    const remote = k.remote[0];
    if (remote) {
      return {
        file: remote.at.file,
        line: remote.at.line,
        reason: `kustomization ${root} uses the remote resource ${remote.path}, which podarmor does not fetch`,
        remedy: "vendor the remote base into the repository, or render it yourself and scan the output (kubectl kustomize \u2026 | podarmor scan -)"
      };
    }
    const refused = k.refused[0];
    if (refused) return { file: refused.at.file, line: refused.at.line, reason: `kustomization ${root} ${refused.reason}`, remedy: "render it yourself and scan the output (kubectl kustomize --enable-helm \u2026 | podarmor scan -)" };
    if (k.error) return { file: k.error.at.file, line: k.error.at.line, reason: `kustomization ${k.file} cannot be read: ${k.error.reason}` };
  }
  return void 0;
}
async function makeRenderTree(rootDir, files, kustomizationFiles, generated = []) {
  const dir = await mkdtemp(join(tmpdir(), "podarmor-kustomize-"));
  const up = Math.max(0, ...[...files, ...generated.map((g) => g.file)].map((f) => (posix3.normalize(f).match(/^(\.\.\/)+/)?.[0].length ?? 0) / 3));
  const inner = join(dir, ...Array.from({ length: up }, (_, i) => `u${i}`));
  const pathOf = (file) => resolve2(inner, file);
  const realRoot = await realpath(rootDir);
  for (const file of files) {
    const target = pathOf(file);
    await mkdir(dirname(target), { recursive: true });
    try {
      const source = resolve2(rootDir, file);
      if (!symlinkStaysInside(source, await realpath(source), realRoot)) continue;
      if (kustomizationFiles.has(file)) await writeFile(target, withOriginAnnotations(await readFile2(source, "utf8")));
      else await copyFile(source, target);
    } catch {
    }
  }
  for (const { file, text } of generated) {
    await mkdir(dirname(pathOf(file)), { recursive: true });
    await writeFile(pathOf(file), withOriginAnnotations(text(pathOf)));
  }
  const sourceOf = (path2) => relative2(inner, path2).split(sep2).join("/") || ".";
  return { dir: inner, pathOf, sourceOf, dispose: () => rm(dir, { recursive: true, force: true }) };
}
function symlinkStaysInside(path2, real, realRoot) {
  return real === path2 || real === realRoot || real.startsWith(`${realRoot}${sep2}`);
}
function withOriginAnnotations(text) {
  const doc = (0, import_yaml23.parseDocument)(text);
  if (doc.errors.length || !(0, import_yaml23.isMap)(doc.contents)) return text;
  const current = doc.get("buildMetadata");
  const list2 = (0, import_yaml23.isSeq)(current) ? current.items.map((i) => (0, import_yaml23.isScalar)(i) ? String(i.value) : "") : [];
  if (!list2.includes("originAnnotations")) list2.push("originAnnotations");
  doc.set("buildMetadata", list2);
  return doc.toString();
}
var kustomizeCommand;
function kustomizeTool() {
  kustomizeCommand ??= toolAvailable("kustomize", ["version"]).then((has) => has ? { command: "kustomize", args: ["build"] } : { command: "kubectl", args: ["kustomize"] });
  return kustomizeCommand;
}
var DEAD_PROXY = "http://127.0.0.1:9";
var offlineEnv = () => ({
  ...process.env,
  GIT_ALLOW_PROTOCOL: "file",
  GIT_TERMINAL_PROMPT: "0",
  HTTPS_PROXY: DEAD_PROXY,
  HTTP_PROXY: DEAD_PROXY,
  https_proxy: DEAD_PROXY,
  http_proxy: DEAD_PROXY,
  ALL_PROXY: DEAD_PROXY,
  NO_PROXY: "",
  no_proxy: ""
});
async function renderKustomizeRoot(root, tree, kustomizations, env, readText) {
  const tool = await kustomizeTool();
  const rootK = kustomizations.get(root);
  const run3 = await runTool(tool.command, [...tool.args, tree.pathOf(root)], { timeoutMs: env.timeoutMs, maxOutputBytes: env.maxOutputBytes, env: offlineEnv() });
  if (!run3.ok) {
    return {
      notReviewed: {
        file: rootK.file,
        line: 1,
        reason: `${tool.command} ${tool.args.join(" ")} ${root} failed: ${toolMessage(run3.error ?? "unknown error", tree.dir)}`,
        remedy: /is not on PATH$/.test(run3.error ?? "") ? "install kubectl (it bundles kustomize) or kustomize" : `fix the kustomization so that \`kubectl kustomize ${root}\` renders`
      }
    };
  }
  const cache = /* @__PURE__ */ new Map();
  const written = (file, patch) => {
    const key2 = patch?.inline ? `${file}#${patch.declaredAt.line}` : file;
    if (!cache.has(key2)) {
      const text = patch?.inline ? patch.text : readText(file);
      cache.set(key2, text === void 0 ? void 0 : writtenFrom(text, file, patch));
    }
    return cache.get(key2);
  };
  const documents = [];
  const fromRoot = (p) => tree.sourceOf(resolve2(tree.pathOf(root), p));
  for (const printed of splitDocuments2(run3.stdout)) {
    const { text, origin } = withoutOrigin(printed);
    if (!/^kind:/m.test(text)) continue;
    const baseFile = origin.path !== void 0 ? fromRoot(origin.path) : void 0;
    const configuredIn = origin.configuredIn !== void 0 ? fromRoot(origin.configuredIn) : rootK.file;
    const fallback = { file: baseFile ?? configuredIn, line: 1, column: 1 };
    let provenance;
    const get2 = () => provenance ??= objectProvenance((0, import_yaml23.parseDocument)(text), fallback, baseFile, baseFile ? patchesReaching(kustomizations, root, baseFile) : [], written);
    documents.push({
      text,
      originFile: fallback.file,
      get origin() {
        return get2().origin;
      },
      locate: (path2) => get2().locate(path2)
    });
  }
  return { render: { kind: "kustomize", root, documents } };
}
function splitDocuments2(output) {
  return output.split(/^---[ \t]*\r?\n/m).filter((d) => d.trim() !== "");
}
function withoutOrigin(printed) {
  const lines2 = printed.split("\n");
  const at = lines2.findIndex((l) => /^\s+config\.kubernetes\.io\/origin: [|>]/.test(l));
  if (at < 0) return { text: printed, origin: {} };
  const indent = lines2[at].length - lines2[at].trimStart().length;
  let end = at + 1;
  while (end < lines2.length && (lines2[end].trim() === "" || lines2[end].length - lines2[end].trimStart().length > indent)) end++;
  const block = lines2.slice(at + 1, end);
  const field = (name) => block.map((l) => new RegExp(`^\\s*${name}: (.+)$`).exec(l)?.[1]).find((v) => v !== void 0);
  const path2 = field("path");
  const configuredIn = field("configuredIn");
  lines2.splice(at, end - at);
  const annotations = at - 1;
  const next = lines2[at];
  if (/^\s+annotations:\s*$/.test(lines2[annotations] ?? "") && (next === void 0 || next.length - next.trimStart().length <= lines2[annotations].length - lines2[annotations].trimStart().length)) lines2.splice(annotations, 1);
  return { text: lines2.join("\n"), origin: { ...path2 !== void 0 ? { path: unquote(path2) } : {}, ...configuredIn !== void 0 ? { configuredIn: unquote(configuredIn) } : {} } };
}
function unquote(value) {
  const v = value.trim();
  return /^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v;
}
function toolMessage(error, treeDir) {
  const wrapped = /\berr="((?:[^"\\]|\\.)*)"/.exec(error);
  const message = wrapped ? wrapped[1].replace(/\\(.)/g, "$1") : error;
  return message.replaceAll(`${treeDir}/`, "");
}

// src/sources/kustomize-roots.ts
var HOST_DIR = ".podarmor-host";
async function renderKustomizeRoots(discovery, env, readText, notReviewed) {
  const { kustomizations } = discovery;
  const plans = [];
  const outcomes = /* @__PURE__ */ new Map();
  for (const root of discovery.roots) {
    const plan = planFor(root, discovery);
    if ("reason" in plan) {
      outcomes.set(root, plan);
      continue;
    }
    const why = refusal(closureOf(plan.kustomizations, plan.buildDir), root);
    if (why) outcomes.set(root, why);
    else plans.push(plan);
  }
  const files = [...new Set(plans.flatMap((p) => filesOf(closureOf(p.kustomizations, p.buildDir), p.kustomizations)))].filter((f) => !plans.some((p) => p.generated?.file === f));
  const kustomizationFiles = new Set([...kustomizations.values()].map((k) => k.file));
  const renders = [];
  if (plans.length) {
    const tree = await makeRenderTree(env.rootDir, files, kustomizationFiles, plans.flatMap((p) => p.generated ? [p.generated] : []));
    try {
      const results = await inParallel(
        plans,
        availableParallelism(),
        (p) => renderKustomizeRoot(p.buildDir, tree, p.kustomizations, env, readText).catch((err) => ({
          notReviewed: { file: kustomizations.get(p.root).file, line: 1, reason: `kustomization ${p.root} could not be rendered: ${err.message}` }
        }))
      );
      results.forEach((r, i) => {
        const plan = plans[i];
        if (r.render) renders.push({ ...r.render, root: plan.root, ...plan.variant ? { variant: plan.variant } : {} });
        if (r.notReviewed) outcomes.set(plan.root, plan.generated ? { ...r.notReviewed, file: kustomizations.get(plan.root).file, line: 1, reason: `${r.notReviewed.reason} (component ${plan.root} ${plan.variant})` } : r.notReviewed);
      });
    } finally {
      await tree.dispose();
    }
  }
  for (const root of discovery.roots) {
    const why = outcomes.get(root);
    if (why) notReviewed.push(why);
  }
  const reviewedFiles = new Set(plans.filter((p) => !outcomes.has(p.root)).flatMap((p) => filesOf(closureOf(p.kustomizations, p.buildDir), p.kustomizations)));
  const scanAsIs = /* @__PURE__ */ new Set();
  const usedBy = /* @__PURE__ */ new Map();
  for (const [root, why] of outcomes) {
    const closure = closureOf(kustomizations, root);
    const resources = new Set(closure.flatMap((k) => k.resources.map((r) => r.path)));
    const noTool = /is not on PATH$/.test(why.reason);
    for (const file of filesOf(closure, kustomizations)) {
      if (reviewedFiles.has(file) || file === why.file || readText(file) === void 0) continue;
      if (noTool && resources.has(file)) scanAsIs.add(file);
      else usedBy.set(file, [...usedBy.get(file) ?? [], root]);
    }
    if (noTool) why.remedy = `${why.remedy}; meanwhile its resources were scanned as they are, without its patches`;
  }
  for (const [file, roots] of usedBy) {
    if (notReviewed.some((n) => n.file === file) || scanAsIs.has(file)) continue;
    notReviewed.push({ file, reason: roots.length === 1 ? `used only by kustomization ${roots[0]}, which was not reviewed` : `used only by kustomizations ${roots.join(", ")}, which were not reviewed` });
  }
  return { renders, scanAsIs: [...scanAsIs].filter((f) => !notReviewed.some((n) => n.file === f)).sort() };
}
function planFor(root, discovery) {
  const { kustomizations } = discovery;
  const k = kustomizations.get(root);
  if (!k.isComponent) return { root, buildDir: root, kustomizations };
  const host = hostOf(root, discovery);
  if (!host) {
    return {
      file: k.file,
      line: 1,
      reason: `component ${root} is not used by any kustomization in the scanned paths, and a component does not render alone`,
      remedy: "scan it together with a kustomization that lists it under components:"
    };
  }
  const buildDir = posix4.normalize(posix4.join(host, "..", `${HOST_DIR}-${root.replaceAll("/", "-")}`));
  const file = `${buildDir}/kustomization.yaml`;
  const at = { file: k.file, line: 1, column: 1 };
  const generated = { dir: buildDir, file, isComponent: false, resources: [{ path: host, at }], components: [{ path: root, at }], patches: [], patchFiles: [], otherFiles: [], remote: [], refused: [] };
  const text = (pathOf) => {
    const from = pathOf(buildDir);
    return `resources:
  - ${relative3(from, pathOf(host))}
components:
  - ${relative3(from, pathOf(root))}
`;
  };
  return { root, buildDir, variant: `on ${host}`, kustomizations: new Map(kustomizations).set(buildDir, generated), generated: { file, text } };
}
function hostOf(component, discovery) {
  let dir = posix4.dirname(component);
  for (; ; ) {
    const k = discovery.kustomizations.get(dir);
    if (k && !k.isComponent && discovery.roots.includes(dir)) return dir;
    if (dir === "." || dir === "" || dir.startsWith("..")) return void 0;
    dir = posix4.dirname(dir);
  }
}
async function inParallel(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/sources/map-findings.ts
function renderName(render) {
  return `${render.root}${render.variant ? ` (${render.variant})` : ""} (rendered)`;
}
function mapRenderFindings(render, options, readText) {
  const name = renderName(render);
  const text = render.documents.map((d) => d.text.replace(/\n?$/, "\n")).join("---\n");
  const session = scan([{ path: name, text }], options);
  const parsed = session.parsed[0];
  const originFiles = new Set(render.documents.map((d) => d.originFile ?? d.origin.file));
  const first = render.documents[0];
  const rootFile = first?.originFile ?? (first ? safeOrigin(first).file : render.root);
  const findings = [];
  for (const f of session.findings) {
    const doc = render.documents[f.documentIndex];
    const ast = parsed?.documents[f.documentIndex]?.doc;
    if (!doc || !ast) continue;
    const path2 = pathAtOffset(ast.contents, f.range.start);
    const located2 = safeLocate(doc, path2, render.root);
    findings.push(placed(f, located2, render, readText));
  }
  const atRoot = (s) => ({ ...s, file: s.file === name ? rootFile : s.file });
  return {
    root: render.root,
    findings: withoutSuppressed(findings, readText),
    skipped: session.skipped.map(atRoot),
    problems: session.problems.map(atRoot),
    originFiles
  };
}
function safeLocate(doc, path2, root) {
  try {
    return doc.locate(path2) ?? { location: safeOrigin(doc), editable: false };
  } catch {
    return { location: { file: doc.originFile ?? root, line: 1, column: 1 }, editable: false };
  }
}
function safeOrigin(doc) {
  try {
    return doc.origin;
  } catch {
    return { file: doc.originFile ?? ".", line: 1, column: 1 };
  }
}
function placed(f, located2, render, readText) {
  const { location } = located2;
  const text = readText(location.file);
  const range2 = text !== void 0 ? offsetsOf(text, location) : { start: 0, end: 0 };
  const editable = located2.editable;
  const verifiable = text !== void 0 && !looksLikeHelmTemplate(text);
  return {
    ...f,
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine ?? location.line,
    endColumn: location.endColumn ?? location.column,
    range: range2,
    fixable: f.fixable && editable && verifiable,
    suggestion: f.suggestion && editable && verifiable,
    fingerprint: fingerprint([f.rule, location.file, f.resource.kind, f.container ?? "", f.message]),
    source: { kind: render.kind, roots: [render.variant ? `${render.root} (${render.variant})` : render.root], editable, ...hintOf(f, located2, render) ? { hint: hintOf(f, located2, render) } : {} }
  };
}
var CHART_KINDS = ["helm", "flux-helmrelease", "argocd-application"];
function hintOf(f, located2, render) {
  const chart = f.fix?.kind === "network-policy" && CHART_KINDS.includes(render.kind) ? chartOfTemplate(located2.location.file) : void 0;
  return chart !== void 0 ? chartPolicyNote(chart) : located2.hint;
}
function offsetsOf(text, loc) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const at = (line, column) => (lineStarts[line - 1] ?? text.length) + column - 1;
  return { start: at(loc.line, loc.column), end: at(loc.endLine ?? loc.line, loc.endColumn ?? loc.column) };
}
function withoutSuppressed(findings, readText) {
  const files = [...new Set(findings.map((f) => f.file))];
  const parsed = files.flatMap((file) => {
    const text = readText(file);
    return text !== void 0 && text.includes("podarmor:ignore") ? [parseManifest(file, text)] : [];
  });
  if (!parsed.length) return findings;
  const { byLine } = collectSuppressions(parsed, [], RULE_IDS);
  return findings.filter((f) => !byLine.get(f.file)?.get(f.line)?.has(f.rule));
}
function mergeAcrossRoots(renders) {
  const merged = /* @__PURE__ */ new Map();
  for (const r of renders) {
    for (const f of r.findings) {
      const key2 = [f.rule, f.file, f.line, f.column, f.container ?? ""].join("\0");
      const seen = merged.get(key2);
      if (!seen) {
        merged.set(key2, { ...f, source: { ...f.source, roots: [...f.source.roots] } });
        continue;
      }
      for (const root of f.source.roots) if (!seen.source.roots.includes(root)) seen.source.roots.push(root);
      if (!f.source.editable && seen.source.editable) {
        seen.source.editable = false;
        if (f.source.hint) seen.source.hint = f.source.hint;
      }
    }
  }
  const out = [];
  for (const f of merged.values()) {
    const renderingRoots = renders.filter((r) => r.originFiles.has(f.file)).map((r) => r.root);
    const everywhere = renderingRoots.every((root) => f.source.roots.some((name) => name === root || name.startsWith(`${root} (`)));
    const editable = f.source.editable && everywhere;
    const others = renderingRoots.filter((root) => !f.source.roots.includes(root));
    const hint = f.source.hint ?? (!everywhere ? `${others.join(", ")} ${others.length === 1 ? "renders" : "render"} this line differently: change it in ${f.source.roots.join(", ")}, or here if every overlay should change` : void 0);
    f.source.roots.sort();
    out.push({
      ...f,
      message: `${f.source.roots.length ? `${f.message} (rendered by ${rootList(f.source.roots)})` : f.message}${chartHint(f.source.kind, editable && f.fix?.kind !== "network-policy", f.source.hint)}`,
      fixable: f.fixable && editable,
      suggestion: f.suggestion && editable,
      source: { ...f.source, editable, ...hint ? { hint } : {} }
    });
  }
  return out;
}
function rootList(roots) {
  if (roots.length <= 3) return roots.length === 1 ? roots[0] : `${roots.slice(0, -1).join(", ")} and ${roots.at(-1)}`;
  return `${roots.slice(0, 2).join(", ")} and ${roots.length - 2} other roots`;
}
function chartHint(kind, editable, hint) {
  return hint && !editable && (kind === "helm" || kind === "flux-helmrelease" || kind === "argocd-application") ? `; ${hint}` : "";
}

// src/sources/gitops-render.ts
var import_yaml27 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join4 } from "node:path";

// src/sources/gitops.ts
var import_yaml26 = __toESM(require_dist(), 1);
import { posix as posix5 } from "node:path";

// src/sources/helm.ts
var import_yaml25 = __toESM(require_dist(), 1);
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdtemp as mkdtemp2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute, join as join2, normalize } from "node:path";

// src/sources/helm-template.ts
var ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
var KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"{\-?:][^:#]*?|-[^\s:#][^:#]*?))\s*:(?=\s|$)/;
var VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
var DOT_REF = /(?:^|[\s(|])\.((?:[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*)?(?=[\s)|]|$)/g;
var BUILTIN = /^(?:Values|Release|Chart|Capabilities|Files|Template)\b/;
function readTemplate(text) {
  const lines2 = text.split(/\r?\n/);
  const sections = [];
  let start = 0;
  for (let i = 0; i <= lines2.length; i++) {
    if (i === lines2.length || /^---(\s|$)/.test(lines2[i])) {
      if (i > start || sections.length === 0) sections.push(readSection(lines2, start, i));
      start = i + 1;
    }
  }
  return sections.filter((s, i) => s.entries.length > 0 || i === 0 && sections.length === 1);
}
function readSection(lines2, from, to) {
  const section = { entries: [], originLine: from + 1, maxIndex: /* @__PURE__ */ new Map() };
  const stack = [];
  const scopes = [];
  let blockScalarIndent;
  const touch = (line) => stack.forEach((f) => f.entry.endLine = line);
  const popTo = (indent, keepSameIndentParent) => {
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.indent > indent || top.indent === indent && (top.isItem || !keepSameIndentParent)) stack.pop();
      else break;
    }
  };
  const push = (path2, line, column, indent, isItem) => {
    const entry = { path: path2, line, column, endLine: line, refs: [], includes: [] };
    section.entries.push(entry);
    stack.push({ indent, entry, isItem, items: 0 });
    return entry;
  };
  const parentPath = () => stack[stack.length - 1]?.entry.path ?? [];
  for (let i = from; i < to; i++) {
    const raw = lines2[i];
    const lineNo = i + 1;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (blockScalarIndent !== void 0) {
      if (content === "" || indent > blockScalarIndent) {
        touch(lineNo);
        continue;
      }
      blockScalarIndent = void 0;
    }
    if (content === "" || content.startsWith("#")) continue;
    const actions = [...content.matchAll(ACTION)].map((m2) => m2[1]);
    if (content.startsWith("{{")) {
      const output = actions.filter((a) => !updateScopes(scopes, a));
      const refs = output.flatMap((a) => valuesRefs(a, dotOf(scopes)));
      const includes = output.flatMap(includedNames);
      if (refs.length || includes.length) {
        const n = /\bn?indent\s+(\d+)/.exec(content);
        popTo(n ? Number(n[1]) : indent, false);
        const top = stack[stack.length - 1];
        if (top) {
          top.entry.refs.push(...refs);
          top.entry.includes.push(...includes);
        }
      }
      touch(lineNo);
      continue;
    }
    for (const a of actions) updateScopes(scopes, a);
    let rest = content;
    let column = indent + 1;
    if (/^-(\s|$)/.test(rest)) {
      popTo(indent, true);
      const parent = stack[stack.length - 1];
      const index = parent ? parent.items++ : 0;
      const path2 = [...parentPath(), index];
      const key3 = JSON.stringify(parentPath());
      section.maxIndex.set(key3, Math.max(section.maxIndex.get(key3) ?? 0, index));
      const item = push(path2, lineNo, column, indent, true);
      const after = rest.slice(1);
      column += 1 + (after.length - after.trimStart().length);
      rest = after.trim();
      if (!KEY.test(rest)) {
        item.refs.push(...actions.flatMap((a) => valuesRefs(a, dotOf(scopes))));
        item.includes.push(...actions.flatMap(includedNames));
        touch(lineNo);
        continue;
      }
    }
    const m = KEY.exec(rest);
    if (!m) {
      touch(lineNo);
      continue;
    }
    const key2 = m[1] ?? m[2] ?? m[3].trim();
    const keyIndent = column - 1;
    popTo(keyIndent, false);
    const entry = push([...parentPath(), key2], lineNo, column, keyIndent, false);
    const value = rest.slice(m[0].length).trim();
    entry.refs.push(...actions.flatMap((a) => isControl(a) ? [] : valuesRefs(a, dotOf(scopes))));
    entry.includes.push(...actions.flatMap(includedNames));
    if (/^[|>][-+0-9]*(\s+#.*)?$/.test(value)) blockScalarIndent = keyIndent;
    if (key2 === "kind" && stack.length === 1 && !value.includes("{{")) {
      section.kind = value.replace(/^["']|["']$/g, "");
      section.originLine = lineNo;
    }
    touch(lineNo);
  }
  return section;
}
function isControl(action) {
  return /^(?:if|else|with|range|end|define|block)\b/.test(action.replace(/^-\s*/, ""));
}
function updateScopes(scopes, action) {
  const a = action.replace(/^-\s*/, "");
  const word = /^(if|else|with|range|end|define|block)\b/.exec(a)?.[1];
  if (!word) return false;
  if (word === "end") scopes.pop();
  else if (word === "with") scopes.push({ kind: "with", dot: valuesRefs(a, dotOf(scopes))[0] ?? null });
  else if (word === "range") scopes.push({ kind: "range", dot: null });
  else if (word !== "else") scopes.push({ kind: word });
  return true;
}
function dotOf(scopes) {
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].dot !== void 0) return scopes[i].dot;
  return null;
}
function valuesRefs(action, dot) {
  const refs = [...action.matchAll(VALUES_REF)].map((m) => m[1].slice(1));
  if (dot !== null) {
    const withoutStrings = action.replace(/"[^"]*"/g, '""');
    for (const m of withoutStrings.matchAll(DOT_REF)) {
      if (m[1] && BUILTIN.test(m[1])) continue;
      refs.push(m[1] ? `${dot}.${m[1]}` : dot);
    }
  }
  return refs;
}
function includedNames(action) {
  return [...action.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map((m) => m[1]);
}
function locateEntry(section, path2) {
  let best;
  for (const entry of section.entries) {
    if (entry.path.length > path2.length || best && entry.path.length <= best.path.length) continue;
    if (entry.path.every((c, j) => matches(section, entry.path.slice(0, j), c, path2[j]))) best = entry;
  }
  return best && { entry: best, rest: path2.slice(best.path.length) };
}
function matches(section, parent, templateComponent, rendered) {
  if (typeof templateComponent === "string" || typeof rendered === "string") return templateComponent === rendered;
  return templateComponent === Math.min(rendered, section.maxIndex.get(JSON.stringify(parent)) ?? 0);
}

// src/sources/helm-values.ts
var import_yaml24 = __toESM(require_dist(), 1);
var ValuesIndex = class {
  files;
  /** `files` in helm's order: the chart's values.yaml first, then each `-f` file. */
  constructor(files) {
    this.files = files.map((f) => {
      const lineCounter = new import_yaml24.LineCounter();
      const doc = (0, import_yaml24.parseDocument)(f.text, { lineCounter, version: "1.1", merge: true });
      return { file: f.file, root: doc.errors.length ? null : doc.contents, lineCounter };
    });
  }
  /** Where `key` (dotted, e.g. `securityContext.privileged`) is set last, else its deepest written ancestor. */
  find(key2) {
    const parts = splitKey(key2);
    let best;
    let bestDepth = 0;
    for (let i = this.files.length - 1; i >= 0; i--) {
      const f = this.files[i];
      let node = f.root;
      let depth = 0;
      let keyOffset;
      for (const part of parts) {
        const next = childOf(node, part);
        if (!next) break;
        node = next.value;
        keyOffset = next.keyOffset;
        depth++;
      }
      if (depth === 0 || keyOffset === void 0) continue;
      const place = { file: f.file, line: f.lineCounter.linePos(keyOffset).line, exact: depth === parts.length, written: joinKey(parts.slice(0, depth)) };
      if (place.exact) return place;
      if (depth > bestDepth) {
        best = place;
        bestDepth = depth;
      }
    }
    return best;
  }
};
function childOf(node, part) {
  if (typeof part === "number") {
    if (!(0, import_yaml24.isSeq)(node)) return void 0;
    const item = node.items[part];
    return item?.range ? { value: item, keyOffset: item.range[0] } : void 0;
  }
  if (!(0, import_yaml24.isMap)(node)) return void 0;
  for (const pair of node.items) {
    if ((0, import_yaml24.isScalar)(pair.key) && String(pair.key.value) === part && pair.key.range) return { value: pair.value ?? null, keyOffset: pair.key.range[0] };
  }
  return void 0;
}
function splitKey(key2) {
  return key2.split(".").flatMap((part) => {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    const indexes2 = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return [...m[1] ? [m[1]] : [], ...indexes2];
  });
}
function joinKey(parts) {
  return parts.reduce((acc, p) => typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p, "");
}
function valuesHint(index, keys) {
  const parts = keys.map((key2) => {
    const place = index.find(key2);
    if (!place) return `\`${key2}\``;
    return place.exact ? `\`${key2}\` (${place.file} line ${place.line})` : `\`${key2}\` (under \`${place.written}\`, ${place.file} line ${place.line})`;
  });
  if (parts.length === 0) return void 0;
  return `set ${parts.join(", ")} in the chart's values`;
}

// src/sources/helm-output.ts
function splitHelmOutput(stdout) {
  const docs = [];
  for (const chunk of stdout.split(/^---[ \t]*(?:\r?\n|$)/m)) {
    if (chunk.trim() === "") continue;
    const source = /^# Source: (.+?)\s*$/m.exec(chunk.split(/\r?\n/, 1)[0])?.[1];
    const body = source ? chunk.slice(chunk.indexOf("\n") + 1) : chunk;
    if (body.split(/\r?\n/).every((l) => l.trim() === "" || l.trim().startsWith("#"))) continue;
    docs.push({ ...source ? { source } : {}, text: chunk });
  }
  return docs;
}
function templateFileOf(chartDir, source) {
  const rest = source.slice(source.indexOf("/") + 1);
  return chartDir ? `${chartDir}/${rest}` : rest;
}
function helmDocuments(output, chart) {
  const templates = /* @__PURE__ */ new Map();
  const templateOf = (file) => {
    if (!templates.has(file)) {
      const text = chart.read(file);
      templates.set(file, text === void 0 ? void 0 : { text, sections: readTemplate(text) });
    }
    return templates.get(file);
  };
  const seen = /* @__PURE__ */ new Map();
  const perSource = /* @__PURE__ */ new Map();
  for (const d of output) if (d.source) perSource.set(d.source, (perSource.get(d.source) ?? 0) + 1);
  return output.map((d) => {
    const chartFile = `${chart.chartDir ? `${chart.chartDir}/` : ""}Chart.yaml`;
    const file = d.source ? templateFileOf(chart.chartDir, d.source) : chartFile;
    const template = d.source ? templateOf(file) : void 0;
    const ordinal = d.source ? seen.get(d.source) ?? 0 : 0;
    if (d.source) seen.set(d.source, ordinal + 1);
    if (!template) {
      const origin2 = { file: chartFile, line: 1, column: 1 };
      const hint = d.source ? `rendered from ${d.source}, which is not a file of this repository (a packaged subchart)` : "rendered by helm without a `# Source:` line";
      return { text: d.text, origin: origin2, locate: () => ({ location: origin2, editable: false, hint }) };
    }
    const section = pickSection(template.sections, ordinal, perSource.get(d.source) ?? 1, /^kind:\s*["']?([\w.-]+)/m.exec(d.text)?.[1]);
    const lines2 = template.text.split(/\r?\n/);
    const origin = { file, line: section?.originLine ?? 1, column: 1 };
    const locate = (path2) => {
      const found = section && locateEntry(section, path2);
      if (!found) return { location: origin, editable: false, hint: `written by ${file}; change the template there` };
      return locatedField(file, lines2, found.entry, found.rest, chart);
    };
    return { text: d.text, origin, locate };
  });
}
function pickSection(sections, ordinal, count, kind) {
  if (sections.length === count) return sections[ordinal];
  return sections.find((s) => kind !== void 0 && s.kind === kind) ?? sections[0];
}
function locatedField(file, lines2, entry, rest, chart) {
  const location = { file, line: entry.line, column: entry.column };
  const literal = lines2.slice(entry.line - 1, entry.endLine).every((l) => !l.includes("{{"));
  if (literal) return { location, editable: true };
  const refs = [...new Set(entry.refs)];
  if (refs.length === 1 || refs.length > 1 && rest.length === 0) {
    const keys = rest.length === 0 ? refs : [joinKey([refs[0], ...rest])];
    return { location, editable: false, hint: valuesHint(chart.values, keys) };
  }
  if (entry.includes.length) {
    return { location, editable: false, hint: `written by the named template \`${entry.includes[0]}\` (\`include\` on ${file} line ${entry.line}); change it where it is defined` };
  }
  return { location, editable: false, hint: `${file} line ${entry.line} is written through template directives, so podarmor does not edit it` };
}

// src/sources/helm.ts
var HELM_REMEDY = "install helm (https://helm.sh/docs/intro/install/), or render the chart yourself: `helm template <release> <chart> | podarmor scan -`";
function helmRequestsForChart(chartDir, listFiles) {
  const files = typeof listFiles === "function" ? listFiles(chartDir) : listFiles;
  const prefix = chartDir ? `${chartDir}/ci/` : "ci/";
  const ciValues = files.filter((f) => f.startsWith(prefix) && /^[^/]+-values\.ya?ml$/.test(f.slice(prefix.length))).sort();
  return [{ chartDir }, ...ciValues.map((file) => ({ chartDir, valuesFiles: [file], variant: file.slice(chartDir ? chartDir.length + 1 : 0) }))];
}
function insideRoot(path2) {
  if (isAbsolute(path2)) return void 0;
  const n = normalize(path2).replace(/\\/g, "/").replace(/\/$/, "");
  return n === ".." || n.startsWith("../") ? void 0 : n === "." ? "" : n;
}
async function renderHelmChart(req, env) {
  const chartDir = insideRoot(req.chartDir);
  const chartFile = `${chartDir ? `${chartDir}/` : ""}Chart.yaml`;
  const notReviewed = (n) => ({ renders: [], notReviewed: [{ file: chartFile, ...n }] });
  if (isRemoteReference(req.chartDir)) return notReviewed({ file: req.chartDir, reason: `remote chart ${req.chartDir} is not fetched`, remedy: "review the chart where it is maintained, or vendor it into this repository" });
  if (chartDir === void 0) return notReviewed({ file: req.chartDir, reason: `chart folder ${req.chartDir} is outside the scanned folder` });
  const abs = (p) => join2(env.rootDir, p);
  const read = (p) => {
    try {
      return readFileSync(abs(p), "utf8");
    } catch {
      return void 0;
    }
  };
  const chartYaml = read(chartFile);
  if (chartYaml === void 0) return notReviewed({ reason: `no Chart.yaml in ${chartDir || "."}` });
  const valuesFiles = [];
  for (const f of req.valuesFiles ?? []) {
    if (isRemoteReference(f)) return notReviewed({ reason: `remote values file ${f} is not fetched`, remedy: "keep the values file in this repository" });
    const local = insideRoot(f);
    if (local === void 0 || read(local) === void 0) return notReviewed({ reason: `values file ${f} is not in the repository` });
    valuesFiles.push(local);
  }
  const temp = await mkdtemp2(join2(tmpdir2(), "podarmor-helm-"));
  try {
    const args = ["template", req.releaseName ?? "release-name"];
    const valueArgs = valuesFiles.flatMap((f) => ["-f", abs(f)]);
    if (req.inlineValues !== void 0 && req.inlineValues !== null) {
      const inline = join2(temp, "inline-values.yaml");
      await writeFile2(inline, JSON.stringify(req.inlineValues));
      valueArgs.push("-f", inline);
    }
    const tail = [...valueArgs, ...req.namespace ? ["--namespace", req.namespace] : [], ...env.kubernetesVersion ? ["--kube-version", env.kubernetesVersion] : []];
    const limits = { timeoutMs: env.timeoutMs, maxOutputBytes: env.maxOutputBytes, cwd: temp };
    let run3 = await runTool("helm", [...args, abs(chartDir), ...tail], limits);
    const notes = [];
    if (!run3.ok && /is not on PATH/.test(run3.error ?? "")) return notReviewed({ reason: "helm is not on PATH, so the chart was not rendered", remedy: HELM_REMEDY });
    if (!run3.ok && /missing in charts\/ directory|dependenc/i.test(run3.error ?? "")) {
      const missing = missingDependencies(chartYaml, abs(chartDir));
      if (missing.length) {
        const copy = join2(temp, "chart");
        await cp(abs(chartDir), copy, { recursive: true });
        await writeFile2(join2(copy, "Chart.yaml"), withoutDependencies(chartYaml, missing.map((m) => m.name)));
        await rm2(join2(copy, "Chart.lock"), { force: true });
        run3 = await runTool("helm", [...args, copy, ...tail], limits);
        for (const m of missing) {
          notes.push({ file: chartFile, line: m.line, reason: `dependency ${m.name}${m.repository ? ` (${m.repository})` : ""} is not in charts/ and is not fetched: its templates were not rendered`, remedy: "vendor it into charts/ (helm dependency build) and commit it, or review that chart separately" });
        }
      }
    }
    if (!run3.ok) return { renders: [], notReviewed: [...notes, { file: chartFile, reason: `helm template failed: ${run3.error ?? "no output"}` }] };
    const values = new ValuesIndex([...read(`${chartDir ? `${chartDir}/` : ""}values.yaml`) !== void 0 ? [`${chartDir ? `${chartDir}/` : ""}values.yaml`] : [], ...valuesFiles].map((file) => ({ file, text: read(file) })));
    const documents = helmDocuments(splitHelmOutput(run3.stdout), { chartDir, read, values });
    return { renders: [{ kind: "helm", root: chartDir, ...req.variant ? { variant: req.variant } : {}, documents }], notReviewed: notes };
  } finally {
    await rm2(temp, { recursive: true, force: true });
  }
}
function missingDependencies(chartYaml, chartAbsDir) {
  const doc = (0, import_yaml25.parseDocument)(chartYaml);
  const deps = doc.get("dependencies", true);
  let vendored = [];
  try {
    vendored = readdirSync(join2(chartAbsDir, "charts"));
  } catch {
    vendored = [];
  }
  const lineOf = (offset) => chartYaml.slice(0, offset).split("\n").length;
  return (deps?.items ?? []).flatMap((item) => {
    const dep = item.toJSON();
    if (!dep?.name) return [];
    const present = vendored.some((v) => v === dep.name || v.startsWith(`${dep.name}-`) && v.endsWith(".tgz")) && (vendored.includes(dep.name) ? existsSync(join2(chartAbsDir, "charts", dep.name, "Chart.yaml")) : true);
    return present ? [] : [{ name: dep.name, ...dep.repository ? { repository: dep.repository } : {}, line: lineOf(item.range?.[0] ?? 0) }];
  });
}
function withoutDependencies(chartYaml, names) {
  const doc = (0, import_yaml25.parseDocument)(chartYaml);
  const deps = doc.get("dependencies", true);
  if (deps?.items) deps.items = deps.items.filter((d) => !names.includes(String(d.get("name"))));
  return doc.toString();
}
async function renderChart(chartDir, env) {
  const dir = insideRoot(chartDir) ?? chartDir;
  let ci = [];
  try {
    ci = readdirSync(join2(env.rootDir, dir, "ci")).map((f) => `${dir ? `${dir}/` : ""}ci/${f}`);
  } catch {
    ci = [];
  }
  const outcomes = await Promise.all(helmRequestsForChart(dir, ci).map((req) => renderHelmChart(req, env)));
  const seen = /* @__PURE__ */ new Set();
  return {
    renders: outcomes.flatMap((o) => o.renders),
    notReviewed: outcomes.flatMap((o) => o.notReviewed).filter((n) => {
      const key2 = `${n.file}:${n.line ?? ""}:${n.reason}`;
      return !seen.has(key2) && Boolean(seen.add(key2));
    })
  };
}

// src/sources/gitops.ts
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
function isGitOpsObject(object) {
  const o = obj(object);
  const group = String(o.apiVersion ?? "").split("/")[0];
  return group === "helm.toolkit.fluxcd.io" && o.kind === "HelmRelease" || group === "kustomize.toolkit.fluxcd.io" && o.kind === "Kustomization" || group === "argoproj.io" && (o.kind === "Application" || o.kind === "ApplicationSet");
}
function fluxSourceUrls(objects) {
  const urls = /* @__PURE__ */ new Map();
  for (const o of objects.map(obj)) {
    const url = str2(obj(o.spec).url) ?? str2(obj(o.spec).endpoint);
    const name = str2(obj(o.metadata).name);
    if (String(o.apiVersion ?? "").startsWith("source.toolkit.fluxcd.io/") && url && name) urls.set(`${o.kind}/${name}`, url);
  }
  return urls;
}
function resolveGitOpsTargets(file, object, repo, line) {
  const o = obj(object);
  if (!isGitOpsObject(o)) return [];
  const meta = obj(o.metadata);
  const name = str2(meta.name) ?? "(unnamed)";
  const what = `${o.kind} ${meta.namespace ? `${meta.namespace}/` : ""}${name}`;
  const notReviewed = (reason, remedy) => ({ notReviewed: { file, ...line !== void 0 ? { line } : {}, reason: `${what}: ${reason}`, ...remedy ? { remedy } : {} } });
  const local = (path2, base = "") => localPath(path2, base);
  if (o.kind === "ApplicationSet") return [notReviewed("ApplicationSet templates are not expanded, so the Applications it generates are not reviewed", "review the folders or charts it points at directly (podarmor scan <path>)")];
  if (o.kind === "HelmRelease") {
    const spec2 = obj(o.spec);
    if (spec2.chartRef) return [notReviewed(`chartRef ${[str2(obj(spec2.chartRef).kind), str2(obj(spec2.chartRef).name)].filter(Boolean).join(" ")} is not fetched`, "review the chart where it is maintained")];
    const chartSpec = obj(obj(spec2.chart).spec);
    const source = fluxSource(chartSpec.sourceRef, repo);
    if ("remote" in source) return [notReviewed(`chart ${chartSpec.chart ?? ""} from ${source.remote} is not fetched`, "review the chart where it is maintained, or keep it in this repository")];
    const chartDir = local(chartSpec.chart);
    if (chartDir === void 0) return [notReviewed(`chart path ${String(chartSpec.chart)} is not a folder of this repository`)];
    const valuesFiles = (Array.isArray(chartSpec.valuesFiles) ? chartSpec.valuesFiles : []).map((f) => isRemoteReference(String(f)) ? String(f) : local(f) ?? String(f));
    const targetNamespace = str2(spec2.targetNamespace);
    const ignored = [spec2.valuesFrom ? "valuesFrom" : "", spec2.postRenderers ? "postRenderers" : ""].filter(Boolean);
    const helm = {
      chartDir,
      releaseName: str2(spec2.releaseName) ?? (targetNamespace ? `${targetNamespace}-${name}` : name),
      ...targetNamespace ?? str2(meta.namespace) ? { namespace: targetNamespace ?? str2(meta.namespace) } : {},
      ...valuesFiles.length ? { valuesFiles: valuesFiles.filter((f) => f !== `${chartDir}/values.yaml`) } : {},
      ...spec2.values !== void 0 ? { inlineValues: spec2.values } : {},
      variant: `${what} (${file})${ignored.length ? ` without ${ignored.join(" and ")}` : ""}`
    };
    return [{ helm }];
  }
  if (o.kind === "Kustomization") {
    const spec2 = obj(o.spec);
    const source = fluxSource(spec2.sourceRef, repo);
    if ("remote" in source) return [notReviewed(`path ${spec2.path ?? "./"} in ${source.remote} is not fetched`, "review that repository where it is maintained")];
    const path2 = local(spec2.path ?? "./");
    if (path2 === void 0) return [notReviewed(`path ${String(spec2.path)} is not a folder of this repository`)];
    return [folderTarget(path2, repo, "kustomize")];
  }
  const spec = obj(o.spec);
  const sources = (Array.isArray(spec.sources) ? spec.sources : spec.source ? [spec.source] : []).map(obj);
  if (sources.length === 0) return [notReviewed("the Application has no source")];
  const refs = new Map(sources.filter((s) => str2(s.ref)).map((s) => [str2(s.ref), s]));
  const targets = [];
  for (const s of sources) {
    if (str2(s.ref) && !str2(s.path) && !str2(s.chart)) continue;
    const repoURL = str2(s.repoURL) ?? "";
    if (str2(s.chart)) {
      targets.push(notReviewed(`chart ${s.chart}${s.targetRevision ? ` ${s.targetRevision}` : ""} from ${repoURL} is not fetched`, "review the chart where it is maintained"));
      continue;
    }
    if (!isThisRepository(repoURL, repo.url)) {
      targets.push(notReviewed(`path ${s.path ?? "."} in ${repoURL} is not fetched`, "review that repository where it is maintained"));
      continue;
    }
    const path2 = local(s.path ?? ".");
    if (path2 === void 0) {
      targets.push(notReviewed(`path ${String(s.path)} is not a folder of this repository`));
      continue;
    }
    if (s.plugin) {
      const plugin = str2(obj(s.plugin).name);
      targets.push(notReviewed(`config management plugin${plugin ? ` ${plugin}` : ""} is not run`, "review what the plugin renders with `podarmor scan -`"));
      continue;
    }
    const helm = s.helm ? obj(s.helm) : void 0;
    const kind = helm ? "helm" : s.kustomize ? "kustomize" : s.directory ? "directory" : void 0;
    const target = kind === "helm" || !kind && repo.fileExists?.(join3(path2, "Chart.yaml")) ? argoHelm(path2, helm ?? {}, refs, repo, o, notReviewed) : folderTarget(path2, repo, kind === "kustomize" ? "kustomize" : kind === "directory" ? "directory" : void 0);
    targets.push(target);
  }
  return targets;
}
function argoHelm(path2, helm, refs, repo, app, notReviewed) {
  const valuesFiles = [];
  for (const f of (Array.isArray(helm.valueFiles) ? helm.valueFiles : []).map(String)) {
    const ref = /^\$([^/]+)\/(.*)$/.exec(f);
    if (ref) {
      const source = refs.get(ref[1]);
      if (!source || !isThisRepository(str2(source.repoURL) ?? "", repo.url)) return notReviewed(`values file ${f} from ${str2(source?.repoURL) ?? `an unknown source $${ref[1]}`} is not fetched`, "keep the values files in this repository");
      valuesFiles.push(localPath(ref[2], "") ?? f);
    } else valuesFiles.push(isRemoteReference(f) ? f : localPath(f, path2) ?? f);
  }
  let inline;
  if (helm.valuesObject !== void 0) inline = structuredClone(obj(helm.valuesObject));
  else if (str2(helm.values)) {
    try {
      inline = obj((0, import_yaml26.parse)(String(helm.values)));
    } catch {
      return notReviewed("spec.source.helm.values is not valid YAML");
    }
  }
  for (const p of Array.isArray(helm.parameters) ? helm.parameters.map(obj) : []) {
    if (str2(p.name)) inline = setDotted(inline ?? {}, String(p.name), p.value);
  }
  const destination = str2(obj(obj(app.spec).destination).namespace);
  const name = str2(obj(app.metadata).name) ?? "release-name";
  return {
    helm: {
      chartDir: path2,
      releaseName: str2(helm.releaseName) ?? name,
      ...destination ? { namespace: destination } : {},
      ...valuesFiles.length ? { valuesFiles } : {},
      ...inline ? { inlineValues: inline } : {},
      variant: `Application ${name}`
    }
  };
}
function fluxSource(sourceRef, repo) {
  const ref = obj(sourceRef);
  const kind = str2(ref.kind) ?? "GitRepository";
  const name = str2(ref.name) ?? "";
  const url = repo.fluxSources?.get(`${kind}/${name}`);
  const label = `${kind} ${name}${url ? ` (${url})` : ""}`;
  if (kind !== "GitRepository") return { remote: label };
  if (url) return isThisRepository(url, repo.url) ? { local: true } : { remote: label };
  return name === "flux-system" ? { local: true } : { remote: `${label}, not known to be this repository` };
}
function folderTarget(path2, repo, kind) {
  if (kind === "directory") return { directory: path2 };
  const hasKustomization = repo.fileExists ? KUSTOMIZATION_FILE_NAMES.some((f) => repo.fileExists(join3(path2, f))) : kind === "kustomize";
  return hasKustomization ? { kustomize: path2 } : { directory: path2 };
}
function join3(dir, file) {
  return dir ? `${dir}/${file}` : file;
}
function localPath(path2, base) {
  if (typeof path2 !== "string" || isRemoteReference(path2) || path2.startsWith("/")) return void 0;
  const n = posix5.normalize(posix5.join(base || ".", path2)).replace(/\/$/, "");
  if (n === ".." || n.startsWith("../")) return void 0;
  return n === "." ? "" : n;
}
function isThisRepository(repoURL, url) {
  if (repoURL === "" || !isRemoteReference(repoURL) && !repoURL.includes("/")) return true;
  if (!url) return false;
  return canonicalUrl(repoURL) === canonicalUrl(url);
}
function canonicalUrl(url) {
  return url.trim().toLowerCase().replace(/^[a-z+]+:\/\//, "").replace(/^[^@/]+@/, "").replace(/^([^/:]+):(?!\d)/, "$1/").replace(/\.git\/?$/, "").replace(/\/$/, "");
}
function setDotted(target, dotted, value) {
  const parts = dotted.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] = obj(node[part]);
  node[parts[parts.length - 1]] = value;
  return target;
}

// src/sources/gitops-render.ts
var KINDS = { HelmRelease: "flux-helmrelease", Kustomization: "flux-kustomization", Application: "argocd-application" };
async function renderGitOpsSource(object, env, repo = {}) {
  const outcome = { renders: [], notReviewed: [], folders: [] };
  let value;
  let siblings = [];
  try {
    const docs = [...(0, import_yaml27.parseAllDocuments)(readFileSync2(join4(env.rootDir, object.file), "utf8"), { version: "1.1" })];
    value = docs[object.documentIndex]?.toJS({ maxAliasCount: 100 });
    siblings = docs.filter((d) => d.errors.length === 0).map((d) => d.toJS({ maxAliasCount: 100 }));
  } catch (err) {
    outcome.notReviewed.push({ file: object.file, line: object.line, reason: `could not be read: ${err.message}` });
    return outcome;
  }
  const context = { url: repo.url ?? originUrl(env.rootDir), fileExists: repo.fileExists ?? ((p) => existsSync2(join4(env.rootDir, p))), fluxSources: new Map([...fluxSourceUrls(siblings), ...repo.fluxSources ?? []]) };
  const kind = KINDS[String(value?.kind)] ?? "helm";
  for (const target of resolveGitOpsTargets(object.file, value, context, object.line)) {
    if ("notReviewed" in target) outcome.notReviewed.push(target.notReviewed);
    else if ("helm" in target) {
      const rendered = await renderHelmChart(target.helm, env);
      outcome.renders.push(...rendered.renders.map((r) => ({ ...r, kind })));
      if (rendered.renders.length) outcome.notReviewed.push(...rendered.notReviewed);
      else outcome.notReviewed.push(...rendered.notReviewed.map((n) => ({ ...n, file: object.file, line: object.line, reason: `${target.helm.variant ?? object.file}: chart ${target.helm.chartDir || "."}: ${n.reason}` })));
    } else {
      const folder = "kustomize" in target ? target.kustomize : target.directory;
      if (existsSync2(join4(env.rootDir, folder))) outcome.folders.push(target);
      else outcome.notReviewed.push({ file: object.file, line: object.line, reason: `points at ${folder || "."}, which is not in the scanned folder` });
    }
  }
  return outcome;
}
function originUrl(dir) {
  for (let d = dir; ; d = dirname2(d)) {
    try {
      const config = readFileSync2(join4(d, ".git", "config"), "utf8");
      return /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(config)?.[1];
    } catch {
      if (dirname2(d) === d) return void 0;
    }
  }
}

// src/sources/read.ts
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
async function readManifestFile(path2, name, maxFileBytes) {
  try {
    const { size } = await stat2(path2);
    if (size > maxFileBytes) return { skipped: { file: name, reason: tooLargeReason(size, maxFileBytes), error: true } };
    return manifestInput(name, await readFile3(path2));
  } catch (err) {
    return { skipped: { file: name, reason: `could not be read: ${err.message}`, error: true } };
  }
}

// src/sources/index.ts
async function scanSources(rootDir, paths, options) {
  const absRoot = resolve3(rootDir);
  const maxFileBytes = options.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const env = { rootDir: absRoot, timeoutMs: options.timeoutMs ?? DEFAULT_TOOL_LIMITS.timeoutMs, maxOutputBytes: options.maxOutputBytes ?? DEFAULT_TOOL_LIMITS.maxOutputBytes, kubernetesVersion: options.scan.kubernetesVersion };
  const discovery = await discover(absRoot, paths.filter((p) => p !== "-"));
  const sources = /* @__PURE__ */ new Map();
  const readText = (file) => {
    if (!sources.has(file)) {
      try {
        sources.set(file, readFileSync3(resolve3(absRoot, file), "utf8"));
      } catch {
        return void 0;
      }
    }
    return sources.get(file);
  };
  const notReviewed = [];
  const { renders: rendered, scanAsIs } = await renderKustomizeRoots(discovery, env, readText, notReviewed);
  const manifests = [];
  const skipped = [];
  if (paths.includes("-") && options.stdin) addRead(manifestInput("<stdin>", await options.stdin()), manifests, skipped);
  for (const file of [...discovery.manifests, ...scanAsIs]) addRead(await readManifestFile(resolve3(absRoot, file), file, maxFileBytes), manifests, skipped);
  for (const m of manifests) sources.set(m.path, m.text);
  const unscanned = options.scanManifests === false;
  const session = options.keepTrees === false || unscanned ? void 0 : scan(manifests, options.scan);
  const plain = session ?? (unscanned ? { findings: [], skipped: [], problems: [] } : scanFindings(manifests, options.scan));
  const findings = [...plain.findings];
  for (const f of findings) f.source = { kind: "manifest", roots: [], editable: true };
  skipped.push(...plain.skipped);
  const problems = [...plain.problems];
  const chartRenders = [];
  for (const chart of discovery.charts) collect3(await renderChartSource(chart, env), chartRenders, notReviewed);
  for (const object of discovery.gitops) collect3(await resolveGitOpsSource(object, env, discovery), chartRenders, notReviewed);
  const perRoot = [...rendered, ...chartRenders].map((render) => {
    const mapped = mapRenderFindings(render, options.scan, readText);
    skipped.push(...mapped.skipped);
    problems.push(...mapped.problems);
    return mapped;
  });
  const bases = baseFiles(discovery, rendered);
  findings.push(...mergeAcrossRoots(perRoot).map((f) => f.fixable && !bases.has(f.file) ? notFixableInPlace(f) : f));
  findings.sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnits(a.rule, b.rule));
  const renderedFiles = new Set(rendered.flatMap((r) => filesOf(closureOf(discovery.kustomizations, r.root), discovery.kustomizations)));
  return {
    findings,
    skipped,
    problems,
    notReviewed,
    totals: {
      files: manifests.length + renderedFiles.size,
      roots: rendered.length,
      charts: chartRenders.length,
      // chart folders and the GitOps objects rendering a chart
      notReviewed: notReviewed.length
    },
    sources,
    manifests,
    bases,
    ...session ? { manifestScan: session } : {},
    ...unscanned ? { manifestsUnscanned: true } : {},
    missing: discovery.missing
  };
}
function notFixableInPlace(f) {
  const hint = f.fix?.kind === "network-policy" ? "podarmor fix writes NetworkPolicies beside the bases that define the workloads, not beside patches" : f.source.hint;
  return { ...f, fixable: false, source: { ...f.source, ...hint ? { hint } : {} } };
}
function baseFiles(discovery, rendered) {
  const { kustomizations } = discovery;
  return new Set(rendered.flatMap((r) => closureOf(kustomizations, r.root).flatMap((k) => k.resources.map((ref) => ref.path))).filter((f) => !kustomizations.has(f)));
}
function collect3(outcome, renders, notReviewed) {
  renders.push(...outcome.renders);
  notReviewed.push(...outcome.notReviewed);
}
function addRead(read, files, skipped) {
  if ("file" in read) files.push(read.file);
  else skipped.push(read.skipped);
}
function renderChartSource(chart, env) {
  return renderChart(chart === "." ? "" : chart, env);
}
async function resolveGitOpsSource(object, env, discovery) {
  const outcome = await renderGitOpsSource(object, env);
  for (const folder of outcome.folders) {
    const dir = ("kustomize" in folder ? folder.kustomize : folder.directory) || ".";
    const covered = discovery.kustomizations.has(dir) || discovery.manifests.some((m) => dir === "." || m.startsWith(`${dir}/`));
    if (!covered) outcome.notReviewed.push({ file: object.file, line: object.line, reason: `${object.name} points at ${dir}, which is outside the scanned paths`, remedy: `scan it too: podarmor scan ${dir}` });
  }
  return { renders: outcome.renders, notReviewed: outcome.notReviewed };
}

// src/cli/sources-scan.ts
async function scanPaths(paths, scanOptions, stdin, keepTrees = true, scanManifests = true) {
  const result = await scanSources(process.cwd(), paths, { scan: scanOptions, stdin, keepTrees, scanManifests });
  if (result.missing.length) throw new UsageError(`no such file or folder: ${result.missing.join(", ")}`);
  const report = { findings: result.findings, skipped: result.skipped, problems: result.problems, notReviewed: result.notReviewed, totals: result.totals };
  return { result, report };
}
var CONFIG_FILE = ".github/podarmor.yml";
async function failOnUnreviewed(flag, configFile2 = CONFIG_FILE) {
  if (flag !== void 0) return flag;
  let text;
  try {
    text = await readFile4(configFile2, "utf8");
  } catch {
    return false;
  }
  const read = parseSettingsFile(text, configFile2);
  const problem = read.problems.find((p) => p.key === "fail-on-unreviewed" || p.key === "config");
  if (problem) throw new UsageError(problem.message);
  return read.settings.failOnUnreviewed ?? false;
}
function fails(report, failOn, unreviewedFails) {
  return reachesFailOn(report, failOn) || unreviewedFails && (report.notReviewed?.length ?? 0) > 0;
}

// src/cli/fix-command.ts
async function exists2(path2) {
  try {
    await stat3(path2);
    return true;
  } catch {
    return false;
  }
}
async function folderFacts(paths) {
  const dirs = new Set(paths.filter((p) => p !== STDIN_PATH).map(dirnameOf));
  const kustomizations = [];
  const chartRoots = /* @__PURE__ */ new Set();
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const path2 = joinPath(dir, name);
      if (!await exists2(path2)) continue;
      kustomizations.push({ path: path2, text: await readFile5(path2, "utf8") });
      break;
    }
    for (let d = dir || "."; ; d = dirname3(d)) {
      if (await exists2(join5(d, "Chart.yaml"))) chartRoots.add(d);
      if (dirname3(d) === d) break;
    }
  }
  return { kustomizations, chartRoots: [...chartRoots] };
}
async function fixCommand(common, io) {
  if (common.values["network-policy-dir"] !== void 0) throw new UsageError("--network-policy-dir is gone: generated NetworkPolicies go beside the workloads they select, one file per folder");
  const unreviewedFails = await failOnUnreviewed(common.values["fail-on-unreviewed"]);
  const scanned = await scanPaths(common.paths, common.scan, io.stdin, false, false);
  const { kustomizations, chartRoots } = await folderFacts([...scanned.result.manifests.map((m) => m.path), ...scanned.result.bases]);
  const { result, left: leftFindings, notAutoFixed, inputs: files } = fixSources(scanned.result, { ...common.scan, chartRoots, egress: common.settings.egress ?? "internet" }, kustomizations);
  const inputs = { files };
  if (common.values.write) {
    for (const f of result.files) {
      if (f.path === STDIN_PATH) continue;
      await mkdir2(dirname3(f.path), { recursive: true });
      await writeFile3(f.path, f.after);
    }
    if (inputs.files.some((f) => f.path === STDIN_PATH)) {
      const stdin = result.files.find((f) => f.path === STDIN_PATH);
      io.stdout(stdin ? stdin.after : inputs.files.find((f) => f.path === STDIN_PATH).text);
    }
  } else {
    io.stdout(unifiedDiff(result.files));
  }
  const left = { ...leftFindings, notReviewed: scanned.report.notReviewed ?? [] };
  const created = result.files.filter((f) => f.before === void 0).length;
  const lines2 = [
    `${common.values.write ? "Fixed" : "Would fix"} ${counted(result.fixed.length, "finding")} in ${counted(result.files.length, "file")}${created ? ` (${counted(created, "new NetworkPolicy file")})` : ""}.`,
    ...result.dropped.map(notFixedLine),
    ...notAutoFixed,
    ...left.notReviewed.map((n) => `not reviewed: ${n.file}${n.line !== void 0 ? `:${n.line}` : ""}: ${n.reason}`),
    `Left after fixing: ${summaryLine(left)}`
  ];
  io.stderr(`${lines2.join("\n")}
`);
  return fails(left, common.failOn, unreviewedFails) ? 1 : 0;
}

// src/cli/init-command.ts
import { existsSync as existsSync3, statSync } from "node:fs";
import { mkdir as mkdir3, writeFile as writeFile4 } from "node:fs/promises";
import { dirname as dirname4, join as join6 } from "node:path";
var WORKFLOW_PATH = ".github/workflows/podarmor.yml";
var CONFIG_PATH = ".github/podarmor.yml";
var ACTION2 = "podarmor/podarmor";
var DOCS = "https://github.com/podarmor/podarmor";
function actionUse(ref) {
  if (ref === void 0) return `${ACTION2}@v${VERSION}`;
  if (!/^[\w.-]+$/.test(ref)) throw new UsageError(`--action-ref "${ref}" is not a tag, branch or commit sha`);
  return /^[0-9a-f]{40}$/.test(ref) ? `${ACTION2}@${ref} # v${VERSION}` : `${ACTION2}@${ref}`;
}
function workflowFile(actionRef) {
  return `# podarmor reviews the Kubernetes YAML each pull request changes: findings on the exact lines,
# the hardening as suggested changes. Written by \`podarmor init\` (podarmor ${VERSION}).
# Settings: ${CONFIG_PATH}. Documentation: ${DOCS}#the-github-action
name: podarmor

on:
  pull_request:
  # A merge queue waits for required checks on its own branch: podarmor passes there at once (the
  # pull requests in the queue were reviewed one by one).
  merge_group:

# Nothing by default; the job below asks for the least it needs.
permissions: {}

# A new push to the pull request cancels the run for the head it replaces.
concurrency:
  group: podarmor-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  review:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    # Read the changed manifests and post the review. \`fix: commit\` or \`fix: pull-request\` in
    # ${CONFIG_PATH} needs \`contents: write\`.
    permissions:
      contents: read
      pull-requests: write
    steps:
      # No checkout: podarmor reads the pull request's files through the API and runs none of its code.
      - uses: ${actionUse(actionRef)}
`;
}
function configFile() {
  const d = DEFAULT_CONFIG;
  return `# podarmor's settings for this repository, read from the default branch by the GitHub Action and
# the GitHub App (so a pull request cannot loosen its own review). Every key is optional: the lines
# below are commented out and show the defaults; uncomment one to change it.
# Reference: ${DOCS}#the-github-action

# Rule set: baseline or restricted (the Pod Security Standards levels), or hardened (restricted
# plus seccomp, AppArmor, read-only root filesystem, service account token and NetworkPolicy rules).
# profile: ${d.profile}

# The Kubernetes version your clusters run, quoted: it picks the Pod Security Admission policy
# version and the AppArmor/seccomp form.
# kubernetes-version: "${d.kubernetesVersion}"

# The files to review.
# paths:
${d.paths.map((p) => `#   - "${p}"`).join("\n")}

# Attach GitHub suggested changes to the review comments.
# suggestions: ${d.suggestions}

# none, commit (one commit with every safe fix and generated NetworkPolicies on the pull request's
# branch) or pull-request (a pull request into it). Both need \`contents: write\` in the workflow.
# fix: ${d.fix}

# Fail the check when a finding reaches this severity: critical, high, medium, low or none.
# fail-on: ${d.failOn}

# What fail-on counts: new (findings absent from the base version of their file) or all.
# gate: ${d.gate}

# Fail when something was found but not reviewed (a chart without helm, a remote base, a
# kustomization that does not render).
# fail-on-unreviewed: ${d.failOnUnreviewed}

# Most inline comments per review; the rest go into the review's summary table.
# max-comments: ${d.maxComments}

# What generated NetworkPolicies allow outside the cluster: internet (everything but the cloud
# metadata endpoints) or cluster-only.
# egress: ${d.egress}

# Run only these rules (default: every rule of the profile; \`podarmor rules\` lists them).
# only: [privileged, host-namespaces]

# Rule options, by rule id: what this site allows (see each rule's page under docs/rules).
# rules:
#   host-ports:
#     allowedHostPorts: [9100]

# Action only: also write the findings as SARIF 2.1.0 (for github/codeql-action/upload-sarif).
# sarif-file: podarmor.sarif

# App only: false stops the "Harden Kubernetes manifests" pull request the App opens when installed.
# onboarding: true
`;
}
function initFiles(actionRef) {
  return [
    { path: WORKFLOW_PATH, content: workflowFile(actionRef) },
    { path: CONFIG_PATH, content: configFile() }
  ];
}
async function initCommand(common, io) {
  if (common.paths.length > 1) throw new UsageError("init takes one folder: the repository to set up");
  const root = common.paths[0];
  if (!existsSync3(root) || !statSync(root).isDirectory()) throw new UsageError(`no such folder: ${root}`);
  const force = Boolean(common.values.force);
  const files = initFiles(common.values["action-ref"]);
  const written = [];
  const kept = [];
  for (const file of files) {
    const target = join6(root, file.path);
    const existed = existsSync3(target);
    if (existed && !force) {
      kept.push(target);
      continue;
    }
    await mkdir3(dirname4(target), { recursive: true });
    await writeFile4(target, file.content);
    written.push(`${existed ? "overwrote" : "wrote"} ${target}`);
  }
  const lines2 = [
    ...written,
    ...kept.map((path2) => `left ${path2} alone: it exists (--force overwrites it)`),
    "",
    "Next steps:",
    `  1. Read ${CONFIG_PATH} and uncomment what you want to change (podarmor scan shows today's findings).`,
    `  2. Commit both files and push them to the default branch: git add .github && git commit -m "Review Kubernetes manifests with podarmor"`,
    "  3. Open a pull request that changes a manifest: podarmor reviews it and comments on the lines to harden.",
    `  Organisations: the podarmor GitHub App does the same without a workflow (${DOCS}#the-github-app).`
  ];
  io.stdout(`${lines2.join("\n")}
`);
  return kept.length ? 1 : 0;
}

// src/cli/options.ts
import { parseArgs } from "node:util";

// src/core/rules/docs.ts
var DOCS_BASE_URL = "https://github.com/podarmor/podarmor/blob/main/docs/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

// src/review/links.ts
var DEFAULT_LINKS = { docs: docsUrl };

// src/review/suggestion.ts
function toSuggestion(before, after, edits) {
  if (edits.length === 0) return void 0;
  const startOffset = Math.min(...edits.map((e) => e.start));
  const endOffset = Math.max(...edits.map((e) => e.end));
  const delta = edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
  let a = lineStartOf(before, startOffset);
  let b = endOffset > a ? lineEndAfter(before, endOffset) : a;
  if (b === a) {
    if (a > 0) a = lineStartOf(before, a - 1);
    else b = nextLineStart(before, 0);
    if (a === b) return void 0;
  }
  const oldRegion = before.slice(a, b);
  const newRegion = after.slice(a, b + delta);
  const strip = (s) => s.replace(/\r?\n$/, "");
  if (after.slice(0, a) !== before.slice(0, a) || after.slice(b + delta) !== before.slice(b)) return void 0;
  const wholeLines = oldRegion.endsWith("\n") ? newRegion === "" || newRegion.endsWith("\n") : !newRegion.endsWith("\n");
  if (!wholeLines) return void 0;
  return {
    startLine: lineAndColumn(before, a).line,
    endLine: lineAndColumn(before, Math.max(a, b - 1)).line,
    content: strip(newRegion).replace(/\r\n/g, "\n"),
    deletes: newRegion === ""
  };
}
function fenceFor(content) {
  let longest = 0;
  for (const m of content.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}

// src/review/markdown.ts
var REVIEW_MARKER = "<!-- podarmor:review -->";
var MAX_BODY = 65e3;
var BODY_BUDGET = 18e3;
var SEVERITY_ICON = { critical: "\u{1F7E5}", high: "\u{1F7E7}", medium: "\u{1F7E8}", low: "\u2B1C" };
function fingerprintMarker(fingerprints) {
  return `<!-- podarmor:fingerprints=${[...fingerprints].sort().join(",")} -->`;
}
function withoutMarkers(body) {
  return body.replace(/<!-- podarmor:[^>]*-->\n?/g, "").trim();
}
function ruleOf(id) {
  return RULES2.find((r) => r.id === id);
}
function firstSentence(text) {
  const t = text.trim().replace(/\s+/g, " ");
  let inCode = false;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "`") inCode = !inCode;
    else if (!inCode && t[i] === "." && t[i + 1] === " ") return t.slice(0, i + 1);
  }
  return t;
}
var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var oneLine = (s) => s.replace(/\s+/g, " ").trim();
function findingLine(f, links = DEFAULT_LINKS) {
  const pss = f.pss ? ` \xB7 PSS ${f.pss.level}` : "";
  return `${SEVERITY_ICON[f.severity]} **${ruleOf(f.rule).title}** \xB7 [\`${f.rule}\`](${links.docs(f.rule)}) \xB7 ${f.severity}${pss} \u2014 ${oneLine(f.message)}.`;
}
function commentBody(c) {
  const links = c.links ?? DEFAULT_LINKS;
  const parts = [c.findings.map((f) => findingLine(f, links)).join("\n")];
  const rules = [...new Set(c.findings.map((f) => f.rule))].map(ruleOf);
  const why = rules.map((r) => `**${r.title}.** ${firstSentence(r.description)} **How to fix:** ${firstSentence(r.remediation)}`).join("\n\n");
  parts.push(`<details><summary>Why it matters and how to fix it</summary>

${why}

</details>`);
  if (c.suggestion) {
    const fence = fenceFor(c.suggestion.content);
    const notes = [...new Set(c.notes ?? [])].map((n) => oneLine(capitalise(n)).replace(/\.?$/, "."));
    const kind = c.changesBehaviour ? "**Suggested change, may change behaviour**" : "**Suggested change, safe**";
    const risk = notes.length ? notes.join(" ") : "Nothing the workload relies on.";
    parts.push(`${kind} \u2014 what it may break: ${risk}

${fence}suggestion
${c.suggestion.content}${c.suggestion.deletes ? "" : "\n"}${fence}`);
  } else if (c.fixHint) {
    parts.push(c.fixHint);
  }
  parts.push(fingerprintMarker(c.findings.map((f) => f.fingerprint)));
  return parts.join("\n\n");
}
var bySeverity = (a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || byCodeUnits(a.file, b.file) || a.line - b.line;
function groupedFindings(rows, links = DEFAULT_LINKS) {
  const byRule = /* @__PURE__ */ new Map();
  for (const r of [...rows].sort((a, b) => bySeverity(a.finding, b.finding))) byRule.set(r.finding.rule, [...byRule.get(r.finding.rule) ?? [], r]);
  const render = (linkLines, perRule) => {
    const blocks = [];
    for (const [rule, list2] of byRule) {
      const first = list2[0].finding;
      const files = /* @__PURE__ */ new Map();
      for (const r of list2) {
        const key2 = `${r.finding.file}\0${r.where}`;
        files.set(key2, [...files.get(key2) ?? [], r]);
      }
      const items = [];
      let size = 0;
      let shown2 = 0;
      const shownFiles = /* @__PURE__ */ new Set();
      for (const group of files.values()) {
        const { file } = group[0].finding;
        const lines2 = [...new Set(group.map((r) => r.finding.line))].sort((a, b) => a - b);
        const at = lines2.map((l) => linkLines && links.line ? `[${l}](${links.line(file, l)})` : String(l)).join(", ");
        const item = `- \`${file}\` ${counted(group.length, "finding")}, line${lines2.length > 1 ? "s" : ""} ${at} \xB7 ${group[0].where}`;
        if (size + item.length > perRule && items.length > 0) break;
        items.push(item);
        size += item.length + 1;
        shown2 += group.length;
        shownFiles.add(file);
      }
      const fileCount = new Set(list2.map((r) => r.finding.file)).size;
      if (shown2 < list2.length) {
        const restFiles = new Set(list2.filter((r) => !shownFiles.has(r.finding.file)).map((r) => r.finding.file)).size;
        items.push(`- \u2026 and ${counted(list2.length - shown2, "more finding")}${restFiles ? ` in ${counted(restFiles, "more file")}` : ""}: the job summary (or the check run) lists each one.`);
      }
      blocks.push(`<details><summary>${SEVERITY_ICON[first.severity]} <b>${ruleOf(rule).title}</b> (<code>${rule}</code>): ${counted(list2.length, "finding")} in ${counted(fileCount, "file")}</summary>

[Rule docs](${links.docs(rule)})

${items.join("\n")}

</details>`);
    }
    return blocks.join("\n");
  };
  const unlimited = Number.POSITIVE_INFINITY;
  const linked = render(true, unlimited);
  if (linked.length <= BODY_BUDGET) return linked;
  const plain = render(false, unlimited);
  if (plain.length <= BODY_BUDGET) return plain;
  return render(false, Math.max(200, Math.floor(BODY_BUDGET / Math.max(1, byRule.size)) - 400));
}
function reviewBody(findings, rows, notes, links = DEFAULT_LINKS) {
  const fixable = findings.filter((f) => f.fixable).length;
  const head = findings.length === 0 ? notes.some((n) => n.startsWith("\u26A0\uFE0F")) ? "\u26A0\uFE0F **podarmor** found no insecure pod specs in what it reviewed of this pull request; see below for what it could not review." : "**podarmor** found no insecure pod specs in the Kubernetes manifests this pull request changes. \u2705" : `**podarmor** found ${counted(findings.length, "issue")} (${severityCounts(findings)}) in the Kubernetes manifests this pull request changes; ${fixable} ha${fixable === 1 ? "s" : "ve"} a safe fix.`;
  const parts = [head, ...notes];
  if (rows.length) parts.push(`**Not commented inline** (${counted(rows.length, "finding")}):

${groupedFindings(rows, links)}`);
  parts.push(REVIEW_MARKER);
  let body = parts.join("\n\n");
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY - 200)}

\u2026 (truncated)

${REVIEW_MARKER}`;
  return body;
}

// src/review/patch.ts
function addedFileHunks(text) {
  const lines2 = lineCount(text);
  return [{ start: 1, end: lines2, added: new Set(Array.from({ length: lines2 }, (_, i) => i + 1)) }];
}
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  if (!patch) return [];
  const hunks2 = [];
  let current;
  let line = 0;
  for (const text of patch.split("\n")) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      line = Number(header[1]);
      const count = header[2] === void 0 ? 1 : Number(header[2]);
      current = { start: line, end: line + count - 1, added: /* @__PURE__ */ new Set() };
      if (count > 0) hunks2.push(current);
      continue;
    }
    if (!current) continue;
    if (text.startsWith("+")) {
      current.added.add(line);
      line++;
    } else if (text.startsWith(" ")) {
      line++;
    }
  }
  return hunks2;
}
function hunkFor(hunks2, from, to = from) {
  return hunks2.find((h) => h.start <= from && to <= h.end);
}

// src/review/plan.ts
var MAX_COMMENTS_PER_REVIEW = 100;
var CRLF_HINT = "This file has CRLF line endings and GitHub applies suggested changes with LF ones, so there is no suggestion here: `podarmor fix` (or the Action with `fix: commit`) applies the fix and keeps CRLF.";
var changesBehaviour = (findings) => findings.some((f) => f.fix?.class !== "safe");
var severityRank = (f) => SEVERITIES.indexOf(f.severity);
function planReview(input) {
  const rows = [];
  const inDiff = [];
  for (const f of input.findings) {
    if (input.committed?.has(f.fingerprint)) {
      rows.push({ finding: f, where: "fixed by the hardening commit" });
      continue;
    }
    const hunks2 = input.hunks.get(f.file);
    if (!hunks2 || hunks2.length === 0) rows.push({ finding: f, where: "file has no diff to comment on" });
    else if (!hunkFor(hunks2, f.line) && !hunkFor(hunks2, f.endLine)) rows.push({ finding: f, where: "outside the diff" });
    else inDiff.push({ finding: f, hunks: hunks2 });
  }
  const cap = Math.min(input.maxComments, MAX_COMMENTS_PER_REVIEW);
  const beyond = input.maxComments > MAX_COMMENTS_PER_REVIEW ? `beyond ${MAX_COMMENTS_PER_REVIEW} comments per review` : `beyond max-comments (${input.maxComments})`;
  const eligible = mostSevere(inDiff, cap);
  for (const item of inDiff) if (!eligible.has(item)) rows.push({ finding: item.finding, where: beyond });
  const crlf = new Set(input.session.parsed.filter((p) => p.text.includes("\r\n")).map((p) => p.path));
  const candidates = [];
  const plain = [];
  for (const item of inDiff.filter((i) => eligible.has(i))) {
    const onCrlf = crlf.has(item.finding.file);
    const s = input.suggestions && !onCrlf ? suggestionFor(input, [item.finding], item.hunks) : void 0;
    if (s) candidates.push({ findings: [item.finding], path: item.finding.file, line: s.endLine, ...s.startLine < s.endLine ? { startLine: s.startLine } : {}, suggestion: s, changesBehaviour: changesBehaviour([item.finding]), notes: [item.finding.fix.note] });
    else plain.push({ ...item, ...onCrlf && item.finding.fix ? { crlf: true } : {} });
  }
  const merged = mergeOverlappingSuggestions(input, candidates);
  const byLine = /* @__PURE__ */ new Map();
  for (const { finding: f, hunks: hunks2, crlf: onCrlf } of plain) {
    const range2 = anchorOf(f, hunks2);
    const key2 = `${f.file}:${range2.startLine ?? range2.line}:${range2.line}`;
    const c = byLine.get(key2) ?? { findings: [], path: f.file, ...range2, notes: [] };
    c.findings.push(f);
    if (onCrlf) c.fixHint = CRLF_HINT;
    else if (f.fixable && input.suggestions) c.fixHint = "`podarmor fix` (or the Action with `fix: commit`) applies a safe fix for this; its lines lie outside this diff, so it cannot be a suggestion here.";
    byLine.set(key2, c);
  }
  const all = [...merged];
  for (const c of byLine.values()) {
    const same = merged.find((m) => m.path === c.path && m.line === c.line && m.startLine === c.startLine);
    if (same) same.findings.push(...c.findings);
    else all.push(c);
  }
  const worst = (c) => Math.max(...c.findings.map(severityRank));
  all.sort((a, b) => worst(b) - worst(a) || byCodeUnits(a.path, b.path) || a.line - b.line);
  const kept = all.slice(0, cap);
  for (const c of all.slice(cap)) for (const f of c.findings) rows.push({ finding: f, where: beyond });
  kept.sort((a, b) => byCodeUnits(a.path, b.path) || a.line - b.line);
  const links = input.links ?? DEFAULT_LINKS;
  const comments = kept.map((c) => ({
    path: c.path,
    line: c.line,
    ...c.startLine !== void 0 ? { startLine: c.startLine } : {},
    body: commentBody({ findings: c.findings, links, ...c.suggestion ? { suggestion: c.suggestion, notes: c.notes, changesBehaviour: c.changesBehaviour ?? true } : {}, ...c.fixHint ? { fixHint: c.fixHint } : {} }),
    findings: c.findings,
    fingerprints: c.findings.map((f) => f.fingerprint).sort(),
    ...c.suggestion ? { suggestion: c.suggestion } : {}
  }));
  rows.sort(byRowOrder);
  const notes = [...input.notes ?? []];
  if (input.maxComments > MAX_COMMENTS_PER_REVIEW && rows.some((r) => r.where === beyond)) notes.push(`\u2139\uFE0F max-comments is ${input.maxComments}; a review carries at most ${MAX_COMMENTS_PER_REVIEW} inline comments, the rest are listed below.`);
  return { comments, rows, body: reviewBody(input.findings, rows, notes, links), findings: [...input.findings], notes, links };
}
var byRowOrder = (a, b) => severityRank(b.finding) - severityRank(a.finding) || byCodeUnits(a.finding.file, b.finding.file) || a.finding.line - b.finding.line;
function mostSevere(items, cap) {
  const places = /* @__PURE__ */ new Map();
  for (const item of items) {
    const a = anchorOf(item.finding, item.hunks);
    const key2 = `${item.finding.file}\0${a.startLine ?? a.line}\0${a.line}`;
    places.set(key2, [...places.get(key2) ?? [], item]);
  }
  const worst = (list2) => Math.max(...list2.map((i) => severityRank(i.finding)));
  const ranked = [...places.values()].sort((a, b) => worst(b) - worst(a) || byCodeUnits(a[0].finding.file, b[0].finding.file) || a[0].finding.line - b[0].finding.line);
  return new Set(ranked.slice(0, cap * 2).flat());
}
function anchorOf(f, hunks2) {
  if (f.endLine > f.line && hunkFor(hunks2, f.line, f.endLine)) return { line: f.endLine, startLine: f.line };
  return { line: hunkFor(hunks2, f.line) ? f.line : f.endLine };
}
function suggestionFor(input, findings, hunks2) {
  if (findings.some((f) => !f.fix || f.fix.kind === "network-policy" || f.fix.ops.length === 0)) return void 0;
  const plan = planFileFix(input.session, findings, input.fixOptions);
  if (isDropped(plan)) return void 0;
  const s = toSuggestion(plan.before, plan.after, plan.edits);
  if (!s || !hunkFor(hunks2, s.startLine, s.endLine)) return void 0;
  return s;
}
function mergeOverlappingSuggestions(input, candidates) {
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const c of candidates) byFile.set(`${c.path}\0${c.changesBehaviour}`, [...byFile.get(`${c.path}\0${c.changesBehaviour}`) ?? [], c]);
  for (const list2 of byFile.values()) {
    const path2 = list2[0].path;
    list2.sort((a, b) => (a.startLine ?? a.line) - (b.startLine ?? b.line));
    const clusters = [];
    for (const c of list2) {
      const last = clusters[clusters.length - 1];
      const lastEnd = last ? Math.max(...last.map((x) => x.line)) : -1;
      if (last && (c.startLine ?? c.line) <= lastEnd) last.push(c);
      else clusters.push([c]);
    }
    const hunks2 = input.hunks.get(path2) ?? [];
    for (const cluster of clusters) {
      if (cluster.length === 1) {
        out.push(cluster[0]);
        continue;
      }
      const findings = cluster.flatMap((c) => c.findings);
      const s = suggestionFor(input, findings, hunks2);
      if (s) {
        out.push({ findings, path: path2, line: s.endLine, ...s.startLine < s.endLine ? { startLine: s.startLine } : {}, suggestion: s, changesBehaviour: changesBehaviour(findings), notes: cluster.flatMap((c) => c.notes) });
      } else {
        cluster.sort((a, b) => Math.max(...b.findings.map(severityRank)) - Math.max(...a.findings.map(severityRank)));
        out.push(cluster[0]);
        for (const c of cluster.slice(1)) {
          out.push({ findings: c.findings, path: path2, ...anchorOf(c.findings[0], hunks2), notes: [], fixHint: "Its suggested change overlaps another one: accept that one first, and the next run suggests this one." });
        }
      }
    }
  }
  return out;
}

// src/review/change.ts
function scanOptionsOf(config) {
  return {
    profile: config.profile,
    kubernetesVersion: config.kubernetesVersion,
    ...config.only.length ? { only: config.only } : {},
    ...Object.keys(config.ruleOptions ?? {}).length ? { ruleOptions: config.ruleOptions } : {}
  };
}
function scanChange(changed, context, unreadable, config) {
  const changedPaths = new Set(changed.map((f) => f.path));
  const scanOptions = scanOptionsOf(config);
  const session = scan([...changed, ...context], scanOptions);
  const findings = session.findings.filter((f) => changedPaths.has(f.file));
  const skipped = [...unreadable, ...session.skipped.filter((s) => changedPaths.has(s.file))];
  return { session, findings, skipped, changedPaths, scanOptions };
}
function planChange(change, hunks2, config, notes = [], committed, links) {
  return planReview({
    session: change.session,
    findings: change.findings,
    hunks: hunks2,
    suggestions: config.suggestions,
    maxComments: config.maxComments,
    fixOptions: change.scanOptions,
    ...committed ? { committed } : {},
    notes: [...notes, ...change.skipped.map(skippedNote)],
    ...links ? { links } : {}
  });
}
function skippedNote(s) {
  return `\u26A0\uFE0F \`${s.file}${s.line !== void 0 ? `:${s.line}` : ""}\` was not reviewed: ${s.reason}`;
}

// src/cli/files.ts
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// src/cli/config-file.ts
import { readFileSync as readFileSync4 } from "node:fs";
function ruleOptionsFromFile(path2) {
  let text;
  try {
    text = readFileSync4(path2, "utf8");
  } catch (err) {
    throw new UsageError(`--config: cannot read ${path2}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  }
  const { settings: settings2, problems } = parseSettingsFile(text, path2);
  if (problems.length) throw new UsageError(`--config: ${problems.map((p) => p.message).join("\n")}`);
  return settings2.ruleOptions ?? {};
}

// src/cli/options.ts
function processIo() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: () => readAll(process.stdin),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  };
}
var USAGE = `podarmor ${VERSION}: find insecure pod specs in Kubernetes YAML and harden them

Usage:
  podarmor scan [paths\u2026]          report findings (files, folders, - for stdin; default .)
  podarmor fix [paths\u2026]           print the safe fixes as a unified diff (--write applies them)
  podarmor review --base <ref>    print the pull request review podarmor would post for the git diff
  podarmor rules                  list the rules
  podarmor init [dir]             add the GitHub workflow and a commented .github/podarmor.yml

Options:
  --profile baseline|restricted|hardened   rule set (default: hardened = restricted + hardening)
  --kubernetes-version X.Y                 target version: PSA policy and AppArmor/seccomp form (default: ${DEFAULT_KUBERNETES_VERSION})
  --only rule[,rule\u2026]                      only these rules
  --config FILE                            rule options: the rules: key of a .github/podarmor.yml
  --format text|json|sarif                 output format of scan (default: text; review: text|json)
  --fail-on critical|high|medium|low|none  exit 1 when a finding reaches this severity (default: low)
  --fail-on-unreviewed                     exit 1 when a file was found but not reviewed (a remote base, a chart, a render error)
  --max-file-size MiB                      skip larger files with a message (default: ${DEFAULT_MAX_FILE_BYTES / 1048576})
  --write                                  fix: write the changes instead of printing a diff
  --egress internet|cluster-only           fix: generated NetworkPolicies allow the internet except metadata endpoints (default), or only the cluster
  --base REF                               review: the branch the change goes into (diffed from its merge base)
  --gate new|all                           review: --fail-on counts only findings new since the merge base (default: new), or all
  --write-baseline FILE                    scan: write the findings' fingerprints to FILE (JSON)
  --baseline FILE                          scan: --fail-on counts only findings absent from FILE
  --max-comments N                         review: inline comments before the rest go to the summary (default: 30)
  --force                                  init: overwrite files that exist
  --action-ref REF                         init: the podarmor Action release, tag or commit sha to pin (default: this version)
  --no-color                               plain text output
  -h, --help                               this help
  -v, --version                            the version
`;
var CLI_SETTINGS = SETTINGS.filter((s) => s.cliFlag);
var OPTIONS = {
  ...Object.fromEntries(CLI_SETTINGS.map((s) => [s.key, { type: "string" }])),
  config: { type: "string" },
  format: { type: "string" },
  "fail-on-unreviewed": { type: "boolean" },
  "max-file-size": { type: "string" },
  write: { type: "boolean" },
  "network-policy-dir": { type: "string" },
  base: { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  force: { type: "boolean" },
  "action-ref": { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parseCommandLine(argv) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}
function commonOptions(values, paths, io) {
  const settings2 = {};
  for (const s of CLI_SETTINGS) {
    const read = readSetting(s, values[s.key]);
    if (read && "problem" in read) throw new UsageError(`--${s.key} ${read.problem}`);
    if (read) settings2[s.field] = read.value;
  }
  if (values.config !== void 0) settings2.ruleOptions = ruleOptionsFromFile(values.config);
  const set = settings2;
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (values["max-file-size"] !== void 0) {
    const mib = Number(values["max-file-size"]);
    if (!Number.isFinite(mib) || mib <= 0) throw new UsageError("--max-file-size takes a number of MiB");
    maxFileBytes = Math.round(mib * 1048576);
  }
  const scanOptions = { ...scanOptionsOf(mergeSettings(set)), maxFileBytes };
  if (values["no-color"]) io.color = false;
  return { scan: scanOptions, failOn: set.failOn ?? "low", paths: paths.length ? paths : ["."], settings: set, values };
}

// src/cli/review-command.ts
import { existsSync as existsSync5 } from "node:fs";
import { readFile as readFile6 } from "node:fs/promises";
import { join as join8 } from "node:path";

// src/cli/git-change.ts
import { existsSync as existsSync4 } from "node:fs";
import { stat as stat4 } from "node:fs/promises";
import { dirname as dirname5, join as join7, relative as relative4, resolve as resolve4, sep as sep3 } from "node:path";
import { promisify } from "node:util";

// src/review/paths.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var MAX_CONTEXT_FILES = 50;
function pathMatcher(globs2) {
  return (0, import_picomatch.default)([...globs2], { dot: true });
}
function selectSiblings(all, changed, globs2, cap) {
  const folderOf = (path2) => path2.slice(0, Math.max(0, path2.lastIndexOf("/")));
  const folders = new Set(changed.map(folderOf));
  const changedPaths = new Set(changed);
  const matches2 = pathMatcher(globs2);
  return all.filter((p) => !changedPaths.has(p) && matches2(p) && folders.has(folderOf(p))).slice(0, cap);
}

// src/cli/git-change.ts
async function run2(file, args, options) {
  const { execFile } = await import("node:child_process");
  return promisify(execFile)(file, args, options);
}
var GIT_BUFFER = 256 * 1024 * 1024;
async function git(cwd, args) {
  try {
    const { stdout } = await run2("git", ["-c", "core.quotePath=false", ...args], { cwd, maxBuffer: GIT_BUFFER, encoding: "utf8" });
    return stdout;
  } catch (err) {
    const e = err;
    if (e.code === "ENOENT") throw new UsageError("review needs git on PATH");
    throw new UsageError(`git ${args.join(" ")}: ${(e.stderr || e.message).trim().split("\n")[0]}`);
  }
}
async function locateTree(path2, base) {
  const start = resolve4(path2);
  const startDir = existsSync4(start) && (await stat4(start)).isDirectory() ? start : dirname5(start);
  if (!existsSync4(startDir)) throw new UsageError(`no such folder: ${path2}`);
  const root = (await git(startDir, ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new UsageError(`${path2} is not inside a git repository`);
  })).trim();
  const scope = relative4(root, start).split(sep3).join("/");
  await git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]).catch(() => {
    throw new UsageError(`--base ${base} is not a commit in this repository (fetch it first, e.g. git fetch origin ${base.replace(/^origin\//, "")})`);
  });
  const mergeBase = (await git(root, ["merge-base", base, "HEAD"])).trim();
  return { root, scope, mergeBase };
}
async function readLocalChange(tree, globs2, maxBytes) {
  const { root, scope, mergeBase } = tree;
  const matches2 = pathMatcher(globs2);
  const inScope = (p) => !scope || p === scope || p.startsWith(`${scope}/`);
  const pathspec = scope ? ["--", scope] : [];
  const patches = splitDiff(await git(root, ["diff", "--no-color", "--no-ext-diff", "--no-renames", "-U3", mergeBase, ...pathspec]));
  const untracked = (await git(root, ["ls-files", "--others", "--exclude-standard", "-z", ...pathspec])).split("\0").filter(Boolean);
  const unreadable = [];
  const hunks2 = /* @__PURE__ */ new Map();
  const changed = [];
  for (const [path2, patch] of patches) {
    if (!matches2(path2) || !inScope(path2)) continue;
    const file = await readManifest(root, path2, maxBytes, unreadable);
    if (file) changed.push(file);
    hunks2.set(path2, parsePatch(patch));
  }
  for (const path2 of untracked) {
    if (!matches2(path2) || patches.has(path2)) continue;
    const file = await readManifest(root, path2, maxBytes, unreadable);
    if (!file) continue;
    changed.push(file);
    hunks2.set(path2, addedFileHunks(file.text));
  }
  const tracked = (await git(root, ["ls-files", "-z"])).split("\0").filter(Boolean);
  const context = [];
  for (const path2 of selectSiblings(tracked, changed.map((f) => f.path), globs2, MAX_CONTEXT_FILES)) {
    const file = await readManifest(root, path2, maxBytes, []);
    if (file) context.push(file);
  }
  return { changed, hunks: hunks2, context, unreadable };
}
async function readManifest(root, path2, maxBytes, skipped) {
  const full = join7(root, path2);
  if (!existsSync4(full)) return void 0;
  const read = await readManifestFile(full, path2, maxBytes);
  if ("skipped" in read) skipped.push(read.skipped);
  return "file" in read ? read.file : void 0;
}
function splitDiff(diff) {
  const out = /* @__PURE__ */ new Map();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    const target = /^\+\+\+ (?:b\/(.*)|"b\/((?:[^"\\]|\\.)*)")$/m.exec(section);
    if (!target) continue;
    const path2 = target[1] ?? JSON.parse(`"${target[2]}"`);
    const firstHunk = section.search(/^@@ /m);
    out.set(path2, firstHunk < 0 ? "" : section.slice(firstHunk).replace(/\n$/, ""));
  }
  return out;
}
async function readBaseVersions(tree, paths) {
  const out = [];
  for (const path2 of paths) {
    const text = await git(tree.root, ["show", `${tree.mergeBase}:${path2}`]).catch(() => void 0);
    if (text !== void 0) out.push({ path: path2, text });
  }
  return out;
}

// src/cli/review-command.ts
var CONFIG_FILE2 = ".github/podarmor.yml";
async function reviewCommand(common, io) {
  const base = common.values.base;
  if (!base) throw new UsageError("review needs --base <git-ref>, the branch the pull request goes into (e.g. --base origin/main)");
  const format2 = common.values.format ?? "text";
  if (!["text", "json"].includes(format2)) throw new UsageError("--format of review must be text or json");
  if (common.paths.length > 1) throw new UsageError("review takes at most one folder: the repository (or a folder in it) to review");
  const tree = await locateTree(common.paths[0], base);
  const config = await loadConfig(tree.root, common);
  const local = await readLocalChange(tree, config.paths, common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const change = scanChange(local.changed, local.context, local.unreadable, config);
  const plan = planChange(change, local.hunks, config);
  const old = config.gate === "new" ? baseFingerprints(await readBaseVersions(tree, local.changed.map((f) => f.path)), local.context, change.scanOptions) : void 0;
  const gated = applyGate(change.findings, old, config.gate);
  const where = `${base} (merge base ${tree.mergeBase.slice(0, 7)})`;
  if (format2 === "json") io.stdout(`${JSON.stringify({ ...reviewJson(plan, base, tree.mergeBase), gate: config.gate, newFindings: gated.counted.length }, null, 2)}
`);
  else io.stdout(`${renderReview(plan, local.changed.length, where, io.color)}${plan.findings.length ? `${gateSentence(gated, `the merge base ${tree.mergeBase.slice(0, 7)}`)}
` : ""}`);
  return reachesFailOn({ findings: gated.counted, skipped: change.skipped }, common.failOn) ? 1 : 0;
}
async function loadConfig(root, common) {
  let fromFile = {};
  const path2 = join8(root, CONFIG_FILE2);
  if (existsSync5(path2)) {
    const read = parseSettingsFile(await readFile6(path2, "utf8"), CONFIG_FILE2);
    if (read.problems.length) throw new UsageError(`${CONFIG_FILE2} is not valid:
${read.problems.map((p) => `  - ${p.message}`).join("\n")}`);
    fromFile = read.settings;
  }
  return mergeSettings(fromFile, common.settings);
}
function renderReview(plan, files, where, color) {
  const bold = (s) => color ? `\x1B[1m${s}\x1B[22m` : s;
  const out = [bold(`podarmor review of ${counted(files, "changed manifest")} against ${where}`), ""];
  if (plan.comments.length === 0) out.push("No inline comments.", "");
  for (const c of plan.comments) {
    out.push(bold(`\u2500\u2500 ${c.path}:${c.startLine !== void 0 ? `${c.startLine}-` : ""}${c.line} \u2500\u2500`), withoutMarkers(c.body), "");
  }
  out.push(bold("\u2500\u2500 Review summary \u2500\u2500"), withoutMarkers(plan.body), "");
  return `${out.join("\n")}
`;
}
function reviewJson(plan, base, mergeBase) {
  return {
    base,
    mergeBase,
    comments: plan.comments.map((c) => ({
      path: c.path,
      line: c.line,
      ...c.startLine !== void 0 ? { startLine: c.startLine } : {},
      rules: [...new Set(c.findings.map((f) => f.rule))],
      fingerprints: c.fingerprints,
      suggestion: c.suggestion !== void 0,
      body: c.body
    })),
    body: plan.body,
    findings: plan.findings.length
  };
}

// src/cli/rules-command.ts
function rulesCommand(format2, io) {
  if (format2 === "json") {
    io.stdout(`${JSON.stringify(RULES2, null, 2)}
`);
    return 0;
  }
  for (const r of RULES2) {
    const pss = r.pss ? `${r.pss.level}/${r.pss.control}` : "hardening";
    io.stdout(`${r.id.padEnd(32)} ${r.severity.padEnd(9)} ${pss.padEnd(38)} ${r.title}
`);
  }
  return 0;
}

// src/cli/scan-command.ts
import { readFile as readFile7, writeFile as writeFile5 } from "node:fs/promises";

// src/core/report/json.ts
var JSON_FORMAT_VERSION = 1;
function jsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: { kind: f.resource.kind, name: f.resource.name, namespace: f.resource.namespace ?? null },
    container: f.container ?? null,
    ...f.pss ? { pss: { level: f.pss.level, control: f.pss.control } } : {},
    fixable: f.fixable,
    suggestion: f.suggestion,
    fingerprint: f.fingerprint,
    docs: docsUrl(f.rule),
    ...f.source && f.source.kind !== "manifest" ? { source: { kind: f.source.kind, renderedBy: f.source.roots, editable: f.source.editable, hint: f.source.hint ?? null } } : {}
  };
}
function writeJson(result, write) {
  const shell = {
    version: JSON_FORMAT_VERSION,
    findings: itemsSlot,
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason, error: s.error, ...s.line !== void 0 ? { line: s.line, column: s.column } : {} })),
    problems: result.problems,
    ...result.notReviewed ? { notReviewed: result.notReviewed } : {},
    ...result.totals ? { totals: result.totals } : {}
  };
  writeJsonWithItems(shell, result.findings, jsonFinding, write);
}

// src/core/report/sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function writeSarif(result, toolVersion, write) {
  const used = [...new Set(result.findings.map((f) => f.rule))].sort();
  const rules = RULES2.filter((r) => used.includes(r.id)).map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _d, c) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description.trim() },
    help: {
      text: `${r.description.trim()}

Fix: ${r.remediation.trim()}`,
      markdown: `${r.description.trim()}

**Fix:** ${r.remediation.trim()}

[Rule documentation](${docsUrl(r.id)})`
    },
    helpUri: docsUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      "security-severity": SECURITY_SEVERITY[r.severity],
      precision: "very-high",
      tags: ["security", "kubernetes", ...r.pss ? [`pss-${r.pss.level}`] : ["hardening"]]
    }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "podarmor", version: toolVersion, informationUri: "https://github.com/podarmor/podarmor", rules } },
        results: itemsSlot,
        ...result.notReviewed ? { invocations: [invocation(result.notReviewed)] } : {}
      }
    ]
  };
  writeJsonWithItems(sarif, result.findings, (f) => sarifResult(f, index.get(f.rule)), write);
}
function sarifResult(f, ruleIndex) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "podarmor/v1": f.fingerprint },
    properties: {
      resource: `${f.resource.kind}/${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name}`,
      ...f.container !== void 0 ? { container: f.container } : {},
      ...f.pss ? { pssLevel: f.pss.level, pssControl: f.pss.control } : {},
      fixable: f.fixable
    }
  };
}
function invocation(notReviewed) {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: notReviewed.map((n) => ({
      level: "warning",
      descriptor: { id: "not-reviewed" },
      message: { text: `not reviewed: ${n.reason}${n.remedy ? `; ${n.remedy}` : ""}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(n.file) }, ...n.line !== void 0 ? { region: { startLine: n.line } } : {} } }]
    }))
  };
}
function toUri(path2) {
  return path2.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((p) => encodeURIComponent(p)).join("/");
}

// src/cli/scan-command.ts
async function scanCommand(common, io) {
  const format2 = common.values.format ?? "text";
  if (!["text", "json", "sarif"].includes(format2)) throw new UsageError("--format must be text, json or sarif");
  const unreviewedFails = await failOnUnreviewed(common.values["fail-on-unreviewed"]);
  const baselinePath = common.values.baseline;
  const baseline = baselinePath !== void 0 ? await readBaseline(baselinePath) : void 0;
  const { result, report } = await scanPaths(common.paths, common.scan, io.stdin, false);
  const out = chunked(io.stdout);
  if (format2 === "json") writeJson(report, out.write);
  else if (format2 === "sarif") writeSarif(report, VERSION, out.write);
  else writeText(report, { color: io.color, sources: result.sources }, out.write);
  out.flush();
  const writeTo = common.values["write-baseline"];
  if (writeTo !== void 0) {
    await writeFile5(writeTo, baselineJson(report.findings));
    io.stderr(`podarmor: wrote ${counted(report.findings.length, "fingerprint")} to ${writeTo}
`);
  }
  const gated = applyGate(report.findings, baseline, "new");
  if (baseline) io.stderr(`podarmor: ${counted(gated.preexisting.length, "finding")} in the baseline ${baselinePath} ${gated.preexisting.length === 1 ? "does" : "do"} not count toward --fail-on; ${gated.counted.length} new
`);
  return fails({ ...report, findings: gated.counted }, common.failOn, unreviewedFails) ? 1 : 0;
}
async function readBaseline(path2) {
  let text;
  try {
    text = await readFile7(path2, "utf8");
  } catch (err) {
    throw new UsageError(`--baseline ${path2} cannot be read: ${err.code ?? err.message}`);
  }
  const read = parseBaseline(text, path2);
  if ("problem" in read) throw new UsageError(read.problem);
  return read.fingerprints;
}

// src/cli/main.ts
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    io.stderr(`podarmor: ${err.message}

${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const common = commonOptions(values, paths, io);
    switch (command) {
      case "scan":
        return await scanCommand(common, io);
      case "fix":
        return await fixCommand(common, io);
      case "review":
        return await reviewCommand(common, io);
      case "rules":
        return rulesCommand(values.format ?? "text", io);
      case "init":
        return await initCommand(common, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`podarmor: ${err.message}
Run podarmor --help for usage.
`);
      return 2;
    }
    throw err;
  }
}
export {
  main,
  processIo
};
