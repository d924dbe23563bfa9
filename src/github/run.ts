// One review of one pull request, the same for the Action and the App: read the changed manifests
// through the API, scan them, optionally make the hardening commit or pull request, plan the review
// and post it. The host (Action or App) only supplies the client, the settings and a logger.
// With a hardening commit, the review is about the commit: planned on its content and its diff.
import { manifestInput } from '../core/yaml/parse.ts';
import { notFixedLine } from '../core/fix/engine.ts';
import { renderSarif } from '../core/report/sarif.ts';
import { counted } from '../core/report/words.ts';
import type { Finding, InputFile, SkippedFile } from '../core/types.ts';
import { PACKAGE_REPOSITORY, VERSION } from '../version.ts';
import type { GitHubClient, Logger } from './client.ts';
import { isForbidden, messageOf, statusOf } from './client.ts';
import { planChange, scanChange, type ChangeScan } from '../review/change.ts';
import type { ReviewConfig } from '../review/config.ts';
import { parsePatch, type Hunk } from '../review/patch.ts';
import { reviewLinks, type LinkSources } from '../review/links.ts';
import { MAX_CONTEXT_FILES } from '../review/paths.ts';
import { hunksAfterCommit } from '../review/rediff.ts';
import { applyGate, baseFingerprints, gateSentence, type GateResult } from '../review/gate.ts';
import type { ReviewPlan } from '../review/plan.ts';
import type { RunFacts } from '../review/summary.ts';
import { hardeningFix } from './hardening-fix.ts';
import { commitMessage, hardeningBranch, hardeningContents, openHardeningPullRequest, pushHardeningCommit, type FileToCommit } from './hardening.ts';
import { LISTED_FILES_LIMIT, listChangedFiles, listSiblingFiles, loadPullRequest, type HeadFile, type PullRequestInfo, type PullRequestRef } from './pull-request.ts';
import { readFilesAtRef } from './read-files.ts';
import { reviewRenderedChange, type RenderedChange } from './rendered-change.ts';
import { publishReview, viewerLogin, type PublishResult } from './review.ts';


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
  /** Where the rule docs live (the Action's own repository and ref). */
  links?: Pick<LinkSources, 'actionRepository' | 'actionRef' | 'serverUrl'>;
  /** The token's login when the host knows it; else GitHub's `viewer` says. */
  identity?: string;
  /** Wait before retrying a review GitHub failed with 5xx. */
  retryDelayMs?: number;
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
  /** What cut the review short: GitHub's 3,000-file list, a truncated tree. */
  limits: string[];
  /** Said when a fix commit was pushed with GITHUB_TOKEN: no workflow runs on it. */
  tokenNote?: string;
  /** What fail-on counts (`gate`): the findings new in the pull request, or all. */
  gated: GateResult;
  sarif: string;
}

/** GITHUB_TOKEN's identity: what it pushes starts no workflow. */
export const ACTIONS_BOT = 'github-actions[bot]';

