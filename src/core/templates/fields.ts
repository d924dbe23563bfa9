// Field paths such as `securityContext.capabilities.add[*]` evaluated against a pod spec or a
// container, keeping the document path and source range of every value found. This runs for every
// rule on every container, so queries are compiled once and plain paths take a loop, not recursion.
import { isMap, isSeq } from 'yaml';
import { nearestRange, nodeRange, pairRange } from '../anchor.ts';
import { deref, get, getPair, scalar, type DocContext } from '../yaml/access.ts';
import type { DocPath, SourceRange } from '../types.ts';

export type ScalarValue = string | number | boolean;

interface Segment {
  key: string;
  each: boolean;
}

export interface FieldHit {
  /** `unset` when the field (or, with `key`, its struct) is missing. */
  state: 'unset' | 'value';
  /** The scalar value, or for list fields the list of scalar values. */
  value?: ScalarValue | ScalarValue[];
  /** Path of the field (with `key`: of the key inside the struct) from the document root. */
  path: DocPath;
  /** Path of the list item for `[*]` fields. */
  itemPath?: DocPath;
  range: SourceRange;
  label: string;
  /** With `key`: the struct that holds the key (for reading its siblings). */
  struct?: unknown;
}

export interface FieldQuery {
  field: string;
  /** The field is a struct and `key` inside it holds the value (missing key = ""). */
  key?: string;
  /** Value of a missing leaf inside an existing `[*]` item; the item is skipped when unset. */
  missingLeaf?: ScalarValue;
  /** Treat the field as a list of scalars. */
  list?: boolean;
}

export interface CompiledQuery extends FieldQuery {
  segments: Segment[];
  keys: string[];
  hasEach: boolean;
  label: string;
}

export function compileQuery(query: FieldQuery): CompiledQuery {
  const segments = query.field.split('.').map((part) => (part.endsWith('[*]') ? { key: part.slice(0, -3), each: true } : { key: part, each: false }));
  const label = segments.map((s) => (s.each ? `${s.key}[*]` : s.key)).join('.') + (query.key !== undefined ? `.${query.key}` : '');
  return { ...query, segments, keys: segments.map((s) => s.key), hasEach: segments.some((s) => s.each), label };
}

/** Evaluates a compiled field query on `base` (a pod spec or a container) found at `basePath`. */
export function evaluateField(ctx: DocContext, base: unknown, basePath: DocPath, query: CompiledQuery): FieldHit[] {
  if (!query.hasEach) {
    const hit = evaluatePlain(ctx, base, basePath, query);
    return hit ? [hit] : [];
  }
  const hits: FieldHit[] = [];
  walkEach(ctx, base, [...basePath], 0, -1, query, hits);
  return hits;
}

/** A field that is not set. Its range (the deepest step of the path that exists, walking from
 * the document's root) is computed only when the hit is reported: most unset fields are fine. */
class UnsetHit implements FieldHit {
  readonly state = 'unset' as const;
  readonly path: DocPath;
  readonly label: string;
  readonly #ctx: DocContext;
  readonly #fieldPath: DocPath;

  constructor(ctx: DocContext, fieldPath: DocPath, query: CompiledQuery) {
    this.#ctx = ctx;
    this.#fieldPath = fieldPath;
    this.path = query.key !== undefined ? [...fieldPath, query.key] : fieldPath;
    this.label = query.label;
  }

