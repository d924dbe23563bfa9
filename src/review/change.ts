// A change under review, without I/O: scan the changed files with their unchanged neighbours, keep
// what the change owns, and plan its review. Shared by pull-request runs (Action, App) and
// `podarmor review`, which differ only in where the bytes come from.
import { scan, type ScanSession } from '../core/scan.ts';
import type { Finding, InputFile, ScanOptions, SkippedFile } from '../core/types.ts';
import type { ReviewConfig } from './config.ts';
import type { SummaryRow } from './markdown.ts';
import type { ReviewLinks } from './links.ts';
import type { Hunk } from './patch.ts';
import { planReview, type ReviewPlan } from './plan.ts';

export interface ChangeScan {
  session: ScanSession;
  /** Findings in the changed files (the context files only inform them). */
  findings: Finding[];
  skipped: SkippedFile[];
  changedPaths: Set<string>;
  scanOptions: ScanOptions;
}

export function scanOptionsOf(config: ReviewConfig): ScanOptions {
  return {
    profile: config.profile,
    kubernetesVersion: config.kubernetesVersion,
    ...(config.only.length ? { only: config.only } : {}),
    ...(Object.keys(config.ruleOptions ?? {}).length ? { ruleOptions: config.ruleOptions } : {}),
  };
}

/** Scans the changed files together with their unchanged neighbours, keeping what the change owns. */
export function scanChange(changed: readonly InputFile[], context: readonly InputFile[], unreadable: readonly SkippedFile[], config: ReviewConfig): ChangeScan {
  const changedPaths = new Set(changed.map((f) => f.path));
  const scanOptions = scanOptionsOf(config);
  const session = scan([...changed, ...context], scanOptions);
  const findings = session.findings.filter((f) => changedPaths.has(f.file));
  const skipped = [...unreadable, ...session.skipped.filter((s) => changedPaths.has(s.file))];
  return { session, findings, skipped, changedPaths, scanOptions };
}

/** The review of a scanned change: the same plan wherever it is posted or printed. */
export function planChange(change: ChangeScan, hunks: ReadonlyMap<string, readonly Hunk[]>, config: ReviewConfig, notes: readonly string[] = [], committed?: ReadonlySet<string>, links?: ReviewLinks): ReviewPlan {
  return planReview({
    session: change.session,
    findings: change.findings,
    hunks,
    suggestions: config.suggestions,
    maxComments: config.maxComments,
    fixOptions: change.scanOptions,
    ...(committed ? { committed } : {}),
    notes: [...notes, ...change.skipped.map(skippedNote)],
    ...(links ? { links } : {}),
  });
}

/** A file the review could not read, as the review body, the check run and the job summary say it. */
export function skippedNote(s: SkippedFile): string {
  return `⚠️ \`${s.file}${s.line !== undefined ? `:${s.line}` : ''}\` was not reviewed: ${s.reason}`;
}

/** Every finding of a run with where it went: its inline comment, the plan's reason for not
 * commenting it, or `elsewhere` for all of them (annotations, when no review could be posted). */
export function findingRows(run: { findings: readonly Finding[]; plan?: ReviewPlan | undefined }, elsewhere?: string): SummaryRow[] {
  const commented = new Set(run.plan?.comments.flatMap((c) => c.fingerprints));
  const reasons = new Map(run.plan?.rows.map((r) => [r.finding, r.where]));
  return run.findings.map((finding) => ({ finding, where: elsewhere ?? (commented.has(finding.fingerprint) ? 'inline comment' : (reasons.get(finding) ?? '')) }));
}
