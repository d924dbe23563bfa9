// Helm charts: `helm template` renders each chart with its values (and each `ci/*-values.yaml` as
// its own render), and every rendered field is mapped back to the template line that writes it.
// Pull-request content is untrusted: nothing is fetched (no --dependency-update, no remote charts or
// values files), nothing runs code (no post-renderers), and each render has a time limit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, normalize } from 'node:path';
import { parseDocument } from 'yaml';
import { helmDocuments, splitHelmOutput } from './helm-output.ts';
import { ValuesIndex, type ValuesFile } from './helm-values.ts';
import { runTool } from './run-tool.ts';
import type { NotReviewed, RenderEnv, RenderOutcome } from './types.ts';
import { isRemoteReference } from './kustomize-file.ts';

export interface HelmRequest {
  /** The chart folder, relative to env.rootDir. */
  chartDir: string;
  /** Release name; helm's own default is `release-name`. */
  releaseName?: string;
  namespace?: string;
  /** Values files relative to env.rootDir, applied after the chart's values.yaml in this order. */
  valuesFiles?: string[];
  /** Values written inline (a HelmRelease's spec.values, an Application's helm.valuesObject). */
  inlineValues?: unknown;
  /** Names this render among several of one chart, e.g. `ci/prod-values.yaml`. */
  variant?: string;
}

export const HELM_REMEDY = 'install helm (https://helm.sh/docs/intro/install/), or render the chart yourself: `helm template <release> <chart> | podarmor scan -`';

/** The renders a chart gets on its own: its values.yaml, then each `ci/*-values.yaml` as a variant. */
export function helmRequestsForChart(chartDir: string, listFiles: readonly string[] | ((dir: string) => readonly string[])): HelmRequest[] {
  const files = typeof listFiles === 'function' ? listFiles(chartDir) : listFiles;
  const prefix = chartDir ? `${chartDir}/ci/` : 'ci/';
  const ciValues = files.filter((f) => f.startsWith(prefix) && /^[^/]+-values\.ya?ml$/.test(f.slice(prefix.length))).sort();
  return [{ chartDir }, ...ciValues.map((file) => ({ chartDir, valuesFiles: [file], variant: file.slice(chartDir ? chartDir.length + 1 : 0) }))];
}

// A URL or repository reference that helm would fetch: one test for every source.
export { isRemoteReference };

/** A path inside the scan root, or undefined when it leaves it or is absolute. */
function insideRoot(path: string): string | undefined {
  if (isAbsolute(path)) return undefined;
  const n = normalize(path).replace(/\\/g, '/').replace(/\/$/, '');
  return n === '..' || n.startsWith('../') ? undefined : n === '.' ? '' : n;
}

