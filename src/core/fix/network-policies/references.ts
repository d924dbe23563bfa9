// What each workload talks to, as the manifests show it: Service names in env values, args and
// command, and in the data of the ConfigMaps the workload reads (envFrom, configMapKeyRef, mounted
// volumes), written as `svc`, `svc:port`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local` or
// inside a URL (`http://svc:port/path`, `redis://svc:6379`, `postgres://user@svc/db`). Each
// reference is resolved to the Service's pods and their container-side ports.
import { isMap } from 'yaml';
import type { K8sObject, Workload } from '../../objects.ts';
import { indexNetwork, isolatedDirections, podLabels, selectorLabels, serviceSelects, usesHostNetwork, type Direction, type NetworkIndex } from '../../network.ts';
import { get, scalar, seqItems, str, stringMap } from '../../yaml/access.ts';

export interface PortRef {
  port: number | string;
  protocol: string;
}

/** One connection the manifests show: `client` opens it to `server` through `service`. */
export interface Flow {
  client: NetworkWorkload;
  server: NetworkWorkload;
  service: K8sObject;
  /** The server's ports (targetPorts resolved against its container ports). */
  ports: PortRef[];
  /** How the client names it: `cartservice:7070`. */
  target: string;
  /** Where the reference was found: `env CART_SERVICE_ADDR`. */
  evidence: string;
}

/** A Service reachable from outside the cluster: anyone may connect to its pods' ports. */
export interface Exposure {
  server: NetworkWorkload;
  service: K8sObject;
  ports: PortRef[];
  /** Why: `Service type LoadBalancer`, `Ingress shop`, `HTTPRoute web`. */
  evidence: string;
}

const key = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

