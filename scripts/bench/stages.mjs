// Where the main thread's time goes on a CSV, stage by stage, without the noise of a whole run:
// the file is parsed first (not timed), then its rows are read into nominees, judged, given
// their rule messages and written as ndjson lines, each stage timed on top of the ones before
// (best of four, in one process, no worker). Run `npm run build` first.
// `node scripts/bench/stages.mjs [FILE.csv] [DIST]`: FILE defaults to the bench's 100,000-row list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = process.argv[2] ?? path.join(ROOT, '.bench', 'nominees-100000.csv');
// another build (a copy of `dist` from before a change) can be timed the same way
const dist = path.resolve(process.argv[3] ?? path.join(ROOT, 'dist'));
const load = (module) => import(path.join(dist, module));

const { loadCampaign } = await load('campaign/load.js');
const { buildCodeBook } = await load('model/vocabulary.js');
const { readTools, readSheet } = await load('read/sheet.js');
const { createEngine } = await load('engine/evaluate.js');
const { engineContext } = await load('engine/context.js');
const { renderRuleMessage } = await load('engine/render.js');
const { ndjsonWriter } = await load('report/ndjson.js');

const campaign = loadCampaign();
const book = buildCodeBook(campaign.vocabulary);
const engine = createEngine(campaign, engineContext(campaign, book));
const records = parse(readFileSync(file), { bom: true, relax_column_count: true });
const rows = records.map((cells, i) => ({ number: i + 1, cells: cells.map((v) => (v === '' ? null : v)) }));

async function time(stage) {
  const tools = readTools(path.basename(file), campaign, book);
  let out = 0;
  const writer = ndjsonWriter(campaign, 'vi', (chunk) => {
    out += chunk.length;
  });
  const onNominee = (nominee) => {
    if (stage === 'read') return;
    const judgement = engine.judge(nominee);
    if (stage === 'judge') return;
    if (stage === 'messages') {
      for (const rule of judgement.rules) out += renderRuleMessage(rule, 'vi', campaign).length;
      return;
    }
    writer.nominee(judgement);
  };
  const source = {
    name: '',
    rows: (async function* () {
      yield* rows;
    })(),
  };
  const start = performance.now();
  await readSheet(source, { kind: 'mixed' }, tools, { emptyAllowed: false, onNominee });
  return { ms: performance.now() - start, out };
}

console.log(`${rows.length.toLocaleString('en')} rows of ${path.basename(file)}, best of 4, cumulative`);
let before = 0;
for (const stage of ['read', 'judge', 'messages', 'ndjson']) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 4; i++) best = Math.min(best, (await time(stage)).ms);
  const label = {
    read: 'rows read into nominees',
    judge: '+ judged',
    messages: '+ rule messages',
    ndjson: '+ ndjson lines (instead of messages alone)',
  }[stage];
  console.log(
    `${label.padEnd(44)} ${best.toFixed(0).padStart(6)} ms  (${stage === 'read' ? '' : '+'}${(best - before).toFixed(0)})`,
  );
  if (stage !== 'messages') before = best;
}
