// npm run bench [-- --quick] [-- --only=scan,fix]: whole-process costs as ratios to a bare `yaml`
// parse, measured in the same run. Each section is scripts/bench/<section>.ts exporting
// `run(): Promise<string[]>` (the lines it prints); a section whose file is absent is skipped.
// Not a test: seconds depend on the machine; the ratios are what we compare.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUICK, ROOT, ROUNDS } from './bench/process.ts';

export const SECTIONS = ['scan', 'fix', 'overlays', 'api-reads', 'review'] as const;

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  console.log(`podarmor bench${QUICK ? ' (quick)' : ''}: Node ${process.version}, median of ${ROUNDS} whole-process runs\n`);
  const started = performance.now();
  for (const section of SECTIONS) {
    if (only && !only.includes(section)) continue;
    const file = join(ROOT, 'scripts', 'bench', `${section}.ts`);
    if (!existsSync(file)) continue;
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
