// The real-world install manifests in ../shared/corpus/real-world: every one is scanned whole,
// with every workload found and nothing skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import { CORPUS_DIR } from './helpers/paths.ts';

// Workload objects per file, as SOURCES.md counts them.
export const CORPUS: Record<string, number> = {
  'argo-cd-install.yaml': 7,
  'ingress-nginx-deploy-cloud.yaml': 3,
  'metrics-server-base.yaml': 1,
  'kube-state-metrics-standard.yaml': 1,
  'prometheus-operator-bundle.yaml': 1,
  'kubernetes-examples-guestbook-all-in-one.yaml': 3,
  'kubernetes-examples-cassandra-statefulset.yaml': 1,
  'dashboard-recommended.yaml': 2,
  'calico-calico.yaml': 2,
  'flannel-kube-flannel.yaml': 1,
  'metallb-native.yaml': 2,
  'contour-contour.yaml': 3,
};

describe.each(Object.entries(CORPUS))('%s', (file, workloads) => {
  it('scans every workload, skips nothing', () => {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    const result = scan([{ path: file, text }], { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION });
    expect(result.skipped).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.workloads).toHaveLength(workloads);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine * 100000 + f.endColumn).toBeGreaterThanOrEqual(f.line * 100000 + f.column);
    }
  });
});
