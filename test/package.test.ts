// The npm package as a user gets it: `npm pack`, installed from the tarball into an empty folder,
// then `npx podarmor scan` on real manifests, with the machine's own Node (not the project's
// Node 24 from node_modules/.bin), so the `engines` floor is what actually runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundles } from '../scripts/bundles.ts';
import { ROOT } from './helpers/paths.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;

/** The environment of a user's shell: no project `node_modules/.bin` on PATH (npm scripts add it). */
const userEnv = { ...process.env, PATH: (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter), npm_config_update_notifier: 'false' };

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: userEnv, encoding: 'utf8', timeout: 240_000 });
}

interface PackResult { filename: string; unpackedSize: number; files: { path: string }[] }

describe('the npm package', () => {
  let work: string;
  let packed: PackResult;
  let installed: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'podarmor-pack-'));
    // A copy of the package's sources with a freshly bundled CLI (dist/cli.js, dist/cli-main.js): the committed dist/ may be
    // stale on a branch, and the test must not write into the repository.
    const staging = join(work, 'package');
    for (const entry of ['package.json', 'README.md', 'CHANGELOG.md', 'rules', 'docs', 'test/fixtures/rules']) cpSync(join(ROOT, entry), join(staging, entry), { recursive: true });
    mkdirSync(join(staging, 'dist'));
    const built = await bundles(ROOT);
    for (const file of ['dist/cli.js', 'dist/cli-main.js']) writeFileSync(join(staging, file), built.get(file)!, { mode: 0o755 });
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], staging);
    expect(pack.status, pack.stderr).toBe(0);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
    installed = join(work, 'user');
    mkdirSync(installed);
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)], installed);
    expect(install.status, install.stderr).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is publishable and says where it comes from', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs.url).toMatch(/\/issues$/);
    expect(manifest.bin.podarmor).toBe('dist/cli.js');
    expect(manifest.engines.node).toBe('>=20.18.1');
  });

  it('ships the CLI bundle, the rules and their docs, and nothing else (no tests, no fixtures, no sources)', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('dist/cli-main.js');
    expect(paths).toContain('rules/rule.schema.json');
    expect(paths).toContain('docs/rules/run-as-non-root.md');
    expect(paths).toContain('CHANGELOG.md');
    const allowed = /^(dist\/cli(-main)?\.js|rules\/[\w.-]+\.(yaml|json)|docs\/rules\/[\w-]+\.md|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]); // test/fixtures/rules was in the staging copy
    expect(packed.unpackedSize).toBeLessThan(3 * 1024 * 1024);
  });

  it('runs `npx podarmor scan` from the installed tarball with the machine\'s Node', () => {
    const node = run('node', ['--version'], installed).stdout.trim();
    const major = Number(/^v(\d+)/.exec(node)![1]);
    expect(major).toBeGreaterThanOrEqual(20);
    const version = run('npx', ['--no-install', 'podarmor', '--version'], installed);
    expect(version.stdout.trim(), version.stderr).toContain(manifest.version);

    const clean = run('npx', ['--no-install', 'podarmor', 'scan', join(ROOT, 'deploy')], installed);
    expect({ status: clean.status, stderr: clean.stderr }).toEqual({ status: 0, stderr: '' });
    expect(clean.stdout).toContain('No findings');

    // The AppArmor example from the Kubernetes documentation: real findings, exit 1.
    const findings = run('npx', ['--no-install', 'podarmor', 'scan', '--no-color', join(ROOT, 'examples/hello-apparmor.yaml')], installed);
    expect(findings.status, findings.stderr).toBe(1);
    expect(findings.stdout).toContain('deprecated-apparmor-annotation');
    expect(findings.stdout).toMatch(/\d+ findings \(/);
    console.log(`npx podarmor on Node ${node}: ${packed.files.length} files, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
  });
});
