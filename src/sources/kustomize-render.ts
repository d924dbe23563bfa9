// Renders kustomize roots. The render runs on a temporary copy of the files the roots use, where
// every kustomization asks for `originAnnotations` (the base file of each object); the annotations
// are stripped again before anything is scanned. Remote bases are never fetched and no flag that
// runs code is ever passed.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Document } from 'yaml';
import type { Kustomization, KustomizePatch } from './kustomize-file.ts';
import { closureOf, filesOf } from './kustomize-graph.ts';
import { objectProvenance, patchesReaching, writtenFrom } from './kustomize-provenance.ts';
import { runTool, toolAvailable } from './run-tool.ts';
import type { WrittenYaml } from './map-fields.ts';
import type { NotReviewed, Render, RenderEnv, RenderedDocument } from './types.ts';

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/** Why a root is not rendered at all (a remote base, helmCharts, a broken kustomization), or undefined. */
export function refusal(closure: readonly Kustomization[], root: string): NotReviewed | undefined {
  for (const k of closure) {
    const remote = k.remote[0];
    if (remote) {
      return {
        file: remote.at.file,
        line: remote.at.line,
        reason: `kustomization ${root} uses the remote resource ${remote.path}, which podarmor does not fetch`,
        remedy: 'vendor the remote base into the repository, or render it yourself and scan the output (kubectl kustomize … | podarmor scan -)',
      };
    }
    const refused = k.refused[0];
    if (refused) return { file: refused.at.file, line: refused.at.line, reason: `kustomization ${root} ${refused.reason}`, remedy: 'render it yourself and scan the output (kubectl kustomize --enable-helm … | podarmor scan -)' };
    if (k.error) return { file: k.error.at.file, line: k.error.at.line, reason: `kustomization ${k.file} cannot be read: ${k.error.reason}` };
  }
  return undefined;
}

/** A temporary copy of the files the roots read, with origin annotations asked for. */
export interface RenderTree {
  dir: string;
  /** Path inside the copy of a repository path. */
  pathOf(file: string): string;
  dispose(): Promise<void>;
}

