// Turns semantic fix operations into minimal text edits on the original document. Nothing is
// re-serialised: new keys are written in the file's own style next to their siblings, and every
// byte the fix does not touch stays as it was (comments, quoting, key order, flow maps, CRLF).
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { columnOf, lineEndAfter, lineStartOf } from '../lines.ts';
import type { FixOp, TextEdit } from '../types.ts';
import { isPlainObject } from '../values.ts';
import { getPair, isMergeKey, type DocContext } from '../yaml/access.ts';
import { isJsonStyleKey, renderBlockItem, renderBlockPair, renderFlow, renderScalar, type Style } from './style.ts';

export class RenderError extends Error {}

const LEADING_KEYS = new Set(['metadata']);

interface Intent {
  hasValue: boolean;
  value?: unknown;
  remove: boolean;
  append: unknown[];
  children: Map<string | number, Intent>;
}

const newIntent = (): Intent => ({ hasValue: false, remove: false, append: [], children: new Map() });

/** Merges operations into one tree of intents; contradictory operations are an error. */
export function buildIntents(ops: readonly FixOp[]): Intent {
  const root = newIntent();
  const at = (path: readonly (string | number)[]): Intent => {
    let node = root;
    for (const step of path) {
      if (node.hasValue || node.remove) throw new RenderError(`conflicting changes at ${path.join('.')}`);
      let child = node.children.get(step);
      if (!child) node.children.set(step, (child = newIntent()));
      node = child;
    }
    return node;
  };
  const setValue = (path: readonly (string | number)[], value: unknown): void => {
    // A non-empty object is set key by key, so that it merges with an existing map.
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) setValue([...path, k], v);
      return;
    }
    const node = at(path);
    if (node.remove || node.children.size > 0 || node.append.length > 0) throw new RenderError(`conflicting changes at ${path.join('.')}`);
    if (node.hasValue && JSON.stringify(node.value) !== JSON.stringify(value)) throw new RenderError(`conflicting values at ${path.join('.')}`);
    node.hasValue = true;
    node.value = value;
  };
  for (const op of ops) {
    if (op.op === 'set') setValue(op.path, op.value);
    else if (op.op === 'append') {
      const node = at(op.path);
      if (node.hasValue || node.remove) throw new RenderError(`conflicting changes at ${op.path.join('.')}`);
      if (!node.append.some((v) => JSON.stringify(v) === JSON.stringify(op.value))) node.append.push(op.value);
    } else {
      const node = at(op.path);
      if (node.hasValue || node.children.size > 0 || node.append.length > 0) throw new RenderError(`conflicting changes at ${op.path.join('.')}`);
      node.remove = true;
    }
  }
  return root;
}

