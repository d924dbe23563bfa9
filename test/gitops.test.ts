// GitOps objects resolved to what podarmor renders, or named as not reviewed: never ignored.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fluxSourceUrls, isThisRepository, resolveGitOpsObject, resolveGitOpsTargets, type GitOpsRepository } from '../src/sources/gitops.ts';

const files = new Set(['charts/web/Chart.yaml', 'apps/api/kustomization.yaml', 'deploy/chart/Chart.yaml', 'values/prod.yaml']);
const repo: GitOpsRepository = {
  url: 'https://github.com/acme/fleet',
  fileExists: (p) => files.has(p),
  fluxSources: fluxSourceUrls([
    parse('apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: fleet}\nspec: {url: "ssh://git@github.com/acme/fleet.git"}'),
    parse('apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: podinfo}\nspec: {url: "https://github.com/stefanprodan/podinfo"}'),
    parse('apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata: {name: bitnami}\nspec: {url: "https://charts.bitnami.com/bitnami"}'),
  ]),
};

const helmRelease = (chart: string, extra = '') => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: web, namespace: prod}
spec:
  chart:
    spec:
${chart}
${extra}`;
const argo = (source: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: web, namespace: argocd}
spec:
  destination: {namespace: web}
${source}`;

const table: [string, string, unknown][] = [
  [
    'a HelmRelease of a chart in the flux-system repository, with inline values and values files',
    helmRelease('      chart: ./charts/web\n      sourceRef: {kind: GitRepository, name: flux-system}\n      valuesFiles: [./charts/web/values.yaml, ./values/prod.yaml]', '  values: {replicaCount: 2}'),
    { helm: { chartDir: 'charts/web', releaseName: 'web', namespace: 'prod', valuesFiles: ['values/prod.yaml'], inlineValues: { replicaCount: 2 }, variant: 'HelmRelease prod/web (clusters/web.yaml)' } },
  ],
  [
    'a HelmRelease whose GitRepository is this repository by URL, with a target namespace',
    helmRelease('      chart: charts/web\n      sourceRef: {kind: GitRepository, name: fleet}', '  targetNamespace: web\n  valuesFrom: [{kind: ConfigMap, name: web-values}]'),
    { helm: { chartDir: 'charts/web', releaseName: 'web-web', namespace: 'web', variant: 'HelmRelease prod/web (clusters/web.yaml) without valuesFrom' } },
  ],
  ['a HelmRelease from a HelmRepository', helmRelease('      chart: redis\n      sourceRef: {kind: HelmRepository, name: bitnami}'), { notReviewed: { file: 'clusters/web.yaml', line: 3, reason: 'HelmRelease prod/web: chart redis from HelmRepository bitnami (https://charts.bitnami.com/bitnami) is not fetched', remedy: expect.any(String) } }],
  ['a HelmRelease from another Git repository', helmRelease('      chart: ./charts/podinfo\n      sourceRef: {kind: GitRepository, name: podinfo}'), { notReviewed: expect.objectContaining({ reason: expect.stringContaining('GitRepository podinfo (https://github.com/stefanprodan/podinfo) is not fetched') }) }],
  ['a HelmRelease with a chartRef', 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: web}\nspec:\n  chartRef: {kind: OCIRepository, name: podinfo}', { notReviewed: expect.objectContaining({ reason: 'HelmRelease web: chartRef OCIRepository podinfo is not fetched' }) }],
  ['a HelmRelease whose chart path leaves the repository', helmRelease('      chart: ../../elsewhere\n      sourceRef: {kind: GitRepository, name: flux-system}'), { notReviewed: expect.objectContaining({ reason: expect.stringContaining('is not a folder of this repository') }) }],
  ['a Flux Kustomization of a kustomization folder', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: api}\nspec:\n  path: ./apps/api\n  sourceRef: {kind: GitRepository, name: flux-system}', { kustomize: 'apps/api' }],
  ['a Flux Kustomization of plain manifests', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: infra}\nspec:\n  path: ./infra/\n  sourceRef: {kind: GitRepository, name: flux-system}', { directory: 'infra' }],
  ['a Flux Kustomization of an OCI artifact', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: app}\nspec:\n  path: ./\n  sourceRef: {kind: OCIRepository, name: app}', { notReviewed: expect.objectContaining({ reason: 'Kustomization app: path ./ in OCIRepository app is not fetched' }) }],
  [
    'an Application of a local chart with helm values',
    argo('  source:\n    repoURL: git@github.com:acme/fleet.git\n    path: deploy/chart\n    helm:\n      releaseName: api\n      valueFiles: [values-prod.yaml]\n      values: |\n        replicaCount: 3\n      parameters: [{name: image.tag, value: "1.2"}]'),
    { helm: { chartDir: 'deploy/chart', releaseName: 'api', namespace: 'web', valuesFiles: ['deploy/chart/values-prod.yaml'], inlineValues: { replicaCount: 3, image: { tag: '1.2' } }, variant: 'Application web' } },
  ],
  ['an Application of a local folder holding a chart (no helm key)', argo('  source: {repoURL: "https://github.com/acme/fleet", path: charts/web}'), { helm: { chartDir: 'charts/web', releaseName: 'web', namespace: 'web', variant: 'Application web' } }],
  ['an Application of a kustomization', argo('  source: {repoURL: "https://github.com/acme/fleet.git", path: apps/api}'), { kustomize: 'apps/api' }],
  ['an Application of a directory', argo('  source: {repoURL: "https://github.com/acme/fleet", path: manifests, directory: {recurse: true}}'), { directory: 'manifests' }],
  ['an Application of a Helm repository chart', argo('  source: {repoURL: "https://charts.bitnami.com/bitnami", chart: redis, targetRevision: 19.0.0}'), { notReviewed: expect.objectContaining({ reason: 'Application argocd/web: chart redis 19.0.0 from https://charts.bitnami.com/bitnami is not fetched' }) }],
  ['an Application of another repository', argo('  source: {repoURL: "https://github.com/other/repo", path: deploy}'), { notReviewed: expect.objectContaining({ reason: 'Application argocd/web: path deploy in https://github.com/other/repo is not fetched' }) }],
  ['an Application run through a plugin', argo('  source: {repoURL: "https://github.com/acme/fleet", path: deploy, plugin: {name: sops}}'), { notReviewed: expect.objectContaining({ reason: 'Application argocd/web: config management plugin sops is not run' }) }],
  ['an ApplicationSet', 'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: all}\nspec: {}', { notReviewed: expect.objectContaining({ reason: expect.stringContaining('ApplicationSet templates are not expanded') }) }],
];

