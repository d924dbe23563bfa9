// Credentials committed in ConfigMaps and Secrets. A ConfigMap is not secret: a value holding a
// private key, a token or a connection string with a password is readable by anyone who can read
// the repository or the namespace's ConfigMaps. A Secret manifest with literal data is a secret
// committed in clear (base64 is no encryption), though at least stored as one.
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { pairRange } from '../anchor.ts';
import type { K8sObject } from '../objects.ts';
import { get, getPair, str } from '../yaml/access.ts';
import type { SourceRange } from '../types.ts';
import { format, type SetTemplate } from './api.ts';
import { credentialMatcher, credentialPatternsSchema, type CredentialMatcher, type CredentialPatterns } from './credentials.ts';

export interface ConfigMapCredentialsParams extends CredentialPatterns {
  message: string;
}

export const configMapCredentials: SetTemplate<ConfigMapCredentialsParams> = {
  name: 'configmap-credentials',
  kind: 'set',
  description:
    'ConfigMap `data` values that hold a credential: a value that is one by its form, a connection string with a literal password, a key whose name says credential, or such a `name = value` line inside an embedded config file.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['namePattern', 'ignoreNamePattern', 'valuePatterns', 'ignoreValuePattern', 'connectionPasswordPatterns', 'message'],
    properties: {
      ...credentialPatternsSchema,
      message: { type: 'string', description: 'Finding message.' },
    },
  },
  placeholders: { message: ['name', 'key', 'what'] },
  check(ctx) {
    const { params } = ctx;
    const matcher = credentialMatcher(params);
    for (const o of ctx.own) {
      if (o.kind !== 'ConfigMap' || o.apiVersion !== 'v1') continue;
      const data = get(o.ctx, o.node, 'data');
      if (!isMap(data)) continue;
      for (const pair of data.items as Pair<Node, Node | null>[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = str(o.ctx, pair.value);
        if (!value) continue;
        const found = findCredential(key, value, matcher);
        if (!found) continue;
        ctx.report({ object: o, range: rangeOf(o, pair, found.text), message: format(params.message, { name: o.resource.name, key, what: found.what }), detail: `${key}:${found.what}` });
      }
    }
  },
};

interface Found {
  what: string;
  /** The text to point at inside the value. */
  text: string;
}

const LINE_RE = /^\s*["']?([\w.-]+)["']?\s*[:=]\s*["']?([^"'\s#]+)/;

function findCredential(key: string, value: string, matcher: CredentialMatcher): Found | undefined {
  const byValue = matcher.byValue(value);
  if (byValue !== undefined) return { what: /PRIVATE KEY/.test(byValue) ? 'a private key' : 'a token', text: byValue };
  const connection = matcher.byConnection(value);
  if (connection !== undefined) return { what: 'a connection string with a password', text: connection };
  if (!value.includes('\n')) return matcher.byName(key, value.trim()) ? { what: 'a credential', text: value } : undefined;
  // An embedded config file: a `password = …` or `token: …` line.
  for (const line of value.split('\n')) {
    const m = LINE_RE.exec(line);
    if (m && matcher.byName(m[1]!, m[2]!)) return { what: 'a credential', text: line.trim() };
  }
  return undefined;
}

/** The line of the value that holds `text` (inside a block scalar), else the key. */
function rangeOf(o: K8sObject, pair: Pair<Node, Node | null>, text: string): SourceRange {
  const whole = pairRange(pair);
  const valueRange = (pair.value as Node | null)?.range;
  if (!valueRange) return whole;
  const source = o.file.text.slice(valueRange[0], valueRange[1]);
  const first = text.split('\n')[0]!;
  const at = source.indexOf(first);
  if (at < 0 || !source.slice(0, at).includes('\n')) return whole;
  return { start: valueRange[0] + at, end: valueRange[0] + at + first.length };
}

export interface SecretLiteralDataParams {
  /** Regular expression (case-insensitive) for values that are placeholders, not secrets. */
  ignoreValuePattern: string;
  message: string;
}

export const secretLiteralData: SetTemplate<SecretLiteralDataParams> = {
  name: 'secret-literal-data',
  kind: 'set',
  description: 'Secret manifests with literal `data` or `stringData` values; SOPS-encrypted files (a top-level `sops` key, `ENC[…]` values) and placeholders pass.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['ignoreValuePattern', 'message'],
    properties: {
      ignoreValuePattern: { type: 'string', description: 'Regular expression (case-insensitive) for values that are placeholders, not secrets.' },
      message: { type: 'string', description: 'Finding message, one per Secret at its first `data`/`stringData` key.' },
    },
  },
  placeholders: { message: ['name', 'field', 'keys', 'count'] },
  check(ctx) {
    const placeholder = new RegExp(ctx.params.ignoreValuePattern, 'i');
    for (const o of ctx.own) {
      if (o.kind !== 'Secret' || o.apiVersion !== 'v1' || get(o.ctx, o.node, 'sops') !== undefined) continue;
      let first: { field: string; pair: Pair<unknown, unknown> } | undefined;
      const keys: string[] = [];
      for (const field of ['data', 'stringData']) {
        const map = get(o.ctx, o.node, field);
        if (!isMap(map)) continue;
        for (const pair of map.items as Pair<Node, Node | null>[]) {
          const value = str(o.ctx, pair.value);
          if (!value || placeholder.test(value) || value.startsWith('ENC[')) continue;
          keys.push(isScalar(pair.key) ? String(pair.key.value) : '?');
          first ??= { field, pair: getPair(o.ctx, o.node, field)! };
        }
      }
      if (!first) continue;
      ctx.report({
        object: o,
        range: pairRange(first.pair),
        message: format(ctx.params.message, { name: o.resource.name, field: first.field, keys: keys.join(', '), count: keys.length }),
        detail: 'literal-data',
      });
    }
  },
};
