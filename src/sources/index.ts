// The one pipeline every edge calls (CLI, Action, App): discover what the paths hold, scan plain
// manifests as they are, render kustomize roots (in parallel, each once), charts and GitOps objects
// through their renderers, scan every render and map each finding to the source line a human must
// change. Whatever is not reviewed is named, with the reason: never a silent pass.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { byCodeUnits } from '../core/evaluate.ts';
import { scan, scanFindings, type ScanSession } from '../core/scan.ts';
import type { FileProblem, InputFile, NotReviewedFile, ScanOptions, ScanTotals, SkippedFile } from '../core/types.ts';
import { DEFAULT_MAX_FILE_BYTES, manifestInput } from '../core/yaml/parse.ts';
import { discover, type Discovery, type GitOpsObject } from './discover.ts';
import { closureOf, filesOf } from './kustomize-graph.ts';
import { renderKustomizeRoots } from './kustomize-roots.ts';
import { mapRenderFindings, mergeAcrossRoots, type SourceFinding } from './map-findings.ts';
import { renderGitOpsSource } from './gitops-render.ts';
import { renderChart } from './helm.ts';
import { readManifestFile } from './read.ts';
import { DEFAULT_TOOL_LIMITS } from './run-tool.ts';
import type { NotReviewed, Render, RenderEnv } from './types.ts';

export type { SourceFinding } from './map-findings.ts';

export interface SourcesOptions {
  scan: ScanOptions;
  /** Bytes of `-` (stdin), when it is among the paths. */
  stdin?: () => Promise<Uint8Array>;
  /** False when no caller needs the plain manifests' trees (`manifestScan`): `podarmor scan` keeps
   * none, so memory stays bounded on any number of manifests. */
  keepTrees?: boolean;
  /** False when the caller scans the plain manifests itself (`fix` does, in batches, as it fixes
   * them): their findings, skipped entries and problems are then not in the result. */
  scanManifests?: boolean;
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
  /** The scan of `manifests`, for `fix` to start from instead of scanning them again; fix takes it
   * (sets it to undefined) so that its document trees can be released while fix verifies. */
  manifestScan?: ScanSession;
  /** True when the plain manifests were not scanned (`scanManifests: false`). */
  manifestsUnscanned?: boolean;
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

  const notReviewed: NotReviewed[] = [];
  // Kustomize roots.
  const { renders: rendered, scanAsIs } = await renderKustomizeRoots(discovery, env, readText, notReviewed);

  // Plain manifests, as they are.
  const manifests: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  if (paths.includes('-') && options.stdin) addRead(manifestInput('<stdin>', await options.stdin()), manifests, skipped);
  for (const file of [...discovery.manifests, ...scanAsIs]) addRead(await readManifestFile(resolve(absRoot, file), file, maxFileBytes), manifests, skipped);
  for (const m of manifests) sources.set(m.path, m.text);
  // `fix` starts from the trees of this scan; a scan alone keeps none (only findings, tagged in place).
  const unscanned = options.scanManifests === false;
  const session = options.keepTrees === false || unscanned ? undefined : scan(manifests, options.scan);
  const plain = session ?? (unscanned ? { findings: [], skipped: [], problems: [] } : scanFindings(manifests, options.scan));
  const findings = [...plain.findings] as SourceFinding[]; // A new list: `plain.findings` stays the session's.
  for (const f of findings) f.source = { kind: 'manifest', roots: [], editable: true };
  skipped.push(...plain.skipped);
  const problems = [...plain.problems];

  // Charts and GitOps objects.
  const chartRenders: Render[] = [];
  for (const chart of discovery.charts) collect(await renderChartSource(chart, env), chartRenders, notReviewed);
  for (const object of discovery.gitops) collect(await resolveGitOpsSource(object, env, discovery), chartRenders, notReviewed);

  const perRoot = [...rendered, ...chartRenders].map((render) => {
    const mapped = mapRenderFindings(render, options.scan, readText);
    skipped.push(...mapped.skipped);
    problems.push(...mapped.problems);
    return mapped;
  });
  // `fixable` means `podarmor fix` removes it: fix edits bases in place, never patches; generated
  // NetworkPolicies are written beside the bases and listed in their kustomization (sources/fix.ts).
  const bases = baseFiles(discovery, rendered);
  findings.push(...mergeAcrossRoots(perRoot).map((f) => (f.fixable && !bases.has(f.file) ? notFixableInPlace(f) : f)));

  findings.sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnits(a.rule, b.rule));
  const renderedFiles = new Set(rendered.flatMap((r) => filesOf(closureOf(discovery.kustomizations, r.root), discovery.kustomizations)));
  return {
    findings,
    skipped,
    problems,
    notReviewed,
    totals: {
      files: manifests.length + renderedFiles.size,
      roots: rendered.length,
      charts: chartRenders.length, // chart folders and the GitOps objects rendering a chart
      notReviewed: notReviewed.length,
    },
    sources,
    manifests,
    bases,
    ...(session ? { manifestScan: session } : {}),
    ...(unscanned ? { manifestsUnscanned: true } : {}),
    missing: discovery.missing,
  };
}

function notFixableInPlace(f: SourceFinding): SourceFinding {
  const hint = f.fix?.kind === 'network-policy' ? 'podarmor fix writes NetworkPolicies beside the bases that define the workloads, not beside patches' : f.source.hint;
  return { ...f, fixable: false, source: { ...f.source, ...(hint ? { hint } : {}) } };
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

/** Renders a Helm chart folder through helm: its values, then each `ci/*-values.yaml`. */
export function renderChartSource(chart: string, env: RenderEnv): Promise<{ renders: Render[]; notReviewed: NotReviewed[] }> {
  return renderChart(chart === '.' ? '' : chart, env);
}

/** Renders what a Flux HelmRelease/Kustomization or an Argo CD Application points at: a local chart
 * with the values it carries; a local folder is reviewed through its own discovery, and named as
 * not reviewed when it lies outside the scanned paths; anything remote is named. */
export async function resolveGitOpsSource(object: GitOpsObject, env: RenderEnv, discovery: Discovery): Promise<{ renders: Render[]; notReviewed: NotReviewed[] }> {
  const outcome = await renderGitOpsSource(object, env);
  for (const folder of outcome.folders) {
    const dir = ('kustomize' in folder ? folder.kustomize : folder.directory) || '.';
    const covered = discovery.kustomizations.has(dir) || discovery.manifests.some((m) => dir === '.' || m.startsWith(`${dir}/`));
    if (!covered) outcome.notReviewed.push({ file: object.file, line: object.line, reason: `${object.name} points at ${dir}, which is outside the scanned paths`, remedy: `scan it too: podarmor scan ${dir}` });
  }
  return { renders: outcome.renders, notReviewed: outcome.notReviewed };
}
