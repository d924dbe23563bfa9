// rules/rule.schema.json, generated: the shape of a rule file, with each check's `params` validated
// by the schema its template declares (src/core/templates). Editors that read the schema complete
// and check template parameters; `npm run generate` fails on a rule that breaks it.
import type { Template } from '../src/core/templates/api.ts';
import { EVIDENCE } from '../src/core/fix/safety.ts';

export function ruleSchema(templates: readonly Template[]): object {
  const version = { $ref: '#/$defs/version' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://podarmor.dev/schemas/rule.schema.json',
    title: 'podarmor rule',
    description:
      'One rule of podarmor, in rules/<id>.yaml. Generated from src/core/templates by npm run generate: each check names a template and gives it the parameters that template declares (docs/templates.md).',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'severity', 'description', 'remediation', 'links', 'fixable', 'checks'],
    properties: {
      id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', description: 'Equal to the file name without .yaml.' },
      title: { type: 'string', minLength: 5, maxLength: 80 },
      severity: { enum: ['critical', 'high', 'medium', 'low'], description: 'The same under every profile: a stricter profile only adds rules.' },
      description: { type: 'string', minLength: 20, description: 'Why it matters.' },
      remediation: { type: 'string', minLength: 10, description: 'How to fix it by hand.' },
      links: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^https://' } },
      pss: {
        type: 'object',
        additionalProperties: false,
        required: ['level', 'control'],
        properties: {
          level: { enum: ['baseline', 'restricted'] },
          control: { type: 'string', pattern: '^[a-z][A-Za-z_]*$', description: 'The upstream check id, spelled as upstream.' },
          replaces: {
            type: 'string',
            description: 'The baseline control this restricted control replaces upstream: from restricted on, findings of that control count for this one (they keep their rule and severity).',
          },
        },
      },
      profile: { enum: ['hardened', 'all'], description: 'For rules that are not PSS controls (default: hardened).' },
      versions: { $ref: '#/$defs/versionRange' },
      fixable: { enum: ['safe', 'suggestion', 'none'], description: 'The best fix the rule can offer.' },
      fixSafety: {
        type: 'object',
        additionalProperties: false,
        required: ['argument', 'evidence'],
        description: "Why the rule's safe fix keeps the workload running, and what the manifest must show for that; without the evidence the fix is a suggestion (src/core/fix/safety.ts).",
        properties: {
          argument: { type: 'string', minLength: 20 },
          evidence: { type: 'array', uniqueItems: true, items: { enum: Object.keys(EVIDENCE) } },
        },
      },
      options: {
        type: 'object',
        description: 'Options a site may set under `rules: {<id>: {<option>: value}}` in .github/podarmor.yml or the --config file.',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['description', 'schema', 'example'],
          properties: {
            description: { type: 'string', minLength: 10 },
            schema: { type: 'object', description: 'JSON Schema of the value; it must also fit the parameters it feeds.' },
            example: { description: 'A valid value, shown in the docs.' },
          },
        },
      },
      checks: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['template', 'params'],
          properties: {
            since: version,
            until: version,
            template: { enum: templates.map((t) => t.name) },
            params: { type: 'object' },
            options: { type: 'object', additionalProperties: { type: 'string' }, description: 'Parameters set by rule options: parameter name -> option name.' },
          },
          allOf: templates.map((t) => ({ if: { properties: { template: { const: t.name } } }, then: { properties: { params: t.paramsSchema } } })),
        },
      },
    },
    $defs: {
      version: { type: 'string', pattern: '^1\\.\\d+$' },
      versionRange: { type: 'object', additionalProperties: false, properties: { since: version, until: version } },
    },
  };
}
