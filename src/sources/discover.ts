// Discovery: what the given paths hold. Plain manifests, kustomizations (and which of them are
// roots), Helm charts and GitOps objects. Files a kustomization uses are judged only through the
// render of a root; files inside a chart only through the chart.
import { readdir, readFile, stat } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { isKustomizationFile, KUSTOMIZATION_FILE_NAMES } from '../core/kustomization.ts';
import { looksLikeHostPath, parseKustomization, type Kustomization } from './kustomize-file.ts';
import { closureOf } from './kustomize-graph.ts';
import type { SourceKind, SourceLocation } from './types.ts';
import { byCodeUnits } from '../core/evaluate.ts';

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** A Flux or Argo CD object that points at a path or chart. */
export interface GitOpsObject {
  kind: Extract<SourceKind, 'flux-helmrelease' | 'flux-kustomization' | 'argocd-application'>;
  file: string;
  line: number;
  name: string;
  /** Index of the YAML document in the file. */
  documentIndex: number;
}

export interface Discovery {
  /** Absolute path everything below is relative to. */
  rootDir: string;
  /** Plain manifests (paths relative to rootDir) scanned as they are. */
  manifests: string[];
  /** Every kustomization read, by folder (the given ones and the bases/components they use). */
  kustomizations: Map<string, Kustomization>;
  /** Folders of the kustomizations no other kustomization uses. */
  roots: string[];
  /** Folders holding a Chart.yaml. */
  charts: string[];
  gitops: GitOpsObject[];
  /** Paths given that do not exist. */
  missing: string[];
}

/** Paths relative to `rootDir` with `/`, as every SourceLocation writes them. */
export function toSourcePath(rootDir: string, absolute: string): string {
  const rel = relative(rootDir, absolute);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

export async function discover(rootDir: string, paths: readonly string[]): Promise<Discovery> {
  const result: Discovery = { rootDir, manifests: [], kustomizations: new Map(), roots: [], charts: [], gitops: [], missing: [] };
  const yamlFiles: string[] = [];
  const kustomizationDirs: string[] = [];
  // Kustomizations above a given path that may use files under it (a patch folder given alone).
  const above: Array<{ dir: string; files: string[] }> = [];
  for (const p of paths) {
    const abs = resolve(rootDir, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      result.missing.push(p);
      continue;
    }
    const firstNew = yamlFiles.length;
    if (info.isDirectory()) await walk(abs, rootDir, yamlFiles, kustomizationDirs, result.charts);
    else if (isKustomizationFile(posix.basename(abs))) kustomizationDirs.push(toSourcePath(rootDir, resolve(abs, '..')));
    else yamlFiles.push(toSourcePath(rootDir, abs));
    const files = yamlFiles.slice(firstNew);
    if (files.length) for (const dir of await kustomizationsAbove(rootDir, abs)) above.push({ dir, files });
  }
  await loadClosure(rootDir, [...kustomizationDirs, ...above.map((a) => a.dir)], result.kustomizations);
  for (const { dir, files } of above) {
    const k = result.kustomizations.get(dir);
    const uses = new Set([...(k?.resources ?? []), ...(k?.patchFiles ?? []), ...(k?.otherFiles ?? [])].map((ref) => ref.path));
    if (files.some((f) => uses.has(f))) kustomizationDirs.push(dir);
  }

  const usedDirs = new Set<string>();
  const usedFiles = new Set<string>();
  for (const k of result.kustomizations.values()) {
    usedFiles.add(k.file);
    for (const ref of [...k.resources, ...k.components]) {
      if (result.kustomizations.has(ref.path)) usedDirs.add(ref.path);
      else usedFiles.add(ref.path);
    }
    for (const ref of [...k.patchFiles, ...k.otherFiles]) usedFiles.add(ref.path);
  }
  result.roots = [...new Set(kustomizationDirs)].filter((d) => result.kustomizations.has(d) && !usedDirs.has(d)).sort();
  // Kustomizations that only use each other (a cycle) have no root: render each, so kustomize names the cycle.
  const reached = new Set(result.roots.flatMap((r) => closureOf(result.kustomizations, r).map((k) => k.dir)));
  for (const d of new Set(kustomizationDirs)) if (result.kustomizations.has(d) && !reached.has(d)) result.roots.push(d);
  const inChart = (f: string) => result.charts.some((c) => c === '.' || f.startsWith(`${c}/`));
  result.manifests = [...new Set(yamlFiles)].filter((f) => !usedFiles.has(f) && !inChart(f)).sort();
  // GitOps objects are found wherever they are written, also in a kustomization's resources; a
  // patch of one (a HelmRelease fragment with overlay values) is not an object of its own.
  const patches = new Set([...result.kustomizations.values()].flatMap((k) => k.patchFiles.map((ref) => ref.path)));
  for (const f of [...new Set(yamlFiles)].filter((file) => !inChart(file) && !patches.has(file)).sort()) result.gitops.push(...(await findGitOpsObjects(rootDir, f)));
  return result;
}

async function walk(dir: string, rootDir: string, yamlFiles: string[], kustomizationDirs: string[], charts: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  const here = toSourcePath(rootDir, dir);
  if (entries.some((e) => e.isFile() && e.name === 'Chart.yaml')) {
    charts.push(here);
    return; // Everything inside a chart is judged through the chart.
  }
  for (const e of entries) {
    const full = resolve(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(full, rootDir, yamlFiles, kustomizationDirs, charts);
    } else if (e.isFile() && isKustomizationFile(e.name)) {
      kustomizationDirs.push(here);
    } else if (e.isFile() && MANIFEST_EXTENSIONS.test(e.name)) {
      yamlFiles.push(toSourcePath(rootDir, full));
    }
  }
}

/** Reads the kustomizations of `dirs` and every local kustomization they use, wherever it is. */
async function loadClosure(rootDir: string, dirs: readonly string[], into: Map<string, Kustomization>): Promise<void> {
  const queue = [...dirs];
  while (queue.length) {
    const dir = queue.shift()!;
    if (into.has(dir)) continue;
    const k = await readKustomization(rootDir, dir);
    if (!k) continue;
    into.set(dir, k);
    // `host.tld/org/repo` with nothing local of that name is a repository kustomize would fetch.
    for (const list of [k.resources, k.components]) {
      for (const ref of [...list]) {
        if (ref.value === undefined || !looksLikeHostPath(ref.value) || (await exists(resolve(rootDir, ref.path)))) continue;
        list.splice(list.indexOf(ref), 1);
        k.remote.push({ path: ref.value, at: ref.at });
      }
    }
    for (const ref of [...k.resources, ...k.components]) {
      if (!into.has(ref.path) && (await isDirectory(resolve(rootDir, ref.path)))) queue.push(ref.path);
    }
  }
}

async function readKustomization(rootDir: string, dir: string): Promise<Kustomization | undefined> {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = dir === '.' || dir === '' ? name : `${dir}/${name}`;
    let text: string;
    try {
      text = await readFile(resolve(rootDir, file), 'utf8');
    } catch {
      continue;
    }
    return parseKustomization(file, text);
  }
  return undefined;
}

