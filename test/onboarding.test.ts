// Onboarding on install: installation.created and installation_repositories.added deliver real
// example payloads; each repository gets at most one "Harden Kubernetes manifests" pull request,
// kept idempotent by GitHub state alone (the branch name, the open or closed pull request).
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { Probot, ProbotOctokit } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import podarmorApp from '../src/app/index.ts';
import { ONBOARDING_BRANCH, ONBOARDING_EVENTS, ONBOARDING_TITLE } from '../src/app/onboarding.ts';
import { ONBOARDING_MARKER } from '../src/app/onboarding-body.ts';
import { fixFiles } from '../src/core/fix/engine.ts';
import { docsUrl } from '../src/core/rules/docs.ts';
import { GitRepositoryMock, type RepositoryOptions } from './helpers/git-repository-mock.ts';
import { FIXTURES, ROOT } from './helpers/paths.ts';
import { INSTALLATION, example } from './helpers/webhooks.ts';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
// The shop example: fixes in the Deployment and a NetworkPolicy generated for its namespace.
const WEB = readFileSync(join(ROOT, 'examples', 'shop', 'cart.yaml'), 'utf8');
const DB = readFileSync(join(FIXTURES, 'github', 'db-modified.yaml'), 'utf8');
const README = '# shop\n';

function repository(files: Record<string, string> = { 'README.md': README, 'deploy/web.yaml': WEB }, options: RepositoryOptions = {}): GitRepositoryMock {
  const mock = new GitRepositoryMock(files, options);
  mock.install();
  return mock;
}

function installationCreated(...repos: GitRepositoryMock[]) {
  const payload = example('installation', (e) => e.action === 'created');
  payload.installation = { ...payload.installation, ...INSTALLATION };
  payload.repositories = repos.map((r, i) => ({ id: i + 1, node_id: `R_${i}`, name: r.repo, full_name: `${r.owner}/${r.repo}`, private: false }));
  return { id: 'delivery-installation-created', name: 'installation' as const, payload };
}

function repositoriesAdded(...repos: GitRepositoryMock[]) {
  const payload = example('installation_repositories', (e) => e.action === 'added');
  payload.installation = { ...payload.installation, ...INSTALLATION };
  payload.repositories_added = repos.map((r, i) => ({ id: i + 10, node_id: `R_${i}`, name: r.repo, full_name: `${r.owner}/${r.repo}`, private: false }));
  return { id: `delivery-added-${Math.random()}`, name: 'installation_repositories' as const, payload };
}

async function deliver(event: { id: string; name: string; payload: unknown }): Promise<void> {
  const probot = new Probot({ appId: 1, privateKey, secret: 'onboarding', logLevel: 'fatal', Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }) });
  await probot.load(podarmorApp);
  await probot.receive(event as never);
}

