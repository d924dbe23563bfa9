// Holds the direct composer (src/core/yaml/fast-compose.ts) to `yaml`: a document it composes must
// equal what `yaml` composes from the same span, node by node (class, range, value, source, scalar
// type, format, flow style, tag, anchor), with the same document range and `---` marker; where
// `yaml` reports any error or warning, the direct composer must have given up.
import { Document, isMap, isPair, isScalar, isSeq } from 'yaml';
import { composeOrThrow, type FastComposeOptions } from '../../src/core/yaml/fast-compose.ts';
import { indexedDocuments, parseSpan } from '../../src/core/yaml/documents.ts';
import { YAML_OPTIONS } from '../../src/core/yaml/parse.ts';

const DIRECT_OPTIONS: FastComposeOptions = { ...YAML_OPTIONS, schema: new Document(undefined, YAML_OPTIONS).schema };

export interface Differential {
  direct: number;
  gaveUp: number;
  /** The kind, as the raw text says it, of each document given up on ('' when it says none). */
  gaveUpKinds: string[];
  /** Each document where the two differ: where, and the first difference. */
  differences: string[];
}

export function newDifferential(): Differential {
  return { direct: 0, gaveUp: 0, gaveUpKinds: [], differences: [] };
}

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  const range = (n: { range?: unknown }) => JSON.stringify(n.range);
  if (isScalar(a) || isScalar(b)) {
    if (!isScalar(a) || !isScalar(b) || a.constructor !== b.constructor) return `${path}: not both scalars`;
    for (const k of ['type', 'source', 'format', 'tag', 'anchor'] as const) if (a[k] !== b[k]) return `${path}.${k}: ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])}`;
    const same = Object.is(a.value, b.value) || (a.value instanceof Date && b.value instanceof Date && +a.value === +b.value);
    if (!same) return `${path}.value: ${String(a.value)} vs ${String(b.value)}`;
    return range(a) === range(b) ? null : `${path}.range: ${range(a)} vs ${range(b)}`;
  }
  if ((isMap(a) && isMap(b)) || (isSeq(a) && isSeq(b))) {
    if (a.constructor !== b.constructor || !!a.flow !== !!b.flow || a.tag !== b.tag || a.anchor !== b.anchor) return `${path}: class, flow, tag or anchor`;
    if (range(a) !== range(b)) return `${path}.range: ${range(a)} vs ${range(b)}`;
    if (a.items.length !== b.items.length) return `${path}: ${a.items.length} vs ${b.items.length} items`;
    for (let i = 0; i < a.items.length; i++) {
      const x: unknown = a.items[i];
      const y: unknown = b.items[i];
      if (isPair(x) && isPair(y)) {
        const d = firstDifference(x.key, y.key, `${path}[${i}].key`) ?? firstDifference(x.value, y.value, `${path}[${i}].value`);
        if (d) return d;
      } else if (isPair(x) || isPair(y)) return `${path}[${i}]: not both pairs`;
      else {
        const d = firstDifference(x, y, `${path}[${i}]`);
        if (d) return d;
      }
    }
    return null;
  }
  return `${path}: ${String(a)} vs ${String(b)}`;
}

/** Composes every `---` document of `text` both ways and records the result in `into`. */
export function compareDocuments(text: string, name: string, into: Differential): void {
  for (const span of indexedDocuments(text) ?? []) {
    const direct = composeOrThrow(text, span.start, span.end, DIRECT_OPTIONS);
    if (!direct) {
      into.gaveUp++;
      into.gaveUpKinds.push(span.kind ?? '');
      continue;
    }
    const parsed = parseSpan(text, span, YAML_OPTIONS);
    const reference = parsed[0]!;
    let difference: string | null;
    if (parsed.length !== 1) difference = `yaml composes ${parsed.length} documents`;
    else if (reference.errors.length > 0 || reference.warnings.length > 0) difference = `yaml reports: ${(reference.errors[0] ?? reference.warnings[0])!.message.split('\n')[0]}`;
    else if (JSON.stringify(reference.range) !== JSON.stringify(direct.range)) difference = `document range ${JSON.stringify(direct.range)} vs ${JSON.stringify(reference.range)}`;
    else if (reference.directives.docStart !== direct.directives.docStart) difference = 'the --- marker';
    else difference = firstDifference(direct.contents, reference.contents, '');
    if (difference) into.differences.push(`${name}, document ${span.index + 1}: ${difference}\n${text.slice(span.start, span.end)}`);
    else into.direct++;
  }
}

/** A small deterministic random source (mulberry32), so that a failure can be replayed. */
export function randomSource(seed: number): { next(): number; pick<T>(items: readonly T[]): T } {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}
