// Where the hardening commit (Action and App: src/github) puts generated NetworkPolicies, on the
// mocked GitHub with the real kubectl: one file per folder beside the workloads, listed in the
// folder's kustomization even when the pull request does not change (or the `paths` globs do not
// match) that kustomization, never one file for several folders; and
// `kubectl kustomize` of the commit's tree deploys the policies, with every flow kept.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import nock from 'nock';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { GitHubClient, Logger } from '../src/github/client.ts';
import { runReview } from '../src/github/run.ts';
import { mergeSettings, type ReviewConfig } from '../src/review/config.ts';
import { MockGitHub, type MockFile } from './helpers/github-mock.ts';
import { Cluster } from './helpers/network-evaluator.ts';
import { FIXTURES } from './helpers/paths.ts';

const Client = Octokit.plugin(restEndpointMethods, paginateRest);
const POLICY_FILE = 'podarmor-networkpolicies.yaml';
let warnings: string[];
const log: Logger = { info: () => {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };

/** The files of a fixture folder, under `prefix`. */
function filesOf(folder: string, prefix: string): { path: string; content: string }[] {
  const root = join(FIXTURES, 'network', folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ path: `${prefix}${f}`, content: readFileSync(join(root, f), 'utf8') }));
}

/** A pull request changing `changed` (an image bump each) in a repository holding `repository`. */
function pullRequest(repository: { path: string; content: string }[], changed: readonly string[]): MockGitHub {
  const files: MockFile[] = changed.map((path) => {
    const content = repository.find((f) => f.path === path)!.content;
    const base = content.replace(/image: (\S+)/, 'image: $1-old');
    expect(base, path).not.toBe(content);
    return { path, content, base };
  });
  return new MockGitHub(files, { unchanged: repository.filter((f) => !changed.includes(f.path)) });
}

async function harden(mock: MockGitHub, settings: Partial<ReviewConfig> = {}) {
  mock.install();
  try {
    const client = new Client({ auth: 'ghs_test' }) as unknown as GitHubClient;
    return await runReview({ client, pr: { owner: mock.owner, repo: mock.repo, number: mock.number }, config: mergeSettings({ fix: 'commit', ...settings }), log, retryDelayMs: 0 });
  } finally {
    nock.cleanAll();
  }
}

