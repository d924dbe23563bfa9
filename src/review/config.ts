// The review's settings: the Action's inputs and the keys of a repository config file
// (.github/podarmor.yml) are the same names with the same meaning. Invalid values are reported
// key by key, never silently replaced by a default.
import { parse } from 'yaml';
import { isFailOn, type FailOn } from '../core/fail-on.ts';
import { PROFILES, type Profile } from '../core/types.ts';
import { DEFAULT_KUBERNETES_VERSION, parseVersion } from '../core/versions.ts';
import { RULE_IDS } from '../core/rules/registry.ts';

export type FixMode = 'none' | 'commit' | 'pull-request';

export interface ReviewConfig {
  profile: Profile;
  kubernetesVersion: string;
  /** Globs of files to review. */
  paths: string[];
  suggestions: boolean;
  fix: FixMode;
  failOn: FailOn;
  maxComments: number;
  /** Where to write a SARIF file ('' for none). */
  sarifFile: string;
  /** Rules to run (all when empty). */
  only: string[];
}

export const DEFAULT_CONFIG: ReviewConfig = {
  profile: 'hardened',
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  paths: ['**/*.yaml', '**/*.yml', '**/*.json'],
  suggestions: true,
  fix: 'none',
  failOn: 'high',
  maxComments: 30,
  sarifFile: '',
  only: [],
};

/** Config keys as users write them (kebab-case, like the Action's inputs). */
export const CONFIG_KEYS = ['profile', 'kubernetes-version', 'paths', 'suggestions', 'fix', 'fail-on', 'max-comments', 'sarif-file', 'only'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];
/** Keys only the GitHub App reads from .github/podarmor.yml (not Action inputs): `onboarding: false`
 * stops the App's onboarding pull request (src/app/onboarding.ts). */
export const APP_CONFIG_KEYS = ['onboarding'] as const;

export interface ConfigProblem {
  key: string;
  message: string;
}

type Raw = Record<string, unknown>;

function list(value: unknown): string[] | undefined {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(/[\n,]/).map((v) => v.trim()).filter(Boolean);
  return undefined;
}

function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return undefined;
}

/** Reads settings from raw key/values (a parsed config file, or the Action's inputs). Values that
 * are absent or empty strings are not set. */
export function readSettings(raw: Raw, source: string): { settings: Partial<ReviewConfig>; problems: ConfigProblem[] } {
  const settings: Partial<ReviewConfig> = {};
  const problems: ConfigProblem[] = [];
  const bad = (key: string, message: string) => problems.push({ key, message: `${source}: ${key}: ${message}` });
  for (const key of Object.keys(raw)) {
    if (![...CONFIG_KEYS, ...APP_CONFIG_KEYS].includes(key as ConfigKey)) bad(key, `unknown key (known keys: ${[...CONFIG_KEYS, ...APP_CONFIG_KEYS].join(', ')})`);
  }
  if (raw.onboarding !== undefined && typeof raw.onboarding !== 'boolean') bad('onboarding', `must be true or false, not ${JSON.stringify(raw.onboarding)}`);
  const get = (key: ConfigKey) => {
    const v = raw[key];
    return v === undefined || v === null || v === '' ? undefined : v;
  };
  const profile = get('profile');
  if (profile !== undefined) {
    if (typeof profile === 'string' && (PROFILES as readonly string[]).includes(profile)) settings.profile = profile as Profile;
    else bad('profile', `must be one of ${PROFILES.join(', ')}, not ${JSON.stringify(profile)}`);
  }
  const version = get('kubernetes-version');
  if (version !== undefined) {
    const text = String(version);
    // A YAML number such as 1.30 reads as 1.3: ask for a string then.
    if (typeof version === 'number') bad('kubernetes-version', `write the version as a string ("${text}" would be read as ${text}); quote it`);
    else if (parseVersion(text) === undefined) bad('kubernetes-version', `must be a version such as "1.34", not ${JSON.stringify(version)}`);
    else settings.kubernetesVersion = text.replace(/^v/, '');
  }
  const paths = get('paths');
  if (paths !== undefined) {
    const l = list(paths);
    if (l && l.length) settings.paths = l;
    else bad('paths', 'must be a list of globs (or a comma- or newline-separated string)');
  }
  const suggestions = get('suggestions');
  if (suggestions !== undefined) {
    const b = bool(suggestions);
    if (b === undefined) bad('suggestions', `must be true or false, not ${JSON.stringify(suggestions)}`);
    else settings.suggestions = b;
  }
  const fix = get('fix');
  if (fix !== undefined) {
    if (fix === 'none' || fix === 'commit' || fix === 'pull-request') settings.fix = fix;
    else bad('fix', `must be none, commit or pull-request, not ${JSON.stringify(fix)}`);
  }
  const failOn = get('fail-on');
  if (failOn !== undefined) {
    if (typeof failOn === 'string' && isFailOn(failOn)) settings.failOn = failOn;
    else bad('fail-on', `must be one of critical, high, medium, low, none, not ${JSON.stringify(failOn)}`);
  }
  const maxComments = get('max-comments');
  if (maxComments !== undefined) {
    const n = Number(maxComments);
    if (Number.isInteger(n) && n >= 0 && n <= 1000) settings.maxComments = n;
    else bad('max-comments', `must be a whole number from 0 to 1000, not ${JSON.stringify(maxComments)}`);
  }
  const sarif = get('sarif-file');
  if (sarif !== undefined) {
    if (typeof sarif === 'string') settings.sarifFile = sarif;
    else bad('sarif-file', 'must be a path');
  }
  const only = get('only');
  if (only !== undefined) {
    const l = list(only);
    const unknown = (l ?? []).filter((r) => !RULE_IDS.has(r));
    if (!l) bad('only', 'must be a list of rule ids');
    else if (unknown.length) bad('only', `unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    else settings.only = l;
  }
  return { settings, problems };
}

type ReadSettings = ReturnType<typeof readSettings>;

/** A config file's parsed content: empty is no settings, anything but a map is a problem. */
export function readSettingsFile(raw: unknown, path: string): ReadSettings {
  if (raw === null || raw === undefined) return { settings: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, problems: [{ key: 'config', message: `${path} must be a map of settings` }] };
  return readSettings(raw as Raw, path);
}

/** A config file's text, parsed (YAML) and read. */
export function parseSettingsFile(text: string, path: string): ReadSettings {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { settings: {}, problems: [{ key: 'config', message: `${path} is not valid YAML: ${(err as Error).message.split('\n')[0]}` }] };
  }
  return readSettingsFile(raw, path);
}

/** Defaults, then the config file, then explicitly set inputs: later wins. */
export function mergeSettings(...layers: Partial<ReviewConfig>[]): ReviewConfig {
  return Object.assign({}, DEFAULT_CONFIG, ...layers) as ReviewConfig;
}
