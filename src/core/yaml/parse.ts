// Turns manifest text into YAML documents with positions, and every way a file can be broken into a
// clear message with a line and column. A broken document does not stop the others.
import { Document, LineCounter, parseAllDocuments } from 'yaml';
import type { FileProblem, InputFile, Position, SkippedFile } from '../types.ts';
import { indexedDocuments, isUnreadKind, parseSpan, type DocumentSpan } from './documents.ts';
import { composeSimpleDocument, type FastComposeOptions } from './fast-compose.ts';
import { guardedScalarTags } from './scalar-tags.ts';
import { templateSyntaxPosition } from './template-syntax.ts';

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

/** YAML options matching how kubectl reads manifests: YAML 1.1 (`yes`/`on` are booleans, merge
 * keys), with the scalar patterns behind a first-character check (scalar-tags.ts). */
export const YAML_OPTIONS = { version: '1.1', merge: true, prettyErrors: false, customTags: guardedScalarTags } as const;

/** The same options, with the one schema every directly composed document shares. */
const DIRECT_OPTIONS: FastComposeOptions = { ...YAML_OPTIONS, schema: new Document(undefined, YAML_OPTIONS).schema };

export interface ParsedDocument {
  index: number;
  /** Offsets of the document in the text: from its `---` line (or the file's start) to the next. */
  start: number;
  end: number;
  /** The document's tree, parsed on first use (its syntax errors are then added to the file's). */
  readonly doc: Document.Parsed;
  /** True when a syntax error means this document is skipped. */
  readonly broken: boolean;
  /** The kind and apiVersion read from the raw text, when it states them unambiguously. */
  kind?: string;
  apiVersion?: string;
  /** True when the raw text shows a kind that no rule reads: scans leave the document unparsed. */
  unread: boolean;
  /** Lets the tree go (it is parsed again if used again): for scans that keep no trees. */
  release(): void;
}

export interface ParsedFile {
  path: string;
  /** Text as parsed: the byte order mark is removed so that columns match what editors show. */
  text: string;
  /** Length of the removed byte order mark (0 or 1): offsets in `text` plus this are offsets in the original. */
  bomLength: number;
  lineCounter: LineCounter;
  documents: ParsedDocument[];
  skipped: SkippedFile[];
  problems: FileProblem[];
}

export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** A file's bytes as scan input, or the reason (and position) it cannot be one. Every reader —
 * the CLI's files, the pull request's blobs, `review`'s working tree — goes through this. */
export function manifestInput(path: string, bytes: Uint8Array): { file: InputFile } | { skipped: SkippedFile } {
  const decoded = decodeManifest(bytes);
  if ('error' in decoded) return { skipped: { file: path, reason: decoded.error, line: decoded.line, column: decoded.column, error: true } };
  return { file: { path, text: decoded.text } };
}

/** Decodes bytes as UTF-8, or explains where the first byte that is not UTF-8 is. */
export function decodeManifest(bytes: Uint8Array): { text: string } | { error: string; line: number; column: number } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'file is UTF-16 encoded; Kubernetes manifests must be UTF-8', line: 1, column: 1 };
  }
  try {
    // ignoreBOM keeps a byte order mark in the text: parseManifest strips and remembers it, so that
    // `fix --write` writes it back.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    const hex = bytes[offset]?.toString(16).padStart(2, '0') ?? '??';
    return { error: `byte 0x${hex} at offset ${offset} is not valid UTF-8; manifests must be UTF-8`, line, column };
  }
}

function firstInvalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    // Overlong and surrogate forms.
    if (need === 2) {
      const c1 = b[i + 1]!;
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return i;
    }
    if (need === 3) {
      const c1 = b[i + 1]!;
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/** Where a Helm template action stands in the YAML structure (`{{ … }}` in strings is data). */
export const looksLikeHelmTemplate = templateSyntaxPosition;

export function tooLargeReason(bytes: number, maxBytes: number): string {
  const mib = (n: number) => (n / 1048576).toFixed(n % 1048576 === 0 ? 0 : 1);
  return `file is ${mib(bytes)} MiB, larger than the ${mib(maxBytes)} MiB limit (raise it with --max-file-size)`;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export interface ParseOptions {
  maxFileBytes?: number;
  /** Parse each document only when it is first used (default: every document a scan reads, now). */
  lazy?: boolean;
}

const SUPPRESSION_ANNOTATION = 'ignore.podarmor.dev/';

function addLineStarts(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

/** A document of a file, parsed from its own span of the text when first needed. */
class SpanDocument implements ParsedDocument {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly unread: boolean;
  kind?: string;
  apiVersion?: string;
  readonly #file: ParsedFile;
  #doc: Document.Parsed | undefined;
  #broken = false;
  #recorded = false;
  /** Kept for good: it came from a parse of the whole file, not of its own span. */
  readonly #pinned: boolean;

  constructor(file: ParsedFile, index: number, span: Pick<DocumentSpan, 'start' | 'end' | 'kind' | 'apiVersion'>, unread: boolean, doc?: Document.Parsed, pinned = false) {
    this.#file = file;
    this.#pinned = pinned;
    this.index = index;
    this.start = span.start;
    this.end = span.end;
    if (span.kind !== undefined) this.kind = span.kind;
    if (span.apiVersion !== undefined) this.apiVersion = span.apiVersion;
    this.unread = unread;
    if (doc) this.#record(doc);
  }

  get doc(): Document.Parsed {
    if (!this.#doc) {
      // Most manifest documents are in the subset the direct composer builds in one pass; the rest,
      // and every broken one, go through `yaml`'s parser.
      const text = this.#file.text;
      this.#record(composeSimpleDocument(text, this.start, this.end, DIRECT_OPTIONS) ?? parseSpan(text, this, YAML_OPTIONS)[0]!);
    }
    return this.#doc!;
  }

  get broken(): boolean {
    void this.doc;
    return this.#broken;
  }

  release(): void {
    if (!this.#pinned) this.#doc = undefined;
  }

  #record(doc: Document.Parsed): void {
    this.#doc = doc;
    if (this.#recorded) return;
    this.#recorded = true;
    this.#broken = recordErrors(this.#file, doc, this.index);
  }
}

/** Adds a document's syntax errors to its file: duplicate keys as problems, anything else skips
 * the document. Returns whether it is broken. */
function recordErrors(file: ParsedFile, doc: Document.Parsed, index: number): boolean {
  let broken = false;
  for (const err of doc.errors) {
    const pos = positionAt(file.lineCounter, err.pos[0]);
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (err.code === 'DUPLICATE_KEY') {
      file.problems.push({
        file: file.path,
        ...pos,
        message: `duplicate key: ${message}; Kubernetes rejects the manifest or keeps the last value, and podarmor scans the last value`,
      });
    } else if (!broken) {
      broken = true;
      file.skipped.push({ file: file.path, reason: `invalid YAML in document ${index + 1}: ${message}`, ...pos, error: true });
    }
  }
  return broken;
}

export function parseManifest(path: string, rawText: string, options: ParseOptions = {}): ParsedFile {
  const bomLength = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bomLength ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const result: ParsedFile = { path, text, bomLength, lineCounter, documents: [], skipped: [], problems: [] };

  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // A UTF-16 length is a cheap lower bound of the UTF-8 size; exact only when needed.
  if (text.length > maxBytes / 4 && utf8Length(text) > maxBytes) {
    result.skipped.push({ file: path, reason: tooLargeReason(utf8Length(text), maxBytes), error: true });
    return result;
  }

  const helm = looksLikeHelmTemplate(text);
  if (helm) {
    result.skipped.push({
      file: path,
      reason: 'Helm template ({{ … }}): render it first (helm template …) and scan the output',
      line: helm.line,
      column: helm.column,
      error: false,
    });
    return result;
  }

  const spans = indexedDocuments(text);
  if (!spans) {
    // Directives or `...` markers: only the full parser delimits these documents.
    const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter });
    (Array.isArray(docs) ? docs : []).forEach((doc, index) => {
      result.documents.push(new SpanDocument(result, index, { start: doc.range[0], end: doc.range[2] }, false, doc, true));
    });
    return result;
  }
  addLineStarts(lineCounter, text);
  // An annotation suppression is read from the tree: such a file has every document parsed.
  const mayBeUnread = !text.includes(SUPPRESSION_ANNOTATION);
  for (const span of spans) {
    const d = new SpanDocument(result, span.index, span, mayBeUnread && isUnreadKind(span.kind, span.apiVersion));
    if (!options.lazy && !d.unread) void d.doc;
    result.documents.push(d);
  }
  return result;
}
