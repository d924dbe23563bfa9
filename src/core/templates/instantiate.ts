// A template's contract is checked once, when a rule is loaded: its parameters against the
// template's schema, and every `{placeholder}` of its messages against what the template fills in.
// A rule that breaks the contract is an error at load, never a wrong message at scan time.
import { schemaProblems } from '../rules/schema-check.ts';
import type { Template } from './api.ts';
import { TEMPLATES } from './index.ts';

export class RuleLoadError extends Error {}

export interface CheckInstance {
  template: Template;
  params: Record<string, unknown>;
}

/** Validates `params` for the template named `name`; `where` names the rule and check in errors. */
export function instantiate(name: string, params: unknown, where: string): CheckInstance {
  const template = TEMPLATES[name];
  if (!template) throw new RuleLoadError(`${where}: unknown template "${name}" (known: ${Object.keys(TEMPLATES).join(', ')})`);
  const problems = [...schemaProblems(template.paramsSchema, params, 'params'), ...placeholderProblems(template, params)];
  if (problems.length) throw new RuleLoadError(`${where}: ${problems.join('; ')}`);
  return { template, params: params as Record<string, unknown> };
}

/** Message placeholders that the template does not fill in. */
export function placeholderProblems(template: Template, params: unknown): string[] {
  const out: string[] = [];
  for (const [path, provided] of Object.entries(template.placeholders)) {
    const message = valueAt(params, path);
    if (typeof message !== 'string') continue;
    for (const [, name] of message.matchAll(/\{(\w+)\}/g)) {
      if (!provided.includes(name!)) out.push(`params.${path}: placeholder {${name}} is not provided by template ${template.name} (it provides: ${provided.map((p) => `{${p}}`).join(', ') || 'none'})`);
    }
  }
  return out;
}

function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}
