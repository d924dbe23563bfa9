// The one definition of a safe fix: an edit is applied by `podarmor fix` and the hardening commit
// only when the manifest itself shows that the workload keeps running with it. Each rule's data
// (`fixSafety` in rules/<id>.yaml) says why its fix is safe and which evidence it needs; the
// evidence is checked here, on the containers the fix changes. Without the evidence the fix is a
// suggestion: still offered in the review, with a note on what it may break.
import type { ContainerRef, K8sObject, Workload } from '../objects.ts';
import type { FixEvidence, RuleDefinition } from '../rules/types.ts';
import type { FixPlan } from '../types.ts';
import { get, getIn, scalar, seqItems, str, type DocContext } from '../yaml/access.ts';

interface EvidenceCheck {
  /** What the manifest must show, for the docs. */
  shows: string;
  /** Why the fix is withheld when the evidence is missing: "{subject} …". */
  missing: string;
  holds(w: Workload, subject: ContainerRef): boolean;
}

function securityContextValue(ctx: DocContext, node: unknown, path: readonly string[]): unknown {
  return scalar(ctx, getIn(ctx, get(ctx, node, 'securityContext'), path));
}

/** The container's value of a securityContext field, else the pod's (as the kubelet resolves it). */
function effective(w: Workload, c: ContainerRef, path: readonly string[]): unknown {
  return securityContextValue(w.ctx, c.node, path) ?? securityContextValue(w.ctx, w.podSpec, path);
}

function addedCapabilities(w: Workload, c: ContainerRef): string[] {
  return seqItems(w.ctx, getIn(w.ctx, get(w.ctx, c.node, 'securityContext'), ['capabilities', 'add'])).map((n) => (str(w.ctx, n) ?? '').toUpperCase().replace(/^CAP_/, ''));
}

export const EVIDENCE: Record<FixEvidence, EvidenceCheck> = {
  'not-privileged': {
    shows: 'the container is not privileged',
    missing: '{subject} runs privileged',
    holds: (w, c) => securityContextValue(w.ctx, c.node, ['privileged']) !== true,
  },
  'no-localhost-seccomp': {
    shows: 'no Localhost seccomp profile is set',
    missing: '{subject} uses a Localhost seccomp profile',
    holds: (w, c) => effective(w, c, ['seccompProfile', 'type']) !== 'Localhost',
  },
  'no-localhost-apparmor': {
    shows: 'no Localhost AppArmor profile is set',
    missing: '{subject} uses a Localhost AppArmor profile',
    holds: (w, c) => effective(w, c, ['appArmorProfile', 'type']) !== 'Localhost',
  },
  'no-sys-admin': {
    shows: 'SYS_ADMIN is not added',
    missing: '{subject} adds SYS_ADMIN',
    holds: (w, c) => !addedCapabilities(w, c).includes('SYS_ADMIN'),
  },
  'non-root-user': {
    shows: 'the effective runAsUser is a number other than 0',
    missing: '{subject} has no numeric non-root runAsUser, so its image may run as root or as a user name',
    holds: (w, c) => {
      const user = effective(w, c, ['runAsUser']);
      return typeof user === 'number' && Number.isInteger(user) && user > 0;
    },
  },
};

function subjectName(c: ContainerRef): string {
  return `${c.list === 'initContainers' ? 'init container' : c.list === 'ephemeralContainers' ? 'ephemeral container' : 'container'} "${c.name}"`;
}

/** The containers a fix changes: the finding's container, or for a pod-level fix every container
 * of the pod (they inherit it). */
function subjects(w: Workload, container: string | undefined): ContainerRef[] {
  if (container === undefined) return w.containers;
  const own = w.containers.filter((c) => c.name === container);
  return own.length > 0 ? own : w.containers;
}

/** The first missing piece of evidence, as a sentence, or undefined when the fix is safe. */
export function missingEvidence(rule: RuleDefinition, object: K8sObject | undefined, container: string | undefined): string | undefined {
  const evidence = rule.fixSafety?.evidence ?? [];
  if (evidence.length === 0) return undefined;
  const w = object && 'podSpec' in object ? (object as Workload) : undefined;
  if (!w) return undefined;
  for (const name of evidence) {
    const check = EVIDENCE[name];
    const failing = subjects(w, container).find((c) => !check.holds(w, c));
    if (failing) return check.missing.replace('{subject}', subjectName(failing));
  }
  return undefined;
}

/** The fix a finding gets: a rule's safe fix stays safe only with its evidence; otherwise it is a
 * suggestion whose note starts with what is missing. A rule that states no safety argument has no
 * safe fix at all. */
export function settleFixClass(rule: RuleDefinition, fix: FixPlan, object: K8sObject | undefined, container: string | undefined): FixPlan {
  if (fix.class !== 'safe') return fix;
  if (!rule.fixSafety) return { ...fix, class: 'suggestion' };
  const missing = missingEvidence(rule, object, container);
  if (missing === undefined) return fix;
  return { ...fix, class: 'suggestion', note: `not applied automatically: ${missing}; ${fix.note}` };
}
