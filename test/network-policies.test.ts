// NetworkPolicies from evidence, on multi-service fixtures modelled on public demo applications:
// after `fix`, an independent evaluator (test/helpers/network-evaluator.ts) shows that every flow
// the manifests reference is allowed, DNS works, the metadata endpoints are blocked, and traffic
// nothing asks for is denied. Also: per-folder placement, kustomizations, Helm charts, `fix -`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { fixFiles, type FixOptions } from '../src/core/fix/engine.ts';
import { hostReferences } from '../src/core/fix/network-policies/references.ts';
import { scan } from '../src/core/scan.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import type { InputFile } from '../src/core/types.ts';
import { Cluster, type Endpoint } from './helpers/network-evaluator.ts';
import { FIXTURES } from './helpers/paths.ts';

const DIR = join(FIXTURES, 'network');
const options: FixOptions = { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION };

function inputsOf(folder: string): InputFile[] {
  const root = join(DIR, folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ path: `${folder}/${f}`, text: readFileSync(join(root, f), 'utf8') }));
}

/** The set after fix: every input with its changes, and the new files. */
function fixedSet(folder: string, extra: Partial<FixOptions> = {}) {
  const inputs = inputsOf(folder);
  const result = fixFiles(inputs, { ...options, ...extra });
  const texts = new Map(inputs.map((f) => [f.path, f.text]));
  for (const f of result.files) texts.set(f.path, f.after);
  const objects = [...texts].filter(([p]) => !p.endsWith('kustomization.yaml')).flatMap(([, t]) => parseAllDocuments(t).map((d) => d.toJS()));
  return { result, texts, objects };
}

const kustomizeOf = (dir: string) => parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map((d) => d.toJS());

interface Flow {
  from: string;
  fromNamespace?: string;
  service: string;
  namespace?: string;
  port: number;
}

const OUTSIDE: Endpoint = { ip: '203.0.113.7' };
/** The metadata endpoints are blocked on every port, not just HTTP's. */
const METADATA_PORTS: [number, string][] = [
  [80, 'TCP'],
  [443, 'TCP'],
  [8080, 'TCP'],
  [53, 'UDP'],
];

const CASES: { folder: string; namespace: string; flows: Flow[]; exposed: { service: string; port: number }[]; denied: Flow[] }[] = [
  {
    folder: 'boutique',
    namespace: 'default',
    flows: [
      ...(
        [
          ['productcatalogservice', 3550],
          ['currencyservice', 7000],
          ['cartservice', 7070],
          ['recommendationservice', 8080],
          ['shippingservice', 50051],
          ['checkoutservice', 5050],
          ['adservice', 9555],
        ] as const
      ).map(([service, port]) => ({ from: 'frontend', service, port })),
      ...(
        [
          ['productcatalogservice', 3550],
          ['shippingservice', 50051],
          ['cartservice', 7070],
          ['currencyservice', 7000],
        ] as const
      ).map(([service, port]) => ({ from: 'checkoutservice', service, port })),
      { from: 'cartservice', service: 'redis-cart', port: 6379 },
      { from: 'recommendationservice', service: 'productcatalogservice', port: 3550 },
      { from: 'loadgenerator', service: 'frontend', port: 80 },
    ],
    exposed: [{ service: 'frontend-external', port: 80 }],
    denied: [
      { from: 'loadgenerator', service: 'cartservice', port: 7070 },
      { from: 'adservice', service: 'redis-cart', port: 6379 },
    ],
  },
  {
    folder: 'guestbook',
    namespace: 'guestbook',
    flows: [
      { from: 'frontend', service: 'redis-leader', port: 6379 },
      { from: 'frontend', service: 'redis-follower', port: 6379 },
      { from: 'redis-follower', service: 'redis-leader', port: 6379 },
    ],
    exposed: [{ service: 'frontend', port: 80 }],
    denied: [{ from: 'redis-leader', service: 'frontend', port: 80 }],
  },
  {
    folder: 'named-port',
    namespace: 'shop',
    flows: [{ from: 'web', service: 'api', port: 80 }],
    exposed: [{ service: 'web', port: 80 }],
    denied: [],
  },
  {
    folder: 'cross-namespace',
    namespace: 'web',
    flows: [
      { from: 'shop', fromNamespace: 'web', service: 'db', namespace: 'data', port: 5432 },
      { from: 'shop', fromNamespace: 'web', service: 'search', namespace: 'data', port: 9200 },
    ],
    exposed: [],
    denied: [{ from: 'db', fromNamespace: 'data', service: 'search', namespace: 'data', port: 9200 }],
  },
];

