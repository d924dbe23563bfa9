// Plans the review of a pull request from findings and the diff, without any I/O: which findings
// become inline comments (only on lines the diff shows, a range only within one hunk), which carry
// a suggested change (only when all its lines lie in one hunk), and what goes in the summary.
// The Action, the App and `podarmor review` all post (or print) exactly this plan.
// Safe suggestions and behaviour-changing ones are separate comments, each acceptable on its own.
import { isDropped, planFileFix, type FixOptions } from '../core/fix/engine.ts';
import type { ScanSession } from '../core/scan.ts';
import { SEVERITIES, type Finding } from '../core/types.ts';
import { DEFAULT_LINKS, type ReviewLinks } from './links.ts';
import { commentBody, reviewBody, type SummaryRow } from './markdown.ts';
import { hunkFor, type Hunk } from './patch.ts';
import { toSuggestion, type Suggestion } from './suggestion.ts';
import { byCodeUnits } from '../core/evaluate.ts';

export interface PlannedComment {
  path: string;
  /** The comment's last line, and its first for a range (GitHub's `start_line`). */
  line: number;
  startLine?: number;
  body: string;
  findings: Finding[];
  fingerprints: string[];
  suggestion?: Suggestion;
}

export interface ReviewPlan {
  comments: PlannedComment[];
  rows: SummaryRow[];
  body: string;
  findings: Finding[];
  /** The body's paragraphs besides the counts, and its links: to write the body again. */
  notes: string[];
  links: ReviewLinks;
}

/** At most this many inline comments per review, whatever max-comments says: what people read. */
export const MAX_COMMENTS_PER_REVIEW = 100;

export interface PlanInput {
  session: ScanSession;
  /** The findings to review (those in files the pull request changes). */
  findings: readonly Finding[];
  /** Diff hunks per changed file; a file without a patch gets no inline comment. */
  hunks: ReadonlyMap<string, readonly Hunk[]>;
  suggestions: boolean;
  maxComments: number;
  fixOptions: FixOptions;
  /** Findings a hardening commit fixes: they are summarised, not commented. */
  committed?: ReadonlySet<string>;
  /** Extra paragraphs for the review body (fix commit, fork notice). */
  notes?: string[];
  links?: ReviewLinks;
}

interface Candidate {
  findings: Finding[];
  path: string;
  line: number;
  startLine?: number;
  suggestion?: Suggestion;
  /** The suggestion's fixes change behaviour (class `suggestion`), or are all safe. */
  changesBehaviour?: boolean;
  notes: string[];
  fixHint?: string;
}

const CRLF_HINT = 'This file has CRLF line endings and GitHub applies suggested changes with LF ones, so there is no suggestion here: `podarmor fix` (or the Action with `fix: commit`) applies the fix and keeps CRLF.';
const changesBehaviour = (findings: readonly Finding[]) => findings.some((f) => f.fix?.class !== 'safe');

const severityRank = (f: Finding) => SEVERITIES.indexOf(f.severity);