/** The plain value a new key will hold. */
function materialize(intent: Intent): unknown {
  if (intent.remove) return undefined;
  if (intent.hasValue) return intent.value;
  if (intent.append.length > 0) return [...intent.append];
  const out: Record<string, unknown> = {};
  for (const [k, child] of intent.children) {
    if (typeof k === 'number') throw new RenderError('cannot create a list item by index');
    const v = materialize(child);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function renderOps(text: string, doc: Document.Parsed, style: Style, ops: readonly FixOp[]): TextEdit[] {
  return walkOps(text, doc, style, ops, false);
}

// Whether an edit renders depends on the document's structure, never on the text written: a check
// walks the same Renderer and skips writing the text.
const CHECK_STYLE: Style = { indent: 2, indentSequences: false, eol: '\n' };

/** Throws the RenderError `renderOps` would throw for these operations, without rendering text. */
export function checkOps(text: string, doc: Document.Parsed, ops: readonly FixOp[]): void {
  walkOps(text, doc, CHECK_STYLE, ops, true);
}

function walkOps(text: string, doc: Document.Parsed, style: Style, ops: readonly FixOp[], checkOnly: boolean): TextEdit[] {
  const root = buildIntents(ops);
  const edits: TextEdit[] = [];
  const contents = doc.contents;
  if (!isMap(contents) && !isSeq(contents)) throw new RenderError('the document is not a collection');
  const r = new Renderer(text, style, checkOnly ? undefined : edits, { doc });
  if (isMap(contents)) r.map(contents as YAMLMap<Node, Node | null>, root);
  else r.seq(contents as YAMLSeq<Node>, root);
  return edits.sort((a, b) => a.start - b.start);
}

class Renderer {
  readonly text: string;
  readonly style: Style;
  /** Undefined when only checking: the edits' text is then never rendered. */
  readonly edits: TextEdit[] | undefined;
  readonly ctx: DocContext;

  constructor(text: string, style: Style, edits: TextEdit[] | undefined, ctx: DocContext) {
    this.text = text;
    this.style = style;
    this.edits = edits;
    this.ctx = ctx;
  }

  map(map: YAMLMap<Node, Node | null>, intent: Intent): void {
    const inserts: [string, unknown][] = [];
    for (const [key, child] of intent.children) {
      if (typeof key === 'number') throw new RenderError('list index on a map');
      const pair = ownPair(map, key);
      if (!pair) {
        // A key a merge key provides cannot be edited here (the edit would change every user of the
        // anchor); a key no merge source has is simply added to this map.
        if (map.items.some((p) => isMergeKey(p.key)) && getPair(this.ctx, map, key)) throw new RenderError(`"${key}" comes from a merge key`);
        const value = materialize(child);
        if (value !== undefined) inserts.push([key, value]);
        continue;
      }
      const value = pair.value;
      if (isAlias(value)) throw new RenderError(`"${key}" is an alias`);
      if (child.remove) {
        this.removePair(map, pair);
      } else if (child.hasValue) {
        if (isScalar(value) && !isPlainObject(child.value) && !Array.isArray(child.value)) this.replaceScalar(value, child.value);
        else if (isNullish(value) || isEmptyCollection(value)) this.replaceValue(map, pair, child.value);
        else if (isMap(value) && isPlainObject(child.value)) {
          /* An empty object set onto an existing map: nothing to add. */
        } else throw new RenderError(`cannot replace the value of "${key}"`);
      } else if (isNullish(value)) {
        this.replaceValue(map, pair, materialize(child));
      } else if (isMap(value)) {
        const inner = value as YAMLMap<Node, Node | null>;
        // A map whose every key is removed goes with them (`annotations:` left empty would be null).
        if (removesEveryKey(inner, child)) this.removePair(map, pair);
        else this.map(inner, child);
      } else if (isSeq(value)) {
        const seq = value as YAMLSeq<Node>;
        const removed = [...child.children].filter(([, c]) => c.remove).length;
        if (removed === seq.items.length && child.append.length === 0 && child.children.size === removed) this.replaceValue(map, pair, []);
        else this.seq(seq, child);
      } else throw new RenderError(`cannot edit inside "${key}"`);
    }
    if (inserts.length) this.insertPairs(map, inserts);
  }

  seq(seq: YAMLSeq<Node>, intent: Intent): void {
    for (const [index, child] of intent.children) {
      if (typeof index !== 'number') throw new RenderError('map key on a list');
      const item = seq.items[index];
      if (item === undefined) throw new RenderError(`no list item ${index}`);
      if (child.remove) this.removeItem(seq, index);
      else if (isMap(item) && !child.hasValue) this.map(item as YAMLMap<Node, Node | null>, child);
      else if (isScalar(item) && child.hasValue && !isPlainObject(child.value)) this.replaceScalar(item, child.value);
      else throw new RenderError(`cannot edit list item ${index}`);
    }
    if (intent.append.length) this.appendItems(seq, intent.append);
  }

  // --- edits -------------------------------------------------------------------------------

  private push(start: number, end: number, text: string | (() => string)): void {
    if (this.edits) this.edits.push({ start, end, text: typeof text === 'string' ? text : text() });
  }

  private replaceScalar(node: Node, value: unknown): void {
    const range = node.range!;
    const json = isScalar(node) && node.type === 'QUOTE_DOUBLE';
    this.push(range[0], range[1], () => renderScalar(value, json));
  }

  /** Replaces an empty or null value (`securityContext:`, `add: []`) with new content. */
  private replaceValue(map: YAMLMap<Node, Node | null>, pair: Pair<Node, Node | null>, value: unknown): void {
    const key = pair.key!;
    if ((map as { flow?: boolean }).flow) {
      // From the end of the key over its ':' to the end of the old value.
      const start = key.range![1];
      const end = pair.value?.range ? pair.value.range[1] : start;
      this.push(start, end, () => `: ${renderFlow(value, flowIsJson(map))}`);
      return;
    }
    const keyStart = key.range![0];
    if (!this.isFirstOnLine(keyStart)) throw new RenderError('key does not start its line');
    const lineStart = lineStartOf(this.text, keyStart);
    const end = lineEndAfter(this.text, pair.value?.range ? Math.max(pair.value.range[1], key.range![1]) : key.range![1]);
    const trailing = this.text.slice(lineStart, end).endsWith('\n') ? this.style.eol : '';
    this.push(lineStart, end, () => renderBlockPair(String((key as { value?: unknown }).value), value, keyStart - lineStart, this.style).join(this.style.eol) + trailing);
  }

  private isFirstOnLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(lineStartOf(this.text, offset), offset));
  }

  private removePair(map: YAMLMap<Node, Node | null>, pair: Pair<Node, Node | null>): void {
    const items = map.items;
    const i = items.indexOf(pair);
    const key = pair.key!;
    const start = key.range![0];
    const valueEnd = pair.value?.range ? pair.value.range[1] : key.range![1];
    if ((map as { flow?: boolean }).flow) {
      if (items.length === 1) return this.push(map.range![0], map.range![1], '{}');
      const next = items[i + 1];
      if (next) return this.push(start, next.key!.range![0], '');
      const prev = items[i - 1]!;
      return this.push(prev.value?.range ? prev.value.range[1] : prev.key!.range![1], valueEnd, '');
    }
    if (this.isFirstOnLine(start)) return this.push(lineStartOf(this.text, start), lineEndAfter(this.text, valueEnd), '');
    // The first key of a list item (`- hostPort: 80`): the next key moves up after the dash.
    const next = items[i + 1];
    if (next) return this.push(start, next.key!.range![0], '');
    this.push(start, valueEnd, '{}');
  }

  private removeItem(seq: YAMLSeq<Node>, index: number): void {
    const items = seq.items;
    const item = items[index]!;
    const range = item.range!;
    if ((seq as { flow?: boolean }).flow) {
      if (items.length === 1) return this.push(seq.range![0], seq.range![1], '[]');
      const next = items[index + 1];
      if (next) return this.push(range[0], next.range![0], '');
      return this.push(items[index - 1]!.range![1], range[1], '');
    }
    const dash = this.text.lastIndexOf('-', range[0]);
    if (dash < 0 || !this.isFirstOnLine(dash)) throw new RenderError('list item does not start its line');
    this.push(lineStartOf(this.text, dash), lineEndAfter(this.text, range[1]), '');
  }

  private insertPairs(map: YAMLMap<Node, Node | null>, pairs: [string, unknown][]): void {
    const items = map.items;
    if ((map as { flow?: boolean }).flow) {
      const json = flowIsJson(map);
      const rendered = () => pairs.map(([k, v]) => `${renderScalar(k, json)}: ${renderFlow(v, json)}`);
      const last = items[items.length - 1];
      if (!last) return this.push(map.range![0], map.range![1], () => `{${rendered().join(', ')}}`);
      const end = last.value?.range ? last.value.range[1] : last.key!.range![1];
      const open = map.range![0];
      if (this.text.slice(open, items[0]!.key!.range![0]).includes('\n')) {
        // A multi-line flow map (pretty-printed JSON): one entry per line, like its neighbours.
        const pad = ' '.repeat(columnOf(this.text, last.key!.range![0]));
        return this.push(end, end, () => rendered().map((r) => `,${this.style.eol}${pad}${r}`).join(''));
      }
      return this.push(end, end, () => rendered().map((r) => `, ${r}`).join(''));
    }
    const first = items[0]!;
    const firstStart = first.key!.range![0];
    const column = columnOf(this.text, firstStart);
    // `metadata` goes before its siblings (a pod template's `spec`), as people write it.
    if (this.isFirstOnLine(firstStart)) {
      const leading = pairs.filter(([k]) => LEADING_KEYS.has(k));
      if (leading.length) {
        pairs = pairs.filter(([k]) => !LEADING_KEYS.has(k));
        const at = lineStartOf(this.text, firstStart);
        this.push(at, at, () => leading.flatMap(([k, v]) => renderBlockPair(k, v, column, this.style)).join(this.style.eol) + this.style.eol);
        if (pairs.length === 0) return;
      }
    }
    const last = items[items.length - 1]!;
    const lastEnd = Math.max(last.key!.range![1], last.value?.range ? last.value.range[1] : 0);
    const at = lineEndAfter(this.text, lastEnd);
    const rest = pairs;
    const body = () => rest.flatMap(([k, v]) => renderBlockPair(k, v, column, this.style)).join(this.style.eol);
    if (at === this.text.length && !this.text.endsWith('\n')) this.push(at, at, () => this.style.eol + body());
    else this.push(at, at, () => body() + this.style.eol);
  }

  private appendItems(seq: YAMLSeq<Node>, values: unknown[]): void {
    const items = seq.items;
    if ((seq as { flow?: boolean }).flow) {
      const json = items.some((it) => isScalar(it) && it.type === 'QUOTE_DOUBLE');
      const rendered = () => values.map((v) => renderFlow(v, json));
      const last = items[items.length - 1];
      if (!last) return this.push(seq.range![0], seq.range![1], () => `[${rendered().join(', ')}]`);
      return this.push(last.range![1], last.range![1], () => rendered().map((r) => `, ${r}`).join(''));
    }
    const last = items[items.length - 1]!;
    const dash = this.text.lastIndexOf('-', items[0]!.range![0]);
    const dashColumn = columnOf(this.text, dash);
    const at = lineEndAfter(this.text, last.range![1]);
    const body = () => values.flatMap((v) => renderBlockItem(v, dashColumn, this.style)).join(this.style.eol);
    if (at === this.text.length && !this.text.endsWith('\n')) this.push(at, at, () => this.style.eol + body());
    else this.push(at, at, () => body() + this.style.eol);
  }
}

