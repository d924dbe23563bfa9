// Reading the CLI's inputs: files, folders (recursively: *.yaml, *.yml, *.json) and `-` for stdin.
// A file that cannot be read or decoded is reported; the others are still scanned.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { manifestInput } from '../core/yaml/parse.ts';
import { readManifestFile } from '../sources/read.ts';
import type { InputFile, SkippedFile } from '../core/types.ts';

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface CollectedInputs {
  files: InputFile[];
  skipped: SkippedFile[];
  missing: string[];
}

export async function collectInputs(paths: readonly string[], readStdin: () => Promise<Uint8Array>, maxFileBytes: number): Promise<CollectedInputs> {
  const result: CollectedInputs = { files: [], skipped: [], missing: [] };
  for (const p of paths) {
    if (p === '-') {
      addBytes(result, '<stdin>', await readStdin());
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      result.missing.push(p);
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await walk(p)) await addFile(result, file, maxFileBytes);
    } else {
      await addFile(result, p, maxFileBytes);
    }
  }
  return result;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) out.push(...(await walk(full)));
    } else if (e.isFile() && MANIFEST_EXTENSIONS.test(e.name)) {
      out.push(full);
    }
  }
  return out;
}

export function displayPath(p: string): string {
  return isAbsolute(p) ? relative(process.cwd(), p) || p : p;
}

async function addFile(result: CollectedInputs, path: string, maxFileBytes: number): Promise<void> {
  add(result, await readManifestFile(path, displayPath(path), maxFileBytes));
}

function addBytes(result: CollectedInputs, path: string, bytes: Uint8Array): void {
  add(result, manifestInput(path, bytes));
}

function add(result: CollectedInputs, read: { file: InputFile } | { skipped: SkippedFile }): void {
  if ('file' in read) result.files.push(read.file);
  else result.skipped.push(read.skipped);
}

export { readManifestFile };

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
