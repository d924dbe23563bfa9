// The lines a pull request's diff shows on the right side, from the `patch` of a changed file.
// GitHub accepts review comments only on these lines, and a range only within one hunk.
import { lineCount } from '../core/lines.ts';

export interface Hunk {
  /** First and last right-side line of the hunk (1-based, inclusive). */
  start: number;
  end: number;
  /** Right-side lines the pull request adds. */
  added: Set<number>;
}

/** The hunks of a file the change adds: one hunk, every line added. */
export function addedFileHunks(text: string): Hunk[] {
  const lines = lineCount(text);
  return [{ start: 1, end: lines, added: new Set(Array.from({ length: lines }, (_, i) => i + 1)) }];
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string | undefined): Hunk[] {
  if (!patch) return [];
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let line = 0;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      line = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      current = { start: line, end: line + count - 1, added: new Set() };
      if (count > 0) hunks.push(current);
      continue;
    }
    if (!current) continue;
    if (text.startsWith('+')) {
      current.added.add(line);
      line++;
    } else if (text.startsWith(' ')) {
      line++;
    }
    // '-' lines exist only on the left; '\ No newline at end of file' is neither side.
  }
  return hunks;
}

/** The hunk holding every line from `from` to `to`, if one does. */
export function hunkFor(hunks: readonly Hunk[], from: number, to: number = from): Hunk | undefined {
  return hunks.find((h) => h.start <= from && to <= h.end);
}