function ownPair(map: YAMLMap<Node, Node | null>, key: string): Pair<Node, Node | null> | undefined {
  let found: Pair<Node, Node | null> | undefined;
  for (const pair of map.items) if (isScalar(pair.key) && (pair.key.value === key || pair.key.source === key)) found = pair;
  return found;
}

/** Whether the intents remove every key of the map, directly or by emptying the maps below. */
function removesEveryKey(map: YAMLMap<Node, Node | null>, intent: Intent): boolean {
  if (intent.hasValue || intent.remove || intent.append.length > 0 || map.items.length === 0) return false;
  // A key the intents add keeps the map, whatever they remove.
  const existing = new Set(map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : undefined)));
  for (const [k, child] of intent.children) if (!existing.has(String(k)) && !child.remove) return false;
  return map.items.every((p) => {
    if (!isScalar(p.key) || isMergeKey(p.key)) return false;
    const child = intent.children.get(String(p.key.value));
    if (!child) return false;
    return child.remove || (isMap(p.value) && removesEveryKey(p.value as YAMLMap<Node, Node | null>, child));
  });
}

function isNullish(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function isEmptyCollection(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.items.length === 0;
}

function flowIsJson(map: YAMLMap<Node, Node | null>): boolean {
  return map.items.some((p) => isJsonStyleKey(p.key));
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new RenderError('overlapping edits');
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
