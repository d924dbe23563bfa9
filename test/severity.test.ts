// A problem's severity never depends on the profile, and a stricter profile only adds findings:
// over every rule fixture and every upstream PSA fixture, the findings under baseline are a subset
// of those under restricted, which are a subset of those under hardened, with equal severities.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import type { Profile } from '../src/core/types.ts';
import { readHeader } from './helpers/fixtures.ts';
import { FIXTURES, PSA_DIR } from './helpers/paths.ts';

interface Sample {
  name: string;
  text: string;
  version: string;
}

const LADDER: readonly Profile[] = ['baseline', 'restricted', 'hardened'];

/** Findings by identity (rule, object, container, detail and position) with their severity. */
function findingsOf(sample: Sample, profile: Profile): Map<string, string> {
  const result = scan([{ path: sample.name, text: sample.text }], { profile, kubernetesVersion: sample.version });
  return new Map(result.findings.map((f) => [`${f.fingerprint}@${f.line}:${f.column} ${f.rule}`, f.severity]));
}

/** Where the ladder breaks for one sample: a finding that disappears or changes severity. */
function violations(sample: Sample): string[] {
  const out: string[] = [];
  const byProfile = LADDER.map((p) => findingsOf(sample, p));
  for (let i = 1; i < LADDER.length; i++) {
    const [lower, higher] = [byProfile[i - 1]!, byProfile[i]!];
    for (const [id, severity] of lower) {
      const there = higher.get(id);
      if (there === undefined) out.push(`${sample.name} @${sample.version}: ${id} (${severity}) under ${LADDER[i - 1]} is missing under ${LADDER[i]}`);
      else if (there !== severity) out.push(`${sample.name} @${sample.version}: ${id} is ${severity} under ${LADDER[i - 1]} but ${there} under ${LADDER[i]}`);
    }
  }
  return out;
}

function ruleFixtures(): Sample[] {
  const dir = join(FIXTURES, 'rules');
  return readdirSync(dir).flatMap((rule) =>
    readdirSync(join(dir, rule))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const text = readFileSync(join(dir, rule, f), 'utf8');
        return { name: `${rule}/${f}`, text, version: readHeader(text).options.kubernetesVersion };
      }),
  );
}

function psaFixtures(): Sample[] {
  const index = JSON.parse(readFileSync(join(PSA_DIR, 'index.json'), 'utf8')) as Array<{ file: string; version: string }>;
  return index.map((e) => ({ name: e.file, text: readFileSync(join(PSA_DIR, e.file), 'utf8'), version: e.version.slice(1) }));
}

describe('severity does not depend on the profile', () => {
  it('holds for every rule fixture', () => {
    const samples = ruleFixtures();
    expect(samples.length).toBeGreaterThan(60);
    expect(samples.flatMap(violations)).toEqual([]);
  });

  it('holds for every upstream PSA fixture at its version', () => {
    const samples = psaFixtures();
    expect(samples.length).toBeGreaterThan(4000);
    expect(samples.flatMap(violations).slice(0, 20)).toEqual([]);
  });

  it('reports hostPath /, seccomp Unconfined and an added capability as high under every profile', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext:
    seccompProfile: {type: Unconfined}
  containers:
  - name: a
    securityContext:
      capabilities: {add: [NET_ADMIN]}
  volumes:
  - name: root
    hostPath: {path: /}
`;
    for (const profile of LADDER) {
      const rules = scan([{ path: 'p.yaml', text }], { profile, kubernetesVersion: '1.34' })
        .findings.filter((f) => ['host-path-volumes', 'seccomp-profile-baseline', 'capabilities-baseline'].includes(f.rule))
        .map((f) => `${f.rule}:${f.severity}`);
      expect(rules.sort(), profile).toEqual(['capabilities-baseline:high', 'host-path-volumes:high', 'seccomp-profile-baseline:high']);
    }
  });
});
