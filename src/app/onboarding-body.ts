// The onboarding pull request's body: what the commit changes, and what is left for a person,
// summarised by rule with a link to each rule's page.
import { createHash } from 'node:crypto';
import type { FixResult } from '../core/fix/engine.ts';
import { docsUrl } from '../core/rules/docs.ts';
import { counted } from '../core/report/words.ts';
import type { Finding } from '../core/types.ts';
import { byCodeUnits } from '../core/evaluate.ts';

export const ONBOARDING_MARKER = '<!-- podarmor:onboarding -->';
const MAX_BODY = 60_000;
const FILES_LISTED = 5;
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];

/** The sha git gives a file with this content (to compare with a tree without reading blobs). */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function fileList(paths: readonly string[]): string {
  const shown = paths.slice(0, FILES_LISTED).map((p) => `\`${p}\``).join(', ');
  return paths.length > FILES_LISTED ? `${shown} and ${paths.length - FILES_LISTED} more` : shown;
}

/** Remaining findings grouped by rule, most severe first. */
function remainingTable(findings: readonly Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const rows = [...byRule.entries()].sort(([a, fa], [b, fb]) => SEVERITY_ORDER.indexOf(fa[0]!.severity) - SEVERITY_ORDER.indexOf(fb[0]!.severity) || fb.length - fa.length || byCodeUnits(a, b));
  return [
    '| Rule | Severity | Findings | Where |',
    '|---|---|---|---|',
    ...rows.map(([rule, list]) => `| [${rule}](${docsUrl(rule)}) | ${list[0]!.severity} | ${list.length} | ${fileList([...new Set(list.map((f) => `${f.file}:${f.line}`))])} |`),
  ].join('\n');
}

export function onboardingBody(fix: FixResult, repository: string, base: string): string {
  const changed = fix.files.filter((f) => f.before !== undefined).map((f) => f.path);
  const created = fix.files.filter((f) => f.before === undefined).map((f) => f.path);
  const left = fix.after.findings;
  const parts = [
    ONBOARDING_MARKER,
    `podarmor scanned the Kubernetes manifests of ${repository} on \`${base}\`. This pull request applies what it can fix safely:`,
    [
      changed.length ? `- **${counted(fix.fixed.length, 'safe fix', 'safe fixes')}** in ${counted(changed.length, 'file')}: ${fileList(changed)}` : '',
      created.length ? `- **${counted(created.length, 'NetworkPolicy file')}** generated from the manifests: ${fileList(created)}` : '',
    ].filter(Boolean).join('\n'),
    'Each fix was verified: the manifests re-parse, the findings are gone and no other value changed. Review the NetworkPolicies against the traffic your workloads need before merging.',
    left.length ? `### Left for a person: ${counted(left.length, 'finding')}\n\n${remainingTable(left)}` : '### Nothing left\n\nEvery finding on the default branch is fixed by this pull request.',
    `---\nMerge it to apply the hardening; from now on podarmor reviews every pull request. Close it and podarmor will not open it again. \`onboarding: false\` in \`.github/podarmor.yml\` stops onboarding pull requests for a repository.`,
  ];
  const body = parts.join('\n\n');
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n… (truncated)` : body;
}
