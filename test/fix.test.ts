// The fix engine: golden files byte for byte, the upstream fail fixtures, the real-world corpus, and
// the promise of `fixable` (true exactly when `podarmor fix` removes the finding).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parseDocument, type Document } from 'yaml';
import { diffLines } from 'diff';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Pod } from 'kubernetes-models/v1';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { DaemonSet, Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { fixFiles, planFileFix } from '../src/core/fix/engine.ts';
import { applyEdits, renderOps } from '../src/core/fix/render.ts';
import { scan } from '../src/core/scan.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';
import type { FixOp, InputFile, ScanOptions } from '../src/core/types.ts';
import { CORPUS_DIR, FIXTURES, PSA_DIR, ROOT } from './helpers/paths.ts';
import { readHeader } from './helpers/fixtures.ts';

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  NetworkPolicy: NetworkPolicy as never,
  Pod: Pod as never,
  Deployment: Deployment as never,
  StatefulSet: StatefulSet as never,
  DaemonSet: DaemonSet as never,
  Job: Job as never,
  CronJob: CronJob as never,
};

/** Validates every document of a known kind against the Kubernetes schema. */
function validateKubernetesSchema(text: string): void {
  for (const doc of parseAllDocuments(text, { version: '1.1' })) {
    const value = doc.toJS() as { kind?: string } | null;
    const Model = value?.kind ? MODELS[value.kind] : undefined;
    if (Model) new Model(value as never).validate();
  }
}

const hardened: ScanOptions = { profile: 'hardened', kubernetesVersion: DEFAULT_KUBERNETES_VERSION };

describe('golden fixes', () => {
  const dir = join(FIXTURES, 'fix');
  const cases = readdirSync(dir).sort();

  it('covers the styles and kinds the design asks for', () => {
    for (const c of ['pod-with-comments', 'deployment-4-space', 'cronjob-flush-sequences', 'flow-maps', 'crlf', 'multi-document', 'json-manifest', 'network-policy']) expect(cases).toContain(c);
  });

  describe.each(cases)('%s', (name) => {
    const input = readFileSync(join(dir, name, 'input.yaml'), 'utf8');
    const optionsFile = join(dir, name, 'options.txt');
    const { options } = readHeader(existsSync(optionsFile) ? readFileSync(optionsFile, 'utf8') : input);
    const result = fixFiles([{ path: 'input.yaml', text: input }], options);

    it('produces output.yaml byte for byte', () => {
      const after = result.files.find((f) => f.path === 'input.yaml')?.after ?? input;
      expect(after).toBe(readFileSync(join(dir, name, 'output.yaml'), 'utf8'));
      expect(result.dropped).toEqual([]);
    });

    it('creates exactly the expected new files', () => {
      const createdDir = join(dir, name, 'created');
      const expected = existsSync(createdDir) ? readdirSync(createdDir).sort() : [];
      const created = result.files.filter((f) => f.before === undefined);
      expect(created.map((f) => f.path).sort()).toEqual(expected);
      for (const f of created) expect(f.after).toBe(readFileSync(join(createdDir, f.path), 'utf8'));
    });

    it('leaves no fixable finding, a valid manifest, and nothing to do on a second run', () => {
      expect(result.after.findings.filter((f) => f.fixable)).toEqual([]);
      for (const f of result.files) validateKubernetesSchema(f.after.replace(/^\uFEFF/, ''));
      const again = fixFiles(result.files.map((f) => ({ path: f.path, text: f.after })), options);
      expect(again.files).toEqual([]);
    });
  });
});

