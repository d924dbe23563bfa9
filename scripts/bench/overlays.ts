// Bench section: a Kustomize tree of 20 overlays over one base (5 Deployments), each overlay with a
// strategic-merge patch file, an inline JSON6902 op and a name prefix. Timed as a whole
// `podarmor scan` process (discovery, one copy of the tree, 20 renders in parallel up to the core
// count, scan and mapping), and in-process through scanSources.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanSources } from '../../src/sources/index.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../../src/core/versions.ts';

const OVERLAYS = Number(process.env.BENCH_OVERLAYS ?? 20);
const DEPLOYMENTS = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function writeOverlayTree(dir: string, overlays: number): void {
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const names = Array.from({ length: DEPLOYMENTS }, (_, i) => `svc-${i}`);
  write('base/kustomization.yaml', `resources:\n${names.map((n) => `  - ${n}.yaml`).join('\n')}\n`);
  for (const n of names) {
    write(
      `base/${n}.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${n}\nspec:\n  selector:\n    matchLabels: {app: ${n}}\n  template:\n    metadata:\n      labels: {app: ${n}}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${n}:1.0.0\n          securityContext:\n            runAsUser: 1000\n`,
    );
  }
  for (let o = 0; o < overlays; o++) {
    write(
      `overlays/env-${o}/kustomization.yaml`,
      `namePrefix: env-${o}-\nresources:\n  - ../../base\npatches:\n  - path: resources.yaml\n  - target: {kind: Deployment, name: svc-${o % DEPLOYMENTS}}\n    patch: |-\n      - op: add\n        path: /spec/template/spec/hostNetwork\n        value: ${o % 2 === 0}\n`,
    );
    write(
      `overlays/env-${o}/resources.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-0\nspec:\n  replicas: ${o + 1}\n  template:\n    spec:\n      containers:\n        - name: app\n          resources:\n            limits: {memory: 256Mi}\n`,
    );
  }
}

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-bench-overlays-'));
  try {
    writeOverlayTree(dir, OVERLAYS);
    const started = performance.now();
    const cli = spawnSync(process.execPath, [join(root, 'src', 'cli', 'bin.ts'), 'scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wall = performance.now() - started;
    if (cli.status !== 0) throw new Error(`podarmor scan failed: ${cli.stderr}`);
    const report = JSON.parse(cli.stdout) as { findings: unknown[]; totals: { files: number; roots: number; notReviewed: number } };
    const inProcessStart = performance.now();
    const result = await scanSources(dir, ['.'], { scan: { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION } });
    const inProcess = performance.now() - inProcessStart;
    return [
      `overlays: ${report.totals.roots} kustomize roots (${OVERLAYS} overlays × ${DEPLOYMENTS} Deployments), ${report.totals.files} files, ${report.findings.length} findings, ${report.totals.notReviewed} not reviewed`,
      `overlays: whole \`podarmor scan\` process ${(wall / 1000).toFixed(2)} s; in-process scanSources ${(inProcess / 1000).toFixed(2)} s (${(inProcess / result.totals.roots).toFixed(0)} ms per root, ${availableParallelism()} renders in parallel)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await run()) console.log(line);
