// `podarmor fix`: the safe fixes as a unified diff, or written in place with --write. The exit code
// is judged on what is left after fixing.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fixFiles, notFixedLine } from '../core/fix/engine.ts';
import { unifiedDiff } from '../core/fix/diff.ts';
import { reachesFailOn } from '../core/fail-on.ts';
import { summaryLine } from '../core/report/text.ts';
import { counted } from '../core/report/words.ts';
import { readCommandInputs, type CommonOptions, type Io } from './options.ts';

export async function fixCommand(common: CommonOptions, io: Io): Promise<number> {
  const inputs = await readCommandInputs(common, io);
  const networkPolicyDir = common.values['network-policy-dir'];
  const result = fixFiles(inputs.files, { ...common.scan, ...(networkPolicyDir ? { networkPolicyDir } : {}) });
  if (common.values.write) {
    for (const f of result.files) {
      if (f.path === '<stdin>') continue;
      await mkdir(dirname(f.path), { recursive: true });
      await writeFile(f.path, f.after);
    }
    if (inputs.files.some((f) => f.path === '<stdin>')) {
      const stdin = result.files.find((f) => f.path === '<stdin>');
      io.stdout(stdin ? stdin.after : inputs.files.find((f) => f.path === '<stdin>')!.text);
    }
  } else {
    io.stdout(unifiedDiff(result.files));
  }
  const left = { findings: result.after.findings, skipped: [...inputs.skipped, ...result.after.skipped], problems: result.after.problems };
  const created = result.files.filter((f) => f.before === undefined).length;
  const lines = [
    `${common.values.write ? 'Fixed' : 'Would fix'} ${counted(result.fixed.length, 'finding')} in ${counted(result.files.length, 'file')}${created ? ` (${counted(created, 'new NetworkPolicy file')})` : ''}.`,
    ...result.dropped.map(notFixedLine),
    `Left after fixing: ${summaryLine(left)}`,
  ];
  io.stderr(`${lines.join('\n')}\n`);
  return reachesFailOn(left, common.failOn) ? 1 : 0;
}
