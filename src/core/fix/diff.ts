// Unified diffs of fixed and generated files, in git's format, so `git apply` takes them. Fixes
// are small local edits, so the line diff walks both texts once and, at each difference, looks for
// the nearest place where they agree again (closest first, within a window): linear in the size
// of the files, where a general minimal diff (Myers) grows with size × number of edits.
import type { ChangedFile } from './engine.ts';

const CONTEXT = 3;
const WINDOW = 400;

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/** The operations turning `a` into `b`: equal lines kept, others deleted and inserted. */
export function lineDiff(a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
      continue;
    }
    let sync: [number, number] | undefined;
    // The resynchronisation with the fewest changed lines; ties prefer deleting before inserting.
    for (let d = 1; d <= WINDOW && !sync; d++) {
      for (let di = 0; di <= d; di++) {
        const dj = d - di;
        const ai = i + di;
        const bj = j + dj;
        if (ai > a.length || bj > b.length) continue;
        if ((ai === a.length && bj === b.length) || (ai < a.length && bj < b.length && a[ai] === b[bj])) {
          sync = [ai, bj];
          break;
        }
      }
    }
    const [ai, bj] = sync ?? [Math.min(a.length, i + WINDOW), Math.min(b.length, j + WINDOW)];
    while (i < ai) ops.push({ kind: '-', line: a[i++]! });
    while (j < bj) ops.push({ kind: '+', line: b[j++]! });
  }
  return ops;
}

function hunkLine(op: Op): string {
  // The last line of a file without a final newline gets git's marker.
  return op.line.endsWith('\n') ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

function hunks(ops: readonly Op[]): string {
  let out = '';
  let k = 0;
  let aLine = 1;
  let bLine = 1;
  // Line numbers before each op.
  const aAt: number[] = [];
  const bAt: number[] = [];
  for (const op of ops) {
    aAt.push(aLine);
    bAt.push(bLine);
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
  }
  while (k < ops.length) {
    if (ops[k]!.kind === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    // Extend over changes whose context touches: at most 2 × CONTEXT equal lines between them.
    while (end < ops.length) {
      if (ops[end]!.kind !== ' ') {
        end++;
        continue;
      }
      let run = end;
      while (run < ops.length && ops[run]!.kind === ' ') run++;
      if (run < ops.length && run - end <= 2 * CONTEXT) end = run;
      else {
        end = Math.min(run, end + CONTEXT);
        break;
      }
    }
    const slice = ops.slice(start, end);
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    out += `@@ -${range(aAt[start]!, aCount)} +${range(bAt[start]!, bCount)} @@\n`;
    for (const op of slice) out += hunkLine(op);
    k = end;
  }
  return out;
}

export function unifiedDiff(files: readonly ChangedFile[]): string {
  return files
    .map((f) => {
      const created = f.before === undefined;
      const before = splitLines(f.before ?? '');
      const after = splitLines(f.after);
      // A new (or empty) file is one hunk of added lines: no line diff to hold in memory.
      const body = before.length === 0 ? (after.length === 0 ? '' : `@@ -0,0 +${range(1, after.length)} @@\n${after.map((line) => hunkLine({ kind: '+', line })).join('')}`) : hunks(lineDiff(before, after));
      return `diff --git a/${f.path} b/${f.path}\n${created ? 'new file mode 100644\n' : ''}--- ${created ? '/dev/null' : `a/${f.path}`}\n+++ b/${f.path}\n${body}`;
    })
    .join('');
}
