// `podarmor review --base <ref>`: the review the Action would post for the local change — the
// working tree against the merge base of <ref> and HEAD, untracked manifests included — printed
// instead of posted. Same settings file, same scan of changed files with their neighbours, same
// planner as the pull-request run; only the bytes come from git instead of the API.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { reachesFailOn } from '../core/fail-on.ts';
import { counted } from '../core/report/words.ts';
import { UsageError } from '../core/rules/registry.ts';
import type { InputFile, SkippedFile } from '../core/types.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../core/yaml/parse.ts';
import { readManifestFile } from './files.ts';
import { mergeSettings, parseSettingsFile, type ReviewConfig } from '../github/config.ts';
import { parsePatch, type Hunk } from '../github/patch.ts';
import { pathMatcher, selectSiblings } from '../github/pull-request.ts';
import { MAX_CONTEXT_FILES, planChange, scanChange } from '../github/run.ts';
import type { ReviewPlan } from '../github/plan.ts';
import type { CommonOptions, Io } from './main.ts';

const run = promisify(execFile);
const CONFIG_FILE = '.github/podarmor.yml';
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

export async function runReview(common: CommonOptions, io: Io): Promise<number> {
  const base = common.values.base;
  if (!base) throw new UsageError('review needs --base <git-ref>, the branch the pull request goes into (e.g. --base origin/main)');
  const format = common.values.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError('--format of review must be text or json');
  if (common.paths.length > 1) throw new UsageError('review takes at most one folder: the repository (or a folder in it) to review');
  const start = resolve(common.paths[0]!);
  const startDir = existsSync(start) && (await stat(start)).isDirectory() ? start : dirname(start);
  if (!existsSync(startDir)) throw new UsageError(`no such folder: ${common.paths[0]}`);

  const root = (await git(startDir, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new UsageError(`${common.paths[0]} is not inside a git repository`);
  })).trim();
  const scope = relative(root, start).split(sep).join('/');
  await git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => {
    throw new UsageError(`--base ${base} is not a commit in this repository (fetch it first, e.g. git fetch origin ${base.replace(/^origin\//, '')})`);
  });
  const mergeBase = (await git(root, ['merge-base', base, 'HEAD'])).trim();

  const config = await loadConfig(root, common);
  const matches = pathMatcher(config.paths);
  const inScope = (p: string) => !scope || p === scope || p.startsWith(`${scope}/`);

  // The change: tracked files that differ from the merge base, and untracked ones (all added).
  const pathspec = scope ? ['--', scope] : [];
  const patches = splitDiff(await git(root, ['diff', '--no-color', '--no-ext-diff', '--no-renames', '-U3', mergeBase, ...pathspec]));
  const untracked = (await git(root, ['ls-files', '--others', '--exclude-standard', '-z', ...pathspec])).split('\0').filter(Boolean);
  const maxBytes = common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
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
    const lines = file.text.split('\n').length - (file.text.endsWith('\n') ? 1 : 0);
    hunks.set(path, [{ start: 1, end: lines, added: new Set(Array.from({ length: lines }, (_, i) => i + 1)) }]);
  }

  const tracked = (await git(root, ['ls-files', '-z'])).split('\0').filter(Boolean);
  const context: InputFile[] = [];
  for (const path of selectSiblings(tracked, changed.map((f) => f.path), config.paths, MAX_CONTEXT_FILES)) {
    const file = await readManifest(root, path, maxBytes, []);
    if (file) context.push(file);
  }

  const change = scanChange(changed, context, unreadable, config);
  const plan = planChange(change, hunks, config);
  const where = `${base} (merge base ${mergeBase.slice(0, 7)})`;
  if (format === 'json') io.stdout(`${JSON.stringify(reviewJson(plan, base, mergeBase), null, 2)}\n`);
  else io.stdout(renderReview(plan, changed.length, where, io.color));
  return reachesFailOn({ findings: change.findings, skipped: change.skipped }, common.failOn) ? 1 : 0;
}

/** .github/podarmor.yml of the working tree, then the command line's options. */
async function loadConfig(root: string, common: CommonOptions): Promise<ReviewConfig> {
  let fromFile: Partial<ReviewConfig> = {};
  const path = join(root, CONFIG_FILE);
  if (existsSync(path)) {
    const read = parseSettingsFile(await readFile(path, 'utf8'), CONFIG_FILE);
    if (read.problems.length) throw new UsageError(`${CONFIG_FILE} is not valid:\n${read.problems.map((p) => `  - ${p.message}`).join('\n')}`);
    fromFile = read.settings;
  }
  const v = common.values;
  const fromFlags: Partial<ReviewConfig> = {
    ...(v.profile ? { profile: common.scan.profile } : {}),
    ...(v['kubernetes-version'] ? { kubernetesVersion: common.scan.kubernetesVersion } : {}),
    ...(common.scan.only ? { only: [...common.scan.only] } : {}),
    ...(common.scan.ruleOptions ? { ruleOptions: common.scan.ruleOptions } : {}),
  };
  if (v['max-comments'] !== undefined) {
    const n = Number(v['max-comments']);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-comments takes a whole number');
    fromFlags.maxComments = n;
  }
  return mergeSettings(fromFile, fromFlags);
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

const HIDDEN = /<!-- podarmor:[^>]*-->\n?/g;

function renderReview(plan: ReviewPlan, files: number, where: string, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const out: string[] = [bold(`podarmor review of ${counted(files, 'changed manifest')} against ${where}`), ''];
  if (plan.comments.length === 0) out.push('No inline comments.', '');
  for (const c of plan.comments) {
    out.push(bold(`── ${c.path}:${c.startLine !== undefined ? `${c.startLine}-` : ''}${c.line} ──`), c.body.replace(HIDDEN, '').trim(), '');
  }
  out.push(bold('── Review summary ──'), plan.body.replace(HIDDEN, '').trim(), '');
  return `${out.join('\n')}\n`;
}

function reviewJson(plan: ReviewPlan, base: string, mergeBase: string) {
  return {
    base,
    mergeBase,
    comments: plan.comments.map((c) => ({
      path: c.path,
      line: c.line,
      ...(c.startLine !== undefined ? { startLine: c.startLine } : {}),
      rules: [...new Set(c.findings.map((f) => f.rule))],
      fingerprints: c.fingerprints,
      suggestion: c.suggestion !== undefined,
      body: c.body,
    })),
    body: plan.body,
    findings: plan.findings.length,
  };
}
