// Reading the files a re-render needs through the API (batched GraphQL against the GitHub mock,
// whose queries are validated against GitHub's GraphQL schema), and which renders a change touches.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../src/github/client.ts';
import { readHeadSources } from '../src/github/head-sources.ts';
import { FILES_PER_QUERY, listTreeAtRef, materialize, readFilesAtRef } from '../src/github/read-files.ts';
import { affectedRoots, chartDirs, kustomizationReferences } from '../src/sources/affected.ts';
import { MockGitHub } from './helpers/github-mock.ts';

const client = () => getOctokit('ghs_test') as unknown as GitHubClient;
afterEach(() => nock.cleanAll());

describe('readFilesAtRef', () => {
  it('reads 300 files at the head with at most 20 requests, each query a valid GraphQL document', async () => {
    const files = Array.from({ length: 300 }, (_, i) => ({ path: `apps/app-${i}/deployment.yaml`, content: `kind: Deployment\nmetadata: {name: app-${i}}\n` }));
    const mock = new MockGitHub([], { unchanged: files });
    mock.install();
    const read = await readFilesAtRef(client(), mock, mock.headSha, [...files.map((f) => f.path), 'missing.yaml']);
    expect(mock.errors).toEqual([]);
    expect(read.size).toBe(301);
    expect(read.get('apps/app-7/deployment.yaml')).toBe('kind: Deployment\nmetadata: {name: app-7}\n');
    expect(read.get('missing.yaml')).toBeUndefined();
    expect(mock.requests.length).toBeLessThanOrEqual(20);
    expect(mock.requests.length).toBe(Math.ceil(301 / FILES_PER_QUERY));
    expect(mock.requests.every((r) => r.path === '/graphql')).toBe(true);
  });

  it('reads a file past GraphQL’s text limit as a blob', async () => {
    const big = `kind: ConfigMap\ndata:\n  x: "${'a'.repeat(2000)}"\n`;
    const mock = new MockGitHub([], { unchanged: [{ path: 'big.yaml', content: big }, { path: 'small.yaml', content: 'a: 1\n' }], graphqlTextLimit: 1000 });
    mock.install();
    const read = await readFilesAtRef(client(), mock, mock.headSha, ['big.yaml', 'small.yaml']);
    expect(read.get('big.yaml')).toBe(big);
    expect(read.get('small.yaml')).toBe('a: 1\n');
    expect(mock.requests.map((r) => `${r.method} ${r.path.replace(/blobs\/.*/, 'blobs/…')}`)).toEqual(['POST /graphql', expect.stringMatching(/^GET \/repos\/.*\/git\/blobs\/…$/)]);
  });
});

describe('listTreeAtRef', () => {
  it('lists every file in one request and reports a cut listing', async () => {
    const mock = new MockGitHub([{ path: 'a/kustomization.yaml', content: 'resources: []\n' }], { unchanged: [{ path: 'b/x.yaml', content: 'a: 1\n' }], treeTruncated: true });
    mock.install();
    expect(await listTreeAtRef(client(), mock, mock.headSha)).toEqual({ paths: ['a/kustomization.yaml', 'b/x.yaml'], truncated: true });
    expect(mock.requests).toHaveLength(1);
  });
});

