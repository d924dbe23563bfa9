// The esbuild configuration of every bundle in dist/, shared by the build script and the test that
// checks the committed bundles are fresh.
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

// esbuild keeps an entry's `#!` line. The CLI is what `npx podarmor` runs, on whatever Node the
// user has: it targets the package's `engines` floor (Node 20). The Action runs on `node24`.
// The CLI is two files: bin.ts turns on Node's compile cache and then loads dist/cli-main.js, which
// the cache can then keep (the file that turns the cache on is compiled before it is on).
const ENTRIES: Record<string, { entry: string; target: string; plugins?: Plugin[] }> = {
  'dist/cli.js': { entry: 'src/cli/bin.ts', target: 'node20', plugins: [separateFile('./entry.ts', './cli-main.js')] },
  'dist/cli-main.js': { entry: 'src/cli/entry.ts', target: 'node20' },
  'dist/index.js': { entry: 'src/action/index.ts', target: 'node24' },
};

/** Leaves the import of `source` out of the bundle, as an import of the bundle file `file`. */
function separateFile(source: string, file: string): Plugin {
  const filter = new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return { name: 'separate-file', setup: (b) => b.onResolve({ filter }, () => ({ path: file, external: true })) };
}

/** Bundles in memory: output path -> content. */
export async function bundles(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, { entry, target, plugins = [] }] of Object.entries(ENTRIES)) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      target,
      format: 'esm',
      write: false,
      legalComments: 'none',
      sourcemap: false,
      // Some CommonJS dependencies call require(); give the ESM bundle one.
      banner: { js: "import { createRequire as __podarmorCreateRequire } from 'node:module';\nconst require = __podarmorCreateRequire(import.meta.url);" },
      logLevel: 'silent',
      plugins,
    });
    out.set(path, result.outputFiles[0]!.text);
  }
  return out;
}
