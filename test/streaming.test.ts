// Scanning at the speed of parsing: documents split on their `---` lines, kinds read from the raw
// text, documents no rule reads left unparsed, a scan that keeps no trees finding exactly what the
// full scan finds, and reports written a finding at a time that equal the whole-string ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson, writeJson } from '../src/core/report/json.ts';
import { renderSarif } from '../src/core/report/sarif.ts';
import { collect } from '../src/core/report/stream.ts';
import { Evaluator } from '../src/core/evaluate.ts';
import { asWorkload, findObjects, type Workload } from '../src/core/objects.ts';
import { scan, scanFindings } from '../src/core/scan.ts';
import type { ScanOptions } from '../src/core/types.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import { isUnreadKind, splitDocuments } from '../src/core/yaml/documents.ts';
import { parseManifest } from '../src/core/yaml/parse.ts';
import { generateManifests } from '../scripts/bench/generate.ts';
import { CORPUS_DIR } from './helpers/paths.ts';

const OPTIONS: ScanOptions = { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION };
const CRD = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: a.example.com}\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    securityContext: {privileged: true}\n';

describe('splitting and sniffing', () => {
  it.each([
    ['a plain kind', `${CRD}---\n${POD}`, [['CustomResourceDefinition', 'apiextensions.k8s.io/v1'], ['Pod', 'v1']]],
    ['a comment after the kind', 'apiVersion: v1 # core\nkind: Pod  # here\n', [['Pod', 'v1']]],
    ['two kind lines (one may be a nested key written at column 0 by mistake)', 'apiVersion: v1\nkind: Pod\nkind: Service\n', [[undefined, undefined]]],
    ['a quoted kind', 'apiVersion: v1\nkind: "Pod"\n', [[undefined, undefined]]],
    ['a merge key at the top', 'apiVersion: v1\n<<: *base\nkind: Pod\n', [[undefined, undefined]]],
    ['a flow document on the marker line', '--- {apiVersion: v1, kind: Pod}\n', [[undefined, undefined]]],
    ['kind: with no space is a scalar, not a key', 'apiVersion: v1\nkind:Pod\n', [[undefined, undefined]]],
  ])('%s', (_, text, expected) => {
    const spans = splitDocuments(text)!;
    expect(spans.map((s) => [s.kind, s.apiVersion])).toEqual(expected);
  });

  it('leaves directives and ... end markers to the full parser', () => {
    expect(splitDocuments('%YAML 1.1\n---\na: 1\n')).toBeUndefined();
    expect(splitDocuments('a: 1\n...\nb: 2\n')).toBeUndefined();
  });

  it('skips only kinds of the API group that defines them', () => {
    expect(isUnreadKind('CustomResourceDefinition', 'apiextensions.k8s.io/v1')).toBe(true);
    expect(isUnreadKind('ClusterRole', 'rbac.authorization.k8s.io/v1')).toBe(true);
    expect(isUnreadKind('ClusterRole', 'example.com/v1')).toBe(false);
    expect(isUnreadKind('Deployment', 'apps/v1')).toBe(false);
    expect(isUnreadKind(undefined, 'apps/v1')).toBe(false);
  });
});

describe('documents no rule reads', () => {
  it('are never parsed, and the workloads around them are found', () => {
    const parsed = parseManifest('m.yaml', `${CRD}---\n${POD}---\n${CRD}`);
    expect(parsed.documents.map((d) => [d.index, d.unread])).toEqual([[0, true], [1, false], [2, true]]);
    const result = scan([{ path: 'm.yaml', text: `${CRD}---\n${POD}---\n${CRD}` }], OPTIONS);
    expect(result.workloads.map((w) => w.resource.name)).toEqual(['p']);
    expect(result.findings.some((f) => f.rule === 'privileged' && f.line === 12)).toBe(true);
  });

  it('are parsed when the file carries a suppression annotation (an unknown rule there is reported)', () => {
    const text = `${CRD.replace('metadata: {name: a.example.com}', 'metadata:\n  name: a.example.com\n  annotations: {ignore.podarmor.dev/no-such-rule: why}')}`;
    const result = scan([{ path: 'm.yaml', text }], OPTIONS);
    expect(result.findings.map((f) => f.rule)).toEqual(['invalid-suppression']);
  });

  it('keep their syntax out of the result only when unread: a broken Pod is still reported', () => {
    const result = scan([{ path: 'm.yaml', text: `${CRD}---\napiVersion: v1\nkind: Pod\nspec: [oops\n` }], OPTIONS);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^invalid YAML in document 2/)]);
  });
});

