// The GitHub App through Probot: real webhook payloads from @octokit/webhooks-examples delivered with
// probot.receive (and once through the HTTP endpoint), against the same mocked GitHub as the Action:
// request bodies checked against GitHub's OpenAPI description, comments off the diff rejected.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nock from 'nock';
import { Probot, ProbotOctokit, createNodeMiddleware } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import podarmorApp, { BUTTON_EVENT, CHECK_NAME, COMMAND_EVENT, FIX_ACTION, MERGE_GROUP_EVENT, RERUN_EVENT, REVIEW_EVENTS, SUITE_EVENTS } from '../src/app/index.ts';
import { scan } from '../src/core/scan.ts';
import { MockGitHub, addedPatch, type MockOptions } from './helpers/github-mock.ts';
import { FIXTURES, ROOT } from './helpers/paths.ts';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
const example = (name: string, match: (e: Record<string, any>) => boolean) => structuredClone(examples.find((e) => e.name === name)!.examples.find(match)!);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const SECRET = 'podarmor-test-secret';
const fixture = (name: string) => readFileSync(join(FIXTURES, 'github', name), 'utf8');
const NEW = fixture('deploy-new.yaml');
const MODIFIED = fixture('db-modified.yaml');

function newMock(options: MockOptions = {}, files = [
  { path: 'deploy/shop/web.yaml', content: NEW, patch: addedPatch(NEW), status: 'added' },
  { path: 'deploy/shop/db.yaml', content: MODIFIED, base: MODIFIED.replace('image: postgres:17.2', 'image: postgres:16.4') },
]): MockGitHub {
  // The App comments as its bot; GraphQL's viewer and GET /app both say so.
  return new MockGitHub(files, { unchanged: [{ path: 'deploy/shop/policy.yaml', content: fixture('policy-unchanged.yaml') }], permissions: { maintainer: 'write', owner: 'admin', visitor: 'read' }, viewerLogin: 'podarmor[bot]', ...options });
}

function newProbot(): Probot {
  // No throttling or retries in tests: the mock answers at once and a failure must show.
  return new Probot({ appId: 1, privateKey, secret: SECRET, logLevel: 'fatal', Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }) });
}