export function planReview(input: PlanInput): ReviewPlan {
  const rows: SummaryRow[] = [];
  const inDiff: { finding: Finding; hunks: readonly Hunk[] }[] = [];
  for (const f of input.findings) {
    if (input.committed?.has(f.fingerprint)) {
      rows.push({ finding: f, where: 'fixed by the hardening commit' });
      continue;
    }
    const hunks = input.hunks.get(f.file);
    if (!hunks || hunks.length === 0) rows.push({ finding: f, where: 'file has no diff to comment on' });
    else if (!hunkFor(hunks, f.line) && !hunkFor(hunks, f.endLine)) rows.push({ finding: f, where: 'outside the diff' });
    else inDiff.push({ finding: f, hunks });
  }

  const cap = Math.min(input.maxComments, MAX_COMMENTS_PER_REVIEW);
  const beyond = input.maxComments > MAX_COMMENTS_PER_REVIEW ? `beyond ${MAX_COMMENTS_PER_REVIEW} comments per review` : `beyond max-comments (${input.maxComments})`;
  const eligible = mostSevere(inDiff, cap);
  for (const item of inDiff) if (!eligible.has(item)) rows.push({ finding: item.finding, where: beyond });

  // Suggestions first: a finding whose verified fix lies in one hunk becomes a suggested change.
  // GitHub applies suggestion text with LF endings: a CRLF file gets comments only.
  const crlf = new Set(input.session.parsed.filter((p) => p.text.includes('\r\n')).map((p) => p.path));
  const candidates: Candidate[] = [];
  const plain: { finding: Finding; hunks: readonly Hunk[]; crlf?: boolean }[] = [];
  for (const item of inDiff.filter((i) => eligible.has(i))) {
    const onCrlf = crlf.has(item.finding.file);
    const s = input.suggestions && !onCrlf ? suggestionFor(input, [item.finding], item.hunks) : undefined;
    if (s) candidates.push({ findings: [item.finding], path: item.finding.file, line: s.endLine, ...(s.startLine < s.endLine ? { startLine: s.startLine } : {}), suggestion: s, changesBehaviour: changesBehaviour([item.finding]), notes: [item.finding.fix!.note] });
    else plain.push({ ...item, ...(onCrlf && item.finding.fix ? { crlf: true } : {}) });
  }
  const merged = mergeOverlappingSuggestions(input, candidates);

  // Findings without a suggestion: one comment per line, at the finding (a range within a hunk).
  const byLine = new Map<string, Candidate>();
  for (const { finding: f, hunks, crlf: onCrlf } of plain) {
    const range = anchorOf(f, hunks);
    const key = `${f.file}:${range.startLine ?? range.line}:${range.line}`;
    const c = byLine.get(key) ?? { findings: [], path: f.file, ...range, notes: [] };
    c.findings.push(f);
    if (onCrlf) c.fixHint = CRLF_HINT;
    else if (f.fixable && input.suggestions) c.fixHint = '`podarmor fix` (or the Action with `fix: commit`) applies a safe fix for this; its lines lie outside this diff, so it cannot be a suggestion here.';
    byLine.set(key, c);
  }
  // A plain comment on exactly the lines of a suggestion joins it: one thread per place.
  const all = [...merged];
  for (const c of byLine.values()) {
    const same = merged.find((m) => m.path === c.path && m.line === c.line && m.startLine === c.startLine);
    if (same) same.findings.push(...c.findings);
    else all.push(c);
  }
  const worst = (c: Candidate) => Math.max(...c.findings.map(severityRank));
  all.sort((a, b) => worst(b) - worst(a) || byCodeUnits(a.path, b.path) || a.line - b.line);
  const kept = all.slice(0, cap);
  for (const c of all.slice(cap)) for (const f of c.findings) rows.push({ finding: f, where: beyond });
  kept.sort((a, b) => byCodeUnits(a.path, b.path) || a.line - b.line);
  const links = input.links ?? DEFAULT_LINKS;

  const comments: PlannedComment[] = kept.map((c) => ({
    path: c.path,
    line: c.line,
    ...(c.startLine !== undefined ? { startLine: c.startLine } : {}),
    body: commentBody({ findings: c.findings, links, ...(c.suggestion ? { suggestion: c.suggestion, notes: c.notes, changesBehaviour: c.changesBehaviour ?? true } : {}), ...(c.fixHint ? { fixHint: c.fixHint } : {}) }),
    findings: c.findings,
    fingerprints: c.findings.map((f) => f.fingerprint).sort(),
    ...(c.suggestion ? { suggestion: c.suggestion } : {}),
  }));
  rows.sort(byRowOrder);
  const notes = [...(input.notes ?? [])];
  if (input.maxComments > MAX_COMMENTS_PER_REVIEW && rows.some((r) => r.where === beyond)) notes.push(`ℹ️ max-comments is ${input.maxComments}; a review carries at most ${MAX_COMMENTS_PER_REVIEW} inline comments, the rest are listed below.`);
  return { comments, rows, body: reviewBody(input.findings, rows, notes, links), findings: [...input.findings], notes, links };
}

const byRowOrder = (a: SummaryRow, b: SummaryRow) => severityRank(b.finding) - severityRank(a.finding) || byCodeUnits(a.finding.file, b.finding.file) || a.finding.line - b.finding.line;

/** The plan without some of its comments: their findings move to the body, saying why. For a
 * review GitHub refused because of them. */
