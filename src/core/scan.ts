// The analyser: manifest text in, findings with exact positions out.
import { asWorkload, findObjects, type K8sObject, type Workload } from './objects.ts';
import { selectRules, RULE_IDS } from './rules/registry.ts';
import type { RuleDefinition } from './rules/types.ts';
import { collectSuppressions, type Suppressions } from './suppress.ts';
import { TEMPLATES } from './templates/index.ts';
import { settleFix } from './fix/fixable.ts';
import type { Report, SetTemplate, WorkloadTemplate } from './templates/api.ts';
import type { Finding, InputFile, ScanOptions, ScanResult } from './types.ts';
import { parseVersion } from './versions.ts';
import { parseManifest, positionAt, type ParsedFile } from './yaml/parse.ts';

export interface ScanSession extends ScanResult {
  parsed: ParsedFile[];
  objects: K8sObject[];
  workloads: Workload[];
}

export function scan(files: readonly InputFile[], options: ScanOptions): ScanSession {
  const parsed = files.map((f) => safeParse(f, options));
  return scanParsed(parsed, options);
}

function safeParse(f: InputFile, options: ScanOptions): ParsedFile {
  try {
    return parseManifest(f.path, f.text, options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {});
  } catch (err) {
    // The parser should never throw; if it does, this file is reported and the others go on.
    const failed = parseManifest(f.path, '');
    failed.skipped.push({ file: f.path, reason: `could not be parsed: ${(err as Error).message}`, error: true });
    return failed;
  }
}

// An alias (`*name`) somewhere in a document: worth checking for an alias bomb.
const ALIAS_RE = /(^|[\s,[{:-])\*[^\s,[\]{}]/;

export function scanParsed(parsed: ParsedFile[], options: ScanOptions): ScanSession {
  const version = parseVersion(options.kubernetesVersion)!;
  const active = selectRules(options.profile, options.kubernetesVersion, options.only, options.ruleOptions);
  const skipped = parsed.flatMap((p) => p.skipped);
  const problems = parsed.flatMap((p) => p.problems);
  const objects: K8sObject[] = [];
  for (const file of parsed) {
    const rejectedDocs = new Set<number>();
    for (const o of findObjects(file)) {
      if (rejectedDocs.has(o.documentIndex)) continue;
      if (!aliasesAreSafe(o)) {
        rejectedDocs.add(o.documentIndex);
        const pos = positionAt(file.lineCounter, o.node.range?.[0] ?? 0);
        skipped.push({ file: file.path, reason: `document ${o.documentIndex + 1} expands aliases excessively (a YAML alias bomb); not scanned`, ...pos, error: true });
        continue;
      }
      objects.push(o);
    }
  }
  const workloads = objects.map(asWorkload).filter((w): w is Workload => w !== undefined);
  const suppressions = collectSuppressions(parsed, objects, RULE_IDS);

  const findings: Finding[] = [];
  // Local, not module-wide: a finding kept after the scan (fix keeps the findings from before its
  // fixes) must not keep the scan's document trees alive.
  const objectOf = new Map<Finding, K8sObject | undefined>();
  for (const { rule, checks, pss } of active) {
    for (const entry of checks) {
      const template = TEMPLATES[entry.template];
      if (!template) throw new Error(`rule ${rule.id} names unknown template ${entry.template}`);
      const emit = (owner: K8sObject | undefined) => (r: Report) => {
        const finding = toFinding(rule, pss, r, owner);
        if (finding) findings.push(finding);
      };
      if (template.kind === 'workload') {
        for (const workload of workloads) {
          runGuarded(rule.id, workload.file.path, problems, () =>
            (template as WorkloadTemplate).check({ rule, params: entry.params, version, workload, report: emit(workload) }),
          );
        }
      } else {
        runGuarded(rule.id, '', problems, () =>
          (template as SetTemplate).check({ rule, params: entry.params, version, objects, workloads, suppressions, report: emit(undefined) }),
        );
      }
    }
  }

  const kept = dedupe(findings.filter((f) => !isSuppressed(f, suppressions, objectOf.get(f))));
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.range.start - b.range.start || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  return { findings: kept, skipped, problems, parsed, objects, workloads };

  function toFinding(rule: RuleDefinition, pss: Finding['pss'], r: Report, owner: K8sObject | undefined): Finding | undefined {
    const ruleId = rule.id;
    const object = r.object ?? owner;
    const file = object?.file ?? r.file;
    if (!file) return undefined;
    const start = positionAt(file.lineCounter, r.range.start);
    const end = positionAt(file.lineCounter, Math.max(r.range.start, r.range.end));
    const resource = object?.resource ?? { kind: '', name: '' };
    const documentIndex = object?.documentIndex ?? documentAt(file, r.range.start);
    // Safe or suggestion, and whether the edit can be written at all, as the fix engine decides it.
    const settled = r.fix ? settleFix(rule, r.fix, object, r.container, file, documentIndex) : undefined;
    const finding: Finding = {
      rule: ruleId,
      severity: rule.severity,
      message: r.message,
      file: file.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      resource,
      ...(r.container !== undefined ? { container: r.container } : {}),
      ...(pss ? { pss } : {}),
      fixable: settled?.fixable ?? false,
      suggestion: settled?.suggestion ?? false,
      range: r.range,
      documentIndex,
      fingerprint: fingerprint([ruleId, file.path, resource.kind, resource.namespace ?? '', resource.name, r.container ?? '', r.detail ?? '']),
      ...(settled ? { fix: settled.fix } : {}),
    };
    objectOf.set(finding, object);
    return finding;
  }
}

function isSuppressed(f: Finding, s: Suppressions, object: K8sObject | undefined): boolean {
  if (f.rule === 'invalid-suppression') return false;
  if (object && s.byObject.get(object.node)?.has(f.rule)) return true;
  return s.byLine.get(f.file)?.get(f.line)?.has(f.rule) ?? false;
}

/** One finding per fingerprint: a control evaluated by two check entries reports once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.fingerprint}:${f.range.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function documentAt(file: ParsedFile, offset: number): number {
  for (const d of file.documents) {
    const r = d.doc.range;
    if (offset >= r[0] && offset <= r[2]) return d.index;
  }
  return 0;
}

function aliasesAreSafe(o: K8sObject): boolean {
  const r = o.node.range;
  if (!r) return true;
  const text = o.file.text.slice(r[0], r[2]);
  if (!ALIAS_RE.test(text)) return true;
  try {
    o.ctx.doc.toJS({ maxAliasCount: 1000 });
    return true;
  } catch {
    return false;
  }
}

function runGuarded(ruleId: string, file: string, problems: ScanResult['problems'], fn: () => void): void {
  try {
    fn();
  } catch (err) {
    problems.push({ file, line: 1, column: 1, message: `rule ${ruleId} failed: ${(err as Error).message}` });
  }
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
  return ((h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0'));
}