export async function makeRenderTree(rootDir: string, files: readonly string[], kustomizationFiles: ReadonlySet<string>): Promise<RenderTree> {
  const dir = await mkdtemp(join(tmpdir(), 'podarmor-kustomize-'));
  // Files may sit above the scan root (`../base`): the copy keeps as many levels above it.
  const up = Math.max(0, ...files.map((f) => (posix.normalize(f).match(/^(\.\.\/)+/)?.[0].length ?? 0) / 3));
  const inner = join(dir, ...Array.from({ length: up }, (_, i) => `u${i}`));
  const pathOf = (file: string) => resolve(inner, file);
  for (const file of files) {
    const target = pathOf(file);
    await mkdir(dirname(target), { recursive: true });
    try {
      if (kustomizationFiles.has(file)) await writeFile(target, withOriginAnnotations(await readFile(resolve(rootDir, file), 'utf8')));
      else await copyFile(resolve(rootDir, file), target);
    } catch {
      // A missing file is left missing: kustomize names it in its error.
    }
  }
  return { dir: inner, pathOf, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** The kustomization text with `originAnnotations` added to `buildMetadata`. */
export function withOriginAnnotations(text: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return text;
  const current = doc.get('buildMetadata');
  const list = isSeq(current) ? current.items.map((i) => (isScalar(i) ? String(i.value) : '')) : [];
  if (!list.includes('originAnnotations')) list.push('originAnnotations');
  doc.set('buildMetadata', list);
  return doc.toString();
}

let kustomizeCommand: Promise<{ command: string; args: string[] }> | undefined;

/** `kustomize build` when kustomize is on PATH, else `kubectl kustomize`. */
export function kustomizeTool(): Promise<{ command: string; args: string[] }> {
  kustomizeCommand ??= toolAvailable('kustomize', ['version']).then((has) => (has ? { command: 'kustomize', args: ['build'] } : { command: 'kubectl', args: ['kustomize'] }));
  return kustomizeCommand;
}

export interface RenderedRoot {
  render?: Render;
  notReviewed?: NotReviewed;
}

/** Renders one root in the tree and maps every object back to the repository. */
export async function renderKustomizeRoot(root: string, tree: RenderTree, kustomizations: ReadonlyMap<string, Kustomization>, env: RenderEnv, readText: (file: string) => string | undefined): Promise<RenderedRoot> {
  const tool = await kustomizeTool();
  const rootK = kustomizations.get(root)!;
  const run = await runTool(tool.command, [...tool.args, tree.pathOf(root)], { timeoutMs: env.timeoutMs, maxOutputBytes: env.maxOutputBytes });
  if (!run.ok) {
    return {
      notReviewed: {
        file: rootK.file,
        line: 1,
        reason: `${tool.command} ${tool.args.join(' ')} ${root} failed: ${toolMessage(run.error ?? 'unknown error', tree.dir)}`,
        remedy: /is not on PATH$/.test(run.error ?? '') ? 'install kubectl (it bundles kustomize) or kustomize' : `fix the kustomization so that \`kubectl kustomize ${root}\` renders`,
      },
    };
  }
  const cache = new Map<string, WrittenYaml | undefined>();
  const written = (file: string, patch?: KustomizePatch): WrittenYaml | undefined => {
    const key = patch?.inline ? `${file}#${patch.declaredAt.line}` : file;
    if (!cache.has(key)) {
      const text = patch?.inline ? patch.text : readText(file);
      cache.set(key, text === undefined ? undefined : writtenFrom(text, file, patch));
    }
    return cache.get(key);
  };
  const documents: RenderedDocument[] = [];
  for (const doc of parseAllDocuments(run.stdout)) {
    if (!isMap(doc.contents)) continue;
    const origin = readOrigin(doc.getIn(['metadata', 'annotations', ORIGIN_ANNOTATION]));
    stripOrigin(doc);
    // The document as kustomize printed it (its quoting kept), without the origin annotation.
    const text = doc.toString({ lineWidth: 0 }).replace(/^---\n/, '');
    const reparsed = parseDocument(text);
    const baseFile = origin?.path !== undefined ? posix.normalize(posix.join(root, origin.path)) : undefined;
    const configuredIn = origin?.configuredIn !== undefined ? posix.normalize(posix.join(root, origin.configuredIn)) : rootK.file;
    const fallback = { file: baseFile ?? configuredIn, line: 1, column: 1 };
    const patches = baseFile ? patchesReaching(kustomizations, root, baseFile) : [];
    const provenance = objectProvenance(reparsed, fallback, baseFile, patches, written);
    documents.push({ text, origin: provenance.origin, locate: provenance.locate });
  }
  return { render: { kind: 'kustomize', root, documents } };
}

/** kubectl wraps kustomize's error in a klog line (`E1201 … "command failed" err="…"`): keep the error. */
function toolMessage(error: string, treeDir: string): string {
  const wrapped = /\berr="((?:[^"\\]|\\.)*)"/.exec(error);
  const message = wrapped ? wrapped[1]!.replace(/\\(.)/g, '$1') : error;
  return message.replaceAll(`${treeDir}/`, '');
}

function readOrigin(value: unknown): { path?: string; configuredIn?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const doc = parseDocument(value);
  const path = doc.get('path');
  const configuredIn = doc.get('configuredIn');
  return { ...(typeof path === 'string' ? { path } : {}), ...(typeof configuredIn === 'string' ? { configuredIn } : {}) };
}

function stripOrigin(doc: Document): void {
  doc.deleteIn(['metadata', 'annotations', ORIGIN_ANNOTATION]);
  const annotations = doc.getIn(['metadata', 'annotations']);
  if (isMap(annotations) && annotations.items.length === 0) doc.deleteIn(['metadata', 'annotations']);
}
