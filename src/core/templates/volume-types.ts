// Volume sources a pod may (not) use. A volume entry with only a `name` is an emptyDir: the API
// server defaults it, and upstream's restricted fixtures rely on that.
import { isMap } from 'yaml';
import { nodeRange, pairRange } from '../anchor.ts';
import { get, getPair, mapKeys, scalar, seqItems, str } from '../yaml/access.ts';
import type { Workload } from '../objects.ts';
import type { FixPlan } from '../types.ts';
import { format, type WorkloadTemplate } from './api.ts';

export interface VolumeTypesParams {
  /** Sources that are not allowed. */
  forbidden?: string[];
  /** Sources that are allowed; any other source is not. */
  allowed?: string[];
  /** Sources this rule leaves to another rule (which reports them at every profile). */
  skip?: string[];
  /** Sources for which a suggestion replaces the source with `emptyDir: {}`. */
  suggestEmptyDirFor?: string[];
  /** hostPath prefixes a site allows when every container mounts the volume read-only. */
  allowedHostPaths?: string[];
  message?: string;
  note?: string;
}

export const volumeTypes: WorkloadTemplate<VolumeTypesParams> = {
  name: 'volume-types',
  kind: 'workload',
  description: 'Pod volumes may only use allowed sources.',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      forbidden: { type: 'array', items: { type: 'string' }, description: 'Volume sources (keys of a volume, such as hostPath) that are findings.' },
      allowed: { type: 'array', items: { type: 'string' }, description: 'Volume sources that pass; any other source is a finding.' },
      skip: { type: 'array', items: { type: 'string' }, description: 'Sources left to another rule, which reports them at every profile.' },
      suggestEmptyDirFor: { type: 'array', items: { type: 'string' }, description: 'Sources for which a suggestion replaces the source with `emptyDir: {}`.' },
      allowedHostPaths: {
        type: 'array',
        items: { type: 'string', pattern: '^/', patternHint: 'an absolute path' },
        description: 'hostPath prefixes (path-wise: /var/log covers /var/log/pods, not /var/logs) that pass when every container mounts the volume with readOnly: true (rule options set this).',
      },
      message: { type: 'string', description: 'Finding message.' },
      note: { type: 'string', description: 'Note of the emptyDir suggestion.' },
    },
  },
  placeholders: { message: ['volume', 'source'] },
  check(ctx) {
    const { params, workload: w } = ctx;
    const volumes = seqItems(w.ctx, get(w.ctx, w.podSpec, 'volumes'));
    volumes.forEach((volume, index) => {
      if (!isMap(volume)) return;
      const name = str(w.ctx, get(w.ctx, volume, 'name')) ?? `volumes[${index}]`;
      const sources = mapKeys(w.ctx, volume).filter((k) => k !== 'name');
      for (const source of sources) {
        if (params.skip?.includes(source)) continue;
        if (source === 'hostPath' && allowedReadOnlyHostPath(w, volume, name, params.allowedHostPaths)) continue;
        const bad = params.forbidden ? params.forbidden.includes(source) : params.allowed ? !params.allowed.includes(source) : false;
        if (!bad) continue;
        const pair = getPair(w.ctx, volume, source);
        const volumePath = [...w.podSpecPath, 'volumes', index];
        const fix: FixPlan | undefined = params.suggestEmptyDirFor?.includes(source)
          ? {
              class: 'suggestion',
              ops: [
                { op: 'remove', path: [...volumePath, source] },
                { op: 'set', path: [...volumePath, 'emptyDir'], value: {} },
              ],
              note: params.note ?? 'replaces the volume with an empty scratch directory: the pod no longer sees data from the source',
            }
          : undefined;
        ctx.report({
          range: pair ? pairRange(pair) : nodeRange(w.ctx, volume),
          message: format(params.message ?? 'volume "{volume}" uses the {source} source', { volume: name, source }),
          detail: `${name}:${source}`,
          ...(fix ? { fix } : {}),
        });
      }
    });
  },
};

/** A hostPath under an allowed prefix that every container mounting it mounts read-only. */
function allowedReadOnlyHostPath(w: Workload, volume: unknown, name: string, prefixes: readonly string[] | undefined): boolean {
  if (!prefixes?.length) return false;
  const path = str(w.ctx, get(w.ctx, get(w.ctx, volume, 'hostPath'), 'path'));
  if (!path) return false;
  const under = (prefix: string) => {
    const p = prefix.replace(/\/+$/, '');
    return path === p || path.startsWith(`${p}/`) || p === '';
  };
  if (!prefixes.some(under)) return false;
  return w.containers.every((c) =>
    seqItems(w.ctx, get(w.ctx, c.node, 'volumeMounts'))
      .filter((m) => str(w.ctx, get(w.ctx, m, 'name')) === name)
      .every((m) => scalar(w.ctx, get(w.ctx, m, 'readOnly')) === true),
  );
}
