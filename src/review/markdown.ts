// The words podarmor posts: inline comments, the review body and the summary table. Each comment
// carries a hidden marker with the fingerprints of its findings, so a later run recognises it.
// A comment reads in seconds: one line per finding, the explanation collapsed, and a suggestion
// that says in one line what it may break.
import { RULES } from '../core/rules/registry.ts';
import { counted, severityCounts } from '../core/report/words.ts';
import { SEVERITIES, type Finding, type Severity } from '../core/types.ts';
import { DEFAULT_LINKS, type ReviewLinks } from './links.ts';
import { fenceFor, type Suggestion } from './suggestion.ts';
import { byCodeUnits } from '../core/evaluate.ts';

export const REVIEW_MARKER = '<!-- podarmor:review -->';
const FINGERPRINTS_RE = /<!-- podarmor:fingerprints=([0-9a-f,]+) -->/;
const MAX_BODY = 65_000; // GitHub rejects bodies over 65,536 characters.
/** The review body stays readable: past this, finding lines are no longer linked one by one. */
const BODY_BUDGET = 18_000;

export const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '⬜' };

export function fingerprintMarker(fingerprints: readonly string[]): string {
  return `<!-- podarmor:fingerprints=${[...fingerprints].sort().join(',')} -->`;
}

/** A body as a person reads it: podarmor's hidden markers taken out (printed reviews, the README). */
export function withoutMarkers(body: string): string {
  return body.replace(/<!-- podarmor:[^>]*-->\n?/g, '').trim();
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
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One line: severity, title, rule link, and the finding's own message. */
export function findingLine(f: Finding, links: ReviewLinks = DEFAULT_LINKS): string {
  const pss = f.pss ? ` · PSS ${f.pss.level}` : '';
  return `${SEVERITY_ICON[f.severity]} **${ruleOf(f.rule).title}** · [\`${f.rule}\`](${links.docs(f.rule)}) · ${f.severity}${pss} — ${oneLine(f.message)}.`;
}

export interface CommentContent {
  findings: readonly Finding[];
  suggestion?: Suggestion;
  /** Whether accepting the suggestion can change how the workload behaves. */
  changesBehaviour?: boolean;
  /** What the suggestion changes and may break. */
  notes?: readonly string[];
  /** Said instead of a suggestion when the fix cannot be one. */
  fixHint?: string;
  links?: ReviewLinks;
}

export function commentBody(c: CommentContent): string {
  const links = c.links ?? DEFAULT_LINKS;
  const parts: string[] = [c.findings.map((f) => findingLine(f, links)).join('\n')];
  const rules = [...new Set(c.findings.map((f) => f.rule))].map(ruleOf);
  const why = rules.map((r) => `**${r.title}.** ${firstSentence(r.description)} **How to fix:** ${firstSentence(r.remediation)}`).join('\n\n');
  parts.push(`<details><summary>Why it matters and how to fix it</summary>\n\n${why}\n\n</details>`);
  if (c.suggestion) {
    const fence = fenceFor(c.suggestion.content);
    const notes = [...new Set(c.notes ?? [])].map((n) => oneLine(capitalise(n)).replace(/\.?$/, '.'));
    const kind = c.changesBehaviour ? '**Suggested change, may change behaviour**' : '**Suggested change, safe**';
    const risk = notes.length ? notes.join(' ') : 'Nothing the workload relies on.';
    parts.push(`${kind} — what it may break: ${risk}\n\n${fence}suggestion\n${c.suggestion.content}${c.suggestion.deletes ? '' : '\n'}${fence}`);
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

const bySeverity = (a: Finding, b: Finding) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || byCodeUnits(a.file, b.file) || a.line - b.line;

/** Every row as a table line (the job summary and the check run, where there is room). */
export function findingsTable(rows: readonly SummaryRow[], limit = 200, links: ReviewLinks = DEFAULT_LINKS): string {
  if (rows.length === 0) return '';
  const lines = ['| | Rule | Where | Finding | |', '|---|---|---|---|---|'];
  for (const { finding: f, where } of rows.slice(0, limit)) {
    const place = `\`${escapeCell(f.file)}:${f.line}\``;
    lines.push(`| ${SEVERITY_ICON[f.severity]} | [\`${f.rule}\`](${links.docs(f.rule)}) | ${links.line ? `[${place}](${links.line(f.file, f.line)})` : place} | ${escapeCell(f.message)} | ${where} |`);
  }
  if (rows.length > limit) lines.push(`| | | | … and ${rows.length - limit} more | |`);
  return lines.join('\n');
}

/** Rows grouped by rule (worst first), then by file and reason, each rule in a collapsed
 * `<details>`: every finding counted, linked by line while the body stays short; past the budget a
 * rule lists its first files and counts the rest. */
export function groupedFindings(rows: readonly SummaryRow[], links: ReviewLinks = DEFAULT_LINKS): string {
  const byRule = new Map<string, SummaryRow[]>();
  for (const r of [...rows].sort((a, b) => bySeverity(a.finding, b.finding))) byRule.set(r.finding.rule, [...(byRule.get(r.finding.rule) ?? []), r]);
  const render = (linkLines: boolean, perRule: number) => {
    const blocks: string[] = [];
    for (const [rule, list] of byRule) {
      const first = list[0]!.finding;
      const files = new Map<string, SummaryRow[]>();
      for (const r of list) {
        const key = `${r.finding.file}\u0000${r.where}`;
        files.set(key, [...(files.get(key) ?? []), r]);
      }
      const items: string[] = [];
      let size = 0;
      let shown = 0;
      const shownFiles = new Set<string>();
      for (const group of files.values()) {
        const { file } = group[0]!.finding;
        const lines = [...new Set(group.map((r) => r.finding.line))].sort((a, b) => a - b);
        const at = lines.map((l) => (linkLines && links.line ? `[${l}](${links.line(file, l)})` : String(l))).join(', ');
        const item = `- \`${file}\` ${counted(group.length, 'finding')}, line${lines.length > 1 ? 's' : ''} ${at} · ${group[0]!.where}`;
        if (size + item.length > perRule && items.length > 0) break;
        items.push(item);
        size += item.length + 1;
        shown += group.length;
        shownFiles.add(file);
      }
      const fileCount = new Set(list.map((r) => r.finding.file)).size;
      if (shown < list.length) {
        const restFiles = new Set(list.filter((r) => !shownFiles.has(r.finding.file)).map((r) => r.finding.file)).size;
        items.push(`- … and ${counted(list.length - shown, 'more finding')}${restFiles ? ` in ${counted(restFiles, 'more file')}` : ''}: the job summary (or the check run) lists each one.`);
      }
      blocks.push(`<details><summary>${SEVERITY_ICON[first.severity]} <b>${ruleOf(rule).title}</b> (<code>${rule}</code>): ${counted(list.length, 'finding')} in ${counted(fileCount, 'file')}</summary>\n\n[Rule docs](${links.docs(rule)})\n\n${items.join('\n')}\n\n</details>`);
    }
    return blocks.join('\n');
  };
  const unlimited = Number.POSITIVE_INFINITY;
  const linked = render(true, unlimited);
  if (linked.length <= BODY_BUDGET) return linked;
  const plain = render(false, unlimited);
  if (plain.length <= BODY_BUDGET) return plain;
  return render(false, Math.max(200, Math.floor(BODY_BUDGET / Math.max(1, byRule.size)) - 400));
}

/** The review's body: the counts, the notes (fix commit, fork, unreadable files) and the findings
 * that are not inline comments, grouped by rule and file. */
export function reviewBody(findings: readonly Finding[], rows: readonly SummaryRow[], notes: readonly string[], links: ReviewLinks = DEFAULT_LINKS): string {
  const fixable = findings.filter((f) => f.fixable).length;
  const head =
    findings.length === 0
      ? notes.some((n) => n.startsWith('⚠️'))
        ? '⚠️ **podarmor** found no insecure pod specs in what it reviewed of this pull request; see below for what it could not review.'
        : '**podarmor** found no insecure pod specs in the Kubernetes manifests this pull request changes. ✅'
      : `**podarmor** found ${counted(findings.length, 'issue')} (${severityCounts(findings)}) in the Kubernetes manifests this pull request changes; ${fixable} ha${fixable === 1 ? 's' : 've'} a safe fix.`;
  const parts = [head, ...notes];
  if (rows.length) parts.push(`**Not commented inline** (${counted(rows.length, 'finding')}):\n\n${groupedFindings(rows, links)}`);
  parts.push(REVIEW_MARKER);
  let body = parts.join('\n\n');
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY - 200)}\n\n… (truncated)\n\n${REVIEW_MARKER}`;
  return body;
}
