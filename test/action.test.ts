// Whole runs of the GitHub Action against a mocked GitHub (nock) with a real pull_request payload
// from @octokit/webhooks-examples: request bodies are checked against GitHub's OpenAPI description,
// comments off the diff are rejected with 422 as GitHub does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import nock from 'nock';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/action/main.ts';
import { scan } from '../src/core/scan.ts';
import { readFingerprints } from '../src/review/markdown.ts';
import { applySuggestion } from './helpers/apply-suggestion.ts';
import { ACTION_INPUT_SETTINGS, DEFAULT_CONFIG } from '../src/review/config.ts';
import { parse } from 'yaml';
import { MockGitHub, addedPatch, type MockFile, type MockOptions } from './helpers/github-mock.ts';
import { FIXTURES, ROOT } from './helpers/paths.ts';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
const openedPayload = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!;

const fixture = (name: string) => readFileSync(join(FIXTURES, 'github', name), 'utf8');
const NEW = fixture('deploy-new.yaml');
const MODIFIED = fixture('db-modified.yaml');
const POLICY = fixture('policy-unchanged.yaml');

function prFiles(): MockFile[] {
  return [
    { path: 'deploy/shop/web.yaml', content: NEW, patch: addedPatch(NEW), status: 'added' },
    // Only the image line changed; the diff shows lines 16-22 around it.
    { path: 'deploy/shop/db.yaml', content: MODIFIED, base: MODIFIED.replace('image: postgres:17.2', 'image: postgres:16.4') },
    { path: 'README.md', content: '# readme\n', patch: addedPatch('# readme\n') },
  ];
}

let dir: string;
const stepFiles = mkdtempSync(join(tmpdir(), 'podarmor-step-'));
afterAll(() => rmSync(stepFiles, { recursive: true, force: true }));
let stdout: string[];

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

async function runAction(mock: MockGitHub, inputs: Record<string, string> = {}): Promise<{ outputs: Record<string, string>; summary: string; exitCode: number | undefined }> {
  writeFileSync(process.env.GITHUB_OUTPUT!, '');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '');
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  setInputs({ 'github-token': 'ghs_test', config: '.github/podarmor.yml', ...inputs });
  process.exitCode = undefined;
  mock.install();
  try {
    await run();
  } finally {
    nock.cleanAll();
  }
  const outputs: Record<string, string> = {};
  const text = readFileSync(process.env.GITHUB_OUTPUT!, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { outputs, summary: readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8'), exitCode };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'podarmor-action-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(openedPayload));
  Object.assign(process.env, {
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_OUTPUT: join(stepFiles, 'output'),
    // @actions/core caches the summary's path on first use, so it stays the same across tests.
    GITHUB_STEP_SUMMARY: join(stepFiles, 'summary'),
  });
  delete process.env.GITHUB_API_URL;
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  nock.disableNetConnect();
});

afterEach((ctx) => {
  if (process.env.DUMP) writeFileSync(`/tmp/dump-${ctx.task.name.slice(0, 20).replace(/\W/g, "_")}.txt`, stdout.join(""));
  vi.restoreAllMocks();
  nock.cleanAll();
  nock.enableNetConnect();
  rmSync(dir, { recursive: true, force: true });
});

function newMock(options: MockOptions = {}): MockGitHub {
  return new MockGitHub(prFiles(), { unchanged: [{ path: 'deploy/shop/policy.yaml', content: POLICY }], ...options });
}

