// Bench section: the whole pull-request review of a 300-file pull request against the mocked GitHub
// (test/helpers/github-mock.ts): the read requests it costs (GITHUB_TOKEN has 1,000 an hour per
// repository) and the Action's own time (reading, scanning, planning, posting; no network latency).
import { getOctokit } from '@actions/github';
import nock from 'nock';
import type { GitHubClient } from '../../src/github/client.ts';
import { runReview } from '../../src/github/run.ts';
import { mergeSettings } from '../../src/review/config.ts';
import { MockGitHub } from '../../test/helpers/github-mock.ts';

const FILES = 300;

export async function run(): Promise<string[]> {
  const files = Array.from({ length: FILES }, (_, i) => ({
    path: `deploy/app-${i}/deployment.yaml`,
    content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app-${i}:1.0\n`,
    status: 'added',
    patch: '',
  }));
  const mock = new MockGitHub(files);
  const client = getOctokit('ghs_bench') as unknown as GitHubClient;
  const log = { info: () => {}, warning: () => {}, error: () => {} };
  mock.install();
  const started = performance.now();
  let findings = 0;
  try {
    const result = await runReview({ client, pr: { owner: mock.owner, repo: mock.repo, number: mock.number }, config: mergeSettings(), log });
    findings = result.findings.length;
  } finally {
    nock.cleanAll();
  }
  // The Action's own time: what the mock spends checking requests against GitHub's schemas is GitHub's.
  const ms = performance.now() - started - mock.busyMs;
  const isQuery = (body: unknown) => /^\s*query/.test(String((body as { query?: string } | undefined)?.query ?? ''));
  const reads = mock.requests.filter((r) => r.method === 'GET' || (r.path === '/graphql' && isQuery(r.body))).length;
  const writes = mock.requests.length - reads;
  return [`review of a ${FILES}-file pull request (${findings} findings)`.padEnd(52) + ` ${String(reads).padStart(3)} read requests  ${String(writes).padStart(2)} writes  ${ms.toFixed(0).padStart(5)} ms of its own (${mock.busyMs.toFixed(0)} ms in the mock)`];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await run()) console.log(line);
