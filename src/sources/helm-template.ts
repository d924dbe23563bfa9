// A Helm template read as an outline of the YAML it writes. Keys are literal in templates, so the
// template's own indentation tells which line writes which key path; `{{ … }}` actions tell where a
// value comes from (`.Values.x`, `toYaml .Values.x | nindent N`, `with .Values.x` … `toYaml .`,
// `include "name"`). No template is executed: this only reads the text.

export type TemplatePath = (string | number)[];

/** A key or sequence item the template writes literally, with where its value comes from. */
export interface TemplateEntry {
  path: TemplatePath;
  line: number; // 1-based, in the whole template file
  column: number; // 1-based, where the key (or the item's dash) starts
  /** Last line of the entry's block (its own line for a scalar). */
  endLine: number;
  /** Values keys that write this entry's value: on its line, or by `toYaml` lines of its block. */
  refs: string[];
  /** Named templates included into its value (`include "chart.labels" .`). */
  includes: string[];
}

export interface TemplateSection {
  entries: TemplateEntry[];
  /** The `kind:` written literally in this section, if any. */
  kind?: string;
  /** Line of the section's `kind:` key (else its first line): where the object as a whole is written. */
  originLine: number;
  /** Highest literal item index under each sequence (keyed by the JSON of its path). */
  maxIndex: Map<string, number>;
}

interface Frame {
  indent: number;
  entry: TemplateEntry;
  isItem: boolean;
  items: number;
}

