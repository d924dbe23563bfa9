// Field-level provenance of a kustomize render: which written YAML (the base object, a
// strategic-merge patch, a JSON6902 op) holds the value at a path of a rendered object. Lists are
// matched as kustomize merges them: by `name` where items have one, else by position.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import { pairRange } from '../core/anchor.ts';
import { YAML_OPTIONS } from '../core/yaml/parse.ts';
import type { DocPath } from '../core/types.ts';
import type { SourceLocation } from './types.ts';

/** A step of a rendered path as the sources can be searched for it. */
export type FieldStep = string | { index: number; name?: string };

/** A YAML text with positions; `toLocation` turns an offset into a place in the repository. */
export interface WrittenYaml {
  docs: Document.Parsed[];
  toLocation(offset: number, endOffset: number): SourceLocation;
}

export function parseWritten(text: string, toFileLocation: (line: number, column: number, endLine: number, endColumn: number) => SourceLocation): WrittenYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter });
  return {
    docs: Array.isArray(docs) ? docs.filter((d) => d.errors.length === 0) : [],
    toLocation(offset, endOffset) {
      const a = lineCounter.linePos(offset);
      const b = lineCounter.linePos(Math.max(offset, endOffset));
      return toFileLocation(a.line, a.col, b.line, b.col);
    },
  };
}

/** The steps of `path` in a rendered object, with each list item's `name` so that it can be found
 * in a base or patch whose list order differs. */
export function fieldSteps(rendered: Node | null | undefined, path: DocPath): FieldStep[] {
  const steps: FieldStep[] = [];
  let node: unknown = rendered;
  for (const step of path) {
    if (typeof step === 'number') {
      const item = isSeq(node) ? node.items[step] : undefined;
      const name = isMap(item) ? item.get('name') : undefined;
      steps.push({ index: step, ...(typeof name === 'string' ? { name } : {}) });
      node = item;
    } else {
      steps.push(step);
      node = isMap(node) ? node.get(step, true) : undefined;
    }
  }
  return steps;
}

/** How far along `steps` a written node goes, and the range that names the deepest step found. */
export interface Match {
  depth: number;
  range: { start: number; end: number };
}

/** Follows `steps` from `node` as far as it exists. */
export function matchSteps(node: unknown, steps: readonly FieldStep[], start: Match): Match {
  let best = start;
  let current: unknown = node;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (typeof step === 'string') {
      if (!isMap(current)) break;
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === step) as Pair<unknown, unknown> | undefined;
      if (!pair) break;
      best = { depth: best.depth + 1, range: pairRange(pair) };
      current = pair.value;
    } else {
      if (!isSeq(current)) break;
      const item = findItem(current.items, step);
      if (!item) break;
      best = { depth: best.depth + 1, range: itemRange(item) };
      current = item;
    }
  }
  return best;
}

function findItem(items: readonly unknown[], step: { index: number; name?: string }): Node | undefined {
  if (step.name !== undefined) {
    return items.find((it) => isMap(it) && it.get('name') === step.name) as Node | undefined;
  }
  return items[step.index] as Node | undefined;
}

function itemRange(item: Node): { start: number; end: number } {
  if (isMap(item)) {
    const name = item.items.find((p) => isScalar(p.key) && p.key.value === 'name');
    const first = name ?? item.items[0];
    if (first) return pairRange(first as Pair<unknown, unknown>);
  }
  const r = item.range ?? [0, 0, 0];
  return { start: r[0], end: r[1] };
}

/** Splits a JSON pointer (`/spec/template/spec/containers/0`) into its tokens. */
export function pointerTokens(pointer: string): string[] {
  if (!pointer.startsWith('/')) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How far a JSON6902 `add`/`replace` op writes along `steps`: its path must be a prefix of the
 * steps, then its value is followed. Depth 0 when the op does not write there. */
export function matchJsonOp(op: Node, steps: readonly FieldStep[]): Match | undefined {
  if (!isMap(op)) return undefined;
  const kind = op.get('op');
  if (kind !== 'add' && kind !== 'replace') return undefined;
  const pointer = op.get('path');
  if (typeof pointer !== 'string') return undefined;
  const tokens = pointerTokens(pointer);
  if (tokens.length > steps.length) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const step = steps[i]!;
    const token = tokens[i]!;
    if (typeof step === 'string' ? step !== token : token !== '-' && Number(token) !== step.index) return undefined;
  }
  const valuePair = op.items.find((p) => isScalar(p.key) && p.key.value === 'value') as Pair<unknown, unknown> | undefined;
  const pathPair = op.items.find((p) => isScalar(p.key) && p.key.value === 'path') as Pair<unknown, unknown>;
  const anchor = valuePair ?? pathPair;
  return matchSteps(valuePair?.value, steps.slice(tokens.length), { depth: tokens.length, range: pairRange(anchor) });
}

/** The path of the deepest node of a rendered document at `offset` (a finding's start): a key
 * names its pair, an item its position. */
export function pathAtOffset(root: unknown, offset: number): DocPath {
  const path: Array<string | number> = [];
  let node: unknown = root;
  for (let depth = 0; depth < 100; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        const start = k?.range?.[0] ?? v?.range?.[0] ?? -1;
        const end = v?.range?.[2] ?? k?.range?.[2] ?? -1;
        return offset >= start && offset < Math.max(end, start + 1);
      });
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      const value = pair.value as Node | null;
      const keyEnd = (pair.key as Node).range?.[2] ?? 0;
      if (!value || offset < keyEnd) break;
      node = value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((it) => {
        const r = (it as Node | null)?.range;
        return r != null && offset >= r[0] && offset < Math.max(r[2], r[0] + 1);
      });
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}
