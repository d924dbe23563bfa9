// The workhorse template: a field of the pod spec and/or of every container must (not) hold
// certain values. It follows upstream Pod Security Admission's semantics for pod-level defaults:
// with scope `pod-and-containers`, a container that leaves the field unset inherits the pod's value.
import type { ContainerRef, Workload } from '../objects.ts';
import type { FixOp, FixPlan } from '../types.ts';
import { format, type WorkloadCheckContext, type WorkloadTemplate } from './api.ts';
import { compileQuery, evaluateField, fieldMatches, type CompiledQuery, type FieldHit } from './fields.ts';
import { isExempt } from './exemptions.ts';
import { getPair } from '../yaml/access.ts';
import { securityFieldSchema, type SecurityFieldParams } from './security-field-schema.ts';
import { caseHint, expectedText, shownValue, violation } from './security-field-values.ts';

export type { SecurityFieldParams };

export const securityField: WorkloadTemplate<SecurityFieldParams> = {
  name: 'security-field',
  kind: 'workload',
  description:
    'A field of the pod spec and/or of each container must hold allowed values (or must not hold forbidden ones); with `pod-and-containers`, containers inherit the pod-level value as upstream Pod Security Admission does.',
  paramsSchema: securityFieldSchema,
  placeholders: {
    'messages.wrong': ['subject', 'field', 'value', 'reason', 'expected', 'hint'],
    'messages.unset': ['subject', 'field', 'expected'],
    'messages.unsetPod': ['containers', 'field', 'expected'],
  },
  check(ctx) {
    const { params, workload } = ctx;
    const compiled = compile(params);
    if (isExempt(ctx.workload, params.exempt, ctx.version)) return;
    if (compiled.applyWhen) {
      const [hit] = evaluateField(workload.ctx, workload.podSpec, workload.podSpecPath, compiled.applyWhen);
      const value = hit?.state === 'value' && !Array.isArray(hit.value) ? hit.value : '';
      if (!params.applyWhen!.in.includes(value ?? '')) return;
    }
    // A fragment without `containers` is judged on the fields it has, never on missing ones.
    const required = params.required === true && !workload.partial;
    const onPod = params.scope !== 'containers';
    const onContainers = params.scope !== 'pod';
    for (const query of compiled.queries) {
      const podHits = onPod ? evaluateField(workload.ctx, workload.podSpec, workload.podSpecPath, query) : [];
      const podGood = podHits.length > 0 && podHits.every((h) => h.state === 'value' && !violation(params, h, workload.ctx));
      for (const hit of podHits) {
        if (hit.state === 'value') reportWrong(ctx, hit, undefined);
        else if (required && params.scope === 'pod') reportUnset(ctx, hit, undefined, []);
      }
      if (!onContainers) continue;
      let implicit: ContainerRef[] | undefined;
      for (const container of workload.containers) {
        for (const hit of evaluateField(workload.ctx, container.node, container.path, query)) {
          if (hit.state === 'value') reportWrong(ctx, hit, container);
          else if (required) {
            if (params.scope === 'containers') reportUnset(ctx, hit, container, []);
            else if (!podGood) (implicit ??= []).push(container);
          }
        }
      }
      // Containers that inherit nothing valid from the pod: one finding at the pod level, where
      // one change fixes them all (unless the pod itself sets a bad value, reported above).
      const podUnset = podHits.length === 1 && podHits[0]!.state === 'unset';
      if (implicit && podUnset) reportUnset(ctx, podHits[0]!, undefined, implicit);
    }
  },
};

interface Compiled {
  queries: CompiledQuery[];
  applyWhen?: CompiledQuery;
  expected: string;
}

// Rule parameters are compiled once per rule, not once per workload.
const compiledParams = new WeakMap<SecurityFieldParams, Compiled>();

function compile(params: SecurityFieldParams): Compiled {
  let c = compiledParams.get(params);
  if (!c) {
    c = {
      queries: params.fields.map((field) =>
        compileQuery({
          field,
          ...(params.key !== undefined ? { key: params.key } : {}),
          ...(params.missingLeaf !== undefined ? { missingLeaf: params.missingLeaf } : {}),
          ...(params.contains !== undefined ? { list: true } : {}),
        }),
      ),
      ...(params.applyWhen ? { applyWhen: compileQuery({ field: params.applyWhen.field }) } : {}),
      expected: expectedText(params),
    };
    compiledParams.set(params, c);
  }
  return c;
}

function subjectOf(container: ContainerRef | undefined): string {
  if (!container) return 'pod';
  const what = container.list === 'initContainers' ? 'init container' : container.list === 'ephemeralContainers' ? 'ephemeral container' : 'container';
  return `${what} "${container.name}"`;
}

function reportWrong(ctx: WorkloadCheckContext<SecurityFieldParams>, hit: FieldHit, container: ContainerRef | undefined): void {
  const { params } = ctx;
  if (params.wrongReportedBy !== undefined) return;
  const reason = violation(params, hit, ctx.workload.ctx);
  if (reason === undefined) return;
  const value = shownValue(params, hit, ctx.workload.ctx);
  const message = format(params.messages?.wrong ?? '{subject} sets {field} to {value}; allowed: {expected}{hint}', {
    subject: subjectOf(container),
    field: hit.label,
    value,
    reason,
    expected: compile(params).expected,
    hint: caseHint(params, hit.value),
  });
  const fix = wrongFix(ctx, hit, container);
  ctx.report({
    range: hit.range,
    message,
    ...(container ? { container: container.name } : {}),
    detail: hit.itemPath ? `${hit.label}=${value}` : hit.label,
    ...(fix ? { fix } : {}),
  });
}

