// `podarmor scan`: findings as text, JSON or SARIF.
import { UsageError } from '../core/errors.ts';
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
  const inputs = await readCommandInputs(common, io);
  const session = scan(inputs.files, common.scan);
  const result = { findings: session.findings, skipped: [...inputs.skipped, ...session.skipped], problems: session.problems };
  if (format === 'json') io.stdout(renderJson(result));
  else if (format === 'sarif') io.stdout(renderSarif(result, VERSION));
  else io.stdout(renderText(result, { color: io.color, sources: new Map(inputs.files.map((f) => [f.path, f.text])) }));
  return reachesFailOn(result, common.failOn) ? 1 : 0;
}