describe('the Action on a pull request', () => {
  it('posts one review whose comments are all in the diff, with suggestions that apply cleanly', async () => {
    const mock = newMock();
    const { outputs, exitCode } = await runAction(mock);
    expect(mock.errors).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.creations().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/Codertocat/Hello-World/pulls/2/reviews']);
    expect(mock.comments.length).toBeGreaterThan(3);
    // Findings outside the diff (db.yaml's pod spec, its hostPath volume) are in the summary table.
    const review = mock.reviews[0]!;
    expect(review.body).toContain('Not commented inline');
    expect(review.body).toMatch(/<code>host-path-volumes<\/code>[^\n]*\n\n[^\n]*\n\n- `deploy\/shop\/db\.yaml` 1 finding, line \[27\]\([^)]*db\.yaml#L27\) · outside the diff/);
    // The unchanged NetworkPolicy beside db.yaml covers it: no false "no NetworkPolicy" finding.
    expect(review.body).not.toMatch(/network-policy-missing[^\n]*db\.yaml/);
    expect(outputs.findings).toMatch(/^\d+$/);
    expect(Number(outputs.fixable)).toBeGreaterThan(0);
    expect(exitCode).toBe(1); // critical findings reach the default fail-on (high)

    // Apply every suggestion to the head file, as a reviewer clicking "Commit suggestion" would.
    const withSuggestions = mock.comments.filter((c) => c.body.includes('```suggestion'));
    expect(withSuggestions.length).toBeGreaterThanOrEqual(3);
    for (const c of withSuggestions) {
      const file = mock.files.find((f) => f.path === c.path)!;
      const content = /```suggestion\n([\s\S]*?)\n?```/.exec(c.body)![1]!;
      const applied = applySuggestion(file.content, { startLine: c.start_line ?? c.line!, endLine: c.line!, content: content.replace(/\n$/, ''), deletes: content === '' });
      const before = scan([{ path: c.path, text: file.content }], { profile: 'hardened', kubernetesVersion: DEFAULT_CONFIG.kubernetesVersion });
      const after = scan([{ path: c.path, text: applied }], { profile: 'hardened', kubernetesVersion: DEFAULT_CONFIG.kubernetesVersion });
      expect(after.skipped).toEqual([]);
      // The comment's findings that have a fix are gone; one without (a literal credential on the
      // same line) may share the thread.
      const targeted = before.findings.filter((f) => readFingerprints(c.body)!.includes(f.fingerprint) && f.fix);
      expect(targeted.length).toBeGreaterThan(0);
      const remaining = new Set(after.findings.map((f) => f.fingerprint));
      for (const f of targeted) expect(remaining.has(f.fingerprint), `${c.path}:${c.line} still has ${f.rule}`).toBe(false);
    }
  });

  it('does not repeat itself on a second run for the same head', async () => {
    const mock = newMock();
    await runAction(mock);
    const comments = mock.comments.length;
    await runAction(mock);
    expect(mock.errors).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.comments).toHaveLength(comments);
  });

  it('resolves the thread of a finding that is gone after a push, and comments only on what is new', async () => {
    const mock = newMock();
    await runAction(mock);
    const privileged = mock.comments.find((c) => c.body.includes('`privileged`'))!;
    // The author removes privileged: true and pushes. As on GitHub, a comment whose lines changed
    // becomes outdated (line null) and the ones below move up.
    const web = mock.files[0]!;
    const removed = web.content.split('\n').indexOf('          privileged: true') + 1;
    web.content = web.content.replace('          privileged: true\n', '');
    web.patch = addedPatch(web.content);
    mock.headSha = '1'.repeat(40);
    mock.refs.set(mock.headRef, mock.headSha);
    for (const c of mock.comments.filter((x) => x.path === web.path && x.line !== null)) {
      if ((c.start_line ?? c.line!) <= removed && removed <= c.line!) c.line = c.start_line = null;
      else if (c.line! > removed) [c.line, c.start_line] = [c.line! - 1, c.start_line === null ? null : c.start_line - 1];
    }
    const before = mock.comments.length;
    const outdated = mock.comments.filter((c) => c.line === null);
    await runAction(mock);
    expect(mock.errors).toEqual([]);
    expect(privileged.resolved).toBe(true);
    expect(mock.comments.filter((c) => !c.resolved && c.body.includes('`privileged`'))).toEqual([]);
    // Nothing repeated: each finding is carried by at most one live comment (not outdated, not
    // resolved), and only outdated threads or threads a new comment replaces are resolved.
    const live = mock.comments.filter((c) => c.line !== null && !c.resolved).flatMap((c) => readFingerprints(c.body)!);
    expect(new Set(live).size).toBe(live.length);
    const added = mock.comments.slice(before);
    expect(added.length).toBeGreaterThan(0);
    // A resolved thread loses nothing: each of its findings is gone or carried by a live comment.
    const current = new Set(scan([{ path: web.path, text: web.content }], { profile: 'hardened', kubernetesVersion: DEFAULT_CONFIG.kubernetesVersion }).findings.map((f) => f.fingerprint));
    for (const c of mock.comments.filter((x) => x.resolved)) for (const fp of readFingerprints(c.body)!) expect(!current.has(fp) || live.includes(fp), c.body).toBe(true);
  });

  it('posts nothing when the head moves during the run', async () => {
    const mock = newMock({ moveHeadAfterPrFetches: 1 });
    await runAction(mock);
    expect(mock.reviews).toHaveLength(0);
    expect(mock.creations()).toEqual([]);
    expect(stdout.join('')).toMatch(/head moved/);
  });

  it('falls back to annotations and the job summary with a read-only token (a fork under pull_request)', async () => {
    const mock = newMock({ readOnly: true, fork: true });
    const { summary, exitCode } = await runAction(mock);
    expect(mock.reviews).toHaveLength(0);
    const out = stdout.join('');
    expect(out).toMatch(/::error title=podarmor privileged,file=deploy\/shop\/web\.yaml,line=22,endLine=22,col=11,endColumn=27::/);
    expect(out).toMatch(/::warning::podarmor could not post a review/);
    expect(summary).toContain('| 🟥 | [`privileged`]');
    expect(summary).toContain('| annotation |');
    expect(exitCode).toBe(1);
  });

  it('pushes one hardening commit with fix: commit, and comments only on what it cannot fix', async () => {
    const mock = newMock();
    const { outputs } = await runAction(mock, { fix: 'commit' });
    expect(mock.errors).toEqual([]);
    expect(mock.commits).toHaveLength(1);
    const commit = mock.commits[0]!;
    expect(outputs['fix-commit']).toBe(commit.oid);
    expect(commit.branch).toBe('changes');
    expect(commit.files.map((f) => f.path).sort()).toEqual(['deploy/shop/db.yaml', 'deploy/shop/web.yaml']);
    const web = commit.files.find((f) => f.path === 'deploy/shop/web.yaml')!.content;
    expect(web).toContain('allowPrivilegeEscalation: false');
    // Only what the manifest shows is safe: the privileged container stays privileged (a suggestion),
    // and nginx, which runs as root, gets neither runAsNonRoot nor drop ALL.
    expect(web).toContain('privileged: true');
    expect(web).not.toContain('runAsNonRoot');
    // The committed file scans clean of everything fixable.
    expect(scan([{ path: 'web.yaml', text: web }], { profile: 'hardened', kubernetesVersion: DEFAULT_CONFIG.kubernetesVersion }).findings.filter((f) => f.fixable)).toEqual([]);
    expect(mock.creations().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql', 'POST /repos/Codertocat/Hello-World/pulls/2/reviews']);
    expect(mock.reviews[0]!.body).toContain(`Pushed ${commit.oid.slice(0, 7)}`);
    // No comment on what the commit fixed.
    const fixed = new Set(scan(prFiles().slice(0, 2).map((f) => ({ path: f.path, text: f.content })), { profile: 'hardened', kubernetesVersion: DEFAULT_CONFIG.kubernetesVersion }).findings.filter((f) => f.fixable).map((f) => f.fingerprint));
    expect(fixed.size).toBeGreaterThan(0);
    for (const c of mock.comments) for (const fp of readFingerprints(c.body)!) expect(fixed.has(fp)).toBe(false);
    expect(mock.comments.some((c) => c.body.includes('[`privileged`]'))).toBe(true);
  });

  it('opens a hardening pull request into the branch with fix: pull-request', async () => {
    const mock = newMock();
    const { outputs } = await runAction(mock, { fix: 'pull-request' });
    expect(mock.errors).toEqual([]);
    expect(mock.pulls).toEqual([expect.objectContaining({ head: 'podarmor/harden-pr-2', base: 'changes' })]);
    expect(mock.commits[0]!.branch).toBe('podarmor/harden-pr-2');
    expect(outputs['fix-pull-request']).toBe(mock.pulls[0]!.html_url);
    expect(mock.creations().map((r) => r.path)).toEqual(['/repos/Codertocat/Hello-World/git/refs', '/graphql', '/repos/Codertocat/Hello-World/pulls', '/repos/Codertocat/Hello-World/pulls/2/reviews']);
  });

  it('says so and falls back to suggestions when the branch is in a fork', async () => {
    const mock = newMock({ fork: true });
    await runAction(mock, { fix: 'commit' });
    expect(mock.commits).toHaveLength(0);
    expect(mock.reviews[0]!.body).toMatch(/cannot push to fork-owner\/Hello-World \(a fork\): the safe fixes are offered as suggestions/);
    expect(mock.comments.some((c) => c.body.includes('```suggestion'))).toBe(true);
  });

  it('keeps its writes constant in the number of findings', async () => {
    const many = newMock();
    await runAction(many, { fix: 'commit' });
    const few = new MockGitHub([{ path: 'deploy/one.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n', patch: addedPatch('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: a:1\n'), status: 'added' }]);
    await runAction(few, { fix: 'commit' });
    expect(many.creations().length).toBe(few.creations().length);
  });

  it('writes a SARIF file and the outputs', async () => {
    const mock = newMock();
    const sarifPath = join(dir, 'out', 'podarmor.sarif');
    const { outputs } = await runAction(mock, { 'sarif-file': sarifPath, 'fail-on': 'none' });
    expect(outputs['sarif-file']).toBe(sarifPath);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    expect(sarif.runs[0].results.length).toBe(Number(outputs.findings));
  });

  it('reads .github/podarmor.yml from the base branch; inputs win', async () => {
    const mock = newMock({ config: 'profile: baseline\nmax-comments: 1\n' });
    await runAction(mock, { profile: 'restricted' });
    expect(mock.comments).toHaveLength(1);
    expect(mock.reviews[0]!.body).toContain('beyond max-comments (1)');
    expect(mock.reviews[0]!.body).toContain('allow-privilege-escalation'); // restricted, from the input
  });

  it('fails with the key and the reason when the config is not valid', async () => {
    const mock = newMock({ config: 'profile: strict\nfix: always\nkubernetes-version: 1.30\n' });
    const { exitCode } = await runAction(mock);
    expect(exitCode).toBe(1);
    const out = stdout.join('');
    expect(out).toContain('.github/podarmor.yml: profile: must be one of baseline, restricted, hardened, not \\"strict\\"'.replace(/\\"/g, '"'));
    expect(out).toContain('fix: must be one of none, commit, pull-request');
    expect(out).toContain('kubernetes-version: write the version as a string');
    expect(mock.reviews).toHaveLength(0);
  });

  it('on merge_group, reviews nothing and succeeds with a notice, so the merge queue moves', async () => {
    const queue = { action: 'checks_requested', merge_group: { head_sha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d', head_ref: 'refs/heads/gh-readonly-queue/main/pr-2-ec26c3e', base_ref: 'refs/heads/main' }, repository: openedPayload.repository };
    writeFileSync(process.env.GITHUB_EVENT_PATH!, JSON.stringify(queue));
    process.env.GITHUB_EVENT_NAME = 'merge_group';
    const mock = newMock();
    const { exitCode, outputs } = await runAction(mock);
    expect(exitCode).toBeUndefined();
    expect(mock.requests).toEqual([]);
    expect(stdout.join('')).toMatch(/::notice::podarmor reviews pull requests; on merge_group/);
    expect(outputs.findings).toBe('0');
  });

  it('with a read-only token, annotates the most severe findings first and lists every finding in the job summary', async () => {
    const pods = Array.from({ length: 8 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n  - name: c\n    image: c:1\n    securityContext:\n      privileged: true\n`).join('---\n');
    const mock = new MockGitHub([{ path: 'pods.yaml', content: pods, patch: addedPatch(pods), status: 'added' }], { readOnly: true, fork: true });
    const { summary } = await runAction(mock);
    const findings = scan([{ path: 'pods.yaml', text: pods }], { profile: 'hardened', kubernetesVersion: DEFAULT_CONFIG.kubernetesVersion }).findings;
    expect(findings.length).toBeGreaterThan(30);
    const levels = [...stdout.join('').matchAll(/^::(error|warning|notice) title=podarmor /gm)].map((m) => m[1]);
    expect(levels).toHaveLength(findings.length);
    const rank = { error: 0, warning: 1, notice: 2 } as const;
    expect(levels.map((l) => rank[l as keyof typeof rank])).toEqual([...levels.map((l) => rank[l as keyof typeof rank])].sort());
    // GitHub shows 10 per level: the critical and high findings come first, as errors.
    const errors = findings.filter((f) => f.severity === 'critical' || f.severity === 'high').length;
    expect(errors).toBeGreaterThan(0);
    expect(levels.slice(0, errors)).toEqual(Array(errors).fill('error'));
    expect(summary.match(/^\| (🟥|🟧|🟨|⬜) \|/gm)).toHaveLength(findings.length);
  });

  it('links rule docs to the repository and ref the Action runs from', async () => {
    process.env.GITHUB_ACTION_REPOSITORY = 'acme/podarmor';
    process.env.GITHUB_ACTION_REF = 'v2.1.0';
    try {
      const mock = newMock();
      await runAction(mock);
      expect(mock.comments[0]!.body).toContain('https://github.com/acme/podarmor/blob/v2.1.0/docs/rules/');
      expect(mock.reviews[0]!.body).not.toContain('github.com/podarmor/podarmor');
    } finally {
      delete process.env.GITHUB_ACTION_REPOSITORY;
      delete process.env.GITHUB_ACTION_REF;
    }
  });

  it('says in the job summary that a fix commit pushed with GITHUB_TOKEN starts no workflow', async () => {
    const mock = newMock();
    const { summary } = await runAction(mock, { fix: 'commit' });
    expect(summary).toMatch(/pushed with GITHUB_TOKEN, and GitHub starts no workflow for commits made with it/);
  });

  describe('gate', () => {
    // db.yaml's findings were all on the base branch: the pull request only changes its image.
    const dbOnly = () => new MockGitHub([prFiles()[1]!], { unchanged: [{ path: 'deploy/shop/policy.yaml', content: POLICY }] });

    it('new (the default): fail-on counts only findings absent from the base version; comments still cover the diff', async () => {
      const mock = dbOnly();
      const { exitCode, summary } = await runAction(mock, { 'fail-on': 'low' });
      expect(exitCode).toBeUndefined();
      expect(summary).toMatch(/gate: new — 0 findings are new; \d+ findings were already on the base branch and do not count toward fail-on/);
      expect(mock.reviews).toHaveLength(1);
      expect(mock.reviews[0]!.body).toMatch(/gate: new — 0 findings are new/);
    });

    it('new: a finding the pull request introduces into an existing file fails the step', async () => {
      const mock = dbOnly();
      mock.files[0]!.content = mock.files[0]!.content.replace('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          privileged: true\n');
      const { exitCode, summary } = await runAction(mock);
      expect(exitCode).toBe(1);
      expect(summary).toMatch(/gate: new — 1 finding is new; \d+ findings were already on the base branch/);
    });

    it('all: every finding counts', async () => {
      const { exitCode, summary } = await runAction(dbOnly(), { gate: 'all', 'fail-on': 'low' });
      expect(exitCode).toBe(1);
      expect(summary).toContain('gate: all — fail-on counts every finding');
    });
  });

  it('retries a review GitHub fails with 5xx itself, a bounded number of times (not again in Octokit\'s retry plugin), then posts a summary comment', async () => {
    const mock = newMock({ reviewFailures: Array.from({ length: 3 }, () => ({ status: 502, message: 'Server Error' })) });
    const { summary } = await runAction(mock);
    expect(mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls/2/reviews'))).toHaveLength(3);
    expect(mock.reviews).toHaveLength(0);
    expect(mock.issueComments).toHaveLength(1);
    expect(summary).toContain('posted the findings as a summary comment');
  });

  it('retries a failing read and goes on', async () => {
    const mock = newMock();
    nock('https://api.github.com').get(/\/repos\/Codertocat\/Hello-World\/pulls\/2\/files/).reply(502, { message: 'Bad Gateway' });
    await runAction(mock);
    expect(mock.reviews).toHaveLength(1);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };

  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('has an input for every config key (the config file and the inputs mean the same), and only the token and the config path default', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUT_SETTINGS.map((s) => s.key), 'github-token', 'config'].sort());
    expect(Object.entries(action.inputs).filter(([, i]) => i.default !== undefined).map(([k]) => k)).toEqual(['github-token', 'config']);
    expect(Object.keys(action.outputs).sort()).toEqual(['findings', 'fix-commit', 'fix-pull-request', 'fixable', 'sarif-file']);
  });
});
