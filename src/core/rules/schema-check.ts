// A small JSON Schema checker for the subset that template parameter schemas and rule option
// schemas use (type, enum, const, properties, required, additionalProperties, items, minItems,
// minLength, pattern, minimum, maximum, oneOf; `patternHint` words a pattern for people: "is not
// an absolute path"). The core validates rule parameters and user-set
// rule options with it at load, without a dependency; the full schema (rules/rule.schema.json) is
// also checked by Ajv when the catalog is generated.

import { isPlainObject } from '../values.ts';

export type JsonSchema = Readonly<Record<string, unknown>>;

/** Problems of `value` against `schema`, each as "<path>: <what is wrong>"; empty when it fits. */
export function schemaProblems(schemaObject: object, value: unknown, path = ''): string[] {
  const schema = schemaObject as JsonSchema;
  const at = path || '(value)';
  const out: string[] = [];
  if (schema.oneOf) {
    const branches = (schema.oneOf as JsonSchema[]).map((s) => schemaProblems(s, value, path));
    const fitting = branches.filter((b) => b.length === 0).length;
    if (fitting !== 1) out.push(fitting === 0 ? `${at}: ${branches.map((b) => b[0]).join('; or ')}` : `${at}: matches more than one form`);
    return out;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => hasType(value, t))) return [`${at}: must be ${types.join(' or ')}, not ${describe(value)}`];
  }
  if (schema.const !== undefined && value !== schema.const) out.push(`${at}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) {
    out.push(`${at}: must be one of ${(schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) out.push(`${at}: must have at least ${schema.minLength} characters`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      out.push(`${at}: ${JSON.stringify(value)} ${typeof schema.patternHint === 'string' ? `is not ${schema.patternHint}` : `does not match ${schema.pattern}`}`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${at}: must be at least ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${at}: must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) out.push(`${at}: must have at least ${schema.minItems} item(s)`);
    if (schema.items) value.forEach((item, i) => out.push(...schemaProblems(schema.items as JsonSchema, item, `${path}[${i}]`)));
  }
  if (isPlainObject(value)) {
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in value)) out.push(`${at}: ${key} is required`);
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, v] of Object.entries(value)) {
      const sub = path ? `${path}.${key}` : key;
      if (Object.hasOwn(properties, key)) out.push(...schemaProblems(properties[key]!, v, sub));
      else if (schema.additionalProperties === false) out.push(`${sub}: unknown (known: ${Object.keys(properties).join(', ') || 'none'})`);
      else if (isPlainObject(schema.additionalProperties)) out.push(...schemaProblems(schema.additionalProperties as JsonSchema, v, sub));
    }
  }
  return out;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}
