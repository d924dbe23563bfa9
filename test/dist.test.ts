// dist/ is committed (the Action runs it, npx runs the CLI); it must equal a fresh build.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundles } from '../scripts/bundles.ts';
import { ROOT } from './helpers/paths.ts';

it('dist/ matches the sources (run npm run build)', async () => {
  const built = await bundles(ROOT);
  expect(built.size).toBeGreaterThan(0);
  const stale = [...built].filter(([path, content]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== content).map(([p]) => p);
  expect(stale).toEqual([]);
});

it('the version constant equals package.json', async () => {
  const { VERSION } = await import('../src/version.ts');
  expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});
