// The review against GitHub's failure modes, on the mocked GitHub (nock) with GitHub's own status
// codes and messages: the order of writes, 422 and 5xx fallbacks, ranges in a comment's identity,
// forged markers, resolving without contents: write, the review of a fix commit, the refused fix
// pull request, GITHUB_TOKEN commits, GitHub's listing limits, the comment cap, CRLF files, and
// safe and behaviour-changing suggestions as separately acceptable comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import type { GitHubClient, Logger } from '../src/github/client.ts';
import { runFacts, runReview, type RunOptions } from '../src/github/run.ts';
import { mergeSettings, type ReviewConfig } from '../src/review/config.ts';
import { readFingerprints } from '../src/review/markdown.ts';
import { runSummary } from '../src/review/summary.ts';
import { applySuggestion } from './helpers/apply-suggestion.ts';
import { MockGitHub, type MockFile, type MockOptions, type PostedComment } from './helpers/github-mock.ts';
import { FIXTURES } from './helpers/paths.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'github', name), 'utf8');
const NEW = fixture('deploy-new.yaml');
const MODIFIED = fixture('db-modified.yaml');
const POLICY = fixture('policy-unchanged.yaml');
const SCAN = { profile: 'hardened' as const, kubernetesVersion: mergeSettings().kubernetesVersion };
const REVIEWS = 'POST /repos/Codertocat/Hello-World/pulls/2/reviews';

