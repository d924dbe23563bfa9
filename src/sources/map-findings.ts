// Scans a render and moves each finding from the rendered text to the source line a human must
// change; then merges what several roots (overlays) found at one source place into one finding
// that names them.
import { chartOfTemplate, chartPolicyNote } from '../core/fix/network-policies/placement.ts';
import { RULE_IDS } from '../core/rules/registry.ts';
import { fingerprint, scan } from '../core/scan.ts';
import { collectSuppressions } from '../core/suppress.ts';
import type { DocPath, FileProblem, Finding, FindingSource, ScanOptions, SkippedFile } from '../core/types.ts';
import { looksLikeHelmTemplate, parseManifest } from '../core/yaml/parse.ts';
import { pathAtOffset } from './map-fields.ts';
import type { LocatedField, Render, RenderedDocument, SourceKind, SourceLocation } from './types.ts';

/** A finding placed on its source, with where it came from and whether a fix may edit it there. */
export interface SourceFinding extends Finding {
  source: FindingSource & { kind: SourceKind };
}

export interface MappedRender {
  root: string;
  findings: SourceFinding[];
  skipped: SkippedFile[];
  problems: FileProblem[];
  /** Files whose objects this render holds (to know which roots render a base). */
  originFiles: Set<string>;
}

/** The name a render is scanned under, before its findings move to their sources. */
function renderName(render: Render): string {
  return `${render.root}${render.variant ? ` (${render.variant})` : ''} (rendered)`;
}

export function mapRenderFindings(render: Render, options: ScanOptions, readText: (file: string) => string | undefined): MappedRender {
  const name = renderName(render);
  const text = render.documents.map((d) => d.text.replace(/\n?$/, '\n')).join('---\n');
  const session = scan([{ path: name, text }], options);
  const parsed = session.parsed[0];
  const originFiles = new Set(render.documents.map((d) => d.originFile ?? d.origin.file));
  // Scan problems of the joined render text belong to the render's first object file.
  const first = render.documents[0];
  const rootFile = first?.originFile ?? (first ? safeOrigin(first).file : render.root);
  const findings: SourceFinding[] = [];
  for (const f of session.findings) {
    const doc = render.documents[f.documentIndex];
    const ast = parsed?.documents[f.documentIndex]?.doc;
    if (!doc || !ast) continue;
    // Offsets of the rendered document in the joined text: the AST's own nodes carry them.
    const path = pathAtOffset(ast.contents, f.range.start);
    const located = safeLocate(doc, path, render.root);
    findings.push(placed(f, located, render, readText));
  }
  const atRoot = <T extends { file: string }>(s: T): T => ({ ...s, file: s.file === name ? rootFile : s.file });
  return {
    root: render.root,
    findings: withoutSuppressed(findings, readText),
    skipped: session.skipped.map(atRoot),
    problems: session.problems.map(atRoot),
    originFiles,
  };
}

/** Where a rendered field is written; a renderer that fails to say so (a source it cannot parse)
 * leaves the finding on the object's file, never a crash. */
function safeLocate(doc: RenderedDocument, path: DocPath, root: string): LocatedField {
  try {
    return doc.locate(path) ?? { location: safeOrigin(doc), editable: false };
  } catch {
    return { location: { file: doc.originFile ?? root, line: 1, column: 1 }, editable: false };
  }
}

function safeOrigin(doc: RenderedDocument): SourceLocation {
  try {
    return doc.origin;
  } catch {
    return { file: doc.originFile ?? '.', line: 1, column: 1 };
  }
}

function placed(f: Finding, located: LocatedField, render: Render, readText: (file: string) => string | undefined): SourceFinding {
  const { location } = located;
  const text = readText(location.file);
  const range = text !== undefined ? offsetsOf(text, location) : { start: 0, end: 0 };
  // A fix is verified by re-parsing the edited source: a Helm template's literal lines may be edited
  // by hand (the comment says where), but `fix` cannot verify the file, so it does not claim them.
  const editable = located.editable;
  const verifiable = text !== undefined && !looksLikeHelmTemplate(text);
  return {
    ...f,
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine ?? location.line,
    endColumn: location.endColumn ?? location.column,
    range,
    fixable: f.fixable && editable && verifiable,
    suggestion: f.suggestion && editable && verifiable,
    fingerprint: fingerprint([f.rule, location.file, f.resource.kind, f.container ?? '', f.message]),
    source: { kind: render.kind, roots: [render.variant ? `${render.root} (${render.variant})` : render.root], editable, ...(hintOf(f, located, render) ? { hint: hintOf(f, located, render) } : {}) },
  };
}

