// npm run bench: the cost of a scan as a ratio to a bare `yaml` parse of the same text, measured
// in the same run, on generated workloads (>= 10,000) and on the real-world corpus. Prints peak
// memory too. Not a test: numbers depend on the machine; the ratios are what we compare.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { scan } from '../src/core/scan.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORKLOADS = Number(process.env.BENCH_WORKLOADS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Generated manifests: a mix of kinds, container counts and security settings, with Services and
 * NetworkPolicies spread over namespaces, like a large monorepo of manifests. */
export function generateManifests(workloads: number): string {
  const docs: string[] = [];
  for (let i = 0; i < workloads; i++) {
    const ns = `team-${i % 50}`;
    const app = `app-${i}`;
    const hardened = i % 3 === 0;
    const container = (name: string) => `      - name: ${name}
        image: registry.example.com/${app}/${name}:1.${i % 17}.0
        ports:
        - containerPort: 8080
          name: http
        env:
        - name: LOG_LEVEL
          value: info
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: {name: ${app}-db, key: password}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {memory: 256Mi}
${
  hardened
    ? `        securityContext:
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]`
    : i % 7 === 0
      ? `        securityContext:
          privileged: true
          capabilities:
            add: [NET_ADMIN, SYS_TIME]`
      : `        securityContext:
          runAsUser: 1000`
}`;
    const podSpec = `      ${hardened ? 'securityContext:\n        runAsNonRoot: true\n        seccompProfile: {type: RuntimeDefault}\n      ' : ''}containers:
${container('main')}
${i % 2 === 0 ? container('sidecar') : ''}`.replace(/\n+$/, '');
    if (i % 10 === 9) {
      docs.push(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {app: ${app}}
        spec:
${podSpec.replace(/^/gm, '    ')}`);
    } else {
      docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels: {app: ${app}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}}
    spec:
${podSpec}`);
    }
    if (i % 10 === 0) {
      docs.push(`apiVersion: v1
kind: Service
metadata: {name: ${app}, namespace: ${ns}}
spec:
  selector: {app: ${app}}
  ports:
  - {port: 80, targetPort: http}`);
    }
    if (i % 100 === 0) {
      docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: ${ns}}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]`);
    }
  }
  return `${docs.join('\n---\n')}\n`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Times a bare parse and a scan of the same inputs, alternating, and returns medians. */
function measure(files: { path: string; text: string }[], rounds: number) {
  const bare: number[] = [];
  const full: number[] = [];
  let findings = 0;
  // One warm-up of each, then alternate so that both see the same machine state.
  for (const f of files) parseAllDocuments(f.text);
  scan(files, { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION });
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (const f of files) parseAllDocuments(f.text);
    bare.push(performance.now() - t);
    t = performance.now();
    findings = scan(files, { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION }).findings.length;
    full.push(performance.now() - t);
  }
  return { bare: median(bare), scan: median(full), findings };
}

function report(label: string, bytes: number, m: { bare: number; scan: number; findings: number }): void {
  const mb = bytes / 1048576;
  console.log(
    `${label.padEnd(34)} ${mb.toFixed(1).padStart(6)} MiB  yaml parse ${m.bare.toFixed(0).padStart(6)} ms  scan ${m.scan.toFixed(0).padStart(6)} ms  ratio ${(m.scan / m.bare).toFixed(2)}×  (${m.findings} findings)`,
  );
}

function main(): void {
  const generated = generateManifests(WORKLOADS);
  console.log(`podarmor bench: ${WORKLOADS} generated workloads, median of ${ROUNDS} rounds, Node ${process.version}\n`);
  const g = measure([{ path: 'generated.yaml', text: generated }], ROUNDS);
  report(`generated (${WORKLOADS} workloads)`, generated.length, g);

  const corpusDir = join(root, '..', 'shared', 'corpus', 'real-world');
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(corpusDir, f), 'utf8') }));
  const c = measure(corpus, ROUNDS);
  report(`real-world corpus (${corpus.length} files)`, corpus.reduce((n, f) => n + f.text.length, 0), c);

  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`\npeak memory (max RSS): ${rss.toFixed(0)} MiB`);
  console.log(`aim: scan <= 1.5x the bare parse — generated ${(g.scan / g.bare).toFixed(2)}x, corpus ${(c.scan / c.bare).toFixed(2)}x`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
