// The fix engine: safe fixes for a whole set of files (the `fix` command and hardening commits) and
// single fixes for review suggestions. Every result is verified before it is offered: the text
// re-parses, the targeted findings are gone, no new finding appeared, and every value of the
// document other than the ones the fix meant to change is as it was. A fix that fails is dropped.
import { parseAllDocuments } from 'yaml';
import { scan, type ScanSession } from '../scan.ts';
import { RULES } from '../rules/registry.ts';
import { TEMPLATES } from '../templates/index.ts';
import type { Finding, FixOp, InputFile, ScanOptions, TextEdit } from '../types.ts';
import { YAML_OPTIONS, type ParsedFile } from '../yaml/parse.ts';
import { applyOpsToValue, deepEqual } from './expected.ts';
import { generatePolicies, policyFileName } from './network-policy.ts';
import { applyEdits, buildIntents, renderOps, RenderError } from './render.ts';
import { detectStyle, type Style } from './style.ts';

export interface FixOptions extends ScanOptions {
  /** Folder for generated NetworkPolicy files; default: beside the first workload of the namespace. */
  networkPolicyDir?: string;
  /** Fix only findings in these files; the others are context (a pull request's unchanged files). */
  files?: ReadonlySet<string>;
}

export interface ChangedFile {
  path: string;
  before: string | undefined; // undefined for a new file
  after: string;
}

export interface DroppedFix {
  finding: Finding;
  reason: string;
}

/** How a dropped fix is told to the user, wherever it is told. */
export function notFixedLine(d: DroppedFix): string {
  return `not fixed: ${d.finding.rule} at ${d.finding.file}:${d.finding.line}: ${d.reason}`;
}

export interface FixResult {
  files: ChangedFile[];
  /** Findings that the applied fixes removed. */
  fixed: Finding[];
  /** Fixes that failed verification; their findings stay, reported as not fixable. */
  dropped: DroppedFix[];
  before: ScanSession;
  after: ScanSession;
}

const MAX_PASSES = 5;

/** Rules whose findings depend on the whole scanned set, not on one document. */
const SET_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.checks.some((c) => TEMPLATES[c.template]?.kind === 'set')).map((r) => r.id));

