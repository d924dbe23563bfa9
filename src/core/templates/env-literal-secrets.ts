// Credentials written literally into container environment variables, where anyone who can read
// the manifest (or the pod spec through the API) can read them.
import { isMap } from 'yaml';
import { pairRange } from '../anchor.ts';
import { get, getPair, seqItems, str } from '../yaml/access.ts';
import { format, type WorkloadTemplate } from './api.ts';

export interface EnvLiteralSecretsParams {
  /** Regular expression (case-insensitive) for variable names that hold credentials. */
  namePattern: string;
  /** Regular expression for names that hold a reference to a credential, not the credential. */
  ignoreNamePattern: string;
  /** Regular expressions for values that are credentials whatever the variable's name. */
  valuePatterns: string[];
  /** Regular expression for values that are placeholders or references, not credentials. */
  ignoreValuePattern: string;
  message: string;
}

export const envLiteralSecrets: WorkloadTemplate<EnvLiteralSecretsParams> = {
  name: 'env-literal-secrets',
  kind: 'workload',
  description: 'Container env values that look like credentials and are not taken from a Secret.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['namePattern', 'ignoreNamePattern', 'valuePatterns', 'ignoreValuePattern', 'message'],
    properties: {
      namePattern: { type: 'string', description: 'Regular expression (case-insensitive) for variable names that hold credentials.' },
      ignoreNamePattern: { type: 'string', description: 'Regular expression for names that hold a reference to a credential (a path, a key id), not the credential.' },
      valuePatterns: { type: 'array', items: { type: 'string' }, description: 'Regular expressions for values that are credentials whatever the name (PEM private keys, cloud tokens).' },
      ignoreValuePattern: { type: 'string', description: 'Regular expression for values that are placeholders or references, not credentials.' },
      message: { type: 'string', description: 'Finding message.' },
    },
  },
  placeholders: { message: ['name', 'container'] },
  check(ctx) {
    const { params, workload: w } = ctx;
    const nameRe = new RegExp(params.namePattern, 'i');
    const ignoreNameRe = new RegExp(params.ignoreNamePattern, 'i');
    const valueRes = params.valuePatterns.map((p) => new RegExp(p));
    const ignoreValueRe = new RegExp(params.ignoreValuePattern, 'i');
    for (const c of w.containers) {
      for (const env of seqItems(w.ctx, get(w.ctx, c.node, 'env'))) {
        if (!isMap(env)) continue;
        const name = str(w.ctx, get(w.ctx, env, 'name')) ?? '';
        const valuePair = getPair(w.ctx, env, 'value');
        const value = valuePair ? str(w.ctx, valuePair.value) : undefined;
        if (!valuePair || value === undefined || value === '') continue;
        const byValue = valueRes.some((re) => re.test(value));
        const byName = nameRe.test(name) && !ignoreNameRe.test(name) && !ignoreValueRe.test(value);
        if (!byValue && !byName) continue;
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
