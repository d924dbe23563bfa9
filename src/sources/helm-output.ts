// `helm template` output back to the chart: each document's `# Source:` line names its template,
// each field is located on the template line that writes it, and a field that comes from
// `.Values.x` names the values key and the values file line to change instead.
import type { DocPath } from '../core/types.ts';
import { locateEntry, readTemplate, type TemplateEntry, type TemplateSection } from './helm-template.ts';
import { joinKey, valuesHint, type ValuesIndex } from './helm-values.ts';
import type { LocatedField, RenderedDocument, SourceLocation } from './types.ts';

export interface HelmDocument {
  /** The `# Source:` path as helm prints it: `<chart>/templates/x.yaml`, `<chart>/charts/<sub>/templates/x.yaml`. */
  source?: string;
  text: string;
}

/** Splits `helm template` output into its documents (each `---` then `# Source: …`). */
export function splitHelmOutput(stdout: string): HelmDocument[] {
  const docs: HelmDocument[] = [];
  for (const chunk of stdout.split(/^---[ \t]*(?:\r?\n|$)/m)) {
    if (chunk.trim() === '') continue;
    const source = /^# Source: (.+?)\s*$/m.exec(chunk.split(/\r?\n/, 1)[0]!)?.[1];
    const body = source ? chunk.slice(chunk.indexOf('\n') + 1) : chunk;
    if (body.split(/\r?\n/).every((l) => l.trim() === '' || l.trim().startsWith('#'))) continue;
    docs.push({ ...(source ? { source } : {}), text: chunk });
  }
  return docs;
}

/** The repository path of a `# Source:` path: the chart name is replaced by the chart folder. */
export function templateFileOf(chartDir: string, source: string): string {
  const rest = source.slice(source.indexOf('/') + 1);
  return chartDir ? `${chartDir}/${rest}` : rest;
}

export interface HelmChartFiles {
  chartDir: string;
  /** Text of a file of the scan root (relative path), undefined when absent. */
  read(file: string): string | undefined;
  values: ValuesIndex;
}

/** Rendered documents with their way back to the template lines. */
export function helmDocuments(output: readonly HelmDocument[], chart: HelmChartFiles): RenderedDocument[] {
  const templates = new Map<string, { text: string; sections: TemplateSection[] } | undefined>();
  const templateOf = (file: string) => {
    if (!templates.has(file)) {
      const text = chart.read(file);
      templates.set(file, text === undefined ? undefined : { text, sections: readTemplate(text) });
    }
    return templates.get(file);
  };
  const seen = new Map<string, number>();
  const perSource = new Map<string, number>();
  for (const d of output) if (d.source) perSource.set(d.source, (perSource.get(d.source) ?? 0) + 1);

  return output.map((d) => {
    const chartFile = `${chart.chartDir ? `${chart.chartDir}/` : ''}Chart.yaml`;
    const file = d.source ? templateFileOf(chart.chartDir, d.source) : chartFile;
    const template = d.source ? templateOf(file) : undefined;
    const ordinal = d.source ? (seen.get(d.source) ?? 0) : 0;
    if (d.source) seen.set(d.source, ordinal + 1);
    if (!template) {
      // A packaged subchart (.tgz) or an output without `# Source:`: the whole object is the chart's.
      const origin: SourceLocation = { file: chartFile, line: 1, column: 1 };
      const hint = d.source ? `rendered from ${d.source}, which is not a file of this repository (a packaged subchart)` : 'rendered by helm without a `# Source:` line';
      return { text: d.text, origin, locate: () => ({ location: origin, editable: false, hint }) };
    }
    const section = pickSection(template.sections, ordinal, perSource.get(d.source!) ?? 1, /^kind:\s*["']?([\w.-]+)/m.exec(d.text)?.[1]);
    const lines = template.text.split(/\r?\n/);
    const origin: SourceLocation = { file, line: section?.originLine ?? 1, column: 1 };
    const locate = (path: DocPath): LocatedField => {
      const found = section && locateEntry(section, path);
      if (!found) return { location: origin, editable: false, hint: `written by ${file}; change the template there` };
      return locatedField(file, lines, found.entry, found.rest, chart);
    };
    return { text: d.text, origin, locate };
  });
}

function pickSection(sections: readonly TemplateSection[], ordinal: number, count: number, kind: string | undefined): TemplateSection | undefined {
  if (sections.length === count) return sections[ordinal];
  return sections.find((s) => kind !== undefined && s.kind === kind) ?? sections[0];
}

function locatedField(file: string, lines: readonly string[], entry: TemplateEntry, rest: readonly (string | number)[], chart: HelmChartFiles): LocatedField {
  const location: SourceLocation = { file, line: entry.line, column: entry.column };
  const literal = lines.slice(entry.line - 1, entry.endLine).every((l) => !l.includes('{{'));
  // A literal block: the field is written here, or missing here and may be added here.
  if (literal) return { location, editable: true };
  const refs = [...new Set(entry.refs)];
  if (refs.length === 1 || (refs.length > 1 && rest.length === 0)) {
    const keys = rest.length === 0 ? refs : [joinKey([refs[0]!, ...rest])];
    return { location, editable: false, hint: valuesHint(chart.values, keys)! };
  }
  if (entry.includes.length) {
    return { location, editable: false, hint: `written by the named template \`${entry.includes[0]}\` (\`include\` on ${file} line ${entry.line}); change it where it is defined` };
  }
  return { location, editable: false, hint: `${file} line ${entry.line} is written through template directives, so podarmor does not edit it` };
}
