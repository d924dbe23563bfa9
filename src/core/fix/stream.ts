// `fix` of any size in bounded memory and linear time, the way `scanFindings` scans: context
// objects (NetworkPolicies, Services, ConfigMaps, …) are parsed first and kept; every other
// document is parsed in its batch, fixed, verified and let go. Verification is per batch: the
// changed documents are re-parsed on their own, must hold exactly their expected values, and are
// re-evaluated with the context (and the batch's NetworkPolicies in their provisional form, whose
// coverage is the final one's: the rules added later only allow traffic to selected pods) — the
// targeted findings must be gone and no new finding may appear. Workloads are kept as summaries
// for the NetworkPolicy generator, which runs once at the end. Whatever this path does not handle
// (a fix that fails verification, a conflict, a second pass, a policy that selects other
// workloads, a kustomization or chart to place policies in, a duplicate key) makes it give up;
// the whole-set engine (engine.ts) then fixes the input as it always has.
import { compareFindings, Evaluator } from '../evaluate.ts';
import { asWorkload, findDocumentObjects, type Workload } from '../objects.ts';
import { RULE_IDS } from '../rules/registry.ts';
import { BATCH_DOCUMENTS, BatchedPass, batches, safeObjects, safeParse } from '../scan.ts';
import { collectSuppressions } from '../suppress.ts';
import type { Finding, FixOp, InputFile, ScanResult, SkippedFile } from '../types.ts';
import { indexedDocuments } from '../yaml/documents.ts';
import { parseManifest, type ParsedFile } from '../yaml/parse.ts';
import { styleOf } from './batch.ts';
import { fixFiles, type ChangedFile, type FixOptions, type FixResult } from './engine.ts';
import { applyOpsToValue, deepEqual } from './expected.ts';
import { emitPolicy } from './network-policies/emit.ts';
import { closingEgress, planPoliciesOf, policyHead, type PolicyPlan } from './network-policies/generate.ts';
import { placementFor, POLICY_FILE, withDocuments } from './network-policies/placement.ts';
import { exposureMarks, networkContext, summarizeWorkload, type ExposureMark, type NetworkWorkload } from './network-policies/references.ts';
import { applyEdits, buildIntents, renderOps, RenderError } from './render.ts';
import type { Style } from './style.ts';

export type BoundedFixResult = Omit<FixResult, 'after'> & { after: ScanResult };

/** Documents fixed and verified together: a few of a scan's batches, since each batch also
 * re-parses and re-evaluates its changed documents. Set rules read the context through indexes
 * built once (the batch's provisional policies are layered over them, layers.ts), so the batch
 * size does not change how the cost grows; 128 to 2048 measured alike on 12 MiB. */
const FIX_BATCH_DOCUMENTS = 8 * BATCH_DOCUMENTS;

/** Counters for tests: how often a document of the input was parsed by the batched path. */
export const streamStats = { documentParses: 0, batches: 0 };

/** `fixFiles`, in batches when it can (see above), else on the whole set. */
export function fixBounded(inputs: readonly InputFile[], options: FixOptions): BoundedFixResult {
  return (options.before ? undefined : fixInBatches(inputs, options)) ?? fixFiles(inputs, options);
}

/** Why the batched path gives up; the whole-set engine takes over. */
class GiveUp extends Error {}

const workloadKey = (path: string, index: number, kind: string, name: string) => `${path}#${index}#${kind}#${name}`;

/** A changed document: its new text, and where its findings now stand relative to its start. */
interface Change {
  index: number;
  text: string;
  lineDelta: number;
  charDelta: number;
}

/** A finding of a re-checked document, positioned relative to the document's start. */
interface Relative {
  file: string;
  index: number;
  line: number;
  endLine: number;
  start: number;
  end: number;
}

