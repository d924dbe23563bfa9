// The import rules of ARCHITECTURE.md as code: an import graph of src/ (every import, export-from,
// dynamic import and require, type-only ones included) and the checks on it. Pure functions over
// path -> text, so the checks themselves can be tested on small made-up trees.
import { posix } from 'node:path';
import ts from 'typescript';
import { lineCount } from '../../src/core/lines.ts';

export const ROOMS = ['core', 'review', 'sources', 'github', 'cli', 'action', 'app'] as const;
/** A folder of src/, or `shared` for a file directly in src/ (version.ts), or `unknown`. */
export type Room = (typeof ROOMS)[number] | 'shared' | 'unknown';

/** The entry points: each is a host of its own and imports no other. */
export const ENTRY_POINTS: readonly Room[] = ['cli', 'action', 'app'];

/** Node modules that reach outside the process (files, processes, network, the machine). */
const IO_MODULES = new Set([
  'fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'dns/promises', 'tls', 'os',
  'worker_threads', 'cluster', 'readline', 'readline/promises', 'process', 'inspector', 'repl', 'tty', 'v8', 'vm', 'module',
]);

/** Packages that talk to GitHub, a host, or the network. */
const HOST_PACKAGE = /^(@actions\/|@octokit\/|octokit$|probot$|@probot\/|ioredis$|redis$|undici$|node-fetch$|axios$)/;

export const MAX_LINES = 400;
export const isGenerated = (path: string) => /\.generated\.ts$/.test(path);

export interface Import {
  specifier: string;
  /** The src file a relative import resolves to. */
  target?: string;
}

export function roomOf(path: string): Room {
  const folder = /^src\/([^/]+)\//.exec(path)?.[1];
  if (folder === undefined) return /^src\/[^/]+$/.test(path) ? 'shared' : 'unknown';
  return (ROOMS as readonly string[]).includes(folder) ? (folder as Room) : 'unknown';
}

export function importsOf(path: string, text: string): Import[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { specifier };
    return { specifier, target: posix.normalize(posix.join(posix.dirname(path), specifier)) };
  });
}

/** path -> its imports, for every file of `files` (paths relative to the repository, `src/...`). */
export function importGraph(files: ReadonlyMap<string, string>): Map<string, Import[]> {
  return new Map([...files].map(([path, text]) => [path, importsOf(path, text)]));
}

/** Every import cycle, as the files of each strongly connected component (Tarjan). */
export function findCycles(graph: ReadonlyMap<string, readonly Import[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const { target: w } of graph.get(v) ?? []) {
      if (!w || !graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfImport = (graph.get(v) ?? []).some((i) => i.target === v);
      if (component.length > 1 || selfImport) cycles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Why `from` may not import `i`, or undefined when it may. */
export function forbiddenImport(from: string, i: Import): string | undefined {
  const room = roomOf(from);
  const bare = i.specifier.replace(/^node:/, '');
  if (i.target) {
    const to = roomOf(i.target);
    if (to === room || to === 'shared') return undefined;
    if (room === 'core') return `src/core imports only src/core (not src/${to})`;
    if (room === 'review' && to !== 'core') return `src/review imports only src/core (not src/${to})`;
    if (room === 'sources' && to !== 'core') return `src/sources imports only src/core (not src/${to})`;
    if (room === 'github' && ENTRY_POINTS.includes(to)) return `src/github imports no entry point (src/${to})`;
    if (ENTRY_POINTS.includes(room) && ENTRY_POINTS.includes(to)) return `entry points import each other not at all (src/${room} -> src/${to})`;
    return undefined;
  }
  if (room === 'core' || room === 'review') {
    if (IO_MODULES.has(bare)) return `src/${room} does no I/O (${i.specifier})`;
    if (HOST_PACKAGE.test(i.specifier)) return `src/${room} knows no host or API client (${i.specifier})`;
  }
  return undefined;
}

export function importViolations(graph: ReadonlyMap<string, readonly Import[]>): string[] {
  return [...graph].flatMap(([from, imports]) => imports.flatMap((i) => {
    const why = forbiddenImport(from, i);
    return why ? [`${from} imports ${i.specifier}: ${why}`] : [];
  }));
}

export function oversizedFiles(files: ReadonlyMap<string, string>): string[] {
  return [...files]
    .filter(([path]) => !isGenerated(path))
    .map(([path, text]) => [path, lineCount(text)] as const)
    .filter(([, lines]) => lines > MAX_LINES)
    .map(([path, lines]) => `${path}: ${lines} lines (at most ${MAX_LINES}; split it by responsibility)`);
}
