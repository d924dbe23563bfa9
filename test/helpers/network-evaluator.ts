// A small NetworkPolicy evaluator with Kubernetes semantics, written independently of podarmor's
// generator so that tests can prove what generated policies allow: a connection is allowed when
// the source's egress and the destination's ingress both allow it; a pod that no policy of a
// direction's type selects is not isolated in that direction; policyTypes default to Ingress, plus
// Egress when egress rules are present; peers combine namespaceSelector and podSelector (a peer
// without namespaceSelector means the policy's own namespace); named ports resolve against the
// destination pod's container ports. ipBlocks are taken to match only addresses outside the
// cluster (pod addresses are CNI-dependent), which is the strict reading.

type Obj = Record<string, any>;

export interface Pod {
  kind: string;
  name: string;
  namespace: string;
  labels: Record<string, string>;
  ports: { name?: string; containerPort: number; protocol: string }[];
}

export type Endpoint = Pod | { ip: string };

const isPod = (e: Endpoint): e is Pod => 'labels' in e;

function selectorMatches(selector: Obj | undefined | null, labels: Record<string, string>): boolean {
  if (!selector) return true;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in labels;
    const values: string[] = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(labels[e.key]!))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[e.key]!)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

function parseIp(ip: string): { v6: boolean; value: bigint } | undefined {
  if (ip.includes(':')) {
    const [head, tail] = ip.split('::') as [string, string | undefined];
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    if (groups.length !== 8) return undefined;
    return { v6: true, value: groups.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || '0', 16)), 0n) };
  }
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255))) return undefined;
  return { v6: false, value: parts.reduce((acc, p) => (acc << 8n) + BigInt(p), 0n) };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bits] = cidr.split('/');
  const b = parseIp(base!);
  const a = parseIp(ip);
  if (!b || !a || a.v6 !== b.v6) return false;
  const width = a.v6 ? 128n : 32n;
  const shift = width - BigInt(bits ?? width);
  return a.value >> shift === b.value >> shift;
}

export class Cluster {
  readonly pods: Pod[] = [];
  readonly services: Obj[] = [];
  readonly policies: Obj[] = [];

