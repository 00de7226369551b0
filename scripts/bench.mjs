// `npm run bench`: how fast the built tool is, measured against the floor it stands on, in one
// run on one machine on the same files. It makes its own inputs in .bench/ (a 100,000-row xlsx,
// a 1,000,000-row CSV of nominees for the default campaign, a 100,000-row CSV, and a 300,000-row
// messy CSV, finding-heavy and duplicate-heavy) and prints one Markdown table: the tool beside
// exceljs's streaming reader, csv-parse, json-rules-engine and a bare `node`, each as a ratio
// with its target, and its peak memory in each format that is written as the check goes (junit and
// github on the messy list only). It is a script, not a test: timings on a shared machine are for
// people to read, never for CI to assert.
//
// Options: --scale=0.1 shrinks every generated input (a quick look); --keep reuses inputs that
// exist even if the generator changed. Figures also go to .bench/results.json and .bench/results.md.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
  messy: Math.round(300_000 * scale),
};
/** Runs of each timed pair; the table gives the median of each side. */
const TIMES = 3;
/** Runs of each start-up command. */
const STARTS = 15;
/** The formats written as the check goes, each measured for peak memory on the large lists. */
const FORMATS = ['ndjson', 'json', 'csv', 'xlsx'];
/**
 * Written as the check goes too, measured on the messy list only: on the million rows they would
 * add some two minutes to the bench, on the messy list under one, and the messy list, with a
 * D-DUP and a finding a row, is where their memory could grow.
 */
const MESSY_FORMATS = FORMATS.concat('junit', 'github');
const formatsOf = { csv: FORMATS, messy: MESSY_FORMATS };
const RSS_TARGET = 400 * 1024 * 1024;

const log = (text) => process.stderr.write(`${text}\n`);
const started = Date.now();
const loadAtStart = loadavg();

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
    messy: path.join(OUT, `nominees-messy-${rows.messy}.csv`),
  };
  const stampFile = path.join(OUT, 'inputs.stamp');
  const current = stamp();
  const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === current;
  for (const [key, file] of Object.entries(files)) {
    if (existsSync(file) && (fresh || keep)) continue;
    const t = Date.now();
    if (key === 'xlsx') await writeXlsx(file, rows.xlsx, SEED, CAMPAIGN);
    else await writeCsv(file, rows[key], SEED, CAMPAIGN, { messy: key === 'messy' });
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
 * A run that ends in anything but 0 or 1 (a check that found something, which a generated list
 * always does) is not thrown: `failed` names how it ended, and the table says so.
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
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
      rmSync(rssFile, { force: true });
      const failed = code === 0 || code === 1 ? null : signal ? `killed by ${signal}` : `exit ${code}`;
      // each run as it ends, so a bench cut short still says what it measured
      log(
        `  ${s(seconds)}, ${mb(rss)}: ${args.map((a) => path.basename(a)).join(' ')}${failed ? ` (${failed})` : ''}`,
      );
      if (failed)
        log(
          `${args.slice(0, 3).join(' ')} … ended with ${failed}:\n${err.trim().split('\n').slice(-3).join('\n')}`,
        );
      resolve({ seconds, rss, stdout: out, code, failed });
    });
  });
}

/** The run of median wall time; a failed run counts as slowest, and the peak RSS is the highest. */
function median(runs) {
  const sorted = [...runs].sort((x, y) => (x.failed ? 1 : 0) - (y.failed ? 1 : 0) || x.seconds - y.seconds);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return {
    ...mid,
    rss: Math.max(...runs.map((r) => r.rss)),
    failed: runs.find((r) => r.failed)?.failed ?? null,
    all: runs.map((r) => r.seconds),
  };
}

/** `times` runs of each, alternated so a busy spell hits both alike; the median of each. */
async function pair(times, a, b) {
  const runs = [[], []];
  for (let i = 0; i < times; i++) {
    runs[0].push(await measure(...a));
    runs[1].push(await measure(...b));
  }
  return runs.map(median);
}

