// Suppressions in the manifest: annotations on the resource and comments on (or above) a line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import { FIXTURES } from './helpers/paths.ts';

const text = readFileSync(join(FIXTURES, 'suppress', 'suppressed.yaml'), 'utf8');
const result = scan([{ path: 'suppressed.yaml', text }], { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION });
const rules = (name: string) => result.findings.filter((f) => f.rule === name);

it('honours an annotation with a reason', () => {
  expect(rules('host-namespaces')).toEqual([]);
});

it('honours a comment on the line above and at the end of the line', () => {
  expect(rules('privileged')).toEqual([]);
  expect(rules('read-only-root-filesystem')).toEqual([]);
});

it('does not honour a suppression without a reason, and reports it', () => {
  expect(rules('run-as-non-root')).toHaveLength(1);
  expect(rules('allow-privilege-escalation')).toHaveLength(1);
  expect(rules('invalid-suppression').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
    '7:5 suppression of "run-as-non-root" gives no reason: write why as the annotation\'s value',
    '18:43 suppression of "allow-privilege-escalation" gives no reason: add "-- <reason>"',
  ]);
});

it('reports suppressions of unknown rules', () => {
  const bad = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a}]  # podarmor:ignore no-such-rule -- because\n';
  const r = scan([{ path: 'p.yaml', text: bad }], { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION });
  expect(r.findings.filter((f) => f.rule === 'invalid-suppression').map((f) => f.message)).toEqual(['suppression names unknown rule "no-such-rule"']);
});
