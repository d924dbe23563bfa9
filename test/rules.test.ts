// Every rule has pass and fail fixtures in test/fixtures/rules/<rule>/; a fail fixture lists the
// exact findings of its rule (`# expect: <rule> <line>:<column>`), a pass fixture has none.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { FIXTURES } from './helpers/paths.ts';
import { readFixture } from './helpers/fixtures.ts';

const dir = join(FIXTURES, 'rules');

describe.each(RULES.map((r) => r.id))('rule %s', (rule) => {
  const ruleDir = join(dir, rule);
  const files = existsSync(ruleDir) ? readdirSync(ruleDir).filter((f) => f.endsWith('.yaml')).sort() : [];

  it('has pass and fail fixtures', () => {
    expect(files.some((f) => f.startsWith('pass'))).toBe(true);
    expect(files.some((f) => f.startsWith('fail'))).toBe(true);
  });

  it.each(files)('%s', (name) => {
    const { text, header } = readFixture(join(ruleDir, name));
    const result = scan([{ path: name, text }], header.options);
    expect(result.skipped).toEqual([]);
    const got = result.findings.filter((f) => f.rule === rule).map((f) => `${f.rule} ${f.line}:${f.column}`);
    if (name.startsWith('pass')) {
      expect(got).toEqual([]);
    } else {
      expect(header.expects.length).toBeGreaterThan(0);
      expect(got.sort()).toEqual([...header.expects].sort());
    }
  });
});
