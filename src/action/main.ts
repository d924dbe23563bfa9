// The GitHub Action: reads inputs and the event, builds an Octokit with throttling and retries,
// runs the shared review, and reports back through outputs, the job summary, annotations (when the
// token is read-only) and the step's exit status.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { reachesFailOn } from '../core/fail-on.ts';
import type { Finding } from '../core/types.ts';
import { MAX_RETRIES, messageOf, throttleOptions, type GitHubClient, type Logger } from '../github/client.ts';
import { readRepositoryFile } from '../github/pull-request.ts';
import { runFacts, runReview, type RunResult } from '../github/run.ts';
import { checkAnnotation, mostSevereFirst } from '../review/annotations.ts';
import { ACTION_INPUT_SETTINGS, mergeSettings, parseSettingsFile, readSettings, type ReviewConfig } from '../review/config.ts';
import { runSummary } from '../review/summary.ts';

interface PullRequestEvent {
  pull_request?: { number: number; draft?: boolean; base?: { sha?: string; ref?: string } };
  merge_group?: { head_sha: string; head_ref: string; base_ref: string };
  repository?: { name: string; owner: { login: string } };
}

const JOB_SUMMARY_LIMIT = 1_000_000;

const log: Logger = { info: (m) => core.info(m), warning: (m) => core.warning(m), error: (m) => core.error(m) };

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as PullRequestEvent;
    const number = event.pull_request?.number;
    if (env.GITHUB_EVENT_NAME === 'merge_group' || event.merge_group) {
      // Every pull request in the queue was reviewed (and gated) on its own; the queue's merge
      // commit has no pull request to comment on. Succeed, so a required check does not stall it.
      core.notice(`podarmor reviews pull requests; on merge_group (${event.merge_group?.head_ref ?? 'the merge queue'}) there is nothing to review, and the pull requests in the queue were gated on their own. This check succeeds so that the queue moves.`);
      core.setOutput('findings', 0);
      core.setOutput('fixable', 0);
      return;
    }
    if (!number) {
      core.setFailed(`podarmor reviews pull requests: run it on pull_request or pull_request_target, not on ${env.GITHUB_EVENT_NAME ?? 'this event'}.`);
      return;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? `${event.repository?.owner.login}/${event.repository?.name}`).split('/') as [string, string];
    const client = getOctokit(core.getInput('github-token', { required: true }), { throttle: throttleOptions(log), retry: { retries: MAX_RETRIES } }, throttling, retry) as unknown as GitHubClient;

    const config = await loadConfig(client, owner, repo, event.pull_request?.base?.sha ?? event.pull_request?.base?.ref ?? 'HEAD');
    if (!config) return;
    const links = { actionRepository: env.GITHUB_ACTION_REPOSITORY || undefined, actionRef: env.GITHUB_ACTION_REF || undefined, serverUrl: env.GITHUB_SERVER_URL || undefined };
    const result = await runReview({ client, pr: { owner, repo, number }, config, log, links });
    await report(result, config);
  } catch (err) {
    core.setFailed(`podarmor failed: ${messageOf(err)}`);
  }
}

/** Defaults, then the repository's config file (from the base branch), then the inputs that are set. */
async function loadConfig(client: GitHubClient, owner: string, repo: string, baseRef: string): Promise<ReviewConfig | undefined> {
  const inputs = Object.fromEntries(ACTION_INPUT_SETTINGS.map((s) => [s.key, core.getInput(s.key)]));
  const fromInputs = readSettings(inputs, 'input');
  const path = core.getInput('config');
  const file = path ? await readRepositoryFile(client, owner, repo, path, baseRef) : undefined;
  const fromFile = !file ? { settings: {}, problems: [] } : 'error' in file ? { settings: {}, problems: [{ key: 'config', message: file.error }] } : parseSettingsFile(file.text, path);
  const problems = [...fromFile.problems, ...fromInputs.problems];
  if (problems.length) {
    core.setFailed(`podarmor settings are not valid:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    return undefined;
  }
  return mergeSettings(fromFile.settings, fromInputs.settings);
}

/** Workflow-command annotations: what a read-only token (a fork's pull request) can still show.
 * GitHub shows at most 10 errors and 10 warnings per step: the most severe go first, and the job
 * summary lists every finding. */
export function annotate(findings: readonly Finding[]): void {
  for (const f of mostSevereFirst(findings)) {
    const a = checkAnnotation(f);
    const properties = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line, ...(a.start_column !== undefined ? { startColumn: a.start_column, endColumn: a.end_column } : {}) };
    if (a.annotation_level === 'failure') core.error(a.message, properties);
    else if (a.annotation_level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}

async function report(result: RunResult, config: ReviewConfig): Promise<void> {
  const { findings } = result;
  const readOnly = result.publish?.outcome === 'read-only';
  if (readOnly) {
    core.warning(`podarmor could not post a review (${result.publish!.message}); the findings are shown as annotations (GitHub shows the first 10 errors and 10 warnings, most severe first) and all of them in the job summary.`);
    annotate(findings);
  }
  if (result.publish?.outcome === 'failed') core.warning(`podarmor could not post its review: ${result.publish.message}`);

  // The job summary holds 1 MiB: room for every finding of any reasonable pull request.
  const { text } = runSummary(runFacts(result), { maxLength: JOB_SUMMARY_LIMIT, ...(readOnly ? { elsewhere: 'annotation' } : {}) });
  const summary = core.summary.addHeading('podarmor', 2).addRaw(text, true);
  await summary.write();

  if (config.sarifFile) {
    await mkdir(dirname(config.sarifFile), { recursive: true });
    await writeFile(config.sarifFile, result.sarif);
    core.setOutput('sarif-file', config.sarifFile);
  }
  core.setOutput('findings', findings.length);
  core.setOutput('fixable', findings.filter((f) => f.fixable).length);
  if (result.fixCommit) core.setOutput('fix-commit', result.fixCommit);
  if (result.fixPullRequest) core.setOutput('fix-pull-request', result.fixPullRequest);

  if (reachesFailOn({ findings: result.gated.counted, skipped: result.skipped }, config.failOn)) {
    core.setFailed(`podarmor: findings reach fail-on (${config.failOn}); see the review and the job summary.`);
  }
}

