// Kubernetes networking semantics shared by the NetworkPolicy rules and the NetworkPolicy
// generator: label selectors, which policies select a workload, which Services expose it.
import { isMap } from 'yaml';
import { asMap, get, scalar, seqItems, str, stringMap, type DocContext } from './yaml/access.ts';
import { cachedIndex } from './layers.ts';
import type { K8sObject, Workload } from './objects.ts';

export type Labels = ReadonlyMap<string, string>;

export function podLabels(w: Workload): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of stringMap(w.ctx, get(w.ctx, w.podMetadata, 'labels'))) out.set(k, v.value);
  return out;
}

/** The labels that select a workload's pods: its selector's matchLabels when the pod template
 * really carries them (kustomize commonLabels may be missing), else the pod's labels. */
export function selectorLabels(w: Workload): Map<string, string> {
  const matchLabels = stringMap(w.ctx, get(w.ctx, get(w.ctx, get(w.ctx, w.node, 'spec'), 'selector'), 'matchLabels'));
  const labels = podLabels(w);
  if (matchLabels.size > 0 && [...matchLabels].every(([k, v]) => labels.get(k) === v.value)) return new Map([...matchLabels].map(([k, v]) => [k, v.value]));
  return labels;
}

/** Whether a metav1.LabelSelector node selects `labels`. An empty selector selects everything. */
export function labelSelectorMatches(ctx: DocContext, selector: unknown, labels: Labels): boolean {
  const sel = asMap(ctx, selector);
  if (!sel) return true;
  for (const [k, v] of stringMap(ctx, get(ctx, sel, 'matchLabels'))) if (labels.get(k) !== v.value) return false;
  for (const expr of seqItems(ctx, get(ctx, sel, 'matchExpressions'))) {
    const key = str(ctx, get(ctx, expr, 'key')) ?? '';
    const operator = str(ctx, get(ctx, expr, 'operator'));
    const values = seqItems(ctx, get(ctx, expr, 'values')).map((n) => str(ctx, n));
    const has = labels.has(key);
    const value = labels.get(key);
    if (operator === 'In' && !(has && values.includes(value))) return false;
    if (operator === 'NotIn' && has && values.includes(value)) return false;
    if (operator === 'Exists' && !has) return false;
    if (operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** A Service's plain `spec.selector` (a map, not a LabelSelector) selects `labels`. */
export function serviceSelects(svc: K8sObject, labels: Labels): boolean {
  const selector = stringMap(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, 'spec'), 'selector'));
  if (selector.size === 0) return false; // A Service without a selector selects no pods.
  for (const [k, v] of selector) if (labels.get(k) !== v.value) return false;
  return true;
}

export function isNetworkPolicy(o: K8sObject): boolean {
  return o.kind === 'NetworkPolicy' && o.apiVersion.startsWith('networking.k8s.io/');
}

export function isService(o: K8sObject): boolean {
  return o.kind === 'Service' && o.apiVersion === 'v1';
}

/** NetworkPolicies and Services of a scanned set, by namespace, so that lookups stay linear. */
export interface NetworkIndex {
  policies: Map<string | undefined, K8sObject[]>;
  services: Map<string | undefined, K8sObject[]>;
  /** Policies by one `key=value` of their podSelector's matchLabels (a pod can only be selected by
   * policies filed under one of its own labels), and those that cannot be filed so. */
  policiesByLabel: Map<string | undefined, { byLabel: Map<string, K8sObject[]>; always: K8sObject[] }>;
}

const order = new WeakMap<K8sObject, number>();

// A scan evaluates its units against one array of context objects: indexed once (layers.ts).
const indexes = new WeakMap<readonly K8sObject[], NetworkIndex>();

export function indexNetwork(objects: readonly K8sObject[]): NetworkIndex {
  return cachedIndex(indexes, objects, (all) => addToIndex(emptyIndex(), all, 0), (base, extra, offset) => addToIndex(copyIndex(base), extra, offset));
}

function emptyIndex(): NetworkIndex {
  return { policies: new Map(), services: new Map(), policiesByLabel: new Map() };
}

/** A copy that can be added to without changing `index` (lists are copied, objects shared). */
function copyIndex(index: NetworkIndex): NetworkIndex {
  const lists = <K,>(m: Map<K, K8sObject[]>) => new Map<K, K8sObject[]>([...m].map(([k, v]) => [k, [...v]]));
  return {
    policies: lists(index.policies),
    services: lists(index.services),
    policiesByLabel: new Map([...index.policiesByLabel].map(([ns, filed]) => [ns, { byLabel: lists(filed.byLabel), always: [...filed.always] }])),
  };
}

function addToIndex(index: NetworkIndex, objects: readonly K8sObject[], offset: number): NetworkIndex {
  objects.forEach((o, at) => {
    const i = offset + at;
    const bucket = isNetworkPolicy(o) ? index.policies : isService(o) ? index.services : undefined;
    if (!bucket) return;
    const ns = o.resource.namespace;
    const list = bucket.get(ns) ?? [];
    list.push(o);
    bucket.set(ns, list);
    if (bucket !== index.policies) return;
    order.set(o, i);
    let filed = index.policiesByLabel.get(ns);
    if (!filed) index.policiesByLabel.set(ns, (filed = { byLabel: new Map(), always: [] }));
    const first = stringMap(o.ctx, get(o.ctx, get(o.ctx, get(o.ctx, o.node, 'spec'), 'podSelector'), 'matchLabels')).entries().next();
    if (first.done) filed.always.push(o);
    else {
      const key = `${first.value[0]}\u0000${first.value[1].value}`;
      const list = filed.byLabel.get(key);
      if (list) list.push(o);
      else filed.byLabel.set(key, [o]);
    }
  });
  return index;
}

export function policiesSelecting(w: Workload, index: NetworkIndex): K8sObject[] {
  const filed = index.policiesByLabel.get(w.resource.namespace);
  if (!filed) return [];
  const labels = podLabels(w);
  const candidates = [...filed.always];
  for (const [k, v] of labels) candidates.push(...(filed.byLabel.get(`${k}\u0000${v}`) ?? []));
  candidates.sort((a, b) => order.get(a)! - order.get(b)!);
  return candidates.filter((o) => labelSelectorMatches(o.ctx, get(o.ctx, get(o.ctx, o.node, 'spec'), 'podSelector'), labels));
}

export function usesHostNetwork(w: Workload): boolean {
  return scalar(w.ctx, get(w.ctx, w.podSpec, 'hostNetwork')) === true;
}

/** The policy types a NetworkPolicy applies, with the API server's defaulting. */
export function policyTypes(p: K8sObject): Set<string> {
  const spec = get(p.ctx, p.node, 'spec');
  const declared = seqItems(p.ctx, get(p.ctx, spec, 'policyTypes')).map((n) => str(p.ctx, n) ?? '');
  if (declared.length > 0) return new Set(declared);
  const types = new Set(['Ingress']);
  if (get(p.ctx, spec, 'egress') !== undefined) types.add('Egress');
  return types;
}

export type Direction = 'Ingress' | 'Egress';
export const DIRECTIONS: readonly Direction[] = ['Ingress', 'Egress'];

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** Whether a policy's rules in a direction allow everything (`ingress: [{}]`, or a rule with no
 * ports whose peers include an ipBlock of 0.0.0.0/0 or ::/0 without exceptions). */
