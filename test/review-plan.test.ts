// The pure review planning (src/review): the review body's size on a large pull request, the
// identity of earlier comments, and the diff a pull request shows after podarmor's own commit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structuredPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/core/scan.ts';
import { parsePatch } from '../src/review/patch.ts';
import { planReview } from '../src/review/plan.ts';
import { reconcile } from '../src/review/reconcile.ts';
import { hunksAfterCommit } from '../src/review/rediff.ts';
import { reviewLinks } from '../src/review/links.ts';
import { FIXTURES, ROOT } from './helpers/paths.ts';
import { PACKAGE_REPOSITORY } from '../src/version.ts';

const SCAN = { profile: 'hardened' as const, kubernetesVersion: '1.35' };

function pods(count: number): string {
  return Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: c:1\n    securityContext:\n      privileged: true\n`).join('---\n');
}

describe('the review body', () => {
  it('stays under 20,000 characters for 250 findings, grouped by rule and file, every finding counted and linked', () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ path: `deploy/team-${i}/pods.yaml`, text: pods(10) }));
    const session = scan(files, SCAN);
    const findings = session.findings.slice(0, 250);
    expect(findings).toHaveLength(250);
    const links = reviewLinks({ repository: 'Codertocat/Hello-World', headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' });
    const plan = planReview({ session, findings, hunks: new Map(), suggestions: true, maxComments: 30, fixOptions: SCAN, links });
    expect(plan.body.length).toBeLessThan(20_000);
    const counted = [...plan.body.matchAll(/: (\d+) findings? in (\d+) files?<\/summary>/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(counted).toBe(250);
    expect(plan.body.match(/<details>/g)!.length).toBe(new Set(findings.map((f) => f.rule)).size);
    // Each finding's line is there, linked when the body has room, and each rule links its docs.
    for (const rule of new Set(findings.map((f) => f.rule))) expect(plan.body).toContain(`/docs/rules/${rule}.md`);
    const lines = [...plan.body.matchAll(/^- `([^`]+)` (\d+) findings?, lines? (.*) · /gm)];
    expect(lines.reduce((n, m) => n + Number(m[2]), 0)).toBe(250);
  });
});

describe('earlier comments', () => {
  const text = readFileSync(join(FIXTURES, 'github', 'deploy-new.yaml'), 'utf8');
  const session = scan([{ path: 'p.yaml', text }], SCAN);
  const lines = text.split('\n').length - 1;
  const hunks = new Map([['p.yaml', [{ start: 1, end: lines, added: new Set(Array.from({ length: lines }, (_, i) => i + 1)) }]]]);
  const plan = planReview({ session, findings: session.findings, hunks, suggestions: true, maxComments: 30, fixOptions: SCAN });
  const ranged = plan.comments.find((c) => c.startLine !== undefined)!;
  const earlier = (over: Partial<{ start_line: number | null; user: { login: string } }>) => [{ id: 1, path: ranged.path, line: ranged.line, start_line: ranged.startLine ?? null, body: ranged.body, user: { login: 'github-actions[bot]' }, ...over }];

  it('match only on the same file, lines and range', () => {
    expect(reconcile(plan, earlier({}), 'github-actions[bot]').toPost).not.toContain(ranged);
    const moved = reconcile(plan, earlier({ start_line: ranged.startLine! - 1 }), 'github-actions[bot]');
    expect(moved.toPost).toContain(ranged);
    expect(moved.stale.map((c) => c.id)).toEqual([1]);
    expect(moved.toUpdate).toEqual([]);
  });

  it('count only when the token\'s own identity wrote them', () => {
    const forged = reconcile(plan, earlier({ user: { login: 'mallory' } }), 'github-actions[bot]');
    expect(forged.toPost).toContain(ranged);
    expect(forged.stale).toEqual([]);
    expect(forged.forged).toBe(1);
  });
});

describe('the diff after podarmor\'s commit', () => {
  it('claims no line that git would not show', () => {
    const base = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const head = base.replace('line 10\n', 'line 10 changed\n').replace('line 40\n', 'line 40 changed\n');
    const after = head.replace('line 25\n', 'line 25\nline 25b\n').replace('line 55\n', '');
    const hunksOf = (from: string, to: string) => parsePatch(structuredPatch('a', 'b', from, to, '', '', { context: 3 }).hunks.map((h) => `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@\n${h.lines.join('\n')}`).join('\n'));
    const predicted = hunksAfterCommit(head, after, hunksOf(base, head));
    const actual = hunksOf(base, after);
    for (const h of predicted) for (let l = h.start; l <= h.end; l++) expect(actual.some((a) => a.start <= l && l <= a.end), `line ${l}`).toBe(true);
    // Every changed line of the pull request is still commentable.
    for (const a of actual) for (const l of a.added) expect(predicted.some((h) => h.start <= l && l <= h.end), `added line ${l}`).toBe(true);
  });
});

describe('rule doc links', () => {
  it('point to the repository and ref the Action runs from', () => {
    expect(reviewLinks({ actionRepository: 'acme/podarmor', actionRef: 'v2.1.0', packageRepository: 'other/podarmor' }).docs('privileged')).toBe('https://github.com/acme/podarmor/blob/v2.1.0/docs/rules/privileged.md');
  });

  it('else to package.json\'s repository, which src/version.ts follows', () => {
    expect(reviewLinks({ packageRepository: 'acme/podarmor' }).docs('privileged')).toBe('https://github.com/acme/podarmor/blob/main/docs/rules/privileged.md');
    const repository = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository?: string | { url?: string } }).repository;
    const url = typeof repository === 'string' ? repository : repository?.url;
    const ownerName = url ? /github\.com[/:]([^/]+\/[^/.]+?)(?:\.git)?$/.exec(url.replace(/^github:/, 'github.com/'))?.[1] ?? url.replace(/^github:/, '') : undefined;
    expect(PACKAGE_REPOSITORY).toBe(ownerName);
  });
});
