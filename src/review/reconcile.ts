// What a run does with the comments earlier runs left, without I/O: which planned comments are
// already there (same file, same lines, a shared finding), which of those changed, and which earlier
// comments are stale. A comment's identity includes its range: a suggestion whose lines grew or
// shrank is a new comment, and the old one is stale. Only comments authored by the token's own
// identity count: a marker in somebody else's comment is a forgery, never edited nor resolved.
import { readFingerprints } from './markdown.ts';
import type { PlannedComment, ReviewPlan } from './plan.ts';

/** A review comment as the API lists it. */
export interface EarlierComment {
  id: number;
  node_id?: string;
  path: string;
  /** null when GitHub shows the comment as outdated (its lines changed). */
  line: number | null;
  start_line?: number | null;
  body: string;
  in_reply_to_id?: number | null;
  user?: { login: string } | null;
}

export interface OwnComment {
  id: number;
  nodeId?: string;
  path: string;
  line: number | null;
  startLine?: number;
  body: string;
  fingerprints: string[];
}

export interface Reconciliation {
  toPost: PlannedComment[];
  toUpdate: { id: number; body: string }[];
  /** Earlier comments whose findings are gone or are carried by another comment now. */
  stale: OwnComment[];
  /** Comments that carry podarmor's marker but another author: ignored. */
  forged: number;
}

/** Marks a stale comment podarmor already tidied (so a later run leaves it alone). */
export const STALE_MARKER = '<!-- podarmor:stale -->';

/** The earlier top-level comments that podarmor itself (`ownLogin`) wrote. */
export function ownComments(earlier: readonly EarlierComment[], ownLogin: string): { own: OwnComment[]; forged: number } {
  const own: OwnComment[] = [];
  let forged = 0;
  for (const c of earlier) {
    const fingerprints = readFingerprints(c.body);
    if (!fingerprints || c.in_reply_to_id) continue;
    if (c.user?.login !== ownLogin) {
      forged++;
      continue;
    }
    own.push({ id: c.id, ...(c.node_id ? { nodeId: c.node_id } : {}), path: c.path, line: c.line, ...(c.start_line ? { startLine: c.start_line } : {}), body: c.body, fingerprints });
  }
  return { own, forged };
}

export function sameRange(a: { path: string; line: number | null; startLine?: number | undefined }, b: { path: string; line: number; startLine?: number | undefined }): boolean {
  return a.line !== null && a.path === b.path && a.line === b.line && (a.startLine ?? a.line) === (b.startLine ?? b.line);
}

export function reconcile(plan: ReviewPlan, earlier: readonly EarlierComment[], ownLogin: string): Reconciliation {
  const { own, forged } = ownComments(earlier, ownLogin);
  const toPost: PlannedComment[] = [];
  const toUpdate: { id: number; body: string }[] = [];
  const kept = new Set<number>();
  for (const planned of plan.comments) {
    const match = own.find((e) => !kept.has(e.id) && sameRange(e, planned) && e.fingerprints.some((fp) => planned.fingerprints.includes(fp)));
    if (match) {
      kept.add(match.id);
      if (match.body !== planned.body) toUpdate.push({ id: match.id, body: planned.body });
    } else {
      toPost.push(planned);
    }
  }
  // Stale: not kept, and none of its findings still needs it (each is gone, or carried by a comment
  // of this plan). A finding still there but not inline (beyond max-comments) keeps its thread.
  const current = new Set(plan.findings.map((f) => f.fingerprint));
  const planned = new Set(plan.comments.flatMap((c) => c.fingerprints));
  const stale = own.filter((e) => !kept.has(e.id) && !e.body.includes(STALE_MARKER) && e.fingerprints.every((fp) => !current.has(fp) || planned.has(fp)));
  return { toPost, toUpdate, stale, forged };
}

/** A stale comment's new body when its thread cannot be resolved: says what happened, first.
 * `gone` counts its findings that are fixed; the others are carried by a newer comment. */
export function staleBody(body: string, headSha: string, gone: number, total: number): string {
  const sha = headSha.slice(0, 7);
  const note =
    gone === total
      ? `✅ **Fixed in ${sha}**: ${total === 1 ? 'this finding is' : 'these findings are'} gone.`
      : gone > 0
        ? `✅ **Fixed in ${sha}**: ${gone} of these ${total} findings ${gone === 1 ? 'is' : 'are'} gone; a newer comment carries the others.`
        : `↪️ **Outdated at ${sha}**: a newer comment carries ${total === 1 ? 'this finding' : 'these findings'}.`;
  return `${note}\n\n<details><summary>Earlier comment</summary>\n\n${body.replace(STALE_MARKER, '')}\n\n</details>\n\n${STALE_MARKER}`;
}
