// The App on several replicas: two `node src/app/server.ts` processes (what the image runs) on one
// real Redis (REDIS_URL), reviewing pull requests of one installation side by side. GitHub is the
// nock mock, reached through an HTTP front (api-proxy.ts) as a GitHub Enterprise Server would be.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOTIFYING_SPACING_MS, WRITE_SPACING_MS } from '../src/app/octokit.ts';
import { MOCK_HOST, startApiProxy, type ApiProxy } from './helpers/api-proxy.ts';
import { startReplica, type Replica } from './helpers/app-replica.ts';
import { MockGitHub, addedPatch } from './helpers/github-mock.ts';
import { FIXTURES } from './helpers/paths.ts';
import { redisServerInstalled, startRedis, type RedisServer } from './helpers/redis-server.ts';
import { post, pullRequestComment, pullRequestOpened } from './helpers/webhooks.ts';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const SECRET = 'replica-secret';
const MANIFEST = readFileSync(join(FIXTURES, 'github', 'deploy-new.yaml'), 'utf8');

function repository(name: string): MockGitHub {
  const mock = new MockGitHub([{ path: 'deploy/web.yaml', content: MANIFEST, patch: addedPatch(MANIFEST), status: 'added' }], { repo: name, enterpriseHost: MOCK_HOST, permissions: { maintainer: 'write' } });
  mock.install();
  return mock;
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const writesOf = (proxy: ApiProxy, since = 0) => proxy.requests.filter((r) => r.at >= since && r.method !== 'GET' && !r.path.includes('/access_tokens') && !r.path.endsWith('/graphql'));
const created = (mock: MockGitHub) => mock.creations().map((r) => `${r.method} ${r.path}`);

if (!redisServerInstalled()) throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does it)');

