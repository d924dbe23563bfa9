// Reading a pull request through the API at its head commit: its metadata, the files it changes
// with their diff, and their bytes. Nothing is checked out or run, so this is safe under
// `pull_request_target` too.
import { KUSTOMIZATION_FILE_NAMES } from '../core/kustomization.ts';
import { dirnameOf, joinPath } from '../core/fix/network-policies/placement.ts';
import { pathMatcher, selectSiblings } from '../review/paths.ts';
import { chartDirs } from '../sources/affected.ts';
import type { GitHubClient } from './client.ts';
import { statusOf } from './client.ts';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export interface PullRequestInfo extends PullRequestRef {
  headSha: string;
  headRef: string;
  /** owner/name of the repository the head branch lives in (undefined when it was deleted). */
  headRepo: string | undefined;
  baseRef: string;
  baseSha: string;
  /** True when the head branch lives in another repository, which this token cannot write. */
  isFork: boolean;
  state: string;
  draft: boolean;
  /** How many files the pull request changes (GitHub lists at most 3,000 of them). */
  changedFiles: number;
}

/** GitHub lists at most this many files of a pull request. */
export const LISTED_FILES_LIMIT = 3000;

/** A file at the pull request's head commit: its blob, and its patch when the pull request changes it. */
export interface HeadFile {
  path: string;
  /** GitHub's file status (added, modified, renamed…), or 'unchanged' for a sibling read as context. */
  status: string;
  /** Blob sha of the file at the head commit. */
  sha: string;
  patch?: string;
  /** The path on the base branch, for a renamed file. */
  previousPath?: string;
}

export async function loadPullRequest(client: GitHubClient, ref: PullRequestRef): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.number });
  const headRepo = data.head.repo?.full_name;
  return {
    ...ref,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    isFork: headRepo !== `${ref.owner}/${ref.repo}`,
    state: data.state,
    draft: data.draft ?? false,
    changedFiles: data.changed_files,
  };
}

/** The files a pull request changes, filtered by globs, and how many GitHub listed (at most 3,000:
 * compare with `changedFiles` to know whether the list was cut). */
export async function listChangedFiles(client: GitHubClient, pr: PullRequestRef, globs: readonly string[]): Promise<{ files: HeadFile[]; listed: number }> {
  const all = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const matches = pathMatcher(globs);
  const files = all
    .filter((f) => f.status !== 'removed' && f.sha !== null && matches(f.filename))
    .map((f) => ({ path: f.filename, status: f.status, sha: f.sha!, ...(f.patch !== undefined ? { patch: f.patch } : {}), ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) }));
  return { files, listed: all.length };
}

/** A file's bytes by blob sha (exact bytes, files up to 100 MB). */
export async function fetchBlob(client: GitHubClient, pr: PullRequestRef, sha: string): Promise<Uint8Array> {
  const { data } = await client.rest.git.getBlob({ owner: pr.owner, repo: pr.repo, file_sha: sha });
  return Buffer.from(data.content, (data.encoding as BufferEncoding) === 'base64' ? 'base64' : 'utf8');
}

/** Runs `fn` over `items` with at most `limit` at once (GitHub counts concurrent requests). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

/** Manifests beside the changed ones (same folders) that the pull request does not change, for
 * the rules that compare documents (NetworkPolicy coverage), at most `cap`; and what placing a
 * generated NetworkPolicy needs to know of those folders: the kustomization each holds (the file
 * must be listed in its `resources:`, whatever the `paths` globs say) and the Helm charts of the
 * repository (nothing is written inside one). One tree request.
 * `truncated`: GitHub cut the recursive tree listing, so some neighbours may be missing. */
export async function listSiblingFiles(client: GitHubClient, pr: PullRequestInfo, changed: readonly HeadFile[], globs: readonly string[], cap: number): Promise<{ files: HeadFile[]; kustomizations: HeadFile[]; chartRoots: string[]; truncated: boolean }> {
  if (changed.length === 0) return { files: [], kustomizations: [], chartRoots: [], truncated: false };
  const { data } = await client.rest.git.getTree({ owner: pr.owner, repo: pr.repo, tree_sha: pr.headSha, recursive: 'true' });
  const blobs = new Map(data.tree.filter((e) => e.type === 'blob' && e.path && e.sha).map((e) => [e.path!, e.sha!]));
  const files = cap > 0 ? selectSiblings([...blobs.keys()], changed.map((f) => f.path), globs, cap).map((path) => ({ path, status: 'unchanged', sha: blobs.get(path)! })) : [];
  const kustomizations: HeadFile[] = [];
  for (const dir of new Set(changed.map((f) => dirnameOf(f.path)))) {
    const path = KUSTOMIZATION_FILE_NAMES.map((n) => joinPath(dir, n)).find((p) => blobs.has(p));
    if (path) kustomizations.push({ path, status: 'unchanged', sha: blobs.get(path)! });
  }
  return { files, kustomizations, chartRoots: chartDirs([...blobs.keys()]), truncated: data.truncated === true };
}

/** The text of a repository file at `ref`; undefined when there is none. */
export async function readRepositoryFile(client: GitHubClient, owner: string, repo: string, path: string, ref: string): Promise<{ text: string } | { error: string } | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ owner, repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return { error: `${path} is not a file` };
    return { text: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

