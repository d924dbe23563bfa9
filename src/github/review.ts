// Posting a review plan: one review (event COMMENT) per run, without repeating what earlier runs
// posted, in an order that never loses a finding: post first, then tidy. A review GitHub refuses
// with 422 is posted again without the comments it choked on (their findings go into the body); a
// review that keeps failing with 5xx becomes a summary comment. Tidying (editing changed comments,
// resolving or marking stale threads) comes after and never fails the run. Nothing is posted when
// the pull request's head moved during the run.
import { counted } from '../core/report/words.ts';
import { REVIEW_MARKER } from '../review/markdown.ts';
import { withoutComments, type PlannedComment, type ReviewPlan } from '../review/plan.ts';
import { reconcile, type EarlierComment } from '../review/reconcile.ts';
import type { GitHubClient, Logger } from './client.ts';
import { isForbidden, isRateLimited, messageOf, statusOf } from './client.ts';
import type { PullRequestInfo } from './pull-request.ts';
import { tidyStale } from './threads.ts';

export type PublishOutcome = 'posted' | 'updated' | 'nothing-new' | 'head-moved' | 'read-only' | 'summary-comment' | 'failed';

export interface PublishResult {
  outcome: PublishOutcome;
  newComments: number;
  updatedComments: number;
  resolvedThreads: number;
  reviewId?: number;
  message: string;
  /** Comments GitHub refused (422): their findings are in the review's body. */
  refusedComments?: number;
}

export interface PublishOptions {
  log: Logger;
  /** Head shas the run itself created (a hardening commit): not a reason to stop. */
  ownHeads?: readonly string[];
  /** The commit the review is about (default: the pull request's head when the run started). */
  commitId?: string;
  /** The token's own login: only its comments are podarmor's. */
  identity: string;
  /** Wait before retrying a review GitHub failed with 5xx (tests use 0). */
  retryDelayMs?: number;
}

/** Attempts at a review GitHub answers with 5xx, before it becomes a summary comment. */
export const REVIEW_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function publishReview(client: GitHubClient, pr: PullRequestInfo, plan: ReviewPlan, options: PublishOptions): Promise<PublishResult> {
  const { log, identity } = options;
  const commitId = options.commitId ?? pr.headSha;
  const base = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  const earlier = (await client.paginate(client.rest.pulls.listReviewComments, { ...base, per_page: 100 })) as EarlierComment[];
  const rec = reconcile(plan, earlier, identity);
  if (rec.forged) log.warning(`ignored ${counted(rec.forged, 'comment')} carrying podarmor's marker by another author than ${identity}`);

  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...base, per_page: 100 });
  const previous = reviews.filter((r) => r.body?.includes(REVIEW_MARKER) && r.user?.login === identity).pop();

  // The stale-head guard: a newer run reviews a newer head.
  const { data: fresh } = await client.rest.pulls.get(base);
  if (fresh.head.sha !== commitId && !(options.ownHeads ?? []).includes(fresh.head.sha)) {
    return { outcome: 'head-moved', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: `the head moved to ${fresh.head.sha.slice(0, 7)} during the run; the run for it will review` };
  }

  let posted: Posted;
  try {
    if (rec.toPost.length === 0 && (previous || plan.findings.length === 0)) {
      if (previous && previous.body !== plan.body) {
        await client.rest.pulls.updateReview({ ...base, review_id: previous.id, body: plan.body });
        posted = { outcome: 'updated', newComments: 0, reviewId: previous.id, message: 'updated the summary of the earlier review' };
      } else if (previous) {
        posted = { outcome: 'nothing-new', newComments: 0, reviewId: previous.id, message: 'nothing new since the last review' };
      } else {
        // A clean pull request that podarmor never reviewed needs no review: the check says so.
        posted = { outcome: 'nothing-new', newComments: 0, message: 'no findings' };
      }
    } else {
      posted = await postReview(client, pr, plan, rec.toPost, commitId, options);
    }
  } catch (err) {
    if (isRateLimited(err)) {
      log.warning(`GitHub's rate limit refused the review: ${messageOf(err)}`);
      return { outcome: 'failed', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: `GitHub's rate limit refused the review (${messageOf(err)}); the next push or a re-run posts it` };
    }
    if (isForbidden(err) || (statusOf(err) === 404 && rec.toPost.length)) {
      return { outcome: 'read-only', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: `the token cannot write to the pull request (${messageOf(err)})` };
    }
    log.error(`posting the review failed: ${messageOf(err)}`);
    return { outcome: 'failed', newComments: 0, updatedComments: 0, resolvedThreads: 0, message: messageOf(err) };
  }

  // Tidy only now that the findings are on the pull request.
  let updatedComments = 0;
  for (const u of rec.toUpdate) {
    try {
      await client.rest.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: u.id, body: u.body });
      updatedComments++;
    } catch (err) {
      log.warning(`could not update podarmor comment ${u.id}: ${messageOf(err)}`);
    }
  }
  // A comment GitHub refused does not carry its findings: the threads it would replace stay open.
  const { plan: postedPlan, ...result } = posted;
  const stale = postedPlan && postedPlan !== plan ? reconcile(postedPlan, earlier, identity).stale : rec.stale;
  const current = new Set(plan.findings.map((f) => f.fingerprint));
  const resolvedThreads = stale.length ? await tidyStale(client, pr, stale, { headSha: commitId, isGone: (fp) => !current.has(fp), log }) : 0;
  return { ...result, updatedComments, resolvedThreads };
}

