// The command line: inputs, output formats and exit codes.
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { runCli } from './helpers/run-cli.ts';
import type { JsonReport } from '../src/core/report/json.ts';
import { FIXTURES, ROOT } from './helpers/paths.ts';

const run = runCli;

// Paths as a user types them; output shows paths relative to the working directory.
const rel = (...parts: string[]) => relative(process.cwd(), join(FIXTURES, ...parts));
const PRIVILEGED = rel('rules', 'privileged', 'fail.yaml');
const CLEAN = rel('rules', 'privileged', 'pass.yaml');

describe('scan', () => {
  it('prints findings grouped by file with a code frame, and exits 1', async () => {
    const { code, out } = await run(['scan', PRIVILEGED, '--only', 'privileged']);
    expect(code).toBe(1);
    expect(out).toContain(`${PRIVILEGED}\n  14:11   critical privileged  container "app" runs privileged (securityContext.privileged: true)  [baseline/privileged, suggestion]\n`);
    expect(out).toContain('    > 14 |           privileged: true\n');
    expect(out).toContain('         |           ^^^^^^^^^^^^^^^^\n');
    expect(out).toMatch(/3 findings \(3 critical\)/);
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    expect((await run(['scan', CLEAN, '--only', 'privileged'])).code).toBe(0);
    expect((await run(['scan', PRIVILEGED, '--only', 'privileged', '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['scan', PRIVILEGED, '--only', 'read-only-root-filesystem', '--fail-on', 'medium'])).code).toBe(0);
    expect((await run(['scan', PRIVILEGED, '--only', 'read-only-root-filesystem', '--fail-on', 'low'])).code).toBe(1);
  });

  it('exits 1 when a file cannot be scanned', async () => {
    const { code, out } = await run(['scan', rel('inputs', 'latin1.yaml'), '--only', 'privileged']);
    expect(code).toBe(1);
    expect(out).toContain('latin1.yaml:4:12: byte 0xe9 at offset 46 is not valid UTF-8');
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['scan', '--profile', 'strict'], ['scan', '--kubernetes-version', 'latest'], ['scan', '--only', 'nope'], ['scan', '--format', 'xml'], ['scan', '--bogus'], ['frobnicate'], [], ['scan', 'does/not/exist']]) {
      const { code, err } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(/podarmor|Usage/);
    }
  });

  it('reads stdin with -', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, securityContext: {privileged: true}}]\n';
    const { code, out } = await run(['scan', '-', '--only', 'privileged', '--format', 'json'], text);
    expect(code).toBe(1);
    const report = JSON.parse(out) as JsonReport;
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['<stdin>', 5, 44]]);
  });

  it('walks folders for *.yaml, *.yml and *.json', async () => {
    const { out } = await run(['scan', join(FIXTURES, 'inputs'), '--format', 'json', '--only', 'privileged']);
    const report = JSON.parse(out) as JsonReport;
    const files = new Set([...report.findings.map((f) => f.file), ...report.skipped.map((s) => s.file)].map((f) => f.split('/').pop()));
    expect(files).toEqual(new Set(['broken.yaml', 'crlf.yaml', 'duplicate-keys.yaml', 'helm-template.yaml', 'latin1.yaml', 'manifest.json', 'merge-keys.yaml', 'alias-bomb.yaml']));
  });

  it('writes the documented JSON contract', async () => {
    const { out } = await run(['scan', rel('rules', 'run-as-non-root', 'fail.yaml'), '--format', 'json']);
    const report = JSON.parse(out) as JsonReport;
    expect(Object.keys(report)).toEqual(['version', 'findings', 'skipped', 'problems', 'notReviewed', 'totals']);
    const pss = report.findings.find((f) => f.rule === 'run-as-non-root' && f.line === 22)!;
    expect(pss).toEqual({
      rule: 'run-as-non-root',
      severity: 'medium',
      message: 'container "b" sets securityContext.runAsNonRoot to false; allowed: true',
      file: rel('rules', 'run-as-non-root', 'fail.yaml'),
      line: 22,
      column: 7,
      endLine: 22,
      endColumn: 26,
      resource: { kind: 'Pod', name: 'explicit', namespace: null },
      container: 'b',
      pss: { level: 'restricted', control: 'runAsNonRoot' },
      // No numeric non-root runAsUser: the image may run as root, so the fix is only suggested.
      fixable: false,
      suggestion: true,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      docs: 'https://github.com/podarmor/podarmor/blob/main/docs/rules/run-as-non-root.md',
    });
    const hardening = report.findings.find((f) => f.rule === 'read-only-root-filesystem')!;
    expect('pss' in hardening).toBe(false);
    const unset = report.findings.find((f) => f.rule === 'run-as-non-root' && f.line === 7)!;
    expect(unset).toMatchObject({ fixable: false, suggestion: true, container: null });
  });

  it('writes SARIF 2.1.0 that code scanning accepts', async () => {
    const { out } = await run(['scan', PRIVILEGED, '--format', 'sarif']);
    const log = JSON.parse(out) as Log;
    expect(log.version).toBe('2.1.0');
    const runObj = log.runs[0]!;
    expect(runObj.tool.driver.name).toBe('podarmor');
    const ruleIds = runObj.tool.driver.rules!.map((r) => r.id);
    for (const r of runObj.tool.driver.rules!) {
      expect(r.shortDescription?.text).toBeTruthy();
      expect(r.fullDescription?.text).toBeTruthy();
      expect(r.help?.text).toBeTruthy();
      expect(r.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
    }
    for (const result of runObj.results!) {
      expect(ruleIds[result.ruleIndex!]).toBe(result.ruleId);
      const loc = result.locations![0]!.physicalLocation!;
      expect(loc.artifactLocation!.uri).not.toMatch(/^\/|\\/);
      expect(loc.region!.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints!['podarmor/v1']).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(runObj.results!.some((r) => r.ruleId === 'privileged' && r.level === 'error')).toBe(true);
  });

  it('lists the rules', async () => {
    const { out, code } = await run(['rules']);
    expect(code).toBe(0);
    expect(out).toMatch(/^run-as-non-root\s+medium\s+restricted\/runAsNonRoot/m);
  });
});

