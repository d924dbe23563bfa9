// Generates everything derived from rules/*.yaml: the rule catalog the core loads, the rule table
// in README.md and one documentation page per rule. `--check` fails when a committed file is stale.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_PATH, renderGenerated } from './render-generated.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const outputs = renderGenerated(root, (p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined), (dir) => readdirSync(join(root, dir)));
const stale: string[] = [];
for (const [path, content] of outputs) {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (current === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
if (check && stale.length > 0) {
  console.error(`Generated files are stale; run npm run generate:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'generated files are up to date' : stale.length ? `wrote ${stale.join(', ')}` : 'nothing to regenerate');
// The README's example fixes run the core with the catalog loaded at start: when the catalog just
// changed, render once more with the new one.
if (!check && stale.includes(CATALOG_PATH) && !process.env.PODARMOR_GENERATE_AGAIN) {
  const { spawnSync } = await import('node:child_process');
  spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, PODARMOR_GENERATE_AGAIN: '1' } });
}
