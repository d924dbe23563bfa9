// The App's Octokit: Probot's (throttling, retry, pagination, config) with bounded rate-limit
// retries and write spacing tuned to GitHub's secondary limit of about 80 content-creating requests
// a minute. With REDIS_URL, Probot hands the throttling plugin a Bottleneck Redis connection
// (ioredis); the groups below use it, so every replica shares one schedule per installation.
import { AsyncLocalStorage } from 'node:async_hooks';
import Bottleneck from 'bottleneck';
import { ProbotOctokit } from 'probot';

/** Spacing of writes (POST/PATCH/PUT/DELETE and GraphQL) per installation: 75 a minute. */
export const WRITE_SPACING_MS = 800;
/** Spacing of writes that notify people (reviews, comments, pull requests) per installation. */
export const NOTIFYING_SPACING_MS = 1000;
/** Rate-limited requests are retried this often, and only when GitHub asks for a short wait. */
const MAX_RETRIES = 2;
const MAX_RETRY_AFTER_SECONDS = 120;
/** How long Bottleneck keeps a limiter's state in Redis when idle (the plugin's default). */
const LIMITER_TTL_MS = 2 * 60_000;

interface ThrottleOptions {
  enabled?: boolean;
  Bottleneck?: typeof Bottleneck;
  connection?: Bottleneck.IORedisConnection;
  [key: string]: unknown;
}
interface RequestOptions { method: string; url: string }
interface OctokitLike { log: { warn: (message: string) => void } }

type Groups = { write: Bottleneck.Group; notifications: Bottleneck.Group };

/** Set while a GraphQL query (not a mutation) is on its way: the throttling plugin schedules every
 * GraphQL request as a write, but a query creates nothing (the batched file reads are queries). */
const graphqlQuery = new AsyncLocalStorage<true>();

function isGraphqlQuery(options: { url?: string; query?: unknown }): boolean {
  return /\/graphql$/.test(options.url ?? '') && typeof options.query === 'string' && !/^\s*mutation\b/.test(options.query);
}

/** The write group, letting GraphQL queries through without a slot. */
function writesOnly(group: Bottleneck.Group): Bottleneck.Group {
  return {
    key: (id: string) => {
      const limiter = group.key(id);
      return { schedule: (options: unknown, job: () => Promise<unknown>) => (graphqlQuery.getStore() ? job() : limiter.schedule(options as Bottleneck.JobOptions, job)) };
    },
  } as unknown as Bottleneck.Group;
}
const groupsByConnection = new Map<object | undefined, Groups>();

/** One pair of groups per process and connection (the plugin keeps its own groups global too). */
function groupsFor(Limiter: typeof Bottleneck, connection: Bottleneck.IORedisConnection | undefined): Groups {
  let groups = groupsByConnection.get(connection);
  if (!groups) {
    const common = { maxConcurrent: 1, timeout: LIMITER_TTL_MS, ...(connection ? { connection } : {}) };
    groups = {
      write: writesOnly(new Limiter.Group({ id: 'podarmor-write', minTime: WRITE_SPACING_MS, ...common })),
      notifications: new Limiter.Group({ id: 'podarmor-notifications', minTime: NOTIFYING_SPACING_MS, ...common }),
    };
    groupsByConnection.set(connection, groups);
  }
  return groups;
}

function retryBounded(kind: string) {
  return (retryAfter: number, options: RequestOptions, octokit: OctokitLike, retryCount: number): boolean => {
    const retry = retryCount < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS;
    octokit.log.warn(`${kind} rate limit on ${options.method} ${options.url}; ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retry;
  };
}

/** Throttle options merged over what Probot passes (its Redis connection included). GitHub's
 * limits are per installation, so is the schedule: Probot's webhook clients would all share the
 * key "no-id". */
export function throttleOptions(given: ThrottleOptions = {}, installationId?: number): ThrottleOptions {
  if (given.enabled === false) return given;
  const Limiter = given.Bottleneck ?? Bottleneck;
  return {
    ...given,
    ...groupsFor(Limiter, given.connection),
    ...(installationId ? { id: `installation-${installationId}` } : {}),
    onRateLimit: retryBounded('Primary'),
    onSecondaryRateLimit: retryBounded('Secondary'),
  };
}

/** Marks GraphQL queries for writesOnly; registered after the throttling plugin, so it wraps it. */
function markGraphqlQueries(octokit: { hook: { wrap: (name: 'request', fn: (request: (o: unknown) => Promise<unknown>, options: { url?: string; query?: unknown }) => Promise<unknown>) => void } }): void {
  octokit.hook.wrap('request', (request, options) => (isGraphqlQuery(options) ? graphqlQuery.run(true, () => request(options)) : request(options)));
}

export const AppOctokit = ProbotOctokit.plugin(markGraphqlQueries as never).defaults((options: { throttle?: ThrottleOptions; auth?: { installationId?: number } }) => ({
  ...options,
  throttle: throttleOptions(options.throttle, options.auth?.installationId),
}));