  get range(): SourceRange {
    return nearestRange(this.#ctx, this.#ctx.doc.contents, this.#fieldPath);
  }
}

function unsetHit(ctx: DocContext, fieldPath: DocPath, query: CompiledQuery): FieldHit {
  return new UnsetHit(ctx, fieldPath, query);
}

/** A path without `[*]`: one hit at most. */
function evaluatePlain(ctx: DocContext, base: unknown, basePath: DocPath, query: CompiledQuery): FieldHit | undefined {
  const keys = query.keys;
  let node: unknown = base;
  let pair: ReturnType<typeof getPair>;
  for (let i = 0; i < keys.length; i++) {
    pair = getPair(ctx, node, keys[i]!);
    node = pair ? deref(ctx, pair.value) : undefined;
    if (node === undefined) return unsetHit(ctx, [...basePath, ...keys], query);
  }
  return leafHit(ctx, node, pair!, [...basePath, ...keys], undefined, query);
}

function leafHit(ctx: DocContext, child: unknown, pair: NonNullable<ReturnType<typeof getPair>>, path: DocPath, itemPath: DocPath | undefined, query: CompiledQuery): FieldHit | undefined {
  let hit: FieldHit;
  if (query.key !== undefined) {
    if (!isMap(child)) return undefined;
    const keyPair = getPair(ctx, child, query.key);
    const v = keyPair ? scalar(ctx, keyPair.value) : undefined;
    hit = { state: 'value', value: v ?? '', path: [...path, query.key], range: pairRange(keyPair ?? pair), label: query.label, struct: child };
  } else if (query.list) {
    const values = isSeq(child) ? child.items.map((it) => scalar(ctx, it)).filter((v): v is ScalarValue => v !== undefined) : [];
    hit = { state: 'value', value: values, path, range: pairRange(pair), label: query.label };
  } else {
    const v = scalar(ctx, child);
    // A collection where a scalar belongs is rejected by the API server; nothing to check here.
    if (v === undefined) return undefined;
    hit = { state: 'value', value: v, path, range: pairRange(pair), label: query.label };
  }
  if (itemPath) hit.itemPath = itemPath;
  return hit;
}

/** A path with `[*]` steps: one hit per item. `stack` holds the path walked so far. */
function walkEach(ctx: DocContext, node: unknown, stack: (string | number)[], i: number, itemDepth: number, query: CompiledQuery, hits: FieldHit[]): void {
  const seg = query.segments[i]!;
  const last = i === query.segments.length - 1;
  const pair = getPair(ctx, node, seg.key);
  const child = pair ? deref(ctx, pair.value) : undefined;
  stack.push(seg.key);
  if (seg.each) {
    // A missing list has no items to check; a required list is queried without `[*]`.
    if (isSeq(child)) {
      child.items.forEach((rawItem, index) => {
        const item = deref(ctx, rawItem);
        stack.push(index);
        if (!last) walkEach(ctx, item, stack, i + 1, stack.length, query, hits);
        else {
          const v = scalar(ctx, item);
          if (v !== undefined) hits.push({ state: 'value', value: v, path: [...stack], itemPath: [...stack], range: nodeRange(ctx, item), label: query.label });
        }
        stack.pop();
      });
    }
  } else {
    const itemPath = itemDepth >= 0 ? stack.slice(0, itemDepth) : undefined;
    if (child === undefined) {
      if (!itemPath) hits.push(unsetHit(ctx, [...stack, ...query.keys.slice(i + 1)], query));
      else if (last && query.missingLeaf !== undefined && query.key === undefined) {
        // An item without the leaf (a sysctl without a name): Go reads the zero value.
        hits.push({ state: 'value', value: query.missingLeaf, path: [...stack], itemPath, range: nodeRange(ctx, node), label: query.label });
      }
    } else if (!last) {
      walkEach(ctx, child, stack, i + 1, itemDepth, query, hits);
    } else {
      const hit = leafHit(ctx, child, pair!, [...stack], itemPath, query);
      if (hit) hits.push(hit);
    }
  }
  stack.pop();
}

/** Whether a condition on a field holds (used by `skipFixWhen`). */
export function fieldMatches(ctx: DocContext, base: unknown, field: string, cond: { equals?: ScalarValue; contains?: ScalarValue[] }): boolean {
  let node: unknown = base;
  for (const key of field.split('.')) {
    node = get(ctx, node, key);
    if (node === undefined) return false;
  }
  if (cond.equals !== undefined) return scalar(ctx, node) === cond.equals;
  if (cond.contains !== undefined) {
    const seq = deref(ctx, node);
    if (!isSeq(seq)) return false;
    return seq.items.some((it) => {
      const v = scalar(ctx, it);
      return v !== undefined && cond.contains!.includes(v);
    });
  }
  return false;
}
