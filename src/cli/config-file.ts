// `--config FILE`: the rule options (`rules:`) of a podarmor config file, the file the Action and
// App read from .github/podarmor.yml, checked by the same settings table. The scan's other settings
// come from flags.
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.ts';
import type { RuleOptions } from '../core/rules/options.ts';
import { parseSettingsFile } from '../review/config.ts';

export function ruleOptionsFromFile(path: string): RuleOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--config: cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const { settings, problems } = parseSettingsFile(text, path);
  if (problems.length) throw new UsageError(`--config: ${problems.map((p) => p.message).join('\n')}`);
  return settings.ruleOptions ?? {};
}
