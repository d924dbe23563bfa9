// Whether a file is a Helm (Go) template or YAML that merely holds `{{ … }}` as data. A file is a
// template only where template syntax stands in its YAML structure: `{{ if … }}` on its own line or
// `replicas: {{ .Values.n }}` (the lexer sees flow-mapping braces there). `{{ … }}` inside a quoted
// string, a block scalar, a plain scalar such as `image: repo/{{ .Values.tag }}` or a comment is
// valid YAML — values files hold such strings for `tpl` — and is read as YAML.
import { CST, Lexer } from 'yaml';
import { lineAndColumn } from '../lines.ts';

// Helm template actions that never appear in rendered YAML.
const HELM_ACTION = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|include\b|template\b|if\b|else\b|end\b|range\b|with\b|define\b|toYaml\b|tpl\b|default\b|required\b|printf\b|quote\b|nindent\b|indent\b|-?\s*\/\*)/g;

/** Offset ranges of the text that YAML reads as data: scalar contents and comments. */
function dataRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    // The lexer announces a plain or block scalar with a marker token; the next token is its text.
    if (scalarNext || type === 'single-quoted-scalar' || type === 'double-quoted-scalar' || type === 'comment') ranges.push([offset, offset + token.length]);
    scalarNext = type === 'scalar';
    // Marker tokens (document start, scalar, flow end) are not part of the text.
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) offset += token.length;
  }
  return ranges;
}

/** The position of the first template action that stands in the YAML structure, if any. */
export function templateSyntaxPosition(text: string): { line: number; column: number } | undefined {
  const matches = [...text.matchAll(HELM_ACTION)];
  if (matches.length === 0) return undefined;
  const ranges = dataRanges(text);
  const structural = matches.find((m) => !ranges.some(([start, end]) => m.index >= start && m.index < end));
  return structural ? lineAndColumn(text, structural.index) : undefined;
}
