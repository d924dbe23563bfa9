// What the hardening commit changes: the safe fixes of the changed plain manifests (their unchanged
// neighbours as context) and of the changed kustomize bases (fixed as `podarmor fix` fixes them on a
// checkout, rendered-change.ts), as one set of files. Generated NetworkPolicies go one file per
// folder beside the workloads, listed in the folder's kustomization, never inside a Helm chart.
import { fixFiles, type ChangedFile, type DroppedFix, type FixOptions } from '../core/fix/engine.ts';
import { dirnameOf } from '../core/fix/network-policies/placement.ts';
import type { Finding, InputFile } from '../core/types.ts';
import type { RenderedFix } from './rendered-change.ts';

export interface HardeningFix {
  files: ChangedFile[];
  fixed: Finding[];
  dropped: DroppedFix[];
}

export interface PlainInputs {
  /** The changed manifests reviewed as they are. */
  changed: readonly InputFile[];
  /** Their unchanged neighbours. */
  context: readonly InputFile[];
  /** The kustomizations of the changed files' folders, read whatever the `paths` globs say. */
  kustomizations: readonly InputFile[];
}

/** The plain manifests are fixed after the rendered bases and on their result, so that a folder
 * holding both gets one policy file and one edit of its kustomization. */
export function hardeningFix(plain: PlainInputs, options: FixOptions, rendered?: RenderedFix): HardeningFix {
  const first = rendered?.files ?? [];
  const folders = new Set(plain.changed.map((f) => dirnameOf(f.path)));
  const after = new Map(first.filter((f) => folders.has(dirnameOf(f.path))).map((f) => [f.path, f.after]));
  const inputs: InputFile[] = [];
  const seen = new Set<string>();
  for (const f of [...plain.changed, ...plain.context, ...plain.kustomizations]) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    const text = after.get(f.path);
    inputs.push(text === undefined ? f : { ...f, text });
  }
  for (const [path, text] of after) if (!seen.has(path)) inputs.push({ path, text });
  const fix = fixFiles(inputs, options);
  const files = new Map(first.map((f) => [f.path, f]));
  for (const f of fix.files) {
    const earlier = files.get(f.path);
    files.set(f.path, { path: f.path, before: earlier ? earlier.before : f.before, after: f.after });
  }
  return { files: [...files.values()], fixed: [...(rendered?.fixed ?? []), ...fix.fixed], dropped: [...(rendered?.dropped ?? []), ...fix.dropped] };
}
