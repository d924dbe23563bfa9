// The pieces of the sources room: reading kustomizations (remote references, patches and where they
// are written), discovery (roots, charts, GitOps objects, plain manifests), the legacy patch forms,
// and the limits of a render.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/sources/discover.ts';
import { isRemoteReference, parseKustomization } from '../src/sources/kustomize-file.ts';
import { withOriginAnnotations } from '../src/sources/kustomize-render.ts';
import { pathAtOffset } from '../src/sources/map-fields.ts';
import { scanSources, type SourceFinding } from '../src/sources/index.ts';
import { mapRenderFindings } from '../src/sources/map-findings.ts';
import type { ScanOptions } from '../src/core/types.ts';
import { FIXTURES } from './helpers/paths.ts';

const DIR = join(FIXTURES, 'sources');
const OPTIONS: ScanOptions = { profile: 'hardened', kubernetesVersion: '1.35' };
const where = (f: SourceFinding) => `${f.rule} ${f.file}:${f.line}:${f.column}`;

describe('remote references', () => {
  it.each([
    ['https://github.com/kubernetes-sigs/kustomize//examples/multibases?ref=v5.5.0', true],
    ['github.com/argoproj/argo-cd/manifests/cluster-install?ref=v2.13.0', true],
    ['git::https://gitlab.com/org/repo.git//deploy?ref=main', true],
    ['git@github.com:org/repo.git//base', true],
    ['ssh://git@example.com/org/repo.git', true],
    ['http://example.com/all.yaml', true],
    ['../../base', false],
    ['deployment.yaml', false],
    ['github-actions/base', false],
    ['gitea.example.com/org/deploy/base', false], // remote only when nothing local has that name: see below
  ])('%s → %s', (value, remote) => {
    expect(isRemoteReference(value)).toBe(remote);
  });
});

