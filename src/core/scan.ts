// The analyser: manifest text in, findings with exact positions out. `scan` keeps every tree for
// the fix engine and the review; `scanFindings` keeps none beyond a batch of documents, for a
// command line scan of any size.
import { asWorkload, findDocumentObjects, type K8sObject, type Workload } from './objects.ts';
import { byCodeUnits, compareFindings, compareInFile, CONTEXT_KINDS, Evaluator, type Unit } from './evaluate.ts';
import { RULE_IDS } from './rules/registry.ts';
import { collectSuppressions, type Suppressions } from './suppress.ts';
import type { Finding, InputFile, ScanOptions, ScanResult, SkippedFile } from './types.ts';
import { parseManifest, positionAt, type ParsedDocument, type ParsedFile } from './yaml/parse.ts';

export { fingerprint } from './evaluate.ts';

export interface ScanSession extends ScanResult {
  parsed: ParsedFile[];
  objects: K8sObject[];
  workloads: Workload[];
}

export function scan(files: readonly InputFile[], options: ScanOptions): ScanSession {
  const parsed = files.map((f) => safeParse(f, options, false));
  return scanParsed(parsed, options);
}

export function safeParse(f: InputFile, options: ScanOptions, lazy: boolean): ParsedFile {
  try {
    return parseManifest(f.path, f.text, { ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}), lazy });
  } catch (err) {
    // The parser should never throw; if it does, this file is reported and the others go on.
    const failed = parseManifest(f.path, '');
    failed.skipped.push({ file: f.path, reason: `could not be parsed: ${(err as Error).message}`, error: true });
    return failed;
  }
}

export function scanParsed(parsed: ParsedFile[], options: ScanOptions): ScanSession {
  const skipped = parsed.flatMap((p) => p.skipped);
  const objects = parsed.flatMap((file) => file.documents.flatMap((d) => safeObjects(file, d, skipped)));
  const workloads = objects.map(asWorkload).filter((w): w is Workload => w !== undefined);
  const suppressions = collectSuppressions(parsed, objects, RULE_IDS);
  const evaluator = new Evaluator(options);
  const findings: Finding[] = [];
  evaluator.run({ objects, workloads, context: [], suppressions }, (f) => findings.push(f));
  findings.sort(compareFindings);
  return { findings, skipped, problems: [...parsed.flatMap((p) => p.problems), ...evaluator.problems], parsed, objects, workloads };
}

/** Documents evaluated together. Few, so that a batch's trees die young: a tree that outlives two
 * young-generation collections is copied to the old generation and stays there, garbage, until a
 * full collection — which is what makes a scan's heap swell. Set rules read the context through
 * indexes built once (network.ts), so small batches cost nothing there. */
export const BATCH_DOCUMENTS = 16;

/**
 * The findings of `files`, as `scan` finds them (without their fix plans), without keeping the files' trees: context
 * objects (CONTEXT_KINDS, and documents whose kind the raw text does not say) are parsed first and
 * kept; every other document is parsed in its batch and let go after it. Findings come out sorted
 * as `scan` sorts them.
 */
