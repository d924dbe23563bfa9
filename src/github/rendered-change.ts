// A pull request's change seen through what it renders: when it touches a kustomization, a base, a
// patch, a chart's template or values, or a GitOps object, the roots that use it are re-rendered
// from the files at the head (read through the API into a temporary folder) and reviewed with the
// sources pipeline. Findings land on source lines; one whose field comes from a values key the pull
// request changed is anchored on that values line, where the reviewer can act.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangedFile, DroppedFix } from '../core/fix/engine.ts';
import { dirnameOf, joinPath } from '../core/fix/network-policies/placement.ts';
import { KUSTOMIZATION_FILE_NAMES } from '../core/kustomization.ts';
import type { Finding, InputFile, SkippedFile } from '../core/types.ts';
import { scanOptionsOf } from '../review/change.ts';
import type { ReviewConfig } from '../review/config.ts';
import { parsePatch, type Hunk } from '../review/patch.ts';
import { valuesPlacesInHint } from '../sources/helm-values.ts';
import { fixSources } from '../sources/fix.ts';
import { scanSources, type SourceFinding, type SourcesResult } from '../sources/index.ts';
import type { GitHubClient, Logger } from './client.ts';
import { readHeadSources } from './head-sources.ts';
import { listChangedFiles, type PullRequestInfo } from './pull-request.ts';

export interface RenderedChange {
  /** Findings of the re-rendered roots, on their source lines (no suggested changes: the edit
   * belongs to a template, a base or a values file the plain scan does not hold). */
  findings: Finding[];
  /** Everything the change touches that was not reviewed, with the reason. */
  skipped: SkippedFile[];
  /** Changed files judged through the renders, never as standalone manifests (patches, values). */
  covered: Set<string>;
  /** Diff hunks of every changed file, templates and values files included. */
  hunks: Map<string, Hunk[]>;
  /** GitHub requests spent reading the renders' files. */
  requests: number;
  /** The hardening of the changed files judged through the renders, when asked for. */
  fix?: RenderedFix;
}

/** What the hardening commit changes in kustomize bases the pull request changes: their safe fixes
 * (the rules every overlay renders unchanged, as `podarmor fix` does) and the generated
 * NetworkPolicies of their workloads, one file per folder, listed in the folder's kustomization. */
export interface RenderedFix {
  files: ChangedFile[];
  /** The review's findings (rendered, on source lines) that the fix removes. */
  fixed: Finding[];
  dropped: DroppedFix[];
  /** Safe fixes left for a person: a patch, a base some overlay changes. */
  notAutoFixed: string[];
}

/** Re-renders what the pull request touches; undefined when it changes only plain manifests. */
export async function reviewRenderedChange(client: GitHubClient, pr: PullRequestInfo, config: ReviewConfig, log: Logger, known: readonly InputFile[] = [], options: { fix?: boolean } = {}): Promise<RenderedChange | undefined> {
  const { files: changed } = await listChangedFiles(client, pr, ['**']);
  const head = await readHeadSources(client, pr, pr.headSha, changed.map((f) => f.path), { known: new Map(known.map((f) => [f.path, f.text])) });
  if (!head) return undefined;
  try {
    log.info(`podarmor: re-rendering ${[...head.affected.kustomizeRoots, ...head.affected.charts, ...head.gitops.map((g) => g.file)].join(', ')} from ${head.files.length} files read in ${head.requests} requests`);
    const result = await scanSources(head.dir, ['.'], { scan: scanOptionsOf(config) });
    const changedPaths = new Set(changed.map((f) => f.path));
    const findings = result.findings.map((f) => anchored(f, changedPaths));
    const skipped: SkippedFile[] = [
      ...[...head.notReviewed, ...result.notReviewed].map((n) => ({ file: n.file, reason: n.remedy ? `${n.reason} (${n.remedy})` : n.reason, ...(n.line !== undefined ? { line: n.line } : {}), error: false })),
      ...result.skipped,
    ];
    const covered = new Set(changed.map((f) => f.path).filter((p) => head.files.includes(p) && !head.gitops.some((g) => g.file === p)));
    // Fixed before `findings` is returned: fixSources takes the manifests' scan out of `result`.
    const fix = options.fix ? await fixRendered(result, findings, head.dir, head.files, head.chartRoots, covered, config) : undefined;
    return { findings, skipped, covered, hunks: new Map(changed.map((f) => [f.path, parsePatch(f.patch)])), requests: head.requests, ...(fix ? { fix } : {}) };
  } finally {
    await head.cleanup();
  }
}

/** The safe fixes of the changed files the renders judge (`covered`), as `podarmor fix` makes them
 * on a checkout: the folders' kustomizations are read from the render folder, and nothing is
 * written inside a chart. `reviewed` are the review's findings, in the order of `result.findings`. */
async function fixRendered(result: SourcesResult, reviewed: readonly Finding[], dir: string, files: readonly string[], chartRoots: readonly string[], covered: ReadonlySet<string>, config: ReviewConfig): Promise<RenderedFix> {
  const present = new Set(files);
  const folders = new Set([...result.manifests.map((m) => m.path), ...result.bases].map(dirnameOf));
  const kustomizations: InputFile[] = [];
  for (const folder of folders) {
    const path = KUSTOMIZATION_FILE_NAMES.map((n) => joinPath(folder, n)).find((p) => present.has(p));
    if (path) kustomizations.push({ path, text: await readFile(join(dir, path), 'utf8') });
  }
  const key = (f: { rule: string; file: string; line: number }) => `${f.rule}\u0000${f.file}\u0000${f.line}`;
  const before = result.findings.map(key);
  const fixed = fixSources(result, { ...scanOptionsOf(config), files: covered, chartRoots, egress: config.egress }, kustomizations);
  const fixedAt = new Set(fixed.result.fixed.map(key));
  return {
    files: fixed.result.files,
    fixed: reviewed.filter((_, i) => fixedAt.has(before[i]!)),
    dropped: fixed.result.dropped,
    notAutoFixed: fixed.notAutoFixed.filter((line) => [...covered].some((p) => line.includes(` at ${p}:`))),
  };
}

/** A rendered finding for the review: on its source line, or on the changed values line it names. */
function anchored(f: SourceFinding, changed: ReadonlySet<string>): Finding {
  const { source: _source, fix: _fix, ...finding } = f;
  const plain: Finding = { ...finding, fixable: false, suggestion: false };
  if (changed.has(f.file)) return plain;
  const place = valuesPlacesInHint(f.source.hint ?? '').find((p) => changed.has(p.file));
  return place ? { ...plain, file: place.file, line: place.line, endLine: place.line, column: 1, endColumn: 1, range: { start: 0, end: 0 } } : plain;
}
