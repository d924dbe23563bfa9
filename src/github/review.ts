// Posting a review plan: one review (event COMMENT) per run, without repeating what earlier runs
// posted. Comments are recognised by the fingerprints they carry, not by line: unchanged ones are
// kept, changed ones updated, and threads whose finding is gone are resolved when the token may.
// Nothing is posted when the pull request's head moved during the run.
import { counted } from '../core/report/words.ts';
import type { GitHubClient, Logger } from './client.ts';
import { isForbidden, isRateLimited, messageOf, statusOf } from './client.ts';
import { readFingerprints, REVIEW_MARKER } from '../review/markdown.ts';
import type { PlannedComment, ReviewPlan } from '../review/plan.ts';
import type { PullRequestInfo } from './pull-request.ts';

export type PublishOutcome = 'posted' | 'updated' | 'nothing-new' | 'head-moved' | 'read-only' | 'failed';

export interface PublishResult {
  outcome: PublishOutcome;
  newComments: number;
  updatedComments: number;
  resolvedThreads: number;
  reviewId?: number;
  message: string;
}

interface ExistingComment {
  id: number;
  path: string;
  line: number | null;
  body: string;
  fingerprints: string[];
}

export interface PublishOptions {
  log: Logger;
  /** Head shas the run itself created (a hardening commit): not a reason to stop. */
  ownHeads?: readonly string[];
}

export async function publishReview(client: GitHubClient, pr: PullRequestInfo, plan: ReviewPlan, options: PublishOptions): Promise<PublishResult> {
  const { log } = options;
  const base = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  const existing: ExistingComment[] = [];
  for (const c of await client.paginate(client.rest.pulls.listReviewComments, { ...base, per_page: 100 })) {
    const fingerprints = readFingerprints(c.body);
    if (!fingerprints || c.in_reply_to_id) continue;
    existing.push({ id: c.id, path: c.path, line: c.line ?? null, body: c.body, fingerprints });
  }

  const toPost: PlannedComment[] = [];
  const toUpdate: { id: number; body: string }[] = [];
  const kept = new Set<number>();
  for (const planned of plan.comments) {
    // A comment still anchored in the current diff (line not null) with a shared fingerprint.
    const match = existing.find((e) => e.line !== null && e.path === planned.path && e.line === planned.line && e.fingerprints.some((fp) => planned.fingerprints.includes(fp)));
    if (match) {
      kept.add(match.id);
      if (match.body !== planned.body) toUpdate.push({ id: match.id, body: planned.body });
    } else {
      toPost.push(planned);
    }
  }
  // A comment that is not kept is resolved when none of its findings still needs it: each one is
  // gone, or is carried by a comment of this plan (comments cannot be moved, so a finding whose
  // line changed gets a new comment and the old thread is closed). A finding that is still there
  // but not planned inline (beyond max-comments) keeps its thread open.
  const current = new Set(plan.findings.map((f) => f.fingerprint));
  const planned = new Set(plan.comments.flatMap((c) => c.fingerprints));
  const stale = existing.filter((e) => !kept.has(e.id) && e.fingerprints.every((fp) => !current.has(fp) || planned.has(fp)));

  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...base, per_page: 100 });
  const previous = reviews.filter((r) => r.body?.includes(REVIEW_MARKER)).pop();

  // The stale-head guard: a newer run reviews a newer head.
  const { data: fresh } = await client.rest.pulls.get(base);
  if (fresh.head.sha !== pr.headSha && !(options.ownHeads ?? []).includes(fresh.head.sha)) {
    return { outcome: 'head-moved', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: `the head moved to ${fresh.head.sha.slice(0, 7)} during the run; the run for it will review` };
  }

  try {
    for (const u of toUpdate) await client.rest.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: u.id, body: u.body });
    const resolvedThreads = stale.length ? await resolveThreads(client, pr, stale, log) : 0;
    if (toPost.length === 0) {
      if (previous && previous.body !== plan.body) {
        await client.rest.pulls.updateReview({ ...base, review_id: previous.id, body: plan.body });
        return { outcome: 'updated', newComments: 0, updatedComments: toUpdate.length, resolvedThreads, reviewId: previous.id, message: 'updated the summary of the earlier review' };
      }
      if (previous) return { outcome: 'nothing-new', newComments: 0, updatedComments: toUpdate.length, resolvedThreads, reviewId: previous.id, message: 'nothing new since the last review' };
      // A clean pull request that podarmor never reviewed needs no review: the check says so.
      if (plan.findings.length === 0) return { outcome: 'nothing-new', newComments: 0, updatedComments: 0, resolvedThreads, message: 'no findings' };
    }
    const { data: review } = await client.rest.pulls.createReview({
      ...base,
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: plan.body,
      comments: toPost.map((c) => ({
        path: c.path,
        line: c.line,
        side: 'RIGHT' as const,
        ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
        body: c.body,
      })),
    });
    return { outcome: 'posted', newComments: toPost.length, updatedComments: toUpdate.length, resolvedThreads, reviewId: review.id, message: `posted a review with ${counted(toPost.length, 'comment')}` };
  } catch (err) {
    if (isRateLimited(err)) {
      log.warning(`GitHub's rate limit refused the review: ${messageOf(err)}`);
      return { outcome: 'failed', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: `GitHub's rate limit refused the review (${messageOf(err)}); the next push or a re-run posts it` };
    }
    if (isForbidden(err) || (statusOf(err) === 404 && toPost.length)) {
      return { outcome: 'read-only', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: `the token cannot write to the pull request (${messageOf(err)})` };
    }
    log.error(`posting the review failed: ${messageOf(err)}`);
    return { outcome: 'failed', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: messageOf(err) };
  }
}

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

/** Resolves the threads of stale comments in one mutation. Needs `contents: write`; without it,
 * the threads stay open and the run says so. */
async function resolveThreads(client: GitHubClient, pr: PullRequestInfo, stale: readonly ExistingComment[], log: Logger): Promise<number> {
  try {
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
  } catch (err) {
    log.warning(`could not resolve ${counted(stale.length, 'outdated podarmor thread')} (resolving needs contents: write): ${messageOf(err)}`);
    return 0;
  }
}
