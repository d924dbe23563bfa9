// Reading repository files as scan input. Every reader of manifest bytes goes through
// `manifestInput`, so a file that is too large, unreadable or not UTF-8 is reported the same way.
import { readFile, stat } from 'node:fs/promises';
import { manifestInput, tooLargeReason } from '../core/yaml/parse.ts';
import type { InputFile, SkippedFile } from '../core/types.ts';

/** One manifest from disk, reported as `name`: too large, unreadable or undecodable files come
 * back as skipped, with the reason. */
export async function readManifestFile(path: string, name: string, maxFileBytes: number): Promise<{ file: InputFile } | { skipped: SkippedFile }> {
  try {
    // Too large to read at all: say so without loading it.
    const { size } = await stat(path);
    if (size > maxFileBytes) return { skipped: { file: name, reason: tooLargeReason(size, maxFileBytes), error: true } };
    return manifestInput(name, await readFile(path));
  } catch (err) {
    return { skipped: { file: name, reason: `could not be read: ${(err as Error).message}`, error: true } };
  }
}