describe('two App replicas on one Redis', () => {
  let redis: RedisServer;
  let proxy: ApiProxy;
  let replicas: Replica[];

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    redis = await startRedis();
    proxy = await startApiProxy();
    const env = { APP_ID: '1', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: SECRET, REDIS_URL: redis.url, GHE_HOST: proxy.host, GHE_PROTOCOL: 'http', SHUTDOWN_TIMEOUT_MS: '30000' };
    replicas = await Promise.all([startReplica('a', env), startReplica('b', env)]);
  }, 60_000);

  // Each test's repositories only (GraphQL has one endpoint: the first mock installed would answer).
  beforeEach(() => nock.cleanAll());

  afterAll(async () => {
    await Promise.all((replicas ?? []).map((r) => r.stop()));
    await proxy?.close();
    await redis?.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('both review, sharing one write schedule per installation through keys in Redis', async () => {
    const [a, b] = replicas;
    const first = repository('replica-one');
    const second = repository('replica-two');
    const started = Date.now();
    const answers = await Promise.all([post(a!.url, pullRequestOpened(first.owner, first.repo, 2, first.headSha), SECRET), post(b!.url, pullRequestOpened(second.owner, second.repo, 2, second.headSha), SECRET)]);
    // 200 once handled, or 202 when handling outlasts GitHub's 10 s delivery timeout (a busy machine).
    for (const answer of answers) expect([200, 202]).toContain(answer.status);
    await until(() => first.checkRuns.length === 1 && second.checkRuns.length === 1, 'both check runs');

    for (const mock of [first, second]) {
      expect(mock.errors).toEqual([]);
      expect(created(mock)).toEqual([`POST /repos/Codertocat/${mock.repo}/pulls/2/reviews`, `POST /repos/Codertocat/${mock.repo}/check-runs`]);
      expect(mock.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    }
    // Bottleneck keeps the installation's limiters in Redis; both processes schedule through them.
    const keys = await redis.client.keys('*');
    expect(keys).toEqual(expect.arrayContaining(['b_podarmor-write-installation-42_settings', 'b_podarmor-notifications-installation-42_settings', 'b_octokit-global-installation-42_settings']));
    const clients = (await redis.client.client('LIST')) as string;
    expect(clients.trim().split('\n').length).toBeGreaterThanOrEqual(3); // each replica's connection, and ours
    // The four writes of the two replicas are spaced as one schedule: without the shared state the
    // two processes would write at the same moments.
    // The writes of the two replicas follow one schedule: without the shared state the two
    // processes, reviewing at the same time, would post their reviews at the same moment.
    const writes = writesOf(proxy, started).sort((x, y) => x.at - y.at);
    expect(writes).toHaveLength(4);
    expect(writes.at(-1)!.at - writes[0]!.at).toBeGreaterThanOrEqual(3 * WRITE_SPACING_MS - 200);
    const reviews = writes.filter((w) => w.path.endsWith('/reviews'));
    expect(reviews[1]!.at - reviews[0]!.at).toBeGreaterThanOrEqual(NOTIFYING_SPACING_MS - 200);
  }, 90_000);

  it('answers a redelivery to the other replica without a duplicate, from the check run on GitHub', async () => {
    const [a, b] = replicas;
    const mock = repository('replica-redelivery');
    const delivery = pullRequestOpened(mock.owner, mock.repo, 2, mock.headSha);
    expect([200, 202]).toContain((await post(a!.url, delivery, SECRET)).status);
    await until(() => mock.checkRuns.length === 1, 'the check run');
    const before = created(mock);

    expect([200, 202]).toContain((await post(b!.url, delivery, SECRET)).status); // same X-GitHub-Delivery
    await until(() => b!.output().includes(`delivery ${delivery.id} was handled already`), 'the log line of the replica that got the redelivery');
    expect(created(mock)).toEqual(before);
    expect(mock.reviews).toHaveLength(1);
    expect(mock.checkRuns).toHaveLength(1);
    expect(mock.checkRuns[0]).toMatchObject({ external_id: delivery.id });
  }, 90_000);

  it('answers a redelivered `/podarmor fix` once: one commit, one reply, found by its hidden marker', async () => {
    const [a, b] = replicas;
    const mock = repository('replica-fix-command');
    const delivery = pullRequestComment(mock.owner, mock.repo, 2, 'maintainer', '/podarmor fix');
    expect([200, 202]).toContain((await post(a!.url, delivery, SECRET)).status);
    await until(() => mock.issueComments.length === 1, 'the reply');
    expect([200, 202]).toContain((await post(b!.url, delivery, SECRET)).status);
    await until(() => b!.output().includes(`delivery ${delivery.id} was handled already`), 'the other replica to find the reply');
    expect(mock.errors).toEqual([]);
    expect(mock.commits).toHaveLength(1);
    expect(mock.issueComments).toHaveLength(1);
    expect(mock.issueComments[0]!.body).toMatch(/^@maintainer pushed c0+1 with the safe hardening/);
    expect(mock.issueComments[0]!.body).toContain(`<!-- podarmor:delivery ${delivery.id} -->`);
  }, 90_000);

  it('finishes the webhook in flight on SIGTERM, refuses new connections, and exits 0', async () => {
    const [a] = replicas;
    const mock = repository('replica-shutdown');
    proxy.delayMs = 400; // a slow GitHub: the review takes seconds
    try {
      const answer = post(a!.url, pullRequestOpened(mock.owner, mock.repo, 2, mock.headSha), SECRET).catch((err: Error) => err);
      await until(() => mock.requests.length > 0, 'the review to start');
      a!.process.kill('SIGTERM');
      await until(() => a!.output().includes('SIGTERM: no new webhooks'), 'the replica to see SIGTERM');
      await expect(post(a!.url, pullRequestOpened(mock.owner, mock.repo, 3, mock.headSha), SECRET)).rejects.toThrow();
      expect(await a!.exited).toBe(0);
      await answer;
      expect(mock.reviews).toHaveLength(1);
      expect(mock.checkRuns).toHaveLength(1);
      expect(a!.output()).toContain('all webhooks finished');
    } finally {
      proxy.delayMs = 0;
    }
  }, 90_000);
});
