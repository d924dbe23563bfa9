// Legacy seccomp and AppArmor annotations, and their migration to the securityContext fields that
// replaced them. The migration keeps the profile the annotation asked for.
import { pairRange } from '../anchor.ts';
import { get, getIn, stringMap } from '../yaml/access.ts';
import type { DocPath, FixOp } from '../types.ts';
import { format, type WorkloadTemplate } from './api.ts';

export interface DeprecatedAnnotationParams {
  /** Which family of annotations: the mapping of values to fields differs. */
  annotation: 'seccomp' | 'apparmor';
  message: string;
  note: string;
}

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

/** The field value equivalent to an annotation value, or undefined when there is none. */
export function profileFromAnnotation(family: 'seccomp' | 'apparmor', value: string): Record<string, string> | undefined {
  if (value === 'runtime/default' || (family === 'seccomp' && value === 'docker/default')) return { type: 'RuntimeDefault' };
  if (value === 'unconfined') return { type: 'Unconfined' };
  if (value.startsWith('localhost/') && value.length > 'localhost/'.length) return { type: 'Localhost', localhostProfile: value.slice('localhost/'.length) };
  return undefined;
}

export const deprecatedAnnotation: WorkloadTemplate<DeprecatedAnnotationParams> = {
  name: 'deprecated-annotation',
  kind: 'workload',
  description: 'Legacy seccomp/AppArmor annotations are reported with the field that replaces them, and migrated.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['annotation', 'message', 'note'],
    properties: {
      annotation: { enum: ['seccomp', 'apparmor'], description: 'Which family of legacy annotations (they map to different fields).' },
      message: { type: 'string', description: 'Finding message.' },
      note: { type: 'string', description: 'Note of the fix that moves the profile to the field.' },
    },
  },
  placeholders: { message: ['key', 'field'] },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (!w.podMetadata) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, 'annotations'));
    const field = params.annotation === 'seccomp' ? 'seccompProfile' : 'appArmorProfile';
    for (const [key, { value, pair }] of annotations) {
      let target: { path: DocPath; node: unknown; container?: string } | undefined;
      if (params.annotation === 'seccomp' && key === SECCOMP_POD) {
        target = { path: w.podSpecPath, node: w.podSpec };
      } else {
        const prefix = params.annotation === 'seccomp' ? SECCOMP_CONTAINER : APPARMOR_CONTAINER;
        if (!key.startsWith(prefix)) continue;
        const name = key.slice(prefix.length);
        const c = w.containers.find((x) => x.name === name);
        target = c ? { path: c.path, node: c.node, container: name } : { path: [], node: undefined, container: name };
      }
      const profile = profileFromAnnotation(params.annotation, value);
      const annotationPath = [...w.podMetadataPath, 'annotations', key];
      const ops: FixOp[] = [{ op: 'remove', path: annotationPath }];
      const fieldSet = target.node !== undefined && getIn(w.ctx, target.node, ['securityContext', field]) !== undefined;
      if (profile && target.node !== undefined && !fieldSet) {
        ops.push({ op: 'set', path: [...target.path, 'securityContext', field], value: profile });
      }
      const migratable = target.node !== undefined && (profile !== undefined || fieldSet);
      // Moving an unconfined profile keeps the container unconfined: a human decides, not a bot.
      const fixClass = profile?.type === 'Unconfined' || value === 'unconfined' ? ('suggestion' as const) : ('safe' as const);
      ctx.report({
        range: pairRange(pair),
        message: format(params.message, { key, field: `securityContext.${field}` }),
        ...(target.container !== undefined ? { container: target.container } : {}),
        detail: key,
        ...(migratable ? { fix: { class: fixClass, ops, note: params.note, priority: 10 } } : {}),
      });
    }
  },
};
