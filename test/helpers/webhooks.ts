// Webhook deliveries as GitHub sends them: real example payloads, signed with the secret.
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];

export function example(name: string, match: (e: Record<string, any>) => boolean): Record<string, any> {
  return structuredClone(examples.find((e) => e.name === name)!.examples.find(match)!);
}

export const INSTALLATION = { id: 42, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI=' };

/** A repository payload for `owner/name` (based on the examples' Hello-World). */
export function repositoryPayload(owner: string, name: string, extra: Record<string, unknown> = {}): Record<string, any> {
  const repository = example('pull_request', (e) => e.action === 'opened').repository;
  return { ...repository, name, full_name: `${owner}/${name}`, owner: { ...repository.owner, login: owner }, ...extra };
}

export interface Delivery { id: string; name: string; payload: Record<string, any> }

/** pull_request.opened for pull request `number` of `owner/repo` at `headSha`. */
export function pullRequestOpened(owner: string, repo: string, number: number, headSha: string): Delivery {
  const payload = example('pull_request', (e) => e.action === 'opened');
  payload.repository = repositoryPayload(owner, repo);
  payload.installation = INSTALLATION;
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.head.sha = headSha;
  return { id: `delivery-${repo}-${number}-${Math.random().toString(16).slice(2)}`, name: 'pull_request', payload };
}

/** POSTs a delivery to an App server's webhook endpoint, signed as GitHub signs it. */
export function post(url: string, delivery: Delivery, secret: string): Promise<Response> {
  const body = JSON.stringify(delivery.payload);
  return fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-github-event': delivery.name, 'x-github-delivery': delivery.id, 'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` },
  });
}

/** issue_comment.created: `body` on pull request `number` of `owner/repo`, by `login`. */
export function pullRequestComment(owner: string, repo: string, number: number, login: string, body: string): Delivery {
  // The examples' comments are on issues; a pull request's conversation is an issue with pull_request set.
  const payload = example('issue_comment', (e) => e.action === 'created');
  payload.repository = repositoryPayload(owner, repo);
  payload.installation = INSTALLATION;
  payload.issue.number = number;
  payload.issue.pull_request = { url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`, html_url: `https://github.com/${owner}/${repo}/pull/${number}`, diff_url: '', patch_url: '' };
  payload.comment.body = body;
  payload.sender = { ...payload.sender, login, type: 'User' };
  return { id: `delivery-comment-${repo}-${Math.random().toString(16).slice(2)}`, name: 'issue_comment', payload };
}
