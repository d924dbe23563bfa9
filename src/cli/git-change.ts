// The local change `podarmor review` looks at, read from git: the working tree against the merge
// base of <base> and HEAD, untracked manifests included, with the same hunks GitHub would show.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../core/errors.ts';
import type { InputFile, SkippedFile } from '../core/types.ts';
import { addedFileHunks, parsePatch, type Hunk } from '../review/patch.ts';
import { MAX_CONTEXT_FILES, pathMatcher, selectSiblings } from '../review/paths.ts';
import { readManifestFile } from './files.ts';

/** `execFile`, promised; node:child_process is loaded on first use, as in sources/run-tool.ts: a
 * scan of files runs no git. */
async function run(file: string, args: string[], options: { cwd: string; maxBuffer: number; encoding: 'utf8' }): Promise<{ stdout: string; stderr: string }> {
  const { execFile } = await import('node:child_process');
  return promisify(execFile)(file, args, options);
}
const GIT_BUFFER = 256 * 1024 * 1024;

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer: GIT_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch (err) {
    const e = err as { code?: string; stderr?: string; message: string };
    if (e.code === 'ENOENT') throw new UsageError('review needs git on PATH');
    throw new UsageError(`git ${args.join(' ')}: ${(e.stderr || e.message).trim().split('\n')[0]}`);
  }
}

/** Where the review happens: the repository's top folder, and the folder in it to review ('' for all). */
export interface ReviewedTree {
  root: string;
  scope: string;
  mergeBase: string;
}

/** Finds the repository around `path` and the merge base of `base` and HEAD. */
export async function locateTree(path: string, base: string): Promise<ReviewedTree> {
  const start = resolve(path);
  const startDir = existsSync(start) && (await stat(start)).isDirectory() ? start : dirname(start);
  if (!existsSync(startDir)) throw new UsageError(`no such folder: ${path}`);
  const root = (await git(startDir, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new UsageError(`${path} is not inside a git repository`);
  })).trim();
  const scope = relative(root, start).split(sep).join('/');
  await git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => {
    throw new UsageError(`--base ${base} is not a commit in this repository (fetch it first, e.g. git fetch origin ${base.replace(/^origin\//, '')})`);
  });
  const mergeBase = (await git(root, ['merge-base', base, 'HEAD'])).trim();
  return { root, scope, mergeBase };
}

/** The changed manifests with their hunks, the unchanged neighbours that give them context, and
 * the changed files that could not be read. */
export interface LocalChange {
  changed: InputFile[];
  hunks: Map<string, Hunk[]>;
  context: InputFile[];
  unreadable: SkippedFile[];
}

export async function readLocalChange(tree: ReviewedTree, globs: readonly string[], maxBytes: number): Promise<LocalChange> {
  const { root, scope, mergeBase } = tree;
  const matches = pathMatcher(globs);
  const inScope = (p: string) => !scope || p === scope || p.startsWith(`${scope}/`);

  // The change: tracked files that differ from the merge base, and untracked ones (all added).
  const pathspec = scope ? ['--', scope] : [];
  const patches = splitDiff(await git(root, ['diff', '--no-color', '--no-ext-diff', '--no-renames', '-U3', mergeBase, ...pathspec]));
  const untracked = (await git(root, ['ls-files', '--others', '--exclude-standard', '-z', ...pathspec])).split('\0').filter(Boolean);
  const unreadable: SkippedFile[] = [];
  const hunks = new Map<string, Hunk[]>();
  const changed: InputFile[] = [];
  for (const [path, patch] of patches) {
    if (!matches(path) || !inScope(path)) continue;
    const file = await readManifest(root, path, maxBytes, unreadable);
    if (file) changed.push(file);
    hunks.set(path, parsePatch(patch));
  }
  for (const path of untracked) {
    if (!matches(path) || patches.has(path)) continue;
    const file = await readManifest(root, path, maxBytes, unreadable);
    if (!file) continue;
    changed.push(file);
    hunks.set(path, addedFileHunks(file.text));
  }

  const tracked = (await git(root, ['ls-files', '-z'])).split('\0').filter(Boolean);
  const context: InputFile[] = [];
  for (const path of selectSiblings(tracked, changed.map((f) => f.path), globs, MAX_CONTEXT_FILES)) {
    const file = await readManifest(root, path, maxBytes, []);
    if (file) context.push(file);
  }
  return { changed, hunks, context, unreadable };
}

async function readManifest(root: string, path: string, maxBytes: number, skipped: SkippedFile[]): Promise<InputFile | undefined> {
  const full = join(root, path);
  // Deleted in the working tree: nothing to review.
  if (!existsSync(full)) return undefined;
  const read = await readManifestFile(full, path, maxBytes);
  if ('skipped' in read) skipped.push(read.skipped);
  return 'file' in read ? read.file : undefined;
}

/** `git diff` output split per file: path (right side) -> that file's hunks, as GitHub's `patch`. */
export function splitDiff(diff: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    const target = /^\+\+\+ (?:b\/(.*)|"b\/((?:[^"\\]|\\.)*)")$/m.exec(section);
    if (!target) continue; // deleted or binary
    const path = target[1] ?? JSON.parse(`"${target[2]}"`);
    const firstHunk = section.search(/^@@ /m);
    out.set(path, firstHunk < 0 ? '' : section.slice(firstHunk).replace(/\n$/, ''));
  }
  return out;
}

/** The merge base's version of changed files (for the gate), under their current paths; files the
 * merge base does not have are left out. */
export async function readBaseVersions(tree: ReviewedTree, paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const path of paths) {
    const text = await git(tree.root, ['show', `${tree.mergeBase}:${path}`]).catch(() => undefined);
    if (text !== undefined) out.push({ path, text });
  }
  return out;
}
