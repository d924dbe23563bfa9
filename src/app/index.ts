// The podarmor GitHub App (Probot): the Action's review for every repository of an installation.
// It reuses the shared GitHub layer (runReview, settings, markdown) and adds what an App has and a
// workflow step has not: a check run with annotations and an "Apply hardening" button, and the
// `/podarmor fix` command. Stateless: every decision is made from the webhook and the API.
import type { Context, Probot } from 'probot';
import { reachesFailOn } from '../core/fail-on.ts';
import { counted } from '../core/report/words.ts';
import { messageOf, type GitHubClient, type Logger } from '../github/client.ts';
import { runFacts, runReview, type RunResult } from '../github/run.ts';
import { ANNOTATIONS_PER_REQUEST, batches, checkAnnotation, mostSevereFirst } from '../review/annotations.ts';
import { mergeSettings, readSettingsFile, type ReviewConfig } from '../review/config.ts';
import { runSummary } from '../review/summary.ts';

export const CHECK_NAME = 'podarmor';
export const FIX_ACTION = 'podarmor-fix';
export const FIX_COMMAND = /^\/podarmor\s+fix\b/m;
const CONFIG_FILE = 'podarmor.yml';
/** Annotations beyond this many are left to the review and the summary (each 50 is a request). */
const MAX_ANNOTATIONS = 500;
const MAX_SUMMARY = 60_000;

type PullRequestContext = Context<'pull_request.opened' | 'pull_request.synchronize' | 'pull_request.reopened' | 'pull_request.ready_for_review'>;
/** What the handlers need of a Probot context, whatever the event. */
interface Host {
  client: GitHubClient;
  log: Logger;
  owner: string;
  repo: string;
  /** Probot's context.config. */
  readConfig: (file: string) => Promise<unknown>;
}

/** The parts of a Probot context the handlers use, typed loosely: a union of event contexts is too
 * complex for TypeScript. */
interface ProbotContextLike {
  octokit: unknown;
  log: { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void };
  repo: () => { owner: string; repo: string };
  config: (file: string) => Promise<unknown>;
}

function hostOf(context: ProbotContextLike): Host {
  const { owner, repo } = context.repo();
  return {
    client: context.octokit as unknown as GitHubClient,
    log: { info: (m) => context.log.info(m), warning: (m) => context.log.warn(m), error: (m) => context.log.error(m) },
    owner,
    repo,
    readConfig: (file) => context.config(file),
  };
}

/** .github/podarmor.yml through Probot's loader (default branch, `_extends` honoured), validated
 * with the Action's rules. Problems come back as messages naming the key. */
async function loadAppConfig(host: Host): Promise<{ config: ReviewConfig } | { problems: string[] }> {
  let raw: unknown;
  try {
    raw = await host.readConfig(CONFIG_FILE);
  } catch (err) {
    return { problems: [`.github/${CONFIG_FILE} could not be read: ${messageOf(err).replace(/^\[@probot\/octokit-plugin-config\] /, '')}`] };
  }
  const { settings, problems } = readSettingsFile(raw, `.github/${CONFIG_FILE}`);
  return problems.length ? { problems: problems.map((p) => p.message) } : { config: mergeSettings(settings) };
}

/** The webhook events the App handles; app.yml subscribes to exactly these (a test checks). */
export const REVIEW_EVENTS = ['pull_request.opened', 'pull_request.synchronize', 'pull_request.reopened', 'pull_request.ready_for_review'] as const;
export const RERUN_EVENT = 'check_run.rerequested';
/** "Re-run all checks" on the checks tab, and the check suites of a merge queue's branch. */
export const SUITE_EVENTS = ['check_suite.requested', 'check_suite.rerequested'] as const;
export const MERGE_GROUP_EVENT = 'merge_group.checks_requested';
export const BUTTON_EVENT = 'check_run.requested_action';
export const COMMAND_EVENT = 'issue_comment.created';
/** The temporary branches of a merge queue. */
const MERGE_QUEUE_BRANCH = /^gh-readonly-queue\//;

/** The App's own login (`<slug>[bot]`): only its comments are podarmor's. Asked once, with the
 * App's JWT; undefined when GitHub does not say (GraphQL's viewer is asked then). */
let appIdentity: () => Promise<string | undefined> = async () => undefined;

function identityOf(app: Probot): () => Promise<string | undefined> {
  let login: Promise<string | undefined> | undefined;
  return () =>
    (login ??= app
      .auth()
      .then((octokit) => (octokit as unknown as GitHubClient).rest.apps.getAuthenticated())
      .then(({ data }) => (data?.slug ? `${data.slug}[bot]` : undefined))
      .catch(() => undefined));
}

export default function podarmorApp(app: Probot): void {
  appIdentity = identityOf(app);
  app.on([...REVIEW_EVENTS], reviewPullRequest);
  app.on(RERUN_EVENT, reviewAgain);
  app.on([...SUITE_EVENTS], reviewSuite);
  app.on(MERGE_GROUP_EVENT, passMergeGroup);
  app.on(BUTTON_EVENT, applyFromButton);
  app.on(COMMAND_EVENT, applyFromCommand);
}