const CHART_KINDS: readonly SourceKind[] = ['helm', 'flux-helmrelease', 'argocd-application'];

/** Where to act on a finding: for a chart workload's missing NetworkPolicy, a template to add
 * (nothing is written inside a chart); else what locating the field found. */
function hintOf(f: Finding, located: LocatedField, render: Render): string | undefined {
  const chart = f.fix?.kind === 'network-policy' && CHART_KINDS.includes(render.kind) ? chartOfTemplate(located.location.file) : undefined;
  return chart !== undefined ? chartPolicyNote(chart) : located.hint;
}

function offsetsOf(text: string, loc: SourceLocation): { start: number; end: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
  return { start: at(loc.line, loc.column), end: at(loc.endLine ?? loc.line, loc.endColumn ?? loc.column) };
}

/** Comment suppressions (`# podarmor:ignore rule -- reason`) written on the source lines. */
function withoutSuppressed(findings: SourceFinding[], readText: (file: string) => string | undefined): SourceFinding[] {
  const files = [...new Set(findings.map((f) => f.file))];
  const parsed = files.flatMap((file) => {
    const text = readText(file);
    return text !== undefined && text.includes('podarmor:ignore') ? [parseManifest(file, text)] : [];
  });
  if (!parsed.length) return findings;
  const { byLine } = collectSuppressions(parsed, [], RULE_IDS);
  return findings.filter((f) => !byLine.get(f.file)?.get(f.line)?.has(f.rule));
}

/** One finding per source place across roots, naming the roots. A finding on a base is editable
 * only when every root that renders that base shows it (no overlay changes it there). */
export function mergeAcrossRoots(renders: readonly MappedRender[]): SourceFinding[] {
  const merged = new Map<string, SourceFinding>();
  for (const r of renders) {
    for (const f of r.findings) {
      const key = [f.rule, f.file, f.line, f.column, f.container ?? ''].join('\u0000');
      const seen = merged.get(key);
      if (!seen) {
        merged.set(key, { ...f, source: { ...f.source, roots: [...f.source.roots] } });
        continue;
      }
      for (const root of f.source.roots) if (!seen.source.roots.includes(root)) seen.source.roots.push(root);
      // Editable only when it is editable for every root that shows it.
      if (!f.source.editable && seen.source.editable) {
        seen.source.editable = false;
        if (f.source.hint) seen.source.hint = f.source.hint;
      }
    }
  }
  const out: SourceFinding[] = [];
  for (const f of merged.values()) {
    const renderingRoots = renders.filter((r) => r.originFiles.has(f.file)).map((r) => r.root);
    const everywhere = renderingRoots.every((root) => f.source.roots.some((name) => name === root || name.startsWith(`${root} (`)));
    const editable = f.source.editable && everywhere;
    const others = renderingRoots.filter((root) => !f.source.roots.includes(root));
    const hint = f.source.hint ?? (!everywhere ? `${others.join(', ')} ${others.length === 1 ? 'renders' : 'render'} this line differently: change it in ${f.source.roots.join(', ')}, or here if every overlay should change` : undefined);
    f.source.roots.sort();
    out.push({
      ...f,
      message: `${f.source.roots.length ? `${f.message} (rendered by ${rootList(f.source.roots)})` : f.message}${chartHint(f.source.kind, editable && f.fix?.kind !== 'network-policy', f.source.hint)}`,
      fixable: f.fixable && editable,
      suggestion: f.suggestion && editable,
      source: { ...f.source, editable, ...(hint ? { hint } : {}) },
    });
  }
  return out;
}

/** "a, b and c", or "a, b and 7 other roots" when the list is long (JSON has them all). */
function rootList(roots: readonly string[]): string {
  if (roots.length <= 3) return roots.length === 1 ? roots[0]! : `${roots.slice(0, -1).join(', ')} and ${roots.at(-1)}`;
  return `${roots.slice(0, 2).join(', ')} and ${roots.length - 2} other roots`;
}

/** A chart's field written through `{{ … }}` is changed in the values: the message says where. */
function chartHint(kind: SourceKind, editable: boolean, hint: string | undefined): string {
  return hint && !editable && (kind === 'helm' || kind === 'flux-helmrelease' || kind === 'argocd-application') ? `; ${hint}` : '';
}
