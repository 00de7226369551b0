import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, runCheck } from '../../src/check.js';
import { progressLine } from '../../src/cli/progress.js';
import type { Judgement } from '../../src/engine/types.js';
import { type FailOn, fallsShort, shortfalls } from '../../src/fail-on.js';
import { renderCsv } from '../../src/report/csv.js';
import { type ReportDate, reportDate } from '../../src/report/date.js';
import { renderGithub } from '../../src/report/github.js';
import { reportFormat } from '../../src/report/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderNdjson } from '../../src/report/ndjson.js';
import { collected, type ReportWriter } from '../../src/report/stream.js';
import { renderXlsx } from '../../src/report/xlsx.js';
import { xlsxWriter } from '../../src/report/xlsx-writer.js';
import { run } from '../helpers/cli.js';
import { campaign } from '../helpers/nominee.js';
import { FIXTURES, generated } from './generated.js';

/**
 * A check that streams (judgements handed out as they are made, ndjson written nominee by
 * nominee) must give what the same check held in memory gives: the same judgements in the same
 * order, the same quota, findings, composition and tally, the same bytes.
 */
let list: ReturnType<typeof generated>;
let dir: string;
beforeAll(() => {
  list = generated(2500, 11);
  dir = mkdtempSync(path.join(tmpdir(), 'eligibility-stream-'));
});
afterAll(() => {
  list.remove();
  rmSync(dir, { recursive: true, force: true });
});

describe('runCheck streamed through onJudgement', () => {
  const inputs = () => [
    [list.csv],
    [path.join(FIXTURES, 'nominees.xlsx'), path.join(FIXTURES, 'nominees.csv'), list.csv],
  ];
  it.each([0, 1])('equals the check held in memory (inputs %i)', async (which) => {
    const files = inputs()[which] as string[];
    const held = await runCheck(files, { campaign });
    const streamed: Judgement[] = [];
    let progress = 0;
    const result = await runCheck(files, {
      campaign,
      onJudgement: (j) => streamed.push(j),
      onProgress: (n) => {
        progress = n;
      },
    });
    expect(result.judgements).toEqual([]);
    expect(streamed).toEqual(held.judgements);
    expect({ ...result, judgements: held.judgements }).toEqual(held);
    expect(progress).toBeGreaterThan(0);
    expect(held.judgements.length).toBeGreaterThan(2000);
    // the list repeats some nominees on purpose: duplicates across the stream are found
    expect(held.findings.some((f) => f.code === 'D-DUP')).toBe(true);
  });
});

describe('check --format ndjson written as it goes', () => {
  it('prints the bytes the rendered report has', async () => {
    const files = [path.join(FIXTURES, 'nominees.xlsx'), list.csv];
    const streamed = await run('check', ...files, '--format', 'ndjson');
    const rendered = renderNdjson(await runCheck(files, { campaign }), 'vi');
    expect(streamed.code).toBe(1);
    expect(streamed.stdout).toBe(rendered);
  });

  it('writes the same bytes to --output, and to the file of a several-format run', async () => {
    const single = path.join(dir, 'single.ndjson');
    const base = path.join(dir, 'several');
    const a = await run('check', list.csv, '--format', 'ndjson', '--output', single, '--lang', 'en');
    const b = await run('check', list.csv, '--format', 'ndjson,json', '--output', base, '--lang', 'en');
    expect([a.code, b.code]).toEqual([1, 1]);
    const streamed = readFileSync(single, 'utf8');
    expect(streamed).toBe(readFileSync(`${base}.ndjson`, 'utf8'));
    expect(streamed.split('\n').filter((l) => l.startsWith('{"type":"nominee"')).length).toBeGreaterThan(
      2000,
    );
  });
});

