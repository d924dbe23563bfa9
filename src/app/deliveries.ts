// Idempotent webhook handling across replicas: a check run carries the delivery it answers as its
// external_id, so a redelivery (to any replica) finds it on GitHub and does nothing. No state is
// kept in a replica's memory.
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
