// `podarmor fix`: the safe fixes as a unified diff, or written in place with --write. The exit code
// is judged on what is left after fixing. Generated NetworkPolicies go beside the workloads they
// select (one file per folder, listed in the folder's kustomization); for `fix -` they are extra
// documents on standard output and no file is written.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { notFixedLine } from '../core/fix/engine.ts';
import { dirnameOf, joinPath, STDIN_PATH } from '../core/fix/network-policies/placement.ts';
import { KUSTOMIZATION_FILE_NAMES } from '../core/kustomization.ts';
import type { InputFile } from '../core/types.ts';
import { unifiedDiff } from '../core/fix/diff.ts';
import { summaryLine } from '../core/report/text.ts';
import { counted } from '../core/report/words.ts';
import type { CommonOptions, Io } from './options.ts';
import { fixSources } from '../sources/fix.ts';
import { failOnUnreviewed, fails, scanPaths } from './sources-scan.ts';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** What placement needs to know about the folders of the files fix may edit: their
 * kustomizations (read, so the policy file can be listed in them) and the Helm charts above them. */
async function folderFacts(paths: readonly string[]): Promise<{ kustomizations: InputFile[]; chartRoots: string[] }> {
  const dirs = new Set(paths.filter((p) => p !== STDIN_PATH).map(dirnameOf));
  const kustomizations: InputFile[] = [];
  const chartRoots = new Set<string>();
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const path = joinPath(dir, name); // Spelled as placement spells it, to be found there.
      if (!(await exists(path))) continue;
      kustomizations.push({ path, text: await readFile(path, 'utf8') });
      break;
    }
    for (let d = dir || '.'; ; d = dirname(d)) {
      if (await exists(join(d, 'Chart.yaml'))) chartRoots.add(d);
      if (dirname(d) === d) break;
    }
  }
  return { kustomizations, chartRoots: [...chartRoots] };
}

export async function fixCommand(common: CommonOptions, io: Io): Promise<number> {
  if (common.values['network-policy-dir'] !== undefined) throw new UsageError('--network-policy-dir is gone: generated NetworkPolicies go beside the workloads they select, one file per folder');
  const unreviewedFails = await failOnUnreviewed(common.values['fail-on-unreviewed']);
  // The plain manifests are scanned by the fix itself, in batches (core/fix/stream.ts).
  const scanned = await scanPaths(common.paths, common.scan, io.stdin, false, false);
  const { kustomizations, chartRoots } = await folderFacts([...scanned.result.manifests.map((m) => m.path), ...scanned.result.bases]);
  const { result, left: leftFindings, notAutoFixed, inputs: files } = fixSources(scanned.result, { ...common.scan, chartRoots, egress: common.settings.egress ?? 'internet' }, kustomizations);
  const inputs = { files };
  if (common.values.write) {
    for (const f of result.files) {
      if (f.path === STDIN_PATH) continue;
      await mkdir(dirname(f.path), { recursive: true });
      await writeFile(f.path, f.after);
    }
    if (inputs.files.some((f) => f.path === STDIN_PATH)) {
      // The fixed manifest, with the generated NetworkPolicies as extra documents.
      const stdin = result.files.find((f) => f.path === STDIN_PATH);
      io.stdout(stdin ? stdin.after : inputs.files.find((f) => f.path === STDIN_PATH)!.text);
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
