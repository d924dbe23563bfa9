// One batch of fixes rendered on the texts: edit fixes grouped per document (fixes that conflict
// with one already in the batch wait for the next pass), and the NetworkPolicies of the workloads
// whose coverage findings the batch fixes, placed per folder. The batch records what each changed
// document must hold afterwards, for verify.ts.
import type { Finding, FixOp, TextEdit } from '../types.ts';
import type { Workload } from '../objects.ts';
import type { ScanSession } from '../scan.ts';
import type { ParsedFile } from '../yaml/parse.ts';
import { get } from '../yaml/access.ts';
import { byCodeUnits } from '../evaluate.ts';
import { applyOpsToValue } from './expected.ts';
import { applyEdits, buildIntents, renderOps, RenderError } from './render.ts';
import { detectStyle, eolOf, type Style } from './style.ts';
import { emitPolicy } from './network-policies/emit.ts';
import { planPolicies, type EgressMode } from './network-policies/generate.ts';
import { placementFor, withDocuments, POLICY_FILE } from './network-policies/placement.ts';

export interface DroppedFix {
  finding: Finding;
  reason: string;
}

export interface BatchOptions {
  /** Folders holding a Chart.yaml (at or above the workloads): policies there are not written. */
  chartRoots?: readonly string[];
  /** `cluster-only` leaves out the egress rule to the internet. */
  egress?: EgressMode;
}

export interface Batch {
  texts: Map<string, string>;
  /** Findings whose fixes are in this batch. */
  accepted: Finding[];
  /** Expected value of every changed document: file -> document index -> value. */
  expected: Map<string, Map<number, unknown>>;
  /** Documents appended to a file (new files included): file -> count. */
  appended: Map<string, number>;
  created: string[];
  unrenderable: DroppedFix[];
}

export function emptyBatch(texts: ReadonlyMap<string, string>): Batch {
  return { texts: new Map(texts), accepted: [], expected: new Map(), appended: new Map(), created: [], unrenderable: [] };
}

const styleCache = new WeakMap<object, Style>();
const eolCache = new WeakMap<ParsedFile, Style['eol']>();

export function styleOf(file: ParsedFile, index: number): Style {
  const doc = file.documents[index]!.doc;
  let style = styleCache.get(doc);
  if (!style) {
    let eol = eolCache.get(file);
    if (!eol) eolCache.set(file, (eol = eolOf(file.text)));
    style = detectStyle(file.text, doc, eol);
    styleCache.set(doc, style);
  }
  return style;
}

function withBom(original: string | undefined, text: string): string {
  return original !== undefined && original.charCodeAt(0) === 0xfeff ? `\uFEFF${text}` : text;
}

export function parsedByPath(session: ScanSession): Map<string, ParsedFile> {
  return new Map(session.parsed.map((p) => [p.path, p]));
}

/** Renders a batch of fixes on `texts` (the current text of every file, by path). */
export function applyBatch(session: ScanSession, texts: ReadonlyMap<string, string>, findings: readonly Finding[], options: BatchOptions): Batch {
  const batch = emptyBatch(texts);
  const parsed = parsedByPath(session);
  const ordered = [...findings].sort((a, b) => (b.fix!.priority ?? 0) - (a.fix!.priority ?? 0) || byCodeUnits(a.file, b.file) || a.range.start - b.range.start);
  const byDoc = new Map<string, Map<number, { ops: FixOp[]; findings: Finding[] }>>();
  const coverage: Finding[] = [];
  for (const f of ordered) {
    const fix = f.fix!;
    if (fix.kind === 'network-policy') {
      coverage.push(f);
      continue;
    }
    const docs = byDoc.get(f.file) ?? new Map<number, { ops: FixOp[]; findings: Finding[] }>();
    byDoc.set(f.file, docs);
    const slot = docs.get(f.documentIndex) ?? { ops: [], findings: [] };
    docs.set(f.documentIndex, slot);
    try {
      buildIntents([...slot.ops, ...fix.ops]);
    } catch {
      continue; // Conflicts with a fix already in the batch; the next pass sees what is left.
    }
    slot.ops.push(...fix.ops);
    slot.findings.push(f);
  }
  const docEdits = new Map<string, { file: ParsedFile; edits: TextEdit[]; expected: Map<number, unknown> }>();
  const editDocument = (file: ParsedFile, index: number, ops: readonly FixOp[], fs: readonly Finding[]): boolean => {
    try {
      const edits = renderOps(file.text, file.documents[index]!.doc, styleOf(file, index), ops);
      const slot = docEdits.get(file.path) ?? { file, edits: [], expected: new Map<number, unknown>() };
      docEdits.set(file.path, slot);
      slot.edits.push(...edits);
      slot.expected.set(index, applyOpsToValue(file.documents[index]!.doc.toJS({ maxAliasCount: 1000 }), ops));
      return true;
    } catch (err) {
      if (!(err instanceof RenderError)) throw err;
      for (const f of fs) batch.unrenderable.push({ finding: f, reason: `cannot be written as an edit: ${err.message}` });
      return false;
    }
  };
  for (const [path, docs] of byDoc) {
    const file = parsed.get(path)!;
    for (const [index, { ops, findings: fs }] of docs) {
      const reason = file.problems.length > 0 ? 'the file has duplicate keys' : undefined;
      if (reason) {
        for (const f of fs) batch.unrenderable.push({ finding: f, reason });
        continue;
      }
      if (editDocument(file, index, ops, fs)) batch.accepted.push(...fs);
    }
  }
  if (coverage.length > 0) addPolicies(session, batch, parsed, coverage, options, editDocument);
  for (const [path, { file, edits, expected }] of docEdits) {
    // Policies may have been appended to this file already (standard input): edits come first.
    const appendedText = batch.texts.get(path)!.replace(/^\uFEFF/, '').slice(file.text.length);
    batch.texts.set(path, withBom(texts.get(path), applyEdits(file.text, edits) + appendedText));
    batch.expected.set(path, expected);
  }
  return batch;
}