describe('host.tld/path resources', () => {
  it('are remote when nothing local has that name, local otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-hostpath-'));
    try {
      mkdirSync(join(dir, 'app', 'shop.example.com', 'base'), { recursive: true });
      writeFileSync(join(dir, 'app', 'shop.example.com', 'base', 'kustomization.yaml'), 'resources: []\n');
      writeFileSync(join(dir, 'app', 'kustomization.yaml'), 'resources:\n  - shop.example.com/base\n  - gitea.example.com/org/deploy/base\n');
      const d = await discover(dir, ['app']);
      const app = d.kustomizations.get('app')!;
      expect(app.resources.map((r) => r.path)).toEqual(['app/shop.example.com/base']);
      expect(app.remote.map((r) => [r.path, r.at.line])).toEqual([['gitea.example.com/org/deploy/base', 3]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseKustomization', () => {
  const text = [
    'resources:', //                                   1
    '  - ../../base/', //                              2
    '  - https://example.com/crds.yaml', //            3
    'components: [../../components/tls]', //           4
    'patches:', //                                     5
    '  - path: patch.yaml', //                         6
    '  - target: {kind: Deployment}', //               7
    '    patch: |-', //                                8
    '      - op: add', //                              9
    '        path: /spec/replicas', //                 10
    '        value: 2', //                             11
    'configMapGenerator:', //                          12
    '  - name: cfg', //                                13
    '    files: [app.properties, conf=extra.conf]', // 14
    'helmCharts:', //                                  15
    '  - name: redis', //                              16
  ].join('\n');
  const k = parseKustomization('overlays/prod/kustomization.yaml', text);

  it('resolves what it uses against its folder', () => {
    expect(k.resources.map((r) => r.path)).toEqual(['base']);
    expect(k.components.map((r) => r.path)).toEqual(['components/tls']);
    expect(k.patchFiles.map((r) => [r.path, r.at.line])).toEqual([['overlays/prod/patch.yaml', 6]]);
    expect(k.otherFiles.map((r) => r.path)).toEqual(['overlays/prod/app.properties', 'overlays/prod/extra.conf']);
  });

  it('keeps remote resources and refused fields apart, with their lines', () => {
    expect(k.remote).toEqual([{ path: 'https://example.com/crds.yaml', at: { file: 'overlays/prod/kustomization.yaml', line: 3, column: 5 } }]);
    expect(k.refused).toEqual([{ reason: expect.stringContaining('--enable-helm'), at: expect.objectContaining({ line: 16 }) }]);
  });

  it('maps an inline block patch line for line onto the file', () => {
    const inline = k.patches.find((p) => p.inline)!;
    expect(inline).toMatchObject({ file: 'overlays/prod/kustomization.yaml', lineOffset: 8, columnOffset: 6, linesExact: true, target: { kind: 'Deployment' } });
    expect(inline.text.split('\n')[1]).toBe('  path: /spec/replicas');
  });

  it('reports a kustomization that is not a map', () => {
    expect(parseKustomization('kustomization.yaml', '- a\n- b\n').error).toEqual({ reason: 'a kustomization must be a map', at: { file: 'kustomization.yaml', line: 1, column: 1 } });
  });
});

describe('withOriginAnnotations', () => {
  it.each([
    ['resources: [a.yaml]\n', ['originAnnotations']],
    ['buildMetadata: [managedByLabel]\nresources: [a.yaml]\n', ['managedByLabel', 'originAnnotations']],
    ['buildMetadata: [originAnnotations]\n', ['originAnnotations']],
  ])('%j', (text, expected) => {
    expect(parseDocument(withOriginAnnotations(text)).toJS().buildMetadata).toEqual(expected);
  });
});

describe('pathAtOffset', () => {
  const text = 'spec:\n  containers:\n    - name: a\n      securityContext:\n        privileged: true\n';
  const doc = parseDocument(text);
  it.each([
    ['privileged', ['spec', 'containers', 0, 'securityContext', 'privileged']],
    ['securityContext', ['spec', 'containers', 0, 'securityContext']],
    ['name: a', ['spec', 'containers', 0, 'name']],
    ['spec', ['spec']],
  ])('%s', (needle, path) => {
    expect(pathAtOffset(doc.contents, text.indexOf(needle))).toEqual(path);
  });
});

describe('discover', () => {
  it('finds plain manifests, charts and GitOps objects; files inside a chart are not scanned alone', async () => {
    const d = await discover(join(DIR, 'mixed'), ['.']);
    expect(d.manifests).toEqual(['apps/plain.yaml', 'clusters/prod/argo-app.yaml', 'clusters/prod/releases.yaml']);
    expect(d.charts).toEqual(['charts/web']);
    expect(d.gitops.map((g) => `${g.kind} ${g.name} ${g.file}:${g.line}`)).toEqual([
      'argocd-application shop clusters/prod/argo-app.yaml:1',
      'flux-helmrelease web clusters/prod/releases.yaml:1',
      'flux-kustomization apps clusters/prod/releases.yaml:15',
    ]);
    expect(d.roots).toEqual([]);
  });

  it('takes as roots the kustomizations no other one uses', async () => {
    const d = await discover(join(DIR, 'kustomize', 'shop'), ['.']);
    expect(d.roots).toEqual(['overlays/production', 'overlays/staging']);
    expect([...d.kustomizations.keys()].sort()).toEqual(['base', 'components/seccomp', 'overlays/production', 'overlays/staging']);
    expect(d.manifests).toEqual([]);
  });

  it('renders kustomizations that only use each other, so that kustomize names the cycle', async () => {
    const result = await scanSources(join(DIR, 'kustomize', 'cycle'), ['.'], { scan: OPTIONS });
    expect(result.notReviewed.map((n) => [n.file, /cycle detected/.test(n.reason)])).toEqual([
      ['a/kustomization.yaml', true],
      ['b/kustomization.yaml', true],
    ]);
  });
});

describe('charts and GitOps objects without helm', () => {
  it('names what was not rendered, and still reviews the plain manifests', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent'; // no helm (the tests' fake one included)
    try {
      const result = await scanSources(join(DIR, 'mixed'), ['.'], { scan: { ...OPTIONS, only: ['privileged'] } });
      expect(result.findings.map(where)).toEqual(['privileged apps/plain.yaml:10:9']);
      expect(result.notReviewed.map((n) => `${n.file}:${n.line ?? ''}`)).toEqual([
        'charts/web/Chart.yaml:',
        'clusters/prod/argo-app.yaml:1',
        'clusters/prod/releases.yaml:1',
      ]);
      // The Flux Kustomization points at ./apps, which is scanned: nothing to name.
      expect(result.notReviewed.map((n) => n.reason).join('\n')).not.toMatch(/flux-kustomization|apps\b.*outside/);
      expect(result.skipped).toEqual([]);
      expect(result.totals).toEqual({ files: 3, roots: 0, charts: 0, notReviewed: 3 });
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('legacy patch forms (bases, patchesStrategicMerge, patchesJson6902 file, a file named Kustomization)', async () => {
  const result = await scanSources(join(DIR, 'kustomize', 'legacy'), ['.'], { scan: { ...OPTIONS, only: ['run-as-user', 'host-namespaces', 'allow-privilege-escalation'] } });
  it.each([
    // The sidecar is first in the render but matched by name in the patch.
    'run-as-user overlay/patches/sidecar.yaml:12:11',
    'allow-privilege-escalation overlay/patches/sidecar.yaml:11:9',
    'host-namespaces overlay/patches/ops.yaml:3:3',
  ])('%s', (expected) => {
    expect(result.findings.map(where)).toContain(expected);
  });
  it('finds nothing else, and honours a suppression comment on the base line', () => {
    // The worker container is also named in patches/resources.yaml, which only sets limits: its
    // missing allowPrivilegeEscalation is the base's, where the comment suppresses it.
    expect(result.findings).toHaveLength(3);
    expect(result.findings.map((f) => f.file)).not.toContain('overlay/patches/resources.yaml');
  });

  it('judges a folder of patches given alone through the overlay above it', async () => {
    const alone = await scanSources(join(DIR, 'kustomize', 'legacy'), ['overlay/patches'], { scan: { ...OPTIONS, only: ['run-as-user', 'host-namespaces', 'allow-privilege-escalation'] } });
    expect(alone.findings.map(where).sort()).toEqual(result.findings.map(where).sort());
    expect(alone.totals).toMatchObject({ roots: 1, notReviewed: 0 });
  });
});

describe('render limits', () => {
  const shop = join(DIR, 'kustomize', 'shop');
  it.each([
    [{ timeoutMs: 1 }, /took longer than 0 s and was stopped/],
    [{ maxOutputBytes: 100 }, /printed more than 100 bytes and was stopped/],
  ])('%j makes each root not reviewed', async (limits, reason) => {
    const result = await scanSources(shop, ['.'], { scan: OPTIONS, ...limits });
    expect(result.findings).toEqual([]);
    expect(result.notReviewed.slice(0, 2).map((n) => [n.file, reason.test(n.reason)])).toEqual([
      ['overlays/production/kustomization.yaml', true],
      ['overlays/staging/kustomization.yaml', true],
    ]);
  });

  it('names each root when kubectl is missing, with the remedy, and scans its resources as they are', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await scanSources(shop, ['overlays/staging'], { scan: { ...OPTIONS, only: ['allow-privilege-escalation', 'host-namespaces'] } });
      expect(result.notReviewed).toEqual([
        {
          file: 'overlays/staging/kustomization.yaml',
          line: 1,
          reason: 'kubectl kustomize overlays/staging failed: kubectl is not on PATH',
          remedy: 'install kubectl (it bundles kustomize) or kustomize; meanwhile its resources were scanned as they are, without its patches',
        },
        { file: 'base/kustomization.yaml', reason: 'used only by kustomization overlays/staging, which was not reviewed' },
        { file: 'overlays/staging/debug-patch.yaml', reason: 'used only by kustomization overlays/staging, which was not reviewed' },
      ]);
      // The base as written (no hostNetwork from the patch, which was not applied).
      expect(result.findings.map(where)).toEqual(['allow-privilege-escalation base/deployment.yaml:21:13']);
      expect(result.totals).toMatchObject({ files: 2, roots: 0 });
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('safety of rendering repository content', () => {
  it('does not follow a symlink out of the scan root into the render', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-symlink-'));
    try {
      const outside = join(dir, 'outside.yaml');
      writeFileSync(outside, 'apiVersion: v1\nkind: Pod\nmetadata: {name: secret-looking}\nspec:\n  containers: [{name: a, image: x, securityContext: {privileged: true}}]\n');
      const repo = join(dir, 'repo');
      mkdirSync(join(repo, 'app'), { recursive: true });
      writeFileSync(join(repo, 'app', 'kustomization.yaml'), 'resources:\n  - pod.yaml\n');
      symlinkSync(outside, join(repo, 'app', 'pod.yaml'));
      const result = await scanSources(repo, ['.'], { scan: OPTIONS });
      expect(result.findings).toEqual([]);
      expect(result.notReviewed[0]).toMatchObject({ file: 'app/kustomization.yaml', reason: expect.stringMatching(/^kubectl kustomize app failed: .*pod\.yaml/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mapRenderFindings', () => {
  it('leaves a finding on the object file when the renderer cannot locate it, never a crash', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x, securityContext: {privileged: true}}]\n';
    const mapped = mapRenderFindings(
      {
        kind: 'kustomize',
        root: 'overlays/dev',
        documents: [
          {
            text,
            originFile: 'base/pod.yaml',
            get origin(): never {
              throw new Error('base/pod.yaml is not YAML');
            },
            locate: () => {
              throw new Error('base/pod.yaml is not YAML');
            },
          },
        ],
      },
      { ...OPTIONS, only: ['privileged'] },
      () => undefined,
    );
    expect(mapped.findings.map((f) => [f.rule, f.file, f.line, f.source.editable])).toEqual([['privileged', 'base/pod.yaml', 1, false]]);
  });
});
