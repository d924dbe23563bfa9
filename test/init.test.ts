// `podarmor init`: the workflow and the commented settings file it writes, and that it never
// overwrites a file without --force.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_PATH, WORKFLOW_PATH } from '../src/cli/init-command.ts';
import { main } from '../src/cli/main.ts';
import type { Io } from '../src/cli/options.ts';
import { CONFIG_KEYS, DEFAULT_CONFIG, parseSettingsFile } from '../src/review/config.ts';
import { VERSION } from '../src/version.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdin: async () => new Uint8Array(), color: false };
  return { code: await main(args, io), out, err };
}

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'podarmor-init-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(repo, path), 'utf8');

/** The settings file with every commented-out setting switched on. */
function uncommented(text: string): string {
  return text
    .split('\n')
    .filter((line) => /^# ([a-z-]+:|  - |  [a-z-]+:|    [a-zA-Z]+:)/.test(line))
    .map((line) => line.slice(2))
    .join('\n');
}

describe('podarmor init', () => {
  it('writes a least-privilege workflow that pins the Action and cancels superseded runs', async () => {
    const { code, out } = await run(['init', repo]);
    expect(code).toBe(0);
    expect(out).toContain(`wrote ${join(repo, WORKFLOW_PATH)}`);
    expect(out).toContain(`wrote ${join(repo, CONFIG_PATH)}`);
    expect(out).toMatch(/Next steps:\n  1\. .*\n  2\. .*git add \.github.*\n  3\. Open a pull request/);

    const workflow = parse(read(WORKFLOW_PATH));
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'merge_group']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.review.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'podarmor-${{ github.event.pull_request.number || github.ref }}', 'cancel-in-progress': true });
    expect(workflow.jobs.review.steps).toEqual([{ uses: `podarmor/podarmor@v${VERSION}` }]);
    expect(workflow.jobs.review.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/checkout'))).toBe(false);
  });

  it.each([
    ['a commit sha, with the release as a comment', '0123456789abcdef0123456789abcdef01234567', `podarmor/podarmor@0123456789abcdef0123456789abcdef01234567 # v${VERSION}`],
    ['a tag', 'v1', 'podarmor/podarmor@v1'],
  ])('pins the Action to %s with --action-ref', async (_, ref, line) => {
    expect((await run(['init', repo, '--action-ref', ref])).code).toBe(0);
    expect(read(WORKFLOW_PATH)).toContain(`      - uses: ${line}\n`);
  });

  it('refuses an --action-ref that would break the YAML', async () => {
    const { code, err } = await run(['init', repo, '--action-ref', 'v1\n  evil: true']);
    expect(code).toBe(2);
    expect(err).toContain('--action-ref');
    expect(existsSync(join(repo, WORKFLOW_PATH))).toBe(false);
  });

  it('writes a settings file that changes nothing as written, and whose every commented key is valid', async () => {
    await run(['init', repo]);
    const text = read(CONFIG_PATH);
    expect(parse(text)).toBeNull(); // comments only: the defaults apply
    const enabled = uncommented(text);
    const raw = parse(enabled) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual([...CONFIG_KEYS].sort());
    const { settings, problems } = parseSettingsFile(enabled, CONFIG_PATH);
    expect(problems).toEqual([]);
    // The commented values are the defaults (`only`, `rules` and `sarif-file` are examples: their default is none).
    const { only: _only, sarifFile: _sarif, ruleOptions: _rules, ...defaults } = DEFAULT_CONFIG;
    expect(settings).toMatchObject(defaults);
  });

  it('never overwrites a file without --force, and says so', async () => {
    mkdirSync(join(repo, '.github'), { recursive: true });
    writeFileSync(join(repo, CONFIG_PATH), 'profile: restricted\n');
    const first = await run(['init', repo]);
    expect(first.code).toBe(1);
    expect(first.out).toContain(`wrote ${join(repo, WORKFLOW_PATH)}`);
    expect(first.out).toContain(`left ${join(repo, CONFIG_PATH)} alone: it exists (--force overwrites it)`);
    expect(read(CONFIG_PATH)).toBe('profile: restricted\n');

    writeFileSync(join(repo, WORKFLOW_PATH), 'name: mine\n');
    const again = await run(['init', repo]);
    expect(again.code).toBe(1);
    expect(read(WORKFLOW_PATH)).toBe('name: mine\n');

    const forced = await run(['init', repo, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`overwrote ${join(repo, CONFIG_PATH)}`);
    expect(read(CONFIG_PATH)).toContain('# profile: hardened');
    expect(read(WORKFLOW_PATH)).toContain('uses: podarmor/podarmor@');
  });

  it('is a usage error for a folder that does not exist or for two folders', async () => {
    expect((await run(['init', join(repo, 'missing')])).code).toBe(2);
    expect((await run(['init', repo, repo])).code).toBe(2);
  });
});
