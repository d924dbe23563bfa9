// What every command shares: the I/O it may use (so tests can run it in memory), the command-line
// options, their checking, and reading the manifests named on the command line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.ts';
import { isFailOn, type FailOn } from '../core/fail-on.ts';
import { PROFILES, type Profile, type ScanOptions } from '../core/types.ts';
import { DEFAULT_KUBERNETES_VERSION, parseVersion } from '../core/versions.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../core/yaml/parse.ts';
import { VERSION } from '../version.ts';
import { collectInputs, readAll, type CollectedInputs } from './files.ts';

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
  podarmor init [dir]             add the GitHub workflow and a commented .github/podarmor.yml

Options:
  --profile baseline|restricted|hardened   rule set (default: hardened = restricted + hardening)
  --kubernetes-version X.Y                 target version: PSA policy and AppArmor/seccomp form (default: ${DEFAULT_KUBERNETES_VERSION})
  --only rule[,rule…]                      only these rules
  --format text|json|sarif                 output format of scan (default: text; review: text|json)
  --fail-on critical|high|medium|low|none  exit 1 when a finding reaches this severity (default: low)
  --max-file-size MiB                      skip larger files with a message (default: ${DEFAULT_MAX_FILE_BYTES / 1048576})
  --write                                  fix: write the changes instead of printing a diff
  --network-policy-dir DIR                 fix: where generated NetworkPolicy files go (default: beside the workloads)
  --base REF                               review: the branch the change goes into (diffed from its merge base)
  --max-comments N                         review: inline comments before the rest go to the summary (default: 30)
  --force                                  init: overwrite files that exist
  --action-ref REF                         init: the podarmor Action release, tag or commit sha to pin (default: this version)
  --no-color                               plain text output
  -h, --help                               this help
  -v, --version                            the version
`;

const OPTIONS = {
  profile: { type: 'string' },
  'kubernetes-version': { type: 'string' },
  only: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-file-size': { type: 'string' },
  write: { type: 'boolean' },
  'network-policy-dir': { type: 'string' },
  base: { type: 'string' },
  'max-comments': { type: 'string' },
  force: { type: 'boolean' },
  'action-ref': { type: 'string' },
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
  values: OptionValues;
}

export function commonOptions(values: OptionValues, paths: string[], io: Io): CommonOptions {
  const profile = values.profile ?? 'hardened';
  if (!(PROFILES as readonly string[]).includes(profile)) throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}`);
  const kubernetesVersion = values['kubernetes-version'] ?? DEFAULT_KUBERNETES_VERSION;
  if (parseVersion(kubernetesVersion) === undefined) throw new UsageError(`--kubernetes-version "${kubernetesVersion}" is not a version such as 1.34`);
  const failOn = values['fail-on'] ?? 'low';
  if (!isFailOn(failOn)) throw new UsageError('--fail-on must be one of critical, high, medium, low, none');
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (values['max-file-size'] !== undefined) {
    const mib = Number(values['max-file-size']);
    if (!Number.isFinite(mib) || mib <= 0) throw new UsageError('--max-file-size takes a number of MiB');
    maxFileBytes = Math.round(mib * 1048576);
  }
  const scanOptions: ScanOptions = { profile: profile as Profile, kubernetesVersion, maxFileBytes, ...(only ? { only } : {}) };
  if (values['no-color']) io.color = false;
  return { scan: scanOptions, failOn, paths: paths.length ? paths : ['.'], values };
}

/** The manifests named on the command line; a path that does not exist is a usage error. */
export async function readCommandInputs(common: CommonOptions, io: Io): Promise<CollectedInputs> {
  const inputs = await collectInputs(common.paths, io.stdin, common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (inputs.missing.length) throw new UsageError(`no such file or folder: ${inputs.missing.join(', ')}`);
  return inputs;
}
