// Kustomize sources with the real `kubectl kustomize`: findings land on the base or patch line that
// writes them, once across overlays; patches are never judged alone; what cannot be rendered is
// named as not reviewed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSources, type SourceFinding } from '../src/sources/index.ts';
import type { ScanOptions } from '../src/core/types.ts';
import { FIXTURES } from './helpers/paths.ts';
import { writeOverlayTree } from '../scripts/bench/overlays.ts';

const DIR = join(FIXTURES, 'sources', 'kustomize');
const OPTIONS: ScanOptions = { profile: 'hardened', kubernetesVersion: '1.35' };

const shop = (paths: string[] = ['.']) => scanSources(join(DIR, 'shop'), paths, { scan: OPTIONS });
const where = (f: SourceFinding) => `${f.rule} ${f.file}:${f.line}:${f.column} [${f.source.roots.join(', ')}]`;

describe('kustomize: findings on the source lines', async () => {
  const result = await shop();
  const findings = result.findings.map(where);

  it.each([
    // A base problem both overlays render: once, on the base, naming both.
    ['run-as-non-root base/deployment.yaml:15:5 [overlays/production, overlays/staging]'],
    ['capabilities-restricted base/deployment.yaml:19:11 [overlays/production, overlays/staging]'],
    // A base problem production's patch hardens: reported for staging only.
    ['allow-privilege-escalation base/deployment.yaml:21:13 [overlays/staging]'],
    // A base problem production's component fixes: staging only.
    ['seccomp-profile-restricted base/deployment.yaml:15:5 [overlays/staging]'],
    // A strategic-merge patch file.
    ['host-namespaces overlays/staging/debug-patch.yaml:8:7 [overlays/staging]'],
    // An inline JSON6902 op in kustomization.yaml.
    ['privileged overlays/staging/kustomization.yaml:14:9 [overlays/staging]'],
    // An inline strategic-merge patch in kustomization.yaml.
    ['dangerous-capabilities overlays/production/kustomization.yaml:23:27 [overlays/production]'],
  ])('%s', (expected) => {
    expect(findings).toContain(expected);
  });

  it('reports each finding once across overlays', () => {
    const keys = result.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.findings.filter((f) => f.rule === 'run-as-non-root')).toHaveLength(1);
    expect(result.findings.find((f) => f.rule === 'run-as-non-root')!.message).toMatch(/\(rendered by overlays\/production and overlays\/staging\)$/);
  });

  it('never judges a patch file as a workload', () => {
    expect(result.findings.filter((f) => f.file === 'overlays/production/security-patch.yaml')).toEqual([]);
    expect(result.findings.filter((f) => f.file === 'overlays/staging/debug-patch.yaml').map((f) => f.rule)).toEqual(['host-namespaces']);
  });

  it('marks a base line editable only when every overlay renders it unchanged', () => {
    const both = result.findings.find((f) => f.rule === 'capabilities-restricted' && f.file === 'base/deployment.yaml')!;
    const replacedBlock = result.findings.find((f) => f.rule === 'run-as-non-root')!;
    const stagingOnly = result.findings.find((f) => f.rule === 'allow-privilege-escalation')!;
    const jsonOp = result.findings.find((f) => f.rule === 'privileged')!;
    expect(both.source.editable).toBe(true);
    expect(both.fixable).toBe(true);
    // Both overlays show it on the base's pod spec, but production's component replaces the pod
    // securityContext with a JSON6902 op: a field added in the base would not reach production.
    expect(replacedBlock.source).toMatchObject({ editable: false, hint: 'the JSON6902 op at components/seccomp/kustomization.yaml:9 replaces this block in the render: change it there' });
    expect(stagingOnly.source).toMatchObject({ editable: false, hint: expect.stringContaining('overlays/production') });
    expect(jsonOp.source).toMatchObject({ editable: false, hint: 'change the JSON6902 patch op at overlays/staging/kustomization.yaml:14' });
    expect(jsonOp.fixable).toBe(false);
  });

  it('counts what it looked at', () => {
    expect(result.totals).toEqual({ files: 8, roots: 2, charts: 0, notReviewed: 0 });
    expect(result.notReviewed).toEqual([]);
  });
});

describe('kustomize: patch files given alone', () => {
  it.each([
    ['overlays/production/security-patch.yaml', []],
    ['overlays/staging/debug-patch.yaml', ['host-namespaces overlays/staging/debug-patch.yaml:8:7 [overlays/staging]']],
  ])('%s is judged through its overlay only', async (file, expected) => {
    const result = await shop([file]);
    expect(result.findings.filter((f) => f.file === file).map(where)).toEqual(expected);
  });
});

