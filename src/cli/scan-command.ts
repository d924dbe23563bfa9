// `podarmor scan`: findings as text, JSON or SARIF, over what the paths hold (plain manifests,
// kustomize roots, charts, GitOps objects), ending with what was and was not reviewed. A baseline
// file (fingerprints written by `--write-baseline`) keeps old findings from failing the run, as
// `gate: new` does on GitHub.
import { readFile, writeFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.ts';
import { writeJson } from '../core/report/json.ts';
import { writeSarif } from '../core/report/sarif.ts';
import { chunked } from '../core/report/stream.ts';
import { writeText } from '../core/report/text.ts';
import { counted } from '../core/report/words.ts';
import { applyGate, baselineJson, parseBaseline } from '../review/gate.ts';
import { VERSION } from '../version.ts';
import type { CommonOptions, Io } from './options.ts';
import { failOnUnreviewed, fails, scanPaths } from './sources-scan.ts';

export async function scanCommand(common: CommonOptions, io: Io): Promise<number> {
  const format = common.values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  const unreviewedFails = await failOnUnreviewed(common.values['fail-on-unreviewed']);
  const baselinePath = common.values.baseline;
  const baseline = baselinePath !== undefined ? await readBaseline(baselinePath) : undefined;
  const { result, report } = await scanPaths(common.paths, common.scan, io.stdin, false);
  // Written in chunks as it is rendered: a large report is never one string.
  const out = chunked(io.stdout);
  if (format === 'json') writeJson(report, out.write);
  else if (format === 'sarif') writeSarif(report, VERSION, out.write);
  else writeText(report, { color: io.color, sources: result.sources }, out.write);
  out.flush();
  const writeTo = common.values['write-baseline'];
  if (writeTo !== undefined) {
    await writeFile(writeTo, baselineJson(report.findings));
    io.stderr(`podarmor: wrote ${counted(report.findings.length, 'fingerprint')} to ${writeTo}\n`);
  }
  const gated = applyGate(report.findings, baseline, 'new');
  if (baseline) io.stderr(`podarmor: ${counted(gated.preexisting.length, 'finding')} in the baseline ${baselinePath} ${gated.preexisting.length === 1 ? 'does' : 'do'} not count toward --fail-on; ${gated.counted.length} new\n`);
  return fails({ ...report, findings: gated.counted }, common.failOn, unreviewedFails) ? 1 : 0;
}

async function readBaseline(path: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--baseline ${path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const read = parseBaseline(text, path);
  if ('problem' in read) throw new UsageError(read.problem);
  return read.fingerprints;
}
