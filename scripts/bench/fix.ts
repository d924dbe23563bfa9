// Bench section "fix": whole-process figures of `podarmor fix` (a fresh Node process, timed and
// measured by process.ts): fix time must grow linearly with the input (800 copies of a workload
// within 10× the time of 100), and a 12 MiB file must be fixed within 2× the time and 2× the
// peak memory of scanning it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternate, CLI, QUICK, ROUNDS } from './process.ts';

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

/** Writes `text` to a scratch file and times `podarmor <command> <file>` on it (median of rounds). */
function timed(variants: Record<string, { command: readonly string[]; text: string }>, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-bench-fix-'));
  try {
    const args: Record<string, readonly string[]> = {};
    for (const [name, v] of Object.entries(variants)) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, v.text);
      args[name] = [CLI, ...v.command, file, '--fail-on', 'none'];
    }
    return alternate(args, rounds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sized(bytes: number): { text: string; copies: number } {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = application(parts.length);
    parts.push(part);
    size += Buffer.byteLength(part) + 4;
  }
  return { text: parts.join('---\n'), copies: parts.length };
}

export async function run(): Promise<string[]> {
  const small = QUICK ? 25 : 100;
  const large = small * 8;
  const rounds = QUICK ? 1 : ROUNDS;
  const linear = timed({ small: { command: ['fix'], text: copies(small) }, large: { command: ['fix'], text: copies(large) } }, rounds);
  const ratio = linear.large!.ms / linear.small!.ms;
  const lines = [`fix ${small} copies ${(linear.small!.ms / 1000).toFixed(2)} s, ${large} copies ${(linear.large!.ms / 1000).toFixed(2)} s: time ratio ${ratio.toFixed(2)} (limit 10) ${ratio <= 10 ? 'ok' : 'TOO SLOW'}`];
  const mib = QUICK ? 2 : 12;
  const big = sized(mib * 1048576);
  const m = timed({ scan: { command: ['scan', '--format', 'json'], text: big.text }, fix: { command: ['fix'], text: big.text } }, QUICK ? 1 : 1);
  const time = m.fix!.ms / m.scan!.ms;
  const memory = m.fix!.rssMiB / m.scan!.rssMiB;
  lines.push(
    `fix ${mib} MiB (${big.copies} copies): ${(m.fix!.ms / 1000).toFixed(1)} s, ${m.fix!.rssMiB.toFixed(0)} MiB peak; scan ${(m.scan!.ms / 1000).toFixed(1)} s, ${m.scan!.rssMiB.toFixed(0)} MiB: time ${time.toFixed(2)}× memory ${memory.toFixed(2)}× (limit 2× each) ${time <= 2 && memory <= 2 ? 'ok' : 'OVER'}`,
  );
  return lines;
}

// Run on its own: node scripts/bench/fix.ts [--quick]
if (process.argv[1] === fileURLToPath(import.meta.url)) for (const line of await run()) console.log(line);