describe('check --format json and csv written as they go', () => {
  it('writes the bytes the rendered reports have, alone and together, to stdout and to files', async () => {
    const files = [path.join(FIXTURES, 'nominees.xlsx'), list.csv];
    const held = await runCheck(files, { campaign });
    const json = renderJson(held, 'en');
    const csv = renderCsv(held, 'en', ',');
    const out = await run('check', ...files, '--format', 'json', '--lang', 'en');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(json);
    const base = path.join(dir, 'both');
    const both = await run(
      'check',
      ...files,
      ...['--format', 'json,csv,ndjson', '--output', base, '--lang', 'en', '--csv-separator', ','],
    );
    expect(both.code).toBe(1);
    expect(readFileSync(`${base}.json`, 'utf8')).toBe(json);
    expect(readFileSync(`${base}.csv`, 'utf8')).toBe(csv);
    expect(readFileSync(`${base}.ndjson`, 'utf8')).toBe(renderNdjson(held, 'en'));
    expect(JSON.parse(json).nominees.length).toBeGreaterThan(2000);
  });

  /**
   * The workbook `check … --format formats` writes, beside the one rendered from a check held in
   * memory, both dated by the same SOURCE_DATE_EPOCH; the command's spools must be gone after.
   */
  async function workbooks(name: string, formats: string) {
    const files = [path.join(FIXTURES, 'nominees.xlsx'), list.csv];
    const file = path.join(dir, `${name}.xlsx`);
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1770334200';
    let made: { held: CheckResult; date: ReportDate; rendered: Buffer; streamed: Buffer };
    try {
      const out = await run('check', ...files, '--format', formats, '--output', file);
      expect(out.code).toBe(1);
      const held = await runCheck(files, { campaign });
      const date = reportDate('vi');
      const rendered = Buffer.from(await renderXlsx(held, 'vi', { date }));
      made = { held, date, rendered, streamed: readFileSync(file) };
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`eligibility-${process.pid}-`))).toEqual([]);
    return made;
  }

  // a run of the command, a check and a whole render of a 2,000-nominee workbook: over vitest's
  // 30 s on a 2-core machine busy with other work
  it('writes the workbook the rendered report is, removing what it put aside', async () => {
    const { held, date, rendered, streamed } = await workbooks('streamed', 'xlsx,markdown');
    expect(rendered.equals(streamed)).toBe(true);
    expect(readFileSync(path.join(dir, 'streamed.md'), 'utf8')).toBe(renderMarkdown(held, 'vi', { date }));
  }, 120_000);

  it('writes the workbook of a check that hands each D-DUP out with its nominee, as the rendered one', async () => {
    // xlsx alone: no format rendered whole, so the check keeps no D-DUP for the findings sheet
    const { held, rendered, streamed } = await workbooks('handed-out', 'xlsx');
    expect(held.findings.filter((f) => f.code === 'D-DUP').length).toBeGreaterThan(1);
    expect(rendered.equals(streamed)).toBe(true);
  }, 120_000);

  it('renders a list format beside the streamed ones from the judgements kept for it', async () => {
    const base = path.join(dir, 'mixed');
    const mixed = await run('check', list.csv, '--format', 'json,markdown', '--output', base);
    const held = await runCheck([list.csv], { campaign });
    expect(mixed.code).toBe(1);
    expect(readFileSync(`${base}.json`, 'utf8')).toBe(renderJson(held, 'vi'));
    const markdown = readFileSync(`${base}.md`, 'utf8');
    expect(markdown).toBe(renderMarkdown(held, 'vi', { date: reportDate('vi') }));
  });
});

