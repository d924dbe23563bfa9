// Read-only access to parsed YAML nodes with Kubernetes semantics: aliases are followed, YAML 1.1
// merge keys (`<<: *base`) are honoured, a later duplicate key wins (as in the YAML decoder
// kubectl uses) and an explicit `null` counts as absent (as for a Go pointer field).
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export interface DocContext {
  doc: Document.Parsed;
  /** Anchors of the document by name, built on first use. */
  anchors?: Map<string, Node[]>;
}

export function deref(ctx: DocContext, node: unknown): Node | undefined {
  let current = node;
  for (let hops = 0; isAlias(current); hops++) {
    if (hops > 32) return undefined;
    current = resolveAlias(ctx, current.source, current.range?.[0] ?? Infinity);
  }
  if (current === null || current === undefined) return undefined;
  if (isScalar(current) && current.value === null) return undefined;
  return current as Node;
}

function resolveAlias(ctx: DocContext, name: string, offset: number): Node | undefined {
  if (!ctx.anchors) {
    const anchors = new Map<string, Node[]>();
    collectAnchors(ctx.doc.contents, anchors, 0);
    ctx.anchors = anchors;
  }
  const candidates = ctx.anchors.get(name);
  if (!candidates) return undefined;
  let found: Node | undefined;
  for (const c of candidates) if ((c.range?.[0] ?? 0) < offset) found = c;
  return found;
}

function collectAnchors(node: unknown, anchors: Map<string, Node[]>, depth: number): void {
  if (depth > 200 || node === null || typeof node !== 'object') return;
  const n = node as Node & { anchor?: string };
  if (n.anchor) {
    const list = anchors.get(n.anchor) ?? [];
    list.push(n);
    anchors.set(n.anchor, list);
  }
  if (isMap(n)) {
    for (const pair of n.items) {
      collectAnchors(pair.key, anchors, depth + 1);
      collectAnchors(pair.value, anchors, depth + 1);
    }
  } else if (isSeq(n)) {
    for (const item of n.items) collectAnchors(item, anchors, depth + 1);
  }
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.source === '<<' && key.type === 'PLAIN'));
}

/** The pair for `key` in a map node, following merge keys. The last duplicate wins, as in the
 * YAML decoder Kubernetes uses. This is the hottest function of a scan: a plain loop, no allocation. */
export function getPair(ctx: DocContext, node: unknown, key: string, depth = 0): Pair<Node, Node | null> | undefined {
  const map = isMap(node) ? node : deref(ctx, node);
  if (!isMap(map)) return undefined;
  const items = map.items as Pair<Node, Node | null>[];
  if (items.length >= INDEXED_SIZE) {
    // Every rule looks up a few keys of each container: a larger map is indexed once.
    const indexed = map as IndexedMap;
    let index = indexed[KEY_INDEX];
    if (index === undefined) index = indexed[KEY_INDEX] = indexKeys(items);
    if (index !== null) return index.get(key);
  }
  let hasMerge = false;
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i]!;
    // Only scalar keys have a `value`; string keys are by far the most common case.
    const v = (pair.key as { value?: unknown } | null)?.value;
    if (v === key) return pair;
    if (typeof v === 'string' || v === undefined) continue;
    const k = pair.key as Scalar;
    if (typeof v === 'symbol' || (k.source === '<<' && k.type === 'PLAIN')) hasMerge = true;
    // A key that YAML 1.1 read as a boolean or a number (`y:`, `on:`) is found by its text.
    else if (isScalar(k) && k.source === key) return pair;
  }
  if (!hasMerge || depth > 16) return undefined;
  for (const pair of items) {
    if (!isMergeKey(pair.key)) continue;
    const source = deref(ctx, pair.value);
    const sources = isSeq(source) ? source.items : [source];
    for (const s of sources) {
      const merged = getPair(ctx, s, key, depth + 1);
      if (merged) return merged;
    }
  }
  return undefined;
}

