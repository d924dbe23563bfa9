// Files generated from rules/*.yaml are committed; this fails when one is stale (run npm run generate).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionTables, renderActionYml, renderGenerated } from '../scripts/render-generated.ts';
import { ACTION_INPUT_SETTINGS, settingDescription } from '../src/review/config.ts';
import { ROOT } from './helpers/paths.ts';

it('rule catalog, rule docs, action.yml and the README tables are up to date', () => {
  const read = (p: string) => (existsSync(join(ROOT, p)) ? readFileSync(join(ROOT, p), 'utf8') : undefined);
  const outputs = renderGenerated(ROOT, read, (dir) => readdirSync(join(ROOT, dir)));
  expect(outputs.has('README.md')).toBe(true);
  const stale = [...outputs].filter(([path, content]) => read(path) !== content).map(([path]) => path);
  expect(stale, 'run npm run generate').toEqual([]);
});

describe('action.yml from the settings table', () => {
  const actionYml = (inputs: string[]) => `name: podarmor\ninputs:\n${inputs.map((k) => `  ${k}:\n    description: old text\n    required: false\n`).join('')}`;

  it('describes every setting input from the table, with its default, and leaves other inputs alone', () => {
    const text = renderActionYml(actionYml([...ACTION_INPUT_SETTINGS.map((s) => s.key), 'github-token']));
    const inputs = (parse(text) as { inputs: Record<string, { description: string; required: boolean }> }).inputs;
    for (const s of ACTION_INPUT_SETTINGS) expect(inputs[s.key]!.description).toBe(settingDescription(s));
    expect(inputs['fail-on']!.description).toBe('Fail the step when a finding reaches this severity: critical, high, medium, low or none. Default: high.');
    expect(inputs.only!.description).toMatch(/Default: all rules of the profile\.$/);
    expect(inputs['github-token']!.description).toBe('old text');
    expect(inputs.profile!.required).toBe(false);
  });

  it('fails when a setting has no input', () => {
    expect(() => renderActionYml(actionYml(['profile']))).toThrow(/action.yml has no input kubernetes-version/);
  });

  it('puts the generated descriptions into the README inputs table', () => {
    const table = actionTables(renderActionYml(actionYml(ACTION_INPUT_SETTINGS.map((s) => s.key))) + 'outputs: {}\n');
    expect(table).toContain('| `max-comments` | Most inline comments per review (at most 100, whatever is set); the rest go into the review\'s body. Default: 30. |');
  });
});