async function reviewPullRequest(context: PullRequestContext): Promise<void> {
  const pull = context.payload.pull_request;
  // Drafts are reviewed like any pull request, as the Action does (ready_for_review reviews the
  // same head again without repeating a comment).
  if (pull.state !== 'open') return;
  await review(hostOf(context as unknown as ProbotContextLike), pull.number, pull.head.sha);
}

/** "Re-run" on the podarmor check run: review the pull request's current head again. */
async function reviewAgain(context: Context<'check_run.rerequested'>): Promise<void> {
  const { check_run: checkRun } = context.payload;
  if (checkRun.name !== CHECK_NAME) return;
  await rerun(hostOf(context as unknown as ProbotContextLike), checkRun.pull_requests.map((p) => p.number), checkRun.head_sha);
}

/** Reviews the pull request a re-run is about. GitHub lists no pull requests on the checks of a
 * fork's head: then the open pull request whose head is that commit is looked up. */
async function rerun(host: Host, numbers: readonly number[], headSha: string): Promise<void> {
  const number = numbers[0] ?? (await pullRequestAt(host, headSha));
  if (!number) {
    host.log.warning(`Re-run was requested for ${headSha.slice(0, 7)}, which no open pull request has as its head; nothing to do`);
    return;
  }
  const { data: pull } = await host.client.rest.pulls.get({ owner: host.owner, repo: host.repo, pull_number: number });
  if (pull.state !== 'open') return;
  await review(host, number, pull.head.sha);
}

async function pullRequestAt(host: Host, headSha: string): Promise<number | undefined> {
  const pulls = await host.client.paginate(host.client.rest.pulls.list, { owner: host.owner, repo: host.repo, state: 'open', per_page: 100 });
  return pulls.find((p) => p.head.sha === headSha)?.number;
}

/** Check suites: a merge queue's branch gets a passing check (its pull requests were gated one by
 * one), "Re-run all checks" reviews again; a push's suite is left to the pull_request event. */
async function reviewSuite(context: Context<'check_suite.requested' | 'check_suite.rerequested'>): Promise<void> {
  const suite = context.payload.check_suite;
  const host = hostOf(context as unknown as ProbotContextLike);
  if (suite.head_branch && MERGE_QUEUE_BRANCH.test(suite.head_branch)) {
    await passMergeQueue(host, suite.head_sha, suite.head_branch);
    return;
  }
  if (context.payload.action !== 'rerequested') return;
  await rerun(host, suite.pull_requests.map((p) => p.number), suite.head_sha);
}

async function passMergeGroup(context: Context<'merge_group.checks_requested'>): Promise<void> {
  const group = context.payload.merge_group;
  await passMergeQueue(hostOf(context as unknown as ProbotContextLike), group.head_sha, group.head_ref);
}

/** The queue's merge commit has no pull request to review: the check reports so a required
 * podarmor check does not stall the queue. */
async function passMergeQueue(host: Host, headSha: string, branch: string): Promise<void> {
  await host.client.rest.checks.create({
    owner: host.owner,
    repo: host.repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: 'completed',
    conclusion: 'success',
    output: { title: 'Merge queue: reviewed in the pull requests', summary: `\`${branch}\` is a merge queue's branch. podarmor reviewed and gated each pull request in it on its own; there is nothing more to review here.` },
  });
}

/** The review and the check run for one pull request at `headSha`. */
async function review(host: Host, number: number, headSha: string): Promise<void> {
  const { client, owner, repo } = host;

  const loaded = await loadAppConfig(host);
  if ('problems' in loaded) {
    await client.rest.checks.create({
      owner,
      repo,
      name: CHECK_NAME,
      head_sha: headSha,
      status: 'completed',
      conclusion: 'failure',
      output: { title: `.github/${CONFIG_FILE} is not valid`, summary: `podarmor did not review this pull request because its settings are not valid:\n\n${loaded.problems.map((p) => `- ${p}`).join('\n')}\n\nFix the file on the default branch; the next push is reviewed with it.` },
    });
    return;
  }
  const { config } = loaded;
  const { data: check } = await client.rest.checks.create({ owner, repo, name: CHECK_NAME, head_sha: headSha, status: 'in_progress', output: { title: 'Reviewing the Kubernetes manifests', summary: 'podarmor is reading the changed manifests.' } });
  try {
    const identity = await appIdentity();
    const result = await runReview({ client, pr: { owner, repo, number }, config, log: host.log, ...(identity ? { identity } : {}) });
    await completeCheck(client, owner, repo, check.id, result, config);
  } catch (err) {
    await client.rest.checks.update({ owner, repo, check_run_id: check.id, status: 'completed', conclusion: 'failure', output: { title: 'podarmor could not finish', summary: `The review failed: ${messageOf(err)}` } });
    throw err;
  }
}

