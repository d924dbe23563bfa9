// Entry point of the GitHub Action (bundled into dist/index.js). No logic here: see main.ts.
import { run } from './main.ts';

await run();
