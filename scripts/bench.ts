// npm run bench [-- --quick] [-- --only=scan,fix]: whole-process costs as ratios to a bare `yaml`
// parse, measured in the same run. Each section is scripts/bench/<section>.ts exporting
// `run(): Promise<string[]>` (the lines it prints). Sections are found by looking: scan first,
// then the others by name; the helpers below are not sections.
// Not a test: seconds depend on the machine; the ratios are what we compare.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUICK, ROOT, ROUNDS } from './bench/process.ts';

const HELPERS = new Set(['generate', 'process']);

/** The section files present: scan first, then the others by name. */
export function sections(): string[] {
  const names = readdirSync(join(ROOT, 'scripts', 'bench'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !HELPERS.has(n))
    .sort();
  return [...names.filter((n) => n === 'scan'), ...names.filter((n) => n !== 'scan')];
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  console.log(`podarmor bench${QUICK ? ' (quick)' : ''}: Node ${process.version}, median of ${ROUNDS} whole-process runs\n`);
  const started = performance.now();
  // Whole processes run dist/cli.js, as users do: bring it up to date with the sources first.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  console.log(`build: ${build.stdout.trim()}\n`);
  for (const section of sections()) {
    if (only && !only.includes(section)) continue;
    const file = join(ROOT, 'scripts', 'bench', `${section}.ts`);
    const t = performance.now();
    const mod = (await import(pathToFileURL(file).href)) as { run(): Promise<string[]> };
    const lines = await mod.run();
    console.log(`[${section}] (${((performance.now() - t) / 1000).toFixed(0)} s)`);
    for (const line of lines) console.log(line);
    console.log('');
  }
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
