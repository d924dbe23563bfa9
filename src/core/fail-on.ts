// Whether a result should fail a build: any finding at or above the --fail-on severity, or any
// file that could not be read or parsed (a broken manifest is never a pass).
import { SEVERITIES, type ScanResult, type Severity } from './types.ts';

export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none'];

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}

export function reachesFailOn(result: Pick<ScanResult, 'findings' | 'skipped'>, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  if (result.skipped.some((s) => s.error)) return true;
  return result.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold);
}
