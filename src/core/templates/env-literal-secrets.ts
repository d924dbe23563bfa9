// Credentials written literally into container environment variables, where anyone who can read
// the manifest (or the pod spec through the API) can read them.
import { isMap } from 'yaml';
import { pairRange } from '../anchor.ts';
import { get, getPair, seqItems, str } from '../yaml/access.ts';
import { format, type WorkloadTemplate } from './api.ts';
import { credentialMatcher, credentialPatternsSchema, type CredentialPatterns } from './credentials.ts';

export interface EnvLiteralSecretsParams extends CredentialPatterns {
  message: string;
}

export const envLiteralSecrets: WorkloadTemplate<EnvLiteralSecretsParams> = {
  name: 'env-literal-secrets',
  kind: 'workload',
  description: 'Container env values that look like credentials (by name, by form, or a connection string with a literal password) and are not taken from a Secret.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['namePattern', 'ignoreNamePattern', 'valuePatterns', 'ignoreValuePattern', 'message'],
    properties: {
      ...credentialPatternsSchema,
      message: { type: 'string', description: 'Finding message.' },
    },
  },
  placeholders: { message: ['name', 'container'] },
  check(ctx) {
    const { params, workload: w } = ctx;
    const matcher = credentialMatcher(params);
    for (const c of w.containers) {
      for (const env of seqItems(w.ctx, get(w.ctx, c.node, 'env'))) {
        if (!isMap(env)) continue;
        const name = str(w.ctx, get(w.ctx, env, 'name')) ?? '';
        const valuePair = getPair(w.ctx, env, 'value');
        const value = valuePair ? str(w.ctx, valuePair.value) : undefined;
        if (!valuePair || value === undefined || value === '') continue;
        if (matcher.byValue(value) === undefined && matcher.byConnection(value) === undefined && !matcher.byName(name, value)) continue;
        ctx.report({
          range: pairRange(valuePair),
          message: format(params.message, { name, container: c.name }),
          container: c.name,
          detail: name,
        });
      }
    }
  },
};
