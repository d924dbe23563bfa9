// The command line over sources: the totals line, not-reviewed files in every format,
// --fail-on-unreviewed, and `fix` editing only source lines it may edit.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { main } from '../src/cli/main.ts';
import type { Io } from '../src/cli/options.ts';
import { failOnUnreviewed } from '../src/cli/sources-scan.ts';
import type { JsonReport } from '../src/core/report/json.ts';
import { FIXTURES } from './helpers/paths.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: async () => new Uint8Array(), color: false };
  const code = await main(args, io);
  return { code, out, err };
}

const rel = (...parts: string[]) => relative(process.cwd(), join(FIXTURES, 'sources', 'kustomize', ...parts));
const SHOP = rel('shop');
const REMOTE = rel('remote');
const BROKEN = rel('broken');

describe('scan over sources', () => {
  it('ends the text output with the totals line', async () => {
    const { out } = await run(['scan', SHOP, BROKEN, '--only', 'privileged']);
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('Scanned 9 files; rendered 2 kustomize roots and 0 charts; 2 not reviewed.');
    expect(out).toContain(`not reviewed ${BROKEN}/overlays/qa/kustomization.yaml:1: kubectl kustomize ${BROKEN}/overlays/qa failed: accumulating resources`);
    expect(out).toContain(`${SHOP}/overlays/staging/kustomization.yaml\n  14:9    critical privileged  container "server" runs privileged (securityContext.privileged: true) (rendered by ${SHOP}/overlays/staging)`);
    expect(out).toContain('    > 14 |         value: true\n');
  });

  it('gives JSON findings from a render their source: the roots and whether the line may be edited', async () => {
    const report = JSON.parse((await run(['scan', SHOP, '--only', 'allow-privilege-escalation', '--format', 'json'])).out) as JsonReport;
    expect(report.findings.map((f) => [f.file, f.line, f.source])).toEqual([
      [`${SHOP}/base/deployment.yaml`, 21, { kind: 'kustomize', renderedBy: [`${SHOP}/overlays/staging`], editable: false, hint: expect.stringMatching(/^\S+overlays\/production renders this line differently/) }],
    ]);
  });

  it('lists every file not reviewed in JSON, with the reason', async () => {
    const report = JSON.parse((await run(['scan', REMOTE, '--format', 'json'])).out) as JsonReport;
    expect(report.notReviewed).toEqual([
      expect.objectContaining({ file: `${REMOTE}/overlays/dev/kustomization.yaml`, line: 4, reason: expect.stringContaining('remote resource https://github.com/') }),
      expect.objectContaining({ file: `${REMOTE}/overlays/dev/replicas.yaml`, reason: expect.stringContaining('not reviewed') }),
    ]);
    expect(report.totals).toEqual({ files: 0, roots: 0, charts: 0, notReviewed: 2 });
  });

  it('gives SARIF a toolExecutionNotification per file not reviewed', async () => {
    const log = JSON.parse((await run(['scan', REMOTE, '--format', 'sarif'])).out) as Log;
    const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notes.map((n) => n.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual([`${REMOTE}/overlays/dev/kustomization.yaml`, `${REMOTE}/overlays/dev/replicas.yaml`]);
    expect(notes[0]).toMatchObject({ level: 'warning', descriptor: { id: 'not-reviewed' }, message: { text: expect.stringMatching(/^not reviewed: kustomization .* uses the remote resource/) } });
    expect(notes[0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 4 });
  });

  it('fails on not-reviewed files only when asked', async () => {
    expect((await run(['scan', REMOTE])).code).toBe(0);
    expect((await run(['scan', REMOTE, '--fail-on-unreviewed'])).code).toBe(1);
    expect((await run(['scan', SHOP, '--only', 'privileged', '--fail-on', 'none', '--fail-on-unreviewed'])).code).toBe(0);
  });
});

describe('failOnUnreviewed config key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podarmor-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it.each([
    ['fail-on-unreviewed: true\n', undefined, true],
    ['fail-on-unreviewed: "false"\n', undefined, false],
    ['fail-on: high\n', undefined, false],
    ['fail-on-unreviewed: true\n', false, false],
  ])('%j with flag %s → %s', async (text, flag, expected) => {
    const file = join(dir, 'podarmor.yml');
    writeFileSync(file, text);
    expect(await failOnUnreviewed(flag, file)).toBe(expected);
  });
  it('rejects a value that is not true or false', async () => {
    const file = join(dir, 'podarmor.yml');
    writeFileSync(file, 'fail-on-unreviewed: sometimes\n');
    await expect(failOnUnreviewed(undefined, file)).rejects.toThrow(/fail-on-unreviewed: must be true or false, not "sometimes"/);
  });
  it('is off without a config file', async () => {
    expect(await failOnUnreviewed(undefined, join(dir, 'missing.yml'))).toBe(false);
  });
});

describe('fix over sources', () => {
  const work = mkdtempSync(join(tmpdir(), 'podarmor-fix-sources-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('edits a base only for what every overlay renders from it, never patches or rendered output', async () => {
    const shop = join(work, 'shop');
    mkdirSync(shop);
    cpSync(join(FIXTURES, 'sources', 'kustomize', 'shop'), shop, { recursive: true });
    const before = (file: string) => readFileSync(join(FIXTURES, 'sources', 'kustomize', 'shop', file), 'utf8');
    const target = relative(process.cwd(), shop);
    const { err } = await run(['fix', target, '--write', '--only', 'capabilities-restricted,run-as-non-root,allow-privilege-escalation,privileged']);
    // capabilities: both overlays render the base's container securityContext unchanged → fixed in the base.
    expect(readFileSync(join(shop, 'base', 'deployment.yaml'), 'utf8')).toBe(
      before('base/deployment.yaml').replace('            runAsUser: 10001\n', '            runAsUser: 10001\n            capabilities:\n              drop:\n                - ALL\n'),
    );
    // runAsNonRoot: production's component replaces the pod securityContext with a JSON6902 op.
    expect(err).toContain(`not auto-fixed: run-as-non-root at ${target}/base/deployment.yaml:15: the JSON6902 op at ${target}/components/seccomp/kustomization.yaml:9 replaces this block in the render: change it there`);
    // allowPrivilegeEscalation (staging renders the container privileged) and privileged are
    // suggestions, not safe fixes: they are not listed as fixes that could not be applied.
    expect(err).not.toContain('not auto-fixed: allow-privilege-escalation');
    expect(err).not.toContain('not auto-fixed: privileged');
    for (const file of ['overlays/staging/kustomization.yaml', 'overlays/staging/debug-patch.yaml', 'overlays/production/security-patch.yaml', 'overlays/production/kustomization.yaml']) {
      expect(readFileSync(join(shop, file), 'utf8'), file).toBe(before(file));
    }
    // What is left is judged on the renders again.
    const rescan = await run(['scan', target, '--only', 'capabilities-restricted', '--format', 'json']);
    expect((JSON.parse(rescan.out) as JsonReport).findings.filter((f) => f.file === `${target}/base/deployment.yaml`)).toEqual([]);
  });
});
