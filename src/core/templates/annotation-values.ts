// Pod annotations that must hold allowed values: the legacy seccomp and AppArmor annotations that
// Pod Security Admission still checks. Annotations are read from the pod's own metadata (the pod
// template's metadata for controllers), which is where the kubelet reads them.
import { pairRange } from '../anchor.ts';
import { get, stringMap } from '../yaml/access.ts';
import type { FixPlan } from '../types.ts';
import { format, showValue, type WorkloadTemplate } from './api.ts';
import { exemptionsSchema, isExempt, type Exemptions } from './exemptions.ts';

export interface AnnotationValuesParams {
  /** Exact annotation keys. */
  keys?: string[];
  /** A key per container, `{container}` standing for the container's name. */
  perContainer?: string;
  /** Any key with this prefix; the rest of the key names the container. */
  prefix?: string;
  allowed?: string[];
  allowedPrefixes?: string[];
  /** When given, `localhost/<name>` values pass only for these names. */
  localhostProfiles?: string[];
  exempt?: Exemptions;
  message?: string;
  fix?: { value: string; class: 'safe' | 'suggestion'; note: string };
}

export const annotationValues: WorkloadTemplate<AnnotationValuesParams> = {
  name: 'annotation-values',
  kind: 'workload',
  description: 'Annotations on the pod (template) metadata must hold allowed values.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      keys: { type: 'array', items: { type: 'string' }, description: 'Exact annotation keys to check.' },
      perContainer: { type: 'string', pattern: '\\{container\\}', description: 'A key per container, `{container}` standing for its name.' },
      prefix: { type: 'string', description: 'Every key with this prefix; the rest of the key names the container.' },
      allowed: { type: 'array', items: { type: 'string' }, description: 'Values that pass.' },
      allowedPrefixes: { type: 'array', items: { type: 'string' }, description: 'Values starting with one of these pass.' },
      localhostProfiles: { type: 'array', items: { type: 'string' }, description: 'When given, `localhost/<name>` passes only for these names (rule options set this).' },
      exempt: { ...exemptionsSchema, description: 'Pods exempt from a version on (see security-field).' },
      message: { type: 'string', description: 'Finding message.' },
      fix: {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'class', 'note'],
        description: 'A fix that sets the annotation to `value`.',
        properties: { value: { type: 'string' }, class: { enum: ['safe', 'suggestion'] }, note: { type: 'string' } },
      },
    },
  },
  placeholders: { message: ['key', 'value', 'expected'] },
  check(ctx) {
    const { params, workload: w } = ctx;
    if (!w.podMetadata || isExempt(w, params.exempt, ctx.version)) return;
    const annotations = stringMap(w.ctx, get(w.ctx, w.podMetadata, 'annotations'));
    const checked = new Map<string, string | undefined>(); // key -> container
    for (const key of params.keys ?? []) checked.set(key, undefined);
    if (params.perContainer) {
      for (const c of w.containers) checked.set(format(params.perContainer, { container: c.name }), c.name);
    }
    if (params.prefix) {
      for (const key of annotations.keys()) if (key.startsWith(params.prefix)) checked.set(key, key.slice(params.prefix.length));
    }
    for (const [key, container] of checked) {
      const entry = annotations.get(key);
      if (!entry) continue;
      const v = entry.value;
      const localhost = params.localhostProfiles && v.startsWith('localhost/') ? params.localhostProfiles.includes(v.slice('localhost/'.length)) : undefined;
      const ok = localhost ?? ((params.allowed ?? []).includes(v) || (params.allowedPrefixes ?? []).some((p) => v.startsWith(p)));
      if (ok) continue;
      const fix: FixPlan | undefined = params.fix
        ? { class: params.fix.class, ops: [{ op: 'set', path: [...w.podMetadataPath, 'annotations', key], value: params.fix.value }], note: params.fix.note }
        : undefined;
      ctx.report({
        range: pairRange(entry.pair),
        message: format(params.message ?? 'annotation {key} is {value}; allowed: {expected}', {
          key,
          value: showValue(v),
          expected: [
            ...(params.allowed ?? []).filter((a) => a !== '').map(showValue),
            ...(params.localhostProfiles ? params.localhostProfiles.map((n) => showValue(`localhost/${n}`)) : (params.allowedPrefixes ?? []).map((p) => `"${p}…"`)),
          ].join(' or '),
        }),
        ...(container !== undefined ? { container } : {}),
        detail: key,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
