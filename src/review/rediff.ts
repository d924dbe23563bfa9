// The pull request's diff after podarmor's own commit, without asking GitHub (which updates it
// asynchronously): the hunks it showed, carried through the commit's line shifts, plus the lines
// the commit changed with three lines of context, as `git diff` shows them. Used to plan the review
// of the fix commit on its own content.
import { diffLines } from 'diff';
import type { Hunk } from './patch.ts';

const CONTEXT = 3;

export function hunksAfterCommit(before: string, after: string, hunks: readonly Hunk[]): Hunk[] {
  const toNew = new Map<number, number>();
  const changed: number[] = [];
  const removedAt: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const part of diffLines(before, after)) {
    const count = part.count ?? part.value.split('\n').length - (part.value.endsWith('\n') ? 1 : 0);
    if (part.added) {
      for (let i = 0; i < count; i++) changed.push(newLine + i);
      newLine += count;
    } else if (part.removed) {
      removedAt.push(newLine);
      oldLine += count;
    } else {
      for (let i = 0; i < count; i++) toNew.set(oldLine + i, newLine + i);
      oldLine += count;
      newLine += count;
    }
  }
  const lastLine = newLine - 1;
  const ranges: { start: number; end: number; added: Set<number> }[] = [];
  for (const h of hunks) {
    const mapped: number[] = [];
    for (let l = h.start; l <= h.end; l++) if (toNew.has(l)) mapped.push(toNew.get(l)!);
    if (mapped.length === 0) continue;
    const added = new Set([...h.added].filter((l) => toNew.has(l)).map((l) => toNew.get(l)!));
    ranges.push({ start: Math.min(...mapped), end: Math.max(...mapped), added });
  }
  for (const l of changed) ranges.push({ start: Math.max(1, l - CONTEXT), end: Math.min(lastLine, l + CONTEXT), added: new Set([l]) });
  for (const l of removedAt) ranges.push({ start: Math.max(1, l - CONTEXT), end: Math.min(lastLine, l + CONTEXT - 1), added: new Set() });
  ranges.sort((a, b) => a.start - b.start);
  const out: Hunk[] = [];
  for (const r of ranges) {
    if (r.end < r.start) continue;
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) {
      last.end = Math.max(last.end, r.end);
      for (const l of r.added) last.added.add(l);
    } else {
      out.push({ start: r.start, end: r.end, added: new Set(r.added) });
    }
  }
  // Lines a hunk spans that changed are added lines of the pull request now.
  for (const h of out) for (const l of changed) if (h.start <= l && l <= h.end) h.added.add(l);
  return out;
}
