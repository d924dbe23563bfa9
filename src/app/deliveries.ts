// Idempotent webhook handling across replicas: a check run carries the delivery it answers as its
// external_id, and a reply on a pull request a hidden marker naming it, so a redelivery (to any
// replica) finds the answer on GitHub and does nothing. No state is kept in a replica's memory.
import type { GitHubClient } from '../github/client.ts';

export interface Delivery {
  /** X-GitHub-Delivery: the same for a redelivery. */
  id: string;
}

/** Whether a check run named `name` on `headSha` already answers this delivery. */
export async function answeredDelivery(client: GitHubClient, owner: string, repo: string, headSha: string, name: string, delivery: Delivery): Promise<boolean> {
  const { data } = await client.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: name, filter: 'all', per_page: 100 });
  return data.check_runs.some((run) => run.external_id === delivery.id);
}

/** The hidden line a reply carries to name the delivery it answers. */
export function deliveryMarker(delivery: Delivery): string {
  return `<!-- podarmor:delivery ${delivery.id} -->`;
}

/** Whether a comment on issue or pull request `number` already answers this delivery. */
export async function answeredInConversation(client: GitHubClient, owner: string, repo: string, number: number, delivery: Delivery): Promise<boolean> {
  const marker = deliveryMarker(delivery);
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  return comments.some((c) => c.body?.includes(marker));
}
