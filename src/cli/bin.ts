#!/usr/bin/env node
// Entry point of the `podarmor` command; all logic is in main.ts. The compile cache keeps compiled
// (type-stripped) modules between runs: without it, loading the code is most of a small scan.
// Node 20 has no compile cache: a namespace import lets the bundled CLI start there all the same.
import * as nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// A scan keeps a few objects for its whole run (context objects, findings) and lets the trees of
// each batch of documents die young. V8's allocation-site pretenuring learns from the first that
// objects made at the parser's sites survive, and then allocates every later tree straight into
// the old generation, where it stays until a full collection: the heap grows to several times
// what is live. The flag is read at each collection, so setting it here takes effect.
setFlagsFromString('--no-allocation-site-pretenuring');
import('./entry.ts')
  .then(({ main, processIo }) => main(process.argv.slice(2), processIo()))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`podarmor: internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 3;
    },
  );
