// `--config FILE`: the rule options (`rules:`) of a podarmor config file, the same file and format
// the Action and App read from .github/podarmor.yml. The scan's other settings come from flags.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readRuleOptions, type RuleOptions } from '../core/rules/options.ts';
import { UsageError } from '../core/errors.ts';

export function ruleOptionsFromFile(path: string): RuleOptions {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(e.code === 'ENOENT' ? `--config: no such file ${path}` : `--config: ${path} is not valid YAML: ${e.message.split('\n')[0]}`);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`--config: ${path} must be a map of settings`);
  const { options, problems } = readRuleOptions((raw as Record<string, unknown>).rules);
  if (problems.length) throw new UsageError(problems.map((p) => `${path}: ${p.message}`).join('\n'));
  return options;
}
