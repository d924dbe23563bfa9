// Source ranges for findings: the offending key and its value, or, when a key is missing, the
// nearest parent that exists. A range never spans a whole block: a reviewer's comment lands on
// the line that needs the change.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { deref, getPair, get, type DocContext } from './yaml/access.ts';
import type { DocPath, SourceRange } from './types.ts';

/** The range of `key: value` when the value is a scalar or a flow collection, else of the key alone. */
export function pairRange(pair: Pair<unknown, unknown>): SourceRange {
  const key = pair.key as Node | undefined;
  const value = pair.value as Node | null | undefined;
  const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
  const keyEnd = key?.range?.[1] ?? start;
  if (value && value.range) {
    const flow = (isMap(value) || isSeq(value)) && (value as { flow?: boolean }).flow;
    if (isScalar(value) || flow) {
      if (isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED')) return { start, end: keyEnd };
      return { start, end: value.range[1] };
    }
  }
  return { start, end: keyEnd };
}

/** The range that best names a node: for a map, its `name` entry or its first entry. */
export function nodeRange(ctx: DocContext, node: unknown): SourceRange {
  const n = deref(ctx, node);
  if (isMap(n)) {
    const name = getPair(ctx, n, 'name');
    if (name && (name.key as Node | undefined)?.range) return pairRange(name);
    const first = n.items[0];
    if (first) return pairRange(first);
  }
  if (isSeq(n)) {
    const first = n.items[0] as Node | undefined;
    if (first?.range) return nodeRange(ctx, first);
  }
  const range = (n as Node | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

/** The range of the deepest existing step along `path` from `root`. */
export function nearestRange(ctx: DocContext, root: unknown, path: DocPath): SourceRange {
  let node: unknown = root;
  let best: SourceRange | undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      const seq = deref(ctx, node);
      if (!isSeq(seq)) break;
      const item = seq.items[step];
      if (item === undefined) break;
      node = item;
      best = nodeRange(ctx, item);
    } else {
      const pair = getPair(ctx, node, step);
      if (!pair) break;
      best = pairRange(pair);
      node = get(ctx, node, step);
      if (node === undefined) break;
    }
  }
  return best ?? nodeRange(ctx, root);
}
