// Whole-process timing for the benchmark sections: run a command as users do (a fresh Node
// process), and read its wall time and peak memory. The peak comes from the child itself
// (`process.resourceUsage().maxRSS`, written at exit by the `peak-rss.mjs` preload), so no
// `/usr/bin/time` is needed.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PRELOAD = join(ROOT, 'scripts', 'bench', 'peak-rss.mjs');
/** The command users run: the bundled CLI that `bin` in package.json names (bench.ts rebuilds it
 * from the sources first, so it always measures the code in the tree). */
export const CLI = join(ROOT, 'dist', 'cli.js');
export const BARE_PARSE = join(ROOT, 'scripts', 'bench', 'bare-parse.mjs');

export interface RunResult {
  ms: number;
  /** Peak resident set size of the process, in MiB. */
  rssMiB: number;
  /** Bytes the process wrote to stdout. */
  outputBytes: number;
  status: number | null;
}

/** Runs `node <args>` once; stdout goes to a scratch file (as `> out.sarif` would). */
export function runNode(args: readonly string[]): RunResult {
  const scratch = mkdtempSync(join(tmpdir(), 'podarmor-bench-'));
  const rssFile = join(scratch, 'rss');
  const outFile = join(scratch, 'out');
  const out = openSync(outFile, 'w');
  try {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, PODARMOR_BENCH_RSS_FILE: rssFile },
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
    const rssKiB = Number(readFileSync(rssFile, 'utf8'));
    closeSync(out);
    return { ms, rssMiB: rssKiB / 1024, outputBytes: readFileSync(outFile).length, status: r.status };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs each variant `rounds` times, alternating between them so that all see the same machine
 * state, and returns the medians by variant name. */
export function alternate(variants: Record<string, readonly string[]>, rounds: number): Record<string, { ms: number; rssMiB: number; outputBytes: number }> {
  const runs: Record<string, RunResult[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, args] of Object.entries(variants)) runs[name]!.push(runNode(args));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [name, { ms: median(list.map((x) => x.ms)), rssMiB: median(list.map((x) => x.rssMiB)), outputBytes: list[0]!.outputBytes }]),
  );
}

export const QUICK = process.argv.includes('--quick');
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
