// Reads one kustomization file into what the rest of the sources room needs: the files and folders
// it pulls in (resources, bases, components, patches, generator files), its patches with where each
// is written, and the remote references that must never be fetched for pull-request content.
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Scalar } from 'yaml';
import { YAML_OPTIONS } from '../core/yaml/parse.ts';
import type { SourceLocation } from './types.ts';


/** A reference written in a kustomization, resolved to a path relative to the scan root. */
export interface KustomizeRef {
  path: string;
  /** As written in the kustomization. */
  value?: string;
  at: SourceLocation;
}

export interface PatchTarget {
  kind?: string;
  name?: string;
  namespace?: string;
  group?: string;
  version?: string;
  labelSelector?: string;
}

/** A patch as kustomize will apply it. `text` is the patch itself; for an inline patch, `lineOffset`
 * and `columnOffset` turn a position in `text` into one in `file` (a block scalar keeps lines 1:1). */
export interface KustomizePatch {
  file: string;
  inline: boolean;
  text: string;
  lineOffset: number;
  columnOffset: number;
  /** False for an inline patch written as a quoted string (its lines are not the file's lines). */
  linesExact: boolean;
  target?: PatchTarget;
  /** Where the patch is named in the kustomization (its `path:` or `patch:` entry). */
  declaredAt: SourceLocation;
  /** Declared as JSON6902 (`patchesJson6902`); otherwise kustomize decides by content. */
  json6902: boolean;
}

export interface Kustomization {
  /** Folder of the kustomization, relative to the scan root ('.' for the root itself). */
  dir: string;
  file: string;
  isComponent: boolean;
  resources: KustomizeRef[];
  components: KustomizeRef[];
  patches: KustomizePatch[];
  /** Patch files (used only as patches: never judged as workloads). */
  patchFiles: KustomizeRef[];
  /** Other files the render reads: generator inputs, replacements, configurations, CRDs. */
  otherFiles: KustomizeRef[];
  remote: KustomizeRef[];
  /** Fields podarmor will not render (helmCharts, exec plugins), with why. */
  refused: Array<{ reason: string; at: SourceLocation }>;
  /** The file is not a valid kustomization (not YAML, not a map). */
  error?: { reason: string; at: SourceLocation };
}

const REMOTE_RE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git::|[\w.-]+@[\w.-]+:|(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/)|\?ref=|\?version=|\/\/.*\?/i;
const HOST_PATH_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i;

/** Whether a reference (a kustomize resource or component, a chart, a values file) names something
 * that would be fetched over the network. */
export function isRemoteReference(value: string): boolean {
  return REMOTE_RE.test(value.trim());
}

/** `host.tld/org/repo`: kustomize fetches such an entry as a repository when no local path has
 * that name (so it is remote only when nothing local does). */
export function looksLikeHostPath(value: string): boolean {
  return HOST_PATH_RE.test(value.trim());
}