/** The repository's tree after the hardening commit, written to a temporary folder. */
function treeAfter(repository: { path: string; content: string }[], commit: { files: { path: string; content: string }[] }): string {
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-commit-'));
  const texts = new Map(repository.map((f) => [f.path, f.content]));
  for (const f of commit.files) texts.set(f.path, f.content);
  for (const [path, text] of texts) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const kustomize = (dir: string) => parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map((d) => d.toJS());
const dirs: string[] = [];

beforeEach(() => {
  warnings = [];
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the hardening commit places generated NetworkPolicies', () => {
  it('changing only a Deployment of a kustomization: the policy file and the kustomization edit are in the commit, and kubectl kustomize deploys them', async () => {
    const repository = filesOf('guestbook', 'apps/guestbook/');
    const kustomization = repository.find((f) => f.path === 'apps/guestbook/kustomization.yaml')!.content;
    const mock = pullRequest(repository, ['apps/guestbook/frontend.yaml']);
    const result = await harden(mock);
    expect(mock.errors).toEqual([]);
    expect(result.fixNote).toBeUndefined();
    expect(mock.commits).toHaveLength(1);
    const commit = mock.commits[0]!;
    expect(commit.files.map((f) => f.path).sort()).toEqual(['apps/guestbook/frontend.yaml', 'apps/guestbook/kustomization.yaml', `apps/guestbook/${POLICY_FILE}`]);
    // A style-preserving edit: the one line added to `resources:`, the comment and the rest kept.
    expect(commit.files.find((f) => f.path === 'apps/guestbook/kustomization.yaml')!.content).toBe(kustomization.replace('  - frontend.yaml\n', `  - frontend.yaml\n  - ${POLICY_FILE}\n`));
    // The Deployment is hardened in place too (a kustomize base every render keeps unchanged).
    expect(commit.files.find((f) => f.path === 'apps/guestbook/frontend.yaml')!.content).toContain('seccompProfile');

    const dir = treeAfter(repository, commit);
    dirs.push(dir);
    const rendered = kustomize(join(dir, 'apps/guestbook'));
    expect(rendered.filter((o) => o.kind === 'NetworkPolicy').map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual(['guestbook/frontend-podarmor']);
    const cluster = new Cluster(rendered, 'guestbook');
    expect(cluster.isolated(cluster.pod('frontend'), 'Egress')).toBe(true);
    expect(cluster.reachesService(cluster.pod('frontend'), 'redis-leader', 'guestbook', 6379)).toBe(true);
    expect(cluster.reachesService(cluster.pod('frontend'), 'redis-follower', 'guestbook', 6379)).toBe(true);
    expect(cluster.allowed(cluster.pod('frontend'), { ip: '169.254.169.254' }, 80)).toBe(false);
    expect(cluster.allowed(cluster.pod('frontend'), { ip: 'fd00:ec2::254' }, 80)).toBe(false);
    expect(cluster.allowed(cluster.pod('frontend'), { ip: '93.184.216.34' }, 443)).toBe(true);

    // The review is about the commit: posted on it, and the fixed findings are said to be fixed.
    expect(mock.reviews).toEqual([expect.objectContaining({ commit_id: commit.oid })]);
    expect(mock.reviews[0]!.body).toContain('fixed by the hardening commit');
    expect(mock.comments.filter((c) => c.body.includes('`network-policy-missing`'))).toEqual([]);
  });

  it('sibling folders a/ and b/ get a/… and b/… policy files, each in its own kustomization, never one pooled file', async () => {
    const repository = [
      ...filesOf('cross-namespace', 'deploy/'),
      { path: 'deploy/web/kustomization.yaml', content: 'resources:\n- app.yaml\n' },
      { path: 'deploy/data/kustomization.yaml', content: 'resources: [db.yaml]\n' },
      { path: 'deploy/kustomization.yaml', content: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - web\n  - data\n' },
    ];
    const mock = pullRequest(repository, ['deploy/web/app.yaml', 'deploy/data/db.yaml']);
    await harden(mock);
    expect(mock.errors).toEqual([]);
    const commit = mock.commits[0]!;
    const paths = commit.files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith(POLICY_FILE)).sort()).toEqual([`deploy/data/${POLICY_FILE}`, `deploy/web/${POLICY_FILE}`]);
    expect(paths).not.toContain('deploy/kustomization.yaml');
    const file = (p: string) => commit.files.find((f) => f.path === p)!.content;
    expect(file('deploy/web/kustomization.yaml')).toBe(`resources:\n- app.yaml\n- ${POLICY_FILE}\n`);
    expect(file('deploy/data/kustomization.yaml')).toBe(`resources: [db.yaml, ${POLICY_FILE}]\n`);
    // Each file selects only the workloads of its folder.
    const names = (p: string) => parseAllDocuments(file(p)).map((d) => d.toJS().metadata.name).sort();
    expect(names(`deploy/web/${POLICY_FILE}`)).toEqual(['shop-podarmor']);
    expect(names(`deploy/data/${POLICY_FILE}`)).toEqual(['db-podarmor', 'search-podarmor']);

    const dir = treeAfter(repository, commit);
    dirs.push(dir);
    const rendered = kustomize(join(dir, 'deploy'));
    expect(rendered.filter((o) => o.kind === 'NetworkPolicy')).toHaveLength(3);
    const cluster = new Cluster(rendered, 'web');
    const shop = cluster.pod('shop', 'web');
    expect(cluster.reachesService(shop, 'db', 'data', 5432)).toBe(true);
    expect(cluster.reachesService(shop, 'search', 'data', 9200)).toBe(true);
    expect(cluster.reachesService(cluster.pod('db', 'data'), 'search', 'data', 9200)).toBe(false);
    for (const pod of cluster.pods.filter((p) => p.namespace !== 'kube-system')) {
      expect(cluster.allowed(pod, { ip: '169.254.169.254' }, 80), pod.name).toBe(false);
      expect(cluster.allowed(pod, { ip: 'fd00:ec2::254' }, 80), pod.name).toBe(false);
    }
  });

  it('lists the file in a kustomization the `paths` globs do not match (named Kustomization)', async () => {
    const repository = [...filesOf('named-port', 'svc/'), { path: 'svc/Kustomization', content: 'resources:\n  - app.yaml\n' }];
    const mock = pullRequest(repository, ['svc/app.yaml']);
    await harden(mock);
    expect(mock.errors).toEqual([]);
    const commit = mock.commits[0]!;
    expect(commit.files.map((f) => f.path).sort()).toEqual(['svc/Kustomization', 'svc/app.yaml', `svc/${POLICY_FILE}`]);
    expect(commit.files.find((f) => f.path === 'svc/Kustomization')!.content).toBe(`resources:\n  - app.yaml\n  - ${POLICY_FILE}\n`);
    const dir = treeAfter(repository, commit);
    dirs.push(dir);
    const cluster = new Cluster(kustomize(join(dir, 'svc')), 'shop');
    expect(cluster.reachesService(cluster.pod('web', 'shop'), 'api', 'shop', 80)).toBe(true);
  });

  it('reviewing a manifest as it is (no render uses it), still lists the file in the folder kustomization the `paths` globs do not match', async () => {
    const worker = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  selector:\n    matchLabels: {app: worker}\n  template:\n    metadata:\n      labels: {app: worker}\n    spec:\n      containers:\n      - name: worker\n        image: worker:1\n';
    const repository = [
      { path: 'jobs/Kustomization', content: 'configMapGenerator:\n- name: settings\n  literals: [MODE=batch]\n' },
      { path: 'jobs/worker.yaml', content: worker },
    ];
    const mock = pullRequest(repository, ['jobs/worker.yaml']);
    await harden(mock);
    expect(mock.errors).toEqual([]);
    const commit = mock.commits[0]!;
    expect(commit.files.map((f) => f.path).sort()).toEqual(['jobs/Kustomization', `jobs/${POLICY_FILE}`, 'jobs/worker.yaml']);
    expect(commit.files.find((f) => f.path === 'jobs/Kustomization')!.content).toBe(`configMapGenerator:\n- name: settings\n  literals: [MODE=batch]\nresources:\n- ${POLICY_FILE}\n`);
  });

  it('a folder holding a changed base and a changed manifest its kustomization does not list gets one file and one edit', async () => {
    const worker = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\n  namespace: guestbook\nspec:\n  selector:\n    matchLabels: {app: worker}\n  template:\n    metadata:\n      labels: {app: worker}\n    spec:\n      containers:\n      - name: worker\n        image: worker:1\n';
    const repository = [...filesOf('guestbook', 'gb/'), { path: 'gb/worker.yaml', content: worker }];
    const mock = pullRequest(repository, ['gb/frontend.yaml', 'gb/worker.yaml']);
    await harden(mock);
    expect(mock.errors).toEqual([]);
    const commit = mock.commits[0]!;
    expect(commit.files.filter((f) => f.path.endsWith(POLICY_FILE)).map((f) => f.path)).toEqual([`gb/${POLICY_FILE}`]);
    const policies = parseAllDocuments(commit.files.find((f) => f.path === `gb/${POLICY_FILE}`)!.content).map((d) => d.toJS().metadata.name).sort();
    expect(policies).toEqual(['frontend-podarmor', 'worker-podarmor']);
    expect(commit.files.find((f) => f.path === 'gb/kustomization.yaml')!.content.match(new RegExp(POLICY_FILE, 'g'))).toHaveLength(1);
  });
});
