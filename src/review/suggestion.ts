// A fix as a GitHub suggested change: the whole lines its edits touch, and what they become. A pure
// insertion is anchored on the line before it (repeated, with the new lines after it), because a
// suggestion replaces existing lines. Accepted as is, the suggestion produces exactly the fixed text.
import { lineAndColumn, lineEndAfter, lineStartOf, nextLineStart } from '../core/lines.ts';
import type { TextEdit } from '../core/types.ts';

export interface Suggestion {
  /** Right-side lines replaced (1-based, inclusive). */
  startLine: number;
  endLine: number;
  /** The new content of those lines, without a final newline (empty: delete them). */
  content: string;
  /** True when the content is empty: the lines are deleted. */
  deletes: boolean;
}

/** The suggestion for edits on `before` that yield `after`; undefined when none can express them. */
export function toSuggestion(before: string, after: string, edits: readonly TextEdit[]): Suggestion | undefined {
  if (edits.length === 0) return undefined;
  const startOffset = Math.min(...edits.map((e) => e.start));
  const endOffset = Math.max(...edits.map((e) => e.end));
  const delta = edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
  let a = lineStartOf(before, startOffset);
  // End of the region: the end of the line that holds the last replaced character.
  let b = endOffset > a ? lineEndAfter(before, endOffset) : a;
  if (b === a) {
    // A pure insertion at the start of a line: anchor it on the line before (or after, at the top).
    if (a > 0) a = lineStartOf(before, a - 1);
    else b = nextLineStart(before, 0);
    if (a === b) return undefined;
  }
  const oldRegion = before.slice(a, b);
  const newRegion = after.slice(a, b + delta);
  // GitHub shows lines without their end-of-line: compare and propose lines.
  const strip = (s: string) => s.replace(/\r?\n$/, '');
  if (after.slice(0, a) !== before.slice(0, a) || after.slice(b + delta) !== before.slice(b)) return undefined;
  // Whole lines in, whole lines out: otherwise the change reaches into a line it does not replace.
  const wholeLines = oldRegion.endsWith('\n') ? newRegion === '' || newRegion.endsWith('\n') : !newRegion.endsWith('\n');
  if (!wholeLines) return undefined;
  return {
    startLine: lineAndColumn(before, a).line,
    endLine: lineAndColumn(before, Math.max(a, b - 1)).line,
    content: strip(newRegion).replace(/\r\n/g, '\n'),
    deletes: newRegion === '',
  };
}

/** A code fence longer than any run of backticks inside the content. */
export function fenceFor(content: string): string {
  let longest = 0;
  for (const m of content.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}
