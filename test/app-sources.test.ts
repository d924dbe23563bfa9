// The App (through Probot) on pull requests that touch only a kustomize patch, only a chart's values
// file, or only a chart's template: the same re-render as the Action, and a check run that names
// what was not reviewed instead of a clean pass.
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import nock from 'nock';
import { Probot, ProbotOctokit } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import podarmorApp from '../src/app/index.ts';
import type { MockGitHub } from './helpers/github-mock.ts';
import { FAKE_HELM_BIN, SCENARIOS, sourcesPullRequest, type Scenario } from './helpers/sources-pr.ts';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
const opened = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const savedPath = process.env.PATH;

async function deliver(mock: MockGitHub): Promise<void> {
  const probot = new Probot({ appId: 1, privateKey, secret: 'test', logLevel: 'fatal', Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }) });
  await probot.load(podarmorApp);
  mock.install();
  try {
    await probot.receive({ id: `pr-${Math.random()}`, name: 'pull_request', payload: { ...structuredClone(opened), installation: { id: 42 } } } as never);
  } finally {
    nock.cleanAll();
  }
}

beforeEach(() => {
  process.env.PATH = `${FAKE_HELM_BIN}:${savedPath}`;
  nock.disableNetConnect();
});
afterEach(() => {
  process.env.PATH = savedPath;
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the App on a pull request that changes what renders', () => {
  it.each(Object.keys(SCENARIOS) as Scenario[])('touching only a %s: re-renders, comments on the changed line, annotates the source', async (scenario) => {
    const { comment } = SCENARIOS[scenario];
    const mock = sourcesPullRequest(scenario);
    await deliver(mock);
    expect(mock.errors).toEqual([]);
    expect(mock.comments).toContainEqual(expect.objectContaining({ path: comment.path, line: comment.line, body: expect.stringMatching(comment.says) }));
    const [check] = mock.checkRuns;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' }); // privileged is critical
    expect(check!.annotations).toContainEqual(expect.objectContaining({ path: comment.path, start_line: comment.line, annotation_level: 'failure' }));
    // No button: a rendered finding is fixed in its source by a person, not by a hardening commit.
    expect(check!.actions).toBeUndefined();
  });

  it('names the chart as not reviewed in the check run when helm is missing', async () => {
    process.env.PATH = savedPath!;
    const mock = sourcesPullRequest('values');
    await deliver(mock);
    expect(mock.errors).toEqual([]);
    const [check] = mock.checkRuns;
    expect(check!.output!.title).toBe('No insecure pod specs in what was reviewed; 1 not reviewed');
    expect(check!.output!.summary).toMatch(/charts\/web\/Chart\.yaml` was not reviewed: helm is not on PATH/);
    expect(check!.output!.summary).not.toContain('✅');
  });
});