export async function renderHelmChart(req: HelmRequest, env: RenderEnv): Promise<RenderOutcome> {
  const chartDir = insideRoot(req.chartDir);
  const chartFile = `${chartDir ? `${chartDir}/` : ''}Chart.yaml`;
  const notReviewed = (n: Omit<NotReviewed, 'file'> & { file?: string }): RenderOutcome => ({ renders: [], notReviewed: [{ file: chartFile, ...n }] });
  if (isRemoteReference(req.chartDir)) return notReviewed({ file: req.chartDir, reason: `remote chart ${req.chartDir} is not fetched`, remedy: 'review the chart where it is maintained, or vendor it into this repository' });
  if (chartDir === undefined) return notReviewed({ file: req.chartDir, reason: `chart folder ${req.chartDir} is outside the scanned folder` });
  const abs = (p: string) => join(env.rootDir, p);
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(abs(p), 'utf8');
    } catch {
      return undefined;
    }
  };
  const chartYaml = read(chartFile);
  if (chartYaml === undefined) return notReviewed({ reason: `no Chart.yaml in ${chartDir || '.'}` });

  const valuesFiles: string[] = [];
  for (const f of req.valuesFiles ?? []) {
    if (isRemoteReference(f)) return notReviewed({ reason: `remote values file ${f} is not fetched`, remedy: 'keep the values file in this repository' });
    const local = insideRoot(f);
    if (local === undefined || read(local) === undefined) return notReviewed({ reason: `values file ${f} is not in the repository` });
    valuesFiles.push(local);
  }

  const temp = await mkdtemp(join(tmpdir(), 'podarmor-helm-'));
  try {
    const args = ['template', req.releaseName ?? 'release-name'];
    const valueArgs = valuesFiles.flatMap((f) => ['-f', abs(f)]);
    if (req.inlineValues !== undefined && req.inlineValues !== null) {
      const inline = join(temp, 'inline-values.yaml');
      await writeFile(inline, JSON.stringify(req.inlineValues));
      valueArgs.push('-f', inline);
    }
    const tail = [...valueArgs, ...(req.namespace ? ['--namespace', req.namespace] : []), ...(env.kubernetesVersion ? ['--kube-version', env.kubernetesVersion] : [])];
    const limits = { timeoutMs: env.timeoutMs, maxOutputBytes: env.maxOutputBytes, cwd: temp };
    let run = await runTool('helm', [...args, abs(chartDir), ...tail], limits);
    const notes: NotReviewed[] = [];
    if (!run.ok && /is not on PATH/.test(run.error ?? '')) return notReviewed({ reason: 'helm is not on PATH, so the chart was not rendered', remedy: HELM_REMEDY });
    if (!run.ok && /missing in charts\/ directory|dependenc/i.test(run.error ?? '')) {
      // Render without the dependencies that are not vendored (never fetched), and say so.
      const missing = missingDependencies(chartYaml, abs(chartDir));
      if (missing.length) {
        const copy = join(temp, 'chart');
        await cp(abs(chartDir), copy, { recursive: true });
        await writeFile(join(copy, 'Chart.yaml'), withoutDependencies(chartYaml, missing.map((m) => m.name)));
        await rm(join(copy, 'Chart.lock'), { force: true });
        run = await runTool('helm', [...args, copy, ...tail], limits);
        for (const m of missing) {
          notes.push({ file: chartFile, line: m.line, reason: `dependency ${m.name}${m.repository ? ` (${m.repository})` : ''} is not in charts/ and is not fetched: its templates were not rendered`, remedy: 'vendor it into charts/ (helm dependency build) and commit it, or review that chart separately' });
        }
      }
    }
    if (!run.ok) return { renders: [], notReviewed: [...notes, { file: chartFile, reason: `helm template failed: ${run.error ?? 'no output'}` }] };

    const values = new ValuesIndex([...(read(`${chartDir ? `${chartDir}/` : ''}values.yaml`) !== undefined ? [`${chartDir ? `${chartDir}/` : ''}values.yaml`] : []), ...valuesFiles].map((file): ValuesFile => ({ file, text: read(file)! })));
    const documents = helmDocuments(splitHelmOutput(run.stdout), { chartDir, read, values });
    return { renders: [{ kind: 'helm', root: chartDir, ...(req.variant ? { variant: req.variant } : {}), documents }], notReviewed: notes };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

interface Dependency {
  name: string;
  repository?: string;
  line: number;
}

/** Dependencies of Chart.yaml that are neither a folder nor a packaged chart in charts/. */
export function missingDependencies(chartYaml: string, chartAbsDir: string): Dependency[] {
  const doc = parseDocument(chartYaml);
  const deps = doc.get('dependencies', true) as { items?: { toJSON(): unknown; range?: [number, number, number] }[] } | undefined;
  let vendored: string[] = [];
  try {
    vendored = readdirSync(join(chartAbsDir, 'charts'));
  } catch {
    vendored = [];
  }
  const lineOf = (offset: number) => chartYaml.slice(0, offset).split('\n').length;
  return (deps?.items ?? []).flatMap((item) => {
    const dep = item.toJSON() as { name?: string; repository?: string };
    if (!dep?.name) return [];
    const present = vendored.some((v) => v === dep.name || (v.startsWith(`${dep.name}-`) && v.endsWith('.tgz'))) && (vendored.includes(dep.name) ? existsSync(join(chartAbsDir, 'charts', dep.name, 'Chart.yaml')) : true);
    return present ? [] : [{ name: dep.name, ...(dep.repository ? { repository: dep.repository } : {}), line: lineOf(item.range?.[0] ?? 0) }];
  });
}

function withoutDependencies(chartYaml: string, names: readonly string[]): string {
  const doc = parseDocument(chartYaml);
  const deps = doc.get('dependencies', true) as { items: { get(k: string): unknown }[] } | undefined;
  if (deps?.items) deps.items = deps.items.filter((d) => !names.includes(String(d.get('name'))));
  return doc.toString();
}

/** Every render of a chart folder on its own (its values, then each `ci/*-values.yaml`), for the
 * sources pipeline. A reason that applies to every variant (helm missing) is named once. */
export async function renderChart(chartDir: string, env: RenderEnv): Promise<RenderOutcome> {
  const dir = insideRoot(chartDir) ?? chartDir;
  let ci: string[] = [];
  try {
    ci = readdirSync(join(env.rootDir, dir, 'ci')).map((f) => `${dir ? `${dir}/` : ''}ci/${f}`);
  } catch {
    ci = [];
  }
  const outcomes = await Promise.all(helmRequestsForChart(dir, ci).map((req) => renderHelmChart(req, env)));
  const seen = new Set<string>();
  return {
    renders: outcomes.flatMap((o) => o.renders),
    notReviewed: outcomes.flatMap((o) => o.notReviewed).filter((n) => {
      const key = `${n.file}:${n.line ?? ''}:${n.reason}`;
      return !seen.has(key) && Boolean(seen.add(key));
    }),
  };
}