const Client = Octokit.plugin(restEndpointMethods, paginateRest);
let warnings: string[];
const log: Logger = { info: () => {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };

function files(): MockFile[] {
  return [
    { path: 'deploy/shop/web.yaml', content: NEW, patch: '', status: 'added' },
    // Only the image line changed: GitHub's diff shows lines 16-22 around it.
    { path: 'deploy/shop/db.yaml', content: MODIFIED, base: MODIFIED.replace('image: postgres:17.2', 'image: postgres:16.4') },
  ];
}

function newMock(options: MockOptions = {}, changed = files()): MockGitHub {
  return new MockGitHub(changed, { unchanged: [{ path: 'deploy/shop/policy.yaml', content: POLICY }], ...options });
}

async function review(mock: MockGitHub, settings: Partial<ReviewConfig> = {}, extra: Partial<RunOptions> = {}) {
  mock.install();
  try {
    const client = new Client({ auth: 'ghs_test' }) as unknown as GitHubClient;
    return await runReview({ client, pr: { owner: mock.owner, repo: mock.repo, number: mock.number }, config: mergeSettings(settings), log, retryDelayMs: 0, ...extra });
  } finally {
    nock.cleanAll();
  }
}

const label = (r: { method: string; path: string; body: unknown }) => {
  const query = String((r.body as { query?: string } | undefined)?.query ?? '');
  const op = /(resolveReviewThread|minimizeComment|createCommitOnBranch)/.exec(query)?.[1];
  return `${r.method} ${r.path}${op ? ` ${op}` : ''}`;
};

/** The author deletes a line of web.yaml and pushes: as on GitHub, comments on it become outdated
 * (line null) and the ones below move up. */
function pushWithout(mock: MockGitHub, text: string): void {
  const web = mock.files[0]!;
  const removed = web.content.split('\n').indexOf(text) + 1;
  web.content = web.content.replace(`${text}\n`, '');
  mock.headSha = '1'.repeat(40);
  mock.refs.set(mock.headRef, mock.headSha);
  for (const c of mock.comments.filter((x) => x.path === web.path && x.line !== null)) {
    if ((c.start_line ?? c.line!) <= removed && removed <= c.line!) c.line = c.start_line = null;
    else if (c.line! > removed) [c.line, c.start_line] = [c.line! - 1, c.start_line === null ? null : c.start_line - 1];
  }
}

/** Every finding the review body counts: the sum of its "N findings in" groups. */
const countedInBody = (body: string) => [...body.matchAll(/: (\d+) findings? in \d+ files?<\/summary>/g)].reduce((n, m) => n + Number(m[1]), 0);

/** The suggestion of a comment, accepted on `content` as GitHub would. */
function accept(c: PostedComment, content: string): string {
  const block = /```suggestion\n([\s\S]*?)\n?```/.exec(c.body)![1]!;
  return applySuggestion(content, { startLine: c.start_line ?? c.line!, endLine: c.line!, content: block.replace(/\n$/, ''), deletes: block === '' });
}

beforeEach(() => {
  warnings = [];
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('posting before tidying', () => {
  it('creates the new review first, then edits and resolves', async () => {
    const mock = newMock();
    await review(mock);
    const privileged = mock.comments.find((c) => c.body.includes('`privileged`'))!;
    pushWithout(mock, '          privileged: true');
    const from = mock.requests.length;
    await review(mock);
    const writes = mock.requests.slice(from).filter((r) => r.method !== 'GET' && !/^\s*query/.test(String((r.body as { query?: string })?.query ?? ''))).map(label);
    expect(writes[0]).toBe(REVIEWS);
    expect(writes).toContain('POST /graphql resolveReviewThread');
    expect(writes.indexOf('POST /graphql resolveReviewThread')).toBeGreaterThan(writes.indexOf(REVIEWS));
    expect(privileged.resolved).toBe(true);
  });

  it('on a 422, posts the review again without the inline comments and lists their findings in its body', async () => {
    const mock = newMock({ reviewFailures: [{ status: 422, message: 'Unprocessable Entity' }] });
    const result = await review(mock);
    // Pending probes find no single culprit: the review goes without inline comments.
    expect(mock.requests.filter((r) => label(r) === REVIEWS && (r.body as { event?: string }).event === 'COMMENT')).toHaveLength(2);
    expect(mock.pendingReviews).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.reviews[0]!.comments).toBe(0);
    const body = mock.reviews[0]!.body;
    expect(body).toContain('GitHub refused the inline comment');
    expect(countedInBody(body)).toBe(result.findings.length);
    expect(result.publish).toMatchObject({ outcome: 'posted' });
    expect(result.publish!.refusedComments).toBeGreaterThan(3);
    expect(result.publish!.message).toMatch(/GitHub refused \d+ inline comments/);
  });

  it('on a 422 that names no comment, finds the refused one with pending reviews and posts the others', async () => {
    const mock = newMock({ refuseCommentsAt: ['deploy/shop/web.yaml:15'] });
    const result = await review(mock);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.errors).toEqual([]);
    expect(mock.pendingReviews).toEqual([]); // every probe deleted
    expect(mock.comments.length).toBeGreaterThan(2);
    expect(mock.comments.some((c) => c.path === 'deploy/shop/web.yaml' && c.line === 15)).toBe(false);
    expect(result.publish).toMatchObject({ outcome: 'posted', refusedComments: 1 });
    expect(mock.reviews[0]!.body).toContain('GitHub refused the inline comment');
    const inline = new Set(mock.comments.flatMap((c) => readFingerprints(c.body)!));
    expect(countedInBody(mock.reviews[0]!.body)).toBe(result.findings.filter((f) => !inline.has(f.fingerprint)).length);
    const probes = mock.requests.filter((r) => label(r) === REVIEWS && (r.body as { event?: string }).event === undefined);
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.length).toBeLessThanOrEqual(12);
  });

  it('on a 5xx, retries a bounded number of times, then posts the findings as one summary comment', async () => {
    const failures = Array.from({ length: 3 }, () => ({ status: 502, message: 'Server Error' }));
    const mock = newMock({ reviewFailures: failures });
    const result = await review(mock);
    expect(mock.requests.filter((r) => label(r) === REVIEWS)).toHaveLength(3);
    expect(mock.reviews).toHaveLength(0);
    expect(mock.issueComments).toHaveLength(1);
    expect(mock.issueComments[0]!.body).toContain('GitHub answered 502 to the review 3 times');
    expect(countedInBody(mock.issueComments[0]!.body)).toBe(result.findings.length);
    expect(result.publish).toMatchObject({ outcome: 'summary-comment' });
  });

  it('after one 5xx, the retry posts the review once', async () => {
    const mock = newMock({ reviewFailures: [{ status: 503, message: 'Service Unavailable' }] });
    await review(mock);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.issueComments).toHaveLength(0);
    expect(mock.reviews[0]!.comments).toBeGreaterThan(3);
  });
});