describe('upstream fail fixtures (restricted, newest version)', () => {
  const index = JSON.parse(readFileSync(join(PSA_DIR, 'index.json'), 'utf8')) as { file: string; level: string; version: string; expect: string }[];
  const newest = index.filter((e) => e.level === 'restricted' && e.version === 'v1.37' && e.expect === 'fail');
  const options: ScanOptions = { profile: 'restricted', kubernetesVersion: '1.37' };
  const fixable = newest.filter((e) => {
    const text = readFileSync(join(PSA_DIR, e.file), 'utf8');
    const findings = scan([{ path: e.file, text }], options).findings;
    return findings.length > 0 && findings.every((f) => f.fixable);
  });

  it('has fixtures whose failing controls all have safe fixes', () => {
    // allowPrivilegeEscalation, seccomp unset, and capabilities/runAsNonRoot where the fixture sets
    // a numeric non-root runAsUser (without one those are suggestions: the image may run as root).
    expect(fixable.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixable.map((e) => e.file))('%s passes restricted after fix, with no other value changed', (file) => {
    const text = readFileSync(join(PSA_DIR, file), 'utf8');
    const result = fixFiles([{ path: file, text }], options);
    expect(result.dropped).toEqual([]);
    expect(result.after.findings.filter((f) => f.pss)).toEqual([]);
    const before = parseAllDocuments(text)[0]!.toJS();
    const after = parseAllDocuments(result.files[0]!.after)[0]!.toJS();
    // Every leaf that differs lies in a securityContext (the only place these fixes write).
    for (const path of changedLeaves(before, after)) expect(path, path).toMatch(/securityContext(\.|$)/);
    validateKubernetesSchema(result.files[0]!.after);
  });
});

function changedLeaves(a: unknown, b: unknown, path = ''): string[] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    return [...keys].flatMap((k) => changedLeaves((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
}

function corpusInputs(): InputFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(CORPUS_DIR, f), 'utf8') }));
}

describe('real-world corpus', () => {
  it.each(corpusInputs())('$path fixes without a dropped fix or a broken file', (input) => {
    const result = fixFiles([input], hardened);
    expect(result.dropped.map((d) => `${d.finding.rule}: ${d.reason}`)).toEqual([]);
    expect(result.after.skipped).toEqual([]);
    expect(result.after.findings.filter((f) => f.fixable)).toEqual([]);
    const changed = result.files.find((f) => f.path === input.path)!;
    expect(changed).toBeDefined();
    // Minimal edits: the only original lines that change are values a safe fix reverses (and
    // deprecated annotations it moves); everything else stays byte for byte.
    const removedLines = diffLines(input.text, changed.after)
      .filter((part) => part.removed)
      .flatMap((part) => part.value.split('\n').filter(Boolean));
    // `- all` is a capability drop written in the wrong case, corrected to ALL.
    for (const line of removedLines) expect(line).toMatch(/^\s*(privileged: true|allowPrivilegeEscalation: true|runAsNonRoot: false|- all|[\w.-]+\.kubernetes\.io\/[\w.-]+: .*|annotations:)\s*$/);
    for (const f of result.files.filter((x) => x.before === undefined)) {
      validateKubernetesSchema(f.after);
      expect(scan([{ path: f.path, text: f.after }], hardened).findings).toEqual([]);
    }
  });
});

describe('fixable means fixed', () => {
  const read = (root: string, filter: (f: string) => boolean) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter(filter)
      .sort()
      .map((f) => ({ path: f, text: readFileSync(join(root, f), 'utf8') }));
  const manifest = (f: string) => /\.(ya?ml|json)$/.test(f);
  const networkFolders = readdirSync(join(FIXTURES, 'network'));
  // Every fixture file on its own (a folder of the network fixtures as one set), every corpus file, the examples.
  const sets: [string, InputFile[][]][] = [
    ['corpus', corpusInputs().map((f) => [f])],
    ['examples', read(join(ROOT, 'examples'), manifest).map((f) => [f])],
    ['test fixtures', read(FIXTURES, (f) => manifest(f) && !f.startsWith('network/')).map((f) => [f])],
    ['network fixtures', networkFolders.map((folder) => read(join(FIXTURES, 'network', folder), manifest).map((f) => ({ ...f, path: `${folder}/${f.path}` })))],
  ];
  it.each(sets)('%s: fix removes every fixable finding and only those', (_, groups) => {
    for (const inputs of groups) {
      const optionsFile = inputs.length === 1 ? join(FIXTURES, inputs[0]!.path.replace(/[^/]*$/, 'options.txt')) : '';
      const header = optionsFile && existsSync(optionsFile) ? readFileSync(optionsFile, 'utf8') : inputs[0]!.text;
      const options = { ...hardened, ...readHeader(header).options };
      const result = fixFiles(inputs, options);
      const after = new Set(result.after.findings.map((f) => f.fingerprint));
      const removed = result.before.findings.filter((f) => !after.has(f.fingerprint));
      expect(removed.filter((f) => !f.fixable).map((f) => `${f.file}: ${f.rule} ${f.line}`)).toEqual([]);
      expect(result.before.findings.filter((f) => f.fixable && after.has(f.fingerprint)).map((f) => `${f.file}: ${f.rule} ${f.line}`)).toEqual([]);
    }
  });
});

