// `podarmor fix`: the safe fixes as a unified diff, or written in place with --write. The exit code
// is judged on what is left after fixing. Generated NetworkPolicies go beside the workloads they
// select (one file per folder, listed in the folder's kustomization); for `fix -` they are extra
// documents on standard output and no file is written.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fixFiles, notFixedLine } from '../core/fix/engine.ts';
import { unifiedDiff } from '../core/fix/diff.ts';
import { dirnameOf, joinPath, KUSTOMIZATION_FILES, STDIN_PATH } from '../core/fix/network-policies/placement.ts';
import { reachesFailOn } from '../core/fail-on.ts';
import { UsageError } from '../core/rules/registry.ts';
import { summaryLine } from '../core/report/text.ts';
import { counted } from '../core/report/words.ts';
import type { InputFile } from '../core/types.ts';
import { loadInputs, type CommonOptions, type Io } from './main.ts';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** What placement needs to know about the folders of the inputs: their kustomizations (read, so
 * the policy file can be listed in them) and the Helm charts they belong to. */
async function folderFacts(files: readonly InputFile[]): Promise<{ kustomizations: InputFile[]; chartRoots: string[] }> {
  const have = new Set(files.map((f) => f.path));
  const dirs = new Set(files.filter((f) => f.path !== STDIN_PATH).map((f) => dirnameOf(f.path)));
  const kustomizations: InputFile[] = [];
  const chartRoots = new Set<string>();
  for (const dir of dirs) {
    for (const name of KUSTOMIZATION_FILES) {
      const path = joinPath(dir, name); // Spelled as placement spells it, to be found there.
      if (have.has(path) || !(await exists(path))) continue;
      kustomizations.push({ path, text: await readFile(path, 'utf8') });
      have.add(path);
      break;
    }
    for (let d = dir || '.'; ; d = dirname(d)) {
      if (await exists(join(d, 'Chart.yaml'))) chartRoots.add(d);
      if (dirname(d) === d) break;
    }
  }
  return { kustomizations, chartRoots: [...chartRoots] };
}

export async function runFix(common: CommonOptions, io: Io): Promise<number> {
  if (common.values['network-policy-dir'] !== undefined) throw new UsageError('--network-policy-dir is gone: generated NetworkPolicies go beside the workloads they select, one file per folder');
  const egress = common.values.egress ?? 'internet';
  if (egress !== 'internet' && egress !== 'cluster-only') throw new UsageError('--egress must be internet or cluster-only');
  const inputs = await loadInputs(common, io);
  const { kustomizations, chartRoots } = await folderFacts(inputs.files);
  const result = fixFiles([...inputs.files, ...kustomizations], { ...common.scan, chartRoots, egress, files: new Set(inputs.files.map((f) => f.path)) });
  if (common.values.write) {
    for (const f of result.files) {
      if (f.path === STDIN_PATH) continue;
      await mkdir(dirname(f.path), { recursive: true });
      await writeFile(f.path, f.after);
    }
  }
  const stdin = inputs.files.find((f) => f.path === STDIN_PATH);
  if (common.values.write && stdin) {
    // The fixed manifest, with the generated NetworkPolicies as extra documents.
    io.stdout(result.files.find((f) => f.path === STDIN_PATH)?.after ?? stdin.text);
  } else if (!common.values.write) {
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
