// One review of one pull request, the same for the Action and the App: read the changed manifests
// through the API, scan them, optionally make the hardening commit or pull request, plan the review
// and post it. The host (Action or App) only supplies the client, the settings and a logger.
import { manifestInput } from '../core/yaml/parse.ts';
import { fixFiles, notFixedLine } from '../core/fix/engine.ts';
import { renderSarif } from '../core/report/sarif.ts';
import type { Finding, InputFile, SkippedFile } from '../core/types.ts';
import { VERSION } from '../version.ts';
import type { GitHubClient, Logger } from './client.ts';
import { isForbidden, messageOf } from './client.ts';
import { planChange, scanChange } from '../review/change.ts';
import type { ReviewConfig } from '../review/config.ts';
import { parsePatch, type Hunk } from '../review/patch.ts';
import { MAX_CONTEXT_FILES } from '../review/paths.ts';
import type { ReviewPlan } from '../review/plan.ts';
import type { RunFacts } from '../review/summary.ts';
import { commitMessage, hardeningContents, openHardeningPullRequest, pushHardeningCommit, type FileToCommit } from './hardening.ts';
import { fetchBlob, listChangedFiles, listSiblingFiles, loadPullRequest, mapLimit, type HeadFile, type PullRequestInfo, type PullRequestRef } from './pull-request.ts';
import { publishReview, type PublishResult } from './review.ts';

const FETCH_CONCURRENCY = 6;

export interface RunOptions {
  client: GitHubClient;
  pr: PullRequestRef;
  config: ReviewConfig;
  log: Logger;
  /** When false the review is planned but not posted (`podarmor review`, dry runs). */
  post?: boolean;
  /** Overrides config.fix (the App's "Apply hardening" makes a commit on demand). */
  fix?: ReviewConfig['fix'];
  /** Make the hardening commit (or pull request) and stop: the App's "Apply hardening". */
  commitOnly?: boolean;
}

export interface RunResult {
  pr: PullRequestInfo;
  /** Findings in the files the pull request changes. */
  findings: Finding[];
  skipped: SkippedFile[];
  plan?: ReviewPlan;
  publish?: PublishResult;
  fixCommit?: string;
  fixPullRequest?: string;
  /** Why a fix was not made, when one was asked for. */
  fixNote?: string;
  sarif: string;
}

export async function loadInputs(client: GitHubClient, pr: PullRequestInfo, config: ReviewConfig, log: Logger) {
  const changed = await listChangedFiles(client, pr, config.paths);
  let context: HeadFile[] = [];
  try {
    context = await listSiblingFiles(client, pr, changed, config.paths, MAX_CONTEXT_FILES);
  } catch (err) {
    log.warning(`could not list the manifests beside the changed ones: ${messageOf(err)}`);
  }
  const skipped: SkippedFile[] = [];
  const read = async (f: HeadFile): Promise<InputFile | undefined> => {
    try {
      const input = manifestInput(f.path, await fetchBlob(client, pr, f.sha));
      if ('file' in input) return input.file;
      skipped.push(input.skipped);
      return undefined;
    } catch (err) {
      skipped.push({ file: f.path, reason: `could not be read from GitHub: ${messageOf(err)}`, error: true });
      return undefined;
    }
  };
  const changedInputs = (await mapLimit(changed, FETCH_CONCURRENCY, read)).filter((f): f is InputFile => f !== undefined);
  const contextInputs = (await mapLimit(context, FETCH_CONCURRENCY, read)).filter((f): f is InputFile => f !== undefined);
  const hunks = new Map<string, Hunk[]>(changed.map((f) => [f.path, parsePatch(f.patch)]));
  return { changed, changedInputs, contextInputs, hunks, skipped: skipped.filter((s) => changed.some((c) => c.path === s.file)) };
}

/** What the job summary (and the App's check run) reports of a run. */
export function runFacts(result: RunResult): RunFacts {
  return {
    number: result.pr.number,
    findings: result.findings,
    skipped: result.skipped,
    plan: result.plan,
    publishMessage: result.publish?.message,
    superseded: result.publish?.outcome === 'head-moved',
    fixCommit: result.fixCommit,
    fixPullRequest: result.fixPullRequest,
    fixNote: result.fixNote,
  };
}

export async function runReview(options: RunOptions): Promise<RunResult> {
  const { client, config, log } = options;
  const pr = await loadPullRequest(client, options.pr);
  const { changedInputs, contextInputs, hunks, skipped } = await loadInputs(client, pr, config, log);
  const change = scanChange(changedInputs, contextInputs, skipped, config);
  const { findings, changedPaths, scanOptions, skipped: allSkipped } = change;
  const result: RunResult = { pr, findings, skipped: allSkipped, sarif: renderSarif({ findings, skipped: allSkipped, problems: [] }, VERSION) };

  // The hardening commit or pull request.
  const fixMode = options.fix ?? config.fix;
  const notes: string[] = [];
  let committed: Set<string> | undefined;
  const ownHeads: string[] = [];
  if (fixMode !== 'none' && findings.some((f) => f.fixable)) {
    if (pr.isFork || !pr.headRepo) {
      result.fixNote = `podarmor cannot push to ${pr.headRepo ?? 'the deleted head repository'} (a fork): the safe fixes are offered as suggestions instead.`;
      notes.push(`⚠️ ${result.fixNote}`);
    } else {
      const fix = fixFiles([...changedInputs, ...contextInputs], { ...scanOptions, files: changedPaths });
      const files: FileToCommit[] = fix.files.map((f) => ({ path: f.path, content: f.after }));
      const created = fix.files.filter((f) => f.before === undefined).length;
      const message = commitMessage(fix.fixed.length, created);
      const contents = hardeningContents(fix.fixed.length, created);
      if (files.length > 0) {
        try {
          if (fixMode === 'commit') {
            result.fixCommit = await pushHardeningCommit(client, pr, files, message);
            ownHeads.push(result.fixCommit);
            committed = new Set(fix.fixed.map((f) => f.fingerprint));
            notes.push(`🔧 Pushed ${result.fixCommit.slice(0, 7)} with ${contents}.`);
          } else {
            const opened = await openHardeningPullRequest(client, pr, files, message);
            result.fixPullRequest = opened.url;
            notes.push(`🔧 Opened ${opened.url} with ${contents}: merge it into this branch to apply them.`);
          }
        } catch (err) {
          result.fixNote =
            isForbidden(err)
              ? 'the token may not write to this repository (fix needs contents: write, and pull-request mode needs pull-requests: write); the safe fixes are offered as suggestions instead.'
              : `the hardening ${fixMode === 'commit' ? 'commit' : 'pull request'} failed (${messageOf(err)}); the safe fixes are offered as suggestions instead.`;
          notes.push(`⚠️ ${result.fixNote}`);
          log.warning(result.fixNote);
        }
      }
      for (const d of fix.dropped) log.warning(notFixedLine(d));
    }
  }
  if (options.commitOnly) return result;

  const plan = planChange(change, hunks, config, notes, committed);
  result.plan = plan;
  if (options.post === false) return result;
  result.publish = await publishReview(client, pr, plan, { log, ownHeads });
  log.info(`podarmor: ${result.publish.message}`);
  return result;
}
