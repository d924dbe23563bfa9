// Single fixes for review suggestions: the fixes of some findings of one file (safe or
// suggestions), on their own, verified against that file alone. Several findings whose edits touch
// the same lines become one suggestion.
import { scan, type ScanSession } from '../scan.ts';
import type { Finding, FixOp, ScanOptions, TextEdit } from '../types.ts';
import type { ParsedFile } from '../yaml/parse.ts';
import { applyBatch, styleOf, type DroppedFix } from './batch.ts';
import { applyEdits, renderOps } from './render.ts';
import { baselineOf, verify } from './verify.ts';

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

export function planFileFix(session: ScanSession, findings: readonly Finding[], options: ScanOptions): FileFix | DroppedFix {
  const first = findings[0]!;
  if (findings.some((f) => !f.fix || f.fix.kind === 'network-policy' || f.fix.ops.length === 0)) return { finding: first, reason: 'no edit to suggest' };
  const file = session.parsed.find((p) => p.path === first.file);
  if (!file || findings.some((f) => f.file !== first.file)) return { finding: first, reason: 'file not scanned' };
  let baseline = fileBaselines.get(file);
  if (!baseline) {
    baseline = scan([{ path: file.path, text: originalText(file) }], options);
    fileBaselines.set(file, baseline);
  }
  // The same findings as the single-file scan sees them (fingerprints do not depend on the set).
  const own = findings.map((finding) => baseline!.findings.find((f) => f.fingerprint === finding.fingerprint && f.range.start === finding.range.start) ?? finding);
  const batch = applyBatch(baseline, new Map([[file.path, originalText(file)]]), own, {});
  if (batch.unrenderable.length) return batch.unrenderable[0]!;
  if (batch.accepted.length !== own.length) return { finding: first, reason: 'its fix conflicts with another fix' };
  const verdict = verify(baselineOf(baseline), batch, options, true);
  if (!verdict.ok) return { finding: first, reason: verdict.reason };
  const byDoc = new Map<number, FixOp[]>();
  for (const f of own) byDoc.set(f.documentIndex, [...(byDoc.get(f.documentIndex) ?? []), ...f.fix!.ops]);
  const edits = [...byDoc].flatMap(([index, ops]) => renderOps(file.text, file.documents[index]!.doc, styleOf(file, index), ops));
  return { findings: [...findings], path: file.path, before: file.text, after: applyEdits(file.text, edits), edits };
}

export function isDropped(plan: FileFix | DroppedFix): plan is DroppedFix {
  return 'reason' in plan;
}
