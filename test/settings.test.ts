// The settings table: one reader for the config file, the Action's inputs and the CLI flags.
import { describe, expect, it } from 'vitest';
import { ACTION_INPUT_SETTINGS, DEFAULT_CONFIG, readSettings, SETTINGS } from '../src/review/config.ts';
import { runCli } from './helpers/run-cli.ts';

describe('settings table', () => {
  it('reads back every default as the Action would receive it (a string)', () => {
    for (const s of ACTION_INPUT_SETTINGS) {
      const asInput = Array.isArray(s.default) ? s.default.join(',') : String(s.default);
      if (asInput === '') continue; // unset
      if (typeof s.default === 'object' && !Array.isArray(s.default)) continue; // nested (rule options): a config file's, never an input string
      expect(readSettings({ [s.key]: asInput }, 'input'), s.key).toEqual({ settings: { [s.field]: s.default }, problems: [] });
    }
  });

  it.each([
    ['profile', 'strict', 'input: profile: must be one of baseline, restricted, hardened, not "strict"'],
    ['kubernetes-version', 1.3, 'input: kubernetes-version: write the version as a string ("1.3" would be read as 1.3); quote it'],
    ['kubernetes-version', 'latest', 'input: kubernetes-version: must be a version such as "1.34", not "latest"'],
    ['paths', [], 'input: paths: must be a list of globs (or a comma- or newline-separated string)'],
    ['suggestions', 'yes', 'input: suggestions: must be true or false, not "yes"'],
    ['fix', 'push', 'input: fix: must be one of none, commit, pull-request, not "push"'],
    ['fail-on', 'any', 'input: fail-on: must be one of critical, high, medium, low, none, not "any"'],
    ['max-comments', '1001', 'input: max-comments: must be a whole number from 0 to 1000, not "1001"'],
    ['sarif-file', 3, 'input: sarif-file: must be a path'],
    ['only', 'privileged, nope', 'input: only: unknown rule: nope'],
    ['rules', { 'host-ports': { allowedHostPorts: 'x' } }, 'input: rules: host-ports.allowedHostPorts: must be array, not string "x"'],
    ['rules', ['host-ports'], 'input: rules: must be a map of rule ids to their options'],
    ['colour', 'red', `input: colour: unknown key (known keys: ${SETTINGS.map((s) => s.key).join(', ')})`],
  ])('%s: %j is refused', (key, value, message) => {
    expect(readSettings({ [key]: value }, 'input').problems.map((p) => p.message)).toEqual([message]);
  });

  it.each([
    [{ 'kubernetes-version': 'v1.34' }, { kubernetesVersion: '1.34' }],
    [{ paths: 'a/**/*.yaml\nb/*.yml, c.json' }, { paths: ['a/**/*.yaml', 'b/*.yml', 'c.json'] }],
    [{ suggestions: 'FALSE' }, { suggestions: false }],
    [{ only: ['privileged'], profile: '' }, { only: ['privileged'] }],
  ])('reads %j', (raw, settings) => {
    expect(readSettings(raw, 'input')).toEqual({ settings, problems: [] });
  });

  it('defaults come from the table', () => {
    expect(DEFAULT_CONFIG).toEqual(Object.fromEntries(SETTINGS.map((s) => [s.field, s.default])));
    expect(DEFAULT_CONFIG.failOn).toBe('high');
  });

  it('the CLI reads its shared flags with the same readers', async () => {
    for (const [args, message] of [
      [['scan', '--profile', 'strict'], '--profile must be one of baseline, restricted, hardened, not "strict"'],
      [['scan', '--max-comments', 'many'], '--max-comments must be a whole number from 0 to 1000, not "many"'],
      [['scan', '--only', 'nope'], '--only unknown rule: nope'],
    ] as const) {
      const { code, err } = await runCli([...args]);
      expect(code).toBe(2);
      expect(err).toContain(message);
    }
  });
});