const shortPath = (mock: GitRepositoryMock, path: string) => decodeURIComponent(path).replace(`/repos/${mock.owner}/${mock.repo}`, '');
const writes = (mock: GitRepositoryMock) => mock.writes().map((r) => `${r.method} ${shortPath(mock, r.path)}`);

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('onboarding on install', () => {
  it('opens one pull request into the default branch with the safe fixes and NetworkPolicies, and the rest by rule', async () => {
    const mock = repository();
    await deliver(installationCreated(mock));
    expect(mock.errors).toEqual([]);
    expect(writes(mock)).toEqual(['POST /git/trees', 'POST /git/commits', 'POST /git/refs', 'POST /pulls']);
    const [pull] = mock.pulls;
    expect(pull).toMatchObject({ title: ONBOARDING_TITLE, head: ONBOARDING_BRANCH, base: 'main', state: 'open' });

    // The branch is one commit on main carrying exactly what `podarmor fix` makes of main.
    const expected = fixFiles([{ path: 'deploy/web.yaml', text: WEB }], { profile: 'hardened', kubernetesVersion: '1.35' });
    expect(expected.files.some((f) => f.before === undefined)).toBe(true); // a generated NetworkPolicy
    const branch = mock.filesOf(ONBOARDING_BRANCH);
    for (const file of expected.files) expect(branch.get(file.path), file.path).toBe(file.after);
    expect(branch.get('README.md')).toBe(README);
    expect(mock.commits.get(mock.branches.get(ONBOARDING_BRANCH)!)!.parents).toEqual([mock.branches.get('main')]);

    expect(pull!.body).toContain(ONBOARDING_MARKER);
    expect(pull!.body).toContain(`**${expected.fixed.length} safe fixes**`);
    const left = [...new Set(expected.after.findings.map((f) => f.rule))];
    expect(left.length).toBeGreaterThan(0);
    for (const rule of left) expect(pull!.body).toContain(`| [${rule}](${docsUrl(rule)}) |`);
  });

  it('does nothing more on a redelivery: the open pull request already carries the change', async () => {
    const mock = repository();
    await deliver(installationCreated(mock));
    const before = writes(mock);
    await deliver(installationCreated(mock)); // same delivery again, as a replica would get it
    expect(mock.errors).toEqual([]);
    expect(writes(mock)).toEqual(before);
    expect(mock.pulls).toHaveLength(1);
  });

  it('updates the open pull request when the default branch has changed', async () => {
    const mock = repository();
    await deliver(installationCreated(mock));
    const first = mock.branches.get(ONBOARDING_BRANCH);
    mock.push('main', { 'README.md': README, 'deploy/web.yaml': WEB, 'deploy/db.yaml': DB }, 'Add the database');
    const since = mock.writes().length;
    await deliver(repositoriesAdded(mock));
    expect(mock.errors).toEqual([]);
    expect(writes(mock).slice(since)).toEqual(['POST /git/trees', 'POST /git/commits', `PATCH /git/refs/heads/${ONBOARDING_BRANCH}`, 'PATCH /pulls/1']);
    expect(mock.pulls).toHaveLength(1);
    expect(mock.branches.get(ONBOARDING_BRANCH)).not.toBe(first);
    const expected = fixFiles([{ path: 'deploy/web.yaml', text: WEB }, { path: 'deploy/db.yaml', text: DB }], { profile: 'hardened', kubernetesVersion: '1.35' });
    const branch = mock.filesOf(ONBOARDING_BRANCH);
    for (const file of expected.files) expect(branch.get(file.path), file.path).toBe(file.after);
    expect(mock.pulls[0]!.body).toContain('deploy/db.yaml');
  });

  it('leaves a closed onboarding pull request closed and opens no other', async () => {
    const mock = repository();
    await deliver(installationCreated(mock));
    mock.pulls[0]!.state = 'closed';
    mock.push('main', { 'README.md': README, 'deploy/web.yaml': WEB, 'deploy/db.yaml': DB }, 'Add the database');
    const since = mock.writes().length;
    await deliver(repositoriesAdded(mock));
    expect(mock.errors).toEqual([]);
    expect(mock.writes().slice(since)).toEqual([]);
    expect(mock.pulls).toEqual([expect.objectContaining({ state: 'closed' })]);
  });

  it.each([
    ['an archived repository', {}, { archived: true }],
    ['an empty repository', {}, { empty: true }],
    ['a repository with onboarding: false', {}, { config: 'onboarding: false\n' }],
    ['a repository without manifests to fix', { 'README.md': README }, {}],
  ] as [string, Record<string, string>, RepositoryOptions][])('skips %s', async (_, files, options) => {
    const mock = repository(Object.keys(files).length ? files : undefined, options);
    await deliver(repositoriesAdded(mock));
    expect(mock.errors).toEqual([]);
    expect(mock.writes()).toEqual([]);
    expect(mock.pulls).toEqual([]);
    if (options.archived) expect(mock.requests.filter((r) => !r.path.startsWith('/app/')).map((r) => r.path)).toEqual([`/repos/${mock.owner}/${mock.repo}`]);
  });

  it('onboards the repositories of an installation one at a time, and one that cannot be onboarded does not stop the next', async () => {
    const first = repository(undefined, { repo: 'first' });
    const broken = repository(undefined, { repo: 'broken', config: 'profile: [not, a, profile]\n' });
    const second = repository(undefined, { repo: 'second' });
    const order: string[] = [];
    for (const mock of [first, broken, second]) {
      const push = mock.requests.push.bind(mock.requests);
      mock.requests.push = (...items) => {
        for (const item of items) if (item.path.startsWith('/repos/') && !item.path.includes('/.github/')) order.push(item.path.split('/')[3]!);
        return push(...items);
      };
    }
    await deliver(installationCreated(first, broken, second));
    expect(first.pulls).toHaveLength(1);
    expect(broken.pulls).toHaveLength(0); // settings not valid: reported on its pull requests, not here
    expect(second.pulls).toHaveLength(1);
    const runs = order.filter((repo, i) => repo !== order[i - 1]);
    expect(runs).toEqual(['first', 'broken', 'second']);
  });

  it('handles the installation events, which GitHub sends every App, with the permissions app.yml asks for', () => {
    const manifest = parse(readFileSync(join(ROOT, 'app.yml'), 'utf8')) as { default_events: string[]; default_permissions: Record<string, string> };
    const appYml = readFileSync(join(ROOT, 'app.yml'), 'utf8');
    for (const event of ONBOARDING_EVENTS.map((e) => e.split('.')[0]!)) {
      expect(manifest.default_events).not.toContain(event); // not subscribable: GitHub refuses it
      expect(appYml).toMatch(new RegExp(`^#\\s+${event} #`, 'm'));
    }
    expect(manifest.default_permissions).toMatchObject({ contents: 'write', pull_requests: 'write', metadata: 'read' });
  });
});
