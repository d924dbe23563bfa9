// Onboarding on install (Renovate's onboarding pull request is the model): when the App is
// installed, or repositories are added to an installation, each repository — one at a time — gets
// its default branch scanned and, when safe fixes exist, one pull request "Harden Kubernetes
// manifests" with the safe fixes and the generated NetworkPolicies, its body summarising what is
// left by rule. Idempotent through GitHub state alone: a fixed branch name; an open onboarding pull
// request is updated (or left as is when it already carries the same change); a closed one means
// the repository said no, and it is never reopened or opened again.
import type { Context, Probot } from 'probot';
import { fixFiles, type FixResult } from '../core/fix/engine.ts';
import type { InputFile } from '../core/types.ts';
import { manifestInput } from '../core/yaml/parse.ts';
import { messageOf, statusOf, type GitHubClient, type Logger } from '../github/client.ts';
import { commitMessage } from '../github/hardening.ts';
import { mapLimit } from '../github/pull-request.ts';
import { scanOptionsOf } from '../review/change.ts';
import { mergeSettings, readSettingsFile } from '../review/config.ts';
import { pathMatcher } from '../review/paths.ts';
import { gitBlobSha, onboardingBody } from './onboarding-body.ts';
import { inFlight } from './shutdown.ts';

export const ONBOARDING_EVENTS = ['installation.created', 'installation_repositories.added'] as const;
export const ONBOARDING_BRANCH = 'podarmor/onboarding';
export const ONBOARDING_TITLE = 'Harden Kubernetes manifests';
const CONFIG_PATH = '.github/podarmor.yml';
/** Files read from a default branch at most, and the largest one read. */
const MAX_FILES = 500;
const MAX_FILE_BYTES = 1024 * 1024;
const READ_CONCURRENCY = 6;

export type OnboardingOutcome =
  | { outcome: 'skipped'; reason: 'archived' | 'empty' | 'opted out' | 'settings not valid' | 'closed before' | 'nothing to fix' }
  | { outcome: 'opened' | 'updated' | 'up to date'; number: number; url: string };