export async function loadInputs(client: GitHubClient, pr: PullRequestInfo, config: ReviewConfig, log: Logger) {
  const { files: changed, listed } = await listChangedFiles(client, pr, config.paths);
  const limits: string[] = [];
  if (pr.changedFiles > listed) limits.push(`⚠️ This pull request changes ${pr.changedFiles.toLocaleString('en-US')} files and GitHub lists at most ${LISTED_FILES_LIMIT.toLocaleString('en-US')}: podarmor reviewed the ${listed.toLocaleString('en-US')} it listed. Split the pull request, or run \`podarmor scan\` on the branch, to review the rest.`);
  let context: HeadFile[] = [];
  let kustomizationFiles: HeadFile[] = [];
  let chartRoots: string[] = [];
  try {
    const siblings = await listSiblingFiles(client, pr, changed, config.paths, MAX_CONTEXT_FILES);
    context = siblings.files;
    kustomizationFiles = siblings.kustomizations;
    chartRoots = siblings.chartRoots;
    if (siblings.truncated) limits.push('⚠️ GitHub truncated the repository\'s file tree, so some unchanged manifests beside the changed ones were not read: findings that compare documents (NetworkPolicy coverage) may be missing or extra.');
  } catch (err) {
    log.warning(`could not list the manifests beside the changed ones: ${messageOf(err)}`);
  }
  for (const l of limits) log.warning(l.replace(/^⚠️ /, ''));
  // Every file in a few GraphQL queries (about 50 files each), not one request per file.
  const skipped: SkippedFile[] = [];
  const texts = await readAtRef(client, pr, pr.headSha, [...changed, ...context, ...kustomizationFiles].map((f) => f.path), log);
  const read = (f: HeadFile): InputFile | undefined => {
    const text = texts?.get(f.path);
    if (text === undefined) {
      skipped.push({ file: f.path, reason: texts ? 'could not be read from GitHub (missing, binary or a submodule)' : 'could not be read from GitHub', error: true });
      return undefined;
    }
    const input = manifestInput(f.path, Buffer.from(text, 'utf8'));
    if ('file' in input) return input.file;
    skipped.push(input.skipped);
    return undefined;
  };
  const changedInputs = changed.map(read).filter((f): f is InputFile => f !== undefined);
  const contextInputs = context.map(read).filter((f): f is InputFile => f !== undefined);
  // Where generated NetworkPolicies go: the folders' kustomizations list them (read quietly).
  const kustomizations = kustomizationFiles.flatMap((f) => (texts?.get(f.path) === undefined ? [] : [{ path: f.path, text: texts.get(f.path)! }]));
  const hunks = new Map<string, Hunk[]>(changed.map((f) => [f.path, parsePatch(f.patch)]));
  const base = config.gate === 'new' ? await readBaseVersions(client, pr, changed, log) : undefined;
  return { changed, changedInputs, contextInputs, kustomizations, chartRoots, hunks, limits, base, skipped: skipped.filter((s) => changed.some((c) => c.path === s.file)) };
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
    notes: [...result.limits, ...(result.tokenNote ? [`⚠️ ${result.tokenNote}`] : [])],
    gated: result.gated,
  };
}

const ACTIONS_MAY_NOT_OPEN = /not permitted to create or approve pull requests/i;

/** The review after a hardening commit: the commit's content, and the diff the pull request shows now. */
interface Committed {
  oid: string;
  change: ChangeScan;
  hunks: Map<string, Hunk[]>;
}