// A host name as Services are named (RFC 1123 labels, lower case), optionally with a port. The
// look-behind and look-ahead keep it from starting or ending inside a longer word.
const HOST = /(?<![\w.@:-])(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^\s@/'"]+@)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d{1,5}))?(?![\w-])/g;

interface HostRef {
  name: string;
  /** The namespace named in the reference; undefined for a bare name (the client's own). */
  namespace?: string;
  port?: number;
  text: string;
}

/** The Service-like host names in a string, in the forms Kubernetes DNS resolves. */
export function hostReferences(text: string): HostRef[] {
  const out: HostRef[] = [];
  for (const m of text.matchAll(HOST)) {
    const host = m[1]!;
    const port = m[2] === undefined ? undefined : Number(m[2]);
    const parts = host.split('.');
    const text = port === undefined ? host : `${host}:${port}`;
    const withPort = port === undefined ? {} : { port };
    if (parts.length === 1) out.push({ name: parts[0]!, text, ...withPort });
    else if (parts.length === 2 || parts[2] === 'svc') out.push({ name: parts[0]!, namespace: parts[1]!, text, ...withPort });
  }
  return out;
}

interface Source {
  text: string;
  evidence: string;
}

/** Every string a workload's containers are configured with, with where it comes from. */
function configuredStrings(w: Workload, configMaps: Map<string, K8sObject>): Source[] {
  const { ctx } = w;
  const out: Source[] = [];
  const ns = w.resource.namespace;
  const configData = (name: string | undefined) => {
    const cm = name === undefined ? undefined : configMaps.get(key(ns, name));
    return cm ? stringMap(cm.ctx, get(cm.ctx, cm.node, 'data')) : new Map<string, { value: string }>();
  };
  const readConfigMap = (name: string | undefined, how: string) => {
    for (const [k, v] of configData(name)) out.push({ text: v.value, evidence: `ConfigMap ${name} key ${k}${how}` });
  };
  for (const c of w.containers) {
    for (const env of seqItems(ctx, get(ctx, c.node, 'env'))) {
      const name = str(ctx, get(ctx, env, 'name')) ?? '';
      const value = scalar(ctx, get(ctx, env, 'value'));
      if (value !== undefined) out.push({ text: String(value), evidence: `env ${name}` });
      const ref = get(ctx, get(ctx, env, 'valueFrom'), 'configMapKeyRef');
      if (ref) {
        const cmName = str(ctx, get(ctx, ref, 'name'));
        const cmKey = str(ctx, get(ctx, ref, 'key'));
        const v = cmKey === undefined ? undefined : configData(cmName).get(cmKey);
        if (v) out.push({ text: v.value, evidence: `env ${name} from ConfigMap ${cmName}` });
      }
    }
    for (const from of seqItems(ctx, get(ctx, c.node, 'envFrom'))) readConfigMap(str(ctx, get(ctx, get(ctx, from, 'configMapRef'), 'name')), ', read by envFrom');
    for (const field of ['command', 'args'] as const) {
      for (const item of seqItems(ctx, get(ctx, c.node, field))) {
        const v = scalar(ctx, item);
        if (v !== undefined) out.push({ text: String(v), evidence: field });
      }
    }
  }
  for (const volume of seqItems(ctx, get(ctx, w.podSpec, 'volumes'))) {
    readConfigMap(str(ctx, get(ctx, get(ctx, volume, 'configMap'), 'name')), ', mounted');
    for (const source of seqItems(ctx, get(ctx, get(ctx, volume, 'projected'), 'sources'))) {
      readConfigMap(str(ctx, get(ctx, get(ctx, source, 'configMap'), 'name')), ', mounted');
    }
  }
  return out;
}

/** The container port a Service port leads to on a pod: targetPort (a number, or a name looked
 * up in the pod's container ports), else the Service port itself. */
function targetPorts(service: K8sObject, server: NetworkWorkload, servicePort: number | undefined): PortRef[] {
  const sctx = service.ctx;
  const all = seqItems(sctx, get(sctx, get(sctx, service.node, 'spec'), 'ports')).filter((p) => isMap(p));
  const matching = servicePort === undefined ? all : all.filter((p) => scalar(sctx, get(sctx, p, 'port')) === servicePort);
  const chosen = matching.length > 0 ? matching : all;
  const out: PortRef[] = [];
  for (const p of chosen) {
    const protocol = str(sctx, get(sctx, p, 'protocol')) ?? 'TCP';
    const target = scalar(sctx, get(sctx, p, 'targetPort')) ?? scalar(sctx, get(sctx, p, 'port'));
    if (typeof target === 'number') out.push({ port: target, protocol });
    else if (typeof target === 'string') out.push(namedPort(server, target, protocol));
  }
  if (out.length === 0 && servicePort !== undefined) out.push({ port: servicePort, protocol: 'TCP' });
  return dedupePorts(out);
}

function namedPort(server: NetworkWorkload, name: string, protocol: string): PortRef {
  for (const p of server.ports) {
    if (p.name === name && typeof p.containerPort === 'number') return { port: p.containerPort, protocol: p.protocol ?? protocol };
  }
  // Not in the manifest: NetworkPolicy resolves a named port against the pod's ports itself.
  return /^\d+$/.test(name) ? { port: Number(name), protocol } : { port: name, protocol };
}

export function dedupePorts(ports: readonly PortRef[]): PortRef[] {
  const seen = new Set<string>();
  return ports.filter((p) => {
    const k = `${p.port}/${p.protocol}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface NetworkFacts {
  flows: Flow[];
  exposures: Exposure[];
}

/** What the generator needs of a workload, read while its tree is at hand: `fix` of a large file
 * keeps this instead of the tree. `references` are the Services its configuration names, resolved. */
export interface NetworkWorkload {
  path: string;
  documentIndex: number;
  kind: string;
  name: string;
  namespace: string | undefined;
  podLabels: Map<string, string>;
  selectorLabels: Map<string, string>;
  hostNetwork: boolean;
  /** Directions existing policies (of the context) already isolate. */
  isolated: Set<Direction>;
  ports: { name: string | undefined; containerPort: unknown; protocol: string | undefined }[];
  references: { service: K8sObject; target: string; port: number | undefined; evidence: string }[];
}

/** The Services, ConfigMaps and policies of a scanned set, by which workloads are summarised. */
export interface NetworkContext {
  services: Map<string, K8sObject>;
  configMaps: Map<string, K8sObject>;
  index: NetworkIndex;
}

export function networkContext(objects: readonly K8sObject[]): NetworkContext {
  const services = new Map<string, K8sObject>();
  const configMaps = new Map<string, K8sObject>();
  for (const o of objects) {
    if (o.kind === 'Service' && o.apiVersion === 'v1') services.set(key(o.resource.namespace, o.resource.name), o);
    else if (o.kind === 'ConfigMap' && o.apiVersion === 'v1') configMaps.set(key(o.resource.namespace, o.resource.name), o);
  }
  return { services, configMaps, index: indexNetwork(objects) };
}

export function summarizeWorkload(w: Workload, context: NetworkContext): NetworkWorkload {
  const { ctx } = w;
  const references: NetworkWorkload['references'] = [];
  for (const source of configuredStrings(w, context.configMaps)) {
    for (const ref of hostReferences(source.text)) {
      const service = resolveService(context.services, ref, w.resource.namespace);
      if (service) references.push({ service, target: ref.text, port: ref.port, evidence: source.evidence });
    }
  }
  return {
    path: w.file.path,
    documentIndex: w.documentIndex,
    kind: w.kind,
    name: w.resource.name,
    namespace: w.resource.namespace,
    podLabels: podLabels(w),
    selectorLabels: selectorLabels(w),
    hostNetwork: usesHostNetwork(w),
    isolated: isolatedDirections(w, context.index),
    ports: w.containers.flatMap((c) =>
      seqItems(ctx, get(ctx, c.node, 'ports')).map((p) => ({ name: str(ctx, get(ctx, p, 'name')), containerPort: scalar(ctx, get(ctx, p, 'containerPort')), protocol: str(ctx, get(ctx, p, 'protocol')) })),
    ),
    references,
  };
}

/** A Service that Ingresses or Gateway API routes send outside traffic to, with why. */
export interface ExposureMark {
  service: K8sObject;
  evidence: string;
}

/** The flows and exposures of a scanned set, in time linear in its size (plus the matches).
 * `marks`: what Ingresses and routes expose (exposureMarks of every object, in order). */
export function networkFacts(context: NetworkContext, workloads: readonly NetworkWorkload[], marks: readonly ExposureMark[]): NetworkFacts {
  const { services } = context;
  // The pods behind each Service, computed once per Service from an index of the pods by each of
  // their labels (a Service selects only pods that carry its selector's first label).
  const backends = new Map<K8sObject, NetworkWorkload[]>();
  const byLabel = new Map<string, NetworkWorkload[]>();
  for (const w of workloads) {
    for (const [k, v] of w.podLabels) {
      const id = `${w.namespace ?? ''}\u0000${k}\u0000${v}`;
      const list = byLabel.get(id);
      if (list) list.push(w);
      else byLabel.set(id, [w]);
    }
  }
  const serversOf = (svc: K8sObject): NetworkWorkload[] => {
    let list = backends.get(svc);
    if (!list) {
      const first = stringMap(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, 'spec'), 'selector')).entries().next();
      const candidates = first.done ? [] : (byLabel.get(`${svc.resource.namespace ?? ''}\u0000${first.value[0]}\u0000${first.value[1].value}`) ?? []);
      list = candidates.filter((w) => serviceSelects(svc, w.podLabels));
      backends.set(svc, list);
    }
    return list;
  };
  const flows: Flow[] = [];
  for (const client of workloads) {
    const seen = new Set<string>();
    for (const ref of client.references) {
      const service = ref.service;
      for (const server of serversOf(service)) {
        if (server === client) continue;
        const ports = targetPorts(service, server, ref.port);
        const id = `${server.path}#${server.documentIndex}/${server.name}:${ports.map((p) => `${p.port}/${p.protocol}`).join(',')}`;
        if (seen.has(id)) continue;
        seen.add(id);
        flows.push({ client, server, service, ports, target: ref.target, evidence: ref.evidence });
      }
    }
  }
  const exposed = exposures(services, marks, serversOf);
  // A Service that no workload of the manifests references has its clients elsewhere (another
  // folder, another repository, a monitoring agent): cutting them off is not safe.
  const used = new Set<K8sObject>([...flows.map((f) => f.service), ...exposed.map((e) => e.service)]);
  for (const service of services.values()) {
    if (used.has(service)) continue;
    for (const server of serversOf(service)) exposed.push({ server, service, ports: targetPorts(service, server, undefined), evidence: 'no client in these manifests' });
  }
  return { flows, exposures: exposed };
}

