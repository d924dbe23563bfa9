// Pull requests that touch only a kustomize patch, only a chart's values file, or only a chart's
// template, on a repository holding a base with an overlay (test/fixtures/sources/pr) and the web
// chart (test/fixtures/sources/helm/repo, rendered by the fake helm on PATH).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MockGitHub, type MockOptions } from './github-mock.ts';
import { FIXTURES } from './paths.ts';

export const FAKE_HELM_BIN = join(FIXTURES, 'sources', 'helm', 'bin');

function filesUnder(dir: string, prefix = ''): { path: string; content: string }[] {
  const out: { path: string; content: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: `${prefix}${relative(dir, full)}`, content: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** The repository the pull requests change: the kustomize base and overlay, and the web chart. */
export const REPOSITORY = [...filesUnder(join(FIXTURES, 'sources', 'pr')), ...filesUnder(join(FIXTURES, 'sources', 'helm', 'repo', 'charts', 'web'), 'charts/web/')];

export type Scenario = 'patch' | 'values' | 'template';

/** The one file each pull request changes, what it was before, and where its finding must land. */
export const SCENARIOS: Record<Scenario, { path: string; before: (head: string) => string; comment: { path: string; line: number; rule: string; says: RegExp } }> = {
  // The overlay's patch starts running the container privileged.
  patch: {
    path: 'deploy/overlays/prod/patch.yaml',
    before: (head) => head.replace('          securityContext:\n            privileged: true\n', ''),
    comment: { path: 'deploy/overlays/prod/patch.yaml', line: 11, rule: 'privileged', says: /rendered by deploy\/overlays\/prod/ },
  },
  // values.yaml turns privileged on: the template line is unchanged, the comment goes on the values line.
  values: {
    path: 'charts/web/values.yaml',
    before: (head) => head.replace('  privileged: true', '  privileged: false'),
    comment: { path: 'charts/web/values.yaml', line: 13, rule: 'privileged', says: /set `securityContext\.privileged` \(charts\/web\/values\.yaml line 13\)/ },
  },
  // The template starts writing the container's securityContext from the values.
  template: {
    path: 'charts/web/templates/deployment.yaml',
    before: (head) => head.replace('          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n', ''),
    comment: { path: 'charts/web/templates/deployment.yaml', line: 29, rule: 'privileged', says: /set `securityContext\.privileged` \(charts\/web\/values\.yaml line 13\)/ },
  },
};

export function sourcesPullRequest(scenario: Scenario, options: MockOptions = {}): MockGitHub {
  const { path, before } = SCENARIOS[scenario];
  const head = REPOSITORY.find((f) => f.path === path)!;
  const base = before(head.content);
  if (base === head.content) throw new Error(`scenario ${scenario} changes nothing in ${path}`);
  return new MockGitHub([{ path, content: head.content, base }], { unchanged: REPOSITORY.filter((f) => f.path !== path), ...options });
}