describe('check --format junit and github written as they go', () => {
  const files = () => [path.join(FIXTURES, 'nominees.xlsx'), path.join(FIXTURES, 'nominees.csv'), list.csv];

  it('prints the annotations the rendered report has', async () => {
    const out = await run('check', ...files(), '--format', 'github');
    const held = await runCheck(files(), { campaign });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(renderGithub(held, 'vi'));
    expect(out.stdout.split('\n').filter((l) => l.startsWith('::error ')).length).toBeGreaterThan(100);
  });

  it('writes the bytes the rendered reports have to files, each file a suite, --fail-on kept', async () => {
    const base = path.join(dir, 'ci');
    const args = [
      '--format',
      'junit,github,ndjson',
      '--output',
      base,
      '--fail-on',
      'ineligible',
      '--lang',
      'en',
    ];
    const out = await run('check', ...files(), ...args);
    const held = await runCheck(files(), { campaign });
    expect(out.code).toBe(1);
    const junit = readFileSync(`${base}.xml`, 'utf8');
    expect(junit).toBe(renderJunit(held, { lang: 'en', failOn: ['ineligible'] }));
    expect(junit.match(/<testsuite /g)?.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(`${base}.log`, 'utf8')).toBe(renderGithub(held, 'en'));
    expect(readFileSync(`${base}.ndjson`, 'utf8')).toBe(renderNdjson(held, 'en'));
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`eligibility-${process.pid}-`))).toEqual([]);
  });
});

describe('progressLine', () => {
  const target = (isTTY: boolean | undefined) => {
    const written: string[] = [];
    return { written, write: (t: string) => written.push(t), isTTY };
  };

  it('is not drawn off a terminal, nor with --quiet', () => {
    expect(progressLine(target(undefined), { lang: 'en', quiet: false })).toBeUndefined();
    expect(progressLine(target(false), { lang: 'en', quiet: false })).toBeUndefined();
    expect(progressLine(target(true), { lang: 'en', quiet: true })).toBeUndefined();
  });

  it('says rows read and rows per second once a run takes a while, and clears itself', () => {
    let now = 0;
    const t = target(true);
    const line = progressLine(t, { lang: 'en', quiet: false, now: () => now });
    now = 500;
    line?.update(1000);
    expect(t.written).toEqual([]);
    now = 2000;
    line?.update(50_000);
    now = 2100;
    line?.update(52_000); // too soon to redraw
    now = 4000;
    line?.update(100_000);
    line?.done();
    expect(t.written).toEqual([
      '\rRead 50,000 rows (25,000 rows/s)…',
      '\rRead 100,000 rows (25,000 rows/s)…',
      `\r${' '.repeat('Read 100,000 rows (25,000 rows/s)…'.length)}\r`,
    ]);
  });

  it('speaks Vietnamese by default', () => {
    let now = 0;
    const t = target(true);
    const line = progressLine(t, { lang: 'vi', quiet: false, now: () => now });
    now = 2000;
    line?.update(3000);
    expect(t.written[0]).toBe('\rĐã đọc 3.000 dòng (1.500 dòng/giây)…');
  });
});

