// The podarmor command line: `scan`, `fix`, `review`, `rules`. Exit codes: 0 when nothing
// reaches --fail-on, 1 when something does, 2 on usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { scan } from '../core/scan.ts';
import { isFailOn, reachesFailOn, type FailOn } from '../core/fail-on.ts';
import { renderJson } from '../core/report/json.ts';
import { renderSarif } from '../core/report/sarif.ts';
import { renderText } from '../core/report/text.ts';
import { RULES, UsageError } from '../core/rules/registry.ts';
import { PROFILES, type Profile, type ScanOptions } from '../core/types.ts';
import { DEFAULT_KUBERNETES_VERSION, parseVersion } from '../core/versions.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../core/yaml/parse.ts';
import { collectInputs, readAll } from './files.ts';
import { runFix } from './fix-command.ts';
import { runReview } from './review-command.ts';
import { VERSION } from '../version.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<Uint8Array>;
  color: boolean;
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
  --format text|json|sarif                 output format of scan (default: text; review: text|json)
  --fail-on critical|high|medium|low|none  exit 1 when a finding reaches this severity (default: low)
  --max-file-size MiB                      skip larger files with a message (default: ${DEFAULT_MAX_FILE_BYTES / 1048576})
  --write                                  fix: write the changes instead of printing a diff
  --egress internet|cluster-only           fix: generated NetworkPolicies allow the internet except metadata endpoints (default), or only the cluster
  --base REF                               review: the branch the change goes into (diffed from its merge base)
  --max-comments N                         review: inline comments before the rest go to the summary (default: 30)
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
  egress: { type: 'string' },
  base: { type: 'string' },
  'max-comments': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export interface CommonOptions {
  scan: ScanOptions;
  failOn: FailOn;
  paths: string[];
  values: ReturnType<typeof parse>['values'];
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.stderr(`podarmor: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const common = commonOptions(values, paths, io);
    switch (command) {
      case 'scan':
        return await runScan(common, values.format ?? 'text', io);
      case 'fix':
        return await runFix(common, io);
      case 'review':
        return await runReview(common, io);
      case 'rules':
        return runRules(values.format ?? 'text', io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`podarmor: ${err.message}\nRun podarmor --help for usage.\n`);
      return 2;
    }
    throw err;
  }
}

function commonOptions(values: ReturnType<typeof parse>['values'], paths: string[], io: Io): CommonOptions {
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

export async function loadInputs(common: CommonOptions, io: Io) {
  const inputs = await collectInputs(common.paths, io.stdin, common.scan.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (inputs.missing.length) throw new UsageError(`no such file or folder: ${inputs.missing.join(', ')}`);
  return inputs;
}

async function runScan(common: CommonOptions, format: string, io: Io): Promise<number> {
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  const inputs = await loadInputs(common, io);
  const session = scan(inputs.files, common.scan);
  const result = { findings: session.findings, skipped: [...inputs.skipped, ...session.skipped], problems: session.problems };
  if (format === 'json') io.stdout(renderJson(result));
  else if (format === 'sarif') io.stdout(renderSarif(result, VERSION));
  else io.stdout(renderText(result, { color: io.color, sources: new Map(inputs.files.map((f) => [f.path, f.text])) }));
  return reachesFailOn(result, common.failOn) ? 1 : 0;
}

function runRules(format: string, io: Io): number {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(RULES, null, 2)}\n`);
    return 0;
  }
  for (const r of RULES) {
    const pss = r.pss ? `${r.pss.level}/${r.pss.control}` : 'hardening';
    io.stdout(`${r.id.padEnd(32)} ${r.severity.padEnd(9)} ${pss.padEnd(38)} ${r.title}\n`);
  }
  return 0;
}

export function processIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdin: () => readAll(process.stdin),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}