const INDEXED_SIZE = 5;
const KEY_INDEX = Symbol('podarmor.keyIndex');
type IndexedMap = { [KEY_INDEX]?: Map<unknown, Pair<Node, Node | null>> | null };

/** The pairs of a map by key when every key is a plain string (the last duplicate wins), else
 * null: merge keys and keys YAML 1.1 read as booleans or numbers take the general path. */
function indexKeys(items: readonly Pair<Node, Node | null>[]): Map<unknown, Pair<Node, Node | null>> | null {
  const index = new Map<unknown, Pair<Node, Node | null>>();
  for (const pair of items) {
    const k = pair.key as { value?: unknown; source?: string; type?: string } | null;
    const v = k?.value;
    if (typeof v !== 'string' || (k!.source === '<<' && k!.type === 'PLAIN')) return null;
    index.set(v, pair);
  }
  return index;
}

/** The value node for `key`, or undefined when the key is missing or null. */
export function get(ctx: DocContext, node: unknown, key: string): Node | undefined {
  const pair = getPair(ctx, node, key);
  return pair ? deref(ctx, pair.value) : undefined;
}

export function getIn(ctx: DocContext, node: unknown, path: readonly string[]): Node | undefined {
  let current: unknown = node;
  for (const key of path) {
    current = get(ctx, current, key);
    if (current === undefined) return undefined;
  }
  return deref(ctx, current);
}

export function asMap(ctx: DocContext, node: unknown): YAMLMap<Node, Node | null> | undefined {
  const n = deref(ctx, node);
  return isMap(n) ? (n as YAMLMap<Node, Node | null>) : undefined;
}

export function asSeq(ctx: DocContext, node: unknown): YAMLSeq<Node> | undefined {
  const n = deref(ctx, node);
  return isSeq(n) ? (n as YAMLSeq<Node>) : undefined;
}

/** Items of a sequence node, dereferenced; empty when the node is not a sequence. */
export function seqItems(ctx: DocContext, node: unknown): Node[] {
  const seq = asSeq(ctx, node);
  if (!seq) return [];
  const out: Node[] = [];
  for (const item of seq.items) {
    const d = deref(ctx, item);
    if (d !== undefined) out.push(d);
  }
  return out;
}

/** Keys of a map (own and merged), in document order. */
export function mapKeys(ctx: DocContext, node: unknown): string[] {
  const map = asMap(ctx, node);
  if (!map) return [];
  const keys: string[] = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      const source = deref(ctx, pair.value);
      const sources = isSeq(source) ? source.items : [source];
      for (const s of sources) for (const k of mapKeys(ctx, s)) if (!keys.includes(k)) keys.push(k);
    } else if (isScalar(pair.key)) {
      const k = String(pair.key.value);
      if (!keys.includes(k)) keys.push(k);
    }
  }
  return keys;
}

/** The scalar value of a node (string, number, boolean), or undefined for collections and null. */
export function scalar(ctx: DocContext, node: unknown): string | number | boolean | undefined {
  const n = deref(ctx, node);
  if (!isScalar(n)) return undefined;
  const v = (n as Scalar).value;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

export function str(ctx: DocContext, node: unknown): string | undefined {
  const v = scalar(ctx, node);
  return v === undefined ? undefined : String(v);
}

/** A string-to-string map (labels, annotations); non-scalar values are skipped. */
export function stringMap(ctx: DocContext, node: unknown): Map<string, { value: string; pair: Pair<Node, Node | null> }> {
  const out = new Map<string, { value: string; pair: Pair<Node, Node | null> }>();
  for (const key of mapKeys(ctx, node)) {
    const pair = getPair(ctx, node, key);
    if (!pair) continue;
    const v = scalar(ctx, pair.value);
    out.set(key, { value: v === undefined ? '' : String(v), pair });
  }
  return out;
}
