// The review's settings, in one table: the keys of a repository config file (.github/podarmor.yml),
// the Action's inputs of the same names and the CLI flags that share them. Each entry says what the
// setting means (action.yml's descriptions and the README's inputs table are generated from it), its
// default, and how a raw value is read. Invalid values are reported key by key, never silently
// replaced by a default.
import type { EgressMode } from '../core/fix/network-policies/generate.ts';
import { parse } from 'yaml';
import type { FailOn } from '../core/fail-on.ts';
import { RULE_IDS } from '../core/rules/registry.ts';
import { PROFILES, SEVERITIES, type Profile } from '../core/types.ts';
import { DEFAULT_KUBERNETES_VERSION, parseVersion } from '../core/versions.ts';
import { isPlainObject } from '../core/values.ts';
import { GATES, type Gate } from './gate.ts';
import { readRuleOptions, type RuleOptions } from '../core/rules/options.ts';

export const FIX_MODES = ['none', 'commit', 'pull-request'] as const;
export type FixMode = (typeof FIX_MODES)[number];

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
  /** What fail-on counts: findings new in the change, or all. */
  gate: Gate;
  /** Rule options (`rules:`, only in the config file). */
  ruleOptions: RuleOptions;
  /** Fail when something was found but not reviewed (a chart without helm, a remote base, a render error). */
  failOnUnreviewed: boolean;
  /** What generated NetworkPolicies allow outside the cluster. */
  egress: EgressMode;
}

/** A raw value read: the setting's value, or what is wrong with it. */
type Read<T> = { value: T } | { problem: string };
type Reader<T> = (raw: unknown) => Read<T>;

export interface Setting<F extends keyof ReviewConfig = keyof ReviewConfig> {
  /** As users write it: config file key, Action input and (with `cliFlag`) `--key`. */
  key: string;
  field: F;
  default: ReviewConfig[F];
  /** The default as the docs say it, when the value itself does not read well. */
  defaultText?: string;
  /** What the setting does, for action.yml and the README (the default is appended). */
  description: string;
  /** Also an input of the Action (a setting only the config file has, such as nested rule
   * options, is not). */
  actionInput: boolean;
  /** Also a flag of the podarmor command. */
  cliFlag: boolean;
  read: Reader<ReviewConfig[F]>;
}

const shown = (raw: unknown) => JSON.stringify(raw);

function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (raw) => (typeof raw === 'string' && (values as readonly string[]).includes(raw) ? { value: raw as T } : { problem: `must be one of ${values.join(', ')}, not ${shown(raw)}` });
}

function list(raw: unknown): string[] | undefined {
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) return raw.map((v) => v.trim()).filter(Boolean);
  if (typeof raw === 'string') return raw.split(/[\n,]/).map((v) => v.trim()).filter(Boolean);
  return undefined;
}

const kubernetesVersion: Reader<string> = (raw) => {
  const text = String(raw);
  // A YAML number such as 1.30 reads as 1.3: ask for a string then.
  if (typeof raw === 'number') return { problem: `write the version as a string ("${text}" would be read as ${text}); quote it` };
  if (parseVersion(text) === undefined) return { problem: `must be a version such as "1.34", not ${shown(raw)}` };
  return { value: text.replace(/^v/, '') };
};

const globs: Reader<string[]> = (raw) => {
  const l = list(raw);
  return l?.length ? { value: l } : { problem: 'must be a list of globs (or a comma- or newline-separated string)' };
};

const trueOrFalse: Reader<boolean> = (raw) => {
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw === 'string' && /^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toLowerCase() === 'true' };
  return { problem: `must be true or false, not ${shown(raw)}` };
};

const wholeNumber =
  (min: number, max: number): Reader<number> =>
  (raw) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? { value: n } : { problem: `must be a whole number from ${min} to ${max}, not ${shown(raw)}` };
  };

const path: Reader<string> = (raw) => (typeof raw === 'string' ? { value: raw } : { problem: 'must be a path' });

const ruleIds: Reader<string[]> = (raw) => {
  const l = list(raw);
  if (!l) return { problem: 'must be a list of rule ids' };
  const unknown = l.filter((r) => !RULE_IDS.has(r));
  return unknown.length ? { problem: `unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` } : { value: l };
};

const ruleOptions: Reader<RuleOptions> = (raw) => {
  const { options, problems } = readRuleOptions(raw);
  return problems.length ? { problem: problems.map((p) => p.message.replace(/^rules(?:\.|: )/, '')).join('; ') } : { value: options };
};

// Keeps each entry's field, default and reader of one type while the table holds them all.
const setting = <F extends keyof ReviewConfig>(s: Setting<F>) => s as unknown as Setting;