export async function runReview(options: RunOptions): Promise<RunResult> {
  const { client, config, log } = options;
  const pr = await loadPullRequest(client, options.pr);
  const loaded = await loadInputs(client, pr, config, log);
  const { hunks, skipped, limits, base } = loaded;
  const fixMode = options.fix ?? config.fix;
  // Kustomizations, patches, charts and GitOps objects the change touches are reviewed as rendered;
  // the files judged through those renders (patches, values files) are not scanned on their own.
  // With a hardening commit asked for, the changed bases are fixed as `podarmor fix` fixes them.
  const rendered = await reviewRenderedChange(client, pr, config, log, loaded.changedInputs, { fix: fixMode !== 'none' }).catch((err): RenderedChange => {
    log.warning(`podarmor could not re-render what this pull request touches: ${messageOf(err)}`);
    return { findings: [], skipped: [{ file: '.', reason: `the kustomizations and charts this pull request touches could not be re-rendered: ${messageOf(err)}`, error: true }], covered: new Set(), hunks: new Map(), requests: 0 };
  });
  const standalone = (f: InputFile) => !rendered?.covered.has(f.path);
  const changedInputs = loaded.changedInputs.filter(standalone);
  const contextInputs = loaded.contextInputs.filter(standalone);
  for (const [path, fileHunks] of rendered?.hunks ?? []) if (!hunks.has(path)) hunks.set(path, fileHunks);
  const withRenderedOf = (r: RenderedChange | undefined) => (c: ChangeScan): ChangeScan => (r ? { ...c, findings: [...c.findings, ...r.findings], skipped: [...c.skipped, ...r.skipped] } : c);
  const withRendered = withRenderedOf(rendered);
  const change = withRendered(scanChange(changedInputs, contextInputs, skipped, config));
  const { findings, changedPaths, scanOptions, skipped: allSkipped } = change;
  // A file that could not be read at the base counts as new: its findings are not excused.
  const old = base ? withoutPaths(baseFingerprints(base.files, contextInputs, scanOptions), findings, base.unread) : undefined;
  // A rendered finding is the change's only where it lands on a line the pull request adds; the
  // others (an unchanged base or template the re-render shows) were there before.
  for (const f of rendered?.findings ?? []) if (!hunks.get(f.file)?.some((h) => h.added.has(f.line))) old?.add(f.fingerprint);
  const gated = applyGate(findings, old, config.gate);
  const result: RunResult = { pr, findings, skipped: allSkipped, limits, gated, sarif: renderSarif({ findings, skipped: allSkipped, problems: [] }, VERSION) };
  const identity = options.identity ?? (await viewerLogin(client)) ?? ACTIONS_BOT;

  // The hardening commit or pull request.
  const notes: string[] = [...limits, ...(findings.length && config.gate === 'new' ? [`ℹ️ ${gateSentence(gated)}`] : [])];
  let committed: Committed | undefined;
  let fixedFingerprints: Set<string> | undefined;
  if (fixMode !== 'none' && (findings.some((f) => f.fixable) || (rendered?.fix?.files.length ?? 0) > 0)) {
    if (pr.isFork || !pr.headRepo) {
      result.fixNote = `podarmor cannot push to ${pr.headRepo ?? 'the deleted head repository'} (a fork): the safe fixes are offered as suggestions instead.`;
      notes.push(`⚠️ ${result.fixNote}`);
    } else {
      const placement = { egress: config.egress, chartRoots: loaded.chartRoots };
      const fix = hardeningFix({ changed: changedInputs, context: contextInputs, kustomizations: loaded.kustomizations }, { ...scanOptions, files: changedPaths, ...placement }, rendered?.fix);
      const files: FileToCommit[] = fix.files.map((f) => ({ path: f.path, content: f.after }));
      const created = fix.files.filter((f) => f.before === undefined).length;
      const message = commitMessage(fix.fixed.length, created);
      const contents = hardeningContents(fix.fixed.length, created);
      if (files.length > 0) {
        try {
          if (fixMode === 'commit') {
            const oid = await pushHardeningCommit(client, pr, files, message);
            result.fixCommit = oid;
            fixedFingerprints = new Set(fix.fixed.map((f) => f.fingerprint));
            committed = afterCommit(oid, changedInputs, contextInputs, skipped, hunks, fix.files, config);
            // Bases the commit fixed are rendered again at the commit: the review's lines are its lines.
            const renderedNow = rendered?.fix?.files.length ? await renderedAt(client, { ...pr, headSha: oid }, config, log, loaded.changedInputs, fix.files, rendered) : rendered;
            committed.change = withRenderedOf(renderedNow)(committed.change);
            if (renderedNow !== rendered) for (const [path, fileHunks] of renderedNow?.hunks ?? []) if (!changedInputs.some((f) => f.path === path)) committed.hunks.set(path, fileHunks);
            notes.push(`🔧 Pushed ${oid.slice(0, 7)} with ${contents}; this review is about that commit.`);
            if (identity === ACTIONS_BOT) {
              result.tokenNote = `${oid.slice(0, 7)} was pushed with GITHUB_TOKEN, and GitHub starts no workflow for commits made with it: required checks on it wait until the next push. Give the Action a GitHub App token or a personal access token (see the README) to have them run.`;
              notes.push(`⚠️ ${result.tokenNote}`);
            }
          } else {
            const opened = await openHardeningPullRequest(client, pr, files, message);
            result.fixPullRequest = opened.url;
            notes.push(`🔧 Opened ${opened.url} with ${contents}: merge it into this branch to apply them.`);
          }
        } catch (err) {
          result.fixNote = await fixFailure(client, pr, fixMode, err, log);
          notes.push(`⚠️ ${result.fixNote}`);
          log.warning(result.fixNote);
        }
      }
      for (const d of fix.dropped) log.warning(notFixedLine(d));
    }
  }
  if (options.commitOnly) return result;

  const links = reviewLinks({ packageRepository: PACKAGE_REPOSITORY, ...options.links, repository: `${pr.owner}/${pr.repo}`, headSha: committed?.oid ?? pr.headSha });
  const planned = committed ? { ...committed.change, findings: [...committed.change.findings, ...findings.filter((f) => fixedFingerprints?.has(f.fingerprint))] } : change;
  const plan = planChange(planned, committed?.hunks ?? hunks, config, notes, fixedFingerprints, links);
  result.plan = plan;
  if (options.post === false) return result;
  result.publish = await publishReview(client, pr, plan, {
    log,
    identity,
    ...(committed ? { commitId: committed.oid, ownHeads: [committed.oid] } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
  log.info(`podarmor: ${result.publish.message}`);
  return result;
}

/** The renders again at the hardening commit (`pr.headSha`); the earlier renders if that fails. */
async function renderedAt(client: GitHubClient, pr: PullRequestInfo, config: ReviewConfig, log: Logger, changed: readonly InputFile[], files: readonly { path: string; after: string }[], earlier: RenderedChange): Promise<RenderedChange | undefined> {
  const known = new Map([...changed.map((f): [string, string] => [f.path, f.text]), ...files.map((f): [string, string] => [f.path, f.after])]);
  try {
    return await reviewRenderedChange(client, pr, config, log, [...known].map(([path, text]) => ({ path, text })));
  } catch (err) {
    log.warning(`podarmor could not re-render the hardening commit: ${messageOf(err)}`);
    return earlier;
  }
}

/** Files at `ref` through batched GraphQL reads; undefined (and a warning) when GitHub refuses. */
async function readAtRef(client: GitHubClient, pr: PullRequestInfo, ref: string, paths: readonly string[], log: Logger): Promise<Map<string, string | undefined> | undefined> {
  if (paths.length === 0) return new Map();
  try {
    return await readFilesAtRef(client, pr, ref, paths);
  } catch (err) {
    log.warning(`could not read ${counted(paths.length, 'file')} at ${ref.slice(0, 7)}: ${messageOf(err)}`);
    return undefined;
  }
}

/** The base branch's version of the changed files (none for added ones), under their head paths so
 * that findings keep their identity; `unread` names those whose base could not be read. */
async function readBaseVersions(client: GitHubClient, pr: PullRequestInfo, changed: readonly HeadFile[], log: Logger): Promise<{ files: InputFile[]; unread: string[] }> {
  const existing = changed.filter((f) => f.status !== 'added');
  const texts = await readAtRef(client, pr, pr.baseSha, existing.map((f) => f.previousPath ?? f.path), log);
  if (!texts) return { files: [], unread: existing.map((f) => f.path) };
  const files: InputFile[] = [];
  for (const f of existing) {
    const text = texts.get(f.previousPath ?? f.path);
    if (text !== undefined) files.push({ path: f.path, text });
  }
  return { files, unread: [] };
}

/** `fingerprints` without those of findings in `paths`. */
function withoutPaths(fingerprints: Set<string>, findings: readonly Finding[], paths: readonly string[]): Set<string> {
  if (paths.length === 0) return fingerprints;
  const unread = new Set(paths);
  for (const f of findings) if (unread.has(f.file)) fingerprints.delete(f.fingerprint);
  return fingerprints;
}

/** The change as the hardening commit left it: its files scanned again, its diff carried over. */
function afterCommit(oid: string, changed: readonly InputFile[], context: readonly InputFile[], skipped: readonly SkippedFile[], hunks: ReadonlyMap<string, Hunk[]>, files: readonly { path: string; before?: string | undefined; after: string }[], config: ReviewConfig): Committed {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const changedAfter = changed.map((f) => ({ ...f, text: byPath.get(f.path)?.after ?? f.text }));
  const next = new Map(hunks);
  for (const f of changed) {
    const edit = byPath.get(f.path);
    if (edit) next.set(f.path, hunksAfterCommit(f.text, edit.after, hunks.get(f.path) ?? []));
  }
  return { oid, change: scanChange(changedAfter, context, skipped, config), hunks: next };
}

/** Why the hardening commit or pull request was not made, in the words a maintainer can act on. */
async function fixFailure(client: GitHubClient, pr: PullRequestInfo, fixMode: ReviewConfig['fix'], err: unknown, log: Logger): Promise<string> {
  if (fixMode === 'pull-request' && statusOf(err) === 403 && ACTIONS_MAY_NOT_OPEN.test(messageOf(err))) {
    // The branch was pushed before GitHub refused the pull request: do not leave it behind.
    const branch = hardeningBranch(pr);
    let removed = true;
    try {
      await client.rest.git.deleteRef({ owner: pr.owner, repo: pr.repo, ref: `heads/${branch}` });
    } catch (deleteErr) {
      removed = false;
      log.warning(`could not delete ${branch}: ${messageOf(deleteErr)}`);
    }
    return `GitHub refused to open the hardening pull request: "GitHub Actions is not permitted to create or approve pull requests." Turn on "Allow GitHub Actions to create and approve pull requests" (repository or organisation Settings → Actions → General → Workflow permissions), or use fix: commit. ${removed ? `podarmor deleted its branch ${branch}` : `The branch ${branch} is left behind`}; the safe fixes are offered as suggestions instead.`;
  }
  if (isForbidden(err)) return 'the token may not write to this repository (fix needs contents: write, and pull-request mode needs pull-requests: write); the safe fixes are offered as suggestions instead.';
  return `the hardening ${fixMode === 'commit' ? 'commit' : 'pull request'} failed (${messageOf(err)}); the safe fixes are offered as suggestions instead.`;
}