function reportUnset(ctx: WorkloadCheckContext<SecurityFieldParams>, hit: FieldHit, container: ContainerRef | undefined, inheriting: ContainerRef[]): void {
  const { params } = ctx;
  const template = inheriting.length > 0 ? (params.messages?.unsetPod ?? 'neither the pod nor {containers} set {field} (expected {expected})') : (params.messages?.unset ?? '{subject} does not set {field} (expected {expected})');
  const message = format(template, {
    subject: subjectOf(container),
    field: hit.label,
    expected: compile(params).expected,
    containers: inheriting.map(subjectOf).join(', '),
  });
  const fix = unsetFix(ctx, hit, container);
  ctx.report({ range: hit.range, message, ...(container ? { container: container.name } : {}), detail: hit.label, ...(fix ? { fix } : {}) });
}

function unsetFix(ctx: WorkloadCheckContext<SecurityFieldParams>, hit: FieldHit, container: ContainerRef | undefined): FixPlan | undefined {
  const fix = ctx.params.fix;
  if (!fix?.unset || (fix.value === undefined && ctx.params.contains === undefined) || blocked(ctx, container)) return undefined;
  const op: FixOp = ctx.params.contains !== undefined ? { op: 'append', path: hit.path, value: ctx.params.contains } : { op: 'set', path: hit.path, value: fix.value };
  const companions = companionOps(ctx, container);
  return { class: fix.unset, ops: [op, ...companions.map((c) => c.op)], note: withCompanions(fix.unsetNote ?? fix.note, companions) };
}

function wrongFix(ctx: WorkloadCheckContext<SecurityFieldParams>, hit: FieldHit, container: ContainerRef | undefined): FixPlan | undefined {
  const fix = ctx.params.fix;
  if (!fix?.wrong || blocked(ctx, container)) return undefined;
  const action = fix.wrongAction ?? 'set';
  let op: FixOp;
  if (action === 'remove-item') {
    if (!hit.itemPath) return undefined;
    op = { op: 'remove', path: hit.itemPath };
  } else if (action === 'remove') {
    op = { op: 'remove', path: hit.path };
  } else if (action === 'append') {
    const wanted = ctx.params.contains;
    if (wanted === undefined) return undefined;
    // `drop: [all]`: the item written in the wrong case is corrected rather than kept beside ALL.
    const miscased = Array.isArray(hit.value) ? hit.value.findIndex((v) => typeof v === 'string' && typeof wanted === 'string' && v.toLowerCase() === wanted.toLowerCase()) : -1;
    op = miscased >= 0 ? { op: 'set', path: [...hit.path, miscased], value: wanted } : { op: 'append', path: hit.path, value: wanted };
  } else {
    if (fix.value === undefined) return undefined;
    op = { op: 'set', path: hit.path, value: fix.value };
  }
  const companions = companionOps(ctx, container);
  return { class: fix.wrong, ops: [op, ...profileNameOps(ctx, hit, op), ...companions.map((c) => c.op)], note: withCompanions(fix.note, companions) };
}

/** A seccomp or AppArmor profile whose type leaves Localhost loses its localhostProfile: the API
 * server accepts the name only with type Localhost. */
function profileNameOps(ctx: WorkloadCheckContext<SecurityFieldParams>, hit: FieldHit, op: FixOp): FixOp[] {
  if (op.op !== 'set' || ctx.params.key !== 'type' || op.value === 'Localhost') return [];
  const w = ctx.workload;
  return getPair(w.ctx, hit.struct, 'localhostProfile') ? [{ op: 'remove', path: [...hit.path.slice(0, -1), 'localhostProfile'] }] : [];
}

/** Changes a fix must carry along so that the API server accepts the result (or the pod starts):
 * on the container it changes, or for a pod-level fix on the pod and every container that
 * inherits it (the same subjects `blocked` reads). */
function companionOps(ctx: WorkloadCheckContext<SecurityFieldParams>, container: ContainerRef | undefined): { op: FixOp; says: string }[] {
  const companions = ctx.params.fix?.companions;
  if (!companions?.length) return [];
  const w = ctx.workload;
  const subjects = container ? [{ node: container.node, path: container.path }] : [{ node: w.podSpec, path: w.podSpecPath }, ...w.containers.map((c) => ({ node: c.node, path: c.path }))];
  return subjects.flatMap((subject) =>
    companions
      .filter((c) => fieldMatches(w.ctx, subject.node, c.field, { equals: c.equals }))
      .map((c) => {
        const path = [...subject.path, ...c.field.split('.')];
        return c.remove
          ? { op: { op: 'remove' as const, path }, says: `removes ${c.field}: ${String(c.equals)}` }
          : { op: { op: 'set' as const, path, value: c.value }, says: `sets ${c.field} to ${String(c.value)}` };
      }),
  );
}

/** The fix's note, and what its companions change besides, once each. */
function withCompanions(note: string, companions: readonly { says: string }[]): string {
  const says = [...new Set(companions.map((c) => c.says))];
  return says.length === 0 ? note : `${note} It also ${says.join(' and ')}.`;
}

/** A fix is withheld when the object has a setting it would conflict with (the API server would
 * reject allowPrivilegeEscalation=false on a privileged container, for instance). */
function blocked(ctx: WorkloadCheckContext<SecurityFieldParams>, container: ContainerRef | undefined): boolean {
  const conditions = ctx.params.fix?.skipWhen;
  if (!conditions?.length) return false;
  const w: Workload = ctx.workload;
  const subjects: unknown[] = container ? [container.node] : [w.podSpec, ...w.containers.map((c) => c.node)];
  return conditions.some((cond) => subjects.some((s) => fieldMatches(w.ctx, s, cond.field, cond)));
}