/** The generated NetworkPolicies for the workloads of the coverage findings, placed per folder. */
function addPolicies(
  session: ScanSession,
  batch: Batch,
  parsed: Map<string, ParsedFile>,
  findings: readonly Finding[],
  options: BatchOptions,
  editDocument: (file: ParsedFile, index: number, ops: readonly FixOp[], fs: readonly Finding[]) => boolean,
): void {
  const workloadKey = (file: string, documentIndex: number, kind: string, name: string) => `${file}#${documentIndex}#${kind}#${name}`;
  const byWorkload = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = workloadKey(f.file, f.documentIndex, f.resource.kind, f.resource.name);
    byWorkload.set(k, [...(byWorkload.get(k) ?? []), f]);
  }
  const toCover = session.workloads.filter((w) => byWorkload.has(workloadKey(w.file.path, w.documentIndex, w.kind, w.resource.name)));
  const plans = planPolicies(toCover, session.objects, session.workloads, options.egress);
  const documents = new Map<string, { docs: string[]; style: Style; kustomization?: string; findings: Finding[] }>();
  for (const plan of plans) {
    const w = plan.workload;
    const fs = byWorkload.get(workloadKey(w.path, w.documentIndex, w.kind, w.name)) ?? [];
    const placement = placementFor(w.path, (p) => batch.texts.has(p), options.chartRoots ?? []);
    if ('notWritten' in placement) {
      for (const f of fs) batch.unrenderable.push({ finding: f, reason: placement.notWritten });
      continue;
    }
    const { path, kustomization } = placement.target;
    const style = styleOf(parsed.get(w.path)!, w.documentIndex);
    const slot = documents.get(path) ?? { docs: [], style, findings: [], ...(kustomization ? { kustomization } : {}) };
    documents.set(path, slot);
    slot.docs.push(emitPolicy(plan, slot.style));
    slot.findings.push(...fs);
  }
  for (const [path, slot] of documents) {
    const existing = batch.texts.get(path);
    if (slot.kustomization && existing === undefined && !listResource(parsed.get(slot.kustomization), editDocument)) {
      for (const f of slot.findings) batch.unrenderable.push({ finding: f, reason: `${slot.kustomization} cannot list ${POLICY_FILE}` });
      continue;
    }
    batch.texts.set(path, withDocuments(existing, slot.docs, slot.style));
    batch.appended.set(path, (batch.appended.get(path) ?? 0) + slot.docs.length);
    if (existing === undefined) batch.created.push(path);
    batch.accepted.push(...slot.findings);
  }
}

/** Adds the policy file to a kustomization's `resources:` (a style-preserving edit). */
function listResource(file: ParsedFile | undefined, editDocument: (file: ParsedFile, index: number, ops: readonly FixOp[], fs: readonly Finding[]) => boolean): boolean {
  const document = file?.documents[0];
  if (!file || !document || document.broken || file.problems.length > 0) return false;
  const ctx = { doc: document.doc };
  const resources = get(ctx, document.doc.contents, 'resources');
  const op: FixOp = resources === undefined ? { op: 'set', path: ['resources'], value: [POLICY_FILE] } : { op: 'append', path: ['resources'], value: POLICY_FILE };
  return editDocument(file, 0, [op], []);
}

