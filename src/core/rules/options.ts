// Rule options: what a site may legitimately choose for some rules (allowed hostPorts, capabilities,
// read-only hostPath prefixes, Localhost profiles). Each rule file declares its options with a
// schema; a site sets them under `rules:` in .github/podarmor.yml (src/review/config.ts) or the
// `--config` file (src/cli/config-file.ts). Values are checked here, and every problem names its key.
import catalog from './catalog.generated.json' with { type: 'json' };
import { schemaProblems } from './schema-check.ts';
import { isPlainObject } from '../values.ts';
import type { CheckEntry, RuleDefinition } from './types.ts';

const RULES = catalog as readonly RuleDefinition[];

/** Option values by rule id and option name, as a site wrote them. */
export type RuleOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface RuleOptionProblem {
  /** The key as written: `rules.<rule>.<option>`. */
  key: string;
  /** What is wrong, starting with the key (and the item: `rules.host-ports.allowedHostPorts[0]: …`). */
  message: string;
}

/** Reads the value of the `rules:` key. */
export function readRuleOptions(raw: unknown, rules: readonly RuleDefinition[] = RULES): { options: RuleOptions; problems: RuleOptionProblem[] } {
  const problems: RuleOptionProblem[] = [];
  const bad = (key: string, message: string) => problems.push({ key, message: `${key}: ${message}` });
  const options: Record<string, Record<string, unknown>> = {};
  if (raw === undefined || raw === null) return { options, problems };
  if (!isPlainObject(raw)) {
    bad('rules', 'must be a map of rule ids to their options');
    return { options, problems };
  }
  const configurable = rules.filter((r) => r.options && Object.keys(r.options).length > 0);
  for (const [ruleId, values] of Object.entries(raw)) {
    const rule = rules.find((r) => r.id === ruleId);
    const known = () => `rules with options: ${configurable.map((r) => r.id).join(', ')}`;
    if (!rule) {
      bad(`rules.${ruleId}`, `unknown rule (${known()})`);
      continue;
    }
    if (!rule.options || Object.keys(rule.options).length === 0) {
      bad(`rules.${ruleId}`, `this rule has no options (${known()})`);
      continue;
    }
    if (!isPlainObject(values)) {
      bad(`rules.${ruleId}`, `must be a map of options (${Object.keys(rule.options).join(', ')})`);
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      const key = `rules.${ruleId}.${name}`;
      const option = rule.options[name];
      if (!option) {
        bad(key, `unknown option (options of ${ruleId}: ${Object.keys(rule.options).join(', ')})`);
        continue;
      }
      const found = schemaProblems(option.schema, value, key);
      if (found.length) for (const f of found) problems.push({ key, message: f });
      else (options[ruleId] ??= {})[name] = value;
    }
  }
  return { options, problems };
}

/** A check's parameters with the rule options that feed them (`options: {param: option}`) applied. */
export function paramsWithOptions(rule: RuleDefinition, entry: CheckEntry, options: RuleOptions | undefined): Record<string, unknown> {
  const set = options?.[rule.id];
  if (!set || !entry.options) return entry.params;
  const params = { ...entry.params };
  for (const [param, option] of Object.entries(entry.options)) if (set[option] !== undefined) params[param] = set[option];
  return params;
}