/** The fix of `inputs` in batches, or undefined when the batched path does not handle it. */
export function fixInBatches(inputs: readonly InputFile[], options: FixOptions, batchDocuments = FIX_BATCH_DOCUMENTS): BoundedFixResult | undefined {
  try {
    return run(inputs, options, batchDocuments);
  } catch (err) {
    if (err instanceof GiveUp || err instanceof RenderError) return undefined;
    throw err;
  }
}

function need(condition: boolean): void {
  if (!condition) throw new GiveUp();
}

function lines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function run(inputs: readonly InputFile[], options: FixOptions, batchDocuments: number): BoundedFixResult {
  const inScope = (f: Finding) => !options.files || options.files.has(f.file);
  const egress = options.egress ?? 'internet';
  const parsed = inputs.map((f) => safeParse(f, options, true));
  for (const file of parsed) need(file.documents.length === 0 || indexedDocuments(file.text) !== undefined);
  const pass = new BatchedPass(parsed, () => streamStats.documentParses++);
  const { context, contextSuppressions } = pass;
  const network = networkContext(context);
  const evaluator = new Evaluator(options);
  const before: Finding[] = [];
  const seenBefore = new Set<string>();
  const after: Finding[] = [];
  const relative = new Map<Finding, Relative>();
  const summaries: NetworkWorkload[] = [];
  const marks: ExposureMark[] = [];
  const cover: NetworkWorkload[] = [];
  const styles = new Map<NetworkWorkload, Style>();
  const provisionalNames = new Set<string>();
  const changes = new Map<string, Change[]>();

  for (const file of parsed) {
    const changed: Change[] = [];
    changes.set(file.path, changed);
    for (const { first, docs } of batches(file, batchDocuments)) {
      streamStats.batches++;
      const unit = pass.unit(file, docs, first);
      const { objects, workloads } = unit;
      const found: Finding[] = [];
      evaluator.run(unit, (f) => found.push(f));
      need(file.problems.length === 0);
      for (const f of found) seenBefore.add(f.fingerprint);
      before.push(...found);
      marks.push(...exposureMarks(objects, network.services));
      const summaryOf = new Map<string, NetworkWorkload>();
      for (const w of workloads) {
        const s = summarizeWorkload(w, network);
        summaries.push(s);
        summaryOf.set(workloadKey(s.path, s.documentIndex, s.kind, s.name), s);
      }
      const checked = fixBatch(file, found, workloads, summaryOf, changed);
      after.push(...found.filter((f) => !(f.file === file.path && checked.has(f.documentIndex))));
      pass.release(docs);
    }
  }

  /** Fixes and verifies the documents of a batch that have fixes; returns their indexes. */
  function fixBatch(file: ParsedFile, found: readonly Finding[], workloads: readonly Workload[], summaryOf: Map<string, NetworkWorkload>, changed: Change[]): Set<number> {
    const fixes = found.filter((f) => f.fixable && f.fix && inScope(f));
    const targets = new Map<number, { ops: FixOp[]; findings: Finding[] }>();
    const slot = (index: number) => targets.get(index) ?? targets.set(index, { ops: [], findings: [] }).get(index)!;
    const ordered = fixes.filter((f) => f.fix!.kind !== 'network-policy').sort((a, b) => (b.fix!.priority ?? 0) - (a.fix!.priority ?? 0) || a.range.start - b.range.start);
    for (const f of ordered) {
      const s = slot(f.documentIndex);
      buildIntents([...s.ops, ...f.fix!.ops]); // A conflict waits for a second pass: the whole-set engine's.
      s.ops.push(...f.fix!.ops);
      s.findings.push(f);
    }
    const coverage = new Set(fixes.filter((f) => f.fix!.kind === 'network-policy').map((f) => workloadKey(f.file, f.documentIndex, f.resource.kind, f.resource.name)));
    const provisional: string[] = [];
    for (const w of workloads) {
      const k = workloadKey(w.file.path, w.documentIndex, w.kind, w.resource.name);
      if (!coverage.has(k)) continue;
      const s = summaryOf.get(k)!;
      const style = styleOf(file, w.documentIndex);
      const head = policyHead(s, provisionalNames);
      need(head !== undefined);
      cover.push(s);
      styles.set(s, style);
      // The value alone (JSON, quick to parse): rules read values; checkPolicies holds the emitted
      // text of every policy to its value.
      provisional.push(JSON.stringify(policyValue({ ...head!, ingress: [], egress: closingEgress(head!, egress) })));
      slot(w.documentIndex).findings.push(...fixes.filter((f) => f.fix!.kind === 'network-policy' && f.documentIndex === w.documentIndex));
    }
    if (targets.size === 0) return new Set();
    // The changed documents, each re-parsed from its new text (one small file of them).
    const indexes = [...targets.keys()].sort((a, b) => a - b);
    const parts: { index: number; text: string; expected?: unknown; start: number; line: number }[] = [];
    let offset = 0;
    let line = 1;
    for (const index of indexes) {
      const d = file.documents[index]!;
      need(!pass.isKept(d));
      const original = file.text.slice(d.start, d.end);
      let text = original;
      const { ops } = targets.get(index)!;
      let expected: unknown;
      if (ops.length > 0) {
        const edits = renderOps(file.text, d.doc, styleOf(file, index), ops);
        need(edits.every((e) => e.start >= d.start && e.end <= d.end));
        text = applyEdits(original, edits.map((e) => ({ ...e, start: e.start - d.start, end: e.end - d.start })));
        expected = applyOpsToValue(d.doc.toJS({ maxAliasCount: 1000 }), ops);
      }
      need(index === 0 || text.startsWith('---'));
      parts.push({ index, text, expected, start: offset, line });
      offset += text.length;
      line += lines(text);
      if (text !== original) changed.push({ index, text, lineDelta: lines(text) - lines(original), charDelta: text.length - original.length });
    }
    const mini = parseManifest(file.path, parts.map((p) => p.text).join(''), { lazy: true });
    need(mini.documents.length === parts.length && mini.skipped.length === 0);
    const miniBombs: SkippedFile[] = [];
    const miniObjects = mini.documents.flatMap((md, i) => {
      streamStats.documentParses++;
      need(!md.broken && mini.problems.length === 0);
      if (parts[i]!.expected !== undefined) need(deepEqual(md.doc.toJS({ maxAliasCount: 1000 }), parts[i]!.expected));
      return safeObjects(mini, md, miniBombs);
    });
    need(miniBombs.length === 0 && mini.problems.length === 0);
    const policyFile = parseManifest(POLICY_FILE, provisional.join('\n---\n'), { lazy: true });
    const policies = provisional.length === 0 ? [] : policyFile.documents.flatMap((d) => findDocumentObjects(policyFile, d));
    need(policies.length === provisional.length);
    const miniSuppressions = collectSuppressions([mini], miniObjects, RULE_IDS);
    const verified: Finding[] = [];
    new Evaluator(options).run(
      { objects: miniObjects, workloads: miniObjects.map(asWorkload).filter((w): w is Workload => w !== undefined), context, moreContext: policies, suppressions: miniSuppressions, contextSuppressions },
      (f) => verified.push(f),
    );
    const miniKeys = new Set(miniObjects.map((o) => `${o.kind}\u0000${o.resource.namespace ?? ''}\u0000${o.resource.name}\u0000${o.documentIndex}`));
    const isMini = (f: Finding) => f.file === file.path && (f.resource.kind === '' || miniKeys.has(`${f.resource.kind}\u0000${f.resource.namespace ?? ''}\u0000${f.resource.name}\u0000${f.documentIndex}`));
    const remaining = new Set(verified.map((f) => f.fingerprint));
    for (const index of indexes) for (const f of targets.get(index)!.findings) need(!remaining.has(f.fingerprint));
    for (const f of verified) {
      need(seenBefore.has(f.fingerprint)); // No new finding.
      if (!isMini(f)) continue;
      need(!(f.fixable && inScope(f))); // Left for a second pass: the whole-set engine's.
      const part = parts[f.documentIndex]!;
      const moved = { ...f, documentIndex: part.index };
      relative.set(moved, { file: file.path, index: part.index, line: f.line - part.line, endLine: f.endLine - part.line, start: f.range.start - part.start, end: f.range.end - part.start });
      after.push(moved);
    }
    return new Set(indexes);
  }

  // The NetworkPolicies, from every workload's summary, placed per folder.
  const plans = planPoliciesOf(cover, network, summaries, marks, egress);
  need(!selectsOthers(plans.map((p) => p.workload), summaries));
  const inputPaths = new Set(inputs.map((f) => f.path));
  const documents = new Map<string, { docs: string[]; values: unknown[]; style: Style }>();
  for (const plan of plans) {
    const placement = placementFor(plan.workload.path, (p) => inputPaths.has(p), options.chartRoots ?? []);
    need(!('notWritten' in placement) && placement.target.kustomization === undefined);
    const { path } = (placement as { target: { path: string } }).target;
    const slot = documents.get(path) ?? documents.set(path, { docs: [], values: [], style: styles.get(plan.workload)! }).get(path)!;
    slot.docs.push(emitPolicy(plan, slot.style));
    slot.values.push(policyValue(plan));
  }
  const original = new Map(inputs.map((f) => [f.path, f.text]));
  const texts = new Map<string, string>();
  for (const file of parsed) {
    const list = changes.get(file.path) ?? [];
    if (list.length === 0) continue;
    let text = '';
    let at = 0;
    for (const c of list) {
      const d = file.documents[c.index]!;
      text += file.text.slice(at, d.start) + c.text;
      at = d.end;
    }
    text += file.text.slice(at);
    texts.set(file.path, (file.bomLength ? '\uFEFF' : '') + text);
  }
  const created: string[] = [];
  for (const [path, slot] of documents) {
    const existing = original.get(path);
    const full = withDocuments(existing, slot.docs, slot.style);
    const appended = existing === undefined ? full : full.slice(existing.length);
    checkPolicies(path, appended, slot.values);
    if (existing === undefined) created.push(path);
    texts.set(path, (texts.get(path) ?? existing ?? '') + appended);
  }

  /** The generated policies parse as the documents they should be and have no finding of their
   * own; checked in batches, as the input was. */
  function checkPolicies(path: string, text: string, values: readonly unknown[]): void {
    const count = values.length;
    // Generated text: the input size limit does not apply (the policies may outgrow their input).
    const file = parseManifest(path, text, { lazy: true, maxFileBytes: Number.POSITIVE_INFINITY });
    need(file.documents.length === count && file.skipped.length === 0);
    const evaluator = new Evaluator(options);
    for (let first = 0; first < file.documents.length; first += batchDocuments) {
      const docs = file.documents.slice(first, first + batchDocuments);
      need(docs.every((d) => !d.broken && deepEqual(d.doc.toJS({ maxAliasCount: 1000 }), values[d.index])) && file.problems.length === 0);
      const objects = docs.flatMap((d) => findDocumentObjects(file, d));
      const found: Finding[] = [];
      // No workloads here: no rule reads the context, which is left out (its indexes stay as built).
      evaluator.run({ objects, workloads: [], context: [], suppressions: collectSuppressions([], objects, RULE_IDS) }, (f) => found.push(f));
      need(!found.some((f) => f.file === path && f.resource.kind === 'NetworkPolicy'));
      for (const d of docs) d.release();
    }
  }

  // Findings after fixing, at their places in the fixed texts.
  const shifts = new Map<string, { indexes: number[]; lines: number[]; chars: number[] }>();
  for (const [path, list] of changes) {
    const sums = { indexes: list.map((c) => c.index), lines: [0], chars: [0] };
    for (const c of list) {
      sums.lines.push(sums.lines.at(-1)! + c.lineDelta);
      sums.chars.push(sums.chars.at(-1)! + c.charDelta);
    }
    shifts.set(path, sums);
  }
  /** How far the changed documents before document `index` moved the text after them. */
  const movedBefore = (path: string, index: number) => {
    const sums = shifts.get(path);
    if (!sums) return { line: 0, char: 0 };
    let lo = 0;
    let hi = sums.indexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums.indexes[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return { line: sums.lines[lo]!, char: sums.chars[lo]! };
  };
  const parsedByPath = new Map(parsed.map((p) => [p.path, p]));
  const placed = after.map((f): Finding => {
    const rel = relative.get(f);
    const file = parsedByPath.get(f.file);
    if (!file) return f;
    const moved = movedBefore(f.file, f.documentIndex);
    if (rel) {
      // Copies: the findings before fixing are the same objects and keep their places.
      const d = file.documents[rel.index]!;
      const startLine = file.lineCounter.linePos(d.start).line + moved.line;
      const start = d.start + moved.char;
      return { ...f, line: startLine + rel.line, endLine: startLine + rel.endLine, range: { start: start + rel.start, end: start + rel.end } };
    }
    if (moved.line === 0 && moved.char === 0) return f;
    return { ...f, line: f.line + moved.line, endLine: f.endLine + moved.line, range: { start: f.range.start + moved.char, end: f.range.end + moved.char } };
  });

  before.sort(compareFindings);
  placed.sort(compareFindings);
  const skipped = [...parsed.flatMap((p) => p.skipped), ...pass.bombs];
  const problems = [...parsed.flatMap((p) => p.problems), ...evaluator.problems];
  const afterFingerprints = new Set(placed.map((f) => f.fingerprint));
  const files: ChangedFile[] = [];
  for (const [path, text] of texts) if (original.get(path) !== text) files.push({ path, before: created.includes(path) ? undefined : original.get(path), after: text });
  const order = [...inputs.map((f) => f.path), ...created];
  files.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
  return {
    files,
    fixed: before.filter((f) => !afterFingerprints.has(f.fingerprint) && f.fix !== undefined),
    dropped: [],
    before: { findings: before, skipped, problems },
    after: { findings: placed, skipped, problems },
  };
}

/** The value of a generated policy, as emitPolicy writes it (its comments aside). */
function policyValue(plan: Omit<PolicyPlan, 'workload' | 'summary'>): unknown {
  const spec: Record<string, unknown> = { podSelector: { matchLabels: plan.podSelector }, policyTypes: plan.policyTypes };
  if (plan.policyTypes.includes('Ingress') && plan.ingress.length > 0) spec.ingress = plan.ingress.map((r) => r.rule);
  if (plan.policyTypes.includes('Egress') && plan.egress.length > 0) spec.egress = plan.egress.map((r) => r.rule);
  const metadata = plan.namespace === undefined ? { name: plan.name } : { name: plan.name, namespace: plan.namespace };
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata, spec };
}

/** Whether a generated policy would also select another workload (same namespace, labels): its
 * effect on that workload was not verified in the workload's batch. */
function selectsOthers(owners: readonly NetworkWorkload[], all: readonly NetworkWorkload[]): boolean {
  const byLabel = new Map<string, NetworkWorkload[]>();
  for (const w of all) {
    for (const [k, v] of w.podLabels) {
      const id = `${w.namespace ?? ''}\u0000${k}\u0000${v}`;
      (byLabel.get(id) ?? byLabel.set(id, []).get(id)!).push(w);
    }
  }
  for (const owner of owners) {
    const first = [...owner.selectorLabels][0];
    if (!first) return true;
    const candidates = byLabel.get(`${owner.namespace ?? ''}\u0000${first[0]}\u0000${first[1]}`) ?? [];
    for (const w of candidates) {
      if (w === owner) continue;
      if ([...owner.selectorLabels].every(([k, v]) => w.podLabels.get(k) === v)) return true;
    }
  }
  return false;
}
