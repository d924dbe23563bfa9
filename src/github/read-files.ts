// Reads the files a re-render needs through the API at the pull request's head, without a checkout:
// one git tree listing, then GraphQL queries that read ~50 files each
// (`repository { f0: object(expression: "<sha>:<path>") { ... on Blob { text } } … }`), and writes
// them into a temporary folder where kustomize and helm run. Safe under `pull_request_target`:
// nothing of the pull request is executed by GitHub's runner, only rendered by the tools.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, isAbsolute } from 'node:path';
import type { GitHubClient } from './client.ts';
import { mapLimit } from './pull-request.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Files per GraphQL query: tens of aliases per query stay well inside GitHub's limits. */
export const FILES_PER_QUERY = 50;
const QUERY_CONCURRENCY = 4;

interface BlobAnswer {
  text: string | null;
  isBinary: boolean | null;
  isTruncated: boolean;
  byteSize: number;
  oid: string;
}

/** The GraphQL query reading `count` files: one aliased `object(expression:)` per file. */
export function readFilesQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$e${i}: String!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `f${i}: object(expression: $e${i}) { ... on Blob { text isBinary isTruncated byteSize oid } }`).join('\n    ');
  return `query ReadFiles($owner: String!, $name: String!, ${vars}) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`;
}

/** The text of each path at `ref` (a commit sha): undefined for a path that is missing, a folder or
 * binary. Files past GraphQL's text limit (~512 KB) are read as blobs. */
export async function readFilesAtRef(client: GitHubClient, repo: RepoRef, ref: string, paths: readonly string[]): Promise<Map<string, string | undefined>> {
  const unique = [...new Set(paths)];
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += FILES_PER_QUERY) batches.push(unique.slice(i, i + FILES_PER_QUERY));
  const result = new Map<string, string | undefined>();
  await mapLimit(batches, QUERY_CONCURRENCY, async (batch) => {
    const variables = Object.fromEntries(batch.map((path, i) => [`e${i}`, `${ref}:${path}`]));
    const data = await client.graphql<{ repository: Record<string, BlobAnswer | null> | null }>(readFilesQuery(batch.length), { owner: repo.owner, name: repo.repo, ...variables });
    await Promise.all(
      batch.map(async (path, i) => {
        const blob = data.repository?.[`f${i}`];
        if (!blob || blob.isBinary || (blob.text === null && !blob.isTruncated)) return result.set(path, undefined);
        if (!blob.isTruncated) return result.set(path, blob.text ?? undefined);
        const { data: large } = await client.rest.git.getBlob({ owner: repo.owner, repo: repo.repo, file_sha: blob.oid });
        result.set(path, Buffer.from(large.content, large.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
      }),
    );
  });
  return new Map(unique.map((p) => [p, result.get(p)]));
}

export interface TreeListing {
  /** Every file (blob) of the tree, repository-relative. */
  paths: string[];
  /** True when GitHub cut the listing (very large trees): some files are missing from `paths`. */
  truncated: boolean;
}

/** Every file of the repository at `ref`, in one recursive tree request. */
export async function listTreeAtRef(client: GitHubClient, repo: RepoRef, ref: string): Promise<TreeListing> {
  const { data } = await client.rest.git.getTree({ owner: repo.owner, repo: repo.repo, tree_sha: ref, recursive: 'true' });
  return { paths: data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => e.path!), truncated: data.truncated };
}

/** Writes `files` (repository-relative paths) under `dir`; files without text are left out. */
export async function materialize(files: ReadonlyMap<string, string | undefined>, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [path, text] of files) {
    if (text === undefined) continue;
    const safe = normalize(path);
    if (isAbsolute(safe) || safe === '..' || safe.startsWith('../') || safe.startsWith('..\\')) throw new Error(`refusing to write ${path} outside the render folder`);
    const target = join(dir, safe);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    written.push(path);
  }
  return written;
}
