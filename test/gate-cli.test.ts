// Gating outside GitHub: `review --base` counts only findings new since the merge base (gate: new),
// and `scan --write-baseline` / `--baseline` do the same with a file of fingerprints.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import type { Io } from '../src/cli/options.ts';
import { FIXTURES } from './helpers/paths.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'github', name), 'utf8');
const DB = fixture('db-modified.yaml');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: async () => new Uint8Array(), color: false };
  const code = await main(args, io);
  return { code, out, err };
}

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  // main has db.yaml with its old findings; the branch only changes its image.
  repo = mkdtempSync(join(tmpdir(), 'podarmor-gate-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'dev');
  mkdirSync(join(repo, 'deploy'), { recursive: true });
  writeFileSync(join(repo, 'deploy/db.yaml'), DB.replace('postgres:17.2', 'postgres:16.4'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  writeFileSync(join(repo, 'deploy/db.yaml'), DB);
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('review --base with a gate', () => {
  it('new (default): old findings are shown but do not fail', async () => {
    const { code, out } = await run(['review', repo, '--base', 'main', '--fail-on', 'low']);
    expect(code).toBe(0);
    expect(out).toMatch(/gate: new — 0 findings are new; \d+ findings were already on the merge base/);
  });

  it('new: a finding the change introduces fails', async () => {
    writeFileSync(join(repo, 'deploy/db.yaml'), DB.replace('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          privileged: true\n'));
    try {
      const { code, out } = await run(['review', repo, '--base', 'main', '--fail-on', 'low']);
      expect(code).toBe(1);
      expect(out).toMatch(/gate: new — 1 finding is new/);
    } finally {
      writeFileSync(join(repo, 'deploy/db.yaml'), DB);
    }
  });

  it('all: every finding counts', async () => {
    const { code } = await run(['review', repo, '--base', 'main', '--fail-on', 'low', '--gate', 'all']);
    expect(code).toBe(1);
  });

  it('refuses an unknown gate', async () => {
    const { code, err } = await run(['review', repo, '--base', 'main', '--gate', 'old']);
    expect(code).toBe(2);
    expect(err).toContain('--gate must be one of new, all');
  });
});

describe('scan --write-baseline and --baseline', () => {
  it('counts only findings absent from the baseline', async () => {
    const baseline = join(repo, 'baseline.json');
    const path = join(repo, 'deploy/db.yaml');
    const written = await run(['scan', path, '--write-baseline', baseline, '--fail-on', 'none']);
    expect(written.code).toBe(0);
    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(file['podarmor-baseline']).toBe(1);
    expect(file.fingerprints.length).toBeGreaterThan(0);

    const same = await run(['scan', path, '--baseline', baseline, '--fail-on', 'low']);
    expect(same.code).toBe(0);
    expect(same.err).toMatch(/\d+ findings in the baseline .* do not count toward --fail-on; 0 new/);
    expect(same.out).toMatch(/\d+:\d+ +(low|medium|high|critical) /); // still reported

    writeFileSync(path, DB.replace('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          privileged: true\n'));
    try {
      const worse = await run(['scan', path, '--baseline', baseline, '--fail-on', 'low']);
      expect(worse.code).toBe(1);
      expect(worse.err).toMatch(/; 1 new/);
    } finally {
      writeFileSync(path, DB);
    }
  });

  it('names a file that is not a baseline', async () => {
    const bad = join(repo, 'bad.json');
    writeFileSync(bad, '{"fingerprints": 3}');
    const { code, err } = await run(['scan', join(repo, 'deploy'), '--baseline', bad]);
    expect(code).toBe(2);
    expect(err).toContain(`${bad} is not a podarmor baseline`);
  });
});
