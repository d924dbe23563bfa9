// `podarmor fix`: the safe fixes as a unified diff, or written in place with --write. The exit code
// is judged on what is left after fixing.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { notFixedLine } from '../core/fix/engine.ts';
import { unifiedDiff } from '../core/fix/diff.ts';
import { summaryLine } from '../core/report/text.ts';
import { counted } from '../core/report/words.ts';
import type { CommonOptions, Io } from './options.ts';
import { fixSources } from './sources-fix.ts';
import { failOnUnreviewed, fails, scanPaths } from './sources-scan.ts';

export async function fixCommand(common: CommonOptions, io: Io): Promise<number> {
  const unreviewedFails = await failOnUnreviewed(common.values['fail-on-unreviewed']);
  const scanned = await scanPaths(common.paths, common.scan, io.stdin);
  const networkPolicyDir = common.values['network-policy-dir'];
  const { result, left: leftFindings, notAutoFixed, inputs: files } = fixSources(scanned.result, { ...common.scan, ...(networkPolicyDir ? { networkPolicyDir } : {}) });
  const inputs = { files };
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
  const left = { ...leftFindings, notReviewed: scanned.report.notReviewed ?? [] };
  const created = result.files.filter((f) => f.before === undefined).length;
  const lines = [
    `${common.values.write ? 'Fixed' : 'Would fix'} ${counted(result.fixed.length, 'finding')} in ${counted(result.files.length, 'file')}${created ? ` (${counted(created, 'new NetworkPolicy file')})` : ''}.`,
    ...result.dropped.map(notFixedLine),
    ...notAutoFixed,
    ...left.notReviewed.map((n) => `not reviewed: ${n.file}${n.line !== undefined ? `:${n.line}` : ''}: ${n.reason}`),
    `Left after fixing: ${summaryLine(left)}`,
  ];
  io.stderr(`${lines.join('\n')}\n`);
  return fails(left, common.failOn, unreviewedFails) ? 1 : 0;
}