describe.each(CASES)('$folder after fix', ({ folder, namespace, flows, exposed, denied }) => {
  const { result, objects } = fixedSet(folder);
  const cluster = new Cluster(objects, namespace);
  const apps = cluster.pods.filter((p) => p.namespace !== 'kube-system');

  it('leaves no NetworkPolicy finding and drops nothing', () => {
    expect(result.dropped.map((d) => d.reason)).toEqual([]);
    expect(result.after.findings.filter((f) => f.rule === 'network-policy-missing' || f.rule === 'metadata-endpoint-egress')).toEqual([]);
    for (const pod of apps) {
      expect(cluster.isolated(pod, 'Ingress'), pod.name).toBe(true);
      expect(cluster.isolated(pod, 'Egress'), pod.name).toBe(true);
    }
  });

  it('allows every referenced flow', () => {
    for (const f of flows) expect(cluster.reachesService(cluster.pod(f.from, f.fromNamespace ?? namespace), f.service, f.namespace ?? namespace, f.port), `${f.from} → ${f.service}:${f.port}`).toBe(true);
  });

  it('allows clients outside the cluster into exposed Services', () => {
    for (const e of exposed) expect(cluster.reachesService(OUTSIDE, e.service, namespace, e.port), e.service).toBe(true);
  });

  it('denies what nothing references', () => {
    for (const f of denied) expect(cluster.reachesService(cluster.pod(f.from, f.fromNamespace ?? namespace), f.service, f.namespace ?? namespace, f.port), `${f.from} → ${f.service}`).toBe(false);
  });

  it('lets every pod resolve names, reach the internet, and not the metadata endpoints', () => {
    const dns = cluster.pod('coredns', 'kube-system');
    for (const pod of apps) {
      expect(cluster.allowed(pod, dns, 53, 'UDP'), pod.name).toBe(true);
      expect(cluster.allowed(pod, dns, 53, 'TCP'), pod.name).toBe(true);
      for (const [port, protocol] of METADATA_PORTS) {
        expect(cluster.allowed(pod, { ip: '169.254.169.254' }, port, protocol), `${pod.name} → 169.254.169.254:${port}/${protocol}`).toBe(false);
        expect(cluster.allowed(pod, { ip: 'fd00:ec2::254' }, port, protocol), `${pod.name} → fd00:ec2::254:${port}/${protocol}`).toBe(false);
      }
      // Its neighbours stay reachable: only the endpoint itself is excepted.
      expect(cluster.allowed(pod, { ip: '169.254.169.253' }, 80), pod.name).toBe(true);
      expect(cluster.allowed(pod, { ip: '93.184.216.34' }, 443), pod.name).toBe(true);
      expect(cluster.allowed(pod, { ip: '2606:2800:220:1::1' }, 443), pod.name).toBe(true);
    }
  });

  it('with egress: cluster-only, keeps the flows and DNS and blocks the internet', () => {
    const strict = new Cluster(fixedSet(folder, { egress: 'cluster-only' }).objects, namespace);
    for (const f of flows) expect(strict.reachesService(strict.pod(f.from, f.fromNamespace ?? namespace), f.service, f.namespace ?? namespace, f.port)).toBe(true);
    for (const pod of strict.pods.filter((p) => p.namespace !== 'kube-system')) {
      expect(strict.allowed(pod, strict.pod('coredns', 'kube-system'), 53, 'UDP')).toBe(true);
      expect(strict.allowed(pod, { ip: '93.184.216.34' }, 443)).toBe(false);
      expect(strict.allowed(pod, { ip: '169.254.169.254' }, 80)).toBe(false);
      expect(strict.allowed(pod, { ip: 'fd00:ec2::254' }, 80)).toBe(false);
    }
  });

  it('names the evidence of every rule in a comment', () => {
    const created = result.files.filter((f) => f.before === undefined);
    expect(created.length).toBeGreaterThan(0);
    for (const f of created) {
      const lines = f.after.split('\n');
      lines.forEach((line, i) => {
        if (/^\s*- (from|to|ports):/.test(line) && /^\s*(ingress|egress):/.test(lines[i - 1] ?? '') === false) expect(lines[i - 1], `${f.path}:${i + 1}`).toMatch(/^\s*# /);
      });
    }
  });
});

describe('evidence comments and placement', () => {
  it('writes the comment the way a reviewer reads it', () => {
    const { result } = fixedSet('boutique');
    const file = result.files.find((f) => f.path === 'boutique/podarmor-networkpolicies.yaml')!;
    expect(file.after).toContain('# frontend → cartservice:7070 (env CART_SERVICE_ADDR)');
    expect(fixedSet('guestbook').result.files.find((f) => f.path.endsWith('podarmor-networkpolicies.yaml'))!.after).toContain(
      '# frontend → redis-leader:6379 (ConfigMap guestbook-config key REDIS_URL, read by envFrom)',
    );
  });

  it('writes one file per folder, next to the workloads it selects', () => {
    const { result } = fixedSet('cross-namespace');
    expect(result.files.filter((f) => f.before === undefined).map((f) => f.path).sort()).toEqual(['cross-namespace/data/podarmor-networkpolicies.yaml', 'cross-namespace/web/podarmor-networkpolicies.yaml']);
    const web = result.files.find((f) => f.path === 'cross-namespace/web/podarmor-networkpolicies.yaml')!.after;
    expect(web).toContain('shop-podarmor');
    expect(web).not.toContain('db-podarmor');
  });

  it('adds the file to the folder kustomization, keeping its style', () => {
    const { result } = fixedSet('guestbook');
    const k = result.files.find((f) => f.path === 'guestbook/kustomization.yaml')!;
    expect(k.after).toBe(k.before!.replace('  - frontend.yaml\n', '  - frontend.yaml\n  - podarmor-networkpolicies.yaml\n'));
  });

  it('kubectl kustomize of the fixed folder includes the new policies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-kustomize-'));
    cpSync(join(DIR, 'guestbook'), dir, { recursive: true });
    const { result } = fixedSet('guestbook');
    for (const f of result.files) writeFileSync(join(dir, f.path.replace(/^guestbook\//, '')), f.after);
    const rendered = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
    const policies = parseAllDocuments(rendered).map((d) => d.toJS()).filter((o) => o.kind === 'NetworkPolicy');
    expect(policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort()).toEqual(['guestbook/frontend-podarmor', 'guestbook/redis-follower-podarmor', 'guestbook/redis-leader-podarmor']);
  });

  it('writes nothing for a Helm chart and says why', () => {
    const inputs = inputsOf('named-port').map((f) => ({ ...f, path: f.path.replace('named-port/', 'charts/shop/templates/') }));
    const result = fixFiles(inputs, { ...options, chartRoots: ['charts/shop'] });
    expect(result.files.filter((f) => f.path.endsWith('podarmor-networkpolicies.yaml'))).toEqual([]);
    expect(result.dropped.filter((d) => d.finding.rule === 'network-policy-missing').map((d) => d.reason)).toEqual([expect.stringContaining('Helm chart at charts/shop'), expect.stringContaining('Helm chart')]);
  });

  it('appends to standard input instead of writing a file', () => {
    const text = inputsOf('named-port')[0]!.text;
    const result = fixFiles([{ path: '<stdin>', text }], options);
    expect(result.files.map((f) => f.path)).toEqual(['<stdin>']);
    const docs = parseAllDocuments(result.files[0]!.after).map((d) => d.toJS());
    expect(docs.filter((d) => d.kind === 'NetworkPolicy').map((d) => d.metadata.name).sort()).toEqual(['api-podarmor', 'web-podarmor']);
  });

  it('gives pods already isolated in a direction nothing for that direction', () => {
    const inputs = inputsOf('named-port');
    inputs.push({
      path: 'named-port/api-ingress.yaml',
      text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api-in, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n',
    });
    const result = fixFiles(inputs, options);
    const policies = parseAllDocuments(result.files.find((f) => f.path === 'named-port/podarmor-networkpolicies.yaml')!.after).map((d) => d.toJS());
    expect(policies.find((p) => p.metadata.name === 'api-podarmor').spec.policyTypes).toEqual(['Egress']);
    expect(policies.find((p) => p.metadata.name === 'web-podarmor').spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });
});

describe('Service references', () => {
  it.each([
    ['cartservice:7070', 'cartservice', undefined, 7070],
    ['redis-leader', 'redis-leader', undefined, undefined],
    ['db.data', 'db', 'data', undefined],
    ['db.data.svc', 'db', 'data', undefined],
    ['db.data.svc.cluster.local:5432', 'db', 'data', 5432],
    ['http://api:8080/v1/items', 'api', undefined, 8080],
    ['redis://redis-cart:6379', 'redis-cart', undefined, 6379],
    ['postgres://user@db/shop', 'db', undefined, undefined],
    ['--api=http://api/v1', 'api', undefined, undefined],
  ])('%s names %s', (text, name, namespace, port) => {
    expect(hostReferences(text)).toContainEqual(expect.objectContaining({ name, ...(namespace ? { namespace } : {}), ...(port ? { port } : {}) }));
  });

  it('does not read names inside longer words', () => {
    expect(hostReferences('REDIS_HOST=${REDIS_HOST}').map((r) => r.name)).toEqual([]);
  });

  it('reports which direction is uncovered', () => {
    const text = inputsOf('named-port')[0]!.text + '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api-in, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n';
    const messages = scan([{ path: 'a.yaml', text }], options).findings.filter((f) => f.rule === 'network-policy-missing').map((f) => f.message);
    expect(messages).toEqual(['Deployment "api" is not isolated by any NetworkPolicy for egress traffic in namespace shop', 'Deployment "web" is not isolated by any NetworkPolicy for ingress and egress traffic in namespace shop']);
  });
});

describe('podarmor fix on a kustomization folder', () => {
  it('writes the policies beside the bases, lists them in the kustomization, and kubectl kustomize renders them', async () => {
    const { main } = await import('../src/cli/main.ts');
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-kfix-'));
    cpSync(join(DIR, 'guestbook'), dir, { recursive: true });
    let err = '';
    const io = { stdout: () => {}, stderr: (t: string) => void (err += t), stdin: async () => new Uint8Array(), color: false };
    await main(['fix', dir, '--write', '--fail-on', 'none'], io);
    expect(readdirSync(dir).sort()).toEqual(['frontend.yaml', 'kustomization.yaml', 'podarmor-networkpolicies.yaml', 'redis.yaml']);
    expect(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')).toContain('  - podarmor-networkpolicies.yaml\n');
    const rendered = parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map((d) => d.toJS());
    const cluster = new Cluster(rendered, 'guestbook');
    expect(cluster.reachesService(cluster.pod('frontend'), 'redis-leader', 'guestbook', 6379)).toBe(true);
    expect(cluster.allowed(cluster.pod('frontend'), { ip: '169.254.169.254' }, 80)).toBe(false);
    expect(err).not.toMatch(/not auto-fixed: network-policy-missing/);
  });
});

describe('podarmor fix --write on sibling folders', () => {
  // The client in a/, the database it calls in b/; one of the folders holds a kustomization (written on Windows).
  it.each([
    ['a', 'app.yaml'],
    ['b', 'db.yaml'],
  ])('writes a/… and b/… policy files, never one pooled file, lists the one of %s/ in its kustomization (BOM and CRLF kept), and keeps the flow from a/ to b/', async (folder, listed) => {
    const { main } = await import('../src/cli/main.ts');
    const root = mkdtempSync(join(tmpdir(), 'podarmor-siblings-'));
    const [client, server] = inputsOf('cross-namespace').sort((x, y) => (x.path.includes('/web/') ? -1 : 1));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a', 'app.yaml'), client!.text);
    writeFileSync(join(root, 'b', 'db.yaml'), server!.text);
    const kustomization = `\uFEFFapiVersion: kustomize.config.k8s.io/v1beta1\r\nkind: Kustomization\r\nresources:\r\n  - ${listed}\r\n`;
    writeFileSync(join(root, folder, 'kustomization.yaml'), kustomization);
    const io = { stdout: () => {}, stderr: () => {}, stdin: async () => new Uint8Array(), color: false };
    await main(['fix', root, '--write', '--fail-on', 'none'], io);
    expect(readdirSync(root).sort()).toEqual(['a', 'b']);
    const withKustomization = (f: string, files: string[]) => (f === folder ? [...files, 'kustomization.yaml'] : files).sort();
    expect(readdirSync(join(root, 'a')).sort()).toEqual(withKustomization('a', ['app.yaml', 'podarmor-networkpolicies.yaml']));
    expect(readdirSync(join(root, 'b')).sort()).toEqual(withKustomization('b', ['db.yaml', 'podarmor-networkpolicies.yaml']));
    const names = (folder: string) => parseAllDocuments(readFileSync(join(root, folder, 'podarmor-networkpolicies.yaml'), 'utf8')).map((d) => d.toJS().metadata.name).sort();
    expect(names('a')).toEqual(['shop-podarmor']);
    expect(names('b')).toEqual(['db-podarmor', 'search-podarmor']);
    expect(readFileSync(join(root, folder, 'kustomization.yaml'), 'utf8')).toBe(`${kustomization}  - podarmor-networkpolicies.yaml\r\n`);

    const objects = ['a/app.yaml', 'a/podarmor-networkpolicies.yaml', 'b/db.yaml', 'b/podarmor-networkpolicies.yaml'].flatMap((f) => parseAllDocuments(readFileSync(join(root, f), 'utf8')).map((d) => d.toJS()));
    const cluster = new Cluster(objects, 'web');
    const shop = cluster.pod('shop', 'web');
    expect(cluster.reachesService(shop, 'db', 'data', 5432)).toBe(true);
    expect(cluster.reachesService(shop, 'search', 'data', 9200)).toBe(true);
    for (const pod of cluster.pods.filter((p) => p.namespace !== 'kube-system')) {
      expect(cluster.isolated(pod, 'Egress'), pod.name).toBe(true);
      for (const [port, protocol] of METADATA_PORTS) {
        expect(cluster.allowed(pod, { ip: '169.254.169.254' }, port, protocol), pod.name).toBe(false);
        expect(cluster.allowed(pod, { ip: 'fd00:ec2::254' }, port, protocol), pod.name).toBe(false);
      }
    }
    const rendered = kustomizeOf(join(root, folder));
    expect(rendered.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name)).toEqual(names(folder));
    rmSync(root, { recursive: true, force: true });
  });
});
