// The value a document must have after a fix: its original value with the fix's operations
// applied. Verification compares this with the re-parsed result, so a text edit that changed
// anything else (or not what it meant to) is caught.
import type { DocPath, FixOp } from '../types.ts';
import { isPlainObject } from '../values.ts';

export function applyOpsToValue(value: unknown, ops: readonly FixOp[]): unknown {
  const root = structuredClone(value);
  // Remove list items from the highest index down, after everything else, so indexes stay valid.
  const removals = ops.filter((o) => o.op === 'remove' && typeof o.path[o.path.length - 1] === 'number');
  const others = ops.filter((o) => !removals.includes(o));
  for (const op of others) apply(root, op);
  removals.sort((a, b) => (b.path[b.path.length - 1] as number) - (a.path[a.path.length - 1] as number));
  for (const op of removals) apply(root, op);
  return root;
}

function apply(root: unknown, op: FixOp): void {
  const parent = walk(root, op.path.slice(0, -1), op.op !== 'remove');
  const last = op.path[op.path.length - 1]!;
  if (parent === undefined) return;
  const container = parent as Record<string | number, unknown>;
  if (op.op === 'remove') {
    if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
    else {
      delete container[last];
      // Maps left empty by removals go too, as the text renderer removes their keys.
      for (let depth = op.path.length - 1; depth >= 1; depth--) {
        const emptied = walk(root, op.path.slice(0, depth), false) as Record<string, unknown> | undefined;
        const parent = walk(root, op.path.slice(0, depth - 1), false) as Record<string | number, unknown> | undefined;
        if (!emptied || Array.isArray(emptied) || Object.keys(emptied).length > 0 || !parent || Array.isArray(parent)) break;
        delete parent[op.path[depth - 1]!];
      }
    }
  } else if (op.op === 'set') {
    const current = container[last];
    container[last] = mergeValue(current, structuredClone(op.value));
  } else {
    const list = container[last];
    if (Array.isArray(list)) {
      if (!list.some((v) => JSON.stringify(v) === JSON.stringify(op.value))) list.push(structuredClone(op.value));
    } else container[last] = [structuredClone(op.value)];
  }
}

/** Setting an object onto an existing object merges keys, as the text renderer does. */
function mergeValue(current: unknown, value: unknown): unknown {
  if (isPlainObject(current) && isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) current[k] = mergeValue(current[k], v);
    return current;
  }
  return value;
}

function walk(root: unknown, path: DocPath, create: boolean): unknown {
  let node = root as Record<string | number, unknown>;
  for (const step of path) {
    let next = node[step];
    if (next === undefined || next === null) {
      if (!create) return undefined;
      next = {};
      node[step] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  return node;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b as object, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
