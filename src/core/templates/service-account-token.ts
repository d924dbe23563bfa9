// Whether a pod gets its service account's API token mounted, as Kubernetes decides it: the pod's
// `automountServiceAccountToken` wins; when the pod leaves it unset, the ServiceAccount object's
// field decides (read from the scanned set, same namespace); unset on both means mounted.
import { nearestRange, pairRange } from '../anchor.ts';
import { cachedIndex } from '../layers.ts';
import { serviceAccountOf, type K8sObject, type Workload } from '../objects.ts';
import { get, getPair, scalar } from '../yaml/access.ts';
import { format, type SetTemplate } from './api.ts';

export interface ServiceAccountTokenParams {
  /** Service accounts whose pods are checked (a pod without one runs as `default`). */
  serviceAccounts: string[];
  unsetMessage: string;
  wrongMessage: string;
  note: string;
}

const FIELD = 'automountServiceAccountToken';

export const serviceAccountToken: SetTemplate<ServiceAccountTokenParams> = {
  name: 'service-account-token',
  kind: 'set',
  description:
    'Pods running as one of the named service accounts must not get its API token mounted: the pod sets `automountServiceAccountToken: false`, or leaves it unset and the ServiceAccount object in the same namespace of the scanned files sets it to false.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['serviceAccounts', 'unsetMessage', 'wrongMessage', 'note'],
    properties: {
      serviceAccounts: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Service account names whose pods are checked.' },
      unsetMessage: { type: 'string', description: 'Message when neither the pod nor its ServiceAccount opts out. Placeholders: {serviceAccount}.' },
      wrongMessage: { type: 'string', description: 'Message when the pod sets the field to true. Placeholders: {serviceAccount}, {field}, {value}.' },
      note: { type: 'string', description: 'What the suggested `automountServiceAccountToken: false` changes.' },
    },
  },
  placeholders: { unsetMessage: ['serviceAccount'], wrongMessage: ['serviceAccount', 'field', 'value'] },
  check(ctx) {
    const { params } = ctx;
    const accounts = serviceAccountSettings(ctx.objects);
    for (const w of ctx.workloads) {
      const serviceAccount = serviceAccountOf(w);
      if (!params.serviceAccounts.includes(serviceAccount)) continue;
      const pair = getPair(w.ctx, w.podSpec, FIELD);
      const podValue = pair ? scalar(w.ctx, pair.value) : undefined;
      if (podValue === false) continue;
      const fix = { class: 'suggestion' as const, ops: [{ op: 'set' as const, path: [...w.podSpecPath, FIELD], value: false }], note: params.note };
      if (pair && podValue !== undefined) {
        ctx.report({ object: w, range: pairRange(pair), message: format(params.wrongMessage, { serviceAccount, field: FIELD, value: String(podValue) }), detail: FIELD, fix });
        continue;
      }
      // Unset on the pod: the ServiceAccount decides. A fragment without containers is not judged
      // on what it leaves out.
      if (w.partial || accounts.get(accountKey(w, serviceAccount)) === false) continue;
      ctx.report({ object: w, range: nearestRange(w.ctx, w.ctx.doc.contents, [...w.podSpecPath, FIELD]), message: format(params.unsetMessage, { serviceAccount }), detail: FIELD, fix });
    }
  },
};

function accountKey(w: Pick<K8sObject, 'resource'> | Workload, name: string): string {
  return `${w.resource.namespace ?? ''}/${name}`;
}

// A scan evaluates its units against one array of context objects: read once.
const settings = new WeakMap<readonly K8sObject[], Map<string, unknown>>();

/** `automountServiceAccountToken` of every ServiceAccount object, by namespace/name. */
function serviceAccountSettings(objects: readonly K8sObject[]): Map<string, unknown> {
  return cachedIndex(settings, objects, (all) => addSettings(new Map(), all), (base, extra) => addSettings(new Map(base), extra));
}

function addSettings(out: Map<string, unknown>, objects: readonly K8sObject[]): Map<string, unknown> {
  for (const o of objects) {
    if (o.kind !== 'ServiceAccount' || o.apiVersion !== 'v1') continue;
    out.set(accountKey(o, o.resource.name), scalar(o.ctx, get(o.ctx, o.node, FIELD)));
  }
  return out;
}