describe('D-DUP handed out with the judgements', () => {
  it('keeps none in the result, and counts them as the held check does', async () => {
    const held = await runCheck([list.csv], { campaign });
    const streamed: Judgement[] = [];
    const result = await runCheck([list.csv], {
      campaign,
      onJudgement: (j) => streamed.push(j),
      findingsWithJudgements: true,
    });
    const duplicates = held.findings.filter((f) => f.code === 'D-DUP');
    expect(duplicates.length).toBeGreaterThan(1);
    expect(result.findings).toEqual(held.findings.filter((f) => f.code !== 'D-DUP'));
    expect(streamed.flatMap((j) => (j.duplicate ? [j.duplicate] : []))).toEqual(duplicates);
    expect(result.streamedFindings).toEqual({ error: duplicates.length, warning: 0, info: 0 });
    expect(result.summary).toEqual(held.summary);
    expect(shortfalls(result)).toEqual(shortfalls(held));
  });

  it('puts a handed-out D-DUP after the reader’s finding on its row in the workbook, as the held check does', async () => {
    // an individual, then the same one again with a count of the disciplined, which only a collective has
    const lines = readFileSync(list.csv, 'utf8').split('\n');
    const header = lines.slice(0, 5);
    const individual = lines.slice(5).find((l) => /^\d+,(cá|ca) nh/i.test(l)) ?? '';
    const repeated = individual.replace(/,[^,]*$/, ',3');
    const file = path.join(dir, 'repeated.csv');
    writeFileSync(file, `${header.concat(individual, repeated).join('\n')}\n`);
    const held = await runCheck([file], { campaign });
    const onRepeat = held.findings.filter((f) => f.row === 7).map((f) => f.code);
    expect(onRepeat).toEqual(['W-COLUMN-NOT-APPLICABLE', 'D-DUP']);

    const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' });
    const out = collected();
    const writer = xlsxWriter(campaign, 'vi', out.write, { date });
    const result = await runCheck([file], {
      campaign,
      onJudgement: (j) => writer.nominee(j),
      findingsWithJudgements: true,
    });
    expect(result.findings.some((f) => f.code === 'D-DUP')).toBe(false);
    await writer.finish(result);
    expect(Buffer.from(out.bytes()).equals(Buffer.from(await renderXlsx(held, 'vi', { date })))).toBe(true);
  });

  it.each(['junit', 'github'] as const)(
    'puts a handed-out D-DUP after the reader’s finding on its row in the %s report, as the held check does',
    async (format) => {
      const lines = readFileSync(list.csv, 'utf8').split('\n');
      const individual = lines.slice(5).find((l) => /^\d+,(cá|ca) nh/i.test(l)) ?? '';
      const file = path.join(dir, `repeated-${format}.csv`);
      const rows = lines.slice(0, 5).concat(individual, individual.replace(/,[^,]*$/, ',3'));
      writeFileSync(file, `${rows.join('\n')}\n`);
      // with --fail-on warning the reader's finding fails its case, the D-DUP's too
      const options = { failOn: ['warning', 'error'] as FailOn[] };
      const held = await runCheck([file], { campaign });
      expect(held.findings.filter((f) => f.row === 7).map((f) => f.code)).toEqual([
        'W-COLUMN-NOT-APPLICABLE',
        'D-DUP',
      ]);
      const out = collected();
      const writer = await (reportFormat(format).writer?.(
        campaign,
        'vi',
        out.write,
        options,
      ) as Promise<ReportWriter>);
      expect(writer.findingsWithNominees).toBe(true);
      const result = await runCheck([file], {
        campaign,
        onFiles: (files) => writer.begin?.(files),
        onJudgement: (j) => writer.nominee(j),
        findingsWithJudgements: true,
      });
      expect(result.findings.some((f) => f.code === 'D-DUP')).toBe(false);
      await writer.finish(result);
      expect(out.text()).toBe(await reportFormat(format).render(held, 'vi', options));
      expect(out.text()).toContain('D-DUP');
    },
  );

  it('still fails a run on error when a D-DUP is the only error', () => {
    const clean = { summary: { ineligible: 0, review: 0 }, quota: [], findings: [] } as never;
    expect(fallsShort(clean, ['error'])).toBe(false);
    const streamed = { ...(clean as object), streamedFindings: { error: 1, warning: 0, info: 0 } } as never;
    expect(fallsShort(streamed, ['error'])).toBe(true);
    expect(fallsShort(streamed, ['warning'])).toBe(false);
  });
});

describe('check --format ndjson with repeated rows', () => {
  it('writes each D-DUP line right after its nominee, with the bytes of the rendered report', async () => {
    const out = await run('check', list.csv, '--format', 'ndjson');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(renderNdjson(await runCheck([list.csv], { campaign }), 'vi'));
    const records = out.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; code?: string; row: number });
    const duplicates = records.flatMap((r, i) => (r.code === 'D-DUP' ? [i] : []));
    expect(duplicates.length).toBeGreaterThan(1);
    for (const i of duplicates) {
      expect(records[i - 1]).toMatchObject({ type: 'nominee', row: records[i]?.row });
    }
    const summary = records.at(-1) as unknown as { errors: number };
    expect(summary.errors).toBeGreaterThanOrEqual(duplicates.length);
  });
});
