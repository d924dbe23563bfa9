// What a check template sees and how it reports. A template is the code behind rules that data
// alone cannot express; rules/<id>.yaml names the template and gives it parameters.
import type { Workload, K8sObject } from '../objects.ts';
import type { RuleDefinition } from '../rules/types.ts';
import type { Suppressions } from '../suppress.ts';
import type { ParsedFile } from '../yaml/parse.ts';
import type { FixPlan, SourceRange } from '../types.ts';

export interface Report {
  /** The object the finding is about; defaults to the workload being checked. */
  object?: K8sObject;
  /** The file, for findings that belong to no object (a suppression comment). */
  file?: ParsedFile;
  range: SourceRange;
  message: string;
  container?: string;
  /** Distinguishes several findings of one rule on one container (a port, a sysctl, a field). */
  detail?: string;
  fix?: FixPlan;
}

interface CheckContextBase<P> {
  rule: RuleDefinition;
  params: P;
  /** Target Kubernetes version as a comparable number (1.34 -> 1034). */
  version: number;
  report(report: Report): void;
}

export interface WorkloadCheckContext<P> extends CheckContextBase<P> {
  workload: Workload;
}

export interface SetCheckContext<P> extends CheckContextBase<P> {
  /** Every object the rule may read: the unit's and those of other units (NetworkPolicies,
   * Services, …). The same array for every unit of one evaluation, so indexes built from it are
   * built once. */
  objects: readonly K8sObject[];
  /** The unit's own objects: a rule that reports about objects (ConfigMaps, Secrets) reports these. */
  own: readonly K8sObject[];
  workloads: readonly Workload[];
  suppressions: Suppressions;
}

/** A template's contract: what it checks, the parameters a rule gives it (a JSON Schema, with a
 * description per parameter: the rule schema and docs/templates.md are generated from it) and
 * the placeholders each message parameter may use. */
interface TemplateContract {
  name: string;
  description: string;
  /** JSON Schema of the params: validates rule files (at generate time and at load) and rule options. */
  paramsSchema: ParamsSchema;
  /** For each message parameter (a dotted path into params, `messages.wrong`), the placeholders the
   * template fills in. A message using any other placeholder is an error at load. */
  placeholders: Readonly<Record<string, readonly string[]>>;
}

export interface ParamsSchema {
  type: 'object';
  additionalProperties: false;
  required?: string[];
  properties: Record<string, object>;
}

export interface WorkloadTemplate<P = Record<string, unknown>> extends TemplateContract {
  kind: 'workload';
  check(ctx: WorkloadCheckContext<P>): void;
}

export interface SetTemplate<P = Record<string, unknown>> extends TemplateContract {
  kind: 'set';
  check(ctx: SetCheckContext<P>): void;
}

export type Template = WorkloadTemplate<any> | SetTemplate<any>;

/** Fills `{name}` placeholders. Unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => {
    const v = values[key];
    return v === undefined ? all : String(v);
  });
}

export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
