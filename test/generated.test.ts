// Files generated from rules/*.yaml are committed; this fails when one is stale (run npm run generate).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderGenerated } from '../scripts/render-generated.ts';
import { ROOT } from './helpers/paths.ts';

it('rule catalog, rule docs and the README rule table are up to date', () => {
  const read = (p: string) => (existsSync(join(ROOT, p)) ? readFileSync(join(ROOT, p), 'utf8') : undefined);
  const outputs = renderGenerated(ROOT, read, (dir) => readdirSync(join(ROOT, dir)));
  expect(outputs.has('README.md')).toBe(true);
  const stale = [...outputs].filter(([path, content]) => read(path) !== content).map(([path]) => path);
  expect(stale, 'run npm run generate').toEqual([]);
});
