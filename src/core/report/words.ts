// Counts in prose, shared by every report: the CLI, the review, the check run and the job summary.
import { SEVERITIES, type Finding } from '../types.ts';

/** "1 finding", "3 findings"; `plural` for words that do not just take an s ("fixes"). */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "2 critical, 1 medium": the findings per severity, worst first, zeros left out. */
export function severityCounts(findings: readonly Finding[]): string {
  return [...SEVERITIES]
    .reverse()
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}
