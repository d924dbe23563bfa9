// NetworkPolicy coverage of the scanned set: workloads that no policy selects, and policies that
// leave the cloud metadata endpoint reachable.
import { isMap } from 'yaml';
import { nearestRange, nodeRange } from '../anchor.ts';
import { get, getPair, scalar, seqItems, str } from '../yaml/access.ts';
import { cidrContains, DIRECTIONS, indexNetwork, isolatedDirections, policiesSelecting, policyTypes, usesHostNetwork } from '../network.ts';
import type { K8sObject } from '../objects.ts';
import { canSelect } from '../fix/network-policies/generate.ts';
import { format, type SetTemplate } from './api.ts';

export interface NetworkPolicyCoverageParams {
  message: string;
  note: string;
}

function nameRange(o: K8sObject) {
  return nearestRange(o.ctx, o.node, ['metadata', 'name']);
}

export const networkPolicyCoverage: SetTemplate<NetworkPolicyCoverageParams> = {
  name: 'network-policy-coverage',
  kind: 'set',
  description:
    'Every workload in the scanned set is isolated, for ingress and for egress, by a NetworkPolicy of its namespace (policyTypes as the API server defaults them; a rule that allows everything isolates nothing).',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['message', 'note'],
    properties: { message: { type: 'string' }, note: { type: 'string' } },
  },
  placeholders: { message: ['namespace', 'kind', 'name', 'directions'] },
  check(ctx) {
    const index = indexNetwork(ctx.objects);
    for (const w of ctx.workloads) {
      if (usesHostNetwork(w)) continue; // NetworkPolicies do not apply to host-network pods.
      if (w.partial) continue; // A pod spec fragment is not judged on what it leaves out.
      const isolated = isolatedDirections(w, index);
      const open = DIRECTIONS.filter((d) => !isolated.has(d));
      if (open.length === 0) continue;
      const directions = open.map((d) => d.toLowerCase()).join(' and ');
      ctx.report({
        object: w,
        range: nameRange(w),
        message: format(ctx.params.message, { namespace: w.resource.namespace ?? '(the namespace it is applied to)', kind: w.kind, name: w.resource.name, directions }),
        // Both directions open keeps the fingerprint findings had before coverage was per direction.
        detail: open.length === 2 ? 'coverage' : `coverage-${open[0]!.toLowerCase()}`,
        // The generator writes a policy only for pods it can select by their labels.
        ...(canSelect(w) ? { fix: { kind: 'network-policy' as const, class: 'safe' as const, ops: [] as [], note: ctx.params.note } } : {}),
      });
    }
  },
};

const GENERATED_EGRESS_NOTE = 'adds a NetworkPolicy limiting its egress to the Services it references, DNS and the internet except the cloud metadata endpoints.';

export interface MetadataEgressParams {
  endpoint: string;
  unrestrictedMessage: string;
  ruleMessage: string;
  note: string;
}

export const metadataEgress: SetTemplate<MetadataEgressParams> = {
  name: 'metadata-egress',
  kind: 'set',
  description: 'Egress that NetworkPolicies leave open to the cloud metadata endpoint.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['endpoint', 'unrestrictedMessage', 'ruleMessage', 'note'],
    properties: { endpoint: { type: 'string' }, unrestrictedMessage: { type: 'string' }, ruleMessage: { type: 'string' }, note: { type: 'string' } },
  },
  placeholders: { unrestrictedMessage: ['endpoint', 'name'], ruleMessage: ['endpoint', 'policy'] },
  check(ctx) {
    const { endpoint } = ctx.params;
    const reportedRules = new Set<unknown>();
    const index = indexNetwork(ctx.objects);
    for (const w of ctx.workloads) {
      if (usesHostNetwork(w) || w.partial) continue;
      const policies = policiesSelecting(w, index);
      if (policies.length === 0) continue; // The coverage rule reports these.
      const egressPolicies = policies.filter((p) => policyTypes(p).has('Egress'));
      if (egressPolicies.length === 0) {
        ctx.report({
          object: w,
          range: nameRange(w),
          message: format(ctx.params.unrestrictedMessage, { endpoint, name: w.resource.name }),
          detail: 'egress-unrestricted',
          // The generated policy for the uncovered egress direction also closes the endpoint.
          ...(canSelect(w) ? { fix: { kind: 'network-policy' as const, class: 'safe' as const, ops: [] as [], note: GENERATED_EGRESS_NOTE } } : {}),
        });
        continue;
      }
      for (const p of egressPolicies) {
        const spec = get(p.ctx, p.node, 'spec');
        const rules = seqItems(p.ctx, get(p.ctx, spec, 'egress'));
        rules.forEach((rule, ruleIndex) => {
          if (!isMap(rule) || !reachesPort80(p, rule)) return;
          const peers = seqItems(p.ctx, get(p.ctx, rule, 'to'));
          if (peers.length === 0) {
            if (reportedRules.has(rule)) return;
            reportedRules.add(rule);
            ctx.report({ object: p, range: nodeRange(p.ctx, rule), message: format(ctx.params.ruleMessage, { endpoint, policy: p.resource.name }), detail: `egress[${ruleIndex}]` });
            return;
          }
          peers.forEach((peer, peerIndex) => {
            const block = get(p.ctx, peer, 'ipBlock');
            const cidr = str(p.ctx, get(p.ctx, block, 'cidr'));
            if (!cidr || !cidrContains(cidr, endpoint)) return;
            const except = seqItems(p.ctx, get(p.ctx, block, 'except')).map((n) => str(p.ctx, n) ?? '');
            if (except.some((e) => cidrContains(e, endpoint))) return;
            if (reportedRules.has(peer)) return;
            reportedRules.add(peer);
            const cidrPair = getPair(p.ctx, block, 'cidr');
            const exceptPath = [...p.path, 'spec', 'egress', ruleIndex, 'to', peerIndex, 'ipBlock', 'except'];
            ctx.report({
              object: p,
              range: cidrPair ? nearestRange(p.ctx, block, ['cidr']) : nodeRange(p.ctx, peer),
              message: format(ctx.params.ruleMessage, { endpoint, policy: p.resource.name }),
              detail: `egress[${ruleIndex}].to[${peerIndex}]`,
              fix: { class: 'suggestion', ops: [{ op: 'append', path: exceptPath, value: `${endpoint}/32` }], note: ctx.params.note },
            });
          });
        });
      }
    }
  },
};

/** Whether an egress rule's ports let traffic reach port 80/TCP (the metadata service). */
function reachesPort80(p: K8sObject, rule: unknown): boolean {
  const ports = seqItems(p.ctx, get(p.ctx, rule, 'ports'));
  if (ports.length === 0) return true;
  return ports.some((port) => {
    const protocol = str(p.ctx, get(p.ctx, port, 'protocol')) ?? 'TCP';
    if (protocol !== 'TCP') return false;
    const n = scalar(p.ctx, get(p.ctx, port, 'port'));
    if (n === undefined) return true;
    if (typeof n === 'string') return n === 'http';
    if (typeof n !== 'number') return false;
    const end = scalar(p.ctx, get(p.ctx, port, 'endPort'));
    return typeof end === 'number' ? n <= 80 && 80 <= end : n === 80;
  });
}
