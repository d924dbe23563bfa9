// Upstream Pod Security Admission fixtures (../shared/conformance/psa), every level and version:
// pass fixtures give no PSS finding at that level; fail fixtures give exactly the controls that
// index.json lists for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { PSA_DIR } from './helpers/paths.ts';

interface Entry {
  file: string;
  level: 'baseline' | 'restricted';
  version: string;
  expect: 'pass' | 'fail';
  failingChecks: string[];
}

const index = JSON.parse(readFileSync(join(PSA_DIR, 'index.json'), 'utf8')) as Entry[];

function controlsFor(entry: Entry): string[] {
  const text = readFileSync(join(PSA_DIR, entry.file), 'utf8');
  const result = scan([{ path: entry.file, text }], { profile: entry.level, kubernetesVersion: entry.version.slice(1) });
  expect(result.skipped).toEqual([]);
  return [...new Set(result.findings.flatMap((f) => (f.pss ? [f.pss.control] : [])))].sort();
}

describe('PSA conformance', () => {
  it('covers every level and version 1.0 … 1.37', () => {
    expect(new Set(index.map((e) => e.level))).toEqual(new Set(['baseline', 'restricted']));
    expect(new Set(index.map((e) => e.version)).size).toBe(38);
    expect(index.length).toBeGreaterThan(4000);
  });

  it('matches index.json for every fixture', () => {
    const mismatches: string[] = [];
    for (const entry of index) {
      const got = controlsFor(entry);
      const want = [...entry.failingChecks].sort();
      if (got.join(',') !== want.join(',')) mismatches.push(`${entry.file}: expected [${want}] got [${got}]`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(mismatches.length).toBe(0);
  });
});
