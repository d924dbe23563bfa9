// Which renders a pull request touches: the kustomize roots that use a changed kustomization, base,
// patch or generator file (through any number of overlays), and the charts that hold a changed
// template or values file; and every file those renders need, so that only those are read through
// the API. Pure: it works on repository paths and kustomization texts handed in.
import { posix } from 'node:path';
import { parse } from 'yaml';
import { isKustomizationFile } from '../core/kustomization.ts';
import { isRemoteReference } from './helm.ts';

export interface AffectedRoots {
  /** Kustomization folders that no other kustomization uses, whose render the change touches. */
  kustomizeRoots: string[];
  /** Chart folders (outermost charts, never a vendored subchart) holding a changed file. */
  charts: string[];
  /** Every file those renders read: kustomizations, the files they name, the charts' files. */
  neededFiles: string[];
}

const dirOf = (path: string) => posix.dirname(path).replace(/^\.$/, '');
const inDir = (dir: string, path: string) => (dir === '' ? true : path.startsWith(`${dir}/`));
const joinPath = (dir: string, rel: string) => posix.normalize(dir ? `${dir}/${rel}` : rel).replace(/\/$/, '');

/** The local paths a kustomization names (relative to its folder): resources, bases, components,
 * patch files, generator files and env files, replacement sources. Remote URLs are left out. */
export function kustomizationReferences(text: string): string[] {
  let k: Record<string, unknown>;
  try {
    k = (parse(text) ?? {}) as Record<string, unknown>;
  } catch {
    return [];
  }
  if (!k || typeof k !== 'object') return [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const refs: unknown[] = [...list(k.resources), ...list(k.bases), ...list(k.components), ...list(k.crds)];
  for (const p of [...list(k.patches), ...list(k.patchesJson6902), ...list(k.replacements)]) refs.push((p as { path?: unknown })?.path);
  for (const p of list(k.patchesStrategicMerge)) if (typeof p === 'string' && !p.includes('\n')) refs.push(p);
  for (const g of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
    const gen = (g ?? {}) as { files?: unknown; envs?: unknown; env?: unknown };
    for (const f of list(gen.files)) refs.push(typeof f === 'string' ? f.slice(f.indexOf('=') + 1) : f);
    refs.push(...list(gen.envs), gen.env);
  }
  return refs.filter((r): r is string => typeof r === 'string' && r !== '' && !isRemoteReference(r) && !r.startsWith('/'));
}

interface KustomizationNode {
  dir: string;
  file: string;
  /** Kustomization folders it uses. */
  uses: string[];
  /** Files it names. */
  files: string[];
}

/** The kustomizations of a tree and what each one uses. */
export function kustomizationGraph(treePaths: readonly string[], readKustomization: (file: string) => string | undefined): Map<string, KustomizationNode> {
  const tree = new Set(treePaths);
  const nodes = new Map<string, KustomizationNode>();
  for (const file of treePaths.filter(isKustomizationFile)) {
    const dir = dirOf(file);
    if (!nodes.has(dir)) nodes.set(dir, { dir, file, uses: [], files: [] });
  }
  for (const node of nodes.values()) {
    for (const ref of kustomizationReferences(readKustomization(node.file) ?? '')) {
      const path = joinPath(node.dir, ref);
      if (path === '..' || path.startsWith('../')) continue;
      if (nodes.has(path) && path !== node.dir) node.uses.push(path);
      else if (tree.has(path)) node.files.push(path);
    }
  }
  return nodes;
}

/** Chart folders of a tree, outermost only (a chart inside another chart's charts/ is its subchart). */
export function chartDirs(treePaths: readonly string[]): string[] {
  const all = treePaths.filter((p) => posix.basename(p) === 'Chart.yaml').map(dirOf);
  return all.filter((c) => !all.some((d) => d !== c && inDir(d, c) && c.slice(d ? d.length + 1 : 0).startsWith('charts/')));
}

export function affectedRoots(treePaths: readonly string[], changedPaths: readonly string[], readKustomization: (file: string) => string | undefined): AffectedRoots {
  const graph = kustomizationGraph(treePaths, readKustomization);
  const usersOf = new Map<string, string[]>();
  for (const node of graph.values()) for (const used of node.uses) usersOf.set(used, [...(usersOf.get(used) ?? []), node.dir]);

  // Kustomizations a changed file feeds directly, then every kustomization above them.
  const touched = new Set<string>();
  const up = (dir: string) => {
    if (touched.has(dir)) return;
    touched.add(dir);
    for (const user of usersOf.get(dir) ?? []) up(user);
  };
  for (const node of graph.values()) if (changedPaths.some((p) => p === node.file || node.files.includes(p))) up(node.dir);
  const kustomizeRoots = [...touched].filter((dir) => !usersOf.has(dir)).sort();

  const charts = chartDirs(treePaths).filter((c) => changedPaths.some((p) => inDir(c, p))).sort();
  const neededFiles = new Set<string>();
  for (const root of kustomizeRoots) for (const f of kustomizeClosureFiles(graph, root)) neededFiles.add(f);
  for (const chart of charts) for (const p of treePaths) if (inDir(chart, p)) neededFiles.add(p);
  return { kustomizeRoots, charts, neededFiles: [...neededFiles].sort() };
}

/** The kustomization files of `root` and everything it uses, and the files they name. */
export function kustomizeClosureFiles(graph: ReadonlyMap<string, KustomizationNode>, root: string): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const down = (dir: string) => {
    const node = graph.get(dir);
    if (!node || seen.has(dir)) return;
    seen.add(dir);
    files.add(node.file);
    node.files.forEach((f) => files.add(f));
    node.uses.forEach(down);
  };
  down(root);
  return [...files];
}
