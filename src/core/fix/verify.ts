// Checks a batch before it is kept: the changed files re-parse with the documents they should
// have, every changed document holds exactly its expected value, the targeted findings are gone
// and no new finding appeared. The re-scan's own parse is used, so the text is parsed once.
import { scan, type ScanSession } from '../scan.ts';
import { RULES } from '../rules/registry.ts';
import { TEMPLATES } from '../templates/index.ts';
import type { InputFile, ScanOptions, SkippedFile } from '../types.ts';
import type { Batch } from './batch.ts';
import { deepEqual } from './expected.ts';

/** Rules whose findings depend on the whole scanned set, not on one document. */
const SET_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.checks.some((c) => TEMPLATES[c.template]?.kind === 'set')).map((r) => r.id));

export interface Verdict {
  ok: boolean;
  reason: string;
  after?: ScanSession;
}

/** What verification needs of the scan before the batch: small, so that the scan's document trees
 * can be released before the verifying scan builds its own (fix stays within 2× a scan's memory). */
export interface Baseline {
  documentCounts: Map<string, number>;
  skipped: SkippedFile[];
  fingerprints: Set<string>;
}

export function baselineOf(session: ScanSession): Baseline {
  return {
    documentCounts: new Map(session.parsed.map((p) => [p.path, p.documents.length])),
    skipped: session.skipped,
    fingerprints: new Set(session.findings.map((f) => f.fingerprint)),
  };
}

function toInputs(texts: ReadonlyMap<string, string>): InputFile[] {
  return [...texts].map(([path, text]) => ({ path, text }));
}

/** With `withinFile`, findings of rules that compare documents across the set (NetworkPolicy
 * coverage) do not count as new: a single file cannot tell whether other files cover them. */
export function verify(baseline: Baseline, batch: Batch, options: ScanOptions, withinFile = false): Verdict {
  if (batch.accepted.length === 0) return { ok: false, reason: 'nothing could be applied' };
  const after = scan(toInputs(batch.texts), options);
  const parsedAfter = new Map(after.parsed.map((p) => [p.path, p]));
  for (const path of new Set([...batch.expected.keys(), ...batch.appended.keys()])) {
    const file = parsedAfter.get(path)!;
    const originalCount = baseline.documentCounts.get(path) ?? 0;
    const wanted = originalCount + (batch.appended.get(path) ?? 0);
    if (file.documents.length !== wanted) return { ok: false, reason: `${path}: the fixed file has ${file.documents.length} documents instead of ${wanted}` };
    const changed = new Set([...(batch.expected.get(path)?.keys() ?? [])]);
    const broken = file.documents.find((d) => (changed.has(d.index) || d.index >= originalCount) && d.doc.errors.length > 0);
    if (broken) return { ok: false, reason: `${path}: the fixed document does not parse: ${broken.doc.errors[0]!.message.split('\n')[0]}` };
    for (const [index, expected] of batch.expected.get(path) ?? []) {
      if (!deepEqual(file.documents[index]!.doc.toJS({ maxAliasCount: 1000 }), expected)) return { ok: false, reason: `${path}: the fixed document has values the fix did not mean to change` };
    }
  }
  for (const s of after.skipped) if (s.error && !baseline.skipped.some((o) => o.file === s.file && o.reason === s.reason)) return { ok: false, reason: `${s.file}: ${s.reason}` };
  const remaining = new Set(after.findings.map((f) => f.fingerprint));
  const stillThere = batch.accepted.filter((f) => remaining.has(f.fingerprint));
  if (stillThere.length) return { ok: false, reason: `the fix did not remove ${stillThere[0]!.rule} in ${stillThere[0]!.file}` };
  const added = after.findings.filter((f) => !baseline.fingerprints.has(f.fingerprint) && !(withinFile && SET_RULES.has(f.rule)));
  if (added.length) return { ok: false, reason: `the fix causes a new finding: ${added[0]!.rule} at ${added[0]!.file}:${added[0]!.line}` };
  return { ok: true, reason: '', after };
}
