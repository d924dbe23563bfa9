// NetworkPolicies from evidence: for each workload to cover, one policy that isolates the
// directions no existing policy isolates and allows, in each, exactly what the manifests show —
// the clients that reference its Services, anyone for Services exposed outside the cluster, the
// Services it references, DNS, and (unless `egress: cluster-only`) the internet except the cloud
// metadata endpoints. Every rule carries a comment naming its evidence.
import type { K8sObject, Workload } from '../../objects.ts';
import { selectorLabels, usesHostNetwork, type Direction } from '../../network.ts';
import { dedupePorts, exposureMarks, networkContext, networkFacts, summarizeWorkload, type ExposureMark, type NetworkContext, type NetworkWorkload, type PortRef } from './references.ts';

export type EgressMode = 'internet' | 'cluster-only';

/** A rule of a policy with the comment that says why it is there. */
export interface CommentedRule {
  comment: string;
  rule: Record<string, unknown>;
}

export interface PolicyPlan {
  workload: NetworkWorkload;
  name: string;
  namespace: string | undefined;
  podSelector: Record<string, string>;
  policyTypes: Direction[];
  ingress: CommentedRule[];
  egress: CommentedRule[];
  /** A comment above the document. */
  summary: string;
}

export const METADATA_ENDPOINTS = { ipv4: '169.254.169.254/32', ipv6: 'fd00:ec2::254/128' } as const;

const NAMESPACE_LABEL = 'kubernetes.io/metadata.name';

const DNS_RULE: CommentedRule = {
  comment: 'DNS queries to the cluster DNS (kube-dns)',
  rule: {
    to: [{ namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
    ports: [
      { port: 53, protocol: 'UDP' },
      { port: 53, protocol: 'TCP' },
    ],
  },
};

const INTERNET_RULE: CommentedRule = {
  comment: 'outside the cluster, except the cloud metadata endpoints (nothing in the manifests proves the workload needs no internet)',
  rule: {
    to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [METADATA_ENDPOINTS.ipv4] } }, { ipBlock: { cidr: '::/0', except: [METADATA_ENDPOINTS.ipv6] } }],
  },
};

function portsValue(ports: readonly PortRef[]): Record<string, unknown>[] {
  return dedupePorts(ports).map((p) => ({ port: p.port, protocol: p.protocol }));
}

/** The peer that selects `other`'s pods from a policy in `own` namespace. */
function peer(other: NetworkWorkload, ownNamespace: string | undefined): Record<string, unknown> {
  const podSelector = { matchLabels: Object.fromEntries(other.selectorLabels) };
  const otherNamespace = other.namespace;
  if (otherNamespace === ownNamespace) return { podSelector };
  // A namespace the manifest does not name: any namespace, narrowed by the pod labels.
  if (otherNamespace === undefined) return { namespaceSelector: {}, podSelector };
  return { namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: otherNamespace } }, podSelector };
}

function showPorts(ports: readonly PortRef[]): string {
  return ports.map((p) => `${p.port}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}`).join(', ');
}

/** Whether a policy can select the workload's pods alone (it has labels to select). */
export function canSelect(w: Workload): boolean {
  return selectorLabels(w).size > 0 && !usesHostNetwork(w);
}

/** One policy per workload to cover, for the directions no existing policy isolates. */
export function planPolicies(toCover: readonly Workload[], objects: readonly K8sObject[], workloads: readonly Workload[], egressMode: EgressMode = 'internet'): PolicyPlan[] {
  const context = networkContext(objects);
  const summaries = new Map(workloads.map((w) => [w, summarizeWorkload(w, context)]));
  const cover = toCover.map((w) => summaries.get(w) ?? summarizeWorkload(w, context));
  return planPoliciesOf(cover, context, [...summaries.values()], exposureMarks(objects, context.services), egressMode);
}

/** A policy's name and the directions it isolates, before the rules that other workloads decide:
 * what the policy's coverage (and the generated egress rules) depends on. `names` holds the
 * names already given, by namespace. */
export function policyHead(w: NetworkWorkload, names: Set<string>): Omit<PolicyPlan, 'ingress' | 'egress'> | undefined {
  if (!(w.selectorLabels.size > 0 && !w.hostNetwork)) return undefined;
  const policyTypes = (['Ingress', 'Egress'] as const).filter((d) => !w.isolated.has(d));
  if (policyTypes.length === 0) return undefined;
  let name = `${w.name}-podarmor`;
  const ns = w.namespace ?? '';
  if (names.has(`${ns}/${name}`)) name = `${w.name}-${w.kind.toLowerCase()}-podarmor`;
  names.add(`${ns}/${name}`);
  return {
    workload: w,
    name,
    namespace: w.namespace,
    podSelector: Object.fromEntries(w.selectorLabels),
    policyTypes,
    summary: `${w.kind} ${w.name}: ${policyTypes.map((d) => d.toLowerCase()).join(' and ')} limited to what the manifests show.`,
  };
}

/** The rules every generated egress section ends with. */
export function closingEgress(plan: Pick<PolicyPlan, 'policyTypes'>, egressMode: EgressMode): CommentedRule[] {
  if (!plan.policyTypes.includes('Egress')) return [];
  return egressMode === 'internet' ? [DNS_RULE, INTERNET_RULE] : [DNS_RULE];
}

/** planPolicies over workload summaries (what `fix` of a large file keeps instead of trees). */
export function planPoliciesOf(toCover: readonly NetworkWorkload[], context: NetworkContext, workloads: readonly NetworkWorkload[], marks: readonly ExposureMark[], egressMode: EgressMode = 'internet'): PolicyPlan[] {
  const facts = networkFacts(context, workloads, marks);
  const plans = new Map<NetworkWorkload, PolicyPlan>();
  const names = new Set<string>();
  for (const w of toCover) {
    if (plans.has(w)) continue;
    const head = policyHead(w, names);
    if (head) plans.set(w, { ...head, ingress: [], egress: [] });
  }
  for (const e of facts.exposures) {
    const plan = plans.get(e.server);
    if (!plan?.policyTypes.includes('Ingress')) continue;
    plan.ingress.push({ comment: `anywhere → ${e.service.resource.name} on ${showPorts(e.ports)} (${e.evidence})`, rule: { ports: portsValue(e.ports) } });
  }
  for (const f of facts.flows) {
    const label = `${f.client.name} → ${f.target} (${f.evidence})`;
    const serverPlan = plans.get(f.server);
    if (serverPlan?.policyTypes.includes('Ingress')) {
      // A client on the host network connects from a node address, which no pod selector matches.
      serverPlan.ingress.push(
        f.client.hostNetwork
          ? { comment: `${label}; the client uses the host network, so from anywhere`, rule: { ports: portsValue(f.ports) } }
          : { comment: label, rule: { from: [peer(f.client, f.server.namespace)], ports: portsValue(f.ports) } },
      );
    }
    const clientPlan = plans.get(f.client);
    if (clientPlan?.policyTypes.includes('Egress')) {
      clientPlan.egress.push({ comment: label, rule: { to: [peer(f.server, f.client.namespace)], ports: portsValue(f.ports) } });
    }
  }
  const out = [...plans.values()];
  for (const plan of out) plan.egress.push(...closingEgress(plan, egressMode));
  return out;
}
