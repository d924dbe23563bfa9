// The words podarmor posts: inline comments, the review body and the job summary. Each comment
// carries a hidden marker with the fingerprints of its findings, so a later run recognises it.
import { RULES } from '../core/rules/registry.ts';
import { docsUrl } from '../core/rules/docs.ts';
import { counted, severityCounts } from '../core/report/words.ts';
import type { Finding, Severity } from '../core/types.ts';
import { fenceFor, type Suggestion } from './suggestion.ts';

export const REVIEW_MARKER = '<!-- podarmor:review -->';
const FINGERPRINTS_RE = /<!-- podarmor:fingerprints=([0-9a-f,]+) -->/;
const MAX_BODY = 65_000; // GitHub rejects bodies over 65,536 characters.

const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '⬜' };

export function fingerprintMarker(fingerprints: readonly string[]): string {
  return `<!-- podarmor:fingerprints=${[...fingerprints].sort().join(',')} -->`;
}

/** The fingerprints a posted comment carries, or undefined when it is not podarmor's. */
export function readFingerprints(body: string | null | undefined): string[] | undefined {
  const m = body ? FINGERPRINTS_RE.exec(body) : null;
  return m ? m[1]!.split(',') : undefined;
}

function ruleOf(id: string) {
  return RULES.find((r) => r.id === id)!;
}

/** The first sentence: up to a full stop followed by a space, never inside a `code span`. */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  let inCode = false;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '`') inCode = !inCode;
    else if (!inCode && t[i] === '.' && t[i + 1] === ' ') return t.slice(0, i + 1);
  }
  return t;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function findingLine(f: Finding): string {
  const rule = ruleOf(f.rule);
  const pss = f.pss ? ` · PSS ${f.pss.level} \`${f.pss.control}\`` : '';
  return `${SEVERITY_ICON[f.severity]} **${rule.title}** · \`${f.rule}\` · ${f.severity}${pss}\n\n${f.message}.`;
}

export interface CommentContent {
  findings: readonly Finding[];
  suggestion?: Suggestion;
  /** What the suggestion changes and may break. */
  notes?: readonly string[];
  /** Said instead of a suggestion when the fix cannot be one. */
  fixHint?: string;
}

export function commentBody(c: CommentContent): string {
  const parts: string[] = [];
  const explained = new Set<string>();
  for (const f of c.findings) {
    const rule = ruleOf(f.rule);
    // Why and how once per rule, even when the rule fires on several containers here.
    if (explained.has(f.rule)) parts.push(findingLine(f));
    else parts.push(`${findingLine(f)}\n\n**Why it matters:** ${firstSentence(rule.description)} **How to fix:** ${firstSentence(rule.remediation)} [Rule docs](${docsUrl(f.rule)})`);
    explained.add(f.rule);
  }
  if (c.suggestion) {
    const fence = fenceFor(c.suggestion.content);
    const notes = [...new Set(c.notes ?? [])];
    const risks = notes.length ? `\n\nBefore accepting, know what changes:\n${notes.map((n) => `- ${capitalise(n)}`).join('\n')}` : '';
    parts.push(`**Suggested change**${risks}\n\n${fence}suggestion\n${c.suggestion.content}${c.suggestion.deletes ? '' : '\n'}${fence}`);
  } else if (c.fixHint) {
    parts.push(c.fixHint);
  }
  parts.push(fingerprintMarker(c.findings.map((f) => f.fingerprint)));
  return parts.join('\n\n');
}

export interface SummaryRow {
  finding: Finding;
  /** Why it is not an inline comment. */
  where: string;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function findingsTable(rows: readonly SummaryRow[], limit = 200): string {
  if (rows.length === 0) return '';
  const lines = ['| | Rule | Where | Finding | |', '|---|---|---|---|---|'];
  for (const { finding: f, where } of rows.slice(0, limit)) {
    lines.push(`| ${SEVERITY_ICON[f.severity]} | [\`${f.rule}\`](${docsUrl(f.rule)}) | \`${escapeCell(f.file)}:${f.line}\` | ${escapeCell(f.message)} | ${where} |`);
  }
  if (rows.length > limit) lines.push(`| | | | … and ${rows.length - limit} more | |`);
  return lines.join('\n');
}

/** The review's body: the counts, the notes (fix commit, fork, unreadable files) and the table of
 * findings that are not inline comments. */
export function reviewBody(findings: readonly Finding[], rows: readonly SummaryRow[], notes: readonly string[]): string {
  const fixable = findings.filter((f) => f.fixable).length;
  const head =
    findings.length === 0
      ? '**podarmor** found no insecure pod specs in the Kubernetes manifests this pull request changes. ✅'
      : `**podarmor** found ${counted(findings.length, 'issue')} (${severityCounts(findings)}) in the Kubernetes manifests this pull request changes; ${fixable} ha${fixable === 1 ? 's' : 've'} a safe fix.`;
  const parts = [head, ...notes];
  if (rows.length) parts.push(`Not commented inline:\n\n${findingsTable(rows)}`);
  parts.push(REVIEW_MARKER);
  let body = parts.join('\n\n');
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY - 200)}\n\n… (truncated)\n\n${REVIEW_MARKER}`;
  return body;
}