describe('which earlier comments are podarmor\'s', () => {
  it('treats a comment whose range differs as another comment: a new one at the right lines, the old thread resolved', async () => {
    const mock = newMock();
    await review(mock);
    const ranged = mock.comments.find((c) => c.start_line !== null)!;
    // An earlier run put this finding's suggestion on one line more.
    ranged.start_line = ranged.start_line! - 1;
    const before = mock.comments.length;
    await review(mock);
    expect(mock.errors).toEqual([]);
    const added = mock.comments.slice(before);
    expect(added.map((c) => [c.start_line, c.line])).toEqual([[ranged.start_line + 1, ranged.line]]);
    expect(ranged.resolved).toBe(true);
    expect(mock.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/comments/${ranged.id}`))).toBe(false);
  });

  it('ignores a forged marker in another user\'s comment: never edited, resolved or counted as posted', async () => {
    const mock = newMock();
    const privileged = scan([{ path: 'deploy/shop/web.yaml', text: NEW }], SCAN).findings.find((f) => f.rule === 'privileged')!;
    const forged = mock.addComment({ path: 'deploy/shop/web.yaml', line: 22, body: `looks fine <!-- podarmor:fingerprints=${privileged.fingerprint} -->`, user: 'mallory' });
    const forgedStale = mock.addComment({ path: 'deploy/shop/web.yaml', line: 5, body: 'resolve me <!-- podarmor:fingerprints=00000000deadbeef -->', user: 'mallory' });
    await review(mock);
    expect(forged.body).toBe(`looks fine <!-- podarmor:fingerprints=${privileged.fingerprint} -->`);
    expect(forgedStale).toMatchObject({ resolved: false, body: 'resolve me <!-- podarmor:fingerprints=00000000deadbeef -->' });
    expect(forgedStale.minimized).toBeUndefined();
    // podarmor posts its own comment for the finding the forgery claimed.
    expect(mock.comments.some((c) => c.user === 'github-actions[bot]' && readFingerprints(c.body)?.includes(privileged.fingerprint))).toBe(true);
    expect(warnings.join('\n')).toMatch(/ignored 2 comments carrying podarmor's marker by another author than github-actions\[bot\]/);
  });

  it('counts comments of the token\'s own identity (an App\'s bot) as its own', async () => {
    const mock = newMock({ viewerLogin: 'podarmor[bot]' });
    await review(mock);
    const comments = mock.comments.length;
    await review(mock);
    expect(mock.comments).toHaveLength(comments);
    expect(mock.reviews).toHaveLength(1);
  });
});

describe('tidying without contents: write', () => {
  it('edits a stale comment to say it was fixed, minimises it as outdated, and the run goes on', async () => {
    const mock = newMock({ cannotResolve: true });
    await review(mock);
    const privileged = mock.comments.find((c) => c.body.includes('`privileged`'))!;
    pushWithout(mock, '          privileged: true');
    const result = await review(mock);
    expect(result.publish).toMatchObject({ outcome: 'posted' });
    expect(privileged.resolved).toBe(false);
    expect(privileged.body).toMatch(/^✅ \*\*Fixed in 1111111\*\*: 1 of these \d findings is gone; a newer comment carries the others\./);
    expect(privileged.minimized).toBe('OUTDATED');
    expect(warnings.join('\n')).toMatch(/resolving needs contents: write/);
    // A third run leaves the tidied comment alone.
    const body = privileged.body;
    await review(mock);
    expect(privileged.body).toBe(body);
  });
});

describe('a review after the hardening commit', () => {
  it('is posted on the fix commit, planned on its content: every suggestion applies to that commit', async () => {
    const mock = newMock();
    const result = await review(mock, { fix: 'commit' });
    expect(mock.errors).toEqual([]);
    const [commit] = mock.commits;
    expect(result.fixCommit).toBe(commit!.oid);
    expect(mock.reviews).toEqual([expect.objectContaining({ commit_id: commit!.oid })]);
    expect(mock.creations().map(label)).toEqual(['POST /graphql createCommitOnBranch', REVIEWS]);
    const withSuggestions = mock.comments.filter((c) => c.body.includes('```suggestion'));
    expect(withSuggestions.length).toBeGreaterThan(0);
    for (const c of mock.comments) expect(c.commit_id).toBe(commit!.oid);
    for (const c of withSuggestions) {
      const content = mock.files.find((f) => f.path === c.path)!.content; // the fix commit's content
      expect(commit!.files.find((f) => f.path === c.path)?.content ?? content).toBe(content);
      const after = scan([{ path: c.path, text: accept(c, content) }], SCAN);
      expect(after.skipped).toEqual([]);
      const targeted = scan([{ path: c.path, text: content }], SCAN).findings.filter((f) => readFingerprints(c.body)!.includes(f.fingerprint) && f.fix);
      expect(targeted.length).toBeGreaterThan(0);
      for (const f of targeted) expect(after.findings.map((x) => x.fingerprint), `${c.path}:${c.line} ${f.rule}`).not.toContain(f.fingerprint);
    }
    expect(mock.reviews[0]!.body).toContain('fixed by the hardening commit');
  });

  it('says that a commit pushed with GITHUB_TOKEN starts no workflow, and not when an App token pushed it', async () => {
    const withActionsToken = await review(newMock(), { fix: 'commit' });
    expect(withActionsToken.tokenNote).toMatch(/pushed with GITHUB_TOKEN.*starts no workflow.*GitHub App token or a personal access token/);
    expect(runSummary(runFacts(withActionsToken)).text).toContain(withActionsToken.tokenNote);
    const withAppToken = await review(newMock({ viewerLogin: 'podarmor[bot]' }), { fix: 'commit' });
    expect(withAppToken.fixCommit).toBeDefined();
    expect(withAppToken.tokenNote).toBeUndefined();
  });

  it('names the setting when GitHub refuses the fix pull request (403), deletes the branch and falls back to suggestions', async () => {
    const mock = newMock({ actionsMayNotCreatePullRequests: true });
    const result = await review(mock, { fix: 'pull-request' });
    expect(result.fixNote).toContain('"Allow GitHub Actions to create and approve pull requests"');
    expect(result.fixNote).not.toMatch(/contents: write/);
    expect(warnings.join('\n')).not.toContain('could not delete');
    expect(mock.deletedRefs).toEqual(['podarmor/harden-pr-2']);
    expect(mock.refs.has('podarmor/harden-pr-2')).toBe(false);
    expect(mock.pulls).toEqual([]);
    expect(mock.comments.some((c) => c.body.includes('```suggestion'))).toBe(true);
    expect(mock.reviews[0]!.body).toContain('podarmor deleted its branch podarmor/harden-pr-2');
  });
});

function manyPods(count: number): string {
  return Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: c:1\n    securityContext:\n      privileged: true\n`).join('---\n');
}

describe('GitHub\'s limits', () => {
  it('says when GitHub\'s 3,000-file list cut the review, and reviews what was listed', async () => {
    const changed: MockFile[] = [files()[0]!, ...Array.from({ length: 3004 }, (_, i) => ({ path: `docs/page-${i}.md`, content: `# ${i}\n`, status: 'added', patch: '' }))];
    const mock = newMock({ changedFiles: changed.length }, changed);
    const result = await review(mock);
    expect(result.limits).toEqual([expect.stringContaining('This pull request changes 3,005 files and GitHub lists at most 3,000: podarmor reviewed the 3,000 it listed')]);
    expect(mock.reviews[0]!.body).toContain('GitHub lists at most 3,000');
    expect(result.findings.length).toBeGreaterThan(5);
  });

  it('says when the repository tree came back truncated', async () => {
    const mock = newMock({ treeTruncated: true });
    const result = await review(mock);
    expect(result.limits).toEqual([expect.stringContaining('GitHub truncated the repository\'s file tree')]);
    expect(mock.reviews[0]!.body).toContain('truncated the repository\'s file tree');
    expect(runSummary(runFacts(result)).text).toContain('truncated the repository\'s file tree');
  });

  it('caps inline comments at 100 per review whatever max-comments says; the rest are in the body', async () => {
    const pods = manyPods(30);
    const mock = newMock({}, [{ path: 'pods.yaml', content: pods, patch: '', status: 'added' }]);
    // Without suggestions: planning 100 suggested changes is not what this test is about.
    const result = await review(mock, { maxComments: 1000, suggestions: false });
    expect(mock.errors).toEqual([]);
    expect(mock.comments).toHaveLength(100);
    const body = mock.reviews[0]!.body;
    expect(body).toContain('a review carries at most 100 inline comments');
    expect(body).toContain('beyond 100 comments per review');
    const inline = new Set(mock.comments.flatMap((c) => readFingerprints(c.body)!));
    expect(countedInBody(body)).toBe(result.findings.filter((f) => !inline.has(f.fingerprint)).length);
  });
});

