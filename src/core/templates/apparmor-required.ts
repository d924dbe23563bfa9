// AppArmor must be set explicitly, in the form the target Kubernetes version understands: the
// `appArmorProfile` field from 1.30, the per-container annotation on the pod's metadata before.
// Bad values are the baseline control's business; this template only asks for a profile.
import { get, stringMap, str } from '../yaml/access.ts';
import { nearestRange } from '../anchor.ts';
import { versionAtLeast } from '../versions.ts';
import { format, type WorkloadTemplate } from './api.ts';
import { isWindowsPod } from './exemptions.ts';

export interface AppArmorRequiredParams {
  fieldSince: string;
  annotationPrefix: string;
  message: string;
  annotationMessage: string;
  note: string;
}

export const apparmorRequired: WorkloadTemplate<AppArmorRequiredParams> = {
  name: 'apparmor-required',
  kind: 'workload',
  description: 'Every container runs under an explicit AppArmor profile (field or annotation, by version).',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['fieldSince', 'annotationPrefix', 'message', 'annotationMessage', 'note'],
    properties: {
      fieldSince: { type: 'string' },
      annotationPrefix: { type: 'string' },
      message: { type: 'string' },
      annotationMessage: { type: 'string' },
      note: { type: 'string' },
    },
  },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (isWindowsPod(w)) return; // AppArmor is a Linux feature.
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, 'annotations'));
    const annotated = (name: string): boolean => {
      const v = annotations.get(params.annotationPrefix + name)?.value;
      return v !== undefined && v !== '' && v !== 'unconfined';
    };
    if (versionAtLeast(ctx.version, params.fieldSince)) {
      const typeOf = (node: unknown): string | undefined => str(w.ctx, get(w.ctx, get(w.ctx, get(w.ctx, node, 'securityContext'), 'appArmorProfile'), 'type'));
      const podType = typeOf(w.podSpec);
      if (podType !== undefined) return; // Set at pod level: good, or the baseline control reports it.
      const missing = w.containers.filter((c) => typeOf(c.node) === undefined && !annotated(c.name));
      if (missing.length === 0) return;
      ctx.report({
        range: nearestRange(w.ctx, w.ctx.doc.contents, [...w.podSpecPath, 'securityContext', 'appArmorProfile']),
        message: format(params.message, { containers: missing.map((c) => `"${c.name}"`).join(', ') }),
        detail: 'appArmorProfile',
        fix: {
          class: 'safe',
          ops: [{ op: 'set', path: [...w.podSpecPath, 'securityContext', 'appArmorProfile', 'type'], value: 'RuntimeDefault' }],
          note: params.note,
        },
      });
      return;
    }
    for (const c of w.containers) {
      // An annotation with a bad value is the baseline control's finding, not a missing profile.
      if (annotations.has(params.annotationPrefix + c.name)) continue;
      ctx.report({
        range: nearestRange(w.ctx, c.node, []),
        message: format(params.annotationMessage, { container: c.name, key: params.annotationPrefix + c.name }),
        container: c.name,
        detail: 'annotation',
        fix: {
          class: 'safe',
          ops: [{ op: 'set', path: [...w.podMetadataPath, 'annotations', params.annotationPrefix + c.name], value: 'runtime/default' }],
          note: params.note,
        },
      });
    }
  },
};
