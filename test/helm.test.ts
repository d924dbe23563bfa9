// Helm charts rendered through a fake `helm` (test/fixtures/sources/helm/bin) that prints, for the
// tiny fixture charts, the output `helm template` prints (written by hand from the templates).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseManifest } from '../src/core/yaml/parse.ts';
import { resolveGitOpsObject } from '../src/sources/gitops.ts';
import { helmRequestsForChart, renderChart, renderHelmChart, type HelmRequest } from '../src/sources/helm.ts';
import { renderGitOpsSource } from '../src/sources/gitops-render.ts';
import { splitHelmOutput, templateFileOf } from '../src/sources/helm-output.ts';
import type { RenderEnv, RenderOutcome } from '../src/sources/types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/sources/helm');
const env: RenderEnv = { rootDir: join(FIXTURES, 'repo'), timeoutMs: 20_000, maxOutputBytes: 1024 * 1024, kubernetesVersion: '1.34' };
const savedPath = process.env.PATH;
beforeAll(() => {
  process.env.PATH = `${join(FIXTURES, 'bin')}:${savedPath}`;
});
afterAll(() => {
  process.env.PATH = savedPath;
});

const render = (req: HelmRequest): Promise<RenderOutcome> => renderHelmChart(req, env);
const expected = (name: string) => readFileSync(join(FIXTURES, 'expected', name), 'utf8');
const POD = ['spec', 'template', 'spec'];
const CONTAINER = [...POD, 'containers', 0];

describe('helmRequestsForChart', () => {
  it('renders the chart with its values, and each ci/*-values.yaml as its own variant', () => {
    const files = ['charts/web/Chart.yaml', 'charts/web/values.yaml', 'charts/web/ci/prod-values.yaml', 'charts/web/ci/README.md', 'charts/web/templates/ci/x-values.yaml'];
    expect(helmRequestsForChart('charts/web', files)).toEqual([{ chartDir: 'charts/web' }, { chartDir: 'charts/web', valuesFiles: ['charts/web/ci/prod-values.yaml'], variant: 'ci/prod-values.yaml' }]);
    expect(helmRequestsForChart('charts/web', (dir) => files.filter((f) => f.startsWith(dir)))).toHaveLength(2);
  });
});

