// NetworkPolicies generated from the manifests themselves: for each namespace with workloads that
// no policy selects, a default-deny policy, and per workload a policy that lets in the ports its
// Services expose and lets out DNS queries to the cluster's DNS — nothing else, so the cloud
// metadata endpoint (169.254.169.254) is unreachable.
import { get, stringMap } from '../yaml/access.ts';
import { exposedPorts, indexNetwork, labelSelectorMatches, podLabels, type NetworkIndex } from '../network.ts';
import type { K8sObject, Workload } from '../objects.ts';
import { renderBlockPair, type Style } from './style.ts';

export interface GeneratedPolicies {
  namespace: string | undefined;
  /** YAML documents (without separators), each a NetworkPolicy. */
  documents: string[];
  workloads: Workload[];
}

/** The labels that select a workload's pods: its selector's matchLabels, else the pod's labels. */
export function selectorLabels(w: Workload): Map<string, string> {
  const matchLabels = stringMap(w.ctx, get(w.ctx, get(w.ctx, get(w.ctx, w.node, 'spec'), 'selector'), 'matchLabels'));
  if (matchLabels.size > 0) {
    const labels = podLabels(w);
    // Only when the template really carries them (kustomize commonLabels may be missing).
    if ([...matchLabels].every(([k, v]) => labels.get(k) === v.value)) return new Map([...matchLabels].map(([k, v]) => [k, v.value]));
  }
  return podLabels(w);
}

const DNS_PEER = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
};

function policy(name: string, namespace: string | undefined, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: namespace === undefined ? { name } : { name, namespace },
    spec,
  };
}

function hasDefaultDeny(index: NetworkIndex, namespace: string | undefined): boolean {
  return (index.policies.get(namespace) ?? []).some((p) => {
    const selector = get(p.ctx, get(p.ctx, p.node, 'spec'), 'podSelector');
    return labelSelectorMatches(p.ctx, selector, new Map()) && stringMap(p.ctx, get(p.ctx, selector, 'matchLabels')).size === 0;
  });
}

/** Policies per namespace, written in the style of the namespace's first workload's file. */
export function generatePolicies(uncovered: readonly Workload[], objects: readonly K8sObject[], styleOf: (w: Workload) => Style): GeneratedPolicies[] {
  const index = indexNetwork(objects);
  const byNamespace = new Map<string | undefined, Workload[]>();
  for (const w of uncovered) byNamespace.set(w.resource.namespace, [...(byNamespace.get(w.resource.namespace) ?? []), w]);
  const out: GeneratedPolicies[] = [];
  for (const [namespace, workloads] of byNamespace) {
    const style = styleOf(workloads[0]!);
    const docs: Record<string, unknown>[] = [];
    const comments: string[] = [];
    if (!hasDefaultDeny(index, namespace)) {
      docs.push(policy('default-deny-all', namespace, { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
      comments.push('Deny all traffic to and from the pods of the namespace, except what the policies below allow.');
    }
    const seen = new Set<string>();
    for (const w of workloads) {
      const labels = selectorLabels(w);
      if (labels.size === 0) continue; // Only the default-deny policy can select it.
      const name = `allow-${w.resource.name}`.slice(0, 253);
      if (seen.has(name)) continue;
      seen.add(name);
      const ports = exposedPorts(w, index).map((p) => ({ port: p.port, protocol: p.protocol }));
      const spec: Record<string, unknown> = {
        podSelector: { matchLabels: Object.fromEntries(labels) },
        policyTypes: ['Ingress', 'Egress'],
      };
      if (ports.length > 0) spec.ingress = [{ ports }];
      spec.egress = [{ to: [DNS_PEER], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }];
      docs.push(policy(name, namespace, spec));
      comments.push(
        ports.length > 0
          ? `${w.kind} ${w.resource.name}: traffic in on the ports its Services expose, DNS out.`
          : `${w.kind} ${w.resource.name}: no Service exposes it, so no traffic in; DNS out.`,
      );
    }
    out.push({ namespace, documents: docs.map((d, i) => renderDocument(d, comments[i]!, style)), workloads });
  }
  return out;
}

function renderDocument(value: Record<string, unknown>, comment: string, style: Style): string {
  const lines = [`# ${comment}`, ...Object.entries(value).flatMap(([k, v]) => renderBlockPair(k, v, 0, style))];
  return lines.join(style.eol);
}

export function policyFileName(namespace: string | undefined): string {
  return namespace === undefined ? 'podarmor-networkpolicies.yaml' : `podarmor-networkpolicies-${namespace}.yaml`;
}
