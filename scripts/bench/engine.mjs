// The engine alone, on nominees already in memory, against the same criteria written for
// json-rules-engine (peer.mjs). `node scripts/bench/engine.mjs FILE.csv [N]` reads the nominees
// with the tool's reader (not timed), judges the first N (20,000) with both engines, checks that
// every verdict and every rule result agree, and prints one JSON line: rows and seconds for each.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { peerEngine } from './peer.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);

const [
  { loadCampaignFrom },
  { buildCodeBook },
  { engineContext },
  { createEngine, activeTest },
  { categoryOf },
  read,
] = await Promise.all([
  dist('campaign/load.js'),
  dist('model/vocabulary.js'),
  dist('engine/context.js'),
  dist('engine/evaluate.js'),
  dist('model/categories.js'),
  dist('read/index.js'),
]);

const file = process.argv[2];
const peerRows = Number(process.argv[3] ?? 20_000);
const campaign = await loadCampaignFrom();
const book = buildCodeBook(campaign.vocabulary);
const { nominees } = await read.readNomineeFile(file, { campaign, book });

// both engines judge the same nominees: the first `peerRows` of the file
const sample = nominees.slice(0, peerRows);
const engine = createEngine(campaign, engineContext(campaign, book));
// warm up, then as many passes as fill a second, so a fast engine is not timed on noise
for (const n of sample) engine.judge(n);
let judged = 0;
let verdicts = 0;
const start = process.hrtime.bigint();
let seconds = 0;
do {
  for (const n of sample) if (engine.judge(n).verdict === 'eligible') verdicts++;
  judged += sample.length;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
} while (seconds < 1);

const peer = peerEngine(campaign, book, activeTest, categoryOf);
for (const n of sample.slice(0, 500)) await peer(n);
const peerStart = process.hrtime.bigint();
const peerResults = [];
for (const n of sample) peerResults.push(await peer(n));
const peerSeconds = Number(process.hrtime.bigint() - peerStart) / 1e9;

// the two must judge alike, or the comparison compares nothing
let agree = 0;
sample.forEach((n, i) => {
  const ours = engine.judge(n);
  const theirs = peerResults[i];
  const same =
    ours.verdict === theirs.verdict &&
    ours.rules.length === theirs.rules.length &&
    ours.rules.every((r, k) => r.id === theirs.rules[k].id && r.result === theirs.rules[k].result);
  if (same) agree++;
});

console.log(
  JSON.stringify({
    engine: { rows: judged, seconds, eligible: verdicts },
    peer: { rows: sample.length, seconds: peerSeconds },
    agree,
    compared: sample.length,
  }),
);
