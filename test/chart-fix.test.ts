// Chart findings are never fixable: what helm renders is judged on the template's lines, but
// `podarmor fix --write` writes nothing inside a chart, every finding from a rendered chart says
// `fixable: false`, and in a pull request's review the NetworkPolicy a chart workload lacks is a
// suggestion to add a template (no file written, no suggestion block on a template line).
// Rendered through the fake `helm` (test/fixtures/sources/helm/bin).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import type { GitHubClient, Logger } from '../src/github/client.ts';
import { runReview } from '../src/github/run.ts';
import { mergeSettings } from '../src/review/config.ts';
import { scanSources } from '../src/sources/index.ts';
import { MockGitHub } from './helpers/github-mock.ts';
import { FIXTURES } from './helpers/paths.ts';
import { FAKE_HELM_BIN, REPOSITORY } from './helpers/sources-pr.ts';

const TEMPLATE_NOTE = /it belongs to the Helm chart at charts\/web: add the NetworkPolicy as a template \(templates\/networkpolicies\.yaml\) instead; nothing was written/;
const savedPath = process.env.PATH;
const savedCwd = process.cwd();
let repo: string;

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().flatMap((f) => {
    try {
      return [[f, readFileSync(join(dir, f), 'latin1')] as [string, string]];
    } catch {
      return []; // a folder
    }
  }));
}

beforeAll(() => {
  process.env.PATH = `${FAKE_HELM_BIN}:${savedPath}`;
  // Chart paths are relative to the repository root: work from a copy of the fixture repository.
  repo = mkdtempSync(join(tmpdir(), 'podarmor-charts-'));
  cpSync(join(FIXTURES, 'sources', 'helm', 'repo'), repo, { recursive: true });
  process.chdir(repo);
});
afterAll(() => {
  process.chdir(savedCwd);
  process.env.PATH = savedPath;
  rmSync(repo, { recursive: true, force: true });
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('findings of rendered charts', () => {
  it('are all fixable: false and offer no suggestion, whatever their fix class', async () => {
    const result = await scanSources(repo, ['.'], { scan: { profile: 'hardened', kubernetesVersion: mergeSettings().kubernetesVersion } });
    const fromCharts = result.findings.filter((f) => f.source.kind === 'helm' || f.source.kind === 'flux-helmrelease');
    expect(fromCharts.length).toBeGreaterThan(10);
    // Safe fixes exist for some of them (seccomp, the NetworkPolicy): still nothing is fixable.
    expect(fromCharts.some((f) => f.fix?.class === 'safe')).toBe(true);
    for (const f of fromCharts) {
      expect(f.fixable, `${f.rule} ${f.file}:${f.line}`).toBe(false);
      expect(f.suggestion, `${f.rule} ${f.file}:${f.line}`).toBe(false);
    }
    // The chart workload's missing NetworkPolicy says to add a template.
    const policy = fromCharts.find((f) => f.rule === 'network-policy-missing' && f.file === 'charts/web/templates/deployment.yaml')!;
    expect(policy.source.hint).toMatch(TEMPLATE_NOTE);
    expect(policy.message).toMatch(TEMPLATE_NOTE);
  });

  it('podarmor fix --write writes nothing inside a chart (nor anywhere), and says what to add instead', async () => {
    const before = snapshot(repo);
    let err = '';
    const code = await main(['fix', '.', '--write', '--fail-on', 'none'], { stdout: () => {}, stderr: (t) => void (err += t), stdin: async () => new Uint8Array(), color: false });
    expect(code).toBe(0);
    expect(snapshot(repo)).toEqual(before);
    expect(err).toMatch(/^Fixed 0 findings in 0 files\./);
    expect(err).toMatch(new RegExp(`not auto-fixed: network-policy-missing at charts/web/templates/deployment\\.yaml:4: ${TEMPLATE_NOTE.source}`));
  });

  it('podarmor fix (a diff) shows no change inside a chart', async () => {
    let out = '';
    await main(['fix', 'charts', '--fail-on', 'none'], { stdout: (t) => void (out += t), stderr: () => {}, stdin: async () => new Uint8Array(), color: false });
    expect(out).toBe('');
  });
});

describe('the review of a pull request adding a chart template', () => {
  const log: Logger = { info: () => {}, warning: () => {}, error: () => {} };
  const Client = Octokit.plugin(restEndpointMethods, paginateRest);

  it('comments the missing NetworkPolicy as a template to add, with no suggestion block and no file written, even with fix: commit', async () => {
    nock.disableNetConnect();
    const path = 'charts/web/templates/deployment.yaml';
    const template = REPOSITORY.find((f) => f.path === path)!;
    const mock = new MockGitHub([{ path, content: template.content, patch: '', status: 'added' }], { unchanged: REPOSITORY.filter((f) => f.path !== path) });
    mock.install();
    const client = new Client({ auth: 'ghs_test' }) as unknown as GitHubClient;
    const result = await runReview({ client, pr: { owner: mock.owner, repo: mock.repo, number: mock.number }, config: mergeSettings({ fix: 'commit' }), log, retryDelayMs: 0 });
    expect(mock.errors).toEqual([]);
    // Nothing is fixable, so no commit; and nothing would be written inside the chart.
    expect(result.findings.filter((f) => f.fixable)).toEqual([]);
    expect(mock.commits).toEqual([]);
    const policy = mock.comments.find((c) => c.path === path && c.line === 4)!;
    expect(policy.body).toContain('`network-policy-missing`');
    expect(policy.body).toMatch(TEMPLATE_NOTE);
    for (const c of mock.comments) expect(c.body, `${c.path}:${c.line}`).not.toContain('```suggestion');
  });
});
