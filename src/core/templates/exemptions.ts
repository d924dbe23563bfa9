// Conditions under which upstream Pod Security Admission exempts a pod from a control, from a
// given policy version on: Windows pods (1.25+) and pods in a user namespace (`hostUsers: false`).
import { get, scalar, str } from '../yaml/access.ts';
import type { Workload } from '../objects.ts';
import { versionAtLeast } from '../versions.ts';

export interface Exemptions {
  /** Version from which pods with `spec.os.name: windows` are exempt. */
  windows?: string;
  /** Version from which pods with `spec.hostUsers: false` are exempt. */
  userNamespaces?: string;
}

export const exemptionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { windows: { type: 'string' }, userNamespaces: { type: 'string' } },
};

export function isWindowsPod(w: Workload): boolean {
  return str(w.ctx, get(w.ctx, get(w.ctx, w.podSpec, 'os'), 'name')) === 'windows';
}

export function inUserNamespace(w: Workload): boolean {
  return scalar(w.ctx, get(w.ctx, w.podSpec, 'hostUsers')) === false;
}

export function isExempt(w: Workload, exempt: Exemptions | undefined, version: number): boolean {
  if (!exempt) return false;
  if (exempt.windows !== undefined && versionAtLeast(version, exempt.windows) && isWindowsPod(w)) return true;
  if (exempt.userNamespaces !== undefined && versionAtLeast(version, exempt.userNamespaces) && inUserNamespace(w)) return true;
  return false;
}