export function scanFindings(files: readonly InputFile[], options: ScanOptions): ScanResult {
  const ordered = [...files].sort((a, b) => byCodeUnits(a.path, b.path));
  const parsed = ordered.map((f) => safeParse(f, options, true));
  const pass = new BatchedPass(parsed);
  const evaluator = new Evaluator(options);
  const byFile = new Map<string, Finding[]>(parsed.map((f) => [f.path, []]));
  const emit = (f: Finding) => (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
  for (const file of parsed) {
    for (const { first, docs } of batches(file, BATCH_DOCUMENTS)) {
      evaluator.run(pass.unit(file, docs, first), emit);
      pass.release(docs);
    }
    // A duplicate key found in a later batch makes the file's edits unwritable, as `scan` (which
    // parses the whole file first) would have settled them.
    const unwritable = file.problems.length > 0;
    for (const f of byFile.get(file.path) ?? []) {
      if (unwritable && f.fix && f.fix.kind !== 'network-policy') {
        f.fixable = false;
        f.suggestion = false;
      }
      // A scan reports whether a finding is fixable, never the edit: the plans are let go.
      f.fix = undefined;
    }
  }
  const findings = [...byFile.values()].flatMap((list) => list.sort(compareInFile));
  const skipped = [...parsed.flatMap((p) => p.skipped.sort(byPosition)), ...pass.bombs];
  const problems = [...parsed.flatMap((p) => p.problems.sort(byPosition)), ...evaluator.problems];
  return { findings, skipped, problems };
}

/** The documents of `file` in batches of `size`, in order; a file with no document is one empty
 * batch (its comment suppressions are still read). */
export function* batches(file: ParsedFile, size: number): Generator<{ first: number; docs: ParsedDocument[] }> {
  for (let first = 0; first === 0 || first < file.documents.length; first += size) yield { first, docs: file.documents.slice(first, first + size) };
}

/**
 * A pass over files in batches of documents, as `scanFindings` and the batched fix make it: the
 * context objects (CONTEXT_KINDS, and documents whose kind the raw text does not say) are parsed
 * first and kept; every other document is parsed when its batch's unit is asked for, and let go
 * with `release`. `onParse` counts the documents parsed (tests hold the batched fix to once each).
 */
export class BatchedPass {
  /** Documents skipped as alias bombs. */
  readonly bombs: SkippedFile[] = [];
  readonly context: K8sObject[] = [];
  /** Annotation suppressions of the context objects (their invalid ones are reported with the
   * batch that holds the object). */
  readonly contextSuppressions: Suppressions;
  readonly #objectsOf = new Map<ParsedDocument, K8sObject[]>();
  readonly #comments = new Map<ParsedFile, Suppressions>();
  readonly #byLine: Suppressions['byLine'] = new Map();
  readonly #kept: Set<ParsedDocument>;
  readonly #onParse: () => void;

  constructor(parsed: readonly ParsedFile[], onParse: () => void = () => {}) {
    this.#onParse = onParse;
    for (const file of parsed) {
      const comments = collectSuppressions([file], [], RULE_IDS);
      this.#comments.set(file, comments);
      for (const [path, lines] of comments.byLine) this.#byLine.set(path, lines);
      for (const d of file.documents) {
        if (d.unread || (d.kind !== undefined && !CONTEXT_KINDS.has(d.kind) && !d.kind.endsWith('List'))) continue;
        onParse();
        const objects = safeObjects(file, d, this.bombs);
        this.#objectsOf.set(d, objects);
        for (const o of objects) if (CONTEXT_KINDS.has(o.kind)) this.context.push(o);
      }
    }
    this.contextSuppressions = collectSuppressions([], this.context, RULE_IDS);
    this.contextSuppressions.invalid = [];
    this.#kept = new Set(this.context.map((o) => o.file.documents[o.documentIndex]!));
  }

  /** The unit of one batch (`first` is its first document's index): its objects, workloads and
   * suppressions, the context beside them. */
  unit(file: ParsedFile, docs: readonly ParsedDocument[], first: number): Unit {
    const objects = docs.flatMap((d) => this.#objectsOf.get(d) ?? (d.unread ? [] : (this.#onParse(), safeObjects(file, d, this.bombs))));
    const workloads = objects.map(asWorkload).filter((w): w is Workload => w !== undefined);
    const own = collectSuppressions([], objects, RULE_IDS);
    const comments = first === 0 ? this.#comments.get(file)!.invalid : [];
    const suppressions: Suppressions = { byObject: own.byObject, byLine: this.#byLine, invalid: [...comments, ...own.invalid] };
    return { objects, workloads, context: this.context, suppressions, contextSuppressions: this.contextSuppressions };
  }

  /** Whether `d` is kept for the whole pass (it holds context objects). */
  isKept(d: ParsedDocument): boolean {
    return this.#kept.has(d);
  }

  /** Lets the trees of a batch go; the context's stay. */
  release(docs: readonly ParsedDocument[]): void {
    for (const d of docs) {
      this.#objectsOf.delete(d);
      if (!this.#kept.has(d)) d.release();
    }
  }
}

function byPosition(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

// An alias (`*name`) somewhere in a document: worth checking for an alias bomb.
const ALIAS_RE = /(^|[\s,[{:-])\*[^\s,[\]{}]/;

/** The objects of a document, or none (and a skipped entry) past an alias bomb. */
export function safeObjects(file: ParsedFile, d: ParsedDocument, skipped: SkippedFile[]): K8sObject[] {
  const objects = findDocumentObjects(file, d);
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i]!;
    if (aliasesAreSafe(o)) continue;
    const pos = positionAt(file.lineCounter, o.node.range?.[0] ?? 0);
    skipped.push({ file: file.path, reason: `document ${o.documentIndex + 1} expands aliases excessively (a YAML alias bomb); not scanned`, ...pos, error: true });
    return objects.slice(0, i);
  }
  return objects;
}

function aliasesAreSafe(o: K8sObject): boolean {
  const r = o.node.range;
  if (!r) return true;
  const text = o.file.text.slice(r[0], r[2]);
  if (!ALIAS_RE.test(text)) return true;
  try {
    o.ctx.doc.toJS({ maxAliasCount: 1000 });
    return true;
  } catch {
    return false;
  }
}