/** Applies every safe fix (or only those of `options.only`) to the files. */
export function fixFiles(inputs: readonly InputFile[], options: FixOptions): FixResult {
  const inScope = (f: Finding) => !options.files || options.files.has(f.file);
  const before = scan(inputs, options);
  const texts = new Map(inputs.map((f) => [f.path, f.text]));
  const created = new Set<string>();
  const dropped = new Map<string, DroppedFix>();
  let session = before;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = session.findings.filter((f) => f.fix?.class === 'safe' && !dropped.has(f.fingerprint) && inScope(f));
    if (candidates.length === 0) break;
    const attempt = applyBatch(session, texts, candidates, options);
    const verdict = verify(session, attempt, options);
    let next: Map<string, string>;
    let nextSession: ScanSession;
    if (verdict.ok) {
      next = attempt.texts;
      nextSession = verdict.after!;
      for (const p of attempt.created) created.add(p);
    } else {
      // Something in the batch is wrong: apply the fixes one at a time, keeping those that verify.
      next = new Map(texts);
      nextSession = session;
      for (const finding of attempt.accepted) {
        // An earlier fix of this loop may have removed it already (one NetworkPolicy covers many).
        if (!nextSession.findings.some((f) => f.fingerprint === finding.fingerprint)) continue;
        const single = applyBatch(nextSession, next, [finding], options);
        const v = verify(nextSession, single, options);
        if (v.ok) {
          next = single.texts;
          nextSession = v.after!;
          for (const p of single.created) created.add(p);
        } else dropped.set(finding.fingerprint, { finding, reason: v.reason });
      }
    }
    for (const f of attempt.unrenderable) dropped.set(f.finding.fingerprint, f);
    const changed = [...next].some(([p, t]) => texts.get(p) !== t);
    for (const [p, t] of next) texts.set(p, t);
    session = nextSession;
    if (!changed) break;
  }
  // Findings still marked fixable but not removed (conflicts that never resolved) are dropped too.
  for (const f of session.findings) {
    if (f.fix?.class === 'safe' && !dropped.has(f.fingerprint) && inScope(f)) dropped.set(f.fingerprint, { finding: f, reason: 'its fix conflicts with another fix' });
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

interface Batch {
  texts: Map<string, string>;
  /** Findings whose fixes are in this batch. */
  accepted: Finding[];
  /** Expected value of every changed document: file -> document index -> value. */
  expected: Map<string, Map<number, unknown>>;
  created: string[];
  unrenderable: DroppedFix[];
}

function toInputs(texts: Map<string, string>): InputFile[] {
  return [...texts].map(([path, text]) => ({ path, text }));
}

/** Renders a batch of fixes; fixes that conflict with a higher-priority one wait for a later pass. */
function applyBatch(session: ScanSession, texts: Map<string, string>, findings: readonly Finding[], options: FixOptions): Batch {
  const batch: Batch = { texts: new Map(texts), accepted: [], expected: new Map(), created: [], unrenderable: [] };
  const ordered = [...findings].sort((a, b) => (b.fix!.priority ?? 0) - (a.fix!.priority ?? 0) || a.file.localeCompare(b.file) || a.range.start - b.range.start);
  // Group edit fixes by file and document.
  const byDoc = new Map<string, Map<number, { ops: FixOp[]; findings: Finding[] }>>();
  const generate: Finding[] = [];
  for (const f of ordered) {
    if (f.fix!.generate) {
      generate.push(f);
      continue;
    }
    if (f.fix!.ops.length === 0) continue;
    const docs = byDoc.get(f.file) ?? new Map<number, { ops: FixOp[]; findings: Finding[] }>();
    byDoc.set(f.file, docs);
    const slot = docs.get(f.documentIndex) ?? { ops: [], findings: [] };
    docs.set(f.documentIndex, slot);
    try {
      buildIntents([...slot.ops, ...f.fix!.ops]);
    } catch {
      continue; // Conflicts with a fix already in the batch; the next pass sees what is left.
    }
    slot.ops.push(...f.fix!.ops);
    slot.findings.push(f);
  }
  for (const [path, docs] of byDoc) {
    const file = session.parsed.find((p) => p.path === path)!;
    const edits: TextEdit[] = [];
    const expected = new Map<number, unknown>();
    for (const [index, { ops, findings: fs }] of docs) {
      const document = file.documents[index]!;
      if (file.problems.length > 0) {
        for (const f of fs) batch.unrenderable.push({ finding: f, reason: 'the file has duplicate keys' });
        continue;
      }
      try {
        edits.push(...renderOps(file.text, document.doc, styleOf(file, index), ops));
        expected.set(index, applyOpsToValue(document.doc.toJS({ maxAliasCount: 1000 }), ops));
        batch.accepted.push(...fs);
      } catch (err) {
        if (!(err instanceof RenderError)) throw err;
        for (const f of fs) batch.unrenderable.push({ finding: f, reason: `cannot be written as an edit: ${err.message}` });
      }
    }
    if (edits.length === 0) continue;
    batch.texts.set(path, restoreBom(texts.get(path)!, applyEdits(file.text, edits)));
    batch.expected.set(path, expected);
  }
  if (generate.length > 0) addGeneratedPolicies(session, batch, generate, options);
  return batch;
}

function addGeneratedPolicies(session: ScanSession, batch: Batch, findings: readonly Finding[], options: FixOptions): void {
  const fingerprints = new Set(findings.map((f) => f.fingerprint));
  const uncovered = session.workloads.filter((w) =>
    findings.some((f) => fingerprints.has(f.fingerprint) && f.file === w.file.path && f.resource.name === w.resource.name && f.resource.kind === w.kind && f.resource.namespace === w.resource.namespace),
  );
  for (const group of generatePolicies(uncovered, session.objects, (w) => styleOf(w.file, w.documentIndex))) {
    if (group.documents.length === 0) continue;
    const style = styleOf(group.workloads[0]!.file, group.workloads[0]!.documentIndex);
    const dir = options.networkPolicyDir ?? dirnameOf(group.workloads[0]!.file.path);
    const path = joinPath(dir, policyFileName(group.namespace));
    const body = group.documents.join(`${style.eol}---${style.eol}`) + style.eol;
    const existing = batch.texts.get(path);
    if (existing === undefined) {
      batch.texts.set(path, `# Generated by podarmor fix from the workloads and Services in this folder; review and adjust.${style.eol}${body}`);
      batch.created.push(path);
    } else {
      const sep = existing.endsWith('\n') ? '' : style.eol;
      batch.texts.set(path, `${existing}${sep}---${style.eol}${body}`);
    }
    batch.accepted.push(...findings.filter((f) => group.workloads.some((w) => w.file.path === f.file && w.resource.name === f.resource.name && w.resource.namespace === f.resource.namespace)));
  }
}

function dirnameOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function joinPath(dir: string, name: string): string {
  return dir === '' || dir === '.' ? name : `${dir.replace(/\/$/, '')}/${name}`;
}

const styleCache = new WeakMap<object, Style>();

function styleOf(file: ParsedFile, index: number): Style {
  const doc = file.documents[index]!.doc;
  let style = styleCache.get(doc);
  if (!style) {
    style = detectStyle(file.text, doc);
    // A document without nested block collections says nothing; use the whole file's habit.
    styleCache.set(doc, style);
  }
  return style;
}

function restoreBom(original: string, fixed: string): string {
  return original.charCodeAt(0) === 0xfeff ? `\uFEFF${fixed}` : fixed;
}

interface Verdict {
  ok: boolean;
  reason: string;
  after?: ScanSession;
}

/** Checks a batch: it parses, its targets are gone, nothing new appeared, nothing else changed.
 * With `withinFile`, findings of rules that compare documents across the set (NetworkPolicy
 * coverage) do not count as new: a single file cannot tell whether other files cover them. */
function verify(session: ScanSession, batch: Batch, options: FixOptions, withinFile = false): Verdict {
  if (batch.accepted.length === 0) return { ok: false, reason: 'nothing could be applied' };
  for (const [path, docs] of batch.expected) {
    const text = batch.texts.get(path)!.replace(/^\uFEFF/, '');
    const parsed = parseAllDocuments(text, YAML_OPTIONS);
    const list = Array.isArray(parsed) ? parsed : [];
    const originalCount = session.parsed.find((p) => p.path === path)!.documents.length;
    if (list.length !== originalCount) return { ok: false, reason: `${path}: the fixed file has ${list.length} documents instead of ${originalCount}` };
    for (const [index, expected] of docs) {
      const doc = list[index]!;
      if (doc.errors.length) return { ok: false, reason: `${path}: the fixed document does not parse: ${doc.errors[0]!.message.split('\n')[0]}` };
      if (!deepEqual(doc.toJS({ maxAliasCount: 1000 }), expected)) return { ok: false, reason: `${path}: the fixed document has values the fix did not mean to change` };
    }
  }
  const after = scan(toInputs(batch.texts), options);
  for (const s of after.skipped) if (s.error && !session.skipped.some((o) => o.file === s.file && o.reason === s.reason)) return { ok: false, reason: `${s.file}: ${s.reason}` };
  const remaining = new Set(after.findings.map((f) => f.fingerprint));
  const stillThere = batch.accepted.filter((f) => remaining.has(f.fingerprint));
  if (stillThere.length) return { ok: false, reason: `the fix did not remove ${stillThere[0]!.rule} in ${stillThere[0]!.file}` };
  const known = new Set(session.findings.map((f) => f.fingerprint));
  const added = after.findings.filter((f) => !known.has(f.fingerprint) && !(withinFile && SET_RULES.has(f.rule)));
  if (added.length) return { ok: false, reason: `the fix causes a new finding: ${added[0]!.rule} at ${added[0]!.file}:${added[0]!.line}` };
  return { ok: true, reason: '', after };
}

export interface FileFix {
  findings: Finding[];
  path: string;
  before: string;
  after: string;
  edits: TextEdit[];
}

/** The file's text as it was given (with its byte order mark, if it had one). */
function originalText(file: ParsedFile): string {
  return file.bomLength ? `\uFEFF${file.text}` : file.text;
}

// Review suggestions are verified against their own file alone: one scan per file, not per finding.
const fileBaselines = new WeakMap<ParsedFile, ScanSession>();

/** The fixes of some findings of one file (safe or suggestions), on their own, verified: for review
 * suggestions. Several findings whose edits touch the same lines become one suggestion. */
export function planFileFix(session: ScanSession, findings: readonly Finding[], options: FixOptions): FileFix | DroppedFix {
  const first = findings[0]!;
  if (findings.some((f) => !f.fix || f.fix.generate || f.fix.ops.length === 0)) return { finding: first, reason: 'no edit to suggest' };
  const file = session.parsed.find((p) => p.path === first.file);
  if (!file || findings.some((f) => f.file !== first.file)) return { finding: first, reason: 'file not scanned' };
  let baseline = fileBaselines.get(file);
  if (!baseline) {
    baseline = scan([{ path: file.path, text: originalText(file) }], options);
    fileBaselines.set(file, baseline);
  }
  // The same findings as the single-file scan sees them (fingerprints do not depend on the set).
  const own = findings.map((finding) => baseline!.findings.find((f) => f.fingerprint === finding.fingerprint && f.range.start === finding.range.start) ?? finding);
  const batch = applyBatch(baseline, new Map([[file.path, originalText(file)]]), own, options);
  if (batch.unrenderable.length) return batch.unrenderable[0]!;
  if (batch.accepted.length !== own.length) return { finding: first, reason: 'its fix conflicts with another fix' };
  const verdict = verify(baseline, batch, options, true);
  if (!verdict.ok) return { finding: first, reason: verdict.reason };
  const byDoc = new Map<number, FixOp[]>();
  for (const f of own) byDoc.set(f.documentIndex, [...(byDoc.get(f.documentIndex) ?? []), ...f.fix!.ops]);
  const edits = [...byDoc].flatMap(([index, ops]) => renderOps(file.text, file.documents[index]!.doc, styleOf(file, index), ops));
  return { findings: [...findings], path: file.path, before: file.text, after: applyEdits(file.text, edits), edits };
}

export function isDropped(plan: FileFix | DroppedFix): plan is DroppedFix {
  return 'reason' in plan;
}
