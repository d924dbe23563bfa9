// Suppressions that are not honoured (no reason, unknown rule) are findings themselves, so that a
// silenced finding always carries an explanation a reviewer can read.
import type { SetTemplate } from './api.ts';

export const suppressionSyntax: SetTemplate<Record<string, never>> = {
  name: 'suppression-syntax',
  kind: 'set',
  description: 'Reports suppression annotations and comments that are not honoured.',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  placeholders: {},
  check(ctx) {
    for (const bad of ctx.suppressions.invalid) {
      ctx.report({ ...(bad.object ? { object: bad.object } : { file: bad.file }), range: bad.range, message: bad.message, detail: bad.message });
    }
  },
};
