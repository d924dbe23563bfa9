// The CLI's way into the sources pipeline: `scan` and `fix` review what the paths hold (plain
// manifests, kustomize roots, charts, GitOps objects) and judge not-reviewed files by
// --fail-on-unreviewed (or `fail-on-unreviewed: true` in .github/podarmor.yml).
import { readFile } from 'node:fs/promises';
import { reachesFailOn, type FailOn } from '../core/fail-on.ts';
import { UsageError } from '../core/errors.ts';
import type { ScanResult } from '../core/types.ts';
import { parseSettingsFile } from '../review/config.ts';
import { scanSources, type SourcesResult } from '../sources/index.ts';

export interface SourcesScan {
  result: SourcesResult;
  /** The result as the reports take it. */
  report: ScanResult;
}

/** `keepTrees`: keep the plain manifests' scan for a fix to start from; `scanManifests: false`:
 * leave the plain manifests unscanned (`fix` scans them in batches as it fixes them). */
export async function scanPaths(paths: readonly string[], scanOptions: Parameters<typeof scanSources>[2]['scan'], stdin: () => Promise<Uint8Array>, keepTrees = true, scanManifests = true): Promise<SourcesScan> {
  const result = await scanSources(process.cwd(), paths, { scan: scanOptions, stdin, keepTrees, scanManifests });
  if (result.missing.length) throw new UsageError(`no such file or folder: ${result.missing.join(', ')}`);
  const report: ScanResult = { findings: result.findings, skipped: result.skipped, problems: result.problems, notReviewed: result.notReviewed, totals: result.totals };
  return { result, report };
}

const CONFIG_FILE = '.github/podarmor.yml';

/** --fail-on-unreviewed, else `fail-on-unreviewed` in .github/podarmor.yml (the review's settings
 * table reads it), else off. */
export async function failOnUnreviewed(flag: boolean | undefined, configFile = CONFIG_FILE): Promise<boolean> {
  if (flag !== undefined) return flag;
  let text: string;
  try {
    text = await readFile(configFile, 'utf8');
  } catch {
    return false;
  }
  const read = parseSettingsFile(text, configFile);
  const problem = read.problems.find((p) => p.key === 'fail-on-unreviewed' || p.key === 'config');
  if (problem) throw new UsageError(problem.message);
  return read.settings.failOnUnreviewed ?? false;
}

/** The exit decision: findings at --fail-on, broken files, and (when asked) anything not reviewed. */
export function fails(report: ScanResult, failOn: FailOn, unreviewedFails: boolean): boolean {
  return reachesFailOn(report, failOn) || (unreviewedFails && (report.notReviewed?.length ?? 0) > 0);
}
