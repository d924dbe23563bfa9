// The one pipeline every edge calls (CLI, Action, App): discover what the paths hold, scan plain
// manifests as they are, render kustomize roots (in parallel, each once), charts and GitOps objects
// through their renderers, scan every render and map each finding to the source line a human must
// change. Whatever is not reviewed is named, with the reason: never a silent pass.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scan } from '../core/scan.ts';
import type { FileProblem, InputFile, NotReviewedFile, ScanOptions, ScanTotals, SkippedFile } from '../core/types.ts';
import { DEFAULT_MAX_FILE_BYTES, manifestInput } from '../core/yaml/parse.ts';
import { discover, type Discovery, type GitOpsObject } from './discover.ts';
import { closureOf, filesOf } from './kustomize-graph.ts';
import { renderKustomizeRoots } from './kustomize-roots.ts';
import { mapRenderFindings, mergeAcrossRoots, type SourceFinding } from './map-findings.ts';
import { readManifestFile } from './read.ts';
import { DEFAULT_TOOL_LIMITS } from './run-tool.ts';
import type { NotReviewed, Render, RenderEnv } from './types.ts';

export type { SourceFinding } from './map-findings.ts';

export interface SourcesOptions {
  scan: ScanOptions;
  /** Bytes of `-` (stdin), when it is among the paths. */
  stdin?: () => Promise<Uint8Array>;
  /** Render limits; default 60 s and 64 MiB per render. */
  timeoutMs?: number;
  maxOutputBytes?: number;
}

export interface SourcesResult {
  findings: SourceFinding[];
  skipped: SkippedFile[];
  problems: FileProblem[];
  notReviewed: NotReviewedFile[];
  totals: ScanTotals;
  /** Texts of the files findings point at (for code frames). */
  sources: Map<string, string>;
  /** Plain manifests scanned as they are (what `fix` may edit directly). */
  manifests: InputFile[];
  /** Resource files of rendered kustomize roots (whole objects a fix may edit in place). */
  bases: Set<string>;
  /** Paths given that do not exist. */
  missing: string[];
}

export async function scanSources(rootDir: string, paths: readonly string[], options: SourcesOptions): Promise<SourcesResult> {
  const absRoot = resolve(rootDir);
  const maxFileBytes = options.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const env: RenderEnv = { rootDir: absRoot, timeoutMs: options.timeoutMs ?? DEFAULT_TOOL_LIMITS.timeoutMs, maxOutputBytes: options.maxOutputBytes ?? DEFAULT_TOOL_LIMITS.maxOutputBytes, kubernetesVersion: options.scan.kubernetesVersion };
  const discovery = await discover(absRoot, paths.filter((p) => p !== '-'));
  const sources = new Map<string, string>();
  const readText = (file: string): string | undefined => {
    if (!sources.has(file)) {
      try {
        sources.set(file, readFileSync(resolve(absRoot, file), 'utf8'));
      } catch {
        return undefined;
      }
    }
    return sources.get(file);
  };

  // Plain manifests, as they are.
  const manifests: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  if (paths.includes('-') && options.stdin) addRead(manifestInput('<stdin>', await options.stdin()), manifests, skipped);
  for (const file of discovery.manifests) addRead(await readManifestFile(resolve(absRoot, file), file, maxFileBytes), manifests, skipped);
  for (const m of manifests) sources.set(m.path, m.text);
  const plain = scan(manifests, options.scan);
  const findings: SourceFinding[] = plain.findings.map((f) => ({ ...f, source: { kind: 'manifest', roots: [], editable: true } }));
  skipped.push(...plain.skipped);
  const problems = [...plain.problems];
  const notReviewed: NotReviewed[] = [];

  // Kustomize roots.
  const rendered = await renderKustomizeRoots(discovery, env, readText, notReviewed);

  // Charts and GitOps objects.
  const chartRenders: Render[] = [];
  for (const chart of discovery.charts) collect(await renderChartSource(chart, env), chartRenders, notReviewed);
  for (const object of discovery.gitops) collect(await resolveGitOpsSource(object, env), chartRenders, notReviewed);

  const perRoot = [...rendered, ...chartRenders].map((render) => {
    const mapped = mapRenderFindings(render, options.scan, readText);
    skipped.push(...mapped.skipped);
    problems.push(...mapped.problems);
    return mapped;
  });
  // `fixable` means `podarmor fix` removes it: fix edits bases in place, never patches.
  const bases = baseFiles(discovery, rendered);
  findings.push(...mergeAcrossRoots(perRoot).map((f) => (f.fixable && !bases.has(f.file) ? { ...f, fixable: false } : f)));

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const renderedFiles = new Set(rendered.flatMap((r) => filesOf(closureOf(discovery.kustomizations, r.root), discovery.kustomizations)));
  return {
    findings,
    skipped,
    problems,
    notReviewed,
    totals: {
      files: manifests.length + renderedFiles.size,
      roots: rendered.length,
      charts: chartRenders.filter((r) => r.kind === 'helm').length,
      notReviewed: notReviewed.length,
    },
    sources,
    manifests,
    bases,
    missing: discovery.missing,
  };
}

/** Resource files of rendered roots: whole objects, which a fix may edit in place. */
function baseFiles(discovery: Discovery, rendered: readonly Render[]): Set<string> {
  const { kustomizations } = discovery;
  return new Set(rendered.flatMap((r) => closureOf(kustomizations, r.root).flatMap((k) => k.resources.map((ref) => ref.path))).filter((f) => !kustomizations.has(f)));
}

function collect(outcome: { renders: Render[]; notReviewed: NotReviewed[] }, renders: Render[], notReviewed: NotReviewed[]): void {
  renders.push(...outcome.renders);
  notReviewed.push(...outcome.notReviewed);
}

function addRead(read: { file: InputFile } | { skipped: SkippedFile }, files: InputFile[], skipped: SkippedFile[]): void {
  if ('file' in read) files.push(read.file);
  else skipped.push(read.skipped);
}

/** SEAM (connected by the lead at merge): renders a Helm chart folder through
 * `renderHelmChart` in src/sources/helm.ts. Until then every chart is named as not reviewed. */
export async function renderChartSource(chart: string, _env: RenderEnv): Promise<{ renders: Render[]; notReviewed: NotReviewed[] }> {
  return { renders: [], notReviewed: [{ file: chart === '.' ? 'Chart.yaml' : `${chart}/Chart.yaml`, reason: 'Helm chart: helm rendering not wired yet', remedy: 'render it yourself and scan the output (helm template … | podarmor scan -)' }] };
}

/** SEAM (connected by the lead at merge): resolves a Flux HelmRelease/Kustomization or an Argo CD
 * Application through `resolveGitOpsObject` in src/sources/gitops.ts. Until then each is named as
 * not reviewed. */
export async function resolveGitOpsSource(object: GitOpsObject, _env: RenderEnv): Promise<{ renders: Render[]; notReviewed: NotReviewed[] }> {
  return { renders: [], notReviewed: [{ file: object.file, line: object.line, reason: `${object.kind} ${object.name}: GitOps rendering not wired yet`, remedy: 'render what it points at yourself and scan the output' }] };
}
