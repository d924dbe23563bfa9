// Closing the threads of stale podarmor comments. Resolving (GraphQL resolveReviewThread) needs
// `contents: write`; without it GitHub answers FORBIDDEN, and the comment is edited to say it was
// fixed (or superseded) and minimised as outdated instead. Never fails the run.
import { counted } from '../core/report/words.ts';
import { staleBody, type OwnComment } from '../review/reconcile.ts';
import type { GitHubClient, Logger } from './client.ts';
import { messageOf } from './client.ts';
import type { PullRequestInfo } from './pull-request.ts';

const THREADS_QUERY = `query podarmorThreads($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

interface ThreadsPage {
  repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[] } } | null } | null;
}

export interface TidyOptions {
  /** The commit the stale comments are judged at ("fixed in <sha>"). */
  headSha: string;
  /** Whether a finding is gone (else it moved to another comment). */
  isGone: (fingerprint: string) => boolean;
  log: Logger;
}

/** Resolves the stale comments' threads, or marks the comments; returns how many were closed. */
export async function tidyStale(client: GitHubClient, pr: PullRequestInfo, stale: readonly OwnComment[], options: TidyOptions): Promise<number> {
  try {
    return await resolveThreads(client, pr, stale);
  } catch (err) {
    options.log.warning(`could not resolve ${counted(stale.length, 'outdated podarmor thread')} (resolving needs contents: write): ${messageOf(err)}; marking them outdated instead`);
  }
  let marked = 0;
  const minimise: string[] = [];
  for (const c of stale) {
    try {
      await client.rest.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: c.id, body: staleBody(c.body, options.headSha, c.fingerprints.filter(options.isGone).length, c.fingerprints.length) });
      marked++;
      if (c.nodeId) minimise.push(c.nodeId);
    } catch (err) {
      options.log.warning(`could not mark podarmor comment ${c.id} outdated: ${messageOf(err)}`);
    }
  }
  if (minimise.length) {
    try {
      const mutation = `mutation podarmorMinimize(${minimise.map((_, i) => `$c${i}: ID!`).join(', ')}) {\n${minimise.map((_, i) => `  m${i}: minimizeComment(input: {subjectId: $c${i}, classifier: OUTDATED}) { minimizedComment { isMinimized } }`).join('\n')}\n}`;
      await client.graphql(mutation, Object.fromEntries(minimise.map((id, i) => [`c${i}`, id])));
    } catch (err) {
      options.log.warning(`could not minimise ${counted(minimise.length, 'outdated podarmor comment')}: ${messageOf(err)}`);
    }
  }
  return marked;
}

/** Resolves the threads of stale comments in one mutation; throws when GitHub refuses. */
async function resolveThreads(client: GitHubClient, pr: PullRequestInfo, stale: readonly OwnComment[]): Promise<number> {
  const ids = new Set(stale.map((c) => c.id));
  const threads: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const data: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, { owner: pr.owner, repo: pr.repo, number: pr.number, cursor });
    const conn = data.repository?.pullRequest?.reviewThreads;
    if (!conn) break;
    for (const t of conn.nodes) {
      const first = t.comments.nodes[0]?.databaseId;
      if (!t.isResolved && first && ids.has(first)) threads.push(t.id);
    }
    if (!conn.pageInfo.hasNextPage) break;
    cursor = conn.pageInfo.endCursor;
  }
  if (threads.length === 0) return 0;
  const mutation = `mutation podarmorResolve(${threads.map((_, i) => `$t${i}: ID!`).join(', ')}) {\n${threads.map((_, i) => `  r${i}: resolveReviewThread(input: {threadId: $t${i}}) { thread { id } }`).join('\n')}\n}`;
  await client.graphql(mutation, Object.fromEntries(threads.map((t, i) => [`t${i}`, t])));
  return threads.length;
}
