// Preloaded (`node --import`) into every process the benchmark times: writes the process's peak
// resident set size (KiB) to $PODARMOR_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.PODARMOR_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
