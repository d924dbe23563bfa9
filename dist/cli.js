#!/usr/bin/env node
import { createRequire as __podarmorCreateRequire } from 'node:module';
const require = __podarmorCreateRequire(import.meta.url);

// src/cli/bin.ts
import * as nodeModule from "node:module";
import { setFlagsFromString } from "node:v8";
nodeModule.enableCompileCache?.();
setFlagsFromString("--no-allocation-site-pretenuring");
import("./cli-main.js").then(({ main, processIo }) => main(process.argv.slice(2), processIo())).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`podarmor: internal error: ${err.stack ?? String(err)}
`);
    process.exitCode = 3;
  }
);