interface Scope {
  kind: string;
  /** The values key `.` stands for inside `with .Values.x`; null where `.` is unknown (range). */
  dot?: string | null;
}

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;
const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"{\-?:][^:#]*?|-[^\s:#][^:#]*?))\s*:(?=\s|$)/;
const VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const DOT_REF = /(?:^|[\s(|])\.((?:[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*)?(?=[\s)|]|$)/g;
const BUILTIN = /^(?:Values|Release|Chart|Capabilities|Files|Template)\b/;

/** The sections of a template (split at `---` lines), each as an outline of what it writes. */
export function readTemplate(text: string): TemplateSection[] {
  const lines = text.split(/\r?\n/);
  const sections: TemplateSection[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^---(\s|$)/.test(lines[i]!)) {
      if (i > start || sections.length === 0) sections.push(readSection(lines, start, i));
      start = i + 1;
    }
  }
  return sections.filter((s, i) => s.entries.length > 0 || (i === 0 && sections.length === 1));
}

function readSection(lines: readonly string[], from: number, to: number): TemplateSection {
  const section: TemplateSection = { entries: [], originLine: from + 1, maxIndex: new Map() };
  const stack: Frame[] = [];
  const scopes: Scope[] = [];
  let blockScalarIndent: number | undefined;

  const touch = (line: number) => stack.forEach((f) => (f.entry.endLine = line));
  const popTo = (indent: number, keepSameIndentParent: boolean) => {
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.indent > indent || (top.indent === indent && (top.isItem || !keepSameIndentParent))) stack.pop();
      else break;
    }
  };
  const push = (path: TemplatePath, line: number, column: number, indent: number, isItem: boolean) => {
    const entry: TemplateEntry = { path, line, column, endLine: line, refs: [], includes: [] };
    section.entries.push(entry);
    stack.push({ indent, entry, isItem, items: 0 });
    return entry;
  };
  const parentPath = () => stack[stack.length - 1]?.entry.path ?? [];

  for (let i = from; i < to; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (blockScalarIndent !== undefined) {
      if (content === '' || indent > blockScalarIndent) {
        touch(lineNo);
        continue;
      }
      blockScalarIndent = undefined;
    }
    if (content === '' || content.startsWith('#')) continue;
    const actions = [...content.matchAll(ACTION)].map((m) => m[1]!);

    if (content.startsWith('{{')) {
      // A line of actions only: control flow, or output (toYaml/include) into the enclosing block.
      const output = actions.filter((a) => !updateScopes(scopes, a));
      const refs = output.flatMap((a) => valuesRefs(a, dotOf(scopes)));
      const includes = output.flatMap(includedNames);
      if (refs.length || includes.length) {
        const n = /\bn?indent\s+(\d+)/.exec(content);
        popTo(n ? Number(n[1]) : indent, false);
        const top = stack[stack.length - 1];
        if (top) {
          top.entry.refs.push(...refs);
          top.entry.includes.push(...includes);
        }
      }
      touch(lineNo);
      continue;
    }
    for (const a of actions) updateScopes(scopes, a);

    let rest = content;
    let column = indent + 1;
    if (/^-(\s|$)/.test(rest)) {
      popTo(indent, true);
      const parent = stack[stack.length - 1];
      const index = parent ? parent.items++ : 0;
      const path = [...parentPath(), index];
      const key = JSON.stringify(parentPath());
      section.maxIndex.set(key, Math.max(section.maxIndex.get(key) ?? 0, index));
      const item = push(path, lineNo, column, indent, true);
      const after = rest.slice(1);
      column += 1 + (after.length - after.trimStart().length);
      rest = after.trim();
      if (!KEY.test(rest)) {
        // A scalar item (`- --flag`, `- {{ .Values.x }}`).
        item.refs.push(...actions.flatMap((a) => valuesRefs(a, dotOf(scopes))));
        item.includes.push(...actions.flatMap(includedNames));
        touch(lineNo);
        continue;
      }
    }
    const m = KEY.exec(rest);
    if (!m) {
      touch(lineNo);
      continue;
    }
    const key = m[1] ?? m[2] ?? m[3]!.trim();
    const keyIndent = column - 1;
    popTo(keyIndent, false);
    const entry = push([...parentPath(), key], lineNo, column, keyIndent, false);
    const value = rest.slice(m[0].length).trim();
    entry.refs.push(...actions.flatMap((a) => (isControl(a) ? [] : valuesRefs(a, dotOf(scopes)))));
    entry.includes.push(...actions.flatMap(includedNames));
    if (/^[|>][-+0-9]*(\s+#.*)?$/.test(value)) blockScalarIndent = keyIndent;
    if (key === 'kind' && stack.length === 1 && !value.includes('{{')) {
      section.kind = value.replace(/^["']|["']$/g, '');
      section.originLine = lineNo;
    }
    touch(lineNo);
  }
  return section;
}

function isControl(action: string): boolean {
  return /^(?:if|else|with|range|end|define|block)\b/.test(action.replace(/^-\s*/, ''));
}

/** Applies a control action to the scope stack; true when the action was control flow. */
function updateScopes(scopes: Scope[], action: string): boolean {
  const a = action.replace(/^-\s*/, '');
  const word = /^(if|else|with|range|end|define|block)\b/.exec(a)?.[1];
  if (!word) return false;
  if (word === 'end') scopes.pop();
  else if (word === 'with') scopes.push({ kind: 'with', dot: valuesRefs(a, dotOf(scopes))[0] ?? null });
  else if (word === 'range') scopes.push({ kind: 'range', dot: null });
  else if (word !== 'else') scopes.push({ kind: word });
  return true;
}

function dotOf(scopes: readonly Scope[]): string | null {
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]!.dot !== undefined) return scopes[i]!.dot!;
  return null;
}

/** Values keys an action reads: `.Values.a.b`, and `.`/`.x` inside `with .Values.a`. */
export function valuesRefs(action: string, dot: string | null): string[] {
  const refs = [...action.matchAll(VALUES_REF)].map((m) => m[1]!.slice(1));
  if (dot !== null) {
    const withoutStrings = action.replace(/"[^"]*"/g, '""');
    for (const m of withoutStrings.matchAll(DOT_REF)) {
      if (m[1] && BUILTIN.test(m[1])) continue;
      refs.push(m[1] ? `${dot}.${m[1]}` : dot);
    }
  }
  return refs;
}

function includedNames(action: string): string[] {
  return [...action.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map((m) => m[1]!);
}

/** The entry that writes `path` (or its nearest written ancestor) and the part of the path below it. */
export function locateEntry(section: TemplateSection, path: readonly (string | number)[]): { entry: TemplateEntry; rest: (string | number)[] } | undefined {
  let best: TemplateEntry | undefined;
  for (const entry of section.entries) {
    if (entry.path.length > path.length || (best && entry.path.length <= best.path.length)) continue;
    if (entry.path.every((c, j) => matches(section, entry.path.slice(0, j), c, path[j]!))) best = entry;
  }
  return best && { entry: best, rest: path.slice(best.path.length) };
}

/** A template component matches a rendered one; a rendered index past the template's literal items
 * (a `range`) matches the last literal item. */
function matches(section: TemplateSection, parent: TemplatePath, templateComponent: string | number, rendered: string | number): boolean {
  if (typeof templateComponent === 'string' || typeof rendered === 'string') return templateComponent === rendered;
  return templateComponent === Math.min(rendered, section.maxIndex.get(JSON.stringify(parent)) ?? 0);
}
