// `podarmor scan`: findings as text, JSON or SARIF, over what the paths hold (plain manifests,
// kustomize roots, charts, GitOps objects), ending with what was and was not reviewed.
import { UsageError } from '../core/errors.ts';
import { writeJson } from '../core/report/json.ts';
import { writeSarif } from '../core/report/sarif.ts';
import { chunked } from '../core/report/stream.ts';
import { writeText } from '../core/report/text.ts';
import { VERSION } from '../version.ts';
import type { CommonOptions, Io } from './options.ts';
import { failOnUnreviewed, fails, scanPaths } from './sources-scan.ts';

export async function scanCommand(common: CommonOptions, io: Io): Promise<number> {
  const format = common.values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  const unreviewedFails = await failOnUnreviewed(common.values['fail-on-unreviewed']);
  const { result, report } = await scanPaths(common.paths, common.scan, io.stdin);
  // Written in chunks as it is rendered: a large report is never one string.
  const out = chunked(io.stdout);
  if (format === 'json') writeJson(report, out.write);
  else if (format === 'sarif') writeSarif(report, VERSION, out.write);
  else writeText(report, { color: io.color, sources: result.sources }, out.write);
  out.flush();
  return fails(report, common.failOn, unreviewedFails) ? 1 : 0;
}
