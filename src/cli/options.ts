// What every command shares: the I/O it may use (so tests can run it in memory), the command-line
// options and their checking.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.ts';
import type { FailOn } from '../core/fail-on.ts';
import type { ScanOptions } from '../core/types.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../core/versions.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../core/yaml/parse.ts';
import { scanOptionsOf } from '../review/change.ts';
import { mergeSettings, readSetting, SETTINGS, type ReviewConfig } from '../review/config.ts';
import { VERSION } from '../version.ts';
import { readAll } from './files.ts';
import { ruleOptionsFromFile } from './config-file.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
  color: boolean;
}

export function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: () => readAll(process.stdin),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

export const USAGE = `podarmor ${VERSION}: find insecure pod specs in Kubernetes YAML and harden them

Usage:
  podarmor scan [paths…]          report findings (files, folders, - for stdin; default .)
  podarmor fix [paths…]           print the safe fixes as a unified diff (--write applies them)
  podarmor review --base <ref>    print the pull request review podarmor would post for the git diff
  podarmor rules                  list the rules

Options:
  --profile baseline|restricted|hardened   rule set (default: hardened = restricted + hardening)
  --kubernetes-version X.Y                 target version: PSA policy and AppArmor/seccomp form (default: ${DEFAULT_KUBERNETES_VERSION})
  --only rule[,rule…]                      only these rules
  --config FILE                            rule options: the rules: key of a .github/podarmor.yml
  --format text|json|sarif                 output format of scan (default: text; review: text|json)
  --fail-on critical|high|medium|low|none  exit 1 when a finding reaches this severity (default: low)
  --fail-on-unreviewed                     exit 1 when a file was found but not reviewed (a remote base, a chart, a render error)
  --max-file-size MiB                      skip larger files with a message (default: ${DEFAULT_MAX_FILE_BYTES / 1048576})
  --write                                  fix: write the changes instead of printing a diff
  --egress internet|cluster-only           fix: generated NetworkPolicies allow the internet except metadata endpoints (default), or only the cluster
  --base REF                               review: the branch the change goes into (diffed from its merge base)
  --gate new|all                           review: --fail-on counts only findings new since the merge base (default: new), or all
  --write-baseline FILE                    scan: write the findings' fingerprints to FILE (JSON)
  --baseline FILE                          scan: --fail-on counts only findings absent from FILE
  --max-comments N                         review: inline comments before the rest go to the summary (default: 30)
  --no-color                               plain text output
  -h, --help                               this help
  -v, --version                            the version
`;

/** The settings the command line shares with the config file and the Action (read by one table). */
const CLI_SETTINGS = SETTINGS.filter((s) => s.cliFlag);

const OPTIONS = {
  ...(Object.fromEntries(CLI_SETTINGS.map((s) => [s.key, { type: 'string' }])) as Record<string, { type: 'string' }>),
  config: { type: 'string' },
  format: { type: 'string' },
  'fail-on-unreviewed': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  write: { type: 'boolean' },
  'network-policy-dir': { type: 'string' },
  base: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export function parseCommandLine(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export type OptionValues = ReturnType<typeof parseCommandLine>['values'];

/** The options every command understands, checked, plus the raw values for command-specific ones. */
export interface CommonOptions {
  scan: ScanOptions;
  failOn: FailOn;
  paths: string[];
  /** The shared settings the command line set (they win over .github/podarmor.yml in review). */
  settings: Partial<ReviewConfig>;
  values: OptionValues;
}

export function commonOptions(values: OptionValues, paths: string[], io: Io): CommonOptions {
  const settings: Record<string, unknown> = {};
  for (const s of CLI_SETTINGS) {
    const read = readSetting(s, (values as Record<string, unknown>)[s.key]);
    if (read && 'problem' in read) throw new UsageError(`--${s.key} ${read.problem}`);
    if (read) settings[s.field] = read.value;
  }
  if (values.config !== undefined) settings.ruleOptions = ruleOptionsFromFile(values.config);
  const set = settings as Partial<ReviewConfig>;
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (values['max-file-size'] !== undefined) {
    const mib = Number(values['max-file-size']);
    if (!Number.isFinite(mib) || mib <= 0) throw new UsageError('--max-file-size takes a number of MiB');
    maxFileBytes = Math.round(mib * 1048576);
  }
  const scanOptions: ScanOptions = { ...scanOptionsOf(mergeSettings(set)), maxFileBytes };
  if (values['no-color']) io.color = false;
  // Locally any finding fails by default; a pull request's check fails from `high` (the table's default).
  return { scan: scanOptions, failOn: set.failOn ?? 'low', paths: paths.length ? paths : ['.'], settings: set, values };
}
