// The generated part of docs/templates.md: every check template with its parameters (from the
// schema the template declares) and the placeholders its messages may use.
import type { Template } from '../src/core/templates/api.ts';

type Schema = Record<string, unknown>;

/** A short type for a parameter's schema, as a reader writes it in YAML. */
export function typeText(schema: Schema): string {
  if (schema.enum) return (schema.enum as unknown[]).map((v) => `\`${String(v)}\``).join(' \\| ');
  if (schema.oneOf) return (schema.oneOf as Schema[]).map(typeText).join(' or ');
  const type = schema.type;
  if (Array.isArray(type)) return type.join(' \\| ');
  if (type === 'array') return `list of ${typeText((schema.items ?? {}) as Schema)}`;
  if (type === 'object') {
    const props = Object.keys((schema.properties ?? {}) as Schema);
    if (props.length) return `map (${props.map((p) => `\`${p}\``).join(', ')})`;
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') return `map of ${typeText(schema.additionalProperties as Schema)}`;
    return 'map';
  }
  return typeof type === 'string' ? type : 'any';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

export function templateDocs(templates: readonly Template[]): string {
  return templates
    .map((t) => {
      const required = new Set(t.paramsSchema.required ?? []);
      const rows = Object.entries(t.paramsSchema.properties).map(([name, s]) => {
        const schema = s as Schema;
        return `| \`${name}\`${required.has(name) ? ' (required)' : ''} | ${typeText(schema)} | ${cell(String(schema.description ?? ''))} |`;
      });
      const placeholders = Object.entries(t.placeholders).map(([param, names]) => `- \`${param}\`: ${names.length ? names.map((n) => `\`{${n}}\``).join(', ') : 'none'}`);
      return [
        `### \`${t.name}\` (${t.kind === 'workload' ? 'per workload' : 'over the scanned set'})`,
        '',
        t.description,
        '',
        ...(rows.length ? ['| Parameter | Type | Meaning |', '|---|---|---|', ...rows] : ['No parameters.']),
        '',
        ...(placeholders.length ? ['Placeholders each message may use:', '', ...placeholders, ''] : []),
      ].join('\n');
    })
    .join('\n');
}
