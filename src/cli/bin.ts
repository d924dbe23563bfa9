#!/usr/bin/env node
// Entry point of the `podarmor` command; all logic is in main.ts.
import { main } from './main.ts';
import { processIo } from './options.ts';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`podarmor: internal error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 3;
  },
);
