// `npm run bench`: how fast the built tool is, measured against the floor it stands on, in one
// run on one machine on the same files. It makes its own inputs in .bench/ (a 100,000-row xlsx and
// a 1,000,000-row CSV of nominees for the default campaign, plus a 100,000-row CSV) and prints one
// Markdown table: the tool beside exceljs's streaming reader, csv-parse, json-rules-engine and a
// bare `node`, each as a ratio with its target. It is a script, not a test: timings on a shared
// machine are for people to read, never for CI to assert.
//
// Options: --scale=0.1 shrinks every generated input (a quick look); --keep reuses inputs that
// exist even if the generator changed. Figures also go to .bench/results.json and .bench/results.md.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCsv, writeXlsx } from './bench/generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '.bench');
const BIN = path.join(ROOT, 'bin', 'eligibility.js');
const RSS = path.join(ROOT, 'scripts', 'bench', 'rss.mjs');
const CAMPAIGN = path.join(ROOT, 'rules', 'lai-chau-2020');
const FIXTURES = path.join(ROOT, 'fixtures', 'lai-chau-2020');
const SEED = 20200316; // the plan's date

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const scale = Number(arg('scale') ?? 1);
const keep = process.argv.includes('--keep');
const rows = {
  xlsx: Math.round(100_000 * scale),
  csv: Math.round(1_000_000 * scale),
  csvSmall: Math.round(100_000 * scale),
};

const log = (text) => process.stderr.write(`${text}\n`);
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Inputs

/** Inputs are made again only when the generator or the sizes change. */
function stamp() {
  const source = readFileSync(path.join(ROOT, 'scripts', 'bench', 'generate.mjs'));
  return createHash('sha256')
    .update(source)
    .update(JSON.stringify({ rows, SEED }))
    .digest('hex')
    .slice(0, 16);
}