export function allowsAll(p: K8sObject, direction: Direction): boolean {
  const spec = get(p.ctx, p.node, 'spec');
  const rules = seqItems(p.ctx, get(p.ctx, spec, direction === 'Ingress' ? 'ingress' : 'egress'));
  const peerKey = direction === 'Ingress' ? 'from' : 'to';
  return rules.some((rule) => {
    if (seqItems(p.ctx, get(p.ctx, rule, 'ports')).length > 0) return false;
    const peers = seqItems(p.ctx, get(p.ctx, rule, peerKey));
    if (peers.length === 0) return true;
    return peers.some((peer) => {
      const block = get(p.ctx, peer, 'ipBlock');
      const cidr = str(p.ctx, get(p.ctx, block, 'cidr'));
      return cidr !== undefined && ANYWHERE.has(cidr) && seqItems(p.ctx, get(p.ctx, block, 'except')).length === 0;
    });
  });
}

/** Whether a policy isolates the pods it selects in a direction: it applies that policy type and
 * does not allow everything there. */
export function isolates(p: K8sObject, direction: Direction): boolean {
  return policyTypes(p).has(direction) && !allowsAll(p, direction);
}

/** The directions in which some policy of the set isolates the workload's pods. */
export function isolatedDirections(w: Workload, index: NetworkIndex): Set<Direction> {
  const out = new Set<Direction>();
  for (const p of policiesSelecting(w, index)) for (const d of DIRECTIONS) if (isolates(p, d)) out.add(d);
  return out;
}

export interface ServicePort {
  port: number | string;
  protocol: string;
}

/** The container-side ports of the Services selecting a workload (targetPort, or port when unset). */
export function exposedPorts(w: Workload, index: NetworkIndex): ServicePort[] {
  const labels = podLabels(w);
  const out: ServicePort[] = [];
  const seen = new Set<string>();
  for (const svc of index.services.get(w.resource.namespace) ?? []) {
    if (!serviceSelects(svc, labels)) continue;
    for (const p of seqItems(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, 'spec'), 'ports'))) {
      if (!isMap(p)) continue;
      const target = scalar(svc.ctx, get(svc.ctx, p, 'targetPort')) ?? scalar(svc.ctx, get(svc.ctx, p, 'port'));
      if (typeof target !== 'number' && typeof target !== 'string') continue;
      const protocol = str(svc.ctx, get(svc.ctx, p, 'protocol')) ?? 'TCP';
      const key = `${target}/${protocol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ port: target, protocol });
    }
  }
  return out;
}

// IPv4 arithmetic for "does this CIDR reach the metadata endpoint".
function ipv4ToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const b = ipv4ToInt(base ?? '');
  const a = ipv4ToInt(ip);
  if (b === undefined || a === undefined) return false;
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}