export function withoutComments(plan: ReviewPlan, dropped: readonly PlannedComment[], where: string, notes: readonly string[] = []): ReviewPlan {
  const gone = new Set(dropped);
  const rows = [...plan.rows, ...dropped.flatMap((c) => c.findings.map((finding) => ({ finding, where })))].sort(byRowOrder);
  const allNotes = [...plan.notes, ...notes];
  return { ...plan, comments: plan.comments.filter((c) => !gone.has(c)), rows, notes: allNotes, body: reviewBody(plan.findings, rows, allNotes, plan.links) };
}

/** The findings whose places are among the `cap` × 2 most severe places: only they are planned as
 * comments (a suggestion costs a verified fix, and a review shows at most `cap` comments). */
function mostSevere<T extends { finding: Finding; hunks: readonly Hunk[] }>(items: readonly T[], cap: number): Set<T> {
  const places = new Map<string, T[]>();
  for (const item of items) {
    const a = anchorOf(item.finding, item.hunks);
    const key = `${item.finding.file}\u0000${a.startLine ?? a.line}\u0000${a.line}`;
    places.set(key, [...(places.get(key) ?? []), item]);
  }
  const worst = (list: T[]) => Math.max(...list.map((i) => severityRank(i.finding)));
  const ranked = [...places.values()].sort((a, b) => worst(b) - worst(a) || byCodeUnits(a[0]!.finding.file, b[0]!.finding.file) || a[0]!.finding.line - b[0]!.finding.line);
  return new Set(ranked.slice(0, cap * 2).flat());
}

/** Where a finding's comment goes: its lines when one hunk holds them all, else the line that is in the diff. */
function anchorOf(f: Finding, hunks: readonly Hunk[]): { line: number; startLine?: number } {
  if (f.endLine > f.line && hunkFor(hunks, f.line, f.endLine)) return { line: f.endLine, startLine: f.line };
  return { line: hunkFor(hunks, f.line) ? f.line : f.endLine };
}

function suggestionFor(input: PlanInput, findings: readonly Finding[], hunks: readonly Hunk[]): Suggestion | undefined {
  if (findings.some((f) => !f.fix || f.fix.kind === 'network-policy' || f.fix.ops.length === 0)) return undefined;
  const plan = planFileFix(input.session, findings, input.fixOptions);
  if (isDropped(plan)) return undefined;
  const s = toSuggestion(plan.before, plan.after, plan.edits);
  if (!s || !hunkFor(hunks, s.startLine, s.endLine)) return undefined;
  return s;
}

/** Suggestions whose lines overlap cannot both be applied: they become one, made from both fixes. */
function mergeOverlappingSuggestions(input: PlanInput, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // Only fixes of one kind combine: a safe fix never rides along with one that changes behaviour.
  const byFile = new Map<string, Candidate[]>();
  for (const c of candidates) byFile.set(`${c.path}\u0000${c.changesBehaviour}`, [...(byFile.get(`${c.path}\u0000${c.changesBehaviour}`) ?? []), c]);
  for (const list of byFile.values()) {
    const path = list[0]!.path;
    list.sort((a, b) => (a.startLine ?? a.line) - (b.startLine ?? b.line));
    const clusters: Candidate[][] = [];
    for (const c of list) {
      const last = clusters[clusters.length - 1];
      const lastEnd = last ? Math.max(...last.map((x) => x.line)) : -1;
      if (last && (c.startLine ?? c.line) <= lastEnd) last.push(c);
      else clusters.push([c]);
    }
    const hunks = input.hunks.get(path) ?? [];
    for (const cluster of clusters) {
      if (cluster.length === 1) {
        out.push(cluster[0]!);
        continue;
      }
      const findings = cluster.flatMap((c) => c.findings);
      const s = suggestionFor(input, findings, hunks);
      if (s) {
        out.push({ findings, path, line: s.endLine, ...(s.startLine < s.endLine ? { startLine: s.startLine } : {}), suggestion: s, changesBehaviour: changesBehaviour(findings), notes: cluster.flatMap((c) => c.notes) });
      } else {
        // The fixes do not combine: the worst finding keeps its suggestion, the others are plain comments.
        cluster.sort((a, b) => Math.max(...b.findings.map(severityRank)) - Math.max(...a.findings.map(severityRank)));
        out.push(cluster[0]!);
        for (const c of cluster.slice(1)) {
          out.push({ findings: c.findings, path, ...anchorOf(c.findings[0]!, hunks), notes: [], fixHint: 'Its suggested change overlaps another one: accept that one first, and the next run suggests this one.' });
        }
      }
    }
  }
  return out;
}
