// The GitHub client the shared layer needs. The Action (@actions/github's getOctokit) and the App
// (Probot's context.octokit) both hand over an Octokit of this shape; the layer does not know which.
import type { Octokit } from '@octokit/core';
import type { Api } from '@octokit/plugin-rest-endpoint-methods';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';

export type GitHubClient = Octokit & Api & { paginate: PaginateInterface };

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** How many times a rate-limited or failed request is retried before the run gives up on it. */
export const MAX_RETRIES = 2;

/** Options for @octokit/plugin-throttling: wait as GitHub asks, a bounded number of times. */
export function throttleOptions(log: Logger) {
  return {
    onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log.warning(`GitHub rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} after ${retryAfter}s`);
      return retryCount < MAX_RETRIES;
    },
    onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} after ${retryAfter}s`);
      return retryCount < MAX_RETRIES;
    },
  };
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub answers a rate limit with 403 (or 429) too; that is not a missing permission. */
export function isRateLimited(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 429) return true;
  if (status !== 403) return false;
  const remaining = (err as { response?: { headers?: Record<string, string | undefined> } }).response?.headers?.['x-ratelimit-remaining'];
  return remaining === '0' || /rate limit/i.test(messageOf(err));
}

/** The token lacks a permission: 403 that is not a rate limit. */
export function isForbidden(err: unknown): boolean {
  return statusOf(err) === 403 && !isRateLimited(err);
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
