// Summarise a .cpuprofile: self time by function and by file, to see where a run spends its time.
// `node scripts/bench/profile-top.mjs FILE.cpuprofile [N]`
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 25);
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => {
  counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0));
});
const byFile = new Map();
let total = 0;
for (const [id, us] of counts) {
  const n = byId.get(id);
  const f = n.callFrame;
  const file = f.url.replace(/^.*\/(node_modules\/[^/]+|dist|src)\//, '$1/') || '(native)';
  const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  total += us;
}
const show = (map) => {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, us] of rows) {
    console.log(
      `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`,
    );
  }
};
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by function`);
show(self);
console.log('-- by file');
show(byFile);
