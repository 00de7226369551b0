// Preloaded (`node --import`) into every process the bench measures: on exit, its peak resident
// memory goes to the file BENCH_RSS_FILE names, so a child reports its own figure the same way
// whether it is the tool or a bare parser.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kilobytes
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
