// `podarmor scan` over a repository with charts and a Flux HelmRelease, rendered through the fake
// `helm` (test/fixtures/sources/helm/bin): findings on template lines naming the values key, each
// ci/ values set as its own render, the HelmRelease's values applied, and without helm every chart
// named as not reviewed.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import type { Io } from '../src/cli/options.ts';
import type { JsonReport } from '../src/core/report/json.ts';
import { FIXTURES } from './helpers/paths.ts';

const HELM = join(FIXTURES, 'sources', 'helm');
const savedPath = process.env.PATH;
const savedCwd = process.cwd();
// GitOps paths are relative to the repository root: scan from the fixture repository's root.
beforeAll(() => process.chdir(join(HELM, 'repo')));
afterAll(() => {
  process.chdir(savedCwd);
  process.env.PATH = savedPath;
});

async function scanJson(): Promise<JsonReport> {
  let out = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: () => undefined, stdin: async () => new Uint8Array(), color: false };
  await main(['scan', '.', '--format', 'json', '--only', 'privileged,run-as-non-root'], io);
  return JSON.parse(out) as JsonReport;
}

describe('scan over Helm charts', () => {
  it('reports rendered fields on their template lines and names the values key and line', async () => {
    process.env.PATH = `${join(HELM, 'bin')}:${savedPath}`;
    const report = await scanJson();
    const rows = report.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`);
    expect(rows).toEqual([
      // Without podSecurityContext the pod spec is where it is missing; ci/prod-values.yaml sets it.
      expect.stringMatching(/^run-as-non-root charts\/web\/templates\/deployment.yaml:16 .*\(rendered by charts\/web and charts\/web \(HelmRelease prod\/web \(clusters\/prod\/web.yaml\)\)\); charts\/web\/templates\/deployment.yaml line 16 is written through template directives/),
      // values.yaml sets privileged: true; ci/prod-values.yaml and the HelmRelease's values set false.
      expect.stringMatching(/^privileged charts\/web\/templates\/deployment.yaml:29 container "web" runs privileged .*\(rendered by charts\/web\); set `securityContext\.privileged` \(charts\/web\/values\.yaml line 13\) in the chart's values$/),
    ]);
    expect(report.notReviewed).toEqual([expect.objectContaining({ file: 'charts/withdep/Chart.yaml', line: 5, reason: expect.stringMatching(/^dependency redis/) })]);
    expect(report.totals).toMatchObject({ charts: 4, notReviewed: 1 });
  });

  it('names every chart as not reviewed when helm is not on PATH, with the remedy', async () => {
    process.env.PATH = '/nonexistent';
    const report = await scanJson();
    expect(report.findings).toEqual([]);
    expect(report.notReviewed!.map((n) => [n.file, n.reason])).toEqual([
      ['charts/web/Chart.yaml', 'helm is not on PATH, so the chart was not rendered'],
      ['charts/withdep/Chart.yaml', 'helm is not on PATH, so the chart was not rendered'],
      ['clusters/prod/web.yaml', 'HelmRelease prod/web (clusters/prod/web.yaml): chart charts/web: helm is not on PATH, so the chart was not rendered'],
    ]);
    expect(report.notReviewed![0]!.remedy).toMatch(/install helm/);
  });
});
