// Where podarmor's words link to: rule docs in the repository and ref the Action runs from
// (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF), else package.json's repository, and the lines of
// the pull request's head.
import { docsUrl } from '../core/rules/docs.ts';

export interface ReviewLinks {
  /** The rule's documentation page. */
  docs(rule: string): string;
  /** A file of the reviewed head at a line; absent when the repository is not known. */
  line?(path: string, line: number): string;
}

export const DEFAULT_LINKS: ReviewLinks = { docs: docsUrl };

export interface LinkSources {
  /** `GITHUB_ACTION_REPOSITORY` and `GITHUB_ACTION_REF`: where the running Action comes from. */
  actionRepository?: string | undefined;
  actionRef?: string | undefined;
  serverUrl?: string | undefined;
  /** owner/name of package.json's `repository`: the docs when the Action's own is not known. */
  packageRepository?: string | undefined;
  /** owner/name and head sha of the reviewed pull request. */
  repository?: string | undefined;
  headSha?: string | undefined;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function reviewLinks(sources: LinkSources): ReviewLinks {
  const server = (sources.serverUrl ?? 'https://github.com').replace(/\/$/, '');
  const { actionRepository, actionRef, packageRepository, repository, headSha } = sources;
  const docsAt = (repo: string, ref: string) => (rule: string) => `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/rules/${rule}.md`;
  return {
    docs: actionRepository && actionRef ? docsAt(actionRepository, actionRef) : packageRepository ? (rule) => `https://github.com/${packageRepository}/blob/main/docs/rules/${rule}.md` : docsUrl,
    ...(repository && headSha ? { line: (path: string, line: number) => `${server}/${repository}/blob/${headSha.slice(0, 12)}/${encodePath(path)}#L${line}` } : {}),
  };
}