/** Median wall time of short commands, alternated run by run. */
async function startup(times, commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < times; i++) {
    for (const [k, c] of commands.entries()) samples[k].push((await measure(c)).seconds);
  }
  return samples.map((s) => s.sort((x, y) => x - y)[Math.floor(s.length / 2)]);
}

// ---------------------------------------------------------------------------------------------
// Report

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const s = (seconds) => `${seconds < 1 ? seconds.toFixed(3) : seconds.toFixed(2)} s`;
const n = (x) => Math.round(x).toLocaleString('en-US');
const ratio = (x) => `${x.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : '**missed**');
/** The tool's time, or how its run ended when it did not finish. */
const took = (run) => (run.failed ? `**${run.failed}** after ${s(run.seconds)}` : s(run.seconds));
const load = (l) => l.map((x) => x.toFixed(2)).join(', ');

function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores (nproc), Node ${process.version}, ${process.platform} ${process.arch}`;
}

// ---------------------------------------------------------------------------------------------

const files = await inputs();
// the reader's default bounds are meant for one unit's submission; the bench's lists are far larger
const LIMITS = ['--max-rows', '100000000', '--max-cells', '1000000000', '--max-inflated-mb', '100000'];
/** `check` writing `format` to stdout, which the bench discards (a workbook goes down the pipe). */
const check = (file, format = 'ndjson') => [
  BIN,
  'check',
  file,
  '--format',
  format,
  '--output',
  '-',
  ...LIMITS,
];
const csvParse = (file) => [
  [path.join(ROOT, 'scripts', 'bench', 'read-csv.mjs'), file],
  { stdout: 'capture' },
];

log(`xlsx: exceljs streaming reader, then check, ${TIMES} times …`);
const [xlsxFloor, xlsxCheck] = await pair(
  TIMES,
  [[path.join(ROOT, 'scripts', 'bench', 'read-xlsx.mjs'), files.xlsx], { stdout: 'capture' }],
  [check(files.xlsx)],
);

log(`csv: csv-parse alone, then check, ${TIMES} times …`);
const [csvFloor, csvCheck] = await pair(TIMES, csvParse(files.csv), [check(files.csv)]);

log(`messy csv: csv-parse alone, then check, ${TIMES} times …`);
const [messyFloor, messyCheck] = await pair(TIMES, csvParse(files.messy), [check(files.messy)]);

log('memory: check on the smaller csv …');
const csvSmallCheck = await measure(check(files.csvSmall));

// ndjson's figures come from the timed runs above; every other format is run once per list
const memory = { csv: { ndjson: csvCheck }, messy: { ndjson: messyCheck } };
for (const format of MESSY_FORMATS.filter((f) => f !== 'ndjson')) {
  for (const list of ['csv', 'messy']) {
    if (!formatsOf[list].includes(format)) continue;
    log(`memory: check --format ${format} on the ${list === 'csv' ? `${n(rows.csv)}-row` : 'messy'} csv …`);
    memory[list][format] = await measure(check(files[list], format));
  }
}

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
const [node0, version, exceljs, smallCheck] = await startup(STARTS, [
  ['-e', '0'],
  [BIN, '--version'],
  ['-e', "import('exceljs')"],
  [BIN, 'check', small, '--format', 'ndjson'],
]);

const ours = engine.engine.perSecond;
const theirs = engine.peer.perSecond;
const rssFlat = csvCheck.rss / csvSmallCheck.rss;
/** A `check` against its floor: the ratio of the medians, met when at most `target`. */
const versus = (label, mine, floor, unit, target) => {
  const r = mine.seconds / floor.seconds;
  return `| ${label} | ${took(mine)} | ${s(floor.seconds)} (${n(Number(floor.stdout))} ${unit}) | ${ratio(r)} | ≤ ${target}× | ${verdict(!mine.failed && r <= target)} |`;
};
const memoryRow = (list, label) =>
  formatsOf[list].map((format) => {
    const run = memory[list][format];
    return `| peak RSS, \`check --format ${format}\` on ${label} | ${run.failed ? `**${run.failed}**` : mb(run.rss)} (${s(run.seconds)}) | | | ≤ 400 MB | ${verdict(!run.failed && run.rss <= RSS_TARGET)} |`;
  });
