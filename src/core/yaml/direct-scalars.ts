// The scalars and flow collections of the direct composer (fast-compose.ts): plain, quoted and
// block scalars resolved with the schema's own tags, and `[…]` and `{…}` on one line, each with the
// range `yaml` gives it. Anything outside that throws UNSUPPORTED, and `yaml` composes the document.
import { isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParseOptions, type Schema, type SchemaOptions } from 'yaml';
import { mayResolve } from './scalar-tags.ts';

export type FastComposeOptions = DocumentOptions & ParseOptions & SchemaOptions & { schema: Schema };

/** Thrown to give up on a document; caught in `composeSimpleDocument`. */
export const UNSUPPORTED = new Error('not in the subset the direct composer handles');

export const SPACE = 32;
export const NEWLINE = 10;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
const COMMA = 44;
export const DOUBLE_QUOTE = 34;
export const SINGLE_QUOTE = 39;
const BACKSLASH = 92;

/** Characters that cannot start a plain scalar (YAML's indicators); `-` may if a non-space follows. */
export const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;
/** Flow indicators: they end a plain scalar inside `[…]` and `{…}`. */
const FLOW_INDICATOR = new Uint8Array(128);
for (const c of ',[]{}') FLOW_INDICATOR[c.charCodeAt(0)] = 1;

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', e: '\x1b', a: '\x07', v: '\v', ' ': ' ' };

export type Node = Scalar | YAMLMap | YAMLSeq;
type Range = [number, number, number];
interface ScalarTagLike {
  test?: { test(value: string): boolean };
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
  format?: string;
}

const TAGS = new WeakMap<Schema, { patterns: ScalarTagLike[]; string: ScalarTagLike }>();

/** The schema's default tags with a pattern, in the order `yaml` tries them, and its string tag
 * (which `yaml` gives quoted and block scalars and plain ones no pattern matches): once per schema. */
function tagsOf(schema: Schema): { patterns: ScalarTagLike[]; string: ScalarTagLike } {
  let tags = TAGS.get(schema);
  if (!tags) {
    const s = schema as unknown as { tags: Array<ScalarTagLike & { default?: unknown }>; [k: symbol]: unknown };
    tags = { patterns: s.tags.filter((t) => t.default === true && t.test), string: s[Symbol.for('yaml.scalar')] as ScalarTagLike };
    TAGS.set(schema, tags);
  }
  return tags;
}

export abstract class ScalarComposer {
  protected readonly text: string;
  protected readonly end: number;
  protected readonly options: FastComposeOptions;
  protected readonly schema: Schema;
  readonly #tags: ScalarTagLike[];
  /** The tag `yaml` gives every quoted or block scalar and every plain one no pattern matches. */
  protected readonly stringTag: ScalarTagLike;
  /** The end of the current line. */
  protected eol = 0;
  /** After a flow node: the offset past it and the spaces after it. */
  protected after = 0;
  /** Whether the plain scalar line just read ends in a comment. */
  protected commentAt = false;
  readonly #keySets = new WeakMap<YAMLMap, Set<unknown>>();

  constructor(text: string, end: number, options: FastComposeOptions) {
    this.text = text;
    this.end = end;
    this.options = options;
    this.schema = options.schema;
    const tags = tagsOf(options.schema);
    this.#tags = tags.patterns;
    this.stringTag = tags.string;
  }

  protected lineEnd(from: number): number {
    const eol = this.text.indexOf('\n', from);
    return eol === -1 || eol > this.end ? this.end : eol;
  }

