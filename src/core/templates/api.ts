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
  objects: readonly K8sObject[];
  workloads: readonly Workload[];
  suppressions: Suppressions;
}

export interface WorkloadTemplate<P = Record<string, unknown>> {
  name: string;
  kind: 'workload';
  description: string;
  /** JSON Schema of the params, used to validate rule files. */
  paramsSchema: object;
  check(ctx: WorkloadCheckContext<P>): void;
}

export interface SetTemplate<P = Record<string, unknown>> {
  name: string;
  kind: 'set';
  description: string;
  paramsSchema: object;
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