/** What posting did, and the plan as it was posted (without the comments GitHub refused). */
type Posted = Omit<PublishResult, 'updatedComments' | 'resolvedThreads'> & { plan?: ReviewPlan };

/** Creates the review; on 422 again without the refused comments, on 5xx again (bounded), then as a
 * summary comment. Throws what it cannot handle (403, 404, rate limits). */
async function postReview(client: GitHubClient, pr: PullRequestInfo, plan: ReviewPlan, toPost: readonly PlannedComment[], commitId: string, options: PublishOptions): Promise<Posted> {
  const { log, identity } = options;
  const base = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  let comments = [...toPost];
  let current = plan;
  let refused = 0;
  let serverErrors = 0;
  let unprocessable = 0;
  for (;;) {
    const body = current.body;
    try {
      // This layer retries the review itself, after checking it was not created (Octokit's retry
      // plugin would post a review that a 5xx hid a second time).
      const { data: review } = await client.rest.pulls.createReview({ ...base, commit_id: commitId, event: 'COMMENT', body, comments: comments.map(toApiComment), request: { retries: 0 } });
      const extra = refused ? `; GitHub refused ${counted(refused, 'inline comment')}, listed in the review's body` : '';
      return { outcome: 'posted', newComments: comments.length, reviewId: review.id, message: `posted a review with ${counted(comments.length, 'comment')}${extra}`, plan: current, ...(refused ? { refusedComments: refused } : {}) };
    } catch (err) {
      const status = statusOf(err);
      if (status === 422 && comments.length > 0) {
        // GitHub does not say which comment it refused: find them with pending reviews (never
        // shown to anyone, deleted at once), within a bounded number of probes. A second refusal
        // drops every inline comment.
        unprocessable++;
        const named = comments.filter((c) => messageOf(err).includes(`${c.path}:${c.line}`) || messageOf(err).includes(`${c.path}:${c.startLine}-${c.line}`));
        const found = named.length || unprocessable > 1 ? named : await findRefused(client, pr, commitId, comments, log);
        const dropped = found.length && unprocessable === 1 ? found : comments;
        log.warning(`GitHub refused the review (${messageOf(err)}); posting it again without ${counted(dropped.length, 'inline comment')}`);
        refused += dropped.length;
        comments = comments.filter((c) => !dropped.includes(c));
        current = withoutComments(current, dropped, 'GitHub refused the inline comment');
        continue;
      }
      if (status !== undefined && status >= 500) {
        serverErrors++;
        // A 5xx does not prove the review was not created: look before posting it twice.
        const made = await findReview(client, pr, identity, commitId, body).catch(() => undefined);
        if (made) return { outcome: 'posted', newComments: comments.length, reviewId: made, message: `posted a review with ${counted(comments.length, 'comment')}`, plan: current };
        if (serverErrors < REVIEW_ATTEMPTS) {
          log.warning(`GitHub failed the review (${status}: ${messageOf(err)}); retry ${serverErrors} of ${REVIEW_ATTEMPTS - 1}`);
          await sleep((options.retryDelayMs ?? 1000) * serverErrors);
          continue;
        }
        const summary = withoutComments(current, comments, 'GitHub failed the review', [`⚠️ GitHub answered ${status} to the review ${counted(REVIEW_ATTEMPTS, 'time')}; this comment carries its findings instead.`]);
        const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: summary.body });
        log.warning(`GitHub failed the review ${counted(REVIEW_ATTEMPTS, 'time')} (${status}); posted the findings as a summary comment`);
        return { outcome: 'summary-comment', newComments: 0, plan: summary, message: `GitHub failed the review ${counted(REVIEW_ATTEMPTS, 'time')} (${status}); posted the findings as a summary comment ${data.html_url ?? ''}`.trim() };
      }
      throw err;
    }
  }
}

