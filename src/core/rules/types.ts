// The shape of a rule file in rules/<id>.yaml (validated by rules/rule.schema.json).
import type { FixClass, Severity } from '../types.ts';

export type PssLevel = 'baseline' | 'restricted';

export interface CheckEntry {
  /** Kubernetes minor version range where this entry applies ("1.19"); both ends inclusive. */
  since?: string;
  until?: string;
  /** Name of the check template in src/core/templates. */
  template: string;
  params: Record<string, unknown>;
  /** Parameters that a rule option sets when a site gives it: parameter name -> option name. */
  options?: Record<string, string>;
}

/** An option a site may set for a rule (`rules: {<rule>: {<option>: value}}` in .github/podarmor.yml,
 * or the file given to `--config`). */
export interface RuleOption {
  description: string;
  /** JSON Schema of the value. */
  schema: Record<string, unknown>;
  /** A value to show in the documentation. */
  example: unknown;
}

/** Facts a manifest can show that make a fix safe; checked in src/core/fix/safety.ts. */
export type FixEvidence = 'not-privileged' | 'no-localhost-seccomp' | 'no-localhost-apparmor' | 'no-sys-admin' | 'non-root-user';

export interface FixSafety {
  /** Why the fix cannot stop the workload, given the evidence. */
  argument: string;
  /** What the manifest must show, for every container the fix changes. */
  evidence: FixEvidence[];
}

export interface RuleDefinition {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  remediation: string;
  links: string[];
  /** Present when the rule is an upstream Pod Security Standards control. */
  pss?: {
    level: PssLevel;
    control: string;
    /** The control of the lower level that this one replaces when both apply (as upstream does). */
    replaces?: string;
  };
  /** For rules that are not PSS controls: `hardened` (the default) or `all` profiles. */
  profile?: 'hardened' | 'all';
  /** Versions of Kubernetes where the rule applies at all. */
  versions?: { since?: string; until?: string };
  /** The best fix the rule can offer; a given finding may get a lesser one (see its `fixable`). */
  fixable: FixClass;
  /** Why the rule's safe fix keeps the workload running, and what the manifest must show for that.
   * A safe fix without this is offered as a suggestion only (src/core/fix/safety.ts). */
  fixSafety?: FixSafety;
  /** Options a site may set; check entries name the parameters they feed. */
  options?: Record<string, RuleOption>;
  checks: CheckEntry[];
}
