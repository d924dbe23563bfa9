// `podarmor rules`: the rule catalog, as a table or JSON.
import { RULES } from '../core/rules/registry.ts';
import type { Io } from './options.ts';

export function rulesCommand(format: string, io: Io): number {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(RULES, null, 2)}\n`);
    return 0;
  }
  for (const r of RULES) {
    const pss = r.pss ? `${r.pss.level}/${r.pss.control}` : 'hardening';
    io.stdout(`${r.id.padEnd(32)} ${r.severity.padEnd(9)} ${pss.padEnd(38)} ${r.title}\n`);
  }
  return 0;
}
