// Renders every kustomize root of a discovery once, in parallel up to the core count, on one
// temporary copy of the files they read. A Component no kustomization uses cannot render alone: it
// is rendered on the nearest root above it (the kustomization it is meant to be added to, as in
// `kustomize/components/*` beside `kustomize/kustomization.yaml`). Whatever cannot be rendered is
// named as not reviewed, and so is every file only such roots use.
import { availableParallelism } from 'node:os';
import { posix, relative } from 'node:path';
import type { Discovery } from './discover.ts';
import type { Kustomization } from './kustomize-file.ts';
import { closureOf, filesOf } from './kustomize-graph.ts';
import { makeRenderTree, refusal, renderKustomizeRoot, type RenderedRoot } from './kustomize-render.ts';
import type { NotReviewed, Render, RenderEnv } from './types.ts';

/** One render to run: the folder kustomize builds, and how the render is named. */
interface RenderPlan {
  /** The root as the user knows it (the component for a component rendered on a host). */
  root: string;
  /** The folder kustomize builds (a generated one for a component on a host). */
  buildDir: string;
  variant?: string;
  kustomizations: ReadonlyMap<string, Kustomization>;
  /** A generated kustomization to write into the copy. */
  generated?: { file: string; text: (pathOf: (file: string) => string) => string };
}

const HOST_DIR = '.podarmor-host';

export interface KustomizeRenders {
  renders: Render[];
  /** Resource files of roots that could not render because no kustomize binary is installed:
   * whole objects, scanned as they are (without the patches) rather than not at all. */
  scanAsIs: string[];
}

export async function renderKustomizeRoots(discovery: Discovery, env: RenderEnv, readText: (file: string) => string | undefined, notReviewed: NotReviewed[]): Promise<KustomizeRenders> {
  const { kustomizations } = discovery;
  const plans: RenderPlan[] = [];
  const outcomes = new Map<string, NotReviewed>();
  for (const root of discovery.roots) {
    const plan = planFor(root, discovery);
    if ('reason' in plan) {
      outcomes.set(root, plan);
      continue;
    }
    const why = refusal(closureOf(plan.kustomizations, plan.buildDir), root);
    if (why) outcomes.set(root, why);
    else plans.push(plan);
  }
  const files = [...new Set(plans.flatMap((p) => filesOf(closureOf(p.kustomizations, p.buildDir), p.kustomizations)))].filter((f) => !plans.some((p) => p.generated?.file === f));
  const kustomizationFiles = new Set([...kustomizations.values()].map((k) => k.file));
  const renders: Render[] = [];
  if (plans.length) {
    const tree = await makeRenderTree(env.rootDir, files, kustomizationFiles, plans.flatMap((p) => (p.generated ? [p.generated] : [])));
    try {
      const results = await inParallel(plans, availableParallelism(), (p) =>
        renderKustomizeRoot(p.buildDir, tree, p.kustomizations, env, readText).catch((err: Error): RenderedRoot => ({
          notReviewed: { file: kustomizations.get(p.root)!.file, line: 1, reason: `kustomization ${p.root} could not be rendered: ${err.message}` },
        })),
      );
      results.forEach((r, i) => {
        const plan = plans[i]!;
        if (r.render) renders.push({ ...r.render, root: plan.root, ...(plan.variant ? { variant: plan.variant } : {}) });
        if (r.notReviewed) outcomes.set(plan.root, plan.generated ? { ...r.notReviewed, file: kustomizations.get(plan.root)!.file, line: 1, reason: `${r.notReviewed.reason} (component ${plan.root} ${plan.variant})` } : r.notReviewed);
      });
    } finally {
      await tree.dispose();
    }
  }
  for (const root of discovery.roots) {
    const why = outcomes.get(root);
    if (why) notReviewed.push(why);
  }
  // Files only unreviewed roots use are not reviewed either: say so for each. Without any kustomize
  // binary, a root's resources are still whole objects: they are scanned as they are.
  const reviewedFiles = new Set(plans.filter((p) => !outcomes.has(p.root)).flatMap((p) => filesOf(closureOf(p.kustomizations, p.buildDir), p.kustomizations)));
  const scanAsIs = new Set<string>();
  const usedBy = new Map<string, string[]>();
  for (const [root, why] of outcomes) {
    const closure = closureOf(kustomizations, root);
    const resources = new Set(closure.flatMap((k) => k.resources.map((r) => r.path)));
    const noTool = /is not on PATH$/.test(why.reason);
    for (const file of filesOf(closure, kustomizations)) {
      if (reviewedFiles.has(file) || file === why.file || readText(file) === undefined) continue;
      if (noTool && resources.has(file)) scanAsIs.add(file);
      else usedBy.set(file, [...(usedBy.get(file) ?? []), root]);
    }
    if (noTool) why.remedy = `${why.remedy}; meanwhile its resources were scanned as they are, without its patches`;
  }
  for (const [file, roots] of usedBy) {
    if (notReviewed.some((n) => n.file === file) || scanAsIs.has(file)) continue;
    notReviewed.push({ file, reason: roots.length === 1 ? `used only by kustomization ${roots[0]}, which was not reviewed` : `used only by kustomizations ${roots.join(', ')}, which were not reviewed` });
  }
  return { renders, scanAsIs: [...scanAsIs].filter((f) => !notReviewed.some((n) => n.file === f)).sort() };
}

function planFor(root: string, discovery: Discovery): RenderPlan | NotReviewed {
  const { kustomizations } = discovery;
  const k = kustomizations.get(root)!;
  if (!k.isComponent) return { root, buildDir: root, kustomizations };
  const host = hostOf(root, discovery);
  if (!host) {
    return {
      file: k.file,
      line: 1,
      reason: `component ${root} is not used by any kustomization in the scanned paths, and a component does not render alone`,
      remedy: 'scan it together with a kustomization that lists it under components:',
    };
  }
  // Beside the host, not inside it: kustomize refuses a resource that contains the kustomization.
  const buildDir = posix.normalize(posix.join(host, '..', `${HOST_DIR}-${root.replaceAll('/', '-')}`));
  const file = `${buildDir}/kustomization.yaml`;
  const at = { file: k.file, line: 1, column: 1 };
  const generated: Kustomization = { dir: buildDir, file, isComponent: false, resources: [{ path: host, at }], components: [{ path: root, at }], patches: [], patchFiles: [], otherFiles: [], remote: [], refused: [] };
  // Written in the copy, where `..` above the scan root exists: paths are computed there.
  const text = (pathOf: (file: string) => string) => {
    const from = pathOf(buildDir);
    return `resources:\n  - ${relative(from, pathOf(host))}\ncomponents:\n  - ${relative(from, pathOf(root))}\n`;
  };
  return { root, buildDir, variant: `on ${host}`, kustomizations: new Map(kustomizations).set(buildDir, generated), generated: { file, text } };
}

/** The nearest root above a component that is a kustomization (not itself a component). */
function hostOf(component: string, discovery: Discovery): string | undefined {
  let dir = posix.dirname(component);
  for (;;) {
    const k = discovery.kustomizations.get(dir);
    if (k && !k.isComponent && discovery.roots.includes(dir)) return dir;
    if (dir === '.' || dir === '' || dir.startsWith('..')) return undefined;
    dir = posix.dirname(dir);
  }
}

async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