/** Pending reviews that find the comments GitHub refuses: halves are tried, and the ones refused
 * are split again. A probe that GitHub accepts is deleted at once (pending reviews notify nobody). */
export const MAX_PROBES = 12;

async function findRefused(client: GitHubClient, pr: PullRequestInfo, commitId: string, comments: readonly PlannedComment[], log: Logger): Promise<PlannedComment[]> {
  const base = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  let probes = 0;
  const accepted = async (group: readonly PlannedComment[]): Promise<boolean | undefined> => {
    if (probes >= MAX_PROBES) return undefined;
    probes++;
    try {
      const { data } = await client.rest.pulls.createReview({ ...base, commit_id: commitId, comments: group.map(toApiComment) });
      await client.rest.pulls.deletePendingReview({ ...base, review_id: data.id }).catch((err: unknown) => log.warning(`could not delete podarmor's pending probe review ${data.id}: ${messageOf(err)}`));
      return true;
    } catch (err) {
      if (statusOf(err) === 422) return false;
      throw err;
    }
  };
  const refused: PlannedComment[] = [];
  const search = async (group: readonly PlannedComment[]): Promise<void> => {
    if (group.length === 1) {
      refused.push(group[0]!);
      return;
    }
    const half = Math.ceil(group.length / 2);
    for (const part of [group.slice(0, half), group.slice(half)]) {
      const ok = await accepted(part);
      if (ok === undefined) refused.push(...part); // out of probes: not trusted
      else if (!ok) await search(part);
    }
  };
  try {
    await search(comments);
  } catch (err) {
    log.warning(`could not find the refused comments: ${messageOf(err)}`);
    return [];
  }
  return refused;
}

function toApiComment(c: PlannedComment) {
  return {
    path: c.path,
    line: c.line,
    side: 'RIGHT' as const,
    ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
    body: c.body,
  };
}

async function findReview(client: GitHubClient, pr: PullRequestInfo, identity: string, commitId: string, body: string): Promise<number | undefined> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return reviews.find((r) => r.user?.login === identity && r.commit_id === commitId && r.body === body)?.id;
}

const VIEWER = 'query podarmorViewer { viewer { login } }';

/** Who the token is: GitHub's `viewer` answers for installation tokens and GITHUB_TOKEN alike
 * (REST `GET /user` does not). Undefined when it cannot say. */
export async function viewerLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const data = await client.graphql<{ viewer: { login: string } | null }>(VIEWER);
    return data.viewer?.login ?? undefined;
  } catch {
    return undefined;
  }
}
