// The JSON output: a documented, stable contract (see README "JSON output").
import type { Finding, FileProblem, NotReviewedFile, ScanResult, ScanTotals, SkippedFile } from '../types.ts';
import { docsUrl } from '../rules/docs.ts';
import { collect, itemsSlot, writeJsonWithItems, type Write } from './stream.ts';

export const JSON_FORMAT_VERSION = 1;

/** A finding as the JSON contract writes it: absent values are null, internals are left out. */
export type JsonFinding = Pick<Finding, 'rule' | 'severity' | 'message' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'pss' | 'fixable' | 'suggestion' | 'fingerprint'> & {
  resource: { kind: string; name: string; namespace: string | null };
  container: string | null;
  docs: string;
  /** Present for a finding found in a render: the roots that render it, and whether a fix may edit its line. */
  source?: { kind: string; renderedBy: string[]; editable: boolean; hint: string | null };
};

export function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: { kind: f.resource.kind, name: f.resource.name, namespace: f.resource.namespace ?? null },
    container: f.container ?? null,
    ...(f.pss ? { pss: { level: f.pss.level, control: f.pss.control } } : {}),
    fixable: f.fixable,
    suggestion: f.suggestion,
    fingerprint: f.fingerprint,
    docs: docsUrl(f.rule),
    ...(f.source && f.source.kind !== 'manifest' ? { source: { kind: f.source.kind, renderedBy: f.source.roots, editable: f.source.editable, hint: f.source.hint ?? null } } : {}),
  };
}

export interface JsonReport {
  version: number;
  findings: JsonFinding[];
  skipped: Array<Pick<SkippedFile, 'file' | 'reason' | 'error'> & { line?: number; column?: number }>;
  problems: FileProblem[];
  /** Every file found but not reviewed, with the reason (absent when the caller does not know). */
  notReviewed?: NotReviewedFile[];
  totals?: ScanTotals;
}

export function renderJson(result: ScanResult): string {
  return collect((write) => writeJson(result, write));
}

/** The JSON report, written a finding at a time. */
export function writeJson(result: ScanResult, write: Write): void {
  const shell: Omit<JsonReport, 'findings'> & { findings: never[] } = {
    version: JSON_FORMAT_VERSION,
    findings: itemsSlot,
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason, error: s.error, ...(s.line !== undefined ? { line: s.line, column: s.column! } : {}) })),
    problems: result.problems,
    ...(result.notReviewed ? { notReviewed: result.notReviewed } : {}),
    ...(result.totals ? { totals: result.totals } : {}),
  };
  writeJsonWithItems(shell, result.findings, jsonFinding, write);
}
