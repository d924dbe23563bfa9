// The fix engine: every safe fix of a set of files (the `fix` command and hardening commits).
// Every result is verified before it is kept (verify.ts): the text re-parses, the targeted
// findings are gone, no new finding appeared, and every value of the document other than the ones
// the fix meant to change is as it was. A fix that fails is dropped and its finding stays.
// Which findings are fixable is settled during the scan by the same renderer and safety evidence
// (fixable.ts, safety.ts), so `fixable` and "removed by fix" agree.
import { scan, type ScanSession } from '../scan.ts';
import type { Finding, InputFile, ScanOptions, ScanResult } from '../types.ts';
import { applyBatch, type BatchOptions, type DroppedFix } from './batch.ts';
import { baselineOf, verify } from './verify.ts';

export type { DroppedFix } from './batch.ts';
export { isDropped, planFileFix, type FileFix } from './single.ts';

export interface FixOptions extends ScanOptions, BatchOptions {
  /** Fix only findings in these files; the others are context (a pull request's unchanged files). */
  files?: ReadonlySet<string>;
  /** A scan of exactly these inputs with these options, to start from instead of scanning again. */
  before?: ScanSession;
}

export interface ChangedFile {
  path: string;
  before: string | undefined; // undefined for a new file
  after: string;
}

/** How a dropped fix is told to the user, wherever it is told. */
export function notFixedLine(d: DroppedFix): string {
  return `not fixed: ${d.finding.rule} at ${d.finding.file}:${d.finding.line}: ${d.reason}`;
}

export interface FixResult {
  files: ChangedFile[];
  /** Findings that the applied fixes removed. */
  fixed: Finding[];
  /** Fixes that failed verification or could not be placed; their findings stay. */
  dropped: DroppedFix[];
  /** The scan before fixing (its findings, not its document trees). */
  before: ScanResult;
  after: ScanSession;
}

const MAX_PASSES = 5;

/** The current scan, held so that a pass can let go of it while the verifying scan runs. */
interface Current {
  session?: ScanSession;
  texts: Map<string, string>;
}

/** Applies every fixable finding's fix in scope. Usually one batch and one verifying scan; a batch
 * that fails verification is retried file by file, then fix by fix, so the cost of a bad fix
 * stays with its file. */
export function fixFiles(inputs: readonly InputFile[], options: FixOptions): FixResult {
  const inScope = (f: Finding) => !options.files || options.files.has(f.file);
  const current: Current = { session: options.before ?? scan(inputs, options), texts: new Map(inputs.map((f) => [f.path, f.text])) };
  // Not kept in the options: the scan's trees are released while the verifying scan runs.
  if (options.before) options = { ...options, before: undefined };
  const before: ScanResult = { findings: current.session!.findings, skipped: current.session!.skipped, problems: current.session!.problems };
  const created = new Set<string>();
  const dropped = new Map<string, DroppedFix>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = current.session!.findings.filter((f) => f.fixable && !dropped.has(f.fingerprint) && inScope(f));
    if (candidates.length === 0) break;
    const changed = applyVerified(current, candidates, options, dropped, created);
    if (!changed) break;
  }
  const session = current.session!;
  // Findings still marked fixable but not removed (conflicts that never resolved) are dropped too.
  for (const f of session.findings) {
    if (f.fixable && !dropped.has(f.fingerprint) && inScope(f)) dropped.set(f.fingerprint, { finding: f, reason: 'its fix conflicts with another fix' });
  }
  const afterFingerprints = new Set(session.findings.map((f) => f.fingerprint));
  for (const [fp] of dropped) if (!afterFingerprints.has(fp)) dropped.delete(fp);
  const files: ChangedFile[] = [];
  const original = new Map(inputs.map((f) => [f.path, f.text]));
  for (const [path, after] of current.texts) {
    const beforeText = original.get(path);
    if (beforeText !== after) files.push({ path, before: created.has(path) && beforeText === undefined ? undefined : beforeText, after });
  }
  return {
    files,
    fixed: before.findings.filter((f) => !afterFingerprints.has(f.fingerprint) && f.fix !== undefined),
    dropped: [...dropped.values()],
    before,
    after: session,
  };
}

/** One pass: the whole batch when it verifies; otherwise each file's fixes, then each fix.
 * Returns whether any text changed. */
function applyVerified(current: Current, candidates: readonly Finding[], options: FixOptions, dropped: Map<string, DroppedFix>, created: Set<string>): boolean {
  const attempt = applyBatch(current.session!, current.texts, candidates, options);
  for (const f of attempt.unrenderable) dropped.set(f.finding.fingerprint, f);
  const baseline = baselineOf(current.session!);
  // The batch holds what verification needs; the old trees can go before the new scan is built.
  current.session = undefined;
  const verdict = verify(baseline, attempt, options);
  if (verdict.ok) return commit(current, attempt.texts, verdict.after!, attempt.created, created);
  current.session = scan(toInputs(current.texts), options);
  const groups = new Map<string, Finding[]>();
  // NetworkPolicy fixes of one folder land in one file: they are tried together, as a group.
  for (const f of attempt.accepted) {
    const group = f.fix?.kind === 'network-policy' ? '\u0000policies' : f.file;
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  let changed = false;
  for (const group of groups.values()) {
    let live = new Set(current.session.findings.map((g) => g.fingerprint));
    const open = group.filter((f) => live.has(f.fingerprint));
    if (open.length === 0) continue;
    if (tryApply(current, open, options, created)) {
      changed = true;
      continue;
    }
    for (const finding of open) {
      live = new Set(current.session.findings.map((g) => g.fingerprint));
      if (!live.has(finding.fingerprint)) continue; // An earlier fix removed it already.
      if (tryApply(current, [finding], options, created, (reason) => dropped.set(finding.fingerprint, { finding, reason }))) changed = true;
    }
  }
  return changed;
}

function commit(current: Current, texts: Map<string, string>, session: ScanSession, newFiles: readonly string[], created: Set<string>): boolean {
  const changed = [...texts].some(([p, t]) => current.texts.get(p) !== t);
  current.texts = texts;
  current.session = session;
  for (const p of newFiles) created.add(p);
  return changed;
}

function tryApply(current: Current, findings: readonly Finding[], options: FixOptions, created: Set<string>, onFail?: (reason: string) => void): boolean {
  const batch = applyBatch(current.session!, current.texts, findings, options);
  const v = verify(baselineOf(current.session!), batch, options);
  if (!v.ok) {
    onFail?.(v.reason);
    return false;
  }
  return commit(current, batch.texts, v.after!, batch.created, created);
}

function toInputs(texts: ReadonlyMap<string, string>): InputFile[] {
  return [...texts].map(([path, text]) => ({ path, text }));
}
