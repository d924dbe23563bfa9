// Every rule has a RuleTester table (test/rules/<rule>.test.ts), and every table names a rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../src/core/rules/registry.ts';
import { ROOT } from './helpers/paths.ts';

const dir = join(ROOT, 'test', 'rules');

it('every rule has a RuleTester table that runs it', () => {
  const missing = RULES.map((r) => r.id).filter((id) => {
    const file = join(dir, `${id}.test.ts`);
    return !existsSync(file) || !readFileSync(file, 'utf8').includes(`ruleTester('${id}',`);
  });
  expect(missing, 'rules without a table in test/rules/').toEqual([]);
});

it('every table is for a rule that exists', () => {
  const ids = new Set(RULES.map((r) => r.id));
  const orphans = readdirSync(dir).filter((f) => f.endsWith('.test.ts') && !ids.has(f.slice(0, -'.test.ts'.length)));
  expect(orphans).toEqual([]);
});
