// What the analyser reads: every workload kind, JSON, Lists, merge keys, and every way a file can
// be broken. A broken file gets a clear message with a position; the other files are still scanned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { decodeManifest } from '../src/core/yaml/parse.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import type { ScanOptions } from '../src/core/types.ts';
import { FIXTURES } from './helpers/paths.ts';
import { readFixture } from './helpers/fixtures.ts';

const options: ScanOptions = { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION };
const input = (name: string) => ({ path: name, text: readFileSync(join(FIXTURES, 'inputs', name), 'utf8') });
const privileged = (r: ReturnType<typeof scan>) => r.findings.filter((f) => f.rule === 'privileged').map((f) => `${f.resource.name} ${f.line}:${f.column}`);

describe('workload kinds', () => {
  it('finds the pod template of every kind, and ignores what is not a workload', () => {
    const { text, header } = readFixture(join(FIXTURES, 'kinds', 'all-kinds.yaml'));
    const result = scan([{ path: 'all-kinds.yaml', text }], header.options);
    const got = result.findings.filter((f) => f.rule === 'privileged').map((f) => `privileged ${f.line}:${f.column}`);
    expect(got).toEqual(header.expects);
    expect(result.findings.map((f) => f.resource.kind).filter((k) => k === 'Widget' || k === '')).toEqual([]);
    expect(new Set(result.findings.filter((f) => f.rule === 'privileged').map((f) => f.resource.kind))).toEqual(
      new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController', 'Rollout', 'PodTemplate']),
    );
    expect(result.skipped).toEqual([]);
  });

  it('reads JSON manifests with positions', () => {
    const result = scan([input('manifest.json')], options);
    expect(privileged(result)).toEqual(['json-pod 7:61']);
  });

  it('follows YAML merge keys and aliases', () => {
    const result = scan([input('merge-keys.yaml')], options);
    expect(privileged(result).map((p) => p.split(' ')[0])).toEqual(['merged', 'merged']);
    expect(result.findings.filter((f) => f.rule === 'privileged').map((f) => f.container)).toEqual(['a', 'b']);
  });

  it('reads YAML 1.1 booleans as kubectl does', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: on\n  containers: [{name: a, securityContext: {privileged: yes}}]\n';
    const result = scan([{ path: 'p.yaml', text }], options);
    expect(result.findings.filter((f) => f.rule === 'privileged' || f.rule === 'host-namespaces').map((f) => f.rule).sort()).toEqual(['host-namespaces', 'privileged']);
  });
});

describe('bad input', () => {
  it('skips a Helm template with a reason, not as an error', () => {
    const result = scan([input('helm-template.yaml')], options);
    expect(result.findings).toEqual([]);
    expect(result.skipped).toEqual([expect.objectContaining({ file: 'helm-template.yaml', line: 4, column: 9, error: false })]);
    expect(result.skipped[0]!.reason).toMatch(/Helm template/);
  });

  it('reports invalid YAML with its position and still scans the other documents and files', () => {
    const result = scan([input('broken.yaml'), input('manifest.json')], options);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ file: 'broken.yaml', error: true, line: 10 });
    expect(result.skipped[0]!.reason).toMatch(/^invalid YAML in document 2: /);
    expect(privileged(result)).toEqual(['fine 5:44', 'after 17:44', 'json-pod 7:61']);
  });

  it('stops an alias bomb quickly with a message', () => {
    const started = performance.now();
    const result = scan([input('alias-bomb.yaml'), input('manifest.json')], options);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.skipped).toEqual([expect.objectContaining({ file: 'alias-bomb.yaml', error: true, line: 1, column: 1 })]);
    expect(result.skipped[0]!.reason).toMatch(/alias bomb/);
    expect(privileged(result)).toEqual(['json-pod 7:61']);
  });

  it('reports duplicate keys and scans the value Kubernetes keeps (the last)', () => {
    const result = scan([input('duplicate-keys.yaml')], options);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'duplicate-keys.yaml', line: 9, column: 7 })]);
    expect(result.problems[0]!.message).toMatch(/duplicate key/);
    expect(privileged(result)).toEqual(['dup 9:7']);
  });

  it('gives editor columns for a file with a byte order mark', () => {
    const result = scan([input('bom.yaml')], options);
    expect(result.findings.filter((f) => f.rule === 'host-namespaces').map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual(['5:3-5:20']);
    const token = result.findings.find((f) => f.rule === 'automount-service-account-token')!;
    expect([token.line, token.column]).toEqual([4, 1]);
  });

  it('handles CRLF line endings', () => {
    const result = scan([input('crlf.yaml')], options);
    const f = result.findings.find((x) => x.rule === 'privileged')!;
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([8, 7, 8, 23]);
  });

  it('reports bytes that are not UTF-8 with their position', () => {
    const decoded = decodeManifest(readFileSync(join(FIXTURES, 'inputs', 'latin1.yaml')));
    expect(decoded).toEqual({ error: 'byte 0xe9 at offset 46 is not valid UTF-8; manifests must be UTF-8', line: 4, column: 12 });
    expect(decodeManifest(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ line: 1, column: 1 });
  });

  it('skips a file over the size limit without parsing it, and scans the rest', () => {
    const big = `# ${'x'.repeat(50 * 1024 * 1024)}\n`;
    const started = performance.now();
    const result = scan([{ path: 'big.yaml', text: big }, input('manifest.json')], options);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.skipped).toEqual([{ file: 'big.yaml', reason: 'file is 50.0 MiB, larger than the 16 MiB limit (raise it with --max-file-size)', error: true }]);
    expect(privileged(result)).toEqual(['json-pod 7:61']);
  });

  it('never throws on arbitrary text', () => {
    const samples = ['', '---', '...', ': :', '- - -', '{', '"', 'kind: Pod\napiVersion: v1\nspec: 3', 'kind: Pod\napiVersion: v1\nspec: {containers: 3}', 'kind: Pod\napiVersion: v1\nspec: {containers: [1, null, [2]]}', '\t\tkind: Pod', '%YAML 1.1\n---\na: b', '!!binary x', 'apiVersion: v1\nkind: List\nitems: {a: 1}'];
    for (const text of samples) expect(() => scan([{ path: 'x.yaml', text }], options)).not.toThrow();
  });
});
