// `podarmor scan`: findings as text, JSON or SARIF. A baseline file (fingerprints written by
// `--write-baseline`) keeps old findings from failing the run, as `gate: new` does on GitHub.
import { readFile, writeFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.ts';
import { counted } from '../core/report/words.ts';
import { applyGate, baselineJson, parseBaseline } from '../review/gate.ts';
import { reachesFailOn } from '../core/fail-on.ts';
import { renderJson } from '../core/report/json.ts';
import { renderSarif } from '../core/report/sarif.ts';
import { renderText } from '../core/report/text.ts';
import { scan } from '../core/scan.ts';
import { VERSION } from '../version.ts';
import { readCommandInputs, type CommonOptions, type Io } from './options.ts';

export async function scanCommand(common: CommonOptions, io: Io): Promise<number> {
  const format = common.values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  const baselinePath = common.values.baseline;
  const baseline = baselinePath !== undefined ? await readBaseline(baselinePath) : undefined;
  const inputs = await readCommandInputs(common, io);
  const session = scan(inputs.files, common.scan);
  const result = { findings: session.findings, skipped: [...inputs.skipped, ...session.skipped], problems: session.problems };
  if (format === 'json') io.stdout(renderJson(result));
  else if (format === 'sarif') io.stdout(renderSarif(result, VERSION));
  else io.stdout(renderText(result, { color: io.color, sources: new Map(inputs.files.map((f) => [f.path, f.text])) }));
  const writeTo = common.values['write-baseline'];
  if (writeTo !== undefined) {
    await writeFile(writeTo, baselineJson(result.findings));
    io.stderr(`podarmor: wrote ${counted(result.findings.length, 'fingerprint')} to ${writeTo}\n`);
  }
  const gated = applyGate(result.findings, baseline, 'new');
  if (baseline) io.stderr(`podarmor: ${counted(gated.preexisting.length, 'finding')} in the baseline ${baselinePath} ${gated.preexisting.length === 1 ? 'does' : 'do'} not count toward --fail-on; ${gated.counted.length} new\n`);
  return reachesFailOn({ ...result, findings: gated.counted }, common.failOn) ? 1 : 0;
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
