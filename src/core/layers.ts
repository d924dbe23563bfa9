// What set rules read: one array of context objects, the same for every unit of an evaluation (so
// each index over it is built once), sometimes with a few objects a unit adds (its own objects the
// context lacks, the NetworkPolicies a fix is about to write). Such an array remembers its layers,
// and an index of it is the base's index extended by the extra objects.
import type { K8sObject } from './objects.ts';

interface Layers {
  base: readonly K8sObject[];
  extra: readonly K8sObject[];
}

const layersOf = new WeakMap<readonly K8sObject[], Layers>();

/** `base` followed by `extra`, as one array whose indexes extend the base's. */
export function layered(base: readonly K8sObject[], extra: readonly K8sObject[]): readonly K8sObject[] {
  if (extra.length === 0) return base;
  const all = [...base, ...extra];
  layersOf.set(all, { base, extra });
  return all;
}

/**
 * An index of `objects`, cached per array: `build(objects, 0)` for a plain array; for a layered
 * one, `extend` of a copy of the base's cached index with the extra objects (positions continue
 * after the base's), so a large base is read once however many units add to it.
 */
export function cachedIndex<T>(cache: WeakMap<readonly K8sObject[], T>, objects: readonly K8sObject[], build: (objects: readonly K8sObject[]) => T, extend: (base: T, extra: readonly K8sObject[], offset: number) => T): T {
  const known = cache.get(objects);
  if (known !== undefined) return known;
  const layers = layersOf.get(objects);
  const index = layers ? extend(cachedIndex(cache, layers.base, build, extend), layers.extra, layers.base.length) : build(objects);
  cache.set(objects, index);
  return index;
}