const LEVELS_UP = 3;

/** Folders above `path` (up to three levels, inside the scan root) that hold a kustomization. */
async function kustomizationsAbove(rootDir: string, path: string): Promise<string[]> {
  const found: string[] = [];
  let dir = resolve(path, '..');
  for (let i = 0; i < LEVELS_UP && !relative(rootDir, dir).startsWith('..'); i++) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      if ((await stat(resolve(dir, name)).catch(() => undefined))?.isFile()) {
        found.push(toSourcePath(rootDir, dir));
        break;
      }
    }
    const parent = resolve(dir, '..');
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined)) !== undefined;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

const GITOPS_KINDS: Array<{ apiGroup: string; kind: string; source: GitOpsObject['kind'] }> = [
  { apiGroup: 'helm.toolkit.fluxcd.io', kind: 'HelmRelease', source: 'flux-helmrelease' },
  { apiGroup: 'kustomize.toolkit.fluxcd.io', kind: 'Kustomization', source: 'flux-kustomization' },
  { apiGroup: 'argoproj.io', kind: 'Application', source: 'argocd-application' },
  // Named as not reviewed: its templates are not expanded.
  { apiGroup: 'argoproj.io', kind: 'ApplicationSet', source: 'argocd-application' },
];

const GITOPS_KIND_LINE = /^kind:\s*["']?(?:HelmRelease|Kustomization|Application|ApplicationSet)["']?\s*(?:#.*)?$/m;
const GITOPS_API_LINE = /^apiVersion:\s*["']?(?:helm\.toolkit\.fluxcd\.io|kustomize\.toolkit\.fluxcd\.io|argoproj\.io)\//m;

async function findGitOpsObjects(rootDir: string, file: string): Promise<GitOpsObject[]> {
  let text: string;
  try {
    text = await readFile(resolve(rootDir, file), 'utf8');
  } catch {
    return [];
  }
  // Cheap checks first: most files (and most documents of large ones) hold no such object.
  if (!GITOPS_KIND_LINE.test(text) || !GITOPS_API_LINE.test(text)) return [];
  const out: GitOpsObject[] = [];
  let line = 1;
  let documentIndex = -1;
  for (const part of text.split(/^(?=---)/m)) {
    const body = part.replace(/^---[^\n]*\n?/, '');
    const bodyLine = line + (part.length - body.length > 0 ? 1 : 0);
    // Comments before the first `---` belong to the first document.
    if (part.startsWith('---') || body.replace(/^\s*#.*$/gm, '').trim() !== '') documentIndex++;
    if (GITOPS_KIND_LINE.test(body) && GITOPS_API_LINE.test(body)) {
      const doc = parseDocument(body);
      const map = doc.contents;
      if (isMap(map)) {
        const apiVersion = String(map.get('apiVersion') ?? '');
        const kind = String(map.get('kind') ?? '');
        const match = GITOPS_KINDS.find((g) => g.kind === kind && apiVersion.startsWith(`${g.apiGroup}/`));
        if (match) {
          const offset = map.range?.[0] ?? 0;
          out.push({ kind: match.source, file, line: bodyLine + body.slice(0, offset).split('\n').length - 1, name: String(doc.getIn(['metadata', 'name']) ?? ''), documentIndex });
        }
      }
    }
    line += part.split('\n').length - 1;
  }
  return out;
}

/** The location of a whole file, for messages about it. */
export function fileLocation(file: string, line = 1): SourceLocation {
  return { file, line, column: 1 };
}