export function parseKustomization(file: string, text: string): Kustomization {
  const dir = posix.dirname(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const at = (node: Node | null | undefined): SourceLocation => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file, line, column: col };
  };
  const result: Kustomization = { dir, file, isComponent: false, resources: [], components: [], patches: [], patchFiles: [], otherFiles: [], remote: [], refused: [] };
  if (doc.errors.length) {
    const { line, col } = lineCounter.linePos(doc.errors[0]!.pos[0]);
    result.error = { reason: `invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, at: { file, line, column: col } };
    return result;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return result;
  if (!isMap(root)) {
    result.error = { reason: 'a kustomization must be a map', at: at(root) };
    return result;
  }
  result.isComponent = scalarAt(doc, ['kind']) === 'Component';
  // `../base/` and `../base` name the same folder.
  const resolve = (value: string) => posix.normalize(posix.join(dir, value.trim())).replace(/(.)\/+$/, '$1');
  const refs = (key: string): Array<{ value: string; node: Node }> => {
    const seq = doc.getIn([key], true);
    if (!isSeq(seq)) return [];
    return seq.items.filter((n): n is Scalar => isScalar(n) && typeof n.value === 'string').map((n) => ({ value: String(n.value), node: n }));
  };
  for (const key of ['resources', 'bases', 'components']) {
    for (const { value, node } of refs(key)) {
      const ref = { path: resolve(value), value, at: at(node) };
      if (isRemoteReference(value)) result.remote.push({ path: value, at: ref.at });
      else if (key === 'components') result.components.push(ref);
      else result.resources.push(ref);
    }
  }
  readPatches(doc, result, resolve, at, text, lineCounter);
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    const seq = doc.getIn([key], true);
    if (!isSeq(seq)) continue;
    for (const gen of seq.items) {
      if (!isMap(gen)) continue;
      for (const field of ['files', 'envs', 'env']) {
        const list = gen.get(field, true);
        const items = isSeq(list) ? list.items : isScalar(list) ? [list] : [];
        for (const item of items) {
          if (!isScalar(item) || typeof item.value !== 'string') continue;
          // `files` entries may be `key=path`.
          const value = item.value.includes('=') ? item.value.slice(item.value.indexOf('=') + 1) : item.value;
          result.otherFiles.push({ path: resolve(value), at: at(item as Node) });
        }
      }
    }
  }
  for (const key of ['configurations', 'crds', 'transformers', 'generators', 'validators']) {
    for (const { value, node } of refs(key)) {
      if (isRemoteReference(value)) result.remote.push({ path: value, at: at(node) });
      else result.otherFiles.push({ path: resolve(value), at: at(node) });
    }
  }
  const replacements = doc.getIn(['replacements'], true);
  if (isSeq(replacements)) {
    for (const r of replacements.items) {
      const path = isMap(r) ? r.get('path', true) : undefined;
      if (isScalar(path) && typeof path.value === 'string') result.otherFiles.push({ path: resolve(path.value), at: at(path as Node) });
    }
  }
  const openapi = doc.getIn(['openapi', 'path'], true);
  if (isScalar(openapi) && typeof openapi.value === 'string') result.otherFiles.push({ path: resolve(openapi.value), at: at(openapi as Node) });
  const helmCharts = doc.getIn(['helmCharts'], true) as Node | undefined;
  if (helmCharts && isSeq(helmCharts) && helmCharts.items.length) {
    result.refused.push({ reason: 'uses helmCharts, which needs `kustomize --enable-helm`; podarmor never runs it on repository content', at: at(helmCharts) });
  }
  return result;
}

function scalarAt(doc: Document, path: string[]): unknown {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node.value : undefined;
}

function readPatches(
  doc: Document,
  result: Kustomization,
  resolve: (value: string) => string,
  at: (node: Node | null | undefined) => SourceLocation,
  text: string,
  lineCounter: LineCounter,
): void {
  const inlinePatch = (node: Scalar, target: PatchTarget | undefined, json6902: boolean) => {
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const start = node.range?.[0] ?? 0;
    const { line } = lineCounter.linePos(start);
    // A block scalar's content starts on the next line, indented by the block's indentation.
    const firstContentLine = text.split('\n')[line] ?? '';
    const indent = firstContentLine.length - firstContentLine.trimStart().length;
    result.patches.push({
      file: result.file,
      inline: true,
      text: String(node.value),
      lineOffset: block ? line : line - 1,
      columnOffset: block ? indent : 0,
      linesExact: block && node.type === 'BLOCK_LITERAL',
      ...(target ? { target } : {}),
      declaredAt: at(node),
      json6902,
    });
  };
  const filePatch = (node: Scalar, target: PatchTarget | undefined, json6902: boolean) => {
    const path = resolve(String(node.value));
    result.patchFiles.push({ path, at: at(node) });
    result.patches.push({ file: path, inline: false, text: '', lineOffset: 0, columnOffset: 0, linesExact: true, ...(target ? { target } : {}), declaredAt: at(node), json6902 });
  };
  for (const key of ['patches', 'patchesJson6902', 'patchesStrategicMerge']) {
    const seq = doc.getIn([key], true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (key === 'patchesStrategicMerge' && isScalar(item) && typeof item.value === 'string') {
        // An entry is a file path unless it holds YAML itself.
        if (/\n|:\s/.test(item.value)) inlinePatch(item, undefined, false);
        else filePatch(item, undefined, false);
        continue;
      }
      if (!isMap(item)) continue;
      const target = readTarget(item.get('target', true));
      const path = item.get('path', true);
      const patch = item.get('patch', true);
      const json6902 = key === 'patchesJson6902';
      if (isScalar(path) && typeof path.value === 'string') filePatch(path, target, json6902);
      else if (isScalar(patch) && typeof patch.value === 'string') inlinePatch(patch, target, json6902);
    }
  }
}

function readTarget(node: unknown): PatchTarget | undefined {
  if (!isMap(node)) return undefined;
  const target: PatchTarget = {};
  for (const key of ['kind', 'name', 'namespace', 'group', 'version', 'labelSelector'] as const) {
    const v = node.get(key);
    if (typeof v === 'string') target[key] = v;
  }
  return target;
}
