// The floors of ARCHITECTURE.md, checked on every file of src/: no import cycle; src/core and
// src/review do no I/O and know no host; the core imports only itself; src/github imports no entry
// point; entry points (cli, action, app) import each other not at all; no hand-written file over 400 lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, forbiddenImport, importGraph, importsOf, importViolations, oversizedFiles, roomOf, type Import } from './helpers/architecture.ts';
import { ROOT } from './helpers/paths.ts';

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.[cm]?tsx?$|\.[cm]?js$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(ROOT, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

describe('src/', () => {
  const files = sourceFiles();
  const graph = importGraph(files);

  it('is read whole (the checks below see every room)', () => {
    const rooms = new Set([...files.keys()].map(roomOf));
    for (const room of ['core', 'review', 'github', 'cli', 'action', 'app', 'sources']) expect(rooms, room).toContain(room);
  });

  it('has every file in a room ARCHITECTURE.md describes', () => {
    expect([...files.keys()].filter((p) => roomOf(p) === 'unknown')).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps every import within what its room may import', () => {
    expect(importViolations(graph)).toEqual([]);
  });

  it('has no relative import of a file that does not exist', () => {
    const missing = [...graph].flatMap(([from, imports]) => imports.filter((i) => i.target && !existsSync(join(ROOT, i.target))).map((i) => `${from} -> ${i.specifier}`));
    expect(missing).toEqual([]);
  });

  it(`has no hand-written file over 400 lines`, () => {
    expect(oversizedFiles(files)).toEqual([]);
  });
});

// The checks themselves, on made-up files: each one can fail.
describe('the checks', () => {
  it('read every kind of import, type-only and dynamic ones included', () => {
    const text = ["import { a } from './a.ts';", "import type { B } from '../b.ts';", "export { c } from './c/c.ts';", "const d = await import('node:fs');", "import 'yaml';"].join('\n');
    expect(importsOf('src/core/x.ts', text)).toEqual([
      { specifier: './a.ts', target: 'src/core/a.ts' },
      { specifier: '../b.ts', target: 'src/b.ts' },
      { specifier: './c/c.ts', target: 'src/core/c/c.ts' },
      { specifier: 'node:fs' },
      { specifier: 'yaml' },
    ]);
  });

  it.each([
    // from, specifier, why (undefined: allowed)
    ['src/core/scan.ts', 'node:fs', 'src/core does no I/O (node:fs)'],
    ['src/core/scan.ts', 'fs/promises', 'src/core does no I/O (fs/promises)'],
    ['src/review/plan.ts', 'node:child_process', 'src/review does no I/O (node:child_process)'],
    ['src/review/plan.ts', 'node:http', 'src/review does no I/O (node:http)'],
    ['src/review/plan.ts', '@octokit/core', 'src/review knows no host or API client (@octokit/core)'],
    ['src/core/scan.ts', '@actions/core', 'src/core knows no host or API client (@actions/core)'],
    ['src/review/plan.ts', 'probot', 'src/review knows no host or API client (probot)'],
    ['src/core/scan.ts', '../review/plan.ts', 'src/core imports only src/core (not src/review)'],
    ['src/core/scan.ts', '../sources/types.ts', 'src/core imports only src/core (not src/sources)'],
    ['src/review/plan.ts', '../github/client.ts', 'src/review imports only src/core (not src/github)'],
    ['src/review/plan.ts', '../cli/options.ts', 'src/review imports only src/core (not src/cli)'],
    ['src/sources/helm.ts', '../github/client.ts', 'src/sources imports only src/core (not src/github)'],
    ['src/github/run.ts', '../action/main.ts', 'src/github imports no entry point (src/action)'],
    ['src/github/run.ts', '../cli/options.ts', 'src/github imports no entry point (src/cli)'],
    ['src/app/index.ts', '../action/main.ts', 'entry points import each other not at all (src/app -> src/action)'],
    ['src/cli/main.ts', '../app/index.ts', 'entry points import each other not at all (src/cli -> src/app)'],
    ['src/core/scan.ts', 'node:path', undefined],
    ['src/core/scan.ts', 'yaml', undefined],
    ['src/core/scan.ts', '../version.ts', undefined],
    ['src/review/plan.ts', '../core/scan.ts', undefined],
    ['src/github/run.ts', '../review/plan.ts', undefined],
    ['src/github/run.ts', '@octokit/core', undefined],
    ['src/sources/kustomize.ts', 'node:child_process', undefined],
    ['src/cli/main.ts', '../github/client.ts', undefined],
    ['src/cli/files.ts', '../sources/discover.ts', undefined],
    ['src/action/main.ts', '@actions/core', undefined],
  ])('%s importing %s: %s (undefined: allowed)', (from, specifier, why) => {
    const [i] = importsOf(from, `import '${specifier}';`) as [Import];
    expect(forbiddenImport(from, i)).toBe(why);
  });

  it('find a cycle of any length, and a file importing itself', () => {
    const graph = importGraph(
      new Map([
        ['src/cli/main.ts', "import './fix-command.ts';"],
        ['src/cli/fix-command.ts', "import './review-command.ts';"],
        ['src/cli/review-command.ts', "import './main.ts'; import './options.ts';"],
        ['src/cli/options.ts', "import '../core/a.ts';"],
        ['src/core/a.ts', "import './a.ts';"],
      ]),
    );
    expect(findCycles(graph)).toEqual([['src/cli/fix-command.ts', 'src/cli/main.ts', 'src/cli/review-command.ts'], ['src/core/a.ts']]);
    expect(findCycles(importGraph(new Map([['src/cli/main.ts', "import './options.ts';"], ['src/cli/options.ts', '']])))).toEqual([]);
  });

  it('count lines of hand-written files only', () => {
    const long = 'x\n'.repeat(401);
    expect(oversizedFiles(new Map([['src/core/big.ts', long], ['src/core/rules/catalog.generated.ts', long], ['src/core/ok.ts', 'x\n'.repeat(400)]]))).toEqual([
      'src/core/big.ts: 401 lines (at most 400; split it by responsibility)',
    ]);
  });
});
