// What one run reports outside the review: the Action's job summary and the App's check-run output
// say the same things in the same words, from the same facts.
import { counted } from '../core/report/words.ts';
import type { Finding, SkippedFile } from '../core/types.ts';
import { findingRows, skippedNote } from './change.ts';
import { gateSentence, type GateResult } from './gate.ts';
import { findingsTable } from './markdown.ts';
import type { ReviewPlan } from './plan.ts';

export interface RunFacts {
  /** The pull request's number. */
  number: number;
  findings: readonly Finding[];
  skipped: readonly SkippedFile[];
  plan?: ReviewPlan | undefined;
  /** What happened to the review ("posted a review with 3 comments"). */
  publishMessage?: string | undefined;
  /** The review was not posted because the head moved on during the run. */
  superseded?: boolean;
  fixCommit?: string | undefined;
  fixPullRequest?: string | undefined;
  fixNote?: string | undefined;
  /** Paragraphs every report carries (limits that cut the review, token warnings). */
  notes?: readonly string[];
  /** What fail-on counted. */
  gated?: GateResult | undefined;
}

export interface SummaryOptions {
  /** Where every finding went when no review holds them (e.g. `annotation`). */
  elsewhere?: string;
  /** Host-specific paragraphs placed before the table (the App's "Apply hardening" hint). */
  notes?: readonly string[];
  /** The host's size limit (check-run output: 65,535 characters). */
  maxLength?: number;
}

export interface RunSummary {
  /** One line: the check run's title. */
  title: string;
  /** Markdown: the job summary's text, the check run's summary. */
  text: string;
}

export function runSummary(run: RunFacts, options: SummaryOptions = {}): RunSummary {
  const { findings } = run;
  const fixable = findings.filter((f) => f.fixable).length;
  const title = run.superseded
    ? 'Superseded: the pull request moved on during the review'
    : findings.length === 0
      ? 'No insecure pod specs'
      : `${counted(findings.length, 'finding')}, ${fixable} with a safe fix`;
  const parts = [
    findings.length === 0
      ? `No insecure pod specs in the Kubernetes manifests of #${run.number}. ✅`
      : `${counted(findings.length, 'finding')} in the Kubernetes manifests of #${run.number}; ${fixable} with a safe fix.`,
    run.gated && run.findings.length ? gateSentence(run.gated) : '',
    run.publishMessage ? `Review: ${run.publishMessage}.` : '',
    run.fixCommit ? `Hardening commit: ${run.fixCommit}.` : '',
    run.fixPullRequest ? `Hardening pull request: ${run.fixPullRequest}.` : '',
    run.fixNote ? `⚠️ ${run.fixNote}` : '',
    ...(run.notes ?? []),
    ...run.skipped.map(skippedNote),
    ...(options.notes ?? []),
    findingsTable(findingRows(run, options.elsewhere), Infinity, run.plan?.links),
  ].filter(Boolean);
  let text = parts.join('\n\n');
  const max = options.maxLength ?? Infinity;
  if (text.length > max) text = `${text.slice(0, max - 20)}\n\n… (truncated)`;
  return { title, text };
}
