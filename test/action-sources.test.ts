// The Action on pull requests that touch only a kustomize patch, only a chart's values file, or
// only a chart's template: the roots that use the file are re-rendered (real kubectl, the fake helm)
// from files read at the head through the API, and the finding is commented on the changed line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/action/main.ts';
import type { MockGitHub } from './helpers/github-mock.ts';
import { FAKE_HELM_BIN, SCENARIOS, sourcesPullRequest, type Scenario } from './helpers/sources-pr.ts';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
const openedPayload = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!;

const stepFiles = mkdtempSync(join(tmpdir(), 'podarmor-step-'));
const savedPath = process.env.PATH;
afterAll(() => rmSync(stepFiles, { recursive: true, force: true }));

beforeEach(() => {
  const eventPath = join(stepFiles, 'event.json');
  writeFileSync(eventPath, JSON.stringify(openedPayload));
  Object.assign(process.env, { GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_OUTPUT: join(stepFiles, 'output'), GITHUB_STEP_SUMMARY: join(stepFiles, 'summary'), PATH: `${FAKE_HELM_BIN}:${savedPath}` });
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  Object.assign(process.env, { 'INPUT_GITHUB-TOKEN': 'ghs_test', INPUT_CONFIG: '.github/podarmor.yml', 'INPUT_FAIL-ON': 'none' });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  nock.disableNetConnect();
});
afterEach(() => {
  vi.restoreAllMocks();
  nock.cleanAll();
  nock.enableNetConnect();
  process.env.PATH = savedPath;
});

async function runAction(mock: MockGitHub): Promise<string> {
  writeFileSync(process.env.GITHUB_OUTPUT!, '');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '');
  mock.install();
  try {
    await run();
  } finally {
    nock.cleanAll();
  }
  return readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
}

describe('the Action on a pull request that changes what renders', () => {
  it.each(Object.keys(SCENARIOS) as Scenario[])('touching only a %s: re-renders and comments on the changed line', async (scenario) => {
    const { comment } = SCENARIOS[scenario];
    const mock = sourcesPullRequest(scenario);
    const summary = await runAction(mock);
    expect(mock.errors).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    const inline = mock.comments.map((c) => ({ path: c.path, line: c.line, body: c.body }));
    expect(inline).toContainEqual({ path: comment.path, line: comment.line, body: expect.stringMatching(comment.says) });
    expect(inline.find((c) => c.path === comment.path && c.line === comment.line)!.body).toContain(`\`${comment.rule}\``);
    // Nothing is judged as a standalone manifest: every comment is on a line the render maps to.
    for (const c of inline) expect(c.path).toBe(comment.path);
    // Unchanged files' findings of the re-rendered roots are summarised, not commented.
    expect(mock.reviews[0]!.body).toContain('Not commented inline');
    expect(summary).not.toContain('was not reviewed');
    // The files were read in batches (GraphQL, ~50 files a query), never blob by blob: the changed
    // file and its neighbours, its base version, the kustomizations, the renders' files.
    expect(mock.requests.filter((r) => r.path.includes('/git/blobs/'))).toEqual([]);
    expect(mock.requests.filter((r) => r.path === '/graphql' && /object\(expression/.test(String((r.body as { query: string }).query))).length).toBeLessThanOrEqual(4);
  });

  it('a patch file judged only through its overlay gives no standalone findings', async () => {
    const mock = sourcesPullRequest('patch');
    await runAction(mock);
    // Judged alone, the fragment would lack runAsNonRoot, seccomp, resources…; through the overlay only
    // what the patch writes is on its lines.
    const onPatch = mock.comments.filter((c) => c.path === 'deploy/overlays/prod/patch.yaml');
    expect(onPatch.map((c) => c.line)).toEqual([11]);
    expect(mock.reviews[0]!.body).not.toMatch(/run-as-non-root[^\n]*patch\.yaml/);
  });

  it('names the chart as not reviewed, never ✅ silently, when helm is missing', async () => {
    const mock = sourcesPullRequest('values');
    process.env.PATH = `/nonexistent:${savedPath!.split(':').filter((p) => !p.includes('helm')).join(':')}`;
    const summary = await runAction(mock);
    expect(mock.errors).toEqual([]);
    expect(mock.comments).toEqual([]);
    // Nothing was found, so no review is posted; the job summary says what was not reviewed, without ✅.
    expect(summary).not.toContain('✅');
    expect(summary).toContain('⚠️ No insecure pod specs in what podarmor reviewed of #2, but 1 file was not reviewed');
    expect(summary).toMatch(/charts\/web\/Chart\.yaml` was not reviewed: helm is not on PATH, so the chart was not rendered \(install helm/);
    expect(process.exitCode).toBeUndefined();

    // fail-on-unreviewed turns it into a failure.
    process.env['INPUT_FAIL-ON-UNREVIEWED'] = 'true';
    await runAction(sourcesPullRequest('values'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });
});
