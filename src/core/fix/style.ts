// The file's own style, so that inserted text looks like the lines around it: indentation width,
// whether block sequences are indented under their key, line endings, and how to write a scalar.
import { isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { columnOf, lineStartOf } from '../lines.ts';
import { isPlainObject } from '../values.ts';

export interface Style {
  /** Spaces per nesting level. */
  indent: number;
  /** True when `- item` lines are indented under their key, false when they start at the key's column. */
  indentSequences: boolean;
  eol: '\n' | '\r\n';
}

/** The line ending of a file: CRLF when it has any. */
export function eolOf(text: string): Style['eol'] {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Measures the style of a document from its own block collections (most common wins). `eol` is
 * the file's (measured once per file by the caller: searching a large file per document is
 * quadratic). */
export function detectStyle(text: string, doc: Document.Parsed, eol: Style['eol'] = eolOf(text)): Style {
  const widths = new Map<number, number>();
  const seqStyles = { indented: 0, flush: 0 };
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range || (value as { flow?: boolean }).flow) return;
      const keyCol = columnOf(text, key.range[0]);
      if (isMap(value) && value.items[0]) {
        const first = value.items[0].key as Node | null;
        if (first?.range && onOwnLine(text, first.range[0])) {
          const w = columnOf(text, first.range[0]) - keyCol;
          if (w > 0 && w <= 8) widths.set(w, (widths.get(w) ?? 0) + 1);
        }
      } else if (isSeq(value) && value.items[0]) {
        // The `-` indicator sits two columns before the item's content.
        const item = value.items[0] as Node;
        if (item.range) {
          const dash = text.lastIndexOf('-', item.range[0]);
          if (dash >= 0 && onOwnLine(text, dash)) {
            if (columnOf(text, dash) > keyCol) seqStyles.indented++;
            else seqStyles.flush++;
          }
        }
      }
    },
  });
  let indent = 2;
  let best = 0;
  for (const [w, n] of widths) if (n > best || (n === best && w < indent)) [indent, best] = [w, n];
  return { indent, indentSequences: seqStyles.indented > seqStyles.flush, eol };
}

function onOwnLine(text: string, offset: number): boolean {
  return /^[\s-]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./@-]*$/;
// Words that YAML 1.1 or 1.2 would read as something other than a string.
const AMBIGUOUS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

export function renderScalar(value: unknown, json: boolean): string {
  if (typeof value === 'string') {
    if (!json && PLAIN_SAFE.test(value) && !AMBIGUOUS.test(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  throw new Error(`cannot render ${typeof value} as a scalar`);
}

/** A value in flow style: `{type: RuntimeDefault}`, `[ALL]` (JSON-quoted inside JSON). */
export function renderFlow(value: unknown, json: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => renderFlow(v, json)).join(', ')}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{${entries.map(([k, v]) => `${renderScalar(k, json)}: ${renderFlow(v, json)}`).join(', ')}}`;
  }
  return renderScalar(value, json);
}

/** The lines of `key: value` in block style at column `column` (0-based), without a final newline. */
export function renderBlockPair(key: string, value: unknown, column: number, style: Style): string[] {
  const pad = ' '.repeat(column);
  const head = `${pad}${renderScalar(key, false)}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    const dashColumn = style.indentSequences ? column + style.indent : column;
    return [head, ...value.flatMap((item) => renderBlockItem(item, dashColumn, style))];
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${head} {}`];
    return [head, ...entries.flatMap(([k, v]) => renderBlockPair(k, v, column + style.indent, style))];
  }
  return [`${head} ${renderScalar(value, false)}`];
}

/** The lines of a sequence item `- value` with its dash at `dashColumn`. */
export function renderBlockItem(value: unknown, dashColumn: number, style: Style): string[] {
  const pad = ' '.repeat(dashColumn);
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}- {}`];
    const lines = entries.flatMap(([k, v]) => renderBlockPair(k, v, dashColumn + 2, style));
    lines[0] = `${pad}- ${lines[0]!.slice(dashColumn + 2)}`;
    return lines;
  }
  if (Array.isArray(value)) return [`${pad}- ${renderFlow(value, false)}`];
  return [`${pad}- ${renderScalar(value, false)}`];
}

export function isJsonStyleKey(node: unknown): boolean {
  return isScalar(node) && node.type === 'QUOTE_DOUBLE';
}

