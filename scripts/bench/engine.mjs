// The engine alone, on nominees already in memory, against the same criteria written for
// json-rules-engine (peer.mjs). `node scripts/bench/engine.mjs FILE.csv [N]` reads the nominees
// with the tool's reader (not timed), judges the first N (20,000) with both engines, checks that
// every verdict and every rule result agree, and prints one JSON line: rows and best rate of each.
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
const peer = peerEngine(campaign, book, activeTest, categoryOf);
for (const n of sample) engine.judge(n);
for (const n of sample.slice(0, 500)) await peer(n);

// Rounds that alternate the two engines, each rate the best of its rounds: a machine others share
// slows a round now and then, and the best round is the nearest to what the code costs.
const ROUNDS = 4;
const slice = Math.ceil(sample.length / ROUNDS);
let best = 0;
let bestPeer = 0;
let judged = 0;
let verdicts = 0;
const peerResults = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = process.hrtime.bigint();
  let rows = 0;
  let seconds = 0;
  do {
    for (const n of sample) if (engine.judge(n).verdict === 'eligible') verdicts++;
    rows += sample.length;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } while (seconds < 0.5);
  judged += rows;
  best = Math.max(best, rows / seconds);

  const part = sample.slice(round * slice, (round + 1) * slice);
  const peerStart = process.hrtime.bigint();
  for (const n of part) peerResults.push(await peer(n));
  bestPeer = Math.max(bestPeer, part.length / (Number(process.hrtime.bigint() - peerStart) / 1e9));
}

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
    engine: { rows: judged, perSecond: best, eligible: verdicts },
    peer: { rows: sample.length, perSecond: bestPeer },
    agree,
    compared: sample.length,
  }),
);
