// Preloaded (`node --import`) into every process the benchmark times: writes the process's peak
// resident set size (KiB) to $PODARMOR_BENCH_RSS_FILE when it exits. Plain JavaScript: as a `.ts`
// file it made every timed process load Node's type stripper first, about 60 ms that users never
// pay, a third of a small scan.
import { writeFileSync } from 'node:fs';

const target = process.env.PODARMOR_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
