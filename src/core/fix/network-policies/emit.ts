// Writes a planned NetworkPolicy as a YAML document in the style of the files beside it, with the
// evidence comment above each rule.
import { renderBlockItem, renderBlockPair, type Style } from '../style.ts';
import type { CommentedRule, PolicyPlan } from './generate.ts';

export function emitPolicy(plan: PolicyPlan, style: Style): string {
  const pad = (n: number) => ' '.repeat(n);
  const lines = [`# ${plan.summary}`, 'apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy'];
  lines.push(...renderBlockPair('metadata', plan.namespace === undefined ? { name: plan.name } : { name: plan.name, namespace: plan.namespace }, 0, style));
  lines.push('spec:');
  const column = style.indent;
  lines.push(...renderBlockPair('podSelector', { matchLabels: plan.podSelector }, column, style));
  lines.push(...renderBlockPair('policyTypes', plan.policyTypes, column, style));
  const dashColumn = style.indentSequences ? column + style.indent : column;
  const section = (key: 'ingress' | 'egress', rules: CommentedRule[], none: string) => {
    if (!plan.policyTypes.includes(key === 'ingress' ? 'Ingress' : 'Egress')) return;
    if (rules.length === 0) {
      lines.push(`${pad(column)}# ${key}: ${none}`);
      return;
    }
    lines.push(`${pad(column)}${key}:`);
    for (const r of rules) {
      lines.push(`${pad(dashColumn)}# ${r.comment}`);
      lines.push(...renderBlockItem(r.rule, dashColumn, style));
    }
  };
  section('ingress', plan.ingress, 'none: no workload of the manifests references its Services and none is exposed outside the cluster');
  section('egress', plan.egress, 'none');
  return lines.join(style.eol);
}
