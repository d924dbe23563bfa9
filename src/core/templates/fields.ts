// Field paths such as `securityContext.capabilities.add[*]` evaluated against a pod spec or a
// container, keeping the document path and source range of every value found.
import { isMap, isSeq } from 'yaml';
import { nearestRange, nodeRange, pairRange } from '../anchor.ts';
import { deref, get, getPair, scalar, type DocContext } from '../yaml/access.ts';
import type { DocPath, SourceRange } from '../types.ts';

export type ScalarValue = string | number | boolean;

interface Segment {
  key: string;
  each: boolean;
}

const segmentCache = new Map<string, Segment[]>();

export function parseFieldPath(path: string): Segment[] {
  let segments = segmentCache.get(path);
  if (!segments) {
    segments = path.split('.').map((part) => (part.endsWith('[*]') ? { key: part.slice(0, -3), each: true } : { key: part, each: false }));
    segmentCache.set(path, segments);
  }
  return segments;
}

export interface FieldHit {
  /** `unset` when the field (or, with `key`, its struct) is missing. */
  state: 'unset' | 'value';
  /** The scalar value, or for list fields the list of scalar values. */
  value?: ScalarValue | ScalarValue[];
  /** Path of the field (with `key`: of the key inside the struct) from the document root. */
  path: DocPath;
  /** Path of the struct holding `key`, when `key` is used. */
  structPath?: DocPath;
  /** Path of the list item for `[*]` fields. */
  itemPath?: DocPath;
  range: SourceRange;
  label: string;
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

/** Evaluates a field path on `base` (a pod spec or a container) found at `basePath`. */
export function evaluateField(ctx: DocContext, base: unknown, basePath: DocPath, query: FieldQuery): FieldHit[] {
  const segments = parseFieldPath(query.field);
  const hits: FieldHit[] = [];
  const label = segments.map((s) => (s.each ? `${s.key}[*]` : s.key)).join('.') + (query.key !== undefined ? `.${query.key}` : '');
  const walk = (node: unknown, path: DocPath, i: number, itemPath: DocPath | undefined): void => {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    const childPath = [...path, seg.key];
    const pair = getPair(ctx, node, seg.key);
    const child = pair ? deref(ctx, pair.value) : undefined;
    if (seg.each) {
      // A missing list has no items to check; a required list is queried without `[*]`.
      if (!isSeq(child)) return;
      child.items.forEach((rawItem, index) => {
        const item = deref(ctx, rawItem);
        const ip = [...childPath, index];
        if (!last) return walk(item, ip, i + 1, ip);
        const v = scalar(ctx, item);
        if (v !== undefined) hits.push({ state: 'value', value: v, path: ip, itemPath: ip, range: nodeRange(ctx, item), label });
      });
      return;
    }
    if (child === undefined) {
      if (!itemPath) {
        const rest = segments.slice(i + 1).map((s) => s.key);
        const fieldPath = [...childPath, ...rest];
        hits.push({
          state: 'unset',
          path: query.key !== undefined ? [...fieldPath, query.key] : fieldPath,
          ...(query.key !== undefined ? { structPath: fieldPath } : {}),
          // The deepest step of the path that exists, walking from the document's root.
          range: nearestRange(ctx, ctx.doc.contents, fieldPath),
          label,
        });
      } else if (last && query.missingLeaf !== undefined && query.key === undefined) {
        // An item without the leaf (a sysctl without a name): Go reads the zero value.
        hits.push({ state: 'value', value: query.missingLeaf, path: childPath, itemPath, range: nodeRange(ctx, node), label });
      }
      return;
    }
    if (!last) return walk(child, childPath, i + 1, itemPath);
    const withItem = itemPath ? { itemPath } : {};
    if (query.key !== undefined) {
      if (!isMap(child)) return;
      const keyPair = getPair(ctx, child, query.key);
      const v = keyPair ? scalar(ctx, keyPair.value) : undefined;
      hits.push({
        state: 'value',
        value: v ?? '',
        path: [...childPath, query.key],
        structPath: childPath,
        range: pairRange(keyPair ?? pair!),
        label,
        ...withItem,
      });
      return;
    }
    if (query.list) {
      const values = isSeq(child) ? child.items.map((it) => scalar(ctx, it)).filter((v): v is ScalarValue => v !== undefined) : [];
      hits.push({ state: 'value', value: values, path: childPath, range: pairRange(pair!), label, ...withItem });
      return;
    }
    const v = scalar(ctx, child);
    // A collection where a scalar belongs is rejected by the API server; nothing to check here.
    if (v !== undefined) hits.push({ state: 'value', value: v, path: childPath, range: pairRange(pair!), label, ...withItem });
  };
  walk(base, basePath, 0, undefined);
  return hits;
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
