#!/usr/bin/env node
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
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
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
    var isMap11 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
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
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap11;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq6;
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
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
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
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
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
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
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
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
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
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
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
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
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
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
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
    function applyReviver(reviver, obj, key, val) {
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
      return reviver.call(obj, key, val);
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
    var Scalar = class extends Node.NodeBase {
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
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
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
          const node2 = new Scalar.Scalar(value);
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
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
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
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
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
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
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
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
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
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
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
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
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
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
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
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
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
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
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
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
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
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
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
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str2.length + 1;
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
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
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
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
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
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
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
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
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
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
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
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
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
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
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
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
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
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
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
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
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
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
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
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
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
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
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
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
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
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
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
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
      resolve: (str2) => str2,
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
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
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
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
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
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
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
    var Scalar = require_Scalar();
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
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
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
    var Scalar = require_Scalar();
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
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
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
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
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
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
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
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
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
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
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
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
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
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
    var Scalar = require_Scalar();
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
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
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
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
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
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
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
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
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
            set2.items.push(Pair.createPair(value, null, ctx));
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
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
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
      resolve(str2) {
        const match = str2.match(timestamp.test);
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
    var bool2 = require_bool2();
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
      bool2.trueTag,
      bool2.falseTag,
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
    var bool2 = require_bool();
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
      bool: bool2.boolTag,
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
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
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
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
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
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
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
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
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
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
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
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
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
    exports.Document = Document;
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
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
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
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
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
          const pair = new Pair.Pair(keyNode);
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
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
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
        let sep2 = "";
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
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
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
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap11 = fc.start.source === "{";
      const fcName = isMap11 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap11 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
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
          if (!isMap11 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
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
        if (!isMap11 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap11 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap11) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap11 ? "}" : "]";
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
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
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
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
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
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
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
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines2(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
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
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
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
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
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
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
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
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
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
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
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
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
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
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
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
    var Document = require_Document();
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
    var Composer = class {
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
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
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
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
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
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
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
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
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
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
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
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
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
    var Lexer = class {
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
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
    var Parser = class {
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
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar2.end) {
            sep2 = scalar2.end;
            sep2.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
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
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
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
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
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
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
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
    function parseAllDocuments3(source, options = {}) {
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
    function parseDocument(source, options = {}) {
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
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
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
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
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
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
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
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
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
      let str2 = input;
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
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
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
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
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
    var parse3 = (input, options) => {
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
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
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
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
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
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
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
    parse3.fastpaths = (input, options) => {
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
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
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
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

// src/cli/main.ts
import { parseArgs } from "node:util";

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
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && (typeof key.value === "symbol" || key.source === "<<" && key.type === "PLAIN");
}
function getPair(ctx, node, key, depth = 0) {
  const map = (0, import_yaml.isMap)(node) ? node : deref(ctx, node);
  if (!(0, import_yaml.isMap)(map)) return void 0;
  const items = map.items;
  let hasMerge = false;
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i];
    const v = pair.key?.value;
    if (v === key) return pair;
    if (typeof v === "string" || v === void 0) continue;
    const k = pair.key;
    if (typeof v === "symbol" || k.source === "<<" && k.type === "PLAIN") hasMerge = true;
    else if ((0, import_yaml.isScalar)(k) && k.source === key) return pair;
  }
  if (!hasMerge || depth > 16) return void 0;
  for (const pair of items) {
    if (!isMergeKey(pair.key)) continue;
    const source = deref(ctx, pair.value);
    const sources = (0, import_yaml.isSeq)(source) ? source.items : [source];
    for (const s of sources) {
      const merged = getPair(ctx, s, key, depth + 1);
      if (merged) return merged;
    }
  }
  return void 0;
}
function get(ctx, node, key) {
  const pair = getPair(ctx, node, key);
  return pair ? deref(ctx, pair.value) : void 0;
}
function getIn(ctx, node, path) {
  let current = node;
  for (const key of path) {
    current = get(ctx, current, key);
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
  for (const key of mapKeys(ctx, node)) {
    const pair = getPair(ctx, node, key);
    if (!pair) continue;
    const v = scalar(ctx, pair.value);
    out.set(key, { value: v === void 0 ? "" : String(v), pair });
  }
  return out;
}

// src/core/objects.ts
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function findObjects(file) {
  const out = [];
  for (const d of file.documents) {
    if (d.broken) continue;
    const ctx = { doc: d.doc };
    collect(file, d.index, ctx, d.doc.contents, [], out, 0);
  }
  return out;
}
function collect(file, documentIndex, ctx, node, path, out, depth) {
  const map = asMap(ctx, node);
  if (!map || depth > 4) return;
  const kind = str(ctx, get(ctx, map, "kind"));
  const apiVersion = str(ctx, get(ctx, map, "apiVersion"));
  if (!kind || !apiVersion) return;
  if (kind === "List" || kind.endsWith("List") && get(ctx, map, "items")) {
    const items = asMapItems(ctx, get(ctx, map, "items"));
    items.forEach((item, i) => collect(file, documentIndex, ctx, item, [...path, "items", i], out, depth + 1));
    return;
  }
  const metadata = get(ctx, map, "metadata");
  const name = str(ctx, get(ctx, metadata, "name")) ?? str(ctx, get(ctx, metadata, "generateName")) ?? "";
  const namespace = str(ctx, get(ctx, metadata, "namespace"));
  const resource = namespace === void 0 ? { kind, name } : { kind, name, namespace };
  out.push({ file, documentIndex, ctx, node: map, path, kind, apiVersion, resource });
}
function asMapItems(ctx, node) {
  return seqItems(ctx, node).filter((n) => (0, import_yaml2.isMap)(n));
}
function asWorkload(obj) {
  const { ctx, node, path } = obj;
  let templatePath;
  let template;
  let podSpecKey = "spec";
  if (obj.kind === "Pod" && obj.apiVersion === "v1") {
    template = node;
    templatePath = path;
  } else if (obj.kind === "PodTemplate" && obj.apiVersion === "v1") {
    template = get(ctx, node, "template");
    templatePath = [...path, "template"];
  } else {
    const spec = get(ctx, node, "spec");
    const direct = get(ctx, spec, "template");
    if (isPodTemplate(ctx, direct)) {
      template = direct;
      templatePath = [...path, "spec", "template"];
    } else {
      const jobTemplate = get(ctx, get(ctx, get(ctx, spec, "jobTemplate"), "spec"), "template");
      if (isPodTemplate(ctx, jobTemplate)) {
        template = jobTemplate;
        templatePath = [...path, "spec", "jobTemplate", "spec", "template"];
      }
    }
  }
  if (!templatePath) return void 0;
  const podSpec = asMap(ctx, get(ctx, template, podSpecKey));
  if (!podSpec) return void 0;
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
    ...obj,
    podSpec,
    podSpecPath,
    podMetadataPath: [...templatePath, "metadata"],
    containers
  };
  if (podMetadata) workload.podMetadata = podMetadata;
  return workload;
}
function isPodTemplate(ctx, node) {
  const spec = get(ctx, node, "spec");
  return (0, import_yaml2.isMap)(spec) && getPair(ctx, spec, "containers") !== void 0;
}

// src/core/rules/catalog.generated.ts
var RULES = [
  {
    "id": "allow-privilege-escalation",
    "title": "Privilege escalation allowed",
    "severity": "medium",
    "description": "Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges\nthan its parent, through set-user-ID binaries or file capabilities (no_new_privs is not set).\n",
    "remediation": "Set `securityContext.allowPrivilegeEscalation: false` on every container.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    ],
    "pss": {
      "level": "restricted",
      "control": "allowPrivilegeEscalation"
    },
    "versions": {
      "since": "1.8"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.allowPrivilegeEscalation"
          ],
          "allowed": [
            false
          ],
          "required": true,
          "exempt": {
            "windows": "1.25"
          },
          "fix": {
            "value": false,
            "unset": "safe",
            "wrong": "safe",
            "note": "set-user-ID programs (sudo, ping on old images) can no longer raise their privileges.",
            "companions": [
              {
                "field": "securityContext.privileged",
                "equals": true,
                "value": false
              }
            ],
            "skipWhen": [
              {
                "field": "securityContext.capabilities.add",
                "contains": [
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
    "id": "apparmor-profile-required",
    "title": "AppArmor profile not set explicitly",
    "severity": "low",
    "description": "An explicit AppArmor profile makes the confinement part of the manifest instead of an accident\nof the node's runtime, and keeps it when the pod moves to nodes configured differently. From\nKubernetes 1.30 the profile is the `securityContext.appArmorProfile` field; before, the\n`container.apparmor.security.beta.kubernetes.io/<container>` annotation on the pod template.\n",
    "remediation": "Set `securityContext.appArmorProfile.type: RuntimeDefault` on the pod (Kubernetes 1.30 and\nlater), or annotate the pod template with\n`container.apparmor.security.beta.kubernetes.io/<container>: runtime/default` (before 1.30).\n",
    "links": [
      "https://kubernetes.io/docs/tutorials/security/apparmor/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "safe",
    "checks": [
      {
        "template": "apparmor-required",
        "params": {
          "fieldSince": "1.30",
          "annotationPrefix": "container.apparmor.security.beta.kubernetes.io/",
          "message": "no AppArmor profile is set for container(s) {containers}: set securityContext.appArmorProfile on the pod",
          "annotationMessage": 'container "{container}" has no AppArmor profile: annotate the pod template with {key}',
          "note": "the container runs under the runtime's default AppArmor profile, which nodes with AppArmor already apply by default."
        }
      }
    ]
  },
  {
    "id": "apparmor-profile",
    "title": "AppArmor disabled or overridden",
    "severity": "high",
    "description": "The runtime's default AppArmor profile confines what a container may do to files, mounts and\nthe kernel. An `Unconfined` profile (or the `unconfined` annotation) turns that off.\n",
    "remediation": "Use `securityContext.appArmorProfile.type: RuntimeDefault` (or `Localhost` with a profile loaded\non the nodes); on Kubernetes before 1.30, the annotation value `runtime/default` or `localhost/<name>`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    "pss": {
      "level": "baseline",
      "control": "appArmorProfile"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.appArmorProfile"
          ],
          "key": "type",
          "allowed": [
            "RuntimeDefault",
            "Localhost"
          ],
          "fix": {
            "value": "RuntimeDefault",
            "wrong": "suggestion",
            "note": "the container runs under the runtime's default AppArmor profile, which denies some mounts and writes to /proc and /sys."
          }
        }
      },
      {
        "template": "annotation-values",
        "params": {
          "prefix": "container.apparmor.security.beta.kubernetes.io/",
          "allowed": [
            "",
            "runtime/default"
          ],
          "allowedPrefixes": [
            "localhost/"
          ],
          "fix": {
            "value": "runtime/default",
            "class": "suggestion",
            "note": "the container runs under the runtime's default AppArmor profile, which denies some mounts and writes to /proc and /sys."
          }
        }
      }
    ]
  },
  {
    "id": "automount-service-account-token",
    "title": "Service account token mounted without need",
    "severity": "low",
    "description": "Pods that run as the namespace's `default` service account rarely call the Kubernetes API, yet\nget its token mounted: a token that an intruder can use against the API server.\n",
    "remediation": "Set `automountServiceAccountToken: false` on the pod, or run it under a dedicated service\naccount if it does need the API.\n",
    "links": [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "automountServiceAccountToken"
          ],
          "allowed": [
            false
          ],
          "required": true,
          "applyWhen": {
            "field": "serviceAccountName",
            "in": [
              "",
              "default"
            ]
          },
          "messages": {
            "unset": "the pod runs as the default service account with its API token mounted; set automountServiceAccountToken: false",
            "wrong": "the pod mounts the default service account's API token ({field}: {value})"
          },
          "fix": {
            "value": false,
            "unset": "suggestion",
            "wrong": "suggestion",
            "note": "the pod gets no API token; code that calls the Kubernetes API fails with 401 or 403."
          }
        }
      }
    ]
  },
  {
    "id": "capabilities-baseline",
    "title": "Capability beyond the runtime's default set",
    "severity": "high",
    "description": "Capabilities beyond the container runtime's default set (NET_RAW, SYS_ADMIN, NET_ADMIN, \u2026) give\na container powers over the node's kernel that an ordinary application does not need.\n",
    "remediation": "Remove the capability from `securityContext.capabilities.add`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    ],
    "pss": {
      "level": "baseline",
      "control": "capabilities_baseline"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.add[*]"
          ],
          "allowed": [
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
          "messages": {
            "wrong": "{subject} adds capability {value}, which is not in the default set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": 'the container loses this capability; code that needs it fails with "operation not permitted".'
          }
        }
      }
    ]
  },
  {
    "id": "capabilities-restricted",
    "title": "Capabilities not dropped",
    "severity": "medium",
    "description": "At the restricted level a container drops every capability and adds back at most\nNET_BIND_SERVICE, so that a compromised process cannot use the kernel's privileged operations.\n",
    "remediation": "Set `securityContext.capabilities.drop: [ALL]` and remove everything but NET_BIND_SERVICE from\n`capabilities.add`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "capabilities_restricted",
      "replaces": "capabilities_baseline"
    },
    "versions": {
      "since": "1.22"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.drop"
          ],
          "contains": "ALL",
          "required": true,
          "exempt": {
            "windows": "1.25"
          },
          "messages": {
            "wrong": "{subject} drops {value} but not ALL capabilities",
            "unset": "{subject} does not drop ALL capabilities"
          },
          "fix": {
            "unset": "safe",
            "wrong": "safe",
            "wrongAction": "append",
            "note": "the container loses the default capabilities (CHOWN, SETUID, NET_BIND_SERVICE, \u2026); add back only what it needs."
          }
        }
      },
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.add[*]"
          ],
          "allowed": [
            "NET_BIND_SERVICE"
          ],
          "exempt": {
            "windows": "1.25"
          },
          "messages": {
            "wrong": "{subject} adds capability {value}; only NET_BIND_SERVICE may be added"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": 'the container loses this capability; code that needs it fails with "operation not permitted".'
          }
        }
      }
    ]
  },
  {
    "id": "dangerous-capabilities",
    "title": "Dangerous capability added",
    "severity": "high",
    "description": "Some capabilities are enough on their own to take over the node or the pod network. They are\nnamed here with what they allow, so that a reviewer sees the risk of each.\n",
    "remediation": "Remove the capability from `securityContext.capabilities.add`; if the workload really needs it,\nisolate it (dedicated nodes, a user namespace) and suppress this finding with a reason.\n",
    "links": [
      "https://man7.org/linux/man-pages/man7/capabilities.7.html",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.capabilities.add[*]"
          ],
          "normalize": "capability",
          "forbidden": {
            "ALL": "every capability of the kernel, as good as privileged",
            "SYS_ADMIN": "mounts, namespaces and many kernel interfaces; the usual way out of a container",
            "SYS_MODULE": "loads kernel modules, that is, runs code in the node's kernel",
            "SYS_PTRACE": "reads and alters the memory of other processes",
            "SYS_RAWIO": "raw access to devices and kernel memory",
            "SYS_TIME": "sets the node's clock, which is not namespaced, for every pod on the node",
            "SYS_BOOT": "reboots the node",
            "NET_ADMIN": "reconfigures interfaces, routes and firewall rules of the pod (or of the node with hostNetwork)",
            "NET_RAW": "raw sockets, for spoofing and poisoning traffic on the pod network",
            "DAC_READ_SEARCH": "reads any file and opens files by handle, a known container escape",
            "BPF": "loads BPF programs into the kernel",
            "PERFMON": "kernel performance monitoring, which leaks kernel addresses",
            "MAC_ADMIN": "changes AppArmor or SELinux policy",
            "MAC_OVERRIDE": "bypasses AppArmor or SELinux policy",
            "SYSLOG": "reads the kernel log, which leaks kernel addresses"
          },
          "messages": {
            "wrong": "{subject} adds {value}: {reason}"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": 'the container loses this capability; code that needs it fails with "operation not permitted".'
          }
        }
      }
    ]
  },
  {
    "id": "deprecated-apparmor-annotation",
    "title": "Deprecated AppArmor annotation",
    "severity": "low",
    "description": "From Kubernetes 1.30 the AppArmor profile is the `securityContext.appArmorProfile` field; the\n`container.apparmor.security.beta.kubernetes.io/*` annotations are deprecated.\n",
    "remediation": "Move the profile to the container's `securityContext.appArmorProfile` and remove the annotation.\n",
    "links": [
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    "versions": {
      "since": "1.30"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "deprecated-annotation",
        "params": {
          "annotation": "apparmor",
          "message": "annotation {key} is deprecated since Kubernetes 1.30: use {field}",
          "note": "moves the same profile to the field that replaced the annotation; behaviour is unchanged."
        }
      }
    ]
  },
  {
    "id": "deprecated-seccomp-annotation",
    "title": "Deprecated seccomp annotation",
    "severity": "medium",
    "description": "The seccomp annotations were replaced by the `securityContext.seccompProfile` field in\nKubernetes 1.19 and are ignored from 1.27: a pod that relies on them runs without the profile\nit asks for.\n",
    "remediation": "Move the profile to `securityContext.seccompProfile` (pod annotation: on the pod; container\nannotation: on that container) and remove the annotation.\n",
    "links": [
      "https://kubernetes.io/docs/tutorials/security/seccomp/",
      "https://kubernetes.io/docs/reference/labels-annotations-taints/#seccomp-security-alpha-kubernetes-io-pod"
    ],
    "versions": {
      "since": "1.19"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "deprecated-annotation",
        "params": {
          "annotation": "seccomp",
          "message": "annotation {key} is deprecated and ignored from Kubernetes 1.27: use {field}",
          "note": "moves the same profile to the field that replaced the annotation; behaviour is unchanged on clusters that honoured the annotation."
        }
      }
    ]
  },
  {
    "id": "env-literal-credentials",
    "title": "Credential written into the manifest",
    "severity": "high",
    "description": "A password, token or key written as a literal `env` value is readable by everyone who can read\nthe repository, the manifest or the pod through the API, and stays in the git history.\n",
    "remediation": "Put the value in a Secret (or an external secret store) and reference it with\n`valueFrom.secretKeyRef`; rotate the exposed credential.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
    ],
    "fixable": "none",
    "checks": [
      {
        "template": "env-literal-secrets",
        "params": {
          "namePattern": "(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)",
          "ignoreNamePattern": "(_FILE|_PATH|_DIR|_NAME|_REF|_ENABLED|_URL|_ENDPOINT|_TTL|_TIMEOUT|_EXPIRY|_EXPIRATION|_LENGTH|_SIZE|_TYPE|_MODE|_KEY_ID|_HEADER)$",
          "valuePatterns": [
            "AKIA[0-9A-Z]{16}",
            "gh[pousr]_[A-Za-z0-9]{36}",
            "xox[abprs]-[A-Za-z0-9-]{10,}",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----",
            "AIza[0-9A-Za-z_-]{35}",
            "eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."
          ],
          "ignoreValuePattern": "^(\\$\\(.*\\)|\\$\\{.*\\}|<.*>|true|false|yes|no|none|null|\\d{1,9}[smh]?|/.*|[a-z]+://.*)$",
          "message": 'env variable {name} of container "{container}" holds a literal credential; use valueFrom.secretKeyRef'
        }
      }
    ]
  },
  {
    "id": "host-namespaces",
    "title": "Pod shares the node's namespaces",
    "severity": "high",
    "description": "`hostNetwork`, `hostPID` and `hostIPC` put the pod in the node's network, process or IPC\nnamespace. It can then sniff and bind the node's network, see and signal every process on the\nnode, or read other pods' shared memory.\n",
    "remediation": "Remove `hostNetwork`, `hostPID` and `hostIPC` (they default to false). Expose ports through a\nService instead of the host network.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostNamespaces"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "hostNetwork",
            "hostPID",
            "hostIPC"
          ],
          "forbidden": [
            true
          ],
          "messages": {
            "wrong": "{subject} sets {field}: true and shares that namespace with the node"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the pod leaves the node's namespace; software that listens on node addresses or inspects node processes stops working."
          }
        }
      }
    ]
  },
  {
    "id": "host-path-volumes",
    "title": "hostPath volume",
    "severity": "high",
    "description": "A hostPath volume mounts a directory of the node into the pod. Write access to the wrong path\n(the container runtime's socket, /etc, the kubelet's directory) gives away the node.\n",
    "remediation": "Use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead of hostPath.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostPathVolumes"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "volume-types",
        "params": {
          "forbidden": [
            "hostPath"
          ],
          "suggestEmptyDirFor": [
            "hostPath"
          ],
          "message": 'volume "{volume}" mounts a path of the node (hostPath)',
          "note": "the volume becomes an empty scratch directory, so the pod no longer sees the node's files."
        }
      }
    ]
  },
  {
    "id": "host-ports",
    "title": "Container binds a port of the node",
    "severity": "medium",
    "description": "A `hostPort` opens a port on the node's own address, bypassing Services and NetworkPolicies,\nand ties the pod to nodes where that port is free.\n",
    "remediation": "Remove `hostPort` and reach the container through a Service.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostPorts"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "ports[*].hostPort"
          ],
          "allowed": [
            0
          ],
          "messages": {
            "wrong": "{subject} binds port {value} of the node (hostPort)"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the port is no longer reachable on the node's address; clients must use a Service."
          }
        }
      }
    ]
  },
  {
    "id": "host-probes-and-lifecycle",
    "title": "Probe or lifecycle hook aimed at another host",
    "severity": "medium",
    "description": "A `host` in an httpGet or tcpSocket probe or lifecycle hook makes the kubelet connect to any\naddress it names, from the node: a way to reach services that only the node may reach.\n",
    "remediation": "Remove `host` from probes and lifecycle handlers; they then target the pod's own IP.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "hostProbesAndHostLifecycle"
    },
    "versions": {
      "since": "1.34"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
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
          "allowed": [
            ""
          ],
          "messages": {
            "wrong": "{subject} points {field} at host {value}"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the kubelet probes the pod's own IP instead."
          }
        }
      }
    ]
  },
  {
    "id": "invalid-suppression",
    "title": "Suppression that is not honoured",
    "severity": "low",
    "description": "A suppression must name existing rules and say why the finding does not apply, so that a\nreviewer can judge it. One without a reason, or naming an unknown rule, is ignored.\n",
    "remediation": 'Write the reason: the annotation\'s value (`ignore.podarmor.dev/<rule>: "<reason>"`) or after\n`--` in the comment (`# podarmor:ignore <rule> -- <reason>`).\n',
    "links": [
      "https://github.com/podarmor/podarmor#suppressing-findings"
    ],
    "profile": "all",
    "fixable": "none",
    "checks": [
      {
        "template": "suppression-syntax",
        "params": {}
      }
    ]
  },
  {
    "id": "metadata-endpoint-egress",
    "title": "Cloud metadata endpoint reachable",
    "severity": "high",
    "description": "The cloud metadata endpoint (169.254.169.254) hands out the node's cloud credentials to anyone\nwho asks from the node's network. Egress that is not restricted, or allowed to a CIDR that\ncontains it, lets a compromised pod ask.\n",
    "remediation": "Restrict egress with a NetworkPolicy, and exclude 169.254.169.254/32 from broad ipBlock rules\n(`except: [169.254.169.254/32]`).\n",
    "links": [
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security",
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "metadata-egress",
        "params": {
          "endpoint": "169.254.169.254",
          "unrestrictedMessage": 'no NetworkPolicy restricts egress of "{name}", so it can reach the metadata endpoint {endpoint}',
          "ruleMessage": 'NetworkPolicy "{policy}" allows egress to the metadata endpoint {endpoint}',
          "note": "the pods can no longer reach the cloud metadata endpoint; workloads that use the node's cloud identity need another way (workload identity)."
        }
      }
    ]
  },
  {
    "id": "network-policy-missing",
    "title": "No NetworkPolicy selects the workload",
    "severity": "medium",
    "description": "Without a NetworkPolicy selecting it, a pod accepts connections from every pod of the cluster\nand may connect anywhere, including the cloud's metadata endpoint. Only workloads and policies\nin the scanned files are compared.\n",
    "remediation": "Add a default-deny NetworkPolicy for the namespace and policies that allow what each workload\nneeds; `podarmor fix` writes them from the Services in the same files.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-network"
    ],
    "fixable": "safe",
    "checks": [
      {
        "template": "network-policy-coverage",
        "params": {
          "message": '{kind} "{name}" is not selected by any NetworkPolicy in namespace {namespace}',
          "note": "denies all traffic in the namespace except what the generated policies allow (Service ports in, DNS out); check that nothing else is needed."
        }
      }
    ]
  },
  {
    "id": "privileged",
    "title": "Privileged container",
    "severity": "critical",
    "description": "A privileged container runs with every Linux capability and with access to all of the node's\ndevices. It can load kernel modules, mount the host's file systems and escape to the node: it\nis root on the node in all but name.\n",
    "remediation": "Remove `securityContext.privileged: true` (or set it to `false`). Grant the one capability the\ncontainer needs with `capabilities.add` instead, if any.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    ],
    "pss": {
      "level": "baseline",
      "control": "privileged"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.privileged"
          ],
          "forbidden": [
            true
          ],
          "messages": {
            "wrong": "{subject} runs privileged ({field}: true)"
          },
          "fix": {
            "value": false,
            "wrong": "safe",
            "note": "the container loses the node's devices and every capability; agents that manage the node (CNI, storage, monitoring) may stop working, so suppress the finding with a reason for those."
          }
        }
      }
    ]
  },
  {
    "id": "proc-mount-restricted",
    "title": "Unmasked /proc at the restricted level",
    "severity": "medium",
    "description": "At the restricted level /proc stays masked even in pods with a user namespace.\n",
    "remediation": "Remove `securityContext.procMount` or set it to `Default`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "procMount_restricted",
      "replaces": "procMount"
    },
    "versions": {
      "since": "1.35"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.procMount"
          ],
          "allowed": [
            "Default"
          ],
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "/proc is masked again; nested container runtimes inside the pod may stop working."
          }
        }
      }
    ]
  },
  {
    "id": "proc-mount",
    "title": "Unmasked /proc",
    "severity": "high",
    "description": "`procMount: Unmasked` removes the masks over sensitive parts of /proc (such as /proc/kcore and\n/proc/sysrq-trigger) that keep a container from reading or steering the node's kernel.\n",
    "remediation": "Remove `securityContext.procMount` or set it to `Default`. From Kubernetes 1.35 the baseline\nlevel allows other values in pods with `hostUsers: false` (a user namespace).\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "procMount"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.procMount"
          ],
          "allowed": [
            "Default"
          ],
          "exempt": {
            "userNamespaces": "1.35"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "/proc is masked again; nested container runtimes inside the pod may stop working."
          }
        }
      }
    ]
  },
  {
    "id": "read-only-root-filesystem",
    "title": "Writable root file system",
    "severity": "low",
    "description": "A writable root file system lets an intruder drop tools and change binaries inside the running\ncontainer. A read-only one keeps the image as built; write paths become explicit volumes.\n",
    "remediation": "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir at every path the\napplication writes to (/tmp, caches).\n",
    "links": [
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security"
    ],
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "containers",
          "fields": [
            "securityContext.readOnlyRootFilesystem"
          ],
          "allowed": [
            true
          ],
          "required": true,
          "exempt": {
            "windows": "1.0"
          },
          "fix": {
            "value": true,
            "unset": "suggestion",
            "wrong": "suggestion",
            "note": "writes outside mounted volumes fail; mount an emptyDir where the application writes (/tmp, caches) before accepting."
          }
        }
      }
    ]
  },
  {
    "id": "restricted-volumes",
    "title": "Volume type outside the restricted set",
    "severity": "medium",
    "description": "Only volume types that are either ephemeral or defined through a PersistentVolume (which a\ncluster administrator controls) are allowed at the restricted level. Network and host volumes\nwritten into the pod give it storage that nobody reviewed.\n",
    "remediation": "Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected\nor secret volumes; move other storage behind a PersistentVolumeClaim.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "restrictedVolumes",
      "replaces": "hostPathVolumes"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "volume-types",
        "params": {
          "allowed": [
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
          "suggestEmptyDirFor": [
            "hostPath"
          ],
          "message": 'volume "{volume}" uses the {source} volume type, which the restricted level does not allow',
          "note": "the volume becomes an empty scratch directory, so the pod no longer sees the node's files."
        }
      }
    ]
  },
  {
    "id": "run-as-non-root",
    "title": "Container may run as root",
    "severity": "medium",
    "description": "Without `runAsNonRoot: true`, a container whose image does not name a user runs as root (UID 0),\nso a break-out of the container starts as root on the node's kernel.\n",
    "remediation": "Set `securityContext.runAsNonRoot: true` on the pod (or on every container), and make sure the\nimage runs as a numeric non-root USER or set `runAsUser`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "runAsNonRoot"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.runAsNonRoot"
          ],
          "allowed": [
            true
          ],
          "required": true,
          "exempt": {
            "userNamespaces": "1.35"
          },
          "fix": {
            "value": true,
            "unset": "safe",
            "wrong": "safe",
            "note": "the kubelet refuses to start a container whose image runs as root; set runAsUser or use a non-root image.",
            "skipWhen": [
              {
                "field": "securityContext.runAsUser",
                "equals": 0
              }
            ]
          }
        }
      }
    ]
  },
  {
    "id": "run-as-user",
    "title": "Container runs as UID 0",
    "severity": "medium",
    "description": "`runAsUser: 0` runs the container as root, whatever the image says.\n",
    "remediation": "Remove `runAsUser: 0` or set a non-zero UID.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
    ],
    "pss": {
      "level": "restricted",
      "control": "runAsUser"
    },
    "versions": {
      "since": "1.23"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.runAsUser"
          ],
          "forbidden": [
            0
          ],
          "exempt": {
            "userNamespaces": "1.35"
          },
          "messages": {
            "wrong": "{subject} runs as root ({field}: 0)"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs as the image's user; with runAsNonRoot it does not start if that user is root."
          }
        }
      }
    ]
  },
  {
    "id": "seccomp-profile-baseline",
    "title": "Seccomp disabled",
    "severity": "high",
    "description": "Seccomp filters the system calls a container may make; the runtime's default profile blocks\ndozens that are only useful to attack the kernel. `Unconfined` turns the filter off.\n",
    "remediation": "Use `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile on the\nnodes). Before Kubernetes 1.19 the annotations take `runtime/default` or `localhost/<profile>`.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    ],
    "pss": {
      "level": "baseline",
      "control": "seccompProfile_baseline"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "until": "1.18",
        "template": "annotation-values",
        "params": {
          "keys": [
            "seccomp.security.alpha.kubernetes.io/pod"
          ],
          "perContainer": "container.seccomp.security.alpha.kubernetes.io/{container}",
          "allowed": [
            "runtime/default",
            "docker/default"
          ],
          "allowedPrefixes": [
            "localhost/"
          ],
          "fix": {
            "value": "runtime/default",
            "class": "suggestion",
            "note": "system calls outside the runtime's default allow-list start failing with EPERM."
          }
        }
      },
      {
        "since": "1.19",
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seccompProfile"
          ],
          "key": "type",
          "allowed": [
            "RuntimeDefault",
            "Localhost"
          ],
          "fix": {
            "value": "RuntimeDefault",
            "wrong": "suggestion",
            "note": "system calls outside the runtime's default allow-list start failing with EPERM."
          }
        }
      }
    ]
  },
  {
    "id": "seccomp-profile-restricted",
    "title": "Seccomp profile not set",
    "severity": "medium",
    "description": "Seccomp filters the system calls a container may make. Unless a profile is set, most runtimes\nrun containers unconfined, with every system call of the kernel available to an attacker.\n",
    "remediation": "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a\nprofile on the nodes).\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tutorials/security/seccomp/"
    ],
    "pss": {
      "level": "restricted",
      "control": "seccompProfile_restricted",
      "replaces": "seccompProfile_baseline"
    },
    "versions": {
      "since": "1.19"
    },
    "fixable": "safe",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seccompProfile"
          ],
          "key": "type",
          "allowed": [
            "RuntimeDefault",
            "Localhost"
          ],
          "required": true,
          "exempt": {
            "windows": "1.25"
          },
          "fix": {
            "value": "RuntimeDefault",
            "unset": "safe",
            "wrong": "suggestion",
            "note": "system calls outside the runtime's default allow-list (such as unshare, keyctl, mount) fail with EPERM."
          }
        }
      }
    ]
  },
  {
    "id": "selinux-options",
    "title": "Custom SELinux type, user or role",
    "severity": "high",
    "description": "Setting an SELinux type other than the container types, or any SELinux user or role, can run the\ncontainer in a domain that the node's policy does not confine (such as spc_t).\n",
    "remediation": "Remove `seLinuxOptions.user` and `seLinuxOptions.role`, and use one of the container types\n(container_t, container_init_t, container_kvm_t, container_engine_t) or none.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
    ],
    "pss": {
      "level": "baseline",
      "control": "seLinuxOptions"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "until": "1.30",
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "type",
          "allowed": [
            "",
            "container_t",
            "container_init_t",
            "container_kvm_t"
          ],
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs in the default container SELinux domain."
          }
        }
      },
      {
        "since": "1.31",
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "type",
          "allowed": [
            "",
            "container_t",
            "container_init_t",
            "container_kvm_t",
            "container_engine_t"
          ],
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs in the default container SELinux domain."
          }
        }
      },
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "user",
          "allowed": [
            ""
          ],
          "messages": {
            "wrong": "{subject} sets the SELinux user ({field}: {value})"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs as the default SELinux user."
          }
        }
      },
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.seLinuxOptions"
          ],
          "key": "role",
          "allowed": [
            ""
          ],
          "messages": {
            "wrong": "{subject} sets the SELinux role ({field}: {value})"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs with the default SELinux role."
          }
        }
      }
    ]
  },
  {
    "id": "sysctls",
    "title": "Unsafe sysctl",
    "severity": "high",
    "description": "Sysctls outside the safe set are not namespaced or not isolated between pods: setting them\nchanges the node's kernel for every pod on it, or disables a security mechanism.\n",
    "remediation": "Remove the sysctl from `securityContext.sysctls`, or set it on the node if it is really needed.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    ],
    "pss": {
      "level": "baseline",
      "control": "sysctls"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "until": "1.26",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.27",
        "until": "1.28",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports"
          ],
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.29",
        "until": "1.31",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
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
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.32",
        "until": "1.36",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
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
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      },
      {
        "since": "1.37",
        "template": "security-field",
        "params": {
          "scope": "pod",
          "fields": [
            "securityContext.sysctls[*].name"
          ],
          "missingLeaf": "",
          "allowed": [
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
          "messages": {
            "wrong": "{subject} sets sysctl {value}, which is not in the safe set"
          },
          "fix": {
            "wrongAction": "remove-item",
            "wrong": "suggestion",
            "note": "the kernel keeps its default for this setting."
          }
        }
      }
    ]
  },
  {
    "id": "windows-host-process",
    "title": "Windows HostProcess container",
    "severity": "critical",
    "description": "A Windows HostProcess container runs directly on the node as a process of the host, with the\nnode's network and file system: it is full access to a Windows node.\n",
    "remediation": "Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.\n",
    "links": [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    ],
    "pss": {
      "level": "baseline",
      "control": "windowsHostProcess"
    },
    "fixable": "suggestion",
    "checks": [
      {
        "template": "security-field",
        "params": {
          "scope": "pod-and-containers",
          "fields": [
            "securityContext.windowsOptions.hostProcess"
          ],
          "forbidden": [
            true
          ],
          "messages": {
            "wrong": "{subject} runs as a Windows HostProcess ({field}: true)"
          },
          "fix": {
            "wrongAction": "remove",
            "wrong": "suggestion",
            "note": "the container runs isolated from the node and loses the host's network and file system."
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

// src/core/rules/registry.ts
var RULE_IDS = new Set(RULES.map((r) => r.id));
function inProfile(rule, profile) {
  if (rule.pss) return rule.pss.level === "baseline" || profile !== "baseline";
  return rule.profile === "all" || profile === "hardened";
}
function appliesToVersion(range, version) {
  return !range || versionAtLeast(version, range.since) && versionAtMost(version, range.until);
}
var UsageError = class extends Error {
};
function selectRules(profile, kubernetesVersion, only) {
  const version = parseVersion(kubernetesVersion);
  if (version === void 0) throw new UsageError(`invalid Kubernetes version "${kubernetesVersion}" (expected MAJOR.MINOR, such as 1.34)`);
  if (only) {
    const unknown = only.filter((id) => !RULE_IDS.has(id));
    if (unknown.length) throw new UsageError(`unknown rule${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
  }
  const candidates = RULES.filter((r) => inProfile(r, profile) && appliesToVersion(r.versions, version));
  const replaced = new Set(candidates.flatMap((r) => r.pss?.replaces && profile !== "baseline" ? [r.pss.replaces] : []));
  const active = [];
  for (const rule of candidates) {
    if (rule.pss && replaced.has(rule.pss.control)) continue;
    if (only && !only.includes(rule.id)) continue;
    const checks = rule.checks.filter((c) => appliesToVersion(c, version));
    if (checks.length > 0) active.push({ rule, checks });
  }
  return active;
}

// src/core/anchor.ts
var import_yaml3 = __toESM(require_dist(), 1);
function pairRange(pair) {
  const key = pair.key;
  const value = pair.value;
  const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
  const keyEnd = key?.range?.[1] ?? start;
  if (value && value.range) {
    const flow = ((0, import_yaml3.isMap)(value) || (0, import_yaml3.isSeq)(value)) && value.flow;
    if ((0, import_yaml3.isScalar)(value) || flow) {
      if ((0, import_yaml3.isScalar)(value) && (value.type === "BLOCK_LITERAL" || value.type === "BLOCK_FOLDED")) return { start, end: keyEnd };
      return { start, end: value.range[1] };
    }
  }
  return { start, end: keyEnd };
}
function nodeRange(ctx, node) {
  const n = deref(ctx, node);
  if ((0, import_yaml3.isMap)(n)) {
    const name = getPair(ctx, n, "name");
    if (name && name.key?.range) return pairRange(name);
    const first = n.items[0];
    if (first) return pairRange(first);
  }
  if ((0, import_yaml3.isSeq)(n)) {
    const first = n.items[0];
    if (first?.range) return nodeRange(ctx, first);
  }
  const range = n?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
function nearestRange(ctx, root, path) {
  let node = root;
  let best;
  for (const step of path) {
    if (typeof step === "number") {
      const seq = deref(ctx, node);
      if (!(0, import_yaml3.isSeq)(seq)) break;
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

// src/core/suppress.ts
var ANNOTATION_PREFIX = "ignore.podarmor.dev/";
var COMMENT_MARKER = "podarmor:ignore";
var COMMENT_RE = /(^|\s)#\s*podarmor:ignore\b(.*)$/;
function collectSuppressions(files, objects, knownRules) {
  const result = { byObject: /* @__PURE__ */ new Map(), byLine: /* @__PURE__ */ new Map(), invalid: [] };
  for (const o of objects) {
    const annotations = stringMap(o.ctx, get(o.ctx, get(o.ctx, o.node, "metadata"), "annotations"));
    for (const [key, { value, pair }] of annotations) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const rule = key.slice(ANNOTATION_PREFIX.length);
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
    const lines = file.text.split("\n");
    let offset = 0;
    const pending = [];
    lines.forEach((raw, i) => {
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
        const range = { start, end: lineOffset + line.length };
        const unknown = rules.filter((r) => !knownRules.has(r));
        const problem = rules.length === 0 ? "suppression comment names no rule" : unknown.length > 0 ? `suppression names unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `"${r}"`).join(", ")}` : reason.trim() === "" ? `suppression of ${rules.map((r) => `"${r}"`).join(", ")} gives no reason: add "-- <reason>"` : void 0;
        if (problem) result.invalid.push({ file, range, message: problem });
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
function addLine(s, path, line, rules) {
  const byLine = s.byLine.get(path) ?? /* @__PURE__ */ new Map();
  const set = byLine.get(line) ?? /* @__PURE__ */ new Set();
  for (const r of rules) set.add(r);
  byLine.set(line, set);
  s.byLine.set(path, byLine);
}

// src/core/templates/api.ts
function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, key) => {
    const v = values[key];
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
      keys: { type: "array", items: { type: "string" } },
      perContainer: { type: "string", pattern: "\\{container\\}" },
      prefix: { type: "string" },
      allowed: { type: "array", items: { type: "string" } },
      allowedPrefixes: { type: "array", items: { type: "string" } },
      exempt: exemptionsSchema,
      message: { type: "string" },
      fix: {
        type: "object",
        additionalProperties: false,
        required: ["value", "class", "note"],
        properties: { value: { type: "string" }, class: { enum: ["safe", "suggestion"] }, note: { type: "string" } }
      }
    }
  },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (!w.podMetadata || isExempt(w, params.exempt, ctx.version)) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, "annotations"));
    const checked = /* @__PURE__ */ new Map();
    for (const key of params.keys ?? []) checked.set(key, void 0);
    if (params.perContainer) {
      for (const c of w.containers) checked.set(format(params.perContainer, { container: c.name }), c.name);
    }
    if (params.prefix) {
      for (const key of annotations.keys()) if (key.startsWith(params.prefix)) checked.set(key, key.slice(params.prefix.length));
    }
    for (const [key, container] of checked) {
      const entry = annotations.get(key);
      if (!entry) continue;
      const v = entry.value;
      const ok = (params.allowed ?? []).includes(v) || (params.allowedPrefixes ?? []).some((p) => v.startsWith(p));
      if (ok) continue;
      const fix = params.fix ? { class: params.fix.class, ops: [{ op: "set", path: [...w.podMetadataPath, "annotations", key], value: params.fix.value }], note: params.fix.note } : void 0;
      ctx.report({
        range: pairRange(entry.pair),
        message: format(params.message ?? "annotation {key} is {value}; allowed: {expected}", {
          key,
          value: showValue(v),
          expected: [...(params.allowed ?? []).filter((a) => a !== "").map(showValue), ...(params.allowedPrefixes ?? []).map((p) => `"${p}\u2026"`)].join(" or ")
        }),
        ...container !== void 0 ? { container } : {},
        detail: key,
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
    required: ["fieldSince", "annotationPrefix", "message", "annotationMessage", "note"],
    properties: {
      fieldSince: { type: "string" },
      annotationPrefix: { type: "string" },
      message: { type: "string" },
      annotationMessage: { type: "string" },
      note: { type: "string" }
    }
  },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (isWindowsPod(w)) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, "annotations"));
    const annotated = (name) => {
      const v = annotations.get(params.annotationPrefix + name)?.value;
      return v !== void 0 && v !== "" && v !== "unconfined";
    };
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
    properties: { annotation: { enum: ["seccomp", "apparmor"] }, message: { type: "string" }, note: { type: "string" } }
  },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (!w.podMetadata) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, "annotations"));
    const field = params.annotation === "seccomp" ? "seccompProfile" : "appArmorProfile";
    for (const [key, { value, pair }] of annotations) {
      let target;
      if (params.annotation === "seccomp" && key === SECCOMP_POD) {
        target = { path: w.podSpecPath, node: w.podSpec };
      } else {
        const prefix = params.annotation === "seccomp" ? SECCOMP_CONTAINER : APPARMOR_CONTAINER;
        if (!key.startsWith(prefix)) continue;
        const name = key.slice(prefix.length);
        const c = w.containers.find((x) => x.name === name);
        target = c ? { path: c.path, node: c.node, container: name } : { path: [], node: void 0, container: name };
      }
      const profile = profileFromAnnotation(params.annotation, value);
      const annotationPath = [...w.podMetadataPath, "annotations", key];
      const ops = [{ op: "remove", path: annotationPath }];
      const fieldSet = target.node !== void 0 && getIn(w.ctx, target.node, ["securityContext", field]) !== void 0;
      if (profile && target.node !== void 0 && !fieldSet) {
        ops.push({ op: "set", path: [...target.path, "securityContext", field], value: profile });
      }
      const migratable = target.node !== void 0 && (profile !== void 0 || fieldSet);
      const fixClass = profile?.type === "Unconfined" || value === "unconfined" ? "suggestion" : "safe";
      ctx.report({
        range: pairRange(pair),
        message: format(params.message, { key, field: `securityContext.${field}` }),
        ...target.container !== void 0 ? { container: target.container } : {},
        detail: key,
        ...migratable ? { fix: { class: fixClass, ops, note: params.note, priority: 10 } } : {}
      });
    }
  }
};

// src/core/templates/env-literal-secrets.ts
var import_yaml4 = __toESM(require_dist(), 1);
var envLiteralSecrets = {
  name: "env-literal-secrets",
  kind: "workload",
  description: "Container env values that look like credentials and are not taken from a Secret.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["namePattern", "ignoreNamePattern", "valuePatterns", "ignoreValuePattern", "message"],
    properties: {
      namePattern: { type: "string" },
      ignoreNamePattern: { type: "string" },
      valuePatterns: { type: "array", items: { type: "string" } },
      ignoreValuePattern: { type: "string" },
      message: { type: "string" }
    }
  },
  check(ctx) {
    const { params, workload: w } = ctx;
    const nameRe = new RegExp(params.namePattern, "i");
    const ignoreNameRe = new RegExp(params.ignoreNamePattern, "i");
    const valueRes = params.valuePatterns.map((p) => new RegExp(p));
    const ignoreValueRe = new RegExp(params.ignoreValuePattern, "i");
    for (const c of w.containers) {
      for (const env of seqItems(w.ctx, get(w.ctx, c.node, "env"))) {
        if (!(0, import_yaml4.isMap)(env)) continue;
        const name = str(w.ctx, get(w.ctx, env, "name")) ?? "";
        const valuePair = getPair(w.ctx, env, "value");
        const value = valuePair ? str(w.ctx, valuePair.value) : void 0;
        if (!valuePair || value === void 0 || value === "") continue;
        const byValue = valueRes.some((re) => re.test(value));
        const byName = nameRe.test(name) && !ignoreNameRe.test(name) && !ignoreValueRe.test(value);
        if (!byValue && !byName) continue;
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

// src/core/templates/network-policy.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/core/network.ts
var import_yaml5 = __toESM(require_dist(), 1);
function podLabels(w) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of stringMap(w.ctx, get(w.ctx, w.podMetadata, "labels"))) out.set(k, v.value);
  return out;
}
function labelSelectorMatches(ctx, selector, labels) {
  const sel = asMap(ctx, selector);
  if (!sel) return true;
  for (const [k, v] of stringMap(ctx, get(ctx, sel, "matchLabels"))) if (labels.get(k) !== v.value) return false;
  for (const expr of seqItems(ctx, get(ctx, sel, "matchExpressions"))) {
    const key = str(ctx, get(ctx, expr, "key")) ?? "";
    const operator = str(ctx, get(ctx, expr, "operator"));
    const values = seqItems(ctx, get(ctx, expr, "values")).map((n) => str(ctx, n));
    const has = labels.has(key);
    const value = labels.get(key);
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
function indexNetwork(objects) {
  const index = { policies: /* @__PURE__ */ new Map(), services: /* @__PURE__ */ new Map() };
  for (const o of objects) {
    const bucket = isNetworkPolicy(o) ? index.policies : isService(o) ? index.services : void 0;
    if (!bucket) continue;
    const ns = o.resource.namespace;
    const list2 = bucket.get(ns) ?? [];
    list2.push(o);
    bucket.set(ns, list2);
  }
  return index;
}
function policiesSelecting(w, index) {
  const labels = podLabels(w);
  return (index.policies.get(w.resource.namespace) ?? []).filter((o) => labelSelectorMatches(o.ctx, get(o.ctx, get(o.ctx, o.node, "spec"), "podSelector"), labels));
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
function exposedPorts(w, index) {
  const labels = podLabels(w);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const svc of index.services.get(w.resource.namespace) ?? []) {
    if (!serviceSelects(svc, labels)) continue;
    for (const p of seqItems(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, "spec"), "ports"))) {
      if (!(0, import_yaml5.isMap)(p)) continue;
      const target = scalar(svc.ctx, get(svc.ctx, p, "targetPort")) ?? scalar(svc.ctx, get(svc.ctx, p, "port"));
      if (typeof target !== "number" && typeof target !== "string") continue;
      const protocol = str(svc.ctx, get(svc.ctx, p, "protocol")) ?? "TCP";
      const key = `${target}/${protocol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ port: target, protocol });
    }
  }
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

// src/core/templates/network-policy.ts
function nameRange(o) {
  return nearestRange(o.ctx, o.node, ["metadata", "name"]);
}
var networkPolicyCoverage = {
  name: "network-policy-coverage",
  kind: "set",
  description: "Every workload in the scanned set is selected by a NetworkPolicy of its namespace.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["message", "note"],
    properties: { message: { type: "string" }, note: { type: "string" } }
  },
  check(ctx) {
    const index = indexNetwork(ctx.objects);
    for (const w of ctx.workloads) {
      if (usesHostNetwork(w)) continue;
      if (policiesSelecting(w, index).length > 0) continue;
      ctx.report({
        object: w,
        range: nameRange(w),
        message: format(ctx.params.message, { namespace: w.resource.namespace ?? "(the namespace it is applied to)", kind: w.kind, name: w.resource.name }),
        detail: "coverage",
        fix: { class: "safe", ops: [], note: ctx.params.note, generate: "network-policy" }
      });
    }
  }
};
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
  check(ctx) {
    const { endpoint } = ctx.params;
    const reportedRules = /* @__PURE__ */ new Set();
    const index = indexNetwork(ctx.objects);
    for (const w of ctx.workloads) {
      if (usesHostNetwork(w)) continue;
      const policies = policiesSelecting(w, index);
      if (policies.length === 0) continue;
      const egressPolicies = policies.filter((p) => policyTypes(p).has("Egress"));
      if (egressPolicies.length === 0) {
        ctx.report({
          object: w,
          range: nameRange(w),
          message: format(ctx.params.unrestrictedMessage, { endpoint, name: w.resource.name }),
          detail: "egress-unrestricted"
        });
        continue;
      }
      for (const p of egressPolicies) {
        const spec = get(p.ctx, p.node, "spec");
        const rules = seqItems(p.ctx, get(p.ctx, spec, "egress"));
        rules.forEach((rule, ruleIndex) => {
          if (!(0, import_yaml6.isMap)(rule) || !reachesPort80(p, rule)) return;
          const peers = seqItems(p.ctx, get(p.ctx, rule, "to"));
          if (peers.length === 0) {
            if (reportedRules.has(rule)) return;
            reportedRules.add(rule);
            ctx.report({ object: p, range: nodeRange(p.ctx, rule), message: format(ctx.params.ruleMessage, { endpoint, policy: p.resource.name }), detail: `egress[${ruleIndex}]` });
            return;
          }
          peers.forEach((peer, peerIndex) => {
            const block = get(p.ctx, peer, "ipBlock");
            const cidr = str(p.ctx, get(p.ctx, block, "cidr"));
            if (!cidr || !cidrContains(cidr, endpoint)) return;
            const except = seqItems(p.ctx, get(p.ctx, block, "except")).map((n) => str(p.ctx, n) ?? "");
            if (except.some((e) => cidrContains(e, endpoint))) return;
            if (reportedRules.has(peer)) return;
            reportedRules.add(peer);
            const cidrPair = getPair(p.ctx, block, "cidr");
            const exceptPath = [...p.path, "spec", "egress", ruleIndex, "to", peerIndex, "ipBlock", "except"];
            ctx.report({
              object: p,
              range: cidrPair ? nearestRange(p.ctx, block, ["cidr"]) : nodeRange(p.ctx, peer),
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
var import_yaml7 = __toESM(require_dist(), 1);
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
  constructor(ctx, fieldPath, query) {
    this.#ctx = ctx;
    this.#fieldPath = fieldPath;
    this.path = query.key !== void 0 ? [...fieldPath, query.key] : fieldPath;
    this.label = query.label;
  }
  get range() {
    return nearestRange(this.#ctx, this.#ctx.doc.contents, this.#fieldPath);
  }
};
function unsetHit(ctx, fieldPath, query) {
  return new UnsetHit(ctx, fieldPath, query);
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
function leafHit(ctx, child, pair, path, itemPath, query) {
  let hit;
  if (query.key !== void 0) {
    if (!(0, import_yaml7.isMap)(child)) return void 0;
    const keyPair = getPair(ctx, child, query.key);
    const v = keyPair ? scalar(ctx, keyPair.value) : void 0;
    hit = { state: "value", value: v ?? "", path: [...path, query.key], range: pairRange(keyPair ?? pair), label: query.label };
  } else if (query.list) {
    const values = (0, import_yaml7.isSeq)(child) ? child.items.map((it) => scalar(ctx, it)).filter((v) => v !== void 0) : [];
    hit = { state: "value", value: values, path, range: pairRange(pair), label: query.label };
  } else {
    const v = scalar(ctx, child);
    if (v === void 0) return void 0;
    hit = { state: "value", value: v, path, range: pairRange(pair), label: query.label };
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
    if ((0, import_yaml7.isSeq)(child)) {
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
  for (const key of field.split(".")) {
    node = get(ctx, node, key);
    if (node === void 0) return false;
  }
  if (cond.equals !== void 0) return scalar(ctx, node) === cond.equals;
  if (cond.contains !== void 0) {
    const seq = deref(ctx, node);
    if (!(0, import_yaml7.isSeq)(seq)) return false;
    return seq.items.some((it) => {
      const v = scalar(ctx, it);
      return v !== void 0 && cond.contains.includes(v);
    });
  }
  return false;
}

// src/core/templates/security-field.ts
var scalarSchema = { type: ["string", "number", "boolean"] };
var securityField = {
  name: "security-field",
  kind: "workload",
  description: "A field of the pod spec and/or of each container must hold allowed values (or must not hold forbidden ones); with `pod-and-containers`, containers inherit the pod-level value as upstream Pod Security Admission does.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    required: ["scope", "fields"],
    properties: {
      scope: { enum: ["containers", "pod", "pod-and-containers"] },
      fields: { type: "array", minItems: 1, items: { type: "string", pattern: "^[A-Za-z][\\w]*(\\[\\*\\])?(\\.[A-Za-z][\\w]*(\\[\\*\\])?)*$" } },
      key: { type: "string" },
      allowed: { type: "array", items: scalarSchema },
      allowedPrefixes: { type: "array", items: { type: "string" } },
      forbidden: { oneOf: [{ type: "array", items: scalarSchema }, { type: "object", additionalProperties: { type: "string" } }] },
      contains: scalarSchema,
      required: { type: "boolean" },
      missingLeaf: scalarSchema,
      normalize: { enum: ["capability"] },
      exempt: exemptionsSchema,
      applyWhen: {
        type: "object",
        additionalProperties: false,
        required: ["field", "in"],
        properties: { field: { type: "string" }, in: { type: "array", items: scalarSchema } }
      },
      messages: {
        type: "object",
        additionalProperties: false,
        properties: { wrong: { type: "string" }, unset: { type: "string" }, unsetPod: { type: "string" } }
      },
      fix: {
        type: "object",
        additionalProperties: false,
        required: ["note"],
        properties: {
          value: scalarSchema,
          unset: { enum: ["safe", "suggestion"] },
          wrong: { enum: ["safe", "suggestion"] },
          wrongAction: { enum: ["set", "remove", "remove-item", "append"] },
          note: { type: "string" },
          unsetNote: { type: "string" },
          companions: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["field", "equals", "value"],
              properties: { field: { type: "string" }, equals: scalarSchema, value: scalarSchema }
            }
          },
          skipWhen: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["field"],
              properties: { field: { type: "string" }, equals: scalarSchema, contains: { type: "array", items: scalarSchema } }
            }
          }
        }
      }
    }
  },
  check(ctx) {
    const { params, workload } = ctx;
    const compiled = compile(params);
    if (isExempt(ctx.workload, params.exempt, ctx.version)) return;
    if (compiled.applyWhen) {
      const [hit] = evaluateField(workload.ctx, workload.podSpec, workload.podSpecPath, compiled.applyWhen);
      const value = hit?.state === "value" && !Array.isArray(hit.value) ? hit.value : "";
      if (!params.applyWhen.in.includes(value ?? "")) return;
    }
    const onPod = params.scope !== "containers";
    const onContainers = params.scope !== "pod";
    for (const query of compiled.queries) {
      const podHits = onPod ? evaluateField(workload.ctx, workload.podSpec, workload.podSpecPath, query) : [];
      const podGood = podHits.length > 0 && podHits.every((h) => h.state === "value" && !violation(params, h.value));
      for (const hit of podHits) {
        if (hit.state === "value") reportWrong(ctx, hit, void 0);
        else if (params.required && params.scope === "pod") reportUnset(ctx, hit, void 0, []);
      }
      if (!onContainers) continue;
      let implicit;
      for (const container of workload.containers) {
        for (const hit of evaluateField(workload.ctx, container.node, container.path, query)) {
          if (hit.state === "value") reportWrong(ctx, hit, container);
          else if (params.required) {
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
function normalized(params, v) {
  if (params.normalize === "capability" && typeof v === "string") return v.toUpperCase().replace(/^CAP_/, "");
  return v;
}
function violation(params, value) {
  if (value === void 0) return void 0;
  if (Array.isArray(value)) {
    if (params.contains !== void 0 && !value.includes(params.contains)) return `must include ${showValue(params.contains)}`;
    return void 0;
  }
  const v = normalized(params, value);
  if (params.forbidden) {
    if (Array.isArray(params.forbidden)) {
      if (params.forbidden.includes(v)) return "forbidden";
    } else if (typeof v === "string" && Object.hasOwn(params.forbidden, v)) {
      return params.forbidden[v];
    }
  }
  if (params.allowed || params.allowedPrefixes) {
    const ok = (params.allowed ?? []).includes(v) || typeof v === "string" && (params.allowedPrefixes ?? []).some((p) => v.startsWith(p));
    if (!ok) return "not allowed";
  }
  return void 0;
}
function subjectOf(container) {
  if (!container) return "pod";
  const what = container.list === "initContainers" ? "init container" : container.list === "ephemeralContainers" ? "ephemeral container" : "container";
  return `${what} "${container.name}"`;
}
function expectedText(params) {
  if (params.contains !== void 0) return `a list including ${showValue(params.contains)}`;
  const options = [...(params.allowed ?? []).filter((v) => v !== "").map(showValue), ...(params.allowedPrefixes ?? []).map((p) => `"${p}\u2026"`)];
  return options.join(" or ");
}
function reportWrong(ctx, hit, container) {
  const { params } = ctx;
  const reason = violation(params, hit.value);
  if (reason === void 0) return;
  const value = Array.isArray(hit.value) ? `[${hit.value.map(showValue).join(", ")}]` : showValue(hit.value);
  const message = format(params.messages?.wrong ?? "{subject} sets {field} to {value}; allowed: {expected}", {
    subject: subjectOf(container),
    field: hit.label,
    value,
    reason,
    expected: compile(params).expected
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
  return { class: fix.unset, ops: [op, ...companionOps(ctx, container)], note: fix.unsetNote ?? fix.note };
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
    if (ctx.params.contains === void 0) return void 0;
    op = { op: "append", path: hit.path, value: ctx.params.contains };
  } else {
    if (fix.value === void 0) return void 0;
    op = { op: "set", path: hit.path, value: fix.value };
  }
  return { class: fix.wrong, ops: [op, ...companionOps(ctx, container)], note: fix.note };
}
function companionOps(ctx, container) {
  const companions = ctx.params.fix?.companions;
  if (!companions?.length) return [];
  const w = ctx.workload;
  const subject = container ? { node: container.node, path: container.path } : { node: w.podSpec, path: w.podSpecPath };
  return companions.filter((c) => fieldMatches(w.ctx, subject.node, c.field, { equals: c.equals })).map((c) => ({ op: "set", path: [...subject.path, ...c.field.split(".")], value: c.value }));
}
function blocked(ctx, container) {
  const conditions = ctx.params.fix?.skipWhen;
  if (!conditions?.length) return false;
  const w = ctx.workload;
  const subjects = container ? [container.node] : [w.podSpec, ...w.containers.map((c) => c.node)];
  return conditions.some((cond) => subjects.some((s) => fieldMatches(w.ctx, s, cond.field, cond)));
}

// src/core/templates/suppression-syntax.ts
var suppressionSyntax = {
  name: "suppression-syntax",
  kind: "set",
  description: "Reports suppression annotations and comments that are not honoured.",
  paramsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(ctx) {
    for (const bad of ctx.suppressions.invalid) {
      ctx.report({ ...bad.object ? { object: bad.object } : { file: bad.file }, range: bad.range, message: bad.message, detail: bad.message });
    }
  }
};

// src/core/templates/volume-types.ts
var import_yaml8 = __toESM(require_dist(), 1);
var volumeTypes = {
  name: "volume-types",
  kind: "workload",
  description: "Pod volumes may only use allowed sources.",
  paramsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      forbidden: { type: "array", items: { type: "string" } },
      allowed: { type: "array", items: { type: "string" } },
      suggestEmptyDirFor: { type: "array", items: { type: "string" } },
      message: { type: "string" },
      note: { type: "string" }
    }
  },
  check(ctx) {
    const { params, workload: w } = ctx;
    const volumes = seqItems(w.ctx, get(w.ctx, w.podSpec, "volumes"));
    volumes.forEach((volume, index) => {
      if (!(0, import_yaml8.isMap)(volume)) return;
      const name = str(w.ctx, get(w.ctx, volume, "name")) ?? `volumes[${index}]`;
      const sources = mapKeys(w.ctx, volume).filter((k) => k !== "name");
      for (const source of sources) {
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

// src/core/templates/index.ts
var TEMPLATES = Object.fromEntries(
  [securityField, annotationValues, volumeTypes, apparmorRequired, deprecatedAnnotation, envLiteralSecrets, networkPolicyCoverage, metadataEgress, suppressionSyntax].map((t) => [t.name, t])
);

// src/core/yaml/parse.ts
var import_yaml9 = __toESM(require_dist(), 1);
var DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
var YAML_OPTIONS = { version: "1.1", merge: true, prettyErrors: false };
function positionAt(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function manifestInput(path, bytes) {
  const decoded = decodeManifest(bytes);
  if ("error" in decoded) return { skipped: { file: path, reason: decoded.error, line: decoded.line, column: decoded.column, error: true } };
  return { file: { path, text: decoded.text } };
}
function decodeManifest(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return { error: "file is UTF-16 encoded; Kubernetes manifests must be UTF-8", line: 1, column: 1 };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    let line = 1;
    let lineStart2 = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart2 = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart2, offset)).length + 1;
    const hex = bytes[offset]?.toString(16).padStart(2, "0") ?? "??";
    return { error: `byte 0x${hex} at offset ${offset} is not valid UTF-8; manifests must be UTF-8`, line, column };
  }
}
function firstInvalidUtf8Offset(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 128) need = 0;
    else if (c >= 194 && c <= 223) need = 1;
    else if (c >= 224 && c <= 239) need = 2;
    else if (c >= 240 && c <= 244) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
    }
    if (need === 2) {
      const c1 = b[i + 1];
      if (c === 224 && c1 < 160 || c === 237 && c1 > 159) return i;
    }
    if (need === 3) {
      const c1 = b[i + 1];
      if (c === 240 && c1 < 144 || c === 244 && c1 > 143) return i;
    }
    i += need + 1;
  }
  return b.length;
}
var HELM_ACTION = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|include\b|template\b|if\b|else\b|end\b|range\b|with\b|define\b|toYaml\b|tpl\b|default\b|required\b|printf\b|quote\b|nindent\b|indent\b|-?\s*\/\*)/;
function looksLikeHelmTemplate(text) {
  const m = HELM_ACTION.exec(text);
  if (!m) return void 0;
  let line = 1;
  let lineStart2 = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart2 = i + 1;
  }
  return { line, column: m.index - lineStart2 + 1 };
}
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
function parseManifest(path, rawText, options = {}) {
  const bomLength = rawText.charCodeAt(0) === 65279 ? 1 : 0;
  const text = bomLength ? rawText.slice(1) : rawText;
  const lineCounter = new import_yaml9.LineCounter();
  const result = { path, text, bomLength, lineCounter, documents: [], skipped: [], problems: [] };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (text.length > maxBytes / 4 && utf8Length(text) > maxBytes) {
    result.skipped.push({ file: path, reason: tooLargeReason(utf8Length(text), maxBytes), error: true });
    return result;
  }
  const helm = looksLikeHelmTemplate(text);
  if (helm) {
    result.skipped.push({
      file: path,
      reason: "Helm template ({{ \u2026 }}): render it first (helm template \u2026) and scan the output",
      line: helm.line,
      column: helm.column,
      error: false
    });
    return result;
  }
  const docs = (0, import_yaml9.parseAllDocuments)(text, { ...YAML_OPTIONS, lineCounter });
  const list2 = Array.isArray(docs) ? docs : [];
  list2.forEach((doc, index) => {
    let broken = false;
    for (const err of doc.errors) {
      const pos = positionAt(lineCounter, err.pos[0]);
      const message = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      if (err.code === "DUPLICATE_KEY") {
        result.problems.push({
          file: path,
          ...pos,
          message: `duplicate key: ${message}; Kubernetes rejects the manifest or keeps the last value, and podarmor scans the last value`
        });
      } else if (!broken) {
        broken = true;
        result.skipped.push({ file: path, reason: `invalid YAML in document ${index + 1}: ${message}`, ...pos, error: true });
      }
    }
    result.documents.push({ index, doc, broken });
  });
  return result;
}

// src/core/scan.ts
function scan(files, options) {
  const parsed = files.map((f) => safeParse(f, options));
  return scanParsed(parsed, options);
}
function safeParse(f, options) {
  try {
    return parseManifest(f.path, f.text, options.maxFileBytes !== void 0 ? { maxFileBytes: options.maxFileBytes } : {});
  } catch (err) {
    const failed = parseManifest(f.path, "");
    failed.skipped.push({ file: f.path, reason: `could not be parsed: ${err.message}`, error: true });
    return failed;
  }
}
var ALIAS_RE = /(^|[\s,[{:-])\*[^\s,[\]{}]/;
function scanParsed(parsed, options) {
  const version = parseVersion(options.kubernetesVersion);
  const active = selectRules(options.profile, options.kubernetesVersion, options.only);
  const skipped = parsed.flatMap((p) => p.skipped);
  const problems = parsed.flatMap((p) => p.problems);
  const objects = [];
  for (const file of parsed) {
    const rejectedDocs = /* @__PURE__ */ new Set();
    for (const o of findObjects(file)) {
      if (rejectedDocs.has(o.documentIndex)) continue;
      if (!aliasesAreSafe(o)) {
        rejectedDocs.add(o.documentIndex);
        const pos = positionAt(file.lineCounter, o.node.range?.[0] ?? 0);
        skipped.push({ file: file.path, reason: `document ${o.documentIndex + 1} expands aliases excessively (a YAML alias bomb); not scanned`, ...pos, error: true });
        continue;
      }
      objects.push(o);
    }
  }
  const workloads = objects.map(asWorkload).filter((w) => w !== void 0);
  const suppressions = collectSuppressions(parsed, objects, RULE_IDS);
  const findings = [];
  for (const { rule, checks } of active) {
    for (const entry of checks) {
      const template = TEMPLATES[entry.template];
      if (!template) throw new Error(`rule ${rule.id} names unknown template ${entry.template}`);
      const emit = (owner) => (r) => {
        const finding = toFinding(rule, r, owner);
        if (finding) findings.push(finding);
      };
      if (template.kind === "workload") {
        for (const workload of workloads) {
          runGuarded(
            rule.id,
            workload.file.path,
            problems,
            () => template.check({ rule, params: entry.params, version, workload, report: emit(workload) })
          );
        }
      } else {
        runGuarded(
          rule.id,
          "",
          problems,
          () => template.check({ rule, params: entry.params, version, objects, workloads, suppressions, report: emit(void 0) })
        );
      }
    }
  }
  const kept = dedupe(findings.filter((f) => !isSuppressed(f, suppressions)));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.range.start - b.range.start || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  return { findings: kept, skipped, problems, parsed, objects, workloads };
  function toFinding(rule, r, owner) {
    const ruleId = rule.id;
    const object = r.object ?? owner;
    const file = object?.file ?? r.file;
    if (!file) return void 0;
    const start = positionAt(file.lineCounter, r.range.start);
    const end = positionAt(file.lineCounter, Math.max(r.range.start, r.range.end));
    const resource = object?.resource ?? { kind: "", name: "" };
    const finding = {
      rule: ruleId,
      severity: rule.severity,
      message: r.message,
      file: file.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      resource,
      ...r.container !== void 0 ? { container: r.container } : {},
      ...rule.pss ? { pss: { level: rule.pss.level, control: rule.pss.control } } : {},
      fixable: r.fix?.class === "safe",
      suggestion: r.fix?.class === "suggestion",
      range: r.range,
      documentIndex: object?.documentIndex ?? documentAt(file, r.range.start),
      fingerprint: fingerprint([ruleId, file.path, resource.kind, resource.namespace ?? "", resource.name, r.container ?? "", r.detail ?? ""]),
      ...r.fix ? { fix: r.fix } : {}
    };
    objectOf.set(finding, object);
    return finding;
  }
}
var objectOf = /* @__PURE__ */ new WeakMap();
function isSuppressed(f, s) {
  if (f.rule === "invalid-suppression") return false;
  const object = objectOf.get(f);
  if (object && s.byObject.get(object.node)?.has(f.rule)) return true;
  return s.byLine.get(f.file)?.get(f.line)?.has(f.rule) ?? false;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.fingerprint}:${f.range.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function documentAt(file, offset) {
  for (const d of file.documents) {
    const r = d.doc.range;
    if (offset >= r[0] && offset <= r[2]) return d.index;
  }
  return 0;
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
function runGuarded(ruleId, file, problems, fn) {
  try {
    fn();
  } catch (err) {
    problems.push({ file, line: 1, column: 1, message: `rule ${ruleId} failed: ${err.message}` });
  }
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

// src/core/types.ts
var SEVERITIES = ["low", "medium", "high", "critical"];
var PROFILES = ["baseline", "restricted", "hardened"];

// src/core/fail-on.ts
var FAIL_ON_VALUES = [...SEVERITIES, "none"];
function isFailOn(value) {
  return FAIL_ON_VALUES.includes(value);
}
function reachesFailOn(result, failOn) {
  if (failOn === "none") return false;
  const threshold = SEVERITIES.indexOf(failOn);
  if (result.skipped.some((s) => s.error)) return true;
  return result.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold);
}

// src/core/rules/docs.ts
var DOCS_BASE_URL = "https://github.com/podarmor/podarmor/blob/main/docs/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

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
    docs: docsUrl(f.rule)
  };
}
function renderJson(result) {
  const report = {
    version: JSON_FORMAT_VERSION,
    findings: result.findings.map(jsonFinding),
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason, error: s.error, ...s.line !== void 0 ? { line: s.line, column: s.column } : {} })),
    problems: result.problems
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/core/report/sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function renderSarif(result, toolVersion) {
  const used = [...new Set(result.findings.map((f) => f.rule))].sort();
  const rules = RULES.filter((r) => used.includes(r.id)).map((r) => ({
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
        results: result.findings.map((f) => sarifResult(f, index.get(f.rule)))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
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
function toUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((p) => encodeURIComponent(p)).join("/");
}

// src/core/report/words.ts
function counted(n, singular, plural = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural}`;
}
function severityCounts(findings) {
  return [...SEVERITIES].reverse().map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
}

// src/core/report/text.ts
var SEVERITY_COLOR = { critical: "35", high: "31", medium: "33", low: "36" };
function renderText(result, options) {
  const c = (code, s) => options.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (const [file, findings] of byFile) {
    out.push(c("4", file));
    const lines = options.sources.get(file)?.replace(/^\uFEFF/, "").split(/\r?\n/);
    for (const f of findings) {
      const tags = [f.pss ? `${f.pss.level}/${f.pss.control}` : void 0, f.fixable ? "fixable" : f.suggestion ? "suggestion" : void 0].filter(Boolean);
      out.push(`  ${c("2", `${f.line}:${f.column}`.padEnd(8))}${c(SEVERITY_COLOR[f.severity], f.severity.padEnd(9))}${c("1", f.rule)}  ${f.message}${tags.length ? c("2", `  [${tags.join(", ")}]`) : ""}`);
      if (lines) out.push(...codeFrame(lines, f, c));
    }
    out.push("");
  }
  for (const s of result.skipped) {
    const where = s.line !== void 0 ? `:${s.line}:${s.column}` : "";
    out.push(`${c(s.error ? "31" : "2", s.error ? "error" : "skipped")} ${s.file}${where}: ${s.reason}`);
  }
  for (const p of result.problems) out.push(`${c("33", "warning")} ${p.file}:${p.line}:${p.column}: ${p.message}`);
  if (result.skipped.length || result.problems.length) out.push("");
  out.push(summaryLine(result, c));
  return `${out.join("\n")}
`;
}
function codeFrame(lines, f, c) {
  const first = Math.max(1, f.line - 1);
  const width = String(f.line).length;
  const frame = [];
  for (let n = first; n <= f.line; n++) {
    const text = lines[n - 1] ?? "";
    const marker = n === f.line ? c("31", ">") : " ";
    frame.push(`    ${marker} ${c("2", String(n).padStart(width))} | ${text}`);
  }
  const lineText = lines[f.line - 1] ?? "";
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

// src/cli/files.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, isAbsolute } from "node:path";
var MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function collectInputs(paths, readStdin, maxFileBytes) {
  const result = { files: [], skipped: [], missing: [] };
  for (const p of paths) {
    if (p === "-") {
      addBytes(result, "<stdin>", await readStdin());
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      result.missing.push(p);
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(p)) await addFile(result, file, maxFileBytes);
    } else {
      await addFile(result, p, maxFileBytes);
    }
  }
  return result;
}
async function walk(dir) {
  const out = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) out.push(...await walk(full));
    } else if (e.isFile() && MANIFEST_EXTENSIONS.test(e.name)) {
      out.push(full);
    }
  }
  return out;
}
function displayPath(p) {
  return isAbsolute(p) ? relative(process.cwd(), p) || p : p;
}
async function addFile(result, path, maxFileBytes) {
  add(result, await readManifestFile(path, displayPath(path), maxFileBytes));
}
function addBytes(result, path, bytes) {
  add(result, manifestInput(path, bytes));
}
function add(result, read) {
  if ("file" in read) result.files.push(read.file);
  else result.skipped.push(read.skipped);
}
async function readManifestFile(path, name, maxFileBytes) {
  try {
    const { size } = await stat(path);
    if (size > maxFileBytes) return { skipped: { file: name, reason: tooLargeReason(size, maxFileBytes), error: true } };
    return manifestInput(name, await readFile(path));
  } catch (err) {
    return { skipped: { file: name, reason: `could not be read: ${err.message}`, error: true } };
  }
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// src/cli/fix-command.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/core/fix/engine.ts
var import_yaml12 = __toESM(require_dist(), 1);

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
  const parent = walk2(root, op.path.slice(0, -1), op.op !== "remove");
  const last = op.path[op.path.length - 1];
  if (parent === void 0) return;
  const container = parent;
  if (op.op === "remove") {
    if (Array.isArray(container) && typeof last === "number") container.splice(last, 1);
    else {
      delete container[last];
      for (let depth = op.path.length - 1; depth >= 1; depth--) {
        const emptied = walk2(root, op.path.slice(0, depth), false);
        const parent2 = walk2(root, op.path.slice(0, depth - 1), false);
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
  if (isObject(current) && isObject(value)) {
    for (const [k, v] of Object.entries(value)) current[k] = mergeValue(current[k], v);
    return current;
  }
  return value;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function walk2(root, path, create) {
  let node = root;
  for (const step of path) {
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

// src/core/fix/style.ts
var import_yaml10 = __toESM(require_dist(), 1);
function detectStyle(text, doc) {
  const columnOf = (offset) => offset - (text.lastIndexOf("\n", offset - 1) + 1);
  const widths = /* @__PURE__ */ new Map();
  const seqStyles = { indented: 0, flush: 0 };
  (0, import_yaml10.visit)(doc, {
    Pair(_, pair) {
      const key = pair.key;
      const value = pair.value;
      if (!key?.range || !value?.range || value.flow) return;
      const keyCol = columnOf(key.range[0]);
      if ((0, import_yaml10.isMap)(value) && value.items[0]) {
        const first = value.items[0].key;
        if (first?.range && onOwnLine(text, first.range[0])) {
          const w = columnOf(first.range[0]) - keyCol;
          if (w > 0 && w <= 8) widths.set(w, (widths.get(w) ?? 0) + 1);
        }
      } else if ((0, import_yaml10.isSeq)(value) && value.items[0]) {
        const item = value.items[0];
        if (item.range) {
          const dash = text.lastIndexOf("-", item.range[0]);
          if (dash >= 0 && onOwnLine(text, dash)) {
            if (columnOf(dash) > keyCol) seqStyles.indented++;
            else seqStyles.flush++;
          }
        }
      }
    }
  });
  let indent = 2;
  let best = 0;
  for (const [w, n] of widths) if (n > best || n === best && w < indent) [indent, best] = [w, n];
  return { indent, indentSequences: seqStyles.indented > seqStyles.flush, eol: text.includes("\r\n") ? "\r\n" : "\n" };
}
function onOwnLine(text, offset) {
  const lineStart2 = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[\s-]*$/.test(text.slice(lineStart2, offset));
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
function renderKey(key, json) {
  return renderScalar(key, json);
}
function renderFlow(value, json) {
  if (Array.isArray(value)) return `[${value.map((v) => renderFlow(v, json)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{${entries.map(([k, v]) => `${renderKey(k, json)}: ${renderFlow(v, json)}`).join(", ")}}`;
  }
  return renderScalar(value, json);
}
function renderBlockPair(key, value, column, style) {
  const pad = " ".repeat(column);
  const head = `${pad}${renderKey(key, false)}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    const dashColumn = style.indentSequences ? column + style.indent : column;
    return [head, ...value.flatMap((item) => renderBlockItem(item, dashColumn, style))];
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${head} {}`];
    return [head, ...entries.flatMap(([k, v]) => renderBlockPair(k, v, column + style.indent, style))];
  }
  return [`${head} ${renderScalar(value, false)}`];
}
function renderBlockItem(value, dashColumn, style) {
  const pad = " ".repeat(dashColumn);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}- {}`];
    const lines = entries.flatMap(([k, v]) => renderBlockPair(k, v, dashColumn + 2, style));
    lines[0] = `${pad}- ${lines[0].slice(dashColumn + 2)}`;
    return lines;
  }
  if (Array.isArray(value)) return [`${pad}- ${renderFlow(value, false)}`];
  return [`${pad}- ${renderScalar(value, false)}`];
}
function isJsonStyleKey(node) {
  return (0, import_yaml10.isScalar)(node) && node.type === "QUOTE_DOUBLE";
}

// src/core/fix/network-policy.ts
function selectorLabels(w) {
  const matchLabels = stringMap(w.ctx, get(w.ctx, get(w.ctx, get(w.ctx, w.node, "spec"), "selector"), "matchLabels"));
  if (matchLabels.size > 0) {
    const labels = podLabels(w);
    if ([...matchLabels].every(([k, v]) => labels.get(k) === v.value)) return new Map([...matchLabels].map(([k, v]) => [k, v.value]));
  }
  return podLabels(w);
}
var DNS_PEER = {
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
  podSelector: { matchLabels: { "k8s-app": "kube-dns" } }
};
function policy(name, namespace, spec) {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: namespace === void 0 ? { name } : { name, namespace },
    spec
  };
}
function hasDefaultDeny(index, namespace) {
  return (index.policies.get(namespace) ?? []).some((p) => {
    const selector = get(p.ctx, get(p.ctx, p.node, "spec"), "podSelector");
    return labelSelectorMatches(p.ctx, selector, /* @__PURE__ */ new Map()) && stringMap(p.ctx, get(p.ctx, selector, "matchLabels")).size === 0;
  });
}
function generatePolicies(uncovered, objects, styleOf2) {
  const index = indexNetwork(objects);
  const byNamespace = /* @__PURE__ */ new Map();
  for (const w of uncovered) byNamespace.set(w.resource.namespace, [...byNamespace.get(w.resource.namespace) ?? [], w]);
  const out = [];
  for (const [namespace, workloads] of byNamespace) {
    const style = styleOf2(workloads[0]);
    const docs = [];
    const comments = [];
    if (!hasDefaultDeny(index, namespace)) {
      docs.push(policy("default-deny-all", namespace, { podSelector: {}, policyTypes: ["Ingress", "Egress"] }));
      comments.push("Deny all traffic to and from the pods of the namespace, except what the policies below allow.");
    }
    const seen = /* @__PURE__ */ new Set();
    for (const w of workloads) {
      const labels = selectorLabels(w);
      if (labels.size === 0) continue;
      const name = `allow-${w.resource.name}`.slice(0, 253);
      if (seen.has(name)) continue;
      seen.add(name);
      const ports = exposedPorts(w, index).map((p) => ({ port: p.port, protocol: p.protocol }));
      const spec = {
        podSelector: { matchLabels: Object.fromEntries(labels) },
        policyTypes: ["Ingress", "Egress"]
      };
      if (ports.length > 0) spec.ingress = [{ ports }];
      spec.egress = [{ to: [DNS_PEER], ports: [{ port: 53, protocol: "UDP" }, { port: 53, protocol: "TCP" }] }];
      docs.push(policy(name, namespace, spec));
      comments.push(
        ports.length > 0 ? `${w.kind} ${w.resource.name}: traffic in on the ports its Services expose, DNS out.` : `${w.kind} ${w.resource.name}: no Service exposes it, so no traffic in; DNS out.`
      );
    }
    out.push({ namespace, documents: docs.map((d, i) => renderDocument(d, comments[i], style)), workloads });
  }
  return out;
}
function renderDocument(value, comment, style) {
  const lines = [`# ${comment}`, ...Object.entries(value).flatMap(([k, v]) => renderBlockPair(k, v, 0, style))];
  return lines.join(style.eol);
}
function policyFileName(namespace) {
  return namespace === void 0 ? "podarmor-networkpolicies.yaml" : `podarmor-networkpolicies-${namespace}.yaml`;
}

// src/core/fix/render.ts
var import_yaml11 = __toESM(require_dist(), 1);
var RenderError = class extends Error {
};
var LEADING_KEYS = /* @__PURE__ */ new Set(["metadata"]);
var newIntent = () => ({ hasValue: false, remove: false, append: [], children: /* @__PURE__ */ new Map() });
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function buildIntents(ops) {
  const root = newIntent();
  const at = (path) => {
    let node = root;
    for (const step of path) {
      if (node.hasValue || node.remove) throw new RenderError(`conflicting changes at ${path.join(".")}`);
      let child = node.children.get(step);
      if (!child) node.children.set(step, child = newIntent());
      node = child;
    }
    return node;
  };
  const setValue = (path, value) => {
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) setValue([...path, k], v);
      return;
    }
    const node = at(path);
    if (node.remove || node.children.size > 0 || node.append.length > 0) throw new RenderError(`conflicting changes at ${path.join(".")}`);
    if (node.hasValue && JSON.stringify(node.value) !== JSON.stringify(value)) throw new RenderError(`conflicting values at ${path.join(".")}`);
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
  const root = buildIntents(ops);
  const edits = [];
  const contents = doc.contents;
  if (!(0, import_yaml11.isMap)(contents) && !(0, import_yaml11.isSeq)(contents)) throw new RenderError("the document is not a collection");
  const r = new Renderer(text, style, edits);
  if ((0, import_yaml11.isMap)(contents)) r.map(contents, root);
  else r.seq(contents, root);
  return edits.sort((a, b) => a.start - b.start);
}
var Renderer = class {
  text;
  style;
  edits;
  constructor(text, style, edits) {
    this.text = text;
    this.style = style;
    this.edits = edits;
  }
  map(map, intent) {
    const inserts = [];
    for (const [key, child] of intent.children) {
      if (typeof key === "number") throw new RenderError("list index on a map");
      const pair = ownPair(map, key);
      if (!pair) {
        if (map.items.some((p) => isMergeKey(p.key))) throw new RenderError(`"${key}" may come from a merge key`);
        const value2 = materialize(child);
        if (value2 !== void 0) inserts.push([key, value2]);
        continue;
      }
      const value = pair.value;
      if ((0, import_yaml11.isAlias)(value)) throw new RenderError(`"${key}" is an alias`);
      if (child.remove) {
        this.removePair(map, pair);
      } else if (child.hasValue) {
        if ((0, import_yaml11.isScalar)(value) && !isPlainObject(child.value) && !Array.isArray(child.value)) this.replaceScalar(value, child.value);
        else if (isNullish(value) || isEmptyCollection(value)) this.replaceValue(map, pair, child.value);
        else if ((0, import_yaml11.isMap)(value) && isPlainObject(child.value)) {
        } else throw new RenderError(`cannot replace the value of "${key}"`);
      } else if (isNullish(value)) {
        this.replaceValue(map, pair, materialize(child));
      } else if ((0, import_yaml11.isMap)(value)) {
        const inner = value;
        if (removesEveryKey(inner, child)) this.removePair(map, pair);
        else this.map(inner, child);
      } else if ((0, import_yaml11.isSeq)(value)) {
        const seq = value;
        const removed = [...child.children].filter(([, c]) => c.remove).length;
        if (removed === seq.items.length && child.append.length === 0 && child.children.size === removed) this.replaceValue(map, pair, []);
        else this.seq(seq, child);
      } else throw new RenderError(`cannot edit inside "${key}"`);
    }
    if (inserts.length) this.insertPairs(map, inserts);
  }
  seq(seq, intent) {
    for (const [index, child] of intent.children) {
      if (typeof index !== "number") throw new RenderError("map key on a list");
      const item = seq.items[index];
      if (item === void 0) throw new RenderError(`no list item ${index}`);
      if (child.remove) this.removeItem(seq, index);
      else if ((0, import_yaml11.isMap)(item) && !child.hasValue) this.map(item, child);
      else if ((0, import_yaml11.isScalar)(item) && child.hasValue && !isPlainObject(child.value)) this.replaceScalar(item, child.value);
      else throw new RenderError(`cannot edit list item ${index}`);
    }
    if (intent.append.length) this.appendItems(seq, intent.append);
  }
  // --- edits -------------------------------------------------------------------------------
  push(start, end, text) {
    this.edits.push({ start, end, text });
  }
  lineStart(offset) {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }
  /** The offset just after the line that holds `offset - 1` (the end of some content). */
  lineEndAfter(offset) {
    if (offset > 0 && this.text[offset - 1] === "\n") return offset;
    const nl = this.text.indexOf("\n", offset);
    return nl < 0 ? this.text.length : nl + 1;
  }
  column(offset) {
    return offset - this.lineStart(offset);
  }
  replaceScalar(node, value) {
    const range = node.range;
    const json = (0, import_yaml11.isScalar)(node) && node.type === "QUOTE_DOUBLE";
    this.push(range[0], range[1], renderScalar(value, json));
  }
  /** Replaces an empty or null value (`securityContext:`, `add: []`) with new content. */
  replaceValue(map, pair, value) {
    const key = pair.key;
    if (map.flow) {
      const start = key.range[1];
      const end2 = pair.value?.range ? pair.value.range[1] : start;
      this.push(start, end2, `: ${renderFlow(value, flowIsJson(map))}`);
      return;
    }
    const keyStart = key.range[0];
    if (!this.isFirstOnLine(keyStart)) throw new RenderError("key does not start its line");
    const lineStart2 = this.lineStart(keyStart);
    const end = this.lineEndAfter(pair.value?.range ? Math.max(pair.value.range[1], key.range[1]) : key.range[1]);
    const lines = renderBlockPair(String(key.value), value, keyStart - lineStart2, this.style);
    const trailing = this.text.slice(lineStart2, end).endsWith("\n") ? this.style.eol : "";
    this.push(lineStart2, end, lines.join(this.style.eol) + trailing);
  }
  isFirstOnLine(offset) {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }
  removePair(map, pair) {
    const items = map.items;
    const i = items.indexOf(pair);
    const key = pair.key;
    const start = key.range[0];
    const valueEnd = pair.value?.range ? pair.value.range[1] : key.range[1];
    if (map.flow) {
      if (items.length === 1) return this.push(map.range[0], map.range[1], "{}");
      const next2 = items[i + 1];
      if (next2) return this.push(start, next2.key.range[0], "");
      const prev = items[i - 1];
      return this.push(prev.value?.range ? prev.value.range[1] : prev.key.range[1], valueEnd, "");
    }
    if (this.isFirstOnLine(start)) return this.push(this.lineStart(start), this.lineEndAfter(valueEnd), "");
    const next = items[i + 1];
    if (next) return this.push(start, next.key.range[0], "");
    this.push(start, valueEnd, "{}");
  }
  removeItem(seq, index) {
    const items = seq.items;
    const item = items[index];
    const range = item.range;
    if (seq.flow) {
      if (items.length === 1) return this.push(seq.range[0], seq.range[1], "[]");
      const next = items[index + 1];
      if (next) return this.push(range[0], next.range[0], "");
      return this.push(items[index - 1].range[1], range[1], "");
    }
    const dash = this.text.lastIndexOf("-", range[0]);
    if (dash < 0 || !this.isFirstOnLine(dash)) throw new RenderError("list item does not start its line");
    this.push(this.lineStart(dash), this.lineEndAfter(range[1]), "");
  }
  insertPairs(map, pairs) {
    const items = map.items;
    if (map.flow) {
      const json = flowIsJson(map);
      const rendered = pairs.map(([k, v]) => `${renderScalar(k, json)}: ${renderFlow(v, json)}`);
      const last2 = items[items.length - 1];
      if (!last2) return this.push(map.range[0], map.range[1], `{${rendered.join(", ")}}`);
      const end = last2.value?.range ? last2.value.range[1] : last2.key.range[1];
      const open = map.range[0];
      if (this.text.slice(open, items[0].key.range[0]).includes("\n")) {
        const pad = " ".repeat(this.column(last2.key.range[0]));
        return this.push(end, end, rendered.map((r) => `,${this.style.eol}${pad}${r}`).join(""));
      }
      return this.push(end, end, rendered.map((r) => `, ${r}`).join(""));
    }
    const first = items[0];
    const firstStart = first.key.range[0];
    const column = this.column(firstStart);
    if (this.isFirstOnLine(firstStart)) {
      const leading = pairs.filter(([k]) => LEADING_KEYS.has(k));
      if (leading.length) {
        pairs = pairs.filter(([k]) => !LEADING_KEYS.has(k));
        const lines2 = leading.flatMap(([k, v]) => renderBlockPair(k, v, column, this.style));
        const at2 = this.lineStart(firstStart);
        this.push(at2, at2, lines2.join(this.style.eol) + this.style.eol);
        if (pairs.length === 0) return;
      }
    }
    const last = items[items.length - 1];
    const lastEnd = Math.max(last.key.range[1], last.value?.range ? last.value.range[1] : 0);
    const at = this.lineEndAfter(lastEnd);
    const lines = pairs.flatMap(([k, v]) => renderBlockPair(k, v, column, this.style));
    const body = lines.join(this.style.eol);
    if (at === this.text.length && !this.text.endsWith("\n")) this.push(at, at, this.style.eol + body);
    else this.push(at, at, body + this.style.eol);
  }
  appendItems(seq, values) {
    const items = seq.items;
    if (seq.flow) {
      const json = items.some((it) => (0, import_yaml11.isScalar)(it) && it.type === "QUOTE_DOUBLE");
      const rendered = values.map((v) => renderFlow(v, json));
      const last2 = items[items.length - 1];
      if (!last2) return this.push(seq.range[0], seq.range[1], `[${rendered.join(", ")}]`);
      return this.push(last2.range[1], last2.range[1], rendered.map((r) => `, ${r}`).join(""));
    }
    const last = items[items.length - 1];
    const dash = this.text.lastIndexOf("-", items[0].range[0]);
    const dashColumn = this.column(dash);
    const at = this.lineEndAfter(last.range[1]);
    const body = values.flatMap((v) => renderBlockItem(v, dashColumn, this.style)).join(this.style.eol);
    if (at === this.text.length && !this.text.endsWith("\n")) this.push(at, at, this.style.eol + body);
    else this.push(at, at, body + this.style.eol);
  }
};
function ownPair(map, key) {
  let found;
  for (const pair of map.items) if ((0, import_yaml11.isScalar)(pair.key) && (pair.key.value === key || pair.key.source === key)) found = pair;
  return found;
}
function removesEveryKey(map, intent) {
  if (intent.hasValue || intent.remove || intent.append.length > 0 || map.items.length === 0) return false;
  return map.items.every((p) => {
    if (!(0, import_yaml11.isScalar)(p.key) || isMergeKey(p.key)) return false;
    const child = intent.children.get(String(p.key.value));
    if (!child) return false;
    return child.remove || (0, import_yaml11.isMap)(p.value) && removesEveryKey(p.value, child);
  });
}
function isNullish(node) {
  return node === null || node === void 0 || (0, import_yaml11.isScalar)(node) && node.value === null;
}
function isEmptyCollection(node) {
  return ((0, import_yaml11.isMap)(node) || (0, import_yaml11.isSeq)(node)) && node.items.length === 0;
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

// src/core/fix/engine.ts
function notFixedLine(d) {
  return `not fixed: ${d.finding.rule} at ${d.finding.file}:${d.finding.line}: ${d.reason}`;
}
var MAX_PASSES = 5;
var SET_RULES = new Set(RULES.filter((r) => r.checks.some((c) => TEMPLATES[c.template]?.kind === "set")).map((r) => r.id));
function fixFiles(inputs, options) {
  const inScope = (f) => !options.files || options.files.has(f.file);
  const before = scan(inputs, options);
  const texts = new Map(inputs.map((f) => [f.path, f.text]));
  const created = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Map();
  let session = before;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = session.findings.filter((f) => f.fix?.class === "safe" && !dropped.has(f.fingerprint) && inScope(f));
    if (candidates.length === 0) break;
    const attempt = applyBatch(session, texts, candidates, options);
    const verdict = verify(session, attempt, options);
    let next;
    let nextSession;
    if (verdict.ok) {
      next = attempt.texts;
      nextSession = verdict.after;
      for (const p of attempt.created) created.add(p);
    } else {
      next = new Map(texts);
      nextSession = session;
      for (const finding of attempt.accepted) {
        if (!nextSession.findings.some((f) => f.fingerprint === finding.fingerprint)) continue;
        const single = applyBatch(nextSession, next, [finding], options);
        const v = verify(nextSession, single, options);
        if (v.ok) {
          next = single.texts;
          nextSession = v.after;
          for (const p of single.created) created.add(p);
        } else dropped.set(finding.fingerprint, { finding, reason: v.reason });
      }
    }
    for (const f of attempt.unrenderable) dropped.set(f.finding.fingerprint, f);
    const changed = [...next].some(([p, t]) => texts.get(p) !== t);
    for (const [p, t] of next) texts.set(p, t);
    session = nextSession;
    if (!changed) break;
  }
  for (const f of session.findings) {
    if (f.fix?.class === "safe" && !dropped.has(f.fingerprint) && inScope(f)) dropped.set(f.fingerprint, { finding: f, reason: "its fix conflicts with another fix" });
  }
  const afterFingerprints = new Set(session.findings.map((f) => f.fingerprint));
  for (const [fp] of dropped) if (!afterFingerprints.has(fp)) dropped.delete(fp);
  const files = [];
  const original = new Map(inputs.map((f) => [f.path, f.text]));
  for (const [path, after] of texts) {
    const beforeText = original.get(path);
    if (beforeText !== after) files.push({ path, before: created.has(path) && beforeText === void 0 ? void 0 : beforeText, after });
  }
  return {
    files,
    fixed: before.findings.filter((f) => !afterFingerprints.has(f.fingerprint) && f.fix !== void 0),
    dropped: [...dropped.values()],
    before,
    after: session
  };
}
function toInputs(texts) {
  return [...texts].map(([path, text]) => ({ path, text }));
}
function applyBatch(session, texts, findings, options) {
  const batch = { texts: new Map(texts), accepted: [], expected: /* @__PURE__ */ new Map(), created: [], unrenderable: [] };
  const ordered = [...findings].sort((a, b) => (b.fix.priority ?? 0) - (a.fix.priority ?? 0) || a.file.localeCompare(b.file) || a.range.start - b.range.start);
  const byDoc = /* @__PURE__ */ new Map();
  const generate = [];
  for (const f of ordered) {
    if (f.fix.generate) {
      generate.push(f);
      continue;
    }
    if (f.fix.ops.length === 0) continue;
    const docs = byDoc.get(f.file) ?? /* @__PURE__ */ new Map();
    byDoc.set(f.file, docs);
    const slot = docs.get(f.documentIndex) ?? { ops: [], findings: [] };
    docs.set(f.documentIndex, slot);
    try {
      buildIntents([...slot.ops, ...f.fix.ops]);
    } catch {
      continue;
    }
    slot.ops.push(...f.fix.ops);
    slot.findings.push(f);
  }
  for (const [path, docs] of byDoc) {
    const file = session.parsed.find((p) => p.path === path);
    const edits = [];
    const expected = /* @__PURE__ */ new Map();
    for (const [index, { ops, findings: fs }] of docs) {
      const document = file.documents[index];
      if (file.problems.length > 0) {
        for (const f of fs) batch.unrenderable.push({ finding: f, reason: "the file has duplicate keys" });
        continue;
      }
      try {
        edits.push(...renderOps(file.text, document.doc, styleOf(file, index), ops));
        expected.set(index, applyOpsToValue(document.doc.toJS({ maxAliasCount: 1e3 }), ops));
        batch.accepted.push(...fs);
      } catch (err) {
        if (!(err instanceof RenderError)) throw err;
        for (const f of fs) batch.unrenderable.push({ finding: f, reason: `cannot be written as an edit: ${err.message}` });
      }
    }
    if (edits.length === 0) continue;
    batch.texts.set(path, restoreBom(texts.get(path), applyEdits(file.text, edits)));
    batch.expected.set(path, expected);
  }
  if (generate.length > 0) addGeneratedPolicies(session, batch, generate, options);
  return batch;
}
function addGeneratedPolicies(session, batch, findings, options) {
  const fingerprints = new Set(findings.map((f) => f.fingerprint));
  const uncovered = session.workloads.filter(
    (w) => findings.some((f) => fingerprints.has(f.fingerprint) && f.file === w.file.path && f.resource.name === w.resource.name && f.resource.kind === w.kind && f.resource.namespace === w.resource.namespace)
  );
  for (const group of generatePolicies(uncovered, session.objects, (w) => styleOf(w.file, w.documentIndex))) {
    if (group.documents.length === 0) continue;
    const style = styleOf(group.workloads[0].file, group.workloads[0].documentIndex);
    const dir = options.networkPolicyDir ?? dirnameOf(group.workloads[0].file.path);
    const path = joinPath(dir, policyFileName(group.namespace));
    const body = group.documents.join(`${style.eol}---${style.eol}`) + style.eol;
    const existing = batch.texts.get(path);
    if (existing === void 0) {
      batch.texts.set(path, `# Generated by podarmor fix from the workloads and Services in this folder; review and adjust.${style.eol}${body}`);
      batch.created.push(path);
    } else {
      const sep2 = existing.endsWith("\n") ? "" : style.eol;
      batch.texts.set(path, `${existing}${sep2}---${style.eol}${body}`);
    }
    batch.accepted.push(...findings.filter((f) => group.workloads.some((w) => w.file.path === f.file && w.resource.name === f.resource.name && w.resource.namespace === f.resource.namespace)));
  }
}
function dirnameOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
function joinPath(dir, name) {
  return dir === "" || dir === "." ? name : `${dir.replace(/\/$/, "")}/${name}`;
}
var styleCache = /* @__PURE__ */ new WeakMap();
function styleOf(file, index) {
  const doc = file.documents[index].doc;
  let style = styleCache.get(doc);
  if (!style) {
    style = detectStyle(file.text, doc);
    styleCache.set(doc, style);
  }
  return style;
}
function restoreBom(original, fixed) {
  return original.charCodeAt(0) === 65279 ? `\uFEFF${fixed}` : fixed;
}
function verify(session, batch, options, withinFile = false) {
  if (batch.accepted.length === 0) return { ok: false, reason: "nothing could be applied" };
  for (const [path, docs] of batch.expected) {
    const text = batch.texts.get(path).replace(/^\uFEFF/, "");
    const parsed = (0, import_yaml12.parseAllDocuments)(text, YAML_OPTIONS);
    const list2 = Array.isArray(parsed) ? parsed : [];
    const originalCount = session.parsed.find((p) => p.path === path).documents.length;
    if (list2.length !== originalCount) return { ok: false, reason: `${path}: the fixed file has ${list2.length} documents instead of ${originalCount}` };
    for (const [index, expected] of docs) {
      const doc = list2[index];
      if (doc.errors.length) return { ok: false, reason: `${path}: the fixed document does not parse: ${doc.errors[0].message.split("\n")[0]}` };
      if (!deepEqual(doc.toJS({ maxAliasCount: 1e3 }), expected)) return { ok: false, reason: `${path}: the fixed document has values the fix did not mean to change` };
    }
  }
  const after = scan(toInputs(batch.texts), options);
  for (const s of after.skipped) if (s.error && !session.skipped.some((o) => o.file === s.file && o.reason === s.reason)) return { ok: false, reason: `${s.file}: ${s.reason}` };
  const remaining = new Set(after.findings.map((f) => f.fingerprint));
  const stillThere = batch.accepted.filter((f) => remaining.has(f.fingerprint));
  if (stillThere.length) return { ok: false, reason: `the fix did not remove ${stillThere[0].rule} in ${stillThere[0].file}` };
  const known = new Set(session.findings.map((f) => f.fingerprint));
  const added = after.findings.filter((f) => !known.has(f.fingerprint) && !(withinFile && SET_RULES.has(f.rule)));
  if (added.length) return { ok: false, reason: `the fix causes a new finding: ${added[0].rule} at ${added[0].file}:${added[0].line}` };
  return { ok: true, reason: "", after };
}
function originalText(file) {
  return file.bomLength ? `\uFEFF${file.text}` : file.text;
}
var fileBaselines = /* @__PURE__ */ new WeakMap();
function planFileFix(session, findings, options) {
  const first = findings[0];
  if (findings.some((f) => !f.fix || f.fix.generate || f.fix.ops.length === 0)) return { finding: first, reason: "no edit to suggest" };
  const file = session.parsed.find((p) => p.path === first.file);
  if (!file || findings.some((f) => f.file !== first.file)) return { finding: first, reason: "file not scanned" };
  let baseline = fileBaselines.get(file);
  if (!baseline) {
    baseline = scan([{ path: file.path, text: originalText(file) }], options);
    fileBaselines.set(file, baseline);
  }
  const own = findings.map((finding) => baseline.findings.find((f) => f.fingerprint === finding.fingerprint && f.range.start === finding.range.start) ?? finding);
  const batch = applyBatch(baseline, /* @__PURE__ */ new Map([[file.path, originalText(file)]]), own, options);
  if (batch.unrenderable.length) return batch.unrenderable[0];
  if (batch.accepted.length !== own.length) return { finding: first, reason: "its fix conflicts with another fix" };
  const verdict = verify(baseline, batch, options, true);
  if (!verdict.ok) return { finding: first, reason: verdict.reason };
  const byDoc = /* @__PURE__ */ new Map();
  for (const f of own) byDoc.set(f.documentIndex, [...byDoc.get(f.documentIndex) ?? [], ...f.fix.ops]);
  const edits = [...byDoc].flatMap(([index, ops]) => renderOps(file.text, file.documents[index].doc, styleOf(file, index), ops));
  return { findings: [...findings], path: file.path, before: file.text, after: applyEdits(file.text, edits), edits };
}
function isDropped(plan) {
  return "reason" in plan;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/core/fix/diff.ts
function unifiedDiff(files) {
  return files.map((f) => {
    const created = f.before === void 0;
    const patch = createTwoFilesPatch(created ? "/dev/null" : `a/${f.path}`, `b/${f.path}`, f.before ?? "", f.after, void 0, void 0, { context: 3 });
    const body = patch.slice(patch.indexOf("--- "));
    return `diff --git a/${f.path} b/${f.path}
${created ? "new file mode 100644\n" : ""}${body}${body.endsWith("\n") ? "" : "\n"}`;
  }).join("");
}

// src/cli/fix-command.ts
async function runFix(common, io) {
  const inputs = await loadInputs(common, io);
  const networkPolicyDir = common.values["network-policy-dir"];
  const result = fixFiles(inputs.files, { ...common.scan, ...networkPolicyDir ? { networkPolicyDir } : {} });
  if (common.values.write) {
    for (const f of result.files) {
      if (f.path === "<stdin>") continue;
      await mkdir(dirname(f.path), { recursive: true });
      await writeFile(f.path, f.after);
    }
    if (inputs.files.some((f) => f.path === "<stdin>")) {
      const stdin = result.files.find((f) => f.path === "<stdin>");
      io.stdout(stdin ? stdin.after : inputs.files.find((f) => f.path === "<stdin>").text);
    }
  } else {
    io.stdout(unifiedDiff(result.files));
  }
  const left = { findings: result.after.findings, skipped: [...inputs.skipped, ...result.after.skipped], problems: result.after.problems };
  const created = result.files.filter((f) => f.before === void 0).length;
  const lines = [
    `${common.values.write ? "Fixed" : "Would fix"} ${counted(result.fixed.length, "finding")} in ${counted(result.files.length, "file")}${created ? ` (${counted(created, "new NetworkPolicy file")})` : ""}.`,
    ...result.dropped.map(notFixedLine),
    `Left after fixing: ${summaryLine(left)}`
  ];
  io.stderr(`${lines.join("\n")}
`);
  return reachesFailOn(left, common.failOn) ? 1 : 0;
}

// src/cli/review-command.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative as relative2, resolve, sep } from "node:path";
import { promisify } from "node:util";

// src/github/config.ts
var import_yaml13 = __toESM(require_dist(), 1);
var DEFAULT_CONFIG = {
  profile: "hardened",
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  paths: ["**/*.yaml", "**/*.yml", "**/*.json"],
  suggestions: true,
  fix: "none",
  failOn: "high",
  maxComments: 30,
  sarifFile: "",
  only: []
};
var CONFIG_KEYS = ["profile", "kubernetes-version", "paths", "suggestions", "fix", "fail-on", "max-comments", "sarif-file", "only"];
function list(value) {
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map((v) => v.trim()).filter(Boolean);
  if (typeof value === "string") return value.split(/[\n,]/).map((v) => v.trim()).filter(Boolean);
  return void 0;
}
function bool(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
  return void 0;
}
function readSettings(raw, source) {
  const settings = {};
  const problems = [];
  const bad = (key, message) => problems.push({ key, message: `${source}: ${key}: ${message}` });
  for (const key of Object.keys(raw)) {
    if (!CONFIG_KEYS.includes(key)) bad(key, `unknown key (known keys: ${CONFIG_KEYS.join(", ")})`);
  }
  const get2 = (key) => {
    const v = raw[key];
    return v === void 0 || v === null || v === "" ? void 0 : v;
  };
  const profile = get2("profile");
  if (profile !== void 0) {
    if (typeof profile === "string" && PROFILES.includes(profile)) settings.profile = profile;
    else bad("profile", `must be one of ${PROFILES.join(", ")}, not ${JSON.stringify(profile)}`);
  }
  const version = get2("kubernetes-version");
  if (version !== void 0) {
    const text = String(version);
    if (typeof version === "number") bad("kubernetes-version", `write the version as a string ("${text}" would be read as ${text}); quote it`);
    else if (parseVersion(text) === void 0) bad("kubernetes-version", `must be a version such as "1.34", not ${JSON.stringify(version)}`);
    else settings.kubernetesVersion = text.replace(/^v/, "");
  }
  const paths = get2("paths");
  if (paths !== void 0) {
    const l = list(paths);
    if (l && l.length) settings.paths = l;
    else bad("paths", "must be a list of globs (or a comma- or newline-separated string)");
  }
  const suggestions = get2("suggestions");
  if (suggestions !== void 0) {
    const b = bool(suggestions);
    if (b === void 0) bad("suggestions", `must be true or false, not ${JSON.stringify(suggestions)}`);
    else settings.suggestions = b;
  }
  const fix = get2("fix");
  if (fix !== void 0) {
    if (fix === "none" || fix === "commit" || fix === "pull-request") settings.fix = fix;
    else bad("fix", `must be none, commit or pull-request, not ${JSON.stringify(fix)}`);
  }
  const failOn = get2("fail-on");
  if (failOn !== void 0) {
    if (typeof failOn === "string" && isFailOn(failOn)) settings.failOn = failOn;
    else bad("fail-on", `must be one of critical, high, medium, low, none, not ${JSON.stringify(failOn)}`);
  }
  const maxComments = get2("max-comments");
  if (maxComments !== void 0) {
    const n = Number(maxComments);
    if (Number.isInteger(n) && n >= 0 && n <= 1e3) settings.maxComments = n;
    else bad("max-comments", `must be a whole number from 0 to 1000, not ${JSON.stringify(maxComments)}`);
  }
  const sarif = get2("sarif-file");
  if (sarif !== void 0) {
    if (typeof sarif === "string") settings.sarifFile = sarif;
    else bad("sarif-file", "must be a path");
  }
  const only = get2("only");
  if (only !== void 0) {
    const l = list(only);
    const unknown = (l ?? []).filter((r) => !RULE_IDS.has(r));
    if (!l) bad("only", "must be a list of rule ids");
    else if (unknown.length) bad("only", `unknown rule${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
    else settings.only = l;
  }
  return { settings, problems };
}
function readSettingsFile(raw, path) {
  if (raw === null || raw === void 0) return { settings: {}, problems: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) return { settings: {}, problems: [{ key: "config", message: `${path} must be a map of settings` }] };
  return readSettings(raw, path);
}
function parseSettingsFile(text, path) {
  let raw;
  try {
    raw = (0, import_yaml13.parse)(text);
  } catch (err) {
    return { settings: {}, problems: [{ key: "config", message: `${path} is not valid YAML: ${err.message.split("\n")[0]}` }] };
  }
  return readSettingsFile(raw, path);
}
function mergeSettings(...layers) {
  return Object.assign({}, DEFAULT_CONFIG, ...layers);
}

// src/github/patch.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  if (!patch) return [];
  const hunks = [];
  let current;
  let line = 0;
  for (const text of patch.split("\n")) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      line = Number(header[1]);
      const count = header[2] === void 0 ? 1 : Number(header[2]);
      current = { start: line, end: line + count - 1, added: /* @__PURE__ */ new Set() };
      if (count > 0) hunks.push(current);
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
  return hunks;
}
function hunkFor(hunks, from, to = from) {
  return hunks.find((h) => h.start <= from && to <= h.end);
}

// src/github/pull-request.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function pathMatcher(globs) {
  return (0, import_picomatch.default)([...globs], { dot: true });
}
function selectSiblings(all, changed, globs, cap) {
  const folderOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf("/")));
  const folders = new Set(changed.map(folderOf));
  const changedPaths = new Set(changed);
  const matches = pathMatcher(globs);
  return all.filter((p) => !changedPaths.has(p) && matches(p) && folders.has(folderOf(p))).slice(0, cap);
}

// src/version.ts
var VERSION = "0.1.0";

// src/github/suggestion.ts
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineNumber(text, offset) {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function toSuggestion(before, after, edits) {
  if (edits.length === 0) return void 0;
  const startOffset = Math.min(...edits.map((e) => e.start));
  const endOffset = Math.max(...edits.map((e) => e.end));
  const delta = edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
  let a = lineStart(before, startOffset);
  let b = endOffset > a ? endAfterLine(before, endOffset - 1) : a;
  if (b === a) {
    if (a > 0) a = lineStart(before, a - 1);
    else b = endAfterLine(before, 0);
    if (a === b) return void 0;
  }
  const oldRegion = before.slice(a, b);
  const newRegion = after.slice(a, b + delta);
  const strip = (s) => s.replace(/\r?\n$/, "");
  if (after.slice(0, a) !== before.slice(0, a) || after.slice(b + delta) !== before.slice(b)) return void 0;
  const wholeLines = oldRegion.endsWith("\n") ? newRegion === "" || newRegion.endsWith("\n") : !newRegion.endsWith("\n");
  if (!wholeLines) return void 0;
  return {
    startLine: lineNumber(before, a),
    endLine: lineNumber(before, Math.max(a, b - 1)),
    content: strip(newRegion).replace(/\r\n/g, "\n"),
    deletes: newRegion === ""
  };
}
function endAfterLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}
function fenceFor(content) {
  let longest = 0;
  for (const m of content.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return "`".repeat(Math.max(3, longest + 1));
}

// src/github/markdown.ts
var REVIEW_MARKER = "<!-- podarmor:review -->";
var MAX_BODY = 65e3;
var SEVERITY_ICON = { critical: "\u{1F7E5}", high: "\u{1F7E7}", medium: "\u{1F7E8}", low: "\u2B1C" };
function fingerprintMarker(fingerprints) {
  return `<!-- podarmor:fingerprints=${[...fingerprints].sort().join(",")} -->`;
}
function ruleOf(id) {
  return RULES.find((r) => r.id === id);
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
function findingLine(f) {
  const rule = ruleOf(f.rule);
  const pss = f.pss ? ` \xB7 PSS ${f.pss.level} \`${f.pss.control}\`` : "";
  return `${SEVERITY_ICON[f.severity]} **${rule.title}** \xB7 \`${f.rule}\` \xB7 ${f.severity}${pss}

${f.message}.`;
}
function commentBody(c) {
  const parts = [];
  const explained = /* @__PURE__ */ new Set();
  for (const f of c.findings) {
    const rule = ruleOf(f.rule);
    if (explained.has(f.rule)) parts.push(findingLine(f));
    else parts.push(`${findingLine(f)}

**Why it matters:** ${firstSentence(rule.description)} **How to fix:** ${firstSentence(rule.remediation)} [Rule docs](${docsUrl(f.rule)})`);
    explained.add(f.rule);
  }
  if (c.suggestion) {
    const fence = fenceFor(c.suggestion.content);
    const notes = [...new Set(c.notes ?? [])];
    const risks = notes.length ? `

Before accepting, know what changes:
${notes.map((n) => `- ${capitalise(n)}`).join("\n")}` : "";
    parts.push(`**Suggested change**${risks}

${fence}suggestion
${c.suggestion.content}${c.suggestion.deletes ? "" : "\n"}${fence}`);
  } else if (c.fixHint) {
    parts.push(c.fixHint);
  }
  parts.push(fingerprintMarker(c.findings.map((f) => f.fingerprint)));
  return parts.join("\n\n");
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function findingsTable(rows, limit = 200) {
  if (rows.length === 0) return "";
  const lines = ["| | Rule | Where | Finding | |", "|---|---|---|---|---|"];
  for (const { finding: f, where } of rows.slice(0, limit)) {
    lines.push(`| ${SEVERITY_ICON[f.severity]} | [\`${f.rule}\`](${docsUrl(f.rule)}) | \`${escapeCell(f.file)}:${f.line}\` | ${escapeCell(f.message)} | ${where} |`);
  }
  if (rows.length > limit) lines.push(`| | | | \u2026 and ${rows.length - limit} more | |`);
  return lines.join("\n");
}
function reviewBody(findings, rows, notes) {
  const fixable = findings.filter((f) => f.fixable).length;
  const head = findings.length === 0 ? "**podarmor** found no insecure pod specs in the Kubernetes manifests this pull request changes. \u2705" : `**podarmor** found ${counted(findings.length, "issue")} (${severityCounts(findings)}) in the Kubernetes manifests this pull request changes; ${fixable} ha${fixable === 1 ? "s" : "ve"} a safe fix.`;
  const parts = [head, ...notes];
  if (rows.length) parts.push(`Not commented inline:

${findingsTable(rows)}`);
  parts.push(REVIEW_MARKER);
  let body = parts.join("\n\n");
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY - 200)}

\u2026 (truncated)

${REVIEW_MARKER}`;
  return body;
}

// src/github/plan.ts
var severityRank = (f) => SEVERITIES.indexOf(f.severity);
function planReview(input) {
  const rows = [];
  const inDiff = [];
  for (const f of input.findings) {
    if (input.committed?.has(f.fingerprint)) {
      rows.push({ finding: f, where: "fixed by the hardening commit" });
      continue;
    }
    const hunks = input.hunks.get(f.file);
    if (!hunks || hunks.length === 0) rows.push({ finding: f, where: "file has no diff to comment on" });
    else if (!hunkFor(hunks, f.line) && !hunkFor(hunks, f.endLine)) rows.push({ finding: f, where: "outside the diff" });
    else inDiff.push({ finding: f, hunks });
  }
  const candidates = [];
  const plain = [];
  for (const item of inDiff) {
    const s = input.suggestions ? suggestionFor(input, [item.finding], item.hunks) : void 0;
    if (s) candidates.push({ findings: [item.finding], path: item.finding.file, line: s.endLine, ...s.startLine < s.endLine ? { startLine: s.startLine } : {}, suggestion: s, notes: [item.finding.fix.note] });
    else plain.push(item);
  }
  const merged = mergeOverlappingSuggestions(input, candidates);
  const byLine = /* @__PURE__ */ new Map();
  for (const { finding: f, hunks } of plain) {
    const range = anchorOf(f, hunks);
    const key = `${f.file}:${range.startLine ?? range.line}:${range.line}`;
    const c = byLine.get(key) ?? { findings: [], path: f.file, ...range, notes: [] };
    c.findings.push(f);
    if (f.fixable) c.fixHint = "`podarmor fix` (or the Action with `fix: commit`) applies a safe fix for this; its lines lie outside this diff, so it cannot be a suggestion here.";
    byLine.set(key, c);
  }
  const all = [...merged];
  for (const c of byLine.values()) {
    const same = merged.find((m) => m.path === c.path && m.line === c.line && m.startLine === c.startLine);
    if (same) same.findings.push(...c.findings);
    else all.push(c);
  }
  const worst = (c) => Math.max(...c.findings.map(severityRank));
  all.sort((a, b) => worst(b) - worst(a) || a.path.localeCompare(b.path) || a.line - b.line);
  const kept = all.slice(0, input.maxComments);
  for (const c of all.slice(input.maxComments)) for (const f of c.findings) rows.push({ finding: f, where: `beyond max-comments (${input.maxComments})` });
  kept.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  const comments = kept.map((c) => ({
    path: c.path,
    line: c.line,
    ...c.startLine !== void 0 ? { startLine: c.startLine } : {},
    body: commentBody({ findings: c.findings, ...c.suggestion ? { suggestion: c.suggestion, notes: c.notes } : {}, ...c.fixHint ? { fixHint: c.fixHint } : {} }),
    findings: c.findings,
    fingerprints: c.findings.map((f) => f.fingerprint).sort(),
    ...c.suggestion ? { suggestion: c.suggestion } : {}
  }));
  rows.sort((a, b) => severityRank(b.finding) - severityRank(a.finding) || a.finding.file.localeCompare(b.finding.file) || a.finding.line - b.finding.line);
  return { comments, rows, body: reviewBody(input.findings, rows, input.notes ?? []), findings: [...input.findings] };
}
function anchorOf(f, hunks) {
  if (f.endLine > f.line && hunkFor(hunks, f.line, f.endLine)) return { line: f.endLine, startLine: f.line };
  return { line: hunkFor(hunks, f.line) ? f.line : f.endLine };
}
function suggestionFor(input, findings, hunks) {
  if (findings.some((f) => !f.fix || f.fix.generate || f.fix.ops.length === 0)) return void 0;
  const plan = planFileFix(input.session, findings, input.fixOptions);
  if (isDropped(plan)) return void 0;
  const s = toSuggestion(plan.before, plan.after, plan.edits);
  if (!s || !hunkFor(hunks, s.startLine, s.endLine)) return void 0;
  return s;
}
function mergeOverlappingSuggestions(input, candidates) {
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const c of candidates) byFile.set(c.path, [...byFile.get(c.path) ?? [], c]);
  for (const [path, list2] of byFile) {
    list2.sort((a, b) => (a.startLine ?? a.line) - (b.startLine ?? b.line));
    const clusters = [];
    for (const c of list2) {
      const last = clusters[clusters.length - 1];
      const lastEnd = last ? Math.max(...last.map((x) => x.line)) : -1;
      if (last && (c.startLine ?? c.line) <= lastEnd) last.push(c);
      else clusters.push([c]);
    }
    const hunks = input.hunks.get(path) ?? [];
    for (const cluster of clusters) {
      if (cluster.length === 1) {
        out.push(cluster[0]);
        continue;
      }
      const findings = cluster.flatMap((c) => c.findings);
      const s = suggestionFor(input, findings, hunks);
      if (s) {
        out.push({ findings, path, line: s.endLine, ...s.startLine < s.endLine ? { startLine: s.startLine } : {}, suggestion: s, notes: cluster.flatMap((c) => c.notes) });
      } else {
        cluster.sort((a, b) => Math.max(...b.findings.map(severityRank)) - Math.max(...a.findings.map(severityRank)));
        out.push(cluster[0]);
        for (const c of cluster.slice(1)) {
          out.push({ findings: c.findings, path, ...anchorOf(c.findings[0], hunks), notes: [], fixHint: "Its suggested change overlaps another one: accept that one first, and the next run suggests this one." });
        }
      }
    }
  }
  return out;
}

// src/github/run.ts
var MAX_CONTEXT_FILES = 50;
function scanOptionsOf(config) {
  return { profile: config.profile, kubernetesVersion: config.kubernetesVersion, ...config.only.length ? { only: config.only } : {} };
}
function scanChange(changed, context, unreadable, config) {
  const changedPaths = new Set(changed.map((f) => f.path));
  const scanOptions = scanOptionsOf(config);
  const session = scan([...changed, ...context], scanOptions);
  const findings = session.findings.filter((f) => changedPaths.has(f.file));
  const skipped = [...unreadable, ...session.skipped.filter((s) => changedPaths.has(s.file))];
  return { session, findings, skipped, changedPaths, scanOptions };
}
function planChange(change, hunks, config, notes = [], committed) {
  return planReview({
    session: change.session,
    findings: change.findings,
    hunks,
    suggestions: config.suggestions,
    maxComments: config.maxComments,
    fixOptions: change.scanOptions,
    ...committed ? { committed } : {},
    notes: [...notes, ...change.skipped.map(skippedNote)]
  });
}
function skippedNote(s) {
  return `\u26A0\uFE0F \`${s.file}${s.line !== void 0 ? `:${s.line}` : ""}\` was not reviewed: ${s.reason}`;
}

// src/cli/review-command.ts
var run = promisify(execFile);
var CONFIG_FILE = ".github/podarmor.yml";
var GIT_BUFFER = 256 * 1024 * 1024;
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", ["-c", "core.quotePath=false", ...args], { cwd, maxBuffer: GIT_BUFFER, encoding: "utf8" });
    return stdout;
  } catch (err) {
    const e = err;
    if (e.code === "ENOENT") throw new UsageError("review needs git on PATH");
    throw new UsageError(`git ${args.join(" ")}: ${(e.stderr || e.message).trim().split("\n")[0]}`);
  }
}
async function runReview(common, io) {
  const base = common.values.base;
  if (!base) throw new UsageError("review needs --base <git-ref>, the branch the pull request goes into (e.g. --base origin/main)");
  const format2 = common.values.format ?? "text";
  if (!["text", "json"].includes(format2)) throw new UsageError("--format of review must be text or json");
  if (common.paths.length > 1) throw new UsageError("review takes at most one folder: the repository (or a folder in it) to review");
  const start = resolve(common.paths[0]);
  const startDir = existsSync(start) && (await stat2(start)).isDirectory() ? start : dirname2(start);
  if (!existsSync(startDir)) throw new UsageError(`no such folder: ${common.paths[0]}`);
  const root = (await git(startDir, ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new UsageError(`${common.paths[0]} is not inside a git repository`);
  })).trim();
  const scope = relative2(root, start).split(sep).join("/");
  await git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]).catch(() => {
    throw new UsageError(`--base ${base} is not a commit in this repository (fetch it first, e.g. git fetch origin ${base.replace(/^origin\//, "")})`);
  });
  const mergeBase = (await git(root, ["merge-base", base, "HEAD"])).trim();
  const config = await loadConfig(root, common);
  const matches = pathMatcher(config.paths);
  const inScope = (p) => !scope || p === scope || p.startsWith(`${scope}/`);
  const pathspec = scope ? ["--", scope] : [];
  const patches = splitDiff(await git(root, ["diff", "--no-color", "--no-ext-diff", "--no-renames", "-U3", mergeBase, ...pathspec]));
  const untracked = (await git(root, ["ls-files", "--others", "--exclude-standard", "-z", ...pathspec])).split("\0").filter(Boolean);
  const maxBytes = common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const unreadable = [];
  const hunks = /* @__PURE__ */ new Map();
  const changed = [];
  for (const [path, patch] of patches) {
    if (!matches(path) || !inScope(path)) continue;
    const file = await readManifest(root, path, maxBytes, unreadable);
    if (file) changed.push(file);
    hunks.set(path, parsePatch(patch));
  }
  for (const path of untracked) {
    if (!matches(path) || patches.has(path)) continue;
    const file = await readManifest(root, path, maxBytes, unreadable);
    if (!file) continue;
    changed.push(file);
    const lines = file.text.split("\n").length - (file.text.endsWith("\n") ? 1 : 0);
    hunks.set(path, [{ start: 1, end: lines, added: new Set(Array.from({ length: lines }, (_, i) => i + 1)) }]);
  }
  const tracked = (await git(root, ["ls-files", "-z"])).split("\0").filter(Boolean);
  const context = [];
  for (const path of selectSiblings(tracked, changed.map((f) => f.path), config.paths, MAX_CONTEXT_FILES)) {
    const file = await readManifest(root, path, maxBytes, []);
    if (file) context.push(file);
  }
  const change = scanChange(changed, context, unreadable, config);
  const plan = planChange(change, hunks, config);
  const where = `${base} (merge base ${mergeBase.slice(0, 7)})`;
  if (format2 === "json") io.stdout(`${JSON.stringify(reviewJson(plan, base, mergeBase), null, 2)}
`);
  else io.stdout(renderReview(plan, changed.length, where, io.color));
  return reachesFailOn({ findings: change.findings, skipped: change.skipped }, common.failOn) ? 1 : 0;
}
async function loadConfig(root, common) {
  let fromFile = {};
  const path = join2(root, CONFIG_FILE);
  if (existsSync(path)) {
    const read = parseSettingsFile(await readFile2(path, "utf8"), CONFIG_FILE);
    if (read.problems.length) throw new UsageError(`${CONFIG_FILE} is not valid:
${read.problems.map((p) => `  - ${p.message}`).join("\n")}`);
    fromFile = read.settings;
  }
  const v = common.values;
  const fromFlags = {
    ...v.profile ? { profile: common.scan.profile } : {},
    ...v["kubernetes-version"] ? { kubernetesVersion: common.scan.kubernetesVersion } : {},
    ...common.scan.only ? { only: [...common.scan.only] } : {}
  };
  if (v["max-comments"] !== void 0) {
    const n = Number(v["max-comments"]);
    if (!Number.isInteger(n) || n < 0) throw new UsageError("--max-comments takes a whole number");
    fromFlags.maxComments = n;
  }
  return mergeSettings(fromFile, fromFlags);
}
async function readManifest(root, path, maxBytes, skipped) {
  const full = join2(root, path);
  if (!existsSync(full)) return void 0;
  const read = await readManifestFile(full, path, maxBytes);
  if ("skipped" in read) skipped.push(read.skipped);
  return "file" in read ? read.file : void 0;
}
function splitDiff(diff) {
  const out = /* @__PURE__ */ new Map();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    const target = /^\+\+\+ (?:b\/(.*)|"b\/((?:[^"\\]|\\.)*)")$/m.exec(section);
    if (!target) continue;
    const path = target[1] ?? JSON.parse(`"${target[2]}"`);
    const firstHunk = section.search(/^@@ /m);
    out.set(path, firstHunk < 0 ? "" : section.slice(firstHunk).replace(/\n$/, ""));
  }
  return out;
}
var HIDDEN = /<!-- podarmor:[^>]*-->\n?/g;
function renderReview(plan, files, where, color) {
  const bold = (s) => color ? `\x1B[1m${s}\x1B[22m` : s;
  const out = [bold(`podarmor review of ${counted(files, "changed manifest")} against ${where}`), ""];
  if (plan.comments.length === 0) out.push("No inline comments.", "");
  for (const c of plan.comments) {
    out.push(bold(`\u2500\u2500 ${c.path}:${c.startLine !== void 0 ? `${c.startLine}-` : ""}${c.line} \u2500\u2500`), c.body.replace(HIDDEN, "").trim(), "");
  }
  out.push(bold("\u2500\u2500 Review summary \u2500\u2500"), plan.body.replace(HIDDEN, "").trim(), "");
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

// src/cli/main.ts
var USAGE = `podarmor ${VERSION}: find insecure pod specs in Kubernetes YAML and harden them

Usage:
  podarmor scan [paths\u2026]          report findings (files, folders, - for stdin; default .)
  podarmor fix [paths\u2026]           print the safe fixes as a unified diff (--write applies them)
  podarmor review --base <ref>    print the pull request review podarmor would post for the git diff
  podarmor rules                  list the rules

Options:
  --profile baseline|restricted|hardened   rule set (default: hardened = restricted + hardening)
  --kubernetes-version X.Y                 target version: PSA policy and AppArmor/seccomp form (default: ${DEFAULT_KUBERNETES_VERSION})
  --only rule[,rule\u2026]                      only these rules
  --format text|json|sarif                 output format of scan (default: text; review: text|json)
  --fail-on critical|high|medium|low|none  exit 1 when a finding reaches this severity (default: low)
  --max-file-size MiB                      skip larger files with a message (default: ${DEFAULT_MAX_FILE_BYTES / 1048576})
  --write                                  fix: write the changes instead of printing a diff
  --network-policy-dir DIR                 fix: where generated NetworkPolicy files go (default: beside the workloads)
  --base REF                               review: the branch the change goes into (diffed from its merge base)
  --max-comments N                         review: inline comments before the rest go to the summary (default: 30)
  --no-color                               plain text output
  -h, --help                               this help
  -v, --version                            the version
`;
var OPTIONS = {
  profile: { type: "string" },
  "kubernetes-version": { type: "string" },
  only: { type: "string" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  "max-file-size": { type: "string" },
  write: { type: "boolean" },
  "network-policy-dir": { type: "string" },
  base: { type: "string" },
  "max-comments": { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parse2(argv) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}
async function main(argv, io) {
  let parsed;
  try {
    parsed = parse2(argv);
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
        return await runScan(common, values.format ?? "text", io);
      case "fix":
        return await runFix(common, io);
      case "review":
        return await runReview(common, io);
      case "rules":
        return runRules(values.format ?? "text", io);
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
function commonOptions(values, paths, io) {
  const profile = values.profile ?? "hardened";
  if (!PROFILES.includes(profile)) throw new UsageError(`--profile must be one of ${PROFILES.join(", ")}`);
  const kubernetesVersion = values["kubernetes-version"] ?? DEFAULT_KUBERNETES_VERSION;
  if (parseVersion(kubernetesVersion) === void 0) throw new UsageError(`--kubernetes-version "${kubernetesVersion}" is not a version such as 1.34`);
  const failOn = values["fail-on"] ?? "low";
  if (!isFailOn(failOn)) throw new UsageError("--fail-on must be one of critical, high, medium, low, none");
  const only = values.only?.split(",").map((s) => s.trim()).filter(Boolean);
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (values["max-file-size"] !== void 0) {
    const mib = Number(values["max-file-size"]);
    if (!Number.isFinite(mib) || mib <= 0) throw new UsageError("--max-file-size takes a number of MiB");
    maxFileBytes = Math.round(mib * 1048576);
  }
  const scanOptions = { profile, kubernetesVersion, maxFileBytes, ...only ? { only } : {} };
  if (values["no-color"]) io.color = false;
  return { scan: scanOptions, failOn, paths: paths.length ? paths : ["."], values };
}
async function loadInputs(common, io) {
  const inputs = await collectInputs(common.paths, io.stdin, common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (inputs.missing.length) throw new UsageError(`no such file or folder: ${inputs.missing.join(", ")}`);
  return inputs;
}
async function runScan(common, format2, io) {
  if (!["text", "json", "sarif"].includes(format2)) throw new UsageError("--format must be text, json or sarif");
  const inputs = await loadInputs(common, io);
  const session = scan(inputs.files, common.scan);
  const result = { findings: session.findings, skipped: [...inputs.skipped, ...session.skipped], problems: session.problems };
  if (format2 === "json") io.stdout(renderJson(result));
  else if (format2 === "sarif") io.stdout(renderSarif(result, VERSION));
  else io.stdout(renderText(result, { color: io.color, sources: new Map(inputs.files.map((f) => [f.path, f.text])) }));
  return reachesFailOn(result, common.failOn) ? 1 : 0;
}
function runRules(format2, io) {
  if (format2 === "json") {
    io.stdout(`${JSON.stringify(RULES, null, 2)}
`);
    return 0;
  }
  for (const r of RULES) {
    const pss = r.pss ? `${r.pss.level}/${r.pss.control}` : "hardening";
    io.stdout(`${r.id.padEnd(32)} ${r.severity.padEnd(9)} ${pss.padEnd(38)} ${r.title}
`);
  }
  return 0;
}
function processIo() {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: () => readAll(process.stdin),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  };
}

// src/cli/bin.ts
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`podarmor: internal error: ${err.stack ?? String(err)}
`);
    process.exitCode = 3;
  }
);