describe('splitHelmOutput', () => {
  it('splits documents at `---` and reads each `# Source:` line', () => {
    const docs = splitHelmOutput(expected('web.yaml'));
    expect(docs.map((d) => d.source)).toEqual(['web/templates/service.yaml', 'web/templates/deployment.yaml']);
    expect(docs[1]!.text).toMatch(/^# Source: web\/templates\/deployment.yaml\napiVersion: apps\/v1\nkind: Deployment\n/);
    expect(splitHelmOutput('---\n# Source: x/templates/empty.yaml\n---\n# Source: x/templates/a.yaml\nkind: A\n')).toEqual([{ source: 'x/templates/a.yaml', text: '# Source: x/templates/a.yaml\nkind: A\n' }]);
  });

  it('maps a source path to the template file, subcharts included', () => {
    expect(templateFileOf('charts/web', 'web/templates/deployment.yaml')).toBe('charts/web/templates/deployment.yaml');
    expect(templateFileOf('deploy/chart', 'app/charts/redis/templates/sts.yaml')).toBe('deploy/chart/charts/redis/templates/sts.yaml');
    expect(templateFileOf('', 'app/templates/a.yaml')).toBe('templates/a.yaml');
  });
});

describe('renderHelmChart with helm on PATH', () => {
  it('renders the documents helm prints, each with its template as origin', async () => {
    const outcome = await render({ chartDir: 'charts/web' });
    expect(outcome.notReviewed).toEqual([]);
    expect(outcome.renders).toHaveLength(1);
    const r = outcome.renders[0]!;
    expect(r).toMatchObject({ kind: 'helm', root: 'charts/web' });
    expect(r.documents.map((d) => d.origin)).toEqual([
      { file: 'charts/web/templates/service.yaml', line: 2, column: 1 },
      { file: 'charts/web/templates/deployment.yaml', line: 2, column: 1 },
    ]);
    expect(r.documents.map((d) => d.text).join('')).toBe(splitHelmOutput(expected('web.yaml')).map((d) => d.text).join(''));
  });

  // Each rendered field on the template line that writes it; values keys named where they feed it.
  const defaults: [string, (string | number)[], { line: number; editable: boolean; hint?: RegExp }][] = [
    ['a literal field', [...CONTAINER, 'resources', 'limits', 'memory'], { line: 33, editable: true }],
    ['a missing field under a literal block', [...CONTAINER, 'resources', 'limits', 'cpu'], { line: 32, editable: true }],
    ['a literal list item', [...CONTAINER, 'ports', 0, 'containerPort'], { line: 28, editable: true }],
    ['a field from toYaml .Values.x', [...CONTAINER, 'securityContext', 'privileged'], { line: 29, editable: false, hint: /`securityContext\.privileged` \(charts\/web\/values\.yaml line 13\)/ }],
    ['a missing field under toYaml .Values.x', [...CONTAINER, 'securityContext', 'runAsNonRoot'], { line: 29, editable: false, hint: /`securityContext\.runAsNonRoot` \(under `securityContext`, charts\/web\/values\.yaml line 12\)/ }],
    ['a value from two values keys', [...CONTAINER, 'image'], { line: 23, editable: false, hint: /`image\.repository` \(charts\/web\/values\.yaml line 5\), `image\.tag` \(charts\/web\/values\.yaml line 6\)/ }],
    ['a value through tpl', [...CONTAINER, 'env', 0, 'value'], { line: 26, editable: false, hint: /`greeting` \(charts\/web\/values\.yaml line 8\)/ }],
    ['a scalar from .Values', ['spec', 'replicas'], { line: 8, editable: false, hint: /`replicaCount` \(charts\/web\/values\.yaml line 2\)/ }],
    ['a field written by an include', ['metadata', 'labels', 'app.kubernetes.io/name'], { line: 5, editable: false, hint: /named template `web\.labels`/ }],
    ['a missing pod field in a block with directives', [...POD, 'hostNetwork'], { line: 16, editable: false, hint: /charts\/web\/templates\/deployment\.yaml line 16 is written through template directives/ }],
    ['a second container rendered by the one literal item', [...POD, 'containers', 1, 'resources', 'limits', 'memory'], { line: 33, editable: true }],
  ];
  it.each(defaults)('locates %s', async (_, path, want) => {
    const deployment = (await render({ chartDir: 'charts/web' })).renders[0]!.documents[1]!;
    const located = deployment.locate(path)!;
    expect(located.location).toMatchObject({ file: 'charts/web/templates/deployment.yaml', line: want.line });
    expect(located.editable).toBe(want.editable);
    if (want.hint) expect(located.hint).toMatch(want.hint);
    else expect(located.hint).toBeUndefined();
  });

  it('renders ci/prod-values.yaml as its own variant, naming the values file that wins', async () => {
    const [request] = helmRequestsForChart('charts/web', ['charts/web/ci/prod-values.yaml']).slice(1);
    const outcome = await render(request!);
    const r = outcome.renders[0]!;
    expect(r.variant).toBe('ci/prod-values.yaml');
    expect(r.documents[1]!.text).toContain('allowPrivilegeEscalation: false');
    const deployment = r.documents[1]!;
    expect(deployment.locate([...CONTAINER, 'securityContext', 'privileged'])!.hint).toMatch(/`securityContext\.privileged` \(charts\/web\/ci\/prod-values\.yaml line 5\)/);
    // `with .Values.podSecurityContext` … `toYaml .`
    expect(deployment.locate([...POD, 'securityContext', 'runAsNonRoot'])).toMatchObject({ location: { line: 18 }, editable: false, hint: expect.stringMatching(/`podSecurityContext\.runAsNonRoot` \(charts\/web\/ci\/prod-values\.yaml line 3\)/) });
    // Keys only in values.yaml are still found there.
    expect(deployment.locate([...CONTAINER, 'image'])!.hint).toMatch(/charts\/web\/values\.yaml line 5/);
  });

  it('passes inline values and the release name, and maps a Service field', async () => {
    const outcome = await render({ chartDir: 'charts/web', releaseName: 'web', namespace: 'prod', inlineValues: { replicaCount: 2, securityContext: { privileged: false } }, variant: 'HelmRelease prod/web' });
    expect(outcome.notReviewed).toEqual([]);
    const [service, deployment] = outcome.renders[0]!.documents;
    expect(deployment!.text).toContain('name: web-web');
    expect(service!.locate(['spec', 'ports', 0, 'targetPort'])).toMatchObject({ location: { file: 'charts/web/templates/service.yaml', line: 10 }, editable: true });
  });

  it('renders the chart of a Flux HelmRelease in the repository with the values it carries', async () => {
    const file = 'clusters/prod/web.yaml';
    const target = resolveGitOpsObject(file, parse(readFileSync(join(env.rootDir, file), 'utf8')), { url: 'https://github.com/acme/fleet' });
    if (!target || !('helm' in target)) throw new Error(`expected a helm target, got ${JSON.stringify(target)}`);
    const outcome = await render(target.helm);
    expect(outcome.notReviewed).toEqual([]);
    expect(outcome.renders[0]).toMatchObject({ root: 'charts/web', variant: 'HelmRelease prod/web (clusters/prod/web.yaml)' });
    const deployment = outcome.renders[0]!.documents[1]!;
    expect(deployment.text).toContain('replicas: 2');
    expect(deployment.text).toContain('privileged: false');
  });

  it('renders a chart folder once per values set for the pipeline', async () => {
    const outcome = await renderChart('charts/web', env);
    expect(outcome.notReviewed).toEqual([]);
    expect(outcome.renders.map((r) => [r.root, r.variant])).toEqual([['charts/web', undefined], ['charts/web', 'ci/prod-values.yaml']]);
  });

  it('renders a GitOps object found in the scanned folder', async () => {
    const outcome = await renderGitOpsSource({ file: 'clusters/prod/web.yaml', line: 1, documentIndex: 0 }, env);
    expect(outcome.notReviewed).toEqual([]);
    expect(outcome.renders.map((r) => [r.kind, r.root, r.variant])).toEqual([['flux-helmrelease', 'charts/web', 'HelmRelease prod/web (clusters/prod/web.yaml)']]);
  });

  it('renders a chart whose dependency is missing without it, and names the dependency', async () => {
    const outcome = await render({ chartDir: 'charts/withdep' });
    expect(outcome.renders[0]!.documents.map((d) => d.text)).toEqual([expected('withdep.yaml').replace(/^---\n/, '')]);
    expect(outcome.notReviewed).toEqual([expect.objectContaining({ file: 'charts/withdep/Chart.yaml', line: 5, reason: expect.stringMatching(/dependency redis \(https:\/\/charts\.bitnami\.com\/bitnami\) is not in charts\//) })]);
  });

  it.each([
    ['a remote chart', { chartDir: 'oci://registry.example.com/charts/web' }, /remote chart oci:\/\/registry\.example\.com\/charts\/web is not fetched/],
    ['a remote values file', { chartDir: 'charts/web', valuesFiles: ['https://example.com/values.yaml'] }, /remote values file https:\/\/example\.com\/values\.yaml is not fetched/],
    ['a chart outside the scanned folder', { chartDir: '../outside' }, /outside the scanned folder/],
    ['a folder without Chart.yaml', { chartDir: 'clusters' }, /no Chart\.yaml in clusters/],
    ['a render helm refuses', { chartDir: 'charts/web', releaseName: 'unknown' }, /^helm template failed: Error: fake helm has no rendering/],
  ])('names %s as not reviewed, never fetching', async (_, req, reason) => {
    const outcome = await render(req);
    expect(outcome.renders).toEqual([]);
    expect(outcome.notReviewed).toEqual([expect.objectContaining({ reason: expect.stringMatching(reason) })]);
  });
});

describe('renderHelmChart without helm', () => {
  it('names the chart as not reviewed, with the reason and the remedy', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const outcome = await render({ chartDir: 'charts/web' });
      expect(outcome.renders).toEqual([]);
      expect(outcome.notReviewed).toEqual([{ file: 'charts/web/Chart.yaml', reason: 'helm is not on PATH, so the chart was not rendered', remedy: expect.stringMatching(/install helm .*helm template <release> <chart> \| podarmor scan -/) }]);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('values files with {{ … }} in strings', () => {
  it('reads a values file whose strings hold template syntax as YAML', () => {
    const parsed = parseManifest('charts/web/values.yaml', readFileSync(join(env.rootDir, 'charts/web/values.yaml'), 'utf8'));
    expect(parsed.skipped).toEqual([]);
    expect(parsed.documents[0]!.doc.toJS().greeting).toBe('Hello from {{ .Release.Name }}');
  });

  it.each([
    ['a quoted string', 'a: "{{ .Values.x }}"\n', undefined],
    ['a single-quoted string', "a: 'x-{{ include \"n\" . }}'\n", undefined],
    ['a plain scalar', 'image: repo/app:{{ .Values.tag }}\n', undefined],
    ['a block scalar', 'a: |\n  {{ .Values.x }}\n', undefined],
    ['a comment', '# {{ .Values.x }}\na: 1\n', undefined],
    ['a value written by an action', 'a: 1\nb: {{ .Values.x }}\n', { line: 2, column: 4 }],
    ['an action on its own line', 'a: 1\n{{- if .Values.x }}\nb: 2\n{{- end }}\n', { line: 2, column: 1 }],
  ])('%s', (_, text, structural) => {
    const parsed = parseManifest('x.yaml', text);
    if (!structural) expect(parsed.skipped).toEqual([]);
    else expect(parsed.skipped).toEqual([expect.objectContaining({ ...structural, reason: expect.stringMatching(/Helm template/), error: false })]);
  });

  it('still reads a chart template as a template', () => {
    const parsed = parseManifest('deployment.yaml', readFileSync(join(env.rootDir, 'charts/web/templates/deployment.yaml'), 'utf8'));
    expect(parsed.skipped).toEqual([expect.objectContaining({ line: 4, column: 9, error: false })]);
  });
});
