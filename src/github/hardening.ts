// The hardening commit: every safe fix and the generated NetworkPolicies, as one commit on the pull
// request's branch (guarded against a moved head by expectedHeadOid), or as a pull request into it.
// A constant number of writes whatever the number of findings: one commit, or branch + commit + PR.
import { counted } from '../core/report/words.ts';
import type { GitHubClient } from './client.ts';
import { statusOf } from './client.ts';
import type { PullRequestInfo } from './pull-request.ts';

export interface FileToCommit {
  path: string;
  content: string;
}

const CREATE_COMMIT = `mutation podarmorCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

interface CreateCommitResult {
  createCommitOnBranch: { commit: { oid: string; url: string } | null } | null;
}

async function commitOnBranch(client: GitHubClient, repository: string, branch: string, expectedHeadOid: string, files: readonly FileToCommit[], headline: string, body: string): Promise<string> {
  const result = await client.graphql<CreateCommitResult>(CREATE_COMMIT, {
    input: {
      branch: { repositoryNameWithOwner: repository, branchName: branch },
      expectedHeadOid,
      message: { headline, body },
      fileChanges: { additions: files.map((f) => ({ path: f.path, contents: Buffer.from(f.content, 'utf8').toString('base64') })) },
    },
  });
  const oid = result.createCommitOnBranch?.commit?.oid;
  if (!oid) throw new Error('GitHub did not return the new commit');
  return oid;
}

/** "3 safe fixes and 1 NetworkPolicy file": what a hardening commit carries. */
export function hardeningContents(fixed: number, created: number): string {
  return `${counted(fixed, 'safe fix', 'safe fixes')}${created ? ` and ${counted(created, 'NetworkPolicy file')}` : ''}`;
}

export function commitMessage(fixed: number, created: number): { headline: string; body: string } {
  return {
    headline: 'Harden Kubernetes manifests (podarmor)',
    body: [
      `Applies ${counted(fixed, 'safe fix', 'safe fixes')} found by podarmor${created ? ` and adds ${counted(created, 'generated NetworkPolicy file')}` : ''}.`,
      'Only fixes the manifests show cannot stop a workload are applied (a numeric non-root user before runAsNonRoot or drop ALL, no privileged container before a seccomp or AppArmor profile); generated NetworkPolicies allow every Service reference the manifests show. The rest is left as suggestions in the review.',
      'Each fix was verified: the manifests re-parse, the findings are gone and no other value changed.',
    ].join('\n\n'),
  };
}

/** One commit on the pull request's own branch. Fails (409/422 from GitHub) when the head moved. */
export async function pushHardeningCommit(client: GitHubClient, pr: PullRequestInfo, files: readonly FileToCommit[], message: { headline: string; body: string }): Promise<string> {
  return commitOnBranch(client, pr.headRepo!, pr.headRef, pr.headSha, files, message.headline, message.body);
}

export function hardeningBranch(pr: PullRequestInfo): string {
  return `podarmor/harden-pr-${pr.number}`;
}

/** A pull request into the pull request's branch, carrying the hardening commit. */
export async function openHardeningPullRequest(client: GitHubClient, pr: PullRequestInfo, files: readonly FileToCommit[], message: { headline: string; body: string }): Promise<{ sha: string; url: string }> {
  const branch = hardeningBranch(pr);
  const repo = { owner: pr.owner, repo: pr.repo };
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: pr.headSha });
  } catch (err) {
    // The branch is left from an earlier run: start it again from the current head.
    if (statusOf(err) !== 422) throw err;
    await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: pr.headSha, force: true });
  }
  const sha = await commitOnBranch(client, `${pr.owner}/${pr.repo}`, branch, pr.headSha, files, message.headline, message.body);
  try {
    const { data } = await client.rest.pulls.create({
      ...repo,
      base: pr.headRef,
      head: branch,
      title: `Harden Kubernetes manifests of #${pr.number} (podarmor)`,
      body: `${message.body}\n\nMerge this into #${pr.number} to apply the fixes.`,
    });
    return { sha, url: data.html_url };
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    const { data } = await client.rest.pulls.list({ ...repo, head: `${pr.owner}:${branch}`, state: 'open' });
    if (!data[0]) throw err;
    return { sha, url: data[0].html_url };
  }
}
