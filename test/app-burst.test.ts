// A burst: 40 pull requests opened at once on one installation, handled by the App with its real
// throttling (octokit's plugin, the App's write spacing, the schedule in a real Redis). GitHub's
// secondary limit allows about 80 content-creating requests a minute, so the number that matters
// is writes per review: at 2 (the review, the check run) 40 reviews fit in about a minute.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { Probot } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import podarmorApp from '../src/app/index.ts';
import { AppOctokit, WRITE_SPACING_MS } from '../src/app/octokit.ts';
import { MockGitHub, addedPatch } from './helpers/github-mock.ts';
import { FIXTURES } from './helpers/paths.ts';
import { startRedis, type RedisServer } from './helpers/redis-server.ts';
import { pullRequestOpened } from './helpers/webhooks.ts';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const MANIFEST = readFileSync(join(FIXTURES, 'github', 'deploy-new.yaml'), 'utf8');
const PULL_REQUESTS = 40;

describe('a burst of 40 pull requests on one installation', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    nock.disableNetConnect();
    redis = await startRedis();
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await redis?.stop();
  });

  it('reviews every one with 2 writes each, within 2 minutes', async () => {
    const repositories = Array.from({ length: PULL_REQUESTS }, (_, i) => new MockGitHub([{ path: 'deploy/web.yaml', content: MANIFEST, patch: addedPatch(MANIFEST), status: 'added' }], { repo: `service-${i + 1}` }));
    for (const mock of repositories) mock.install();
    const probot = new Probot({ appId: 1, privateKey, secret: 'burst', logLevel: 'fatal', redisConfig: redis.url, Octokit: AppOctokit as never });
    await probot.load(podarmorApp);

    const started = performance.now();
    const finished: number[] = [];
    await Promise.all(repositories.map(async (mock) => {
      await probot.receive(pullRequestOpened(mock.owner, mock.repo, 2, mock.headSha) as never);
      finished.push(performance.now() - started);
    }));
    const lastReview = Math.max(...finished) / 1000;

    const writesPerReview = repositories.map((mock) => mock.writes().length);
    for (const mock of repositories) {
      expect(mock.errors).toEqual([]);
      expect(mock.reviews).toHaveLength(1);
      expect(mock.checkRuns).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })]);
    }
    expect(new Set(writesPerReview)).toEqual(new Set([2]));
    // GraphQL mutations would be writes; queries (the batched file reads) are let through the write schedule.
    const graphql = repositories.flatMap((mock) => mock.requests.filter((r) => r.path === '/graphql').map((r) => String((r.body as { query?: string }).query)));
    expect(graphql.filter((query) => /^\s*mutation\b/.test(query))).toEqual([]);
    // Bounded below by the spacing (the schedule is honoured), above by the 2-minute goal.
    expect(lastReview).toBeGreaterThanOrEqual(((2 * PULL_REQUESTS - 1) * WRITE_SPACING_MS) / 1000 - 1);
    expect(lastReview).toBeLessThan(120);
    const total = writesPerReview.reduce((a, b) => a + b, 0);
    console.log(`burst: ${PULL_REQUESTS} pull requests, ${total} writes (${(total / PULL_REQUESTS).toFixed(1)} per review), last review after ${lastReview.toFixed(1)} s, ${(total / lastReview * 60).toFixed(0)} writes a minute`);
  }, 180_000);
});
