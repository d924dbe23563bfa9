// Template contracts: parameters are checked against the template's schema and message
// placeholders against what the template fills in, once, when a rule is loaded.
import { describe, expect, it } from 'vitest';
import { instantiate, RuleLoadError } from '../src/core/templates/instantiate.ts';
import { TEMPLATES } from '../src/core/templates/index.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { ruleSchema } from '../scripts/rule-schema.ts';

const WHERE = 'rules/example.yaml: checks[0]';

describe('instantiate', () => {
  it('accepts every check of the catalog', () => {
    for (const r of RULES) r.checks.forEach((c, i) => expect(() => instantiate(c.template, c.params, `${r.id}[${i}]`)).not.toThrow());
  });

  it.each([
    { name: 'an unknown template', template: 'no-such-template', params: {}, error: `${WHERE}: unknown template "no-such-template" (known: security-field,` },
    { name: 'a missing parameter', template: 'security-field', params: { scope: 'pod' }, error: `${WHERE}: params: fields is required` },
    { name: 'an unknown parameter', template: 'security-field', params: { scope: 'pod', fields: ['hostPID'], forbiden: [true] }, error: 'params.forbiden: unknown (known: scope, fields,' },
    { name: 'a value outside the enum', template: 'security-field', params: { scope: 'node', fields: ['hostPID'] }, error: 'params.scope: must be one of "containers", "pod", "pod-and-containers", not "node"' },
    { name: 'a malformed field path', template: 'security-field', params: { scope: 'pod', fields: ['host PID'] }, error: 'params.fields[0]: "host PID" is not a field path such as securityContext.capabilities.add[*]' },
    {
      name: 'a placeholder the template does not provide',
      template: 'security-field',
      params: { scope: 'pod', fields: ['hostPID'], forbidden: [true], messages: { wrong: '{subject} shares the {namespace} namespace' } },
      error: `${WHERE}: params.messages.wrong: placeholder {namespace} is not provided by template security-field (it provides: {subject}, {field}, {value}, {reason}, {expected}, {hint})`,
    },
    { name: 'a placeholder in another template', template: 'volume-types', params: { forbidden: ['hostPath'], message: 'volume {name}' }, error: 'params.message: placeholder {name} is not provided by template volume-types' },
  ])('refuses $name, naming the rule, check and parameter', ({ template, params, error }) => {
    expect(() => instantiate(template, params, WHERE)).toThrow(RuleLoadError);
    expect(() => instantiate(template, params, WHERE)).toThrow(error);
  });
});

describe('the rule schema comes from the templates', () => {
  const schema = ruleSchema(Object.values(TEMPLATES)) as { properties: { checks: { items: { allOf: Array<{ if: unknown; then: { properties: { params: unknown } } }> } } } };

  it('validates each template\'s params with the schema the template declares', () => {
    const branches = schema.properties.checks.items.allOf;
    expect(branches).toHaveLength(Object.keys(TEMPLATES).length);
    for (const t of Object.values(TEMPLATES)) {
      expect(branches).toContainEqual({ if: { properties: { template: { const: t.name } } }, then: { properties: { params: t.paramsSchema } } });
    }
  });

  it('describes every parameter of the templates podarmor owns, and declares placeholders for every message parameter', () => {
    for (const t of Object.values(TEMPLATES)) {
      for (const [name, s] of Object.entries(t.paramsSchema.properties)) {
        const nested = Object.keys((s as { properties?: object }).properties ?? {});
        const messages = name === 'messages' ? nested.map((n) => `messages.${n}`) : /message/i.test(name) ? [name] : [];
        for (const m of messages) expect(Object.keys(t.placeholders), `${t.name}.${m}`).toContain(m);
      }
    }
    const undocumented = Object.values(TEMPLATES)
      .filter((t) => !['network-policy-coverage', 'metadata-egress'].includes(t.name))
      .flatMap((t) => Object.entries(t.paramsSchema.properties).filter(([, s]) => !(s as { description?: string }).description).map(([n]) => `${t.name}.${n}`));
    expect(undocumented).toEqual([]);
  });
});
