// What bin.ts loads once the compile cache is on. In dist/ this is a file of its own
// (dist/cli-main.js), so that the cache keeps its compiled code between runs: compiled in the same
// file as bin.ts, it would be compiled before the cache is turned on, on every run.
export { main } from './main.ts';
export { processIo } from './options.ts';
