// Bench section "scan": whole `podarmor scan` processes against a bare parse of the same files, in
// separate processes, alternating, medians — for json, text and sarif on generated workloads, the
// peak memory of each, and the real install manifests that are mostly CustomResourceDefinitions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateManifests } from './generate.ts';
import { alternate, BARE_PARSE, CLI, QUICK, ROOT, ROUNDS } from './process.ts';

const WORKLOADS = Number(process.env.BENCH_WORKLOADS ?? (QUICK ? 2_000 : 10_000));
/** The generated workloads are spread over this many files, as in a repository of manifests. */
const FILES = Number(process.env.BENCH_FILES ?? 10);
const REAL_WORLD = ['argo-cd-install.yaml', 'prometheus-operator-bundle.yaml', 'calico-calico.yaml'];
const FORMATS = ['json', 'text', 'sarif'] as const;
const GOAL = { time: 1.2, rss: 1.5, realWorld: 0.5 };

const ratio = (n: number) => `${n.toFixed(2)}×`;
const mib = (n: number) => `${n.toFixed(0)} MiB`;

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-bench-corpus-'));
  try {
    const files: string[] = [];
    let bytes = 0;
    const perFile = Math.ceil(WORKLOADS / FILES);
    for (let f = 0; f * perFile < WORKLOADS; f++) {
      const text = generateManifests(Math.min(perFile, WORKLOADS - f * perFile), f * perFile);
      const path = join(dir, `workloads-${String(f).padStart(3, '0')}.yaml`);
      writeFileSync(path, text);
      files.push(path);
      bytes += text.length;
    }
    const scanArgs = (format: string) => [CLI, 'scan', ...files, '--format', format, '--fail-on', 'none', '--no-color'];
    const m = alternate({ bare: [BARE_PARSE, ...files], ...Object.fromEntries(FORMATS.map((f) => [f, scanArgs(f)])) }, ROUNDS);
    const bare = m.bare!;
    lines.push(`generated: ${WORKLOADS} workloads in ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB; whole processes, median of ${ROUNDS}, alternating`);
    lines.push(`  bare yaml parse      ${(bare.ms / 1000).toFixed(2).padStart(6)} s  peak ${mib(bare.rssMiB).padStart(8)}`);
    for (const format of FORMATS) {
      const s = m[format]!;
      const t = s.ms / bare.ms;
      const r = s.rssMiB / bare.rssMiB;
      lines.push(
        `  scan --format ${format.padEnd(6)} ${(s.ms / 1000).toFixed(2).padStart(6)} s  peak ${mib(s.rssMiB).padStart(8)}  time ${ratio(t)} (goal ≤ ${GOAL.time}×${t <= GOAL.time ? ', met' : ', NOT met'})  peak ${ratio(r)} (goal ≤ ${GOAL.rss}×${r <= GOAL.rss ? ', met' : ', NOT met'})  output ${(s.outputBytes / 1048576).toFixed(1)} MiB`,
      );
    }
    const corpus = join(ROOT, '..', 'shared', 'corpus', 'real-world');
    lines.push(`real-world install manifests (scan, text) against their bare parse, median of ${ROUNDS}:`);
    for (const name of REAL_WORLD) {
      const path = join(corpus, name);
      const r = alternate({ bare: [BARE_PARSE, path], scan: [CLI, 'scan', path, '--fail-on', 'none', '--no-color'] }, ROUNDS);
      const t = r.scan!.ms / r.bare!.ms;
      lines.push(`  ${name.padEnd(34)} parse ${(r.bare!.ms / 1000).toFixed(2).padStart(5)} s  scan ${(r.scan!.ms / 1000).toFixed(2).padStart(5)} s  ${ratio(t)} (goal ≤ ${GOAL.realWorld}×${t <= GOAL.realWorld ? ', met' : ', NOT met'})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
