// The fix engine: every safe fix of a set of files (the `fix` command and hardening commits).
// Every result is verified before it is kept (verify.ts): the text re-parses, the targeted
// findings are gone, no new finding appeared, and every value of the document other than the ones
// the fix meant to change is as it was. A fix that fails is dropped and its finding stays.
// Which findings are fixable is settled during the scan by the same renderer and safety evidence
// (fixable.ts, safety.ts), so `fixable` and "removed by fix" agree.
import { scan, type ScanSession } from '../scan.ts';
import type { Finding, InputFile, ScanOptions } from '../types.ts';
import { applyBatch, type BatchOptions, type DroppedFix } from './batch.ts';
import { verify } from './verify.ts';

export type { DroppedFix } from './batch.ts';
export { isDropped, planFileFix, type FileFix } from './single.ts';

export interface FixOptions extends ScanOptions, BatchOptions {
  /** Fix only findings in these files; the others are context (a pull request's unchanged files). */
  files?: ReadonlySet<string>;
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
  before: ScanSession;
  after: ScanSession;
}

const MAX_PASSES = 5;

/** Applies every fixable finding's fix in scope. Usually one batch and one verifying scan; a batch
 * that fails verification is retried file by file, then fix by fix, so the cost of a bad fix
 * stays with its file. */
export function fixFiles(inputs: readonly InputFile[], options: FixOptions): FixResult {
  const inScope = (f: Finding) => !options.files || options.files.has(f.file);
  const before = scan(inputs, options);
  const texts = new Map(inputs.map((f) => [f.path, f.text]));
  const created = new Set<string>();
  const dropped = new Map<string, DroppedFix>();
  let session = before;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = session.findings.filter((f) => f.fixable && !dropped.has(f.fingerprint) && inScope(f));
    if (candidates.length === 0) break;
    const step = applyVerified(session, texts, candidates, options, dropped);
    for (const p of step.created) created.add(p);
    const changed = [...step.texts].some(([p, t]) => texts.get(p) !== t);
    for (const [p, t] of step.texts) texts.set(p, t);
    session = step.session;
    if (!changed) break;
  }
  // Findings still marked fixable but not removed (conflicts that never resolved) are dropped too.
  for (const f of session.findings) {
    if (f.fixable && !dropped.has(f.fingerprint) && inScope(f)) dropped.set(f.fingerprint, { finding: f, reason: 'its fix conflicts with another fix' });
  }
  const afterFingerprints = new Set(session.findings.map((f) => f.fingerprint));
  for (const [fp] of dropped) if (!afterFingerprints.has(fp)) dropped.delete(fp);
  const files: ChangedFile[] = [];
  const original = new Map(inputs.map((f) => [f.path, f.text]));
  for (const [path, after] of texts) {
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

interface Step {
  texts: Map<string, string>;
  session: ScanSession;
  created: string[];
}

/** One pass: the whole batch when it verifies; otherwise each file's fixes, then each fix. */
function applyVerified(session: ScanSession, texts: Map<string, string>, candidates: readonly Finding[], options: FixOptions, dropped: Map<string, DroppedFix>): Step {
  const attempt = applyBatch(session, texts, candidates, options);
  for (const f of attempt.unrenderable) dropped.set(f.finding.fingerprint, f);
  const verdict = verify(session, attempt, options);
  if (verdict.ok) return { texts: attempt.texts, session: verdict.after!, created: attempt.created };
  let step: Step = { texts: new Map(texts), session, created: [] };
  const byFile = new Map<string, Finding[]>();
  // NetworkPolicy fixes of one folder land in one file: they are tried together, as a group.
  for (const f of attempt.accepted) {
    const group = f.fix?.kind === 'network-policy' ? '\u0000policies' : f.file;
    byFile.set(group, [...(byFile.get(group) ?? []), f]);
  }
  for (const group of byFile.values()) {
    const live = group.filter((f) => step.session.findings.some((g) => g.fingerprint === f.fingerprint));
    if (live.length === 0) continue;
    const tried = tryApply(step, live, options);
    if (tried) {
      step = tried;
      continue;
    }
    for (const finding of live) {
      // An earlier fix may have removed it already.
      if (!step.session.findings.some((g) => g.fingerprint === finding.fingerprint)) continue;
      const single = tryApply(step, [finding], options, (reason) => dropped.set(finding.fingerprint, { finding, reason }));
      if (single) step = single;
    }
  }
  return step;
}

function tryApply(step: Step, findings: readonly Finding[], options: FixOptions, onFail?: (reason: string) => void): Step | undefined {
  const batch = applyBatch(step.session, step.texts, findings, options);
  const v = verify(step.session, batch, options);
  if (!v.ok) {
    onFail?.(v.reason);
    return undefined;
  }
  return { texts: batch.texts, session: v.after!, created: [...step.created, ...batch.created] };
}
