// Human-readable output: findings grouped by file, `line:col`, severity, rule, message and a short
// code frame.
import type { Finding, NotReviewedFile, ScanResult, ScanTotals, Severity } from '../types.ts';
import { counted, severityCounts } from './words.ts';
import { collect, type Write } from './stream.ts';

export interface TextOptions {
  color: boolean;
  /** The file texts, for code frames (by path). */
  sources: ReadonlyMap<string, string>;
}

const SEVERITY_COLOR: Record<Severity, string> = { critical: '35', high: '31', medium: '33', low: '36' };

export function renderText(result: ScanResult, options: TextOptions): string {
  return collect((write) => writeText(result, options, write));
}

/** The text report, written a finding at a time; findings come sorted by file (as scans sort them). */
export function writeText(result: ScanResult, options: TextOptions, write: Write): void {
  const c = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const line = (text: string) => write(`${text}\n`);
  const files = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = files.get(f.file);
    if (list) list.push(f);
    else files.set(f.file, [f]);
  }
  for (const [file, findings] of files) {
    line(c('4', file));
    const lines = options.sources.get(file)?.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const f of findings) {
      const tags = [f.pss ? `${f.pss.level}/${f.pss.control}` : undefined, f.fixable ? 'fixable' : f.suggestion ? 'suggestion' : undefined].filter(Boolean);
      line(`  ${c('2', `${f.line}:${f.column}`.padEnd(8))}${c(SEVERITY_COLOR[f.severity], f.severity.padEnd(9))}${c('1', f.rule)}  ${f.message}${tags.length ? c('2', `  [${tags.join(', ')}]`) : ''}`);
      if (lines) for (const frameLine of codeFrame(lines, f, c)) line(frameLine);
    }
    line('');
  }
  for (const s of result.skipped) {
    const where = s.line !== undefined ? `:${s.line}:${s.column}` : '';
    line(`${c(s.error ? '31' : '2', s.error ? 'error' : 'skipped')} ${s.file}${where}: ${s.reason}`);
  }
  for (const p of result.problems) line(`${c('33', 'warning')} ${p.file}:${p.line}:${p.column}: ${p.message}`);
  for (const n of notReviewedLines(result.notReviewed ?? [], c)) line(n);
  if (result.skipped.length || result.problems.length || result.notReviewed?.length) line('');
  line(summaryLine(result, c));
  if (result.totals) line(totalsLine(result.totals, c));
}

function codeFrame(lines: string[], f: Finding, c: (code: string, s: string) => string): string[] {
  const first = Math.max(1, f.line - 1);
  const width = String(f.line).length;
  const frame: string[] = [];
  for (let n = first; n <= f.line; n++) {
    const text = lines[n - 1] ?? '';
    const marker = n === f.line ? c('31', '>') : ' ';
    frame.push(`    ${marker} ${c('2', String(n).padStart(width))} | ${text}`);
  }
  const lineText = lines[f.line - 1] ?? '';
  const end = f.endLine === f.line ? f.endColumn : lineText.length + 1;
  const carets = '^'.repeat(Math.max(1, end - f.column));
  frame.push(`      ${' '.repeat(width)} | ${' '.repeat(f.column - 1)}${c('31', carets)}`);
  return frame;
}

export function summaryLine(result: ScanResult, c: (code: string, s: string) => string = (_, s) => s): string {
  const n = result.findings.length;
  if (n === 0) return c('32', 'No findings.');
  const fixable = result.findings.filter((f) => f.fixable).length;
  const suggestions = result.findings.filter((f) => f.suggestion).length;
  return `${counted(n, 'finding')} (${severityCounts(result.findings)}); ${fixable} fixable with \`podarmor fix\`, ${suggestions} with a suggested change for review.`;
}

/** One line per file not reviewed; files that share a reason without a line (those only an
 * unreviewed kustomization uses) share one line, so that a broken overlay does not flood the output. */
function notReviewedLines(entries: readonly NotReviewedFile[], c: (code: string, s: string) => string): string[] {
  const groups: NotReviewedFile[][] = [];
  const byReason = new Map<string, NotReviewedFile[]>();
  for (const n of entries) {
    const key = `${n.reason}\u0000${n.remedy ?? ''}`;
    const group = n.line === undefined ? byReason.get(key) : undefined;
    if (group) group.push(n);
    else {
      groups.push([n]);
      if (n.line === undefined) byReason.set(key, groups.at(-1)!);
    }
  }
  return groups.map((group) => {
    const n = group[0]!;
    const names = group.map((g) => g.file);
    const where = group.length > 1 ? (names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')) : `${n.file}${n.line !== undefined ? `:${n.line}` : ''}`;
    return `${c('33', 'not reviewed')} ${where}: ${n.reason}${n.remedy ? `; ${n.remedy}` : ''}`;
  });
}

/** What was looked at: "Scanned 12 files; rendered 2 kustomize roots and 1 chart; 1 not reviewed." */
export function totalsLine(totals: ScanTotals, c: (code: string, s: string) => string = (_, s) => s): string {
  const notReviewed = totals.notReviewed ? c('33', `${totals.notReviewed} not reviewed`) : '0 not reviewed';
  return `Scanned ${counted(totals.files, 'file')}; rendered ${counted(totals.roots, 'kustomize root')} and ${counted(totals.charts, 'chart')}; ${notReviewed}.`;
}