describe('single fixes for review suggestions', () => {
  it('verifies a suggestion on its own and leaves the rest of the file alone', () => {
    const text = readFileSync(join(FIXTURES, 'rules', 'host-namespaces', 'fail.yaml'), 'utf8');
    const session = scan([{ path: 'p.yaml', text }], hardened);
    const finding = session.findings.find((f) => f.rule === 'host-namespaces' && f.line === 7)!;
    expect(finding.suggestion).toBe(true);
    const plan = planFileFix(session, [finding], hardened);
    expect('after' in plan && plan.after).toBe(text.replace('  hostNetwork: true\n', ''));
  });

  it('drops a fix that would leave a broken or different document', () => {
    // An alias shared with another container: editing it would change both.
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    securityContext: &sc {privileged: true}\n  - name: b\n    securityContext: *sc\n';
    const session = scan([{ path: 'p.yaml', text }], hardened);
    const finding = session.findings.find((f) => f.rule === 'privileged' && f.container === 'b')!;
    const plan = planFileFix(session, [finding], hardened);
    expect('reason' in plan && plan.reason).toMatch(/alias|values the fix did not mean to change|new finding|did not remove/);
  });
});

describe('rendering edits', () => {
  it('keeps a map whose only key is removed when a key is added beside it', () => {
    const text = 'spec:\n  securityContext:\n    runAsUser: 0\n  containers: []\n';
    const doc = parseDocument(text);
    const ops: FixOp[] = [
      { op: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true },
      { op: 'remove', path: ['spec', 'securityContext', 'runAsUser'] },
    ];
    const after = applyEdits(text, renderOps(text, doc as Document.Parsed, { indent: 2, indentSequences: false, eol: '\n' }, ops));
    expect(after).toBe('spec:\n  securityContext:\n    runAsNonRoot: true\n  containers: []\n');
  });
  it('removes a map whose every key is removed', () => {
    const text = 'spec:\n  securityContext:\n    runAsUser: 0\n  containers: []\n';
    const ops: FixOp[] = [{ op: 'remove', path: ['spec', 'securityContext', 'runAsUser'] }];
    expect(applyEdits(text, renderOps(text, parseDocument(text) as Document.Parsed, { indent: 2, indentSequences: false, eol: '\n' }, ops))).toBe('spec:\n  containers: []\n');
  });
});

describe('merge keys', () => {
  const options: ScanOptions = { profile: 'restricted', kubernetesVersion: DEFAULT_KUBERNETES_VERSION, only: ['seccomp-profile-restricted', 'allow-privilege-escalation'] };
  const pod = (podDefaults: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
x-defaults: &defaults
${podDefaults}
x-container: &container
  image: app:1
  securityContext:
    readOnlyRootFilesystem: true
spec:
  <<: *defaults
  containers:
  - <<: *container
    name: inherits
  - name: own
    image: app:1
`;

  it('applies a pod-level fix when the pod spec does not inherit that field', () => {
    const text = pod('  restartPolicy: Always\n  terminationGracePeriodSeconds: 5');
    const result = fixFiles([{ path: 'p.yaml', text }], options);
    const seccomp = result.before.findings.find((f) => f.rule === 'seccomp-profile-restricted')!;
    expect(seccomp.fixable).toBe(true);
    expect(result.fixed).toContainEqual(expect.objectContaining({ rule: 'seccomp-profile-restricted' }));
    expect(result.files[0]!.after).toContain('  <<: *defaults\n  containers:');
    expect(result.files[0]!.after).toMatch(/securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n$/);
    // The container whose securityContext comes from the anchor is not fixable (an edit would
    // change the anchor's other users); the one with its own is fixed.
    const escalation = result.before.findings.filter((f) => f.rule === 'allow-privilege-escalation');
    expect(escalation.map((f) => [f.container, f.fixable])).toEqual([
      ['inherits', false],
      ['own', true],
    ]);
    expect(result.dropped).toEqual([]);
  });

  it('marks a pod-level fix unfixable when the field comes from the merge key, and fix agrees', () => {
    const text = pod('  securityContext:\n    runAsUser: 1000');
    const result = fixFiles([{ path: 'p.yaml', text }], options);
    const seccomp = result.before.findings.find((f) => f.rule === 'seccomp-profile-restricted')!;
    expect([seccomp.fixable, seccomp.suggestion]).toEqual([false, false]);
    expect(result.after.findings).toContainEqual(expect.objectContaining({ rule: 'seccomp-profile-restricted' }));
    expect(result.dropped).toEqual([]);
  });
});