  constructor(objects: readonly Obj[], defaultNamespace = 'default') {
    for (const o of objects) {
      if (!o?.kind) continue;
      const namespace = o.metadata?.namespace ?? defaultNamespace;
      if (o.kind === 'NetworkPolicy') this.policies.push({ ...o, namespace });
      else if (o.kind === 'Service') this.services.push({ ...o, namespace });
      else {
        const template = o.kind === 'Pod' ? o : o.spec?.template;
        if (!template?.spec?.containers) continue;
        const ports = template.spec.containers.flatMap((c: Obj) => (c.ports ?? []).map((p: Obj) => ({ name: p.name, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' })));
        this.pods.push({ kind: o.kind, name: o.metadata.name, namespace, labels: template.metadata?.labels ?? {}, ports });
      }
    }
    // The cluster DNS, which no manifest of the set describes.
    this.pods.push({ kind: 'Deployment', name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, ports: [{ containerPort: 53, protocol: 'UDP' }, { containerPort: 53, protocol: 'TCP' }] });
  }

  pod(name: string, namespace?: string): Pod {
    const pod = this.pods.find((p) => p.name === name && (namespace === undefined || p.namespace === namespace));
    if (!pod) throw new Error(`no pod ${name}`);
    return pod;
  }

  private policyTypes(p: Obj): string[] {
    return p.spec?.policyTypes ?? ['Ingress', ...(p.spec?.egress ? ['Egress'] : [])];
  }

  private selecting(pod: Pod, type: 'Ingress' | 'Egress'): Obj[] {
    return this.policies.filter((p) => p.namespace === pod.namespace && selectorMatches(p.spec?.podSelector ?? {}, pod.labels) && this.policyTypes(p).includes(type));
  }

  private peerMatches(peers: Obj[] | undefined, policyNamespace: string, other: Endpoint): boolean {
    if (!peers || peers.length === 0) return true;
    return peers.some((peer) => {
      if (peer.ipBlock) {
        if (isPod(other)) return false;
        return cidrContains(peer.ipBlock.cidr, other.ip) && !(peer.ipBlock.except ?? []).some((e: string) => cidrContains(e, other.ip));
      }
      if (!isPod(other)) return false;
      const namespaceOk = peer.namespaceSelector ? selectorMatches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': other.namespace }) : other.namespace === policyNamespace;
      return namespaceOk && selectorMatches(peer.podSelector, other.labels);
    });
  }

  private portMatches(ports: Obj[] | undefined, destination: Endpoint, port: number, protocol: string): boolean {
    if (!ports || ports.length === 0) return true;
    return ports.some((p) => {
      if ((p.protocol ?? 'TCP') !== protocol) return false;
      if (p.port === undefined) return true;
      if (typeof p.port === 'number') return p.endPort ? p.port <= port && port <= p.endPort : p.port === port;
      return isPod(destination) && destination.ports.some((cp) => cp.name === p.port && cp.containerPort === port && cp.protocol === protocol);
    });
  }

  egressAllowed(from: Pod, to: Endpoint, port: number, protocol = 'TCP'): boolean {
    const policies = this.selecting(from, 'Egress');
    if (policies.length === 0) return true;
    return policies.some((p) => (p.spec.egress ?? []).some((r: Obj) => this.peerMatches(r.to, p.namespace, to) && this.portMatches(r.ports, to, port, protocol)));
  }

  ingressAllowed(from: Endpoint, to: Pod, port: number, protocol = 'TCP'): boolean {
    const policies = this.selecting(to, 'Ingress');
    if (policies.length === 0) return true;
    return policies.some((p) => (p.spec.ingress ?? []).some((r: Obj) => this.peerMatches(r.from, p.namespace, from) && this.portMatches(r.ports, to, port, protocol)));
  }

  allowed(from: Endpoint, to: Endpoint, port: number, protocol = 'TCP'): boolean {
    const out = isPod(from) ? this.egressAllowed(from, to, port, protocol) : true;
    const into = isPod(to) ? this.ingressAllowed(from, to, port, protocol) : true;
    return out && into;
  }

  isolated(pod: Pod, type: 'Ingress' | 'Egress'): boolean {
    return this.selecting(pod, type).length > 0;
  }

  /** The pods and container ports behind a Service port, as kube-proxy resolves them. */
  backends(service: string, namespace: string, port: number): { pod: Pod; port: number; protocol: string }[] {
    const svc = this.services.find((s) => s.metadata.name === service && s.namespace === namespace);
    if (!svc) throw new Error(`no Service ${namespace}/${service}`);
    const sp = (svc.spec.ports as Obj[]).find((p) => p.port === port);
    if (!sp) throw new Error(`Service ${service} has no port ${port}`);
    const protocol = sp.protocol ?? 'TCP';
    const pods = this.pods.filter((p) => p.namespace === namespace && Object.entries(svc.spec.selector ?? {}).every(([k, v]) => p.labels[k] === v));
    if (pods.length === 0) throw new Error(`Service ${service} selects no pod`);
    return pods.map((pod) => {
      const target = sp.targetPort ?? sp.port;
      const number = typeof target === 'number' ? target : pod.ports.find((cp) => cp.name === target)?.containerPort;
      if (number === undefined) throw new Error(`named port ${target} not on ${pod.name}`);
      return { pod, port: number, protocol };
    });
  }

  /** Whether `from` reaches every pod behind the Service port. */
  reachesService(from: Endpoint, service: string, namespace: string, port: number): boolean {
    return this.backends(service, namespace, port).every((b) => this.allowed(from, b.pod, b.port, b.protocol));
  }
}