describe('scanFindings (no trees kept) finds what scan finds', () => {
  const cases: Array<[string, { path: string; text: string }[]]> = [
    ['generated workloads over several files, policies and Services in other files', [0, 1, 2].map((i) => ({ path: `gen-${2 - i}.yaml`, text: generateManifests(300, i * 300) }))],
    ['the real-world corpus', ['argo-cd-install.yaml', 'calico-calico.yaml', 'metallb-native.yaml', 'contour-contour.yaml'].map((f) => ({ path: f, text: readFileSync(join(CORPUS_DIR, f), 'utf8') }))],
    ['a duplicate key in a later document (no edit of the file can be written)', [{ path: 'd.yaml', text: `${POD}---\n${POD.replace('metadata: {name: p}', 'metadata: {name: q, name: r}')}` }]],
    ['suppressions by comment and annotation, and a broken document', [{ path: 's.yaml', text: `${POD.replace('image: nginx', 'image: nginx # podarmor:ignore no-such-rule -- why')}---\nkind: [broken\n---\n${POD.replace('metadata: {name: p}', 'metadata:\n  name: q\n  annotations: {ignore.podarmor.dev/privileged: "host tooling"}')}` }]],
  ];
  it.each(cases)('%s', (_, files) => {
    const full = scan(files, OPTIONS);
    const streamed = scanFindings(files, OPTIONS);
    expect(renderJson(streamed)).toBe(renderJson(full));
  });
});

describe('set rules evaluated unit by unit', () => {
  const text = [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx}]\n',
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Ingress, Egress]\n',
    'apiVersion: v1\nkind: Service\nmetadata: {name: other, namespace: shop}\nspec: {selector: {app: other}, ports: [{port: 80}]}\n',
  ].join('---\n');
  const objects = findObjects(parseManifest('u.yaml', text));
  const workloads = objects.map(asWorkload).filter((w): w is Workload => w !== undefined);
  const coverage = (context: typeof objects) => {
    const found: string[] = [];
    new Evaluator({ ...OPTIONS, only: ['network-policy-missing'] }).run({ objects, workloads, context, suppressions: { byObject: new Map(), byLine: new Map(), invalid: [] } }, (f) => found.push(f.rule));
    return found;
  };
  it("read the context with the unit's own NetworkPolicy that the context lacks", () => {
    expect(coverage([objects[2]!])).toEqual([]);
  });
  it("read the context alone when it holds the unit's own objects", () => {
    expect(coverage([objects[1]!, objects[2]!])).toEqual([]);
  });
  it('read the policies a unit adds over the context (moreContext), and the context unchanged after', () => {
    const deployment = objects.filter((o) => o.kind === 'Deployment');
    const context = [objects[2]!];
    const run = (more: typeof objects) => {
      const found: string[] = [];
      new Evaluator({ ...OPTIONS, only: ['network-policy-missing'] }).run({ objects: deployment, workloads, context, moreContext: more, suppressions: { byObject: new Map(), byLine: new Map(), invalid: [] } }, (f) => found.push(f.rule));
      return found;
    };
    expect(run([objects[1]!])).toEqual([]);
    // The context's cached index was extended by a copy, not changed: without the policy, uncovered.
    expect(run([])).toEqual(['network-policy-missing']);
  });
  it('see an uncovered workload as uncovered', () => {
    const alone = findObjects(parseManifest('w.yaml', text.split('---\n')[0]!));
    const found: string[] = [];
    new Evaluator({ ...OPTIONS, only: ['network-policy-missing'] }).run({ objects: alone, workloads: alone.map(asWorkload).filter((w): w is Workload => w !== undefined), context: [objects[2]!], suppressions: { byObject: new Map(), byLine: new Map(), invalid: [] } }, (f) => found.push(f.rule));
    expect(found).toEqual(['network-policy-missing']);
  });
});

describe('reports written a finding at a time', () => {
  const result = scan([{ path: 'gen.yaml', text: generateManifests(40) }], OPTIONS);
  it('JSON equals JSON.stringify of the whole report', () => {
    const whole = JSON.parse(renderJson(result));
    expect(collect((w) => writeJson(result, w))).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(renderJson({ findings: [], skipped: [], problems: [] })).toBe(`${JSON.stringify({ version: 1, findings: [], skipped: [], problems: [] }, null, 2)}\n`);
  });
  it('SARIF equals JSON.stringify of the whole log', () => {
    const sarif = renderSarif(result, '0.0.0');
    expect(sarif).toBe(`${JSON.stringify(JSON.parse(sarif), null, 2)}\n`);
    expect(JSON.parse(sarif).runs[0].results).toHaveLength(result.findings.length);
  });
});
