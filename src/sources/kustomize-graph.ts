// The graph of kustomizations: what a root uses (bases, components, recursively) and which
// repository files its render reads.
import type { Kustomization } from './kustomize-file.ts';

/** The kustomizations a root uses, itself included (bases and components, recursively). */
export function closureOf(kustomizations: ReadonlyMap<string, Kustomization>, root: string): Kustomization[] {
  const seen = new Map<string, Kustomization>();
  const queue = [root];
  while (queue.length) {
    const dir = queue.shift()!;
    const k = kustomizations.get(dir);
    if (!k || seen.has(dir)) continue;
    seen.set(dir, k);
    for (const ref of [...k.resources, ...k.components]) queue.push(ref.path);
  }
  return [...seen.values()];
}

/** Every repository file a set of kustomizations reads. */
export function filesOf(closure: readonly Kustomization[], kustomizations: ReadonlyMap<string, Kustomization>): string[] {
  const files = new Set<string>();
  for (const k of closure) {
    files.add(k.file);
    for (const ref of [...k.resources, ...k.components]) if (!kustomizations.has(ref.path)) files.add(ref.path);
    for (const ref of [...k.patchFiles, ...k.otherFiles]) files.add(ref.path);
  }
  return [...files].sort();
}
