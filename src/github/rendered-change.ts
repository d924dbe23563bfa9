// A pull request's change seen through what it renders: when it touches a kustomization, a base, a
// patch, a chart's template or values, or a GitOps object, the roots that use it are re-rendered
// from the files at the head (read through the API into a temporary folder) and reviewed with the
// sources pipeline. Findings land on source lines; one whose field comes from a values key the pull
// request changed is anchored on that values line, where the reviewer can act.
import type { Finding, InputFile, SkippedFile } from '../core/types.ts';
import { scanOptionsOf } from '../review/change.ts';
import type { ReviewConfig } from '../review/config.ts';
import { parsePatch, type Hunk } from '../review/patch.ts';
import { valuesPlacesInHint } from '../sources/helm-values.ts';
import { scanSources, type SourceFinding } from '../sources/index.ts';
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
}

/** Re-renders what the pull request touches; undefined when it changes only plain manifests. */
export async function reviewRenderedChange(client: GitHubClient, pr: PullRequestInfo, config: ReviewConfig, log: Logger, known: readonly InputFile[] = []): Promise<RenderedChange | undefined> {
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
    return { findings, skipped, covered, hunks: new Map(changed.map((f) => [f.path, parsePatch(f.patch)])), requests: head.requests };
  } finally {
    await head.cleanup();
  }
}

/** A rendered finding for the review: on its source line, or on the changed values line it names. */
function anchored(f: SourceFinding, changed: ReadonlySet<string>): Finding {
  const { source: _source, fix: _fix, ...finding } = f;
  const plain: Finding = { ...finding, fixable: false, suggestion: false };
  if (changed.has(f.file)) return plain;
  const place = valuesPlacesInHint(f.source.hint ?? '').find((p) => changed.has(p.file));
  return place ? { ...plain, file: place.file, line: place.line, endLine: place.line, column: 1, endColumn: 1, range: { start: 0, end: 0 } } : plain;
}
