// Bundles the command line and the GitHub Action into dist/, which is committed
// so that `uses:` and `npx` need no build. `--check` fails when dist/ differs from a fresh build.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundles } from './bundles.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, content] of await bundles(root)) {
  const full = join(root, path);
  if (existsSync(full) && readFileSync(full, 'utf8') === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
if (check && stale.length) {
  console.error(`dist/ does not match the sources; run npm run build:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'dist/ is up to date' : stale.length ? `wrote ${stale.join(', ')}` : 'dist/ is up to date');
