// `podarmor scan`: findings as text, JSON or SARIF, over what the paths hold (plain manifests,
// kustomize roots, charts, GitOps objects), ending with what was and was not reviewed.
import { UsageError } from '../core/errors.ts';
import { renderJson } from '../core/report/json.ts';
import { renderSarif } from '../core/report/sarif.ts';
import { renderText } from '../core/report/text.ts';
import { VERSION } from '../version.ts';
import type { CommonOptions, Io } from './options.ts';
import { failOnUnreviewed, fails, scanPaths } from './sources-scan.ts';

export async function scanCommand(common: CommonOptions, io: Io): Promise<number> {
  const format = common.values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  const unreviewedFails = await failOnUnreviewed(common.values['fail-on-unreviewed']);
  const { result, report } = await scanPaths(common.paths, common.scan, io.stdin);
  if (format === 'json') io.stdout(renderJson(report));
  else if (format === 'sarif') io.stdout(renderSarif(report, VERSION));
  else io.stdout(renderText(report, { color: io.color, sources: result.sources }));
  return fails(report, common.failOn, unreviewedFails) ? 1 : 0;
}