async function completeCheck(client: GitHubClient, owner: string, repo: string, checkRunId: number, result: RunResult, config: ReviewConfig): Promise<void> {
  const { findings } = result;
  const failed = reachesFailOn({ findings: result.gated.counted, skipped: result.skipped }, config.failOn);
  const fixable = findings.filter((f) => f.fixable).length;
  const headMoved = result.publish?.outcome === 'head-moved';
  const { title, text: summary } = runSummary(runFacts(result), {
    notes: [
      fixable && !result.pr.isFork ? `**Apply hardening** (above) or a \`/podarmor fix\` comment from someone with write access commits the ${counted(fixable, 'safe fix', 'safe fixes')}${config.fix === 'pull-request' ? ' as a pull request into this branch' : ' to this branch'}.` : '',
      findings.length > MAX_ANNOTATIONS ? `The first ${MAX_ANNOTATIONS} findings are annotated; the table lists them all.` : '',
    ].filter(Boolean),
    maxLength: MAX_SUMMARY,
  });
  // The most severe first: past MAX_ANNOTATIONS, what is left out is the least severe.
  const [first = [], ...rest] = batches(mostSevereFirst(findings).slice(0, MAX_ANNOTATIONS).map(checkAnnotation), ANNOTATIONS_PER_REQUEST);
  await client.rest.checks.update({
    owner,
    repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: headMoved ? 'neutral' : failed ? 'failure' : 'success',
    output: { title, summary, annotations: first },
    ...(fixable && !result.pr.isFork && !result.fixCommit ? { actions: [{ label: 'Apply hardening', description: 'Commit the safe fixes to this branch', identifier: FIX_ACTION }] } : {}),
  });
  // GitHub appends the annotations of each further update.
  for (const annotations of rest) await client.rest.checks.update({ owner, repo, check_run_id: checkRunId, output: { title, summary, annotations } });
}

/** Whether `login` may change the repository: admin, maintain or write. */
async function mayWrite(client: GitHubClient, owner: string, repo: string, login: string): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
    return data.permission === 'admin' || data.permission === 'write' || ['maintain', 'write', 'admin'].includes(data.role_name ?? '');
  } catch {
    return false;
  }
}

async function applyFromButton(context: Context<'check_run.requested_action'>): Promise<void> {
  if (context.payload.requested_action?.identifier !== FIX_ACTION || context.payload.check_run.name !== CHECK_NAME) return;
  const number = context.payload.check_run.pull_requests[0]?.number;
  if (!number) {
    context.log.warn('Apply hardening was requested on a check run without a pull request; nothing to do');
    return;
  }
  await applyHardening(hostOf(context as unknown as ProbotContextLike), number, context.payload.sender.login);
}

async function applyFromCommand(context: Context<'issue_comment.created'>): Promise<void> {
  const { issue, comment, sender } = context.payload;
  if (!issue.pull_request || sender.type === 'Bot' || !FIX_COMMAND.test(comment.body)) return;
  await applyHardening(hostOf(context as unknown as ProbotContextLike), issue.number, sender.login);
}

/** The Action's `fix`, on demand: one commit (or fix pull request) with every safe fix, then one
 * reply on the pull request saying what happened. Only for users with write access. */
async function applyHardening(host: Host, number: number, login: string): Promise<void> {
  const { client, owner, repo } = host;
  const reply = (body: string) => client.rest.issues.createComment({ owner, repo, issue_number: number, body });
  if (!(await mayWrite(client, owner, repo, login))) {
    await reply(`@${login} podarmor makes hardening commits only for people with write access to ${owner}/${repo}. Ask a maintainer, or accept the suggested changes in the review.`);
    return;
  }
  const loaded = await loadAppConfig(host);
  if ('problems' in loaded) {
    await reply(`@${login} podarmor cannot apply the hardening while \`.github/${CONFIG_FILE}\` is not valid:\n\n${loaded.problems.map((p) => `- ${p}`).join('\n')}`);
    return;
  }
  const fix = loaded.config.fix === 'pull-request' ? 'pull-request' : 'commit';
  const identity = await appIdentity();
  const result = await runReview({ client, pr: { owner, repo, number }, config: loaded.config, log: host.log, fix, commitOnly: true, ...(identity ? { identity } : {}) });
  const fixable = result.findings.filter((f) => f.fixable).length;
  if (result.fixCommit) await reply(`@${login} pushed ${result.fixCommit} with the safe hardening (${counted(fixable, 'finding')}); podarmor reviews the new head next.`);
  else if (result.fixPullRequest) await reply(`@${login} opened ${result.fixPullRequest} with the safe hardening (${counted(fixable, 'finding')}); merge it into this branch to apply it.`);
  else if (result.fixNote) await reply(`@${login} ${result.fixNote}`);
  else await reply(`@${login} there is nothing podarmor can fix safely in this pull request's manifests.`);
}