describe('materialize', () => {
  it('writes the files under a folder, and refuses a path that leaves it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-mat-'));
    try {
      const written = await materialize(new Map([['a/b/c.yaml', 'x: 1\n'], ['gone.yaml', undefined]]), dir);
      expect(written).toEqual(['a/b/c.yaml']);
      expect(readFileSync(join(dir, 'a/b/c.yaml'), 'utf8')).toBe('x: 1\n');
      await expect(materialize(new Map([['../escape.yaml', 'x']]), dir)).rejects.toThrow(/outside the render folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A tree modelled on public repositories: a base used by two overlays (one through a component),
// a standalone kustomization, a chart with a vendored subchart, and plain manifests.
const KUSTOMIZATIONS: Record<string, string> = {
  'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\nconfigMapGenerator:\n  - name: web\n    files: [config/app.properties]\n',
  'deploy/components/hardening/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: security.yaml\n',
  'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - https://github.com/acme/other//deploy?ref=v1\ncomponents:\n  - ../../components/hardening\npatches:\n  - path: replicas.yaml\n  - patch: |-\n      - op: add\n        path: /spec/template/spec/hostNetwork\n        value: true\n    target: {kind: Deployment}\n',
  'deploy/overlays/dev/kustomization.yaml': 'resources: [../../base]\npatchesStrategicMerge: [debug.yaml]\n',
  'tools/kustomization.yml': 'resources: [job.yaml]\n',
};
const TREE = [
  ...Object.keys(KUSTOMIZATIONS),
  'deploy/base/deployment.yaml',
  'deploy/base/service.yaml',
  'deploy/base/config/app.properties',
  'deploy/base/README.md',
  'deploy/components/hardening/security.yaml',
  'deploy/overlays/prod/replicas.yaml',
  'deploy/overlays/dev/debug.yaml',
  'tools/job.yaml',
  'charts/web/Chart.yaml',
  'charts/web/values.yaml',
  'charts/web/templates/deployment.yaml',
  'charts/web/charts/redis/Chart.yaml',
  'charts/web/charts/redis/templates/sts.yaml',
  'manifests/plain.yaml',
];
const affected = (...changed: string[]) => affectedRoots(TREE, changed, (f) => KUSTOMIZATIONS[f]);

describe('affectedRoots', () => {
  it('reads what a kustomization names, leaving remote resources out', () => {
    expect(kustomizationReferences(KUSTOMIZATIONS['deploy/overlays/prod/kustomization.yaml']!)).toEqual(['../../base', '../../components/hardening', 'replicas.yaml']);
    expect(kustomizationReferences(KUSTOMIZATIONS['deploy/base/kustomization.yaml']!)).toEqual(['deployment.yaml', 'service.yaml', 'config/app.properties']);
  });

  it('finds outermost charts only', () => {
    expect(chartDirs(TREE)).toEqual(['charts/web']);
  });

  it.each([
    ['a base file', ['deploy/base/deployment.yaml'], ['deploy/overlays/dev', 'deploy/overlays/prod'], []],
    ['a generator file of the base', ['deploy/base/config/app.properties'], ['deploy/overlays/dev', 'deploy/overlays/prod'], []],
    ['a patch of one overlay', ['deploy/overlays/dev/debug.yaml'], ['deploy/overlays/dev'], []],
    ['a component patch', ['deploy/components/hardening/security.yaml'], ['deploy/overlays/prod'], []],
    ['an overlay kustomization (inline patch)', ['deploy/overlays/prod/kustomization.yaml'], ['deploy/overlays/prod'], []],
    ['a standalone kustomization', ['tools/job.yaml'], ['tools'], []],
    ['a file no kustomization names', ['deploy/base/README.md'], [], []],
    ['a values file', ['charts/web/values.yaml'], [], ['charts/web']],
    ['a subchart template', ['charts/web/charts/redis/templates/sts.yaml'], [], ['charts/web']],
    ['a plain manifest', ['manifests/plain.yaml'], [], []],
  ])('a change to %s re-renders the roots that use it', (_, changed, roots, charts) => {
    const result = affected(...changed);
    expect(result.kustomizeRoots).toEqual(roots);
    expect(result.charts).toEqual(charts);
  });

  it('lists exactly the files the affected renders read', () => {
    expect(affected('deploy/overlays/dev/debug.yaml').neededFiles).toEqual([
      'deploy/base/config/app.properties',
      'deploy/base/deployment.yaml',
      'deploy/base/kustomization.yaml',
      'deploy/base/service.yaml',
      'deploy/overlays/dev/debug.yaml',
      'deploy/overlays/dev/kustomization.yaml',
    ]);
    expect(affected('charts/web/values.yaml').neededFiles).toEqual(TREE.filter((p) => p.startsWith('charts/web/')).sort());
  });
});

describe('readHeadSources', () => {
  const content = (p: string) => KUSTOMIZATIONS[p] ?? (p.endsWith('web.yaml') && p.startsWith('clusters/') ? HELM_RELEASE : `# ${p}\nkind: ConfigMap\n`);
  const HELM_RELEASE = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: web}\nspec:\n  chart:\n    spec: {chart: ./charts/web, sourceRef: {kind: GitRepository, name: flux-system}}\n  values: {replicaCount: 2}\n---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: redis}\nspec:\n  chart:\n    spec: {chart: redis, sourceRef: {kind: HelmRepository, name: bitnami}}\n';
  const withTree = (changed: string[], extra: string[] = []) => {
    const all = [...TREE, ...extra];
    return new MockGitHub(
      changed.map((path) => ({ path, content: content(path) })),
      { unchanged: all.filter((p) => !changed.includes(p)).map((path) => ({ path, content: content(path) })) },
    );
  };

  it('reads only the files of the roots a patch change touches, into a temporary folder', async () => {
    const mock = withTree(['deploy/overlays/dev/debug.yaml']);
    mock.install();
    const head = (await readHeadSources(client(), mock, mock.headSha, ['deploy/overlays/dev/debug.yaml']))!;
    try {
      expect(mock.errors).toEqual([]);
      expect(head.affected.kustomizeRoots).toEqual(['deploy/overlays/dev']);
      expect(head.files).toEqual(affected('deploy/overlays/dev/debug.yaml').neededFiles);
      expect(readFileSync(join(head.dir, 'deploy/base/kustomization.yaml'), 'utf8')).toBe(KUSTOMIZATIONS['deploy/base/kustomization.yaml']);
      // The tree, one query for the kustomizations and the changed file, one for the rest.
      expect(head.requests).toBe(3);
      expect(mock.requests).toHaveLength(3);
    } finally {
      await head.cleanup();
    }
  });

  it('follows a changed HelmRelease to its chart and names the remote one as not reviewed', async () => {
    const mock = withTree(['clusters/web.yaml'], ['clusters/web.yaml']);
    mock.install();
    const head = (await readHeadSources(client(), mock, mock.headSha, ['clusters/web.yaml']))!;
    try {
      expect(head.gitops.map((g) => Object.keys(g.target)[0])).toEqual(['helm', 'notReviewed']);
      expect(head.files).toEqual(['charts/web/Chart.yaml', 'charts/web/charts/redis/Chart.yaml', 'charts/web/charts/redis/templates/sts.yaml', 'charts/web/templates/deployment.yaml', 'charts/web/values.yaml', 'clusters/web.yaml']);
    } finally {
      await head.cleanup();
    }
  });

  it('returns nothing for a change to plain manifests only', async () => {
    const mock = withTree(['manifests/plain.yaml']);
    mock.install();
    expect(await readHeadSources(client(), mock, mock.headSha, ['manifests/plain.yaml'])).toBeUndefined();
  });
});