const pullRequestOpened = example('pull_request', (e) => e.action === 'opened');
const repository = pullRequestOpened.repository;
const installation = { id: 42, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI=' };

function pullRequestEvent(action = 'opened') {
  return { id: `pr-${action}-${Math.random()}`, name: 'pull_request' as const, payload: { ...structuredClone(pullRequestOpened), action, installation } };
}

function rerunEvent(checkName = CHECK_NAME) {
  const payload = example('check_run', (e) => e.action === 'rerequested');
  payload.repository = repository;
  payload.installation = installation;
  payload.check_run.name = checkName;
  payload.check_run.pull_requests = [{ ...(payload.check_run.pull_requests[0] ?? {}), number: 2 }];
  return { id: `rerun-${Math.random()}`, name: 'check_run' as const, payload };
}

function suiteEvent(action: 'requested' | 'rerequested', headBranch = 'changes', pullRequests = true) {
  const payload = example('check_suite', (e) => e.action === action);
  payload.repository = repository;
  payload.installation = installation;
  payload.check_suite.head_branch = headBranch;
  payload.check_suite.head_sha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
  payload.check_suite.pull_requests = pullRequests ? [{ ...(payload.check_suite.pull_requests[0] ?? {}), number: 2 }] : [];
  return { id: `suite-${Math.random()}`, name: 'check_suite' as const, payload };
}

function mergeGroupEvent() {
  const payload = example('merge_group', (e) => e.action === 'checks_requested');
  payload.repository = repository;
  payload.installation = installation;
  return { id: `queue-${Math.random()}`, name: 'merge_group' as const, payload };
}

function buttonEvent(login: string) {
  const payload = example('check_run', (e) => e.action === 'requested_action');
  payload.repository = repository;
  payload.installation = installation;
  payload.check_run.name = CHECK_NAME;
  payload.check_run.pull_requests = [{ ...payload.check_run.pull_requests[0], number: 2 }];
  payload.requested_action = { identifier: FIX_ACTION };
  payload.sender = { ...payload.sender, login, type: 'User' };
  return { id: `button-${Math.random()}`, name: 'check_run' as const, payload };
}

function commandEvent(login: string, body = '/podarmor fix') {
  // The examples' comments are on issues; a pull request's conversation is an issue with pull_request set.
  const payload = example('issue_comment', (e) => e.action === 'created');
  payload.repository = repository;
  payload.installation = installation;
  payload.issue.number = 2;
  payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2', html_url: 'https://github.com/Codertocat/Hello-World/pull/2', diff_url: '', patch_url: '' };
  payload.comment.body = body;
  payload.sender = { ...payload.sender, login, type: 'User' };
  return { id: `comment-${Math.random()}`, name: 'issue_comment' as const, payload };
}

async function deliver(mock: MockGitHub, event: { id: string; name: string; payload: unknown }, probot = newProbot()): Promise<void> {
  await probot.load(podarmorApp);
  mock.install();
  try {
    await probot.receive(event as never);
  } finally {
    nock.cleanAll();
  }
}

const created = (mock: MockGitHub) => mock.creations().map((r) => `${r.method} ${r.path}`);

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the App on pull_request', () => {
  it('posts the same review as the Action, and a check run with annotations and the Apply hardening button', async () => {
    const mock = newMock();
    await deliver(mock, pullRequestEvent());
    expect(mock.errors).toEqual([]);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs', 'POST /repos/Codertocat/Hello-World/pulls/2/reviews']);
    expect(mock.comments.length).toBeGreaterThan(3);
    expect(mock.comments.some((c) => c.body.includes('```suggestion'))).toBe(true);
    const [check] = mock.checkRuns;
    expect(check).toMatchObject({ name: 'podarmor', status: 'completed', conclusion: 'failure', head_sha: mock.headSha });
    const findings = scan([{ path: 'deploy/shop/web.yaml', text: NEW }, { path: 'deploy/shop/db.yaml', text: MODIFIED }, { path: 'deploy/shop/policy.yaml', text: fixture('policy-unchanged.yaml') }], { profile: 'hardened', kubernetesVersion: '1.35' }).findings.filter((f) => f.file !== 'deploy/shop/policy.yaml');
    expect(check!.annotations).toHaveLength(findings.length);
    expect(check!.actions).toEqual([expect.objectContaining({ label: 'Apply hardening', identifier: FIX_ACTION })]);
    expect(check!.output!.summary).toContain('host-path-volumes');
  });

  it('serves GitHub Enterprise Server: every request, REST and GraphQL, goes to the GHE_HOST', async () => {
    const mock = newMock({ enterpriseHost: 'ghe.example.com' });
    // GHE_HOST=ghe.example.com (GHE_PROTOCOL defaults to https) gives Probot this base URL.
    const enterpriseProbot = () => new Probot({ appId: 1, privateKey, secret: SECRET, logLevel: 'fatal', baseUrl: 'https://ghe.example.com/api/v3', Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }) });
    await deliver(mock, pullRequestEvent(), enterpriseProbot()); // nock refuses any other host
    await deliver(mock, commandEvent('maintainer'), enterpriseProbot()); // the commit goes through GraphQL
    expect(mock.errors).toEqual([]);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs', 'POST /repos/Codertocat/Hello-World/pulls/2/reviews', 'POST /graphql', 'POST /repos/Codertocat/Hello-World/issues/2/comments']);
    expect(mock.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(mock.commits).toHaveLength(1);
  });

  it('does not repeat itself on a second delivery for the same head', async () => {
    const mock = newMock();
    await deliver(mock, pullRequestEvent('opened'));
    const comments = mock.comments.length;
    await deliver(mock, pullRequestEvent('reopened'));
    expect(mock.errors).toEqual([]);
    expect(mock.comments).toHaveLength(comments);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.checkRuns).toHaveLength(2); // one check run per delivery, no second review
  });

  it('counts as its own only the comments of its bot login (from GET /app), not a marker copied by someone else', async () => {
    const mock = newMock();
    const forged = mock.addComment({ path: 'deploy/shop/web.yaml', line: 15, body: 'ok <!-- podarmor:fingerprints=0000000000000000 -->', user: 'mallory' });
    await deliver(mock, pullRequestEvent('opened'));
    const comments = mock.comments.length;
    await deliver(mock, pullRequestEvent('synchronize'));
    expect(mock.requests.some((r) => r.method === 'GET' && r.path === '/app')).toBe(true);
    expect(mock.comments).toHaveLength(comments);
    expect(mock.comments.filter((c) => c.user === 'podarmor[bot]').length).toBe(comments - 1);
    expect(forged).toMatchObject({ body: 'ok <!-- podarmor:fingerprints=0000000000000000 -->', resolved: false });
  });

  it('reviews again when someone presses Re-run on the podarmor check run, and only on its own', async () => {
    const mock = newMock();
    await deliver(mock, rerunEvent('some-other-check'));
    expect(mock.requests.filter((r) => !r.path.startsWith('/app/'))).toEqual([]);
    await deliver(mock, rerunEvent());
    expect(mock.errors).toEqual([]);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs', 'POST /repos/Codertocat/Hello-World/pulls/2/reviews']);
    expect(mock.checkRuns[0]).toMatchObject({ status: 'completed', head_sha: mock.headSha });
  });

  it('batches annotations within GitHub\'s 50 per request', async () => {
    const pods = Array.from({ length: 15 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: c:1\n    securityContext:\n      privileged: true\n`).join('---\n');
    const mock = newMock({}, [{ path: 'pods.yaml', content: pods, patch: addedPatch(pods), status: 'added' }]);
    await deliver(mock, pullRequestEvent());
    expect(mock.errors).toEqual([]);
    const findings = scan([{ path: 'pods.yaml', text: pods }], { profile: 'hardened', kubernetesVersion: '1.35' }).findings;
    expect(findings.length).toBeGreaterThan(100);
    expect(mock.checkRuns[0]!.annotations).toHaveLength(findings.length);
    const updates = mock.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs/'));
    expect(updates).toHaveLength(Math.ceil(findings.length / 50));
  });

  it('reports an invalid .github/podarmor.yml as a failing check run that names the key, and does not review', async () => {
    const mock = newMock({ config: 'profile: strict\nmax-comments: lots\n' });
    await deliver(mock, pullRequestEvent());
    expect(mock.reviews).toHaveLength(0);
    expect(mock.checkRuns).toHaveLength(1);
    expect(mock.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: '.github/podarmor.yml is not valid' } });
    expect(mock.checkRuns[0]!.output!.summary).toContain('.github/podarmor.yml: profile: must be one of baseline, restricted, hardened, not "strict"');
    expect(mock.checkRuns[0]!.output!.summary).toContain('max-comments: must be a whole number');
  });

  it('reads a valid .github/podarmor.yml with Probot\'s loader', async () => {
    const mock = newMock({ config: 'profile: baseline\nfail-on: none\n' });
    await deliver(mock, pullRequestEvent());
    expect(mock.checkRuns[0]!.conclusion).toBe('success');
    for (const c of mock.comments) expect(c.body).not.toContain('allow-privilege-escalation');
  });

  it('honours _extends: the repository\'s file inherits the organisation\'s and may override it', async () => {
    const mock = newMock({ config: '_extends: .github\nfail-on: none\n', orgConfig: 'profile: baseline\nfail-on: critical\n' });
    await deliver(mock, pullRequestEvent());
    expect(mock.errors).toEqual([]);
    expect(mock.checkRuns[0]!.conclusion).toBe('success'); // fail-on: none from the repository wins
    for (const c of mock.comments) expect(c.body).not.toContain('allow-privilege-escalation'); // baseline from the organisation
    expect(mock.requests.some((r) => decodeURIComponent(r.path) === '/repos/Codertocat/.github/contents/.github/podarmor.yml')).toBe(true);
  });

  it('with fix: commit configured, hardens every push as the Action does, and offers no button', async () => {
    const mock = newMock({ config: 'fix: commit\n' });
    await deliver(mock, pullRequestEvent());
    expect(mock.errors).toEqual([]);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs', 'POST /graphql', 'POST /repos/Codertocat/Hello-World/pulls/2/reviews']);
    expect(mock.commits).toHaveLength(1);
    expect(mock.checkRuns[0]!.actions ?? []).toEqual([]);
  });
});

describe('the App on drafts, merge queues and re-runs', () => {
  it('reviews a draft pull request, as the Action does', async () => {
    const mock = newMock();
    const event = pullRequestEvent('opened');
    (event.payload as unknown as { pull_request: { draft: boolean } }).pull_request.draft = true;
    await deliver(mock, event);
    expect(mock.errors).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('answers merge_group with a passing check on the queue\'s commit, so a required check does not stall the queue', async () => {
    const mock = newMock();
    const event = mergeGroupEvent();
    await deliver(mock, event);
    expect(mock.errors).toEqual([]);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs']);
    expect(mock.checkRuns[0]).toMatchObject({ name: CHECK_NAME, head_sha: event.payload.merge_group.head_sha, status: 'completed', conclusion: 'success' });
    expect(mock.reviews).toHaveLength(0);
  });

  it('gives a merge queue branch\'s check suite a passing check, and leaves a push\'s suite to the pull_request event', async () => {
    const mock = newMock();
    await deliver(mock, suiteEvent('requested', 'changes'));
    expect(mock.requests.filter((r) => !r.path.startsWith('/app/'))).toEqual([]);
    await deliver(mock, suiteEvent('requested', 'gh-readonly-queue/main/pr-2-ec26c3e', false));
    expect(mock.checkRuns).toEqual([expect.objectContaining({ conclusion: 'success', output: expect.objectContaining({ title: 'Merge queue: reviewed in the pull requests' }) })]);
  });

  it('reviews again on "Re-run all checks" (check_suite.rerequested)', async () => {
    const mock = newMock();
    await deliver(mock, suiteEvent('rerequested'));
    expect(mock.errors).toEqual([]);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/check-runs', 'POST /repos/Codertocat/Hello-World/pulls/2/reviews']);
  });

  it('re-runs for a fork\'s pull request, which GitHub does not list on the check run: found by its head', async () => {
    const mock = newMock({ fork: true });
    const event = rerunEvent();
    event.payload.check_run.pull_requests = [];
    event.payload.check_run.head_sha = mock.headSha;
    await deliver(mock, event);
    expect(mock.errors).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.checkRuns[0]).toMatchObject({ status: 'completed', head_sha: mock.headSha });
  });
});

describe('the App under GitHub\'s limits', () => {
  it('gives up on a secondary rate limit instead of retrying forever, and the check run still reports', async () => {
    const mock = newMock({ secondaryRateLimit: /^POST .*\/pulls\/2\/reviews$/ });
    // Built as `probot run` builds it: Probot's own throttling and retry options.
    const probot = new Probot({ appId: 1, privateKey, secret: SECRET, logLevel: 'fatal' });
    await deliver(mock, pullRequestEvent(), probot);
    expect(mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls/2/reviews'))).toHaveLength(1);
    const [check] = mock.checkRuns;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check!.output!.summary).toMatch(/rate limit refused the review/);
    expect(check!.output!.summary).not.toMatch(/cannot write/);
    expect(check!.annotations.length).toBeGreaterThan(0);
  });
});

describe('app.yml', () => {
  const manifest = parse(readFileSync(join(ROOT, 'app.yml'), 'utf8')) as { default_events: string[]; default_permissions: Record<string, string>; hook_attributes: { url: string } };

  it('subscribes to exactly the events the App handles', () => {
    const handled = new Set([...REVIEW_EVENTS, RERUN_EVENT, ...SUITE_EVENTS, MERGE_GROUP_EVENT, BUTTON_EVENT, COMMAND_EVENT].map((e) => e.split('.')[0]));
    expect(new Set(manifest.default_events)).toEqual(handled);
  });

  it('asks for the least permissions the review, the check run and the commit need', () => {
    expect(manifest.default_permissions).toEqual({ checks: 'write', contents: 'write', pull_requests: 'write', issues: 'read', merge_queues: 'read', metadata: 'read' });
  });

  it('points the webhook at the path Probot serves', () => {
    expect(new URL(manifest.hook_attributes.url).pathname).toBe('/api/github/webhooks');
  });
});

describe('Apply hardening', () => {
  it('the button makes one hardening commit and says so', async () => {
    const mock = newMock();
    await deliver(mock, buttonEvent('maintainer'));
    expect(mock.errors).toEqual([]);
    expect(mock.commits).toHaveLength(1);
    expect(mock.commits[0]!.branch).toBe('changes');
    expect(created(mock)).toEqual(['POST /graphql', 'POST /repos/Codertocat/Hello-World/issues/2/comments']);
    expect(mock.issueComments[0]!.body).toContain(`@maintainer pushed ${mock.commits[0]!.oid}`);
    const web = mock.commits[0]!.files.find((f) => f.path === 'deploy/shop/web.yaml')!.content;
    expect(scan([{ path: 'web.yaml', text: web }], { profile: 'hardened', kubernetesVersion: '1.35' }).findings.filter((f) => f.fixable)).toEqual([]);
  });

  it('/podarmor fix from a user with write access makes one commit', async () => {
    const mock = newMock();
    await deliver(mock, commandEvent('owner'));
    expect(mock.errors).toEqual([]);
    expect(mock.commits).toHaveLength(1);
    expect(mock.issueComments).toHaveLength(1);
  });

  it('/podarmor fix with fix: pull-request configured opens a pull request into the branch', async () => {
    const mock = newMock({ config: 'fix: pull-request\n' });
    await deliver(mock, commandEvent('maintainer'));
    expect(mock.errors).toEqual([]);
    expect(mock.pulls).toEqual([expect.objectContaining({ base: 'changes' })]);
    expect(mock.issueComments[0]!.body).toContain('opened https://github.com/');
  });

  it('refuses /podarmor fix from a user without write access, with a reply', async () => {
    const mock = newMock();
    await deliver(mock, commandEvent('visitor'));
    expect(mock.commits).toHaveLength(0);
    expect(created(mock)).toEqual(['POST /repos/Codertocat/Hello-World/issues/2/comments']);
    expect(mock.issueComments[0]!.body).toContain('@visitor podarmor makes hardening commits only for people with write access');
  });

  it('ignores other comments and comments from bots', async () => {
    const mock = newMock();
    await deliver(mock, commandEvent('maintainer', 'looks good to me'));
    const bot = commandEvent('maintainer');
    bot.payload.sender.type = 'Bot';
    await deliver(mock, bot);
    expect(mock.requests).toEqual([]);
  });

  it('says so when the branch is in a fork', async () => {
    const mock = newMock({ fork: true });
    await deliver(mock, commandEvent('maintainer'));
    expect(mock.commits).toHaveLength(0);
    expect(mock.issueComments[0]!.body).toMatch(/cannot push to fork-owner\/Hello-World \(a fork\)/);
  });
});

describe('the webhook endpoint', () => {
  let server: Server;
  let url: string;

  beforeEach(async () => {
    const middleware = await createNodeMiddleware(podarmorApp, { probot: newProbot() });
    server = createServer((req, res) => {
      void middleware(req, res, () => {
        res.writeHead(404);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
    nock.enableNetConnect('127.0.0.1');
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (body: string, signature: string) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': `d-${Math.random()}`, 'x-hub-signature-256': signature } });

  it('refuses a delivery with a bad signature and processes one with a good signature', async () => {
    const mock = newMock();
    mock.install();
    const body = JSON.stringify(pullRequestEvent().payload);
    const bad = await post(body, `sha256=${createHmac('sha256', 'not-the-secret').update(body).digest('hex')}`);
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(mock.requests).toEqual([]);

    const good = await post(body, `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
    expect(good.status).toBe(200);
    expect(mock.errors).toEqual([]);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.checkRuns[0]!.status).toBe('completed');
  });
});
