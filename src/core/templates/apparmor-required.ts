// AppArmor must be set explicitly, in the form the target Kubernetes version understands: the
// `appArmorProfile` field from 1.30, the per-container annotation on the pod's metadata before.
// Bad values (unconfined) are the baseline control's business; this template only asks for a
// profile, so one problem gets one finding. An annotation naming a container the pod does not have
// protects nothing, and is reported with the real container names.
import { get, stringMap, str } from '../yaml/access.ts';
import { nearestRange, pairRange } from '../anchor.ts';
import { versionAtLeast } from '../versions.ts';
import { format, type WorkloadCheckContext, type WorkloadTemplate } from './api.ts';
import { isWindowsPod } from './exemptions.ts';

export interface AppArmorRequiredParams {
  fieldSince: string;
  annotationPrefix: string;
  message: string;
  annotationMessage: string;
  unknownContainerMessage: string;
  note: string;
}

export const apparmorRequired: WorkloadTemplate<AppArmorRequiredParams> = {
  name: 'apparmor-required',
  kind: 'workload',
  description: 'Every container runs under an explicit AppArmor profile (field or annotation, by version).',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['fieldSince', 'annotationPrefix', 'message', 'annotationMessage', 'unknownContainerMessage', 'note'],
    properties: {
      fieldSince: { type: 'string', pattern: '^1\\.\\d+$', description: 'Kubernetes version from which the profile is the `securityContext.appArmorProfile` field (before: the annotation).' },
      annotationPrefix: { type: 'string', description: 'The per-container annotation prefix; the rest of the key names the container.' },
      message: { type: 'string', description: 'Message (field era) for containers without a profile, reported once at the pod.' },
      annotationMessage: { type: 'string', description: 'Message (annotation era) for one container without the annotation.' },
      unknownContainerMessage: { type: 'string', description: 'Message for an annotation naming a container the pod does not have.' },
      note: { type: 'string', description: 'Note of the RuntimeDefault fix.' },
    },
  },
  placeholders: { message: ['containers'], annotationMessage: ['container', 'key'], unknownContainerMessage: ['key', 'container', 'containers'] },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (isWindowsPod(w)) return; // AppArmor is a Linux feature.
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, 'annotations'));
    const annotated = (name: string): boolean => {
      const v = annotations.get(params.annotationPrefix + name)?.value;
      return v !== undefined && v !== '';
    };
    if (w.partial) return; // A fragment is not judged on what it leaves out.
    reportUnknownContainers(ctx, annotations);
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

function reportUnknownContainers(ctx: WorkloadCheckContext<AppArmorRequiredParams>, annotations: ReturnType<typeof stringMap>): void {
  const { params, workload: w } = ctx;
  const names = new Set(w.containers.map((c) => c.name));
  for (const [key, { pair }] of annotations) {
    if (!key.startsWith(params.annotationPrefix)) continue;
    const container = key.slice(params.annotationPrefix.length);
    if (names.has(container)) continue;
    ctx.report({
      range: pairRange(pair),
      message: format(params.unknownContainerMessage, { key, container, containers: [...names].map((n) => `"${n}"`).join(', ') || '(none)' }),
      detail: `unknown:${key}`,
    });
  }
}