describe('the installed command', () => {
  it('runs from bin.ts with exit codes', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.ts'), 'scan', PRIVILEGED, '--only', 'privileged', '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings).toHaveLength(3);
  });
});

describe('fix', () => {
  it('prints a unified diff, new NetworkPolicy files included, and judges the exit code on what is left', async () => {
    const { code, out, err } = await run(['fix', rel('fix', 'network-policy', 'input.yaml'), '--only', 'network-policy-missing']);
    expect(code).toBe(0);
    expect(out).toContain(`diff --git a/${rel('fix', 'network-policy', 'podarmor-networkpolicies.yaml')}`);
    expect(out).toContain('new file mode 100644\n--- /dev/null\n');
    expect(out).toContain('+  name: frontend-podarmor\n');
    expect(err).toMatch(/Would fix 2 findings in 1 file \(1 new NetworkPolicy file\)/);
    const left = await run(['fix', PRIVILEGED, '--only', 'privileged,allow-privilege-escalation']);
    expect(left.code).toBe(1); // privileged is a suggestion: it stays
    expect(left.out).not.toContain('privileged: false');
  });

  it('writes the fixes with --write', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, rmSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-'));
    try {
      const input = readFileSync(join(FIXTURES, 'fix', 'network-policy', 'input.yaml'), 'utf8');
      writeFileSync(join(dir, 'app.yaml'), input);
      const { code } = await run(['fix', dir, '--write', '--profile', 'restricted', '--fail-on', 'none']);
      expect(code).toBe(0);
      expect(readdirSync(dir)).toEqual(['app.yaml']);
      const after = readFileSync(join(dir, 'app.yaml'), 'utf8');
      expect(after).not.toBe(input);
      const report = JSON.parse((await run(['scan', dir, '--profile', 'restricted', '--format', 'json'])).out) as JsonReport;
      expect(report.findings.filter((f) => f.fixable)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a byte order mark and CRLF line endings with --write', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-'));
    try {
      const file = join(dir, 'pod.yaml');
      writeFileSync(file, '\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  containers:\r\n  - name: a\r\n    image: a:1\r\n');
      await run(['fix', file, '--write', '--only', 'allow-privilege-escalation']);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('allowPrivilegeEscalation: false\r\n');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads stdin and writes the fixed manifest to stdout with --write', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 1000}\n  containers:\n  - name: a\n';
    const { out } = await run(['fix', '-', '--write', '--only', 'run-as-non-root'], text);
    expect(out).toBe('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 1000, runAsNonRoot: true}\n  containers:\n  - name: a\n');
  });

  it('fix - writes no file: the NetworkPolicies are extra documents on stdout', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: a\n';
      for (const args of [['fix', '-', '--write'], ['fix', '-']]) {
        const { out } = await run(args, text);
        expect(readdirSync(dir)).toEqual([]);
        expect(out).toContain('kind: NetworkPolicy');
      }
      const { out } = await run(['fix', '-', '--write', '--only', 'network-policy-missing'], text);
      expect(out.startsWith(text)).toBe(true);
      expect(out.slice(text.length)).toMatch(/^---\n# Deployment web: ingress and egress/);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
