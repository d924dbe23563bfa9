// Findings as file/line annotations: the Action's workflow commands and the App's check run both
// show them, with the same level per severity.
import { SEVERITIES, type Finding, type Severity } from '../core/types.ts';
import { byCodeUnits } from '../core/evaluate.ts';

export type AnnotationLevel = 'failure' | 'warning' | 'notice';

export const ANNOTATION_LEVEL: Record<Severity, AnnotationLevel> = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice' };

/** GitHub accepts at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export function checkAnnotation(f: Finding): CheckAnnotation {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    // Columns only when the annotation is on one line (GitHub rejects them otherwise).
    ...(f.line === f.endLine ? { start_column: f.column, end_column: f.endColumn } : {}),
    annotation_level: ANNOTATION_LEVEL[f.severity],
    title: `podarmor ${f.rule}`,
    message: f.message,
  };
}

/** `items` in consecutive batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Findings ordered for annotations: GitHub shows only the first ones (10 errors and 10 warnings per
 * step from workflow commands), so the most severe go first. */
export function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || byCodeUnits(a.file, b.file) || a.line - b.line);
}
