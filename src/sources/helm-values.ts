// Where a values key is written: the chart's values.yaml and the values files of a render (later
// files win, as with `helm template -f a -f b`). Used to tell a reviewer which values key to change
// when a rendered field comes from `.Values.x`.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ValuesFile {
  /** Path relative to the scan root. */
  file: string;
  text: string;
}

export interface ValuesPlace {
  file: string;
  line: number;
  /** True when the key itself is written there; false when only its nearest ancestor is. */
  exact: boolean;
  /** The part of the key that is written there (the whole key when exact). */
  written: string;
}

interface ParsedValues {
  file: string;
  root: Node | null;
  lineCounter: LineCounter;
}

export class ValuesIndex {
  private readonly files: ParsedValues[];

  /** `files` in helm's order: the chart's values.yaml first, then each `-f` file. */
  constructor(files: readonly ValuesFile[]) {
    this.files = files.map((f) => {
      const lineCounter = new LineCounter();
      const doc = parseDocument(f.text, { lineCounter, version: '1.1', merge: true });
      return { file: f.file, root: doc.errors.length ? null : (doc.contents as Node | null), lineCounter };
    });
  }

  /** Where `key` (dotted, e.g. `securityContext.privileged`) is set last, else its deepest written ancestor. */
  find(key: string): ValuesPlace | undefined {
    const parts = splitKey(key);
    let best: ValuesPlace | undefined;
    let bestDepth = 0;
    for (let i = this.files.length - 1; i >= 0; i--) {
      const f = this.files[i]!;
      let node: Node | null = f.root;
      let depth = 0;
      let keyOffset: number | undefined;
      for (const part of parts) {
        const next = childOf(node, part);
        if (!next) break;
        node = next.value;
        keyOffset = next.keyOffset;
        depth++;
      }
      if (depth === 0 || keyOffset === undefined) continue;
      const place = { file: f.file, line: f.lineCounter.linePos(keyOffset).line, exact: depth === parts.length, written: joinKey(parts.slice(0, depth)) };
      if (place.exact) return place;
      if (depth > bestDepth) {
        best = place;
        bestDepth = depth;
      }
    }
    return best;
  }
}

function childOf(node: Node | null, part: string | number): { value: Node | null; keyOffset: number } | undefined {
  if (typeof part === 'number') {
    if (!isSeq(node)) return undefined;
    const item = node.items[part] as Node | undefined;
    return item?.range ? { value: item, keyOffset: item.range[0] } : undefined;
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === part && pair.key.range) return { value: (pair.value as Node | null) ?? null, keyOffset: pair.key.range[0] };
  }
  return undefined;
}

export function splitKey(key: string): (string | number)[] {
  return key.split('.').flatMap((part) => {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    const indexes = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return [...(m[1] ? [m[1]] : []), ...indexes];
  });
}

export function joinKey(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** "set `securityContext.privileged` in charts/web/values.yaml line 7", or where to add it. */
export function valuesHint(index: ValuesIndex, keys: readonly string[]): string | undefined {
  const parts = keys.map((key) => {
    const place = index.find(key);
    if (!place) return `\`${key}\``;
    return place.exact ? `\`${key}\` (${place.file} line ${place.line})` : `\`${key}\` (under \`${place.written}\`, ${place.file} line ${place.line})`;
  });
  if (parts.length === 0) return undefined;
  return `set ${parts.join(', ')} in the chart's values`;
}
