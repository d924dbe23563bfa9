// Rule evaluation over a unit of objects: every active rule's templates run on the unit's
// workloads and objects, and what they report becomes findings with exact positions, minus those
// suppressed and those another check entry already reported.
import { settleFix } from './fix/fixable.ts';
import { layered } from './layers.ts';
import type { K8sObject, Workload } from './objects.ts';
import { selectRules } from './rules/registry.ts';
import type { RuleDefinition } from './rules/types.ts';
import type { Suppressions } from './suppress.ts';
import { TEMPLATES } from './templates/index.ts';
import type { Report, SetTemplate, WorkloadTemplate } from './templates/api.ts';
import type { FileProblem, Finding, ScanOptions } from './types.ts';
import { parseVersion } from './versions.ts';
import { positionAt, type ParsedFile } from './yaml/parse.ts';

export interface Unit {
  /** The objects evaluated: every finding is about one of them (or a suppression comment). */
  objects: readonly K8sObject[];
  workloads: readonly Workload[];
  /** Objects that rules comparing documents read (NetworkPolicies, Services, …: CONTEXT_KINDS)
   * from every unit; set rules read these and the unit's own objects of those kinds. */
  context: readonly K8sObject[];
  /** Objects set rules read besides the context for this unit only (the NetworkPolicies a fix is
   * about to write): layered over the context, whose indexes are not rebuilt. */
  moreContext?: readonly K8sObject[];
  suppressions: Suppressions;
  /** Annotation suppressions of the context objects, for findings a set rule makes about them. */
  contextSuppressions?: Suppressions;
}

/** Evaluates units with the active rules; findings reported twice (by two check entries of a
 * rule, or by two units about a shared context object) are kept once. */
export class Evaluator {
  readonly #active;
  readonly #version: number;
  readonly #seen = new Set<string>();
  readonly problems: FileProblem[] = [];

  constructor(options: ScanOptions) {
    this.#version = parseVersion(options.kubernetesVersion)!;
    this.#active = selectRules(options.profile, options.kubernetesVersion, options.only, options.ruleOptions);
  }

  /** Runs the rules on a unit; `emit` receives each finding that is neither suppressed nor seen. */
  run(unit: Unit, emit: (finding: Finding) => void): void {
    const version = this.#version;
    const setObjects = setRuleObjects(unit);
    // A workload belongs to one unit, so its findings repeat only within it; set rules may report
    // about a context object from any unit, so theirs are remembered for the whole evaluation.
    const unitSeen = new Set<string>();
    for (const { rule, checks, pss } of this.#active) {
      for (const entry of checks) {
        const template = TEMPLATES[entry.template];
        if (!template) throw new Error(`rule ${rule.id} names unknown template ${entry.template}`);
        if (template.kind === 'workload') {
          for (const workload of unit.workloads) {
            const report = (r: Report) => this.#accept(unit, rule, pss, r, workload, emit, unitSeen);
            this.#guarded(rule.id, workload.file.path, () => (template as WorkloadTemplate).check({ rule, params: entry.params, version, workload, report }));
          }
        } else {
          const report = (r: Report) => this.#accept(unit, rule, pss, r, undefined, emit, this.#seen);
          this.#guarded(rule.id, '', () =>
            (template as SetTemplate).check({ rule, params: entry.params, version, objects: setObjects, own: unit.objects, workloads: unit.workloads, suppressions: unit.suppressions, report }),
          );
        }
      }
    }
  }

  #accept(unit: Unit, rule: RuleDefinition, pss: Finding['pss'], r: Report, owner: K8sObject | undefined, emit: (finding: Finding) => void, seen: Set<string>): void {
    const object = r.object ?? owner;
    const finding = toFinding(rule, pss, r, object);
    if (!finding) return;
    if (isSuppressed(finding, object, unit.suppressions) || (unit.contextSuppressions && isSuppressed(finding, object, unit.contextSuppressions))) return;
    const key = `${finding.fingerprint}:${finding.range.start}`;
    // A workload rule's finding about another object (a context object) may come from any unit.
    const remembered = r.object && r.object !== owner ? this.#seen : seen;
    if (remembered.has(key)) return;
    remembered.add(key);
    emit(finding);
  }

  #guarded(ruleId: string, file: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.problems.push({ file, line: 1, column: 1, message: `rule ${ruleId} failed: ${(err as Error).message}` });
    }
  }
}

