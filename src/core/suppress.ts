// Suppressions written in the manifest: an annotation on the resource
//   ignore.podarmor.dev/<rule-id>: "<reason>"
// or a YAML comment on the finding's line or on the line above it
//   # podarmor:ignore <rule-id>[, <rule-id>…] -- <reason>
// A suppression without a reason, or naming a rule that does not exist, is not honoured and is
// reported itself.
import { pairRange } from './anchor.ts';
import { get, stringMap } from './yaml/access.ts';
import type { K8sObject } from './objects.ts';
import type { ParsedFile } from './yaml/parse.ts';
import type { SourceRange } from './types.ts';

export const ANNOTATION_PREFIX = 'ignore.podarmor.dev/';
const COMMENT_MARKER = 'podarmor:ignore';
const COMMENT_RE = /(^|\s)#\s*podarmor:ignore\b(.*)$/;

export interface InvalidSuppression {
  file: ParsedFile;
  object?: K8sObject;
  range: SourceRange;
  message: string;
}

export interface Suppressions {
  /** Honoured annotation suppressions: the object's map node -> rule ids. */
  byObject: Map<unknown, Set<string>>;
  /** Honoured comment suppressions: file path -> line -> rule ids. */
  byLine: Map<string, Map<number, Set<string>>>;
  invalid: InvalidSuppression[];
}

export function collectSuppressions(files: readonly ParsedFile[], objects: readonly K8sObject[], knownRules: ReadonlySet<string>): Suppressions {
  const result: Suppressions = { byObject: new Map(), byLine: new Map(), invalid: [] };
  for (const o of objects) {
    const annotations = stringMap(o.ctx, get(o.ctx, get(o.ctx, o.node, 'metadata'), 'annotations'));
    for (const [key, { value, pair }] of annotations) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const rule = key.slice(ANNOTATION_PREFIX.length);
      const problem = !knownRules.has(rule)
        ? `suppression names unknown rule "${rule}"`
        : value.trim() === ''
          ? `suppression of "${rule}" gives no reason: write why as the annotation's value`
          : undefined;
      if (problem) {
        result.invalid.push({ file: o.file, object: o, range: pairRange(pair), message: problem });
        continue;
      }
      const set = result.byObject.get(o.node) ?? new Set<string>();
      set.add(rule);
      result.byObject.set(o.node, set);
    }
  }
  for (const file of files) {
    if (!file.text.includes(COMMENT_MARKER)) continue;
    const lines = file.text.split('\n');
    let offset = 0;
    const pending: { rules: string[]; from: number }[] = [];
    lines.forEach((raw, i) => {
      const lineNo = i + 1;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const lineOffset = offset;
      offset += raw.length + 1;
      const m = COMMENT_RE.exec(line);
      const content = m ? line.slice(0, m.index + m[1]!.length).trim() : line.trim();
      if (m) {
        const [ruleText, reason] = splitReason(m[2]!);
        const rules = ruleText.split(/[\s,]+/).filter(Boolean);
        const start = lineOffset + m.index + m[1]!.length;
        const range = { start, end: lineOffset + line.length };
        const unknown = rules.filter((r) => !knownRules.has(r));
        const problem =
          rules.length === 0
            ? 'suppression comment names no rule'
            : unknown.length > 0
              ? `suppression names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => `"${r}"`).join(', ')}`
              : reason.trim() === ''
                ? `suppression of ${rules.map((r) => `"${r}"`).join(', ')} gives no reason: add "-- <reason>"`
                : undefined;
        if (problem) result.invalid.push({ file, range, message: problem });
        else if (content !== '') addLine(result, file.path, lineNo, rules);
        else pending.push({ rules, from: lineNo });
      }
      if (content !== '' && !content.startsWith('#')) {
        for (const p of pending.splice(0)) addLine(result, file.path, lineNo, p.rules);
      }
    });
  }
  return result;
}

function splitReason(text: string): [string, string] {
  const idx = text.search(/(^|\s)--(\s|$)/);
  if (idx < 0) return [text, ''];
  const dash = text.indexOf('--', idx);
  return [text.slice(0, dash), text.slice(dash + 2)];
}

function addLine(s: Suppressions, path: string, line: number, rules: string[]): void {
  const byLine = s.byLine.get(path) ?? new Map<number, Set<string>>();
  const set = byLine.get(line) ?? new Set<string>();
  for (const r of rules) set.add(r);
  byLine.set(line, set);
  s.byLine.set(path, byLine);
}
