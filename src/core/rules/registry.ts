// Which rules are active for a profile and a Kubernetes version, with upstream's replacement of
// baseline controls by their restricted twins (capabilities, seccomp, volumes, procMount).
import catalog from './catalog.generated.json' with { type: 'json' };
import type { CheckEntry, RuleDefinition } from './types.ts';
import type { Profile } from '../types.ts';
import { parseVersion, versionAtLeast, versionAtMost } from '../versions.ts';
import { UsageError } from '../errors.ts';

// Generated from rules/*.yaml by `npm run generate`, which validates every rule against
// rules/rule.schema.json and its template's parameter schema: the JSON is a RuleDefinition[].
export const RULES: readonly RuleDefinition[] = catalog as readonly RuleDefinition[];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export interface ActiveRule {
  rule: RuleDefinition;
  checks: CheckEntry[];
}

export function inProfile(rule: RuleDefinition, profile: Profile): boolean {
  if (rule.pss) return rule.pss.level === 'baseline' || profile !== 'baseline';
  return rule.profile === 'all' || profile === 'hardened';
}

export function appliesToVersion(range: { since?: string; until?: string } | undefined, version: number): boolean {
  return !range || (versionAtLeast(version, range.since) && versionAtMost(version, range.until));
}

export function selectRules(profile: Profile, kubernetesVersion: string, only?: readonly string[]): ActiveRule[] {
  const version = parseVersion(kubernetesVersion);
  if (version === undefined) throw new UsageError(`invalid Kubernetes version "${kubernetesVersion}" (expected MAJOR.MINOR, such as 1.34)`);
  if (only) {
    const unknown = only.filter((id) => !RULE_IDS.has(id));
    if (unknown.length) throw new UsageError(`unknown rule${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  }
  const candidates = RULES.filter((r) => inProfile(r, profile) && appliesToVersion(r.versions, version));
  const replaced = new Set(candidates.flatMap((r) => (r.pss?.replaces && profile !== 'baseline' ? [r.pss.replaces] : [])));
  const active: ActiveRule[] = [];
  for (const rule of candidates) {
    if (rule.pss && replaced.has(rule.pss.control)) continue;
    if (only && !only.includes(rule.id)) continue;
    const checks = rule.checks.filter((c) => appliesToVersion(c, version));
    if (checks.length > 0) active.push({ rule, checks });
  }
  return active;
}