  protected skipSpaces(from: number, limit: number): number {
    let i = from;
    while (i < limit && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** Where the plain scalar text on a line ends (before trailing spaces and a comment), from `p`;
   * `commentAt` says whether a comment follows. `: ` in it is an error or a key: give up. */
  protected plainLineEnd(p: number, eol: number): number {
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

  protected plainStart(p: number, c: number, flow: boolean): boolean {
    if (c >= 128 || INDICATOR[c] !== 1) return true;
    if (c !== DASH) return false;
    const next = this.text.charCodeAt(p + 1);
    return p + 1 < this.eol && next !== SPACE && !(flow && next < 128 && FLOW_INDICATOR[next] === 1);
  }

  /** The offset after the closing quote of the quoted scalar at `p`; it must close on its line. */
  protected quoteEnd(p: number, eol: number): number {
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

  protected quotedScalar(p: number, end: number, range: Range): Scalar {
    const text = this.text;
    const raw = text.slice(p + 1, end - 1);
    let value: string;
    if (text.charCodeAt(p) === SINGLE_QUOTE) value = raw.includes("''") ? raw.replaceAll("''", "'") : raw;
    else if (!raw.includes('\\')) value = raw;
    else {
      value = raw.replace(/\\(.)/g, (_, e: string) => {
        const escaped = ESCAPES[e];
        if (escaped === undefined) throw UNSUPPORTED;
        return escaped;
      });
    }
    return this.scalar(this.stringTag, value, text.charCodeAt(p) === SINGLE_QUOTE ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE, range);
  }

  protected plainScalar(source: string, range: Range): Scalar {
    let tag = this.stringTag;
    if (mayResolve(source)) {
      for (const t of this.#tags) {
        if (t.test!.test(source)) {
          tag = t;
          break;
        }
      }
    }
    return this.scalar(tag, source, Scalar.PLAIN, range);
  }

  protected scalar(tag: ScalarTagLike, source: string, type: Scalar.Type, range: Range): Scalar {
    const resolved = tag.resolve(source, () => {
      throw UNSUPPORTED;
    }, this.options);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = range;
    scalar.source = source;
    scalar.type = type;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** Adds a pair, giving up on a duplicate key (`yaml` reports it, and the scan says so). A big map
   * keeps its keys in a set, so that a map of many keys costs no more than its size. */
  protected addPair(map: YAMLMap, key: Scalar, value: Node): void {
    const items = map.items;
    if (items.length < 8) {
      for (const pair of items) if ((pair.key as Scalar).value === key.value) throw UNSUPPORTED;
    } else {
      let keys = this.#keySets.get(map);
      if (!keys) this.#keySets.set(map, (keys = new Set(items.map((pair) => (pair.key as Scalar).value))));
      // A set finds NaN in NaN, which `===` does not: giving up then is safe.
      if (keys.has(key.value)) throw UNSUPPORTED;
      keys.add(key.value);
    }
    items.push(new Pair(key, value));
  }

  /** A `[…]` or `{…}` at `p` that closes on its line; `after` is then the offset past it and the spaces after it. */
  protected flowCollection(p: number): YAMLMap | YAMLSeq {
    const text = this.text;
    const isMap = text.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const coll = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    coll.flow = true;
    let i = this.skipSpaces(p + 1, this.eol);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        const item = this.flowNode(i);
        if (isMap) {
          // `key: value`; after a quoted key the value may follow the `:` at once (`"key":value`, JSON).
          if (!isScalar(item) || text.charCodeAt(item.range![1]) !== COLON) throw UNSUPPORTED;
          if (text.charCodeAt(item.range![1] + 1) !== SPACE && item.type !== Scalar.QUOTE_DOUBLE && item.type !== Scalar.QUOTE_SINGLE) throw UNSUPPORTED;
          const value = this.flowNode(this.skipSpaces(item.range![1] + 1, this.eol));
          this.addPair(coll as YAMLMap, item, value);
        } else {
          if (text.charCodeAt(this.after) === COLON) throw UNSUPPORTED;
          (coll as YAMLSeq).items.push(item);
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
  protected flowNode(p: number): Node {
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
        if (next === SPACE || (next < 128 && FLOW_INDICATOR[next] === 1)) {
          stop = i;
          break;
        }
      }
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) throw UNSUPPORTED;
    }
    if (stop === eol) throw UNSUPPORTED;
    let valueEnd = stop;
    while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    // `k :` puts spaces between a key and its indicator: leave that to `yaml`.
    if (text.charCodeAt(stop) === COLON && valueEnd !== stop) throw UNSUPPORTED;
    this.after = stop;
    return this.plainScalar(text.slice(p, valueEnd), [p, valueEnd, stop]);
  }
}

/** A block scalar's value from its lines ([indentation, content start, content end]; blank lines
 * have no content) before chomping, as `yaml` folds (`>`) or keeps (`|`) them. Blank lines before
 * `first` or after `last` deeper than the content are `yaml`'s to handle. */
export function foldBlockScalar(text: string, lines: ReadonlyArray<readonly [number, number, number]>, contentIndent: number, first: number, last: number, folded: boolean): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < lines.length; i++) {
    const [indent, start, stop] = lines[i]!;
    // Blank lines deeper than the content before it need an indentation indicator, and after it
    // they are content: both are `yaml`'s to handle.
    if ((i < first || i > last) && indent > contentIndent) throw UNSUPPORTED;
    if (i < first) {
      value += '\n';
      continue;
    }
    if (i > last) continue;
    const content = text.slice(start, stop);
    const extra = indent > contentIndent ? ' '.repeat(indent - contentIndent) : '';
    if (!folded) {
      value += sep + extra + content;
      sep = '\n';
    } else if (indent > contentIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + extra + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}
