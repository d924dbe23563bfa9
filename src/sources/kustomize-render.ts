// Renders kustomize roots. The render runs on a temporary copy of the files the roots use, where
// every kustomization asks for `originAnnotations` (the base file of each object); the annotations
// are stripped again before anything is scanned. Remote bases are never fetched and no flag that
// runs code is ever passed.
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Kustomization, KustomizePatch } from './kustomize-file.ts';
import { objectProvenance, patchesReaching, writtenFrom, type ObjectProvenance } from './kustomize-provenance.ts';
import { runTool, toolAvailable } from './run-tool.ts';
import type { WrittenYaml } from './map-fields.ts';
import type { NotReviewed, Render, RenderEnv, RenderedDocument } from './types.ts';

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
  /** The repository path of a path inside the copy. */
  sourceOf(path: string): string;
  dispose(): Promise<void>;
}

export async function makeRenderTree(rootDir: string, files: readonly string[], kustomizationFiles: ReadonlySet<string>, generated: ReadonlyArray<{ file: string; text: (pathOf: (file: string) => string) => string }> = []): Promise<RenderTree> {
  const dir = await mkdtemp(join(tmpdir(), 'podarmor-kustomize-'));
  // Files may sit above the scan root (`../base`): the copy keeps as many levels above it.
  const up = Math.max(0, ...[...files, ...generated.map((g) => g.file)].map((f) => (posix.normalize(f).match(/^(\.\.\/)+/)?.[0].length ?? 0) / 3));
  const inner = join(dir, ...Array.from({ length: up }, (_, i) => `u${i}`));
  const pathOf = (file: string) => resolve(inner, file);
  const realRoot = await realpath(rootDir);
  for (const file of files) {
    const target = pathOf(file);
    await mkdir(dirname(target), { recursive: true });
    try {
      const source = resolve(rootDir, file);
      // kustomize refuses a symlink that leaves the tree; a copy would hide it, so it is left out.
      if (!symlinkStaysInside(source, await realpath(source), realRoot)) continue;
      if (kustomizationFiles.has(file)) await writeFile(target, withOriginAnnotations(await readFile(source, 'utf8')));
      else await copyFile(source, target);
    } catch {
      // A missing file is left missing: kustomize names it in its error.
    }
  }
  for (const { file, text } of generated) {
    await mkdir(dirname(pathOf(file)), { recursive: true });
    await writeFile(pathOf(file), withOriginAnnotations(text(pathOf)));
  }
  const sourceOf = (path: string) => relative(inner, path).split(sep).join('/') || '.';
  return { dir: inner, pathOf, sourceOf, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** A path with no symlink in it, or one whose target stays inside the scan root. */
export function symlinkStaysInside(path: string, real: string, realRoot: string): boolean {
  return real === path || real === realRoot || real.startsWith(`${realRoot}${sep}`);
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

/** Remote bases are refused before rendering; should one slip through, git may use no network
 * protocol and HTTP goes to a proxy that is not there. */
const DEAD_PROXY = 'http://127.0.0.1:9';
const offlineEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_ALLOW_PROTOCOL: 'file',
  GIT_TERMINAL_PROMPT: '0',
  HTTPS_PROXY: DEAD_PROXY,
  HTTP_PROXY: DEAD_PROXY,
  https_proxy: DEAD_PROXY,
  http_proxy: DEAD_PROXY,
  ALL_PROXY: DEAD_PROXY,
  NO_PROXY: '',
  no_proxy: '',
});

export interface RenderedRoot {
  render?: Render;
  notReviewed?: NotReviewed;
}

/** Renders one root in the tree and maps every object back to the repository. */
export async function renderKustomizeRoot(root: string, tree: RenderTree, kustomizations: ReadonlyMap<string, Kustomization>, env: RenderEnv, readText: (file: string) => string | undefined): Promise<RenderedRoot> {
  const tool = await kustomizeTool();
  const rootK = kustomizations.get(root)!;
  const run = await runTool(tool.command, [...tool.args, tree.pathOf(root)], { timeoutMs: env.timeoutMs, maxOutputBytes: env.maxOutputBytes, env: offlineEnv() });
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
  // Origin paths are relative to the folder built; resolved in the copy, where `..` exists.
  const fromRoot = (p: string) => tree.sourceOf(resolve(tree.pathOf(root), p));
  for (const printed of splitDocuments(run.stdout)) {
    const { text, origin } = withoutOrigin(printed);
    if (!/^kind:/m.test(text)) continue;
    const baseFile = origin.path !== undefined ? fromRoot(origin.path) : undefined;
    const configuredIn = origin.configuredIn !== undefined ? fromRoot(origin.configuredIn) : rootK.file;
    const fallback = { file: baseFile ?? configuredIn, line: 1, column: 1 };
    // Provenance parses the object, its base and its patches: only for objects that need it.
    let provenance: ObjectProvenance | undefined;
    const get = () => (provenance ??= objectProvenance(parseDocument(text), fallback, baseFile, baseFile ? patchesReaching(kustomizations, root, baseFile) : [], written));
    documents.push({
      text,
      originFile: fallback.file,
      get origin() {
        return get().origin;
      },
      locate: (path) => get().locate(path),
    });
  }
  return { render: { kind: 'kustomize', root, documents } };
}

/** The documents of kustomize's output (it separates them with `---` lines and prints no others). */
export function splitDocuments(output: string): string[] {
  return output.split(/^---[ \t]*\r?\n/m).filter((d) => d.trim() !== '');
}

/** A printed object without its `config.kubernetes.io/origin` annotation (and without an
 * `annotations:` map left empty), and what the annotation said. kustomize prints it as a literal
 * block: `    config.kubernetes.io/origin: |` followed by more deeply indented lines. */
export function withoutOrigin(printed: string): { text: string; origin: { path?: string; configuredIn?: string } } {
  const lines = printed.split('\n');
  const at = lines.findIndex((l) => /^\s+config\.kubernetes\.io\/origin: [|>]/.test(l));
  if (at < 0) return { text: printed, origin: {} };
  const indent = lines[at]!.length - lines[at]!.trimStart().length;
  let end = at + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.length - lines[end]!.trimStart().length > indent)) end++;
  const block = lines.slice(at + 1, end);
  const field = (name: string) => block.map((l) => new RegExp(`^\\s*${name}: (.+)$`).exec(l)?.[1]).find((v) => v !== undefined);
  const path = field('path');
  const configuredIn = field('configuredIn');
  lines.splice(at, end - at);
  // `annotations:` with nothing left under it goes too.
  const annotations = at - 1;
  const next = lines[at];
  if (/^\s+annotations:\s*$/.test(lines[annotations] ?? '') && (next === undefined || next.length - next.trimStart().length <= lines[annotations]!.length - lines[annotations]!.trimStart().length)) lines.splice(annotations, 1);
  return { text: lines.join('\n'), origin: { ...(path !== undefined ? { path: unquote(path) } : {}), ...(configuredIn !== undefined ? { configuredIn: unquote(configuredIn) } : {}) } };
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** kubectl wraps kustomize's error in a klog line (`E1201 … "command failed" err="…"`): keep the error. */
function toolMessage(error: string, treeDir: string): string {
  const wrapped = /\berr="((?:[^"\\]|\\.)*)"/.exec(error);
  const message = wrapped ? wrapped[1]!.replace(/\\(.)/g, '$1') : error;
  return message.replaceAll(`${treeDir}/`, '');
}