const lines = [
  `| measure | eligibility | floor / peer | ratio | target | |`,
  `|---|---|---|---|---|---|`,
  versus(
    `xlsx, ${n(rows.xlsx)} rows (${mb(statSync(files.xlsx).size)}): \`check\` vs exceljs streaming reader (median of ${TIMES})`,
    xlsxCheck,
    xlsxFloor,
    'rows',
    1.3,
  ),
  versus(
    `csv, ${n(rows.csv)} rows (${mb(statSync(files.csv).size)}): \`check\` vs csv-parse (arrays) (median of ${TIMES})`,
    csvCheck,
    csvFloor,
    'records',
    1.5,
  ),
  versus(
    `messy csv, ${n(rows.messy)} rows (${mb(statSync(files.messy).size)}), every individual with a collectives-only cell, most repeating a name and birth year: \`check\` vs csv-parse (arrays) (median of ${TIMES})`,
    messyCheck,
    messyFloor,
    'records',
    1.5,
  ),
  `| engine alone on the same ${n(engine.compared)} in-memory nominees, nominees/s vs json-rules-engine (${engine.agree} judged alike) | ${n(ours)}/s | ${n(theirs)}/s | ${ratio(ours / theirs)} | ≥ 50× | ${verdict(ours / theirs >= 50)} |`,
  ...memoryRow('csv', `${n(rows.csv)} csv rows`),
  ...memoryRow('messy', `the ${n(rows.messy)} messy csv rows`),
  `| peak RSS, \`check --format ndjson\` on ${n(rows.csv)} csv rows vs ${n(rows.csvSmall)} | ${mb(csvCheck.rss)} | ${mb(csvSmallCheck.rss)} | ${ratio(rssFlat)} | ≤ 1.5× | ${verdict(rssFlat <= 1.5)} |`,
  `| \`eligibility --version\` vs \`node -e 0\` (median of ${STARTS}) | ${s(version)} | ${s(node0)} | ${ratio(version / node0)} | ≤ 1.5× | ${verdict(version / node0 <= 1.5)} |`,
  `| \`check\` on the sample xlsx (40 nominees) vs \`node -e "import('exceljs')"\` (median of ${STARTS}) | ${s(smallCheck)} | ${s(exceljs)} | ${ratio(smallCheck / exceljs)} | ≤ 1.3× | ${verdict(smallCheck / exceljs <= 1.3)} |`,
  '',
  `Runs of each timed pair, tool then floor: xlsx ${xlsxCheck.all.map(s).join(', ')} / ${xlsxFloor.all.map(s).join(', ')}; csv ${csvCheck.all.map(s).join(', ')} / ${csvFloor.all.map(s).join(', ')}; messy csv ${messyCheck.all.map(s).join(', ')} / ${messyFloor.all.map(s).join(', ')}.`,
  `Peak RSS of the floors: exceljs streaming reader ${mb(xlsxFloor.rss)}, \`check\` on the xlsx ${mb(xlsxCheck.rss)}; csv-parse ${mb(csvFloor.rss)}. \`check\` wrote each format to stdout (\`--output -\`), discarded; the timed runs wrote ndjson.`,
  `Machine: ${machine()}. Load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end. Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
];
const table = lines.join('\n');
console.log(table);
writeFileSync(path.join(OUT, 'results.md'), `${table}\n`);
writeFileSync(
  path.join(OUT, 'results.json'),
  `${JSON.stringify(
    {
      rows,
      xlsxFloor,
      xlsxCheck,
      csvFloor,
      csvCheck,
      messyFloor,
      messyCheck,
      csvSmallCheck,
      memory,
      engine,
      startup: { node0, version, exceljs, smallCheck },
      machine: machine(),
    },
    (k, v) => (k === 'stdout' ? undefined : v),
    2,
  )}\n`,
);