describe('resolveGitOpsObject', () => {
  it.each(table)('%s', (_, yaml, want) => {
    expect(resolveGitOpsObject('clusters/web.yaml', parse(yaml), repo, 3)).toEqual(want);
  });

  it('ignores objects that are not GitOps objects', () => {
    expect(resolveGitOpsObject('a.yaml', parse('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}'), repo)).toBeUndefined();
    expect(resolveGitOpsObject('a.yaml', parse('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization'), repo)).toBeUndefined();
  });

  it('resolves every source of a multi-source Application, with $ref values files', () => {
    const app = parse(
      argo(
        '  sources:\n    - repoURL: https://charts.bitnami.com/bitnami\n      chart: redis\n      helm: {valueFiles: [$values/values/prod.yaml]}\n    - repoURL: https://github.com/acme/fleet\n      ref: values\n    - repoURL: https://github.com/acme/fleet\n      path: charts/web\n      helm: {valueFiles: [$values/values/prod.yaml]}',
      ),
    );
    expect(resolveGitOpsTargets('apps/web.yaml', app, repo)).toEqual([
      { notReviewed: expect.objectContaining({ reason: 'Application argocd/web: chart redis from https://charts.bitnami.com/bitnami is not fetched' }) },
      { helm: expect.objectContaining({ chartDir: 'charts/web', valuesFiles: ['values/prod.yaml'] }) },
    ]);
  });
});

describe('isThisRepository', () => {
  it.each([
    ['https://github.com/acme/fleet', true],
    ['https://github.com/Acme/fleet.git/', true],
    ['git@github.com:acme/fleet.git', true],
    ['ssh://git@github.com/acme/fleet', true],
    ['https://github.com/acme/fleet-other', false],
    ['https://gitlab.com/acme/fleet', false],
  ])('%s → %s', (url, same) => {
    expect(isThisRepository(url, 'https://github.com/acme/fleet')).toBe(same);
  });
});
