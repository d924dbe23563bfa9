// One review of one pull request, the same for the Action and the App: read the changed manifests
// through the API, scan them, optionally make the hardening commit or pull request, plan the review
// and post it. The host (Action or App) only supplies the client, the settings and a logger.
import { manifestInput } from '../core/yaml/parse.ts';
import { fixFiles, notFixedLine } from '../core/fix/engine.ts';
import { scan, type ScanSession } from '../core/scan.ts';
import { renderSarif } from '../core/report/sarif.ts';
import type { Finding, InputFile, ScanOptions, SkippedFile } from '../core/types.ts';
import { VERSION } from '../version.ts';
import type { GitHubClient, Logger } from './client.ts';
import { isForbidden, messageOf } from './client.ts';
import type { ReviewConfig } from './config.ts';
import { commitMessage, hardeningContents, openHardeningPullRequest, pushHardeningCommit, type FileToCommit } from './hardening.ts';
import { parsePatch, type Hunk } from './patch.ts';
import type { SummaryRow } from './markdown.ts';
import { planReview, type ReviewPlan } from './plan.ts';
import { fetchBlob, listChangedFiles, listSiblingFiles, loadPullRequest, mapLimit, type ChangedFile, type PullRequestInfo, type PullRequestRef } from './pull-request.ts';
import { publishReview, type PublishResult } from './review.ts';

/** Unchanged manifests read beside the changed ones, for NetworkPolicy coverage. */
export const MAX_CONTEXT_FILES = 50;
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

export function scanOptionsOf(config: ReviewConfig): ScanOptions {
  return {
    profile: config.profile,
    kubernetesVersion: config.kubernetesVersion,
    ...(config.only.length ? { only: config.only } : {}),
    ...(Object.keys(config.ruleOptions).length ? { ruleOptions: config.ruleOptions } : {}),
  };
}

export async function loadInputs(client: GitHubClient, pr: PullRequestInfo, config: ReviewConfig, log: Logger) {
  const changed = await listChangedFiles(client, pr, config.paths);
  let context: ChangedFile[] = [];
  try {
    context = await listSiblingFiles(client, pr, changed, config.paths, MAX_CONTEXT_FILES);
  } catch (err) {
    log.warning(`could not list the manifests beside the changed ones: ${messageOf(err)}`);
  }
  const skipped: SkippedFile[] = [];
  const read = async (f: ChangedFile): Promise<InputFile | undefined> => {
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

export interface ChangeScan {
  session: ScanSession;
  /** Findings in the changed files (the context files only inform them). */
  findings: Finding[];
  skipped: SkippedFile[];
  changedPaths: Set<string>;
  scanOptions: ScanOptions;
}

/** Scans the changed files together with their unchanged neighbours, keeping what the change owns.
 * Shared by pull-request runs and `podarmor review`, which differ only in where the bytes come from. */
export function scanChange(changed: readonly InputFile[], context: readonly InputFile[], unreadable: readonly SkippedFile[], config: ReviewConfig): ChangeScan {
  const changedPaths = new Set(changed.map((f) => f.path));
  const scanOptions = scanOptionsOf(config);
  const session = scan([...changed, ...context], scanOptions);
  const findings = session.findings.filter((f) => changedPaths.has(f.file));
  const skipped = [...unreadable, ...session.skipped.filter((s) => changedPaths.has(s.file))];
  return { session, findings, skipped, changedPaths, scanOptions };
}

/** The review of a scanned change: the same plan wherever it is posted or printed. */
export function planChange(change: ChangeScan, hunks: ReadonlyMap<string, readonly Hunk[]>, config: ReviewConfig, notes: readonly string[] = [], committed?: ReadonlySet<string>): ReviewPlan {
  return planReview({
    session: change.session,
    findings: change.findings,
    hunks,
    suggestions: config.suggestions,
    maxComments: config.maxComments,
    fixOptions: change.scanOptions,
    ...(committed ? { committed } : {}),
    notes: [...notes, ...change.skipped.map(skippedNote)],
  });
}

/** A file the review could not read, as the review body, the check run and the job summary say it. */
export function skippedNote(s: SkippedFile): string {
  return `⚠️ \`${s.file}${s.line !== undefined ? `:${s.line}` : ''}\` was not reviewed: ${s.reason}`;
}

/** Every finding of a run with where it went: its inline comment, the plan's reason for not
 * commenting it, or `elsewhere` for all of them (annotations, when no review could be posted). */
export function findingRows(result: RunResult, elsewhere?: string): SummaryRow[] {
  const commented = new Set(result.plan?.comments.flatMap((c) => c.fingerprints));
  const reasons = new Map(result.plan?.rows.map((r) => [r.finding, r.where]));
  return result.findings.map((finding) => ({ finding, where: elsewhere ?? (commented.has(finding.fingerprint) ? 'inline comment' : (reasons.get(finding) ?? '')) }));
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
