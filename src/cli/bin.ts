#!/usr/bin/env node
// Entry point of the `podarmor` command; all logic is in main.ts. The compile cache keeps compiled
// (type-stripped) modules between runs: without it, loading the code is most of a small scan.
// Node 20 has no compile cache: a namespace import lets the bundled CLI start there all the same.
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
Promise.all([import('./main.ts'), import('./options.ts')])
  .then(([{ main }, { processIo }]) => main(process.argv.slice(2), processIo()))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`podarmor: internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 3;
    },
  );
