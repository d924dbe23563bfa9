// SARIF 2.1.0 for GitHub code scanning: stable rule ids, rule help, security-severity and
// partial fingerprints that survive line moves.
import { RULES } from '../rules/registry.ts';
import { docsUrl } from '../rules/docs.ts';
import type { Invocation, Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, NotReviewedFile, ScanResult, Severity } from '../types.ts';
import { collect, itemsSlot, writeJsonWithItems, type Write } from './stream.ts';

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

export function renderSarif(result: ScanResult, toolVersion: string): string {
  return collect((write) => writeSarif(result, toolVersion, write));
}

/** The SARIF log, written a result at a time. */
export function writeSarif(result: ScanResult, toolVersion: string, write: Write): void {
  const used = [...new Set(result.findings.map((f) => f.rule))].sort();
  const rules = RULES.filter((r) => used.includes(r.id)).map((r): ReportingDescriptor => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description.trim() },
    help: {
      text: `${r.description.trim()}\n\nFix: ${r.remediation.trim()}`,
      markdown: `${r.description.trim()}\n\n**Fix:** ${r.remediation.trim()}\n\n[Rule documentation](${docsUrl(r.id)})`,
    },
    helpUri: docsUrl(r.id),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[r.severity],
      precision: 'very-high',
      tags: ['security', 'kubernetes', ...(r.pss ? [`pss-${r.pss.level}`] : ['hardening'])],
    },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'podarmor', version: toolVersion, informationUri: 'https://github.com/podarmor/podarmor', rules } },
        results: itemsSlot,
        ...(result.notReviewed ? { invocations: [invocation(result.notReviewed)] } : {}),
      },
    ],
  };
  writeJsonWithItems(sarif, result.findings, (f) => sarifResult(f, index.get(f.rule)!), write);
}

function sarifResult(f: Finding, ruleIndex: number): Result {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'podarmor/v1': f.fingerprint },
    properties: {
      resource: `${f.resource.kind}/${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name}`,
      ...(f.container !== undefined ? { container: f.container } : {}),
      ...(f.pss ? { pssLevel: f.pss.level, pssControl: f.pss.control } : {}),
      fixable: f.fixable,
    },
  };
}

/** One notification per file not reviewed, so code scanning shows what was not looked at. */
function invocation(notReviewed: readonly NotReviewedFile[]): Invocation {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: notReviewed.map((n) => ({
      level: 'warning',
      descriptor: { id: 'not-reviewed' },
      message: { text: `not reviewed: ${n.reason}${n.remedy ? `; ${n.remedy}` : ''}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(n.file) }, ...(n.line !== undefined ? { region: { startLine: n.line } } : {}) } }],
    })),
  };
}

/** A relative URI with forward slashes, as code scanning expects. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((p) => encodeURIComponent(p))
    .join('/');
}