describe('kustomize: not reviewed', () => {
  it('names a root with a remote base without rendering it', async () => {
    const result = await scanSources(join(DIR, 'remote'), ['.'], { scan: OPTIONS });
    expect(result.findings).toEqual([]);
    expect(result.notReviewed).toEqual([
      {
        file: 'overlays/dev/kustomization.yaml',
        line: 4,
        reason: 'kustomization overlays/dev uses the remote resource https://github.com/kubernetes-sigs/kustomize//examples/helloWorld/?ref=v5.5.0, which podarmor does not fetch',
        remedy: expect.stringContaining('kubectl kustomize … | podarmor scan -'),
      },
      { file: 'overlays/dev/replicas.yaml', reason: 'used only by kustomization overlays/dev, which was not reviewed (overlays/dev/kustomization.yaml:4)' },
    ]);
    expect(result.totals).toMatchObject({ roots: 0, notReviewed: 2 });
  });

  it('names a root that fails to render with the tool’s error, and reviews the rest', async () => {
    const result = await scanSources(join(DIR, 'broken'), ['.'], { scan: OPTIONS });
    expect(result.notReviewed[0]).toMatchObject({ file: 'overlays/qa/kustomization.yaml', reason: expect.stringMatching(/^kubectl kustomize overlays\/qa failed: accumulating resources: .*does-not-exist\.yaml/) });
    expect(result.notReviewed[0]!.reason).not.toMatch(/podarmor-kustomize-|E\d{4} /);
    expect(result.notReviewed.map((n) => n.file)).toEqual(['overlays/qa/kustomization.yaml', 'overlays/qa/deployment.yaml']);
    expect(result.findings.some((f) => f.file === 'apps/pod.yaml' && f.rule === 'privileged')).toBe(true);
  });
});

describe('kustomize: a component no kustomization uses', () => {
  it('is rendered on the kustomization above it, and its patch judged only there', async () => {
    const result = await scanSources(join(DIR, 'boutique'), ['.'], { scan: { ...OPTIONS, only: ['privileged', 'allow-privilege-escalation'] } });
    expect(result.findings.map(where)).toEqual([
      'allow-privilege-escalation components/debug-sidecar/sidecar.yaml:11:11 [components/debug-sidecar (on .)]',
      'privileged components/debug-sidecar/sidecar.yaml:12:13 [components/debug-sidecar (on .)]',
    ]);
    // A patch line is literal YAML (a review may suggest a change there), but `fix` edits bases only.
    expect(result.findings[1]!.source.editable).toBe(true);
    expect(result.findings[1]!.fixable).toBe(false);
    expect(result.totals).toMatchObject({ roots: 2, notReviewed: 0 });
  });
});

describe('kustomize: many overlays of one base (the bench tree)', () => {
  it('renders each overlay once and reports a base problem once, naming every overlay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-overlays-'));
    try {
      writeOverlayTree(dir, 4);
      const result = await scanSources(dir, ['.'], { scan: { ...OPTIONS, only: ['allow-privilege-escalation', 'host-namespaces', 'network-policy-missing'] } });
      expect(result.totals).toEqual({ files: 14, roots: 4, charts: 0, notReviewed: 0 });
      // Overlays 0 and 2 set hostNetwork: true with their inline JSON6902 op.
      expect(result.findings.filter((f) => f.rule === 'host-namespaces').map(where)).toEqual([
        'host-namespaces overlays/env-0/kustomization.yaml:10:9 [overlays/env-0]',
        'host-namespaces overlays/env-2/kustomization.yaml:10:9 [overlays/env-2]',
      ]);
      // Each base Deployment lacks allowPrivilegeEscalation: false in all four overlays: once each.
      const base = result.findings.filter((f) => f.rule === 'allow-privilege-escalation');
      expect(base.map((f) => `${f.file}:${f.line}`)).toEqual(['base/svc-0.yaml:15', 'base/svc-1.yaml:15', 'base/svc-2.yaml:15', 'base/svc-3.yaml:15', 'base/svc-4.yaml:15']);
      for (const f of base) expect(f.source.roots).toEqual(['overlays/env-0', 'overlays/env-1', 'overlays/env-2', 'overlays/env-3']);
      expect(base.every((f) => f.fixable)).toBe(true);
      const policy = result.findings.find((f) => f.rule === 'network-policy-missing' && f.file === 'base/svc-1.yaml')!;
      // fix writes the policies beside the bases and lists them in the base's kustomization.
      expect(policy).toMatchObject({ fixable: true, source: { editable: true } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
