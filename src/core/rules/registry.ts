// Which rules are active for a profile and a Kubernetes version. A problem's severity never depends
// on the profile: a stricter profile only adds rules. Where upstream replaces a baseline control by
// its restricted twin (capabilities, seccomp, volumes, procMount), the baseline rule keeps running
// with its own severity and its findings are attributed to the restricted control; the restricted
// rule reports only what the baseline rule does not.
import catalog from './catalog.generated.json' with { type: 'json' };
import type { CheckEntry, PssLevel, RuleDefinition } from './types.ts';
import type { Profile } from '../types.ts';
import { parseVersion, versionAtLeast, versionAtMost } from '../versions.ts';
import { UsageError } from '../errors.ts';
import { instantiate } from '../templates/instantiate.ts';
import { paramsWithOptions, readRuleOptions, type RuleOptions } from './options.ts';

// Generated from rules/*.yaml by `npm run generate`, which validates every rule against
// rules/rule.schema.json and its template's parameter schema: the JSON is a RuleDefinition[].
export const RULES: readonly RuleDefinition[] = catalog as readonly RuleDefinition[];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export interface ActiveRule {
  rule: RuleDefinition;
  checks: CheckEntry[];
  /** The PSS control the findings count for: the rule's own, or the restricted control that
   * replaces it at this profile and version. */
  pss?: { level: PssLevel; control: string };
}

export function inProfile(rule: RuleDefinition, profile: Profile): boolean {
  if (rule.pss) return rule.pss.level === 'baseline' || profile !== 'baseline';
  return rule.profile === 'all' || profile === 'hardened';
}

export function appliesToVersion(range: { since?: string; until?: string } | undefined, version: number): boolean {
  return !range || (versionAtLeast(version, range.since) && versionAtMost(version, range.until));
}

// Every check of the catalog meets its template's contract; checked once, when the core loads.
for (const rule of RULES) rule.checks.forEach((c, i) => instantiate(c.template, c.params, `rules/${rule.id}.yaml: checks[${i}]`));

export function selectRules(profile: Profile, kubernetesVersion: string, only?: readonly string[], ruleOptions?: RuleOptions): ActiveRule[] {
  const version = parseVersion(kubernetesVersion);
  if (version === undefined) throw new UsageError(`invalid Kubernetes version "${kubernetesVersion}" (expected MAJOR.MINOR, such as 1.34)`);
  if (only) {
    const unknown = only.filter((id) => !RULE_IDS.has(id));
    if (unknown.length) throw new UsageError(`unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  }
  if (ruleOptions) {
    const { problems } = readRuleOptions(ruleOptions);
    if (problems.length) throw new UsageError(`invalid rule options: ${problems.map((p) => p.message).join('; ')}`);
  }
  const candidates = RULES.filter((r) => inProfile(r, profile) && appliesToVersion(r.versions, version));
  const replacedBy = new Map(candidates.flatMap((r) => (r.pss?.replaces && profile !== 'baseline' ? [[r.pss.replaces, r.pss] as const] : [])));
  const active: ActiveRule[] = [];
  for (const rule of candidates) {
    if (only && !only.includes(rule.id)) continue;
    const checks = rule.checks
      .filter((c) => appliesToVersion(c, version))
      .map((c, i) => (c.options && ruleOptions?.[rule.id] ? { ...c, params: instantiate(c.template, paramsWithOptions(rule, c, ruleOptions), `rules/${rule.id}.yaml: checks[${i}] with options`).params } : c));
    if (checks.length === 0) continue;
    const replacement = rule.pss && replacedBy.get(rule.pss.control);
    const pss = replacement ? { level: replacement.level, control: replacement.control } : rule.pss && { level: rule.pss.level, control: rule.pss.control };
    active.push({ rule, checks, ...(pss ? { pss } : {}) });
  }
  return active;
}
