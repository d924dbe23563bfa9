// `fix` over sources: plain manifests are fixed as they are; a kustomize base is fixed in place only
// for the rules whose findings every overlay renders unchanged from it (its editable findings).
// Rendered output is never edited; a finding whose source is a JSON6902 op, a quoted inline patch
// or a base some overlay changes is reported as not auto-fixed, with the place to change.
import { fixFiles, type FixOptions, type FixResult } from '../core/fix/engine.ts';
import { STDIN_PATH } from '../core/fix/network-policies/placement.ts';
import { fixBounded } from '../core/fix/stream.ts';
import { RULE_IDS } from '../core/rules/registry.ts';
import type { FileProblem, Finding, InputFile, SkippedFile } from '../core/types.ts';
import type { SourceFinding, SourcesResult } from './index.ts';

export interface SourcesFix {
  result: Pick<FixResult, 'files' | 'fixed' | 'dropped'>;
  /** Findings left after fixing (rendered findings the fixes did not reach included). */
  left: { findings: SourceFinding[]; skipped: SkippedFile[]; problems: FileProblem[] };
  /** One line per finding a safe fix exists for but that is not fixed in place. */
  notAutoFixed: string[];
  /** Inputs given on stdin, to print back with --write. */
  inputs: InputFile[];
}

/** Rules fixed by generated NetworkPolicies. With kustomize bases, one fix over the manifests and
 * the bases together generates them: a client and the Service it calls may live on either side (a
 * plain folder beside a kustomization), a folder may hold both, and each folder gets one file,
 * listed in its kustomization. */
const POLICY_RULES = ['network-policy-missing', 'metadata-endpoint-egress'];
const NOT_IN_BASES = new Set(POLICY_RULES);

/** `kustomizations`: the kustomization files of the folders of the manifests and bases (read by
 * the caller), so that a generated policy file can be added to their `resources:`. */
export function fixSources(scanned: SourcesResult, options: FixOptions, kustomizations: readonly InputFile[] = []): SourcesFix {
  const rendered = scanned.findings.filter((f) => f.source.kind !== 'manifest');
  const policyRules = POLICY_RULES.filter((r) => !options.only || options.only.includes(r));
  const bases = [...scanned.bases].flatMap((file) => {
    const text = scanned.sources.get(file);
    return text === undefined ? [] : [{ path: file, text }];
  });
  // Standard input gets its policies appended as documents: it is fixed on its own.
  const together = bases.length > 0 && policyRules.length > 0 && !scanned.manifests.some((m) => m.path === STDIN_PATH);
  const plainOptions = together ? { ...options, only: (options.only ?? [...RULE_IDS]).filter((r) => !NOT_IN_BASES.has(r)) } : options;
  // Unscanned manifests are fixed in bounded batches (scanned as they are fixed); a scan given
  // with its trees is where the whole-set engine starts.
  const plain = scanned.manifestsUnscanned
    ? fixBounded(scanned.manifests, plainOptions)
    : fixFiles(scanned.manifests, together ? withoutScan(plainOptions, scanned) : startingFromScan(plainOptions, scanned));
  const plainReport = scanned.manifestsUnscanned ? plain.before : { skipped: [], problems: [] };
  const results: Pick<FixResult, 'files' | 'fixed' | 'dropped'>[] = [plain];
  const policyLeft: Finding[] = [];
  if (together) {
    const known = new Set([...scanned.manifests, ...bases].map((f) => f.path));
    const inputs = [...scanned.manifests, ...bases, ...kustomizations.filter((k) => !known.has(k.path))];
    const policies = fixFiles(inputs, { ...options, only: policyRules, files: new Set([...known].filter((p) => !options.files || options.files.has(p))) });
    results.push(policies);
    const manifests = new Set(scanned.manifests.map((m) => m.path));
    policyLeft.push(...policies.after.findings.filter((f) => manifests.has(f.file)));
  }
  for (const [file, findings] of groupBy(rendered, (f) => f.file)) {
    const text = scanned.sources.get(file);
    const editable = new Set(findings.filter((f) => f.fixable && !NOT_IN_BASES.has(f.rule)).map((f) => f.rule));
    for (const f of findings) if (!f.source.editable) editable.delete(f.rule);
    // Only whole objects (bases) are fixed in place; patches hold fragments a fix cannot verify.
    if (text === undefined || editable.size === 0 || !scanned.bases.has(file)) continue;
    results.push(fixFiles([{ path: file, text }], { ...options, only: [...editable].filter((r) => !options.only || options.only.includes(r)) }));
  }
  const fixedAt = new Set(results.flatMap((r) => r.fixed.map((f) => `${f.rule}\u0000${f.file}\u0000${f.line}`)));
  const plainLeft = [...plain.after.findings, ...policyLeft].map((f): SourceFinding => ({ ...f, source: { kind: 'manifest', roots: [], editable: true } }));
  const renderedLeft = rendered.filter((f) => !fixedAt.has(`${f.rule}\u0000${f.file}\u0000${f.line}`));
  const notAutoFixed = renderedLeft
    .filter((f) => f.fix?.class === 'safe')
    .map((f) => `not auto-fixed: ${f.rule} at ${f.file}:${f.line}: ${f.source.hint ?? (scanned.bases.has(f.file) ? `the fix could not be verified on ${f.file} alone` : `${f.file} is a patch, which podarmor fix does not edit: change it there`)}`);
  return {
    result: { files: results.flatMap((r) => r.files), fixed: results.flatMap((r) => r.fixed), dropped: results.flatMap((r) => r.dropped) },
    left: { findings: [...plainLeft, ...renderedLeft], skipped: [...scanned.skipped, ...plainReport.skipped], problems: [...scanned.problems, ...plainReport.problems] },
    notAutoFixed,
    inputs: scanned.manifests,
  };
}

/** The sources scan of the plain manifests is the scan fix starts from. It is taken out of the
 * result (no reference left here) so that fix can release its trees while it verifies. */
function startingFromScan(options: FixOptions, scanned: SourcesResult): FixOptions {
  const before = scanned.manifestScan;
  scanned.manifestScan = undefined;
  return before ? { ...options, before } : options;
}

/** The sources scan is not used (fix scans with other rules): it is let go all the same. */
function withoutScan(options: FixOptions, scanned: SourcesResult): FixOptions {
  scanned.manifestScan = undefined;
  return options;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
