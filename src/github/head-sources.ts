// The renders a pull request touches, read at its head into a temporary folder: the kustomize roots
// that use a changed kustomization, base, patch or generator file, the charts that hold a changed
// template or values file, and the charts and folders that changed GitOps objects point at. Only
// the files those renders read are fetched (batched GraphQL reads); nothing is checked out.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isKustomizationFile } from '../core/kustomization.ts';
import { affectedRoots, chartDirs, kustomizationGraph, kustomizeClosureFiles, type AffectedRoots } from '../sources/affected.ts';
import { fluxSourceUrls, isGitOpsObject, resolveGitOpsTargets, type GitOpsTarget } from '../sources/gitops.ts';
import type { NotReviewed } from '../sources/types.ts';
import type { GitHubClient } from './client.ts';
import { FILES_PER_QUERY, listTreeAtRef, materialize, readFilesAtRef, type RepoRef } from './read-files.ts';

/** Files read for one pull request's renders, at most: a tree-wide kustomization cannot pull in the
 * whole of a monorepo. */
export const MAX_RENDER_FILES = 3000;

export interface HeadSources {
  /** The temporary folder holding the files the renders need, at their repository paths. */
  dir: string;
  affected: AffectedRoots;
  /** Targets of the GitOps objects the pull request changes (remote ones as not reviewed). */
  gitops: { file: string; target: GitOpsTarget }[];
  /** What could not be set up for rendering (a cut tree listing, too many files). */
  notReviewed: NotReviewed[];
  /** Files written into `dir`. */
  files: string[];
  /** Folders holding a Helm chart at the head: generated NetworkPolicies are never written in them. */
  chartRoots: string[];
  /** GitHub requests the reads took (the tree listing and the GraphQL queries). */
  requests: number;
  cleanup(): Promise<void>;
}

const isYaml = (p: string) => /\.ya?ml$/i.test(p);
const GITOPS_KINDS = /\b(?:HelmRelease|Kustomization|Application|ApplicationSet)\b/;
const inDir = (dir: string, p: string) => dir === '' || p.startsWith(`${dir}/`);

/** Reads what the renders touched by `changedPaths` need; undefined when the change touches no
 * kustomization, chart or GitOps object (plain manifests are reviewed as before). */
export async function readHeadSources(client: GitHubClient, repo: RepoRef, headSha: string, changedPaths: readonly string[], options: { serverUrl?: string; known?: ReadonlyMap<string, string> } = {}): Promise<HeadSources | undefined> {
  let requests = 0;
  // Files already read at the head (the changed manifests) are not read again.
  const read = async (paths: readonly string[]) => {
    const missing = [...new Set(paths)].filter((p) => !options.known?.has(p));
    requests += Math.ceil(missing.length / FILES_PER_QUERY);
    const texts = missing.length ? await readFilesAtRef(client, repo, headSha, missing) : new Map<string, string | undefined>();
    for (const p of paths) if (options.known?.has(p)) texts.set(p, options.known.get(p));
    return texts;
  };
  const tree = await listTreeAtRef(client, repo, headSha);
  requests++;
  const treeSet = new Set(tree.paths);
  const notReviewed: NotReviewed[] = [];
  if (tree.truncated) notReviewed.push({ file: '.', reason: 'GitHub cut the listing of this repository’s tree (too many files): kustomizations and charts outside it are not rendered', remedy: 'run `podarmor scan` on a checkout for the whole repository' });

  // Nothing to render unless a changed file lies under a kustomization (kustomize reads files only
  // inside a kustomization's folder) or a chart, or may be a GitOps object: then no more requests.
  const kustomizationDirs = new Set(tree.paths.filter(isKustomizationFile).map((p) => p.slice(0, Math.max(0, p.lastIndexOf('/')))));
  const charts = chartDirs(tree.paths);
  const relevant = changedPaths.some(
    (p) => [...kustomizationDirs].some((d) => inDir(d, p)) || charts.some((c) => inDir(c, p)) || (isYaml(p) && (!options.known?.has(p) || GITOPS_KINDS.test(options.known.get(p)!))),
  );
  if (!relevant) return undefined;

  // Kustomizations (to follow overlays to their bases) and the changed YAML (GitOps objects).
  const first = await read([...tree.paths.filter(isKustomizationFile), ...changedPaths.filter(isYaml)]);
  const affected = affectedRoots(tree.paths, changedPaths, (f) => first.get(f));
  const graph = kustomizationGraph(tree.paths, (f) => first.get(f));

  const gitops: HeadSources['gitops'] = [];
  const changedObjects = changedPaths.filter(isYaml).flatMap((file) => yamlObjects(first.get(file)).map((object) => ({ file, object })));
  const fluxSources = fluxSourceUrls(changedObjects.map((o) => o.object));
  for (const { file, object } of changedObjects) {
    if (!isGitOpsObject(object)) continue;
    for (const target of resolveGitOpsTargets(file, object, { url: `${options.serverUrl ?? 'https://github.com'}/${repo.owner}/${repo.repo}`, fileExists: (p) => treeSet.has(p), fluxSources })) gitops.push({ file, target });
  }
  if (affected.kustomizeRoots.length === 0 && affected.charts.length === 0 && gitops.length === 0) return undefined;

  const needed = new Set(affected.neededFiles);
  for (const { file, target } of gitops) {
    if ('notReviewed' in target) continue;
    needed.add(file);
    if ('helm' in target) {
      for (const p of tree.paths) if (inDir(target.helm.chartDir, p)) needed.add(p);
      for (const v of target.helm.valuesFiles ?? []) if (treeSet.has(v)) needed.add(v);
    } else if ('kustomize' in target) kustomizeClosureFiles(graph, target.kustomize).forEach((p) => needed.add(p));
    else for (const p of tree.paths) if (inDir(target.directory, p) && isYaml(p)) needed.add(p);
  }
  let paths = [...needed].sort();
  if (paths.length > MAX_RENDER_FILES) {
    notReviewed.push({ file: '.', reason: `the renders this change touches need ${paths.length} files, more than the ${MAX_RENDER_FILES} podarmor reads through the API; the first ${MAX_RENDER_FILES} were read`, remedy: 'run `podarmor scan` on a checkout' });
    paths = paths.slice(0, MAX_RENDER_FILES);
  }
  const known = new Map([...first].filter(([p]) => needed.has(p)));
  const rest = await read(paths.filter((p) => !known.has(p)));
  const dir = await mkdtemp(join(tmpdir(), 'podarmor-head-'));
  try {
    const files = await materialize(new Map([...paths.map((p): [string, string | undefined] => [p, known.get(p) ?? rest.get(p)])]), dir);
    return { dir, affected, gitops, notReviewed, files, chartRoots: charts, requests, cleanup: () => rm(dir, { recursive: true, force: true }) };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

function yamlObjects(text: string | undefined): unknown[] {
  if (text === undefined) return [];
  const objects: unknown[] = [];
  for (const doc of parseAllDocuments(text, { version: '1.1' })) {
    if (doc.errors.length) continue;
    try {
      const value: unknown = doc.toJS({ maxAliasCount: 100 });
      if (value && typeof value === 'object') objects.push(value);
    } catch {
      // An alias bomb or the like: the scan reports the file; it points at nothing to render.
    }
  }
  return objects;
}
