// Loads and validates rules/*.yaml and renders every file generated from them. Used by
// scripts/generate.ts (to write) and by the test suite (to fail when a committed file is stale).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { TEMPLATES } from '../src/core/templates/index.ts';
import type { RuleDefinition } from '../src/core/rules/types.ts';

const README_START = '<!-- rules:start (generated from rules/*.yaml by npm run generate) -->';
const README_END = '<!-- rules:end -->';

export function loadRules(root: string, list: (dir: string) => string[]): RuleDefinition[] {
  const schema = JSON.parse(readFileSync(join(root, 'rules', 'rule.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validateRule = ajv.compile(schema);
  const errors: string[] = [];
  const rules: RuleDefinition[] = [];
  for (const name of list('rules').filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `rules/${name}`;
    let data: unknown;
    try {
      data = parse(readFileSync(join(root, file), 'utf8'), { merge: true });
    } catch (err) {
      errors.push(`${file}: ${(err as Error).message}`);
      continue;
    }
    if (!validateRule(data)) {
      for (const e of validateRule.errors ?? []) errors.push(`${file}: ${e.instancePath || '/'} ${e.message}`);
      continue;
    }
    const rule = data as RuleDefinition;
    if (rule.id !== name.slice(0, -'.yaml'.length)) errors.push(`${file}: id "${rule.id}" must equal the file name`);
    rule.checks.forEach((c, i) => {
      const template = TEMPLATES[c.template];
      if (!template) {
        errors.push(`${file}: checks[${i}] names unknown template "${c.template}" (known: ${Object.keys(TEMPLATES).join(', ')})`);
        return;
      }
      const validateParams = ajv.compile(template.paramsSchema);
      if (!validateParams(c.params)) {
        for (const e of validateParams.errors ?? []) errors.push(`${file}: checks[${i}].params${e.instancePath} ${e.message}`);
      }
    });
    rules.push(rule);
  }
  const controls = new Set(rules.flatMap((r) => (r.pss ? [r.pss.control] : [])));
  for (const r of rules) {
    if (r.pss?.replaces && !controls.has(r.pss.replaces)) errors.push(`rules/${r.id}.yaml: replaces unknown control "${r.pss.replaces}"`);
  }
  if (errors.length) throw new Error(`invalid rules:\n  ${errors.join('\n  ')}`);
  return rules;
}

function versionsText(r: RuleDefinition): string {
  const v = r.versions;
  if (!v?.since && !v?.until) return 'all';
  if (v.since && v.until) return `${v.since}–${v.until}`;
  return v.since ? `≥ ${v.since}` : `≤ ${v.until}`;
}

function profilesText(r: RuleDefinition): string {
  if (r.pss?.level === 'baseline') return 'baseline, restricted, hardened';
  if (r.pss?.level === 'restricted') return 'restricted, hardened';
  return r.profile === 'all' ? 'all' : 'hardened';
}

const FIX_TEXT = { safe: 'safe fix', suggestion: 'suggestion', none: '—' } as const;

export function ruleTable(rules: readonly RuleDefinition[]): string {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.title} | ${r.severity} | ${r.pss ? `${r.pss.level}: \`${r.pss.control}\`` : '—'} | ${profilesText(r)} | ${versionsText(r)} | ${FIX_TEXT[r.fixable]} |`,
  );
  return ['| Rule | What it finds | Severity | PSS control | Profiles | Kubernetes | Fix |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export function ruleDoc(r: RuleDefinition): string {
  const lines = [
    `<!-- Generated from rules/${r.id}.yaml by npm run generate; edit that file instead. -->`,
    `# ${r.id}: ${r.title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Severity | ${r.severity} |`,
    `| Pod Security Standards | ${r.pss ? `${r.pss.level} level, upstream control \`${r.pss.control}\`${r.pss.replaces ? ` (replaces \`${r.pss.replaces}\`)` : ''}` : 'not a PSS control (hardening)'} |`,
    `| Profiles | ${profilesText(r)} |`,
    `| Kubernetes versions | ${versionsText(r)} |`,
    `| Fix | ${r.fixable === 'safe' ? 'safe fix, applied by `podarmor fix` and hardening commits (explicit values a human chose are only suggested)' : r.fixable === 'suggestion' ? 'suggestion for a reviewer (it changes behaviour)' : 'none: needs a manual change'} |`,
    '',
    '## Why it matters',
    '',
    r.description.trim(),
    '',
    '## How to fix it',
    '',
    r.remediation.trim(),
    '',
    '## Suppressing it',
    '',
    'Annotation on the resource:',
    '',
    '```yaml',
    'metadata:',
    '  annotations:',
    `    ignore.podarmor.dev/${r.id}: "<why this does not apply>"`,
    '```',
    '',
    `Or a comment on the line of the finding (or the line above): \`# podarmor:ignore ${r.id} -- <why>\``,
    '',
    '## References',
    '',
    ...r.links.map((l) => `- ${l}`),
    '',
  ];
  return lines.join('\n');
}

export function renderCatalog(rules: readonly RuleDefinition[]): string {
  return [
    '// Generated from rules/*.yaml by `npm run generate`; do not edit.',
    "import type { RuleDefinition } from './types.ts';",
    '',
    `export const RULES: readonly RuleDefinition[] = ${JSON.stringify(rules, null, 2)};`,
    '',
  ].join('\n');
}

export function replaceBetween(text: string, start: string, end: string, body: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${start} … ${end} not found`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

/** Every generated file, by path relative to the repository root. */
export function renderGenerated(root: string, read: (path: string) => string | undefined, list: (dir: string) => string[]): Map<string, string> {
  const rules = loadRules(root, list);
  const out = new Map<string, string>();
  out.set('src/core/rules/catalog.generated.ts', renderCatalog(rules));
  for (const r of rules) out.set(`docs/rules/${r.id}.md`, ruleDoc(r));
  const readme = read('README.md');
  if (readme !== undefined && readme.includes(README_START)) out.set('README.md', replaceBetween(readme, README_START, README_END, ruleTable(rules)));
  return out;
}
