// Whether a finding is fixable is decided by the code that applies fixes: the rule's safety
// evidence (safety.ts) settles safe or suggestion, and the edit must render on the document as
// written (render.ts, the same renderer `fix` uses). A finding whose fix cannot be written as an
// edit (a key that comes from a merge key, an alias) is neither fixable nor a suggestion.
import type { K8sObject } from '../objects.ts';
import type { RuleDefinition } from '../rules/types.ts';
import type { FixPlan } from '../types.ts';
import type { ParsedFile } from '../yaml/parse.ts';
import { checkOps, RenderError } from './render.ts';
import { settleFixClass } from './safety.ts';

export interface SettledFix {
  fix: FixPlan;
  fixable: boolean;
  suggestion: boolean;
}

export function settleFix(rule: RuleDefinition, planned: FixPlan, object: K8sObject | undefined, container: string | undefined, file: ParsedFile, documentIndex: number): SettledFix {
  const fix = settleFixClass(rule, planned, object, container);
  const applicable = fix.kind === 'network-policy' || rendersOn(fix, file, documentIndex);
  return { fix, fixable: applicable && fix.class === 'safe', suggestion: applicable && fix.class === 'suggestion' };
}

/** The reason an edit fix cannot be applied to its document as written, or undefined. */
export function unrenderableReason(fix: FixPlan, file: ParsedFile, documentIndex: number): string | undefined {
  if (fix.ops.length === 0) return 'no edit to make';
  if (file.problems.length > 0) return 'the file has duplicate keys';
  const document = file.documents[documentIndex];
  if (!document || document.broken) return 'the document does not parse';
  try {
    checkOps(file.text, document.doc, fix.ops);
    return undefined;
  } catch (err) {
    if (err instanceof RenderError) return `cannot be written as an edit: ${err.message}`;
    throw err;
  }
}

function rendersOn(fix: FixPlan, file: ParsedFile, documentIndex: number): boolean {
  return unrenderableReason(fix, file, documentIndex) === undefined;
}
