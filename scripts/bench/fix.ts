// Bench section "fix": whole-process figures of `podarmor fix` (a child process, timed and
// measured by /usr/bin/time): fix time must grow linearly with the input (800 copies of a workload
// within 10× the time of 100), and a 12 MiB file must be fixed within 2× the time and 2× the
// peak memory of scanning it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cli', 'bin.ts');

/** A small application per copy: a web Deployment reaching its API through env and a ConfigMap,
 * both with Services, with the usual missing hardening (root images, no seccomp, no policies). */
export function application(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata: {name: web-${i}-config, namespace: team-${i % 20}}
data:
  API_URL: http://api-${i}:8080/v1
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 20}
spec:
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        envFrom:
        - configMapRef: {name: web-${i}-config}
        ports:
        - {name: http, containerPort: 80}
---
apiVersion: v1
kind: Service
metadata: {name: web-${i}, namespace: team-${i % 20}}
spec:
  type: LoadBalancer
  selector: {app: web-${i}}
  ports:
  - {port: 80, targetPort: http}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-${i}
  namespace: team-${i % 20}
spec:
  selector:
    matchLabels: {app: api-${i}}
  template:
    metadata:
      labels: {app: api-${i}}
    spec:
      securityContext:
        runAsUser: 10001
      containers:
      - name: api
        image: registry.example.com/api:1.${i % 9}
        env:
        - name: CACHE_ADDR
          value: cache-${i}:6379
        ports:
        - {name: http, containerPort: 8080}
      - name: cache
        image: redis:7
        securityContext:
          privileged: ${i % 7 === 0}
---
apiVersion: v1
kind: Service
metadata: {name: api-${i}, namespace: team-${i % 20}}
spec:
  selector: {app: api-${i}}
  ports:
  - {port: 8080, targetPort: http}
`;
}

export function copies(n: number): string {
  return Array.from({ length: n }, (_, i) => application(i)).join('---\n');
}

interface Run {
  seconds: number;
  peakMiB: number;
}

function runCli(args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, ...args, '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kib] = last.split(' ').map(Number);
  if (r.status !== 0 || !Number.isFinite(seconds) || !Number.isFinite(kib)) throw new Error(`podarmor ${args.join(' ')} failed: ${r.stderr.slice(0, 500)}`);
  return { seconds: seconds!, peakMiB: kib! / 1024 };
}

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-bench-fix-'));
  const lines: string[] = [];
  try {
    const small = join(dir, 'copies-100.yaml');
    const large = join(dir, 'copies-800.yaml');
    writeFileSync(small, copies(100));
    writeFileSync(large, copies(800));
    const t100 = runCli(['fix', small]);
    const t800 = runCli(['fix', large]);
    const ratio = t800.seconds / t100.seconds;
    lines.push(`fix 100 copies ${t100.seconds.toFixed(2)} s, 800 copies ${t800.seconds.toFixed(2)} s: ratio ${ratio.toFixed(2)} (limit 10) ${ratio <= 10 ? 'ok' : 'TOO SLOW'}`);
    const huge = join(dir, 'large.yaml');
    let n = 0;
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < 12 * 1048576) {
      const part = application(n++);
      parts.push(part);
      bytes += Buffer.byteLength(part) + 4;
    }
    writeFileSync(huge, parts.join('---\n'));
    const scanned = runCli(['scan', huge, '--format', 'json']);
    const fixed = runCli(['fix', huge]);
    const time = fixed.seconds / scanned.seconds;
    const memory = fixed.peakMiB / scanned.peakMiB;
    lines.push(
      `fix 12 MiB (${n} copies): ${fixed.seconds.toFixed(2)} s, ${fixed.peakMiB.toFixed(0)} MiB peak; scan ${scanned.seconds.toFixed(2)} s, ${scanned.peakMiB.toFixed(0)} MiB: time ${time.toFixed(2)}× memory ${memory.toFixed(2)}× (limit 2×) ${time <= 2 && memory <= 2 ? 'ok' : 'TOO SLOW'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

// Run on its own: node scripts/bench/fix.ts
if (process.argv[1] === fileURLToPath(import.meta.url)) for (const line of await run()) console.log(line);
