// The RuleTester: one table per rule (test/rules/<rule>.test.ts) of readable inline manifests.
// `valid` cases give no finding of the rule; `invalid` cases list every finding of the rule with
// its exact message, line and column, and the exact text its fix produces: `output` for a safe fix,
// `suggestion` for a suggestion, `generated` for a file the fix writes (a NetworkPolicy). A finding
// whose fix the table does not expect, or an expected fix that is missing, fails. Before the
// cases, every message of the rule is checked against the placeholders its template provides.
import { describe, expect, it } from 'vitest';
import { fixFiles, isDropped, planFileFix } from '../src/core/fix/engine.ts';
import { RULES } from '../src/core/rules/registry.ts';
import type { RuleOptions } from '../src/core/rules/options.ts';
import { scan } from '../src/core/scan.ts';
import { TEMPLATES } from '../src/core/templates/index.ts';
import { placeholderProblems } from '../src/core/templates/instantiate.ts';
import type { Finding, Profile, ScanOptions } from '../src/core/types.ts';
import { DEFAULT_KUBERNETES_VERSION } from '../src/core/versions.ts';

export interface ValidCase {
  /** What the case shows (the test's name). */
  name: string;
  code: string;
  version?: string;
  profile?: Profile;
  options?: Record<string, Record<string, unknown>>;
}

export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  /** The whole file after the finding's safe fix. */
  output?: string;
  /** The whole file after the finding's suggestion is accepted. */
  suggestion?: string;
  /** The file the fix writes (a generated NetworkPolicy). */
  generated?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const FILE = 'manifest.yaml';

function optionsOf(ruleId: string, c: ValidCase): ScanOptions {
  return {
    profile: c.profile ?? 'hardened',
    kubernetesVersion: c.version ?? DEFAULT_KUBERNETES_VERSION,
    only: [ruleId],
    ...(c.options ? { ruleOptions: c.options as RuleOptions } : {}),
  };
}

/** Strips the common indentation of a template literal, so that tables can indent their YAML. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((all, part, i) => all + part + (i < values.length ? String(values[i]) : ''), '').replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return `${text.split('\n').map((l) => l.slice(indent)).join('\n').trimEnd()}\n`;
}

/** What a finding's fix produces, in the form the table states it. */
function fixOutcome(ruleId: string, c: ValidCase, f: Finding, options: ScanOptions): Pick<ExpectedFinding, 'output' | 'suggestion' | 'generated'> {
  if (!f.fix) return {};
  if (f.fix.kind === 'network-policy') {
    const result = fixFiles([{ path: FILE, text: c.code }], { ...options, only: [ruleId] });
    const created = result.files.filter((file) => file.before === undefined);
    return { generated: created.map((file) => file.after).join('\n---\n') };
  }
  const session = scan([{ path: FILE, text: c.code }], options);
  const own = session.findings.find((x) => x.fingerprint === f.fingerprint && x.range.start === f.range.start)!;
  const plan = planFileFix(session, [own], options);
  const text = isDropped(plan) ? `(fix dropped: ${plan.reason})` : plan.after;
  return f.fix.class === 'safe' ? { output: text } : { suggestion: text };
}

export function ruleTester(ruleId: string, table: RuleTable): void {
  const rule = RULES.find((r) => r.id === ruleId);
  describe(`rule ${ruleId}`, () => {
    it('exists, and its messages use only the placeholders its templates provide', () => {
      expect(rule, `no rule ${ruleId}`).toBeDefined();
      const problems = rule!.checks.flatMap((c) => placeholderProblems(TEMPLATES[c.template]!, c.params));
      expect(problems).toEqual([]);
    });

    it('has valid and invalid cases', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    });

    describe.each(table.valid)('valid: $name', (c) => {
      it('gives no finding', () => {
        const result = scan([{ path: FILE, text: c.code }], optionsOf(ruleId, c));
        expect(result.skipped).toEqual([]);
        expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    });

    describe.each(table.invalid)('invalid: $name', (c) => {
      it('gives exactly the findings, messages, positions and fixes of the table', () => {
        const options = optionsOf(ruleId, c);
        const result = scan([{ path: FILE, text: c.code }], options);
        expect(result.skipped).toEqual([]);
        const got = result.findings.map((f) => ({ message: f.message, line: f.line, column: f.column, ...fixOutcome(ruleId, c, f, options) }));
        expect(got).toEqual(c.errors);
      });
    });
  });
}
