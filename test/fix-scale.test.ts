// `fix` of a large input in bounded batches (core/fix/stream.ts): the same result as the whole-set
// engine, each document parsed a bounded number of times (once, plus once more when a fix changes
// it), and the whole-set engine taking over where the batched path gives up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixFiles, type FixOptions } from '../src/core/fix/engine.ts';
import { fixBounded, fixInBatches, streamStats, type BoundedFixResult } from '../src/core/fix/stream.ts';
import type { InputFile } from '../src/core/types.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import { FIXTURES, ROOT } from './helpers/paths.ts';

const options: FixOptions = { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION };

/** A web Deployment reaching its API through a ConfigMap, an API with a cache: Services, edits
 * and generated NetworkPolicies with flows between them. */
function application(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata: {name: web-${i}-config, namespace: team-${i % 3}}
data:
  API_URL: http://api-${i}:8080/v1
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-${i}, namespace: team-${i % 3}}
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
---
apiVersion: v1
kind: Service
metadata: {name: api-${i}, namespace: team-${i % 3}}
spec:
  selector: {app: api-${i}}
  ports:
  - {port: 8080, targetPort: http}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api-${i}, namespace: team-${i % 3}}
spec:
  selector:
    matchLabels: {app: api-${i}}
  template:
    metadata:
      labels: {app: api-${i}}
    spec:
      securityContext: {runAsUser: 10001}
      containers:
      - name: api
        image: registry.example.com/api:1
        ports:
        - {name: http, containerPort: 8080}
`;
}

const copies = (n: number) => Array.from({ length: n }, (_, i) => application(i)).join('---\n');

/** Everything a caller sees of a fix, positions included. */
function shape(r: Pick<BoundedFixResult, 'files' | 'fixed' | 'dropped' | 'before' | 'after'>) {
  const place = (f: BoundedFixResult['after']['findings'][number]) => [f.fingerprint, f.file, f.line, f.column, f.endLine, f.endColumn, f.range.start, f.range.end, f.documentIndex, f.fixable];
  return {
    files: r.files,
    fixed: r.fixed.map((f) => f.fingerprint).sort(),
    dropped: r.dropped.map((d) => d.reason),
    before: r.before.findings.map(place),
    after: r.after.findings.map(place),
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('fix in bounded batches', () => {
  it('gives the whole-set engine’s result on every fixture folder, in batches of any size', () => {
    const folders = new Map<string, InputFile[]>();
    for (const path of yamlFiles(FIXTURES)) {
      const rel = relative(ROOT, path);
      const dir = rel.slice(0, rel.lastIndexOf('/'));
      folders.set(dir, [...(folders.get(dir) ?? []), { path: rel, text: readFileSync(path, 'utf8') }]);
    }
    let batched = 0;
    for (const [dir, inputs] of folders) {
      const whole = shape(fixFiles(inputs, options));
      for (const size of [256, 2]) {
        const result = fixInBatches(inputs, options, size);
        if (!result) continue; // Handled by the whole-set engine: nothing to compare.
        batched++;
        expect({ dir, size, ...shape(result) }).toEqual({ dir, size, ...whole });
      }
      expect(shape(fixBounded(inputs, options))).toEqual(whole);
    }
    expect(batched).toBeGreaterThan(folders.size); // Most folders take the batched path.
  });

  it('gives the same fixes, policies and findings as the whole-set engine on many copies of an application', () => {
    const inputs = [{ path: 'apps/all.yaml', text: copies(40) }];
    const result = fixInBatches(inputs, options, 16)!;
    expect(result).toBeDefined();
    expect(result.files.map((f) => f.path)).toEqual(['apps/all.yaml', 'apps/podarmor-networkpolicies.yaml']);
    expect(shape(result)).toEqual(shape(fixFiles(inputs, options)));
  });

  it('parses each document a bounded number of times, in a number of batches linear in the input', () => {
    const measure = (n: number) => {
      streamStats.documentParses = 0;
      streamStats.batches = 0;
      const result = fixInBatches([{ path: 'all.yaml', text: copies(n) }], options, 32);
      expect(result).toBeDefined();
      return { ...streamStats };
    };
    const small = measure(20);
    const large = measure(160);
    const documents = (n: number) => n * 4;
    // Once when scanned, once more for the two changed Deployments of each copy.
    expect(small.documentParses).toBe(documents(20) + 20 * 2);
    expect(large.documentParses).toBe(documents(160) + 160 * 2);
    expect(large.batches).toBeLessThanOrEqual(Math.ceil(documents(160) / 32));
  });

  it('leaves what it does not handle (documents only a full parse delimits) to the whole-set engine', () => {
    const dir = join(FIXTURES, 'fix', 'multi-document');
    const inputs = [{ path: 'input.yaml', text: readFileSync(join(dir, 'input.yaml'), 'utf8') }];
    expect(fixInBatches(inputs, options)).toBeUndefined();
    expect(shape(fixBounded(inputs, options))).toEqual(shape(fixFiles(inputs, options)));
  });
});
