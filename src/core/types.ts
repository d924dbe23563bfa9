// Shared types of the pure core: what goes in (manifest text and options) and what comes out
// (findings, skipped documents, fixes). Nothing here touches the network or the filesystem.

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export type Profile = 'baseline' | 'restricted' | 'hardened';
export const PROFILES: readonly Profile[] = ['baseline', 'restricted', 'hardened'];

/** How a finding can be remedied: `safe` fixes are applied by `podarmor fix` and hardening commits;
 * `suggestion` fixes change behaviour and are only offered to a human; `none` needs a manual change. */
export type FixClass = 'safe' | 'suggestion' | 'none';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
}

export interface SourceRange {
  start: number; // offset in the (BOM-stripped) text
  end: number;
}

export interface ResourceRef {
  kind: string;
  name: string;
  namespace?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource: ResourceRef;
  container?: string;
  pss?: { level: 'baseline' | 'restricted'; control: string };
  /** True exactly when the safe fixes of `podarmor fix` remove this finding. */
  fixable: boolean;
  /** True when a fix exists but changes behaviour, so a human must accept it. */
  suggestion: boolean;
  /** Offsets of the finding in the file text (not part of the JSON contract). */
  range: SourceRange;
  /** Index of the YAML document in the file (0-based). */
  documentIndex: number;
  /** Stable identity of the finding that does not depend on line numbers. */
  fingerprint: string;
  /** The semantic fix, when the rule has one. */
  fix?: FixPlan;
  /** Set when the finding comes from a render (kustomize, helm) and was moved to its source line. */
  source?: FindingSource;
}

/** Where a finding found in a render was written, and whether a fix may edit it there. */
export interface FindingSource {
  /** `manifest`, `kustomize`, `helm`, … */
  kind: string;
  /** The roots (overlays, charts with a values set) whose render shows the finding. */
  roots: string[];
  /** True when the line is literal YAML every render shows unchanged (a base), or a patch. */
  editable: boolean;
  /** What to change instead when it is not editable. */
  hint?: string;
}

/** A path into a YAML document: map keys and sequence indexes. */
export type DocPath = ReadonlyArray<string | number>;

/** One semantic change to a document. Fixes are described this way, rendered to text edits and
 * verified by comparing the re-parsed result with the expected value. */
export type FixOp =
  | { op: 'set'; path: DocPath; value: unknown }
  | { op: 'append'; path: DocPath; value: unknown }
  | { op: 'remove'; path: DocPath };

interface FixBase {
  class: Exclude<FixClass, 'none'>;
  /** One line telling a reviewer what the change does and what it may break. */
  note: string;
  /** Fixes with a higher priority are applied first when two touch the same place. */
  priority?: number;
}

/** A fix made of text edits on the finding's own document. */
export interface EditFix extends FixBase {
  kind?: 'edit';
  ops: FixOp[];
}

/** A fix that writes NetworkPolicies (new files, kustomization entries) instead of editing the
 * finding's document; the generator in src/core/fix/network-policies decides what they hold. */
export interface NetworkPolicyFix extends FixBase {
  kind: 'network-policy';
  ops: [];
}

/** What a finding's fix does: the edit kinds the fix engine knows how to apply. */
export type FixPlan = EditFix | NetworkPolicyFix;

export interface SkippedFile {
  file: string;
  reason: string;
  line?: number;
  column?: number;
  /** True when the file is broken (it could not be scanned), false when it is ignored on purpose. */
  error: boolean;
}

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ScanOptions {
  profile: Profile;
  kubernetesVersion: string; // "1.34"
  only?: readonly string[];
  /** Files larger than this many bytes are skipped with a message. */
  maxFileBytes?: number;
  /** Rule options a site chose (see src/core/rules/options.ts), by rule id and option name. */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface InputFile {
  path: string;
  text: string;
}

export interface ScanResult {
  findings: Finding[];
  skipped: SkippedFile[];
  /** Problems in files that were still scanned, such as duplicate keys. */
  problems: FileProblem[];
  /** Files found but not reviewed (a chart without helm, a remote base, a render error). */
  notReviewed?: NotReviewedFile[];
  /** What was looked at, for the totals line. */
  totals?: ScanTotals;
}

/** A file podarmor found but did not review, and why: every output names these. */
export interface NotReviewedFile {
  file: string;
  reason: string;
  remedy?: string;
  line?: number;
}

export interface ScanTotals {
  /** Files scanned: plain manifests and every file a rendered root read. */
  files: number;
  /** Kustomize roots rendered. */
  roots: number;
  /** Chart renders. */
  charts: number;
  notReviewed: number;
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}