export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** Reads .github/podarmor.yml the way the App reads it for reviews (Probot's loader, `_extends`). */
export type ConfigReader = (repository: RepositoryRef) => Promise<unknown>;

export function registerOnboarding(app: Probot): void {
  app.on([...ONBOARDING_EVENTS], inFlight.track(onInstall));
}

type InstallContext = Context<'installation.created' | 'installation_repositories.added'>;

async function onInstall(context: InstallContext): Promise<void> {
  const payload = context.payload as { action: string; repositories?: { full_name: string }[]; repositories_added?: { full_name: string }[] };
  const repositories = (payload.action === 'created' ? payload.repositories : payload.repositories_added) ?? [];
  const client = context.octokit as unknown as GitHubClient;
  const log: Logger = { info: (m) => context.log.info(m), warning: (m) => context.log.warn(m), error: (m) => context.log.error(m) };
  const config = context.octokit.config as { get: (o: { owner: string; repo: string; path: string }) => Promise<{ config: unknown }> };
  const readConfig: ConfigReader = async ({ owner, repo }) => (await config.get({ owner, repo, path: CONFIG_PATH })).config;
  // One repository at a time: an installation on a large organisation must not burst.
  for (const { full_name: fullName } of repositories) {
    const [owner, repo] = fullName.split('/') as [string, string];
    try {
      const result = await onboardRepository(client, { owner, repo }, readConfig, log);
      log.info(`onboarding ${fullName}: ${result.outcome === 'skipped' ? `skipped (${result.reason})` : `${result.outcome} ${result.url}`}`);
    } catch (err) {
      log.error(`onboarding ${fullName} failed: ${messageOf(err)}`);
    }
  }
}

/** Onboards one repository; see the file comment for the rules. */
export async function onboardRepository(client: GitHubClient, target: RepositoryRef, readConfig: ConfigReader, log: Logger): Promise<OnboardingOutcome> {
  const { owner, repo } = target;
  const { data: repository } = await client.rest.repos.get({ owner, repo });
  if (repository.archived) return { outcome: 'skipped', reason: 'archived' };
  const base = repository.default_branch;
  const baseSha = await branchHead(client, target, base);
  if (!baseSha) return { outcome: 'skipped', reason: 'empty' };

  const { settings, problems } = readSettingsFile(await readConfig(target), CONFIG_PATH);
  if (problems.length) {
    log.warning(`${owner}/${repo}: ${problems.map((p) => p.message).join('; ')}`);
    return { outcome: 'skipped', reason: 'settings not valid' };
  }
  const config = mergeSettings(settings);
  if (!config.onboarding) return { outcome: 'skipped', reason: 'opted out' };

  const earlier = await client.paginate(client.rest.pulls.list, { owner, repo, head: `${owner}:${ONBOARDING_BRANCH}`, state: 'all', per_page: 100 });
  const open = earlier.find((p) => p.state === 'open');
  if (!open && earlier.length) return { outcome: 'skipped', reason: 'closed before' };

  const files = await readDefaultBranch(client, target, baseSha, pathMatcher(config.paths), log);
  const fix = fixFiles(files, { ...scanOptionsOf(config), egress: config.egress });
  if (fix.files.length === 0) return { outcome: 'skipped', reason: 'nothing to fix' };
  const body = onboardingBody(fix, `${owner}/${repo}`, base);

  if (open && (await carriesChange(client, target, open.head.sha, baseSha, fix))) {
    if (open.body?.trim() !== body.trim()) await client.rest.pulls.update({ owner, repo, pull_number: open.number, body });
    return { outcome: 'up to date', number: open.number, url: open.html_url };
  }
  const commit = await commitFixes(client, target, baseSha, fix);
  if (open) {
    await client.rest.git.updateRef({ owner, repo, ref: `heads/${ONBOARDING_BRANCH}`, sha: commit, force: true });
    await client.rest.pulls.update({ owner, repo, pull_number: open.number, body });
    return { outcome: 'updated', number: open.number, url: open.html_url };
  }
  await pointBranch(client, target, commit);
  const { data: pull } = await client.rest.pulls.create({ owner, repo, title: ONBOARDING_TITLE, head: ONBOARDING_BRANCH, base, body, maintainer_can_modify: true });
  return { outcome: 'opened', number: pull.number, url: pull.html_url };
}

/** The sha a branch points at; undefined for an empty repository (GitHub answers 404 or 409). */
async function branchHead(client: GitHubClient, { owner, repo }: RepositoryRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (err) {
    if (statusOf(err) === 404 || statusOf(err) === 409) return undefined;
    throw err;
  }
}

/** The manifests of the default branch that `paths` selects: one tree request, then the blobs. */
async function readDefaultBranch(client: GitHubClient, { owner, repo }: RepositoryRef, sha: string, matches: (path: string) => boolean, log: Logger): Promise<InputFile[]> {
  const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' });
  if (data.truncated) log.warning(`${owner}/${repo}: GitHub truncated the file list; onboarding scans the files it listed`);
  const blobs = data.tree.filter((e) => e.type === 'blob' && e.path && e.sha && matches(e.path) && (e.size ?? 0) <= MAX_FILE_BYTES);
  if (blobs.length > MAX_FILES) log.warning(`${owner}/${repo}: ${blobs.length} manifests; onboarding scans the first ${MAX_FILES}`);
  const read = await mapLimit(blobs.slice(0, MAX_FILES), READ_CONCURRENCY, async (e) => {
    const { data: blob } = await client.rest.git.getBlob({ owner, repo, file_sha: e.sha! });
    const input = manifestInput(e.path!, Buffer.from(blob.content, 'base64'));
    return 'file' in input ? input.file : undefined;
  });
  return read.filter((f): f is InputFile => f !== undefined);
}

/** Whether the open onboarding branch is one commit on `baseSha` with exactly these files. */
async function carriesChange(client: GitHubClient, { owner, repo }: RepositoryRef, headSha: string, baseSha: string, fix: FixResult): Promise<boolean> {
  const { data: commit } = await client.rest.git.getCommit({ owner, repo, commit_sha: headSha });
  if (commit.parents.length !== 1 || commit.parents[0]!.sha !== baseSha) return false;
  const { data: tree } = await client.rest.git.getTree({ owner, repo, tree_sha: commit.tree.sha, recursive: 'true' });
  const shas = new Map(tree.tree.map((e) => [e.path, e.sha]));
  return fix.files.every((f) => shas.get(f.path) === gitBlobSha(f.after));
}

/** One commit on `baseSha` with the fixed and the new files (Git Data API: tree, then commit). */
async function commitFixes(client: GitHubClient, { owner, repo }: RepositoryRef, baseSha: string, fix: FixResult): Promise<string> {
  const { data: tree } = await client.rest.git.createTree({
    owner,
    repo,
    base_tree: baseSha,
    tree: fix.files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.after })),
  });
  const created = fix.files.filter((f) => f.before === undefined).length;
  const message = commitMessage(fix.fixed.length, created);
  const { data: commit } = await client.rest.git.createCommit({ owner, repo, message: `${message.headline}\n\n${message.body}`, tree: tree.sha, parents: [baseSha] });
  return commit.sha;
}

/** Creates the onboarding branch at `sha`, or moves it there when a branch of that name is left. */
async function pointBranch(client: GitHubClient, { owner, repo }: RepositoryRef, sha: string): Promise<void> {
  try {
    await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${ONBOARDING_BRANCH}`, sha });
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    await client.rest.git.updateRef({ owner, repo, ref: `heads/${ONBOARDING_BRANCH}`, sha, force: true });
  }
}