async function inputs() {
  mkdirSync(OUT, { recursive: true });
  const files = {
    xlsx: path.join(OUT, `nominees-${rows.xlsx}.xlsx`),
    csv: path.join(OUT, `nominees-${rows.csv}.csv`),
    csvSmall: path.join(OUT, `nominees-${rows.csvSmall}.csv`),
  };
  const stampFile = path.join(OUT, 'inputs.stamp');
  const current = stamp();
  const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === current;
  for (const [key, file] of Object.entries(files)) {
    if (existsSync(file) && (fresh || keep)) continue;
    const t = Date.now();
    if (key === 'xlsx') await writeXlsx(file, rows.xlsx, SEED, CAMPAIGN);
    else await writeCsv(file, rows[key], SEED, CAMPAIGN);
    log(
      `made ${path.relative(ROOT, file)} (${mb(statSync(file).size)}) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  writeFileSync(stampFile, current);
  return files;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * Run a command in a child process with stdout discarded; wall time from spawn to exit, and the
 * child's own peak RSS (scripts/bench/rss.mjs writes it on exit). `stdout: 'capture'` keeps it.
 */
function measure(args, { stdout = 'ignore' } = {}) {
  const rssFile = path.join(
    tmpdir(),
    `eligibility-bench-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', RSS, ...args], {
      cwd: ROOT,
      stdio: ['ignore', stdout === 'capture' ? 'pipe' : 'ignore', 'pipe'],
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
      rmSync(rssFile, { force: true });
      // exit 1 is a check that found something, which a generated list always does
      if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited ${code}\n${err}`));
      else resolve({ seconds, rss, stdout: out, code });
    });
  });
}

/** The faster of `times` runs of each, alternated so a busy spell hits both alike. */
async function pair(times, a, b) {
  let best = [null, null];
  for (let i = 0; i < times; i++) {
    const runs = [await measure(...a), await measure(...b)];
    best = best.map((prev, k) => (prev === null || runs[k].seconds < prev.seconds ? runs[k] : prev));
  }
  return best;
}

/** Median wall time of short commands, alternated run by run. */
async function startup(times, commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < times; i++) {
    for (const [k, c] of commands.entries()) samples[k].push((await measure(c)).seconds);
  }
  return samples.map((s) => s.sort((x, y) => x - y)[Math.floor(s.length / 2)]);
}

/** What `check` can write that costs least to produce: ndjson when the build has it. */
function checkFormat() {
  const help = spawnSync(process.execPath, [BIN, 'check', '--help'], { encoding: 'utf8' }).stdout;
  return /\bndjson\b/.test(help) ? 'ndjson' : 'json';
}

// ---------------------------------------------------------------------------------------------
// Report

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const s = (seconds) => `${seconds < 1 ? seconds.toFixed(3) : seconds.toFixed(2)} s`;
const n = (x) => Math.round(x).toLocaleString('en-US');
const ratio = (x) => `${x.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : '**missed**');

function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores (nproc), Node ${process.version}, ${process.platform} ${process.arch}`;
}

// ---------------------------------------------------------------------------------------------

const files = await inputs();
const format = checkFormat();
// the reader's default bounds are meant for one unit's submission; the bench's lists are far larger
const LIMITS = ['--max-rows', '100000000', '--max-cells', '1000000000', '--max-inflated-mb', '100000'];
const check = (file) => [BIN, 'check', file, '--format', format, ...LIMITS];
log(`check writes --format ${format} to /dev/null`);

log('xlsx: exceljs streaming reader, then check …');
const [xlsxFloor, xlsxCheck] = await pair(
  2,
  [[path.join(ROOT, 'scripts', 'bench', 'read-xlsx.mjs'), files.xlsx], { stdout: 'capture' }],
  [check(files.xlsx)],
);

log('csv: csv-parse alone, then check …');
const [csvFloor, csvCheck] = await pair(
  1,
  [[path.join(ROOT, 'scripts', 'bench', 'read-csv.mjs'), files.csv], { stdout: 'capture' }],
  [check(files.csv)],
);

log('memory: check on the smaller csv …');
const csvSmallCheck = await measure(check(files.csvSmall));

log('engine: the tool’s engine and json-rules-engine on the same nominees …');
const engineRun = await measure(
  [
    path.join(ROOT, 'scripts', 'bench', 'engine.mjs'),
    files.csvSmall,
    String(Math.min(20_000, rows.csvSmall)),
  ],
  {
    stdout: 'capture',
  },
);
const engine = JSON.parse(engineRun.stdout.trim().split('\n').pop());

log('start-up: --version, check on the sample …');
const small = path.join(FIXTURES, 'nominees.xlsx');
const [node0, version, exceljs, smallCheck] = await startup(15, [
  ['-e', '0'],
  [BIN, '--version'],
  ['-e', "import('exceljs')"],
  [BIN, 'check', small, '--format', format],
]);

const ours = engine.engine.perSecond;
const theirs = engine.peer.perSecond;
const rssFlat = csvCheck.rss / csvSmallCheck.rss;
const lines = [
  `| measure | eligibility | floor / peer | ratio | target | |`,
  `|---|---|---|---|---|---|`,
  `| xlsx, ${n(rows.xlsx)} rows (${mb(statSync(files.xlsx).size)}): \`check\` vs exceljs streaming reader | ${s(xlsxCheck.seconds)} | ${s(xlsxFloor.seconds)} (${n(Number(xlsxFloor.stdout))} rows) | ${ratio(xlsxCheck.seconds / xlsxFloor.seconds)} | ≤ 1.3× | ${verdict(xlsxCheck.seconds / xlsxFloor.seconds <= 1.3)} |`,
  `| csv, ${n(rows.csv)} rows (${mb(statSync(files.csv).size)}): \`check\` vs csv-parse (arrays) | ${s(csvCheck.seconds)} | ${s(csvFloor.seconds)} (${n(Number(csvFloor.stdout))} records) | ${ratio(csvCheck.seconds / csvFloor.seconds)} | ≤ 1.5× | ${verdict(csvCheck.seconds / csvFloor.seconds <= 1.5)} |`,
  `| engine alone on the same ${n(engine.compared)} in-memory nominees, nominees/s vs json-rules-engine (${engine.agree} judged alike) | ${n(ours)}/s | ${n(theirs)}/s | ${ratio(ours / theirs)} | ≥ 50× | ${verdict(ours / theirs >= 50)} |`,
  `| peak RSS, \`check\` on ${n(rows.csv)} csv rows vs ${n(rows.csvSmall)} | ${mb(csvCheck.rss)} | ${mb(csvSmallCheck.rss)} | ${ratio(rssFlat)} | ≤ 300 MB, ≤ 1.5× | ${verdict(csvCheck.rss <= 300 * 1024 * 1024 && rssFlat <= 1.5)} |`,
  `| \`eligibility --version\` vs \`node -e 0\` (median of 15) | ${s(version)} | ${s(node0)} | ${ratio(version / node0)} | ≤ 1.5× | ${verdict(version / node0 <= 1.5)} |`,
  `| \`check\` on the sample xlsx (40 nominees) vs \`node -e "import('exceljs')"\` (median of 15) | ${s(smallCheck)} | ${s(exceljs)} | ${ratio(smallCheck / exceljs)} | ≤ 1.5× | ${verdict(smallCheck / exceljs <= 1.5)} |`,
  '',
  `Peak RSS of the floors: exceljs streaming reader ${mb(xlsxFloor.rss)}, \`check\` on the xlsx ${mb(xlsxCheck.rss)}; csv-parse ${mb(csvFloor.rss)}. \`check\` wrote \`--format ${format}\` to /dev/null.`,
  `Machine: ${machine()}. Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
];
const table = lines.join('\n');
console.log(table);
writeFileSync(path.join(OUT, 'results.md'), `${table}\n`);
writeFileSync(
  path.join(OUT, 'results.json'),
  `${JSON.stringify({ rows, format, xlsxFloor, xlsxCheck, csvFloor, csvCheck, csvSmallCheck, engine, startup: { node0, version, exceljs, smallCheck }, machine: machine() }, (k, v) => (k === 'stdout' ? undefined : v), 2)}\n`,
);