describe('reading a large pull request', () => {
  it('reads 300 changed files with at most 20 read requests (batched GraphQL, not one per file)', async () => {
    const deployments: MockFile[] = Array.from({ length: 300 }, (_, i) => ({
      path: `deploy/app-${i}/deployment.yaml`,
      content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app-${i}:1.0\n`,
      status: 'added',
      patch: '',
    }));
    const mock = newMock({}, deployments);
    const started = performance.now();
    const result = await review(mock);
    const ms = performance.now() - started - mock.busyMs;
    const isQuery = (r: { body: unknown }) => /^\s*query/.test(String((r.body as { query?: string } | undefined)?.query ?? ''));
    const reads = mock.requests.filter((r) => r.method === 'GET' || (r.path === '/graphql' && isQuery(r)));
    expect(result.skipped).toEqual([]);
    expect(new Set(result.findings.map((f) => f.file)).size).toBe(300);
    expect(reads.length, reads.map(label).join('\n')).toBeLessThanOrEqual(20);
    expect(mock.requests.filter((r) => r.path.includes('/git/blobs/'))).toEqual([]);
    console.log(`300-file pull request: ${reads.length} read requests, ${mock.requests.length} requests in all, ${ms.toFixed(0)} ms of its own (${mock.busyMs.toFixed(0)} ms in the mock)`);
  });
});

describe('CRLF files', () => {
  const crlf = NEW.replace(/\n/g, '\r\n');

  it('get comments without suggestion blocks (GitHub applies suggestions with LF)', async () => {
    const mock = newMock({}, [{ path: 'deploy/shop/web.yaml', content: crlf, patch: '', status: 'added' }]);
    await review(mock);
    expect(mock.errors).toEqual([]);
    expect(mock.comments.length).toBeGreaterThan(2);
    for (const c of mock.comments) expect(c.body).not.toContain('```suggestion');
    expect(mock.comments.some((c) => c.body.includes('CRLF line endings'))).toBe(true);
  });

  it('keep CRLF in the hardening commit', async () => {
    const mock = newMock({}, [{ path: 'deploy/shop/web.yaml', content: crlf, patch: '', status: 'added' }]);
    await review(mock, { fix: 'commit' });
    const committed = mock.commits[0]!.files[0]!.content;
    expect(committed).toContain('allowPrivilegeEscalation: false\r\n'); // privileged: true stays (a suggestion); the container's own fix is applied
    expect(committed.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('comments a reviewer can read and accept in parts', () => {
  it('puts one line per finding, the explanation collapsed, and links rule docs to the Action\'s repository and ref', async () => {
    const mock = newMock();
    await review(mock, {}, { links: { actionRepository: 'acme/podarmor', actionRef: 'v2' } });
    for (const c of mock.comments) {
      const [findingLines] = c.body.split('\n\n');
      expect(findingLines!.split('\n')).toHaveLength(readFingerprints(c.body)!.length);
      expect(c.body).toMatch(/<details><summary>Why it matters and how to fix it<\/summary>/);
      expect(c.body).not.toContain('github.com/podarmor/podarmor');
    }
    expect(mock.comments[0]!.body).toMatch(/\(https:\/\/github\.com\/acme\/podarmor\/blob\/v2\/docs\/rules\/[a-z-]+\.md\)/);
  });

  it('offers a safe change and a behaviour-changing change on the same lines as separate suggestions, each applicable alone', async () => {
    const mock = newMock({}, [files()[0]!]);
    await review(mock);
    const web = mock.files[0]!.content;
    const safe = mock.comments.filter((c) => c.body.includes('**Suggested change, safe**'));
    const risky = mock.comments.filter((c) => c.body.includes('**Suggested change, may change behaviour**'));
    const overlap = (a: PostedComment, b: PostedComment) => (a.start_line ?? a.line!) <= b.line! && (b.start_line ?? b.line!) <= a.line!;
    const pairs = safe.flatMap((s) => risky.filter((r) => overlap(s, r)).map((r) => [s, r] as const));
    expect(pairs.length).toBeGreaterThan(0);
    const findings = scan([{ path: 'deploy/shop/web.yaml', text: web }], SCAN).findings;
    for (const [s, r] of pairs) {
      for (const c of [s, r]) {
        // Each says in one line what it may break, and applies on its own.
        expect(c.body).toMatch(/\*\* — what it may break: [^\n]+\n\n```suggestion/);
        const after = scan([{ path: c.path, text: accept(c, web) }], SCAN);
        expect(after.skipped).toEqual([]);
        const targeted = findings.filter((f) => readFingerprints(c.body)!.includes(f.fingerprint) && f.fix);
        for (const f of targeted) expect(after.findings.map((x) => x.fingerprint)).not.toContain(f.fingerprint);
      }
      const safeRules = findings.filter((f) => readFingerprints(s.body)!.includes(f.fingerprint) && f.fix).map((f) => f.fix!.class);
      const riskyRules = findings.filter((f) => readFingerprints(r.body)!.includes(f.fingerprint) && f.fix).map((f) => f.fix!.class);
      expect(new Set(safeRules)).toEqual(new Set(['safe']));
      expect(riskyRules).toContain('suggestion');
    }
  });
});
