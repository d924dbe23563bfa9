// `podarmor review --base <ref>` on a real git repository: the review the Action would post for the
// local change, from the same planner.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.ts';
import { splitDiff } from '../src/cli/git-change.ts';
import { applySuggestion } from './helpers/apply-suggestion.ts';
import { scan } from '../src/core/scan.ts';
import { FIXTURES } from './helpers/paths.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'github', name), 'utf8');

const run = (args: string[]) => runCli(args);

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  // main has the db Deployment with an older image and the NetworkPolicy; the branch changes the
  // image line, adds web.yaml (untracked: not yet added) and a README.
  repo = mkdtempSync(join(tmpdir(), 'podarmor-review-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'dev');
  mkdirSync(join(repo, 'deploy/shop'), { recursive: true });
  const db = fixture('db-modified.yaml');
  writeFileSync(join(repo, 'deploy/shop/db.yaml'), db.replace('postgres:17.2', 'postgres:16.4'));
  writeFileSync(join(repo, 'deploy/shop/policy.yaml'), fixture('policy-unchanged.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  writeFileSync(join(repo, 'deploy/shop/db.yaml'), db);
  writeFileSync(join(repo, 'deploy/shop/web.yaml'), fixture('deploy-new.yaml'));
  writeFileSync(join(repo, 'README.md'), '# shop\n');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('podarmor review --base', () => {
  it('prints the comments the Action would post, only on changed lines, with suggestions that apply', async () => {
    const { code, out } = await run(['review', '--base', 'main', repo, '--format', 'json']);
    expect(code).toBe(1);
    const review = JSON.parse(out) as { comments: { path: string; line: number; startLine?: number; rules: string[]; fingerprints: string[]; suggestion: boolean; body: string }[]; body: string; findings: number };
    expect(new Set(review.comments.map((c) => c.path))).toEqual(new Set(['deploy/shop/db.yaml', 'deploy/shop/web.yaml']));
    // db.yaml changed only its image line (20): comments sit in the hunk around it (17-23).
    for (const c of review.comments.filter((x) => x.path === 'deploy/shop/db.yaml')) {
      expect(c.line).toBeGreaterThanOrEqual(17);
      expect(c.line).toBeLessThanOrEqual(23);
    }
    expect(review.body).toMatch(/<code>host-path-volumes<\/code>[^\n]*\n\n[^\n]*\n\n- `deploy\/shop\/db\.yaml` 1 finding, line 27 · outside the diff/);
    // The NetworkPolicy beside db.yaml is read as context: no false "no NetworkPolicy" finding.
    expect(review.body).not.toContain('network-policy-missing');
    const web = review.comments.filter((c) => c.path === 'deploy/shop/web.yaml');
    expect(web.some((c) => c.rules.includes('privileged') && c.suggestion)).toBe(true);

    // Each suggestion, applied to the working-tree file, removes the findings it fixes.
    for (const c of review.comments.filter((x) => x.suggestion)) {
      const text = readFileSync(join(repo, c.path), 'utf8');
      const content = /```+suggestion\n([\s\S]*?)\n?```+/.exec(c.body)![1]!;
      const applied = applySuggestion(text, { startLine: c.startLine ?? c.line, endLine: c.line, content, deletes: content === '' });
      const options = { profile: 'hardened' as const, kubernetesVersion: '1.35' };
      const before = scan([{ path: c.path, text }], options).findings.filter((f) => c.fingerprints.includes(f.fingerprint) && f.fix);
      const after = new Set(scan([{ path: c.path, text: applied }], options).findings.map((f) => f.fingerprint));
      expect(before.length).toBeGreaterThan(0);
      for (const f of before) expect(after.has(f.fingerprint), `${c.path}:${c.line} ${f.rule}`).toBe(false);
    }
  });

  it('prints readable text: places, bodies without hidden markers, the summary', async () => {
    const { code, out } = await run(['review', '--base', 'main', repo, '--max-comments', '2']);
    expect(code).toBe(1);
    expect(out).toContain('podarmor review of 2 changed manifests against main (merge base');
    expect(out.match(/^── deploy\/shop\/[a-z]+\.yaml:[\d-]+ ──$/gm)).toHaveLength(2);
    expect(out).toContain('── Review summary ──');
    expect(out).toContain('beyond max-comments (2)');
    expect(out).not.toContain('<!--');
  });

  it('reads .github/podarmor.yml like the Action, and says which key is wrong', async () => {
    mkdirSync(join(repo, '.github'), { recursive: true });
    writeFileSync(join(repo, '.github/podarmor.yml'), 'profile: baseline\n');
    const baseline = await run(['review', '--base', 'main', repo, '--format', 'json']);
    expect(JSON.parse(baseline.out).comments.flatMap((c: { rules: string[] }) => c.rules)).not.toContain('allow-privilege-escalation');
    writeFileSync(join(repo, '.github/podarmor.yml'), 'profile: strict\n');
    const bad = await run(['review', '--base', 'main', repo]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('.github/podarmor.yml: profile: must be one of baseline, restricted, hardened, not "strict"');
    rmSync(join(repo, '.github'), { recursive: true });
  });

  it.each([
    [['review', '--base', 'no-such-branch'], '--base no-such-branch is not a commit in this repository'],
    [['review'], 'review needs --base <git-ref>'],
    [['review', '--base', 'main', '--format', 'sarif'], '--format of review must be text or json'],
  ])('refuses %j with a usage error', async (args, message) => {
    const { code, err } = await run([...args, repo]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('says so outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-nogit-'));
    const { code, err } = await run(['review', '--base', 'main', dir]);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(err).toContain('is not inside a git repository');
  });
});

describe('splitDiff', () => {
  it('splits git diff output into per-file patches as GitHub shows them', () => {
    const diff = [
      'diff --git a/a.yaml b/a.yaml',
      'index 1..2 100644',
      '--- a/a.yaml',
      '+++ b/a.yaml',
      '@@ -1,2 +1,2 @@',
      ' x: 1',
      '-y: 1',
      '+y: 2',
      'diff --git a/gone.yaml b/gone.yaml',
      'deleted file mode 100644',
      '--- a/gone.yaml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-z: 1',
      'diff --git "a/sp ace\\t.yaml" "b/sp ace\\t.yaml"',
      '--- "a/sp ace\\t.yaml"',
      '+++ "b/sp ace\\t.yaml"',
      '@@ -0,0 +1 @@',
      '+k: v',
      '',
    ].join('\n');
    expect([...splitDiff(diff)]).toEqual([
      ['a.yaml', '@@ -1,2 +1,2 @@\n x: 1\n-y: 1\n+y: 2'],
      ['sp ace\t.yaml', '@@ -0,0 +1 @@\n+k: v'],
    ]);
  });
});