export const SETTINGS: readonly Setting[] = [
  setting({
    key: 'profile',
    field: 'profile',
    default: 'hardened',
    description: 'Rule set: baseline, restricted (the Pod Security Standards levels) or hardened (restricted plus hardening rules).',
    actionInput: true,
    cliFlag: true,
    read: oneOf(PROFILES),
  }),
  setting({
    key: 'kubernetes-version',
    field: 'kubernetesVersion',
    default: DEFAULT_KUBERNETES_VERSION,
    description: 'Target Kubernetes version (MAJOR.MINOR): picks the Pod Security Admission policy and the AppArmor/seccomp form.',
    actionInput: true,
    cliFlag: true,
    read: kubernetesVersion,
  }),
  setting({
    key: 'paths',
    field: 'paths',
    default: ['**/*.yaml', '**/*.yml', '**/*.json'],
    description: 'Globs of files to review, comma- or newline-separated.',
    actionInput: true,
    cliFlag: false,
    read: globs,
  }),
  setting({
    key: 'suggestions',
    field: 'suggestions',
    default: true,
    description: 'Attach GitHub suggested changes to comments (true/false).',
    actionInput: true,
    cliFlag: false,
    read: trueOrFalse,
  }),
  setting({
    key: 'fix',
    field: 'fix',
    default: 'none',
    description: "none, commit (push one commit with every safe fix and generated NetworkPolicies to the pull request's branch) or pull-request (open a pull request into it).",
    actionInput: true,
    cliFlag: false,
    read: oneOf(FIX_MODES),
  }),
  setting({
    key: 'fail-on',
    field: 'failOn',
    default: 'high',
    description: 'Fail the step when a finding reaches this severity: critical, high, medium, low or none.',
    actionInput: true,
    cliFlag: true,
    read: oneOf<FailOn>([...[...SEVERITIES].reverse(), 'none']),
  }),
  setting({
    key: 'max-comments',
    field: 'maxComments',
    default: 30,
    description: "Most inline comments per review (at most 100, whatever is set); the rest go into the review's body.",
    actionInput: true,
    cliFlag: true,
    read: wholeNumber(0, 1000),
  }),
  setting({
    key: 'sarif-file',
    field: 'sarifFile',
    default: '',
    defaultText: 'none',
    description: 'Write the findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).',
    actionInput: true,
    cliFlag: false,
    read: path,
  }),
  setting({
    key: 'only',
    field: 'only',
    default: [],
    defaultText: 'all rules of the profile',
    description: 'Run only these rules (ids, comma- or newline-separated).',
    actionInput: true,
    cliFlag: true,
    read: ruleIds,
  }),
  setting({
    key: 'egress',
    field: 'egress',
    default: 'internet',
    description: 'What NetworkPolicies generated by fix allow outside the cluster: internet (everything but the cloud metadata endpoints) or cluster-only.',
    actionInput: false,
    cliFlag: true,
    read: oneOf<EgressMode>(['internet', 'cluster-only']),
  }),
  setting({
    key: 'gate',
    field: 'gate',
    default: 'new',
    description: 'What fail-on counts: new (findings whose fingerprint is absent from the base version of their file) or all.',
    actionInput: true,
    cliFlag: true,
    read: oneOf(GATES),
  }),
  setting({
    key: 'rules',
    field: 'ruleOptions',
    default: {},
    defaultText: 'none',
    description: 'Rule options, by rule id: what a site allows (hostPorts, capabilities, read-only hostPaths, Localhost profiles); see docs/rules.',
    actionInput: false,
    cliFlag: false,
    read: ruleOptions,
  }),
  setting({
    key: 'fail-on-unreviewed',
    field: 'failOnUnreviewed',
    default: false,
    description: 'Fail when something was found but not reviewed: a chart without helm, a remote base, a kustomization that does not render (true/false).',
    // The CLI has it as a switch (--fail-on-unreviewed); the Action takes it once it honours it.
    actionInput: false,
    cliFlag: false,
    read: trueOrFalse,
  }),
];

export const DEFAULT_CONFIG: ReviewConfig = Object.fromEntries(SETTINGS.map((s) => [s.field, s.default])) as unknown as ReviewConfig;

/** Config keys as users write them (kebab-case, like the Action's inputs). */
export const CONFIG_KEYS: readonly string[] = SETTINGS.map((s) => s.key);

/** The settings the Action also takes as inputs of the same names. */
export const ACTION_INPUT_SETTINGS: readonly Setting[] = SETTINGS.filter((s) => s.actionInput);

/** A setting's description with its default, as action.yml and the README give it. */
export function settingDescription(s: Setting): string {
  const value = s.defaultText ?? (Array.isArray(s.default) ? s.default.join(', ') : String(s.default));
  return `${s.description} Default: ${value}.`;
}

export interface ConfigProblem {
  key: string;
  message: string;
}

/** Reads one setting's raw value (absent, null and '' are unset). */
export function readSetting(s: Setting, raw: unknown): Read<ReviewConfig[keyof ReviewConfig]> | undefined {
  return raw === undefined || raw === null || raw === '' ? undefined : s.read(raw);
}

/** Reads settings from raw key/values (a parsed config file, or the Action's inputs). */
export function readSettings(raw: Record<string, unknown>, source: string): { settings: Partial<ReviewConfig>; problems: ConfigProblem[] } {
  const settings: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  const bad = (key: string, message: string) => problems.push({ key, message: `${source}: ${key}: ${message}` });
  for (const key of Object.keys(raw)) {
    if (!CONFIG_KEYS.includes(key)) bad(key, `unknown key (known keys: ${CONFIG_KEYS.join(', ')})`);
  }
  for (const s of SETTINGS) {
    const read = readSetting(s, raw[s.key]);
    if (read && 'problem' in read) bad(s.key, read.problem);
    else if (read) settings[s.field] = read.value;
  }
  return { settings: settings as Partial<ReviewConfig>, problems };
}

type ReadSettings = ReturnType<typeof readSettings>;

/** A config file's parsed content: empty is no settings, anything but a map is a problem. */
export function readSettingsFile(raw: unknown, path: string): ReadSettings {
  if (raw === null || raw === undefined) return { settings: {}, problems: [] };
  if (!isPlainObject(raw)) return { settings: {}, problems: [{ key: 'config', message: `${path} must be a map of settings` }] };
  return readSettings(raw, path);
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