function resolveService(services: Map<string, K8sObject>, ref: HostRef, clientNamespace: string | undefined): K8sObject | undefined {
  if (ref.namespace === undefined) return services.get(key(clientNamespace, ref.name));
  // A Service written without a namespace goes wherever its kustomization or kubectl puts it: when
  // the client's namespace is not written either, the reference is taken to mean the same one.
  return services.get(key(ref.namespace, ref.name)) ?? (clientNamespace === undefined ? services.get(key(undefined, ref.name)) : undefined);
}

const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']);

/** What Ingresses and Gateway API routes among `objects` expose, in order. */
export function exposureMarks(objects: readonly K8sObject[], services: ReadonlyMap<string, K8sObject>): ExposureMark[] {
  const out: ExposureMark[] = [];
  const mark = (o: K8sObject, name: string | undefined, port: number | undefined) => {
    const svc = name === undefined ? undefined : services.get(key(o.resource.namespace, name));
    if (svc) out.push({ service: svc, evidence: `${o.kind} ${o.resource.name}${port !== undefined ? ` port ${port}` : ''}` });
  };
  for (const o of objects) {
    const { ctx } = o;
    if (o.kind === 'Ingress' && o.apiVersion.startsWith('networking.k8s.io/')) {
      const spec = get(ctx, o.node, 'spec');
      const backends = [get(ctx, spec, 'defaultBackend'), ...seqItems(ctx, get(ctx, spec, 'rules')).flatMap((r) => seqItems(ctx, get(ctx, get(ctx, r, 'http'), 'paths')).map((p) => get(ctx, p, 'backend')))];
      for (const b of backends) mark(o, str(ctx, get(ctx, get(ctx, b, 'service'), 'name')) ?? str(ctx, get(ctx, b, 'serviceName')), undefined);
    } else if (ROUTE_KINDS.has(o.kind) && o.apiVersion.startsWith('gateway.networking.k8s.io/')) {
      const spec = get(ctx, o.node, 'spec');
      for (const rule of seqItems(ctx, get(ctx, spec, 'rules'))) {
        for (const ref of seqItems(ctx, get(ctx, rule, 'backendRefs'))) {
          const kind = str(ctx, get(ctx, ref, 'kind')) ?? 'Service';
          if (kind === 'Service') mark(o, str(ctx, get(ctx, ref, 'name')), undefined);
        }
      }
    }
  }
  return out;
}

/** Services exposed outside the cluster: LoadBalancer and NodePort types, Ingress backends and
 * Gateway API route backends. */
function exposures(services: Map<string, K8sObject>, marks: readonly ExposureMark[], serversOf: (svc: K8sObject) => NetworkWorkload[]): Exposure[] {
  const reasons = new Map<K8sObject, string>();
  for (const svc of services.values()) {
    const type = str(svc.ctx, get(svc.ctx, get(svc.ctx, svc.node, 'spec'), 'type'));
    if (type === 'LoadBalancer' || type === 'NodePort') reasons.set(svc, `Service type ${type}`);
  }
  for (const m of marks) if (!reasons.has(m.service)) reasons.set(m.service, m.evidence);
  const out: Exposure[] = [];
  for (const [service, evidence] of reasons) for (const server of serversOf(service)) out.push({ server, service, ports: targetPorts(service, server, undefined), evidence });
  return out;
}

/** Clients on the host network reach servers from node addresses, which no pod selector matches. */
export function clientUsesHostNetwork(flow: Flow): boolean {
  return flow.client.hostNetwork;
}