/** Kinds whose objects rules read across documents (NetworkPolicy coverage, exposed ports,
 * service accounts, referenced config). */
export const CONTEXT_KINDS: ReadonlySet<string> = new Set(['NetworkPolicy', 'Service', 'ServiceAccount', 'ConfigMap', 'Secret', 'Namespace']);

const contextMembers = new WeakMap<readonly K8sObject[], Set<K8sObject>>();

/** What set rules read: the context, which usually already holds the unit's own objects of the
 * context kinds — then the same array for every unit, so indexes built from it are built once. */
function setRuleObjects(unit: Unit): readonly K8sObject[] {
  const { context, objects } = unit;
  if (context.length === 0 && !unit.moreContext?.length) return objects;
  let members = contextMembers.get(context);
  if (!members) contextMembers.set(context, (members = new Set(context)));
  return layered(context, [...(unit.moreContext ?? []), ...objects.filter((o) => CONTEXT_KINDS.has(o.kind) && !members.has(o))]);
}

function toFinding(rule: RuleDefinition, pss: Finding['pss'], r: Report, object: K8sObject | undefined): Finding | undefined {
  const ruleId = rule.id;
  const file = object?.file ?? r.file;
  if (!file) return undefined;
  const start = positionAt(file.lineCounter, r.range.start);
  const end = r.range.end <= r.range.start ? start : positionAt(file.lineCounter, r.range.end);
  const resource = object?.resource ?? { kind: '', name: '' };
  const documentIndex = object?.documentIndex ?? documentAt(file, r.range.start);
  // Safe or suggestion, and whether the edit can be written at all, as the fix engine decides it.
  const settled = r.fix ? settleFix(rule, r.fix, object, r.container, file, documentIndex) : undefined;
  // Every finding has the same fields in the same order (absent ones undefined): one hidden class,
  // in-object fields, so that a scan holding 100k findings holds them compactly.
  return {
    rule: ruleId,
    severity: rule.severity,
    message: r.message,
    file: file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    resource,
    container: r.container,
    pss,
    fixable: settled?.fixable ?? false,
    suggestion: settled?.suggestion ?? false,
    range: r.range,
    documentIndex,
    fingerprint: fingerprint([ruleId, file.path, resource.kind, resource.namespace ?? '', resource.name, r.container ?? '', r.detail ?? '']),
    fix: settled?.fix,
    source: undefined,
  };
}

function isSuppressed(f: Finding, object: K8sObject | undefined, s: Suppressions): boolean {
  if (f.rule === 'invalid-suppression') return false;
  if (object && s.byObject.get(object.node)?.has(f.rule)) return true;
  return s.byLine.get(f.file)?.get(f.line)?.has(f.rule) ?? false;
}

function documentAt(file: ParsedFile, offset: number): number {
  for (const d of file.documents) if (offset >= d.start && offset <= d.end) return d.index;
  return 0;
}

/** The order of findings in every output: by file, then position, rule and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return byCodeUnits(a.file, b.file) || compareInFile(a, b);
}

export function compareInFile(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || byCodeUnits(a.rule, b.rule) || byCodeUnits(a.message, b.message);
}

/** Strings in an order that is the same on every machine and in every locale (`localeCompare`'s
 * is not, and its first call sets up a collator: a tenth of a small scan). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A short stable hash (cyrb53) of the parts, as hex. */
export function fingerprint(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
