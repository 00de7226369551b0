import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import type { Judgement } from '../../src/engine/types.js';
import { reportDate } from '../../src/report/date.js';
import { type FormatName, type RenderOptions, reportFormat } from '../../src/report/index.js';
import { collected, type ReportWriter } from '../../src/report/stream.js';
import { FILL, NOTED_ROWS, SHEETS, type XlsxOptions } from '../../src/report/xlsx.js';
import { xlsxWriter } from '../../src/report/xlsx-writer.js';
import { loadWorkbook } from '../helpers/workbook.js';
import { collectivesOnlyResult, sampleResult } from './sample.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Every format with a writer gives, written nominee by nominee as a streamed check hands them
 * out (the result it finishes with holds none), the bytes its whole render gives.
 */
async function streamed(
  format: FormatName,
  result: CheckResult,
  options: RenderOptions = {},
  xlsx: XlsxOptions = {},
) {
  const out = collected();
  const make = reportFormat(format).writer;
  if (!make) throw new Error(`${format} has no writer`);
  const writer =
    format === 'xlsx'
      ? xlsxWriter(result.campaign, 'vi', out.write, { ...options, ...xlsx })
      : await make(result.campaign, 'vi', out.write, options);
  writer.begin?.(result);
  for (const j of result.judgements) writer.nominee(j);
  await writer.finish({ ...result, judgements: [] });
  return out.bytes();
}

async function whole(format: FormatName, result: CheckResult, options: RenderOptions = {}) {
  const data = await reportFormat(format).render(result, 'vi', options);
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
}

const sample = sampleResult();

/**
 * The sample's nominees `times` over, in the order a check hands them out: every nominee of a
 * file before the next file's (junit's writer reads each file's cases back in turn).
 */
function repeated(times: number): Judgement[] {
  return sample.files.flatMap((file) =>
    Array.from({ length: times }, () => sample.judgements.filter((j) => j.nominee.file === file)).flat(),
  );
}
const results: [string, CheckResult][] = [
  ['the hand-built sample', sample],
  ['collectives only', collectivesOnlyResult()],
  ['no nominee', { ...sample, judgements: [], findings: [] }],
  ['limited to units (--unit)', { ...sample, units: ['phong-tho'] }],
  // annotations and test cases name a file by the path the user gave, not by the report's name
  [
    'files given by paths',
    { ...sample, paths: ['submissions/phong-tho.xlsx', 'submissions/tong-hop/tong-hop.xlsx'] },
  ],
  // more nominees than one chunk or batch holds, so the pieces meet at their seams
  ['fifteen hundred nominees', { ...sample, judgements: repeated(300) }],
];

// one date for both renders: the workbook is dated
const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' });

describe.each(['json', 'csv', 'ndjson', 'xlsx', 'junit', 'github'] as const)(
  '%s written as it goes',
  (format) => {
    it.each(results)('gives the bytes of the whole render: %s', async (_, result) => {
      const bytes = await streamed(format, result, { date });
      expect(bytes.length).toBeGreaterThan(0);
      expect(Buffer.from(bytes).equals(await whole(format, result, { date }))).toBe(true);
    });
  },
);

describe('csv written as it goes', () => {
  it('keeps the separator asked for', async () => {
    const options: RenderOptions = { csvSeparator: '\t' };
    const bytes = await streamed('csv', sample, options);
    expect(Buffer.from(bytes).toString('utf8')).toContain('\t');
    expect(Buffer.from(bytes).equals(await whole('csv', sample, options))).toBe(true);
  });
});

describe('junit written as it goes', () => {
  it('fails and skips the cases --fail-on says, as the whole render does', async () => {
    const options: RenderOptions = { failOn: ['ineligible'] };
    const bytes = Buffer.from(await streamed('junit', sample, options));
    expect(bytes.equals(await whole('junit', sample, options))).toBe(true);
    expect(bytes.equals(await whole('junit', sample))).toBe(false);
  });

  /** A junit writer whose output goes nowhere, to drive by hand. */
  const junitWriter = () =>
    reportFormat('junit').writer?.(sample.campaign, 'vi', () => {}) as Promise<ReportWriter>;

  it('refuses a nominee of a file whose cases it has passed, rather than misplace it', async () => {
    const writer = await junitWriter();
    writer.begin?.(sample);
    const [first, second] = sample.files.map(
      (file) => sample.judgements.find((j) => j.nominee.file === file) as Judgement,
    );
    writer.nominee(second as Judgement);
    expect(() => writer.nominee(first as Judgement)).toThrow(/phong-tho.xlsx/);
    writer.abort?.();
  });

  it('leaves nothing put aside on disk, finished or abandoned', async () => {
    const many = { ...sample, judgements: repeated(40) };
    const spools = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`eligibility-${process.pid}-`));
    await streamed('junit', many);
    expect(spools()).toEqual([]);
    const writer = await junitWriter();
    writer.begin?.(many);
    for (const j of many.judgements) writer.nominee(j);
    expect(spools().length).toBeGreaterThan(0);
    writer.abort?.();
    expect(spools()).toEqual([]);
  });
});

describe.each(['junit', 'github'] as const)('%s written as it goes', (format) => {
  it('is told the files before the first nominee, whose lines name a file by its path', async () => {
    const writer = await (reportFormat(format).writer?.(
      sample.campaign,
      'vi',
      () => {},
    ) as Promise<ReportWriter>);
    const first = sample.judgements.find((j) => j.verdict !== 'eligible') as Judgement;
    expect(() => writer.nominee(first)).toThrow(/begin/);
  });
});

describe('xlsx written as it goes', () => {
  const many = { ...sample, judgements: Array.from({ length: 40 }, () => sample.judgements).flat() };
  const individuals = many.judgements.filter((j) => j.nominee.kind === 'individual').length;
  const notes = (ws: ExcelJS.Worksheet) => {
    const rows: number[] = [];
    ws.eachRow((row, n) => {
      row.eachCell((cell) => {
        if (cell.note !== undefined && !rows.includes(n)) rows.push(n);
      });
    });
    return rows;
  };
  const reds = (ws: ExcelJS.Worksheet) => {
    let count = 0;
    ws.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (n > 1 && c > 2 && fill?.fgColor?.argb === FILL.red) count++;
      });
    });
    return count;
  };

  it('gives cells notes on the first rows of each list only, keeps every colour and says so on the summary', async () => {
    const capped = await loadWorkbook(await streamed('xlsx', many, { date }, { notedRows: 30 }));
    const full = await loadWorkbook(await whole('xlsx', many, { date }));
    const list = capped.getWorksheet(SHEETS.individual) as ExcelJS.Worksheet;
    const all = full.getWorksheet(SHEETS.individual) as ExcelJS.Worksheet;
    expect(individuals).toBeGreaterThan(100);
    // notes on rows 2..31 (the header is row 1), on every row with one in the full workbook
    expect(notes(all).length).toBeGreaterThan(30);
    expect(notes(list)).toEqual(notes(all).filter((n) => n <= 31));
    expect(reds(list)).toBe(reds(all));
    const said = (book: ExcelJS.Workbook) => {
      const lines: string[] = [];
      book.getWorksheet(SHEETS.summary)?.eachRow((row) => {
        lines.push(String(row.getCell(1).value ?? ''));
      });
      return lines.filter((l) => l.startsWith('Ghi chú trên ô'));
    };
    expect(said(capped)).toEqual([
      `Ghi chú trên ô chỉ có ở 30 dòng đầu của mỗi danh sách (Tập thể: 40; Cá nhân: ${individuals} dòng); các dòng sau vẫn tô màu ô và ghi lý do ở cột "Lý do".`,
    ]);
    expect(said(full)).toEqual([]);
  });

  it('notes the first 10,000 rows of each list, as the README says', () => {
    expect(NOTED_ROWS).toBe(10_000);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('10,000 rows of each list');
  });

  it('leaves nothing put aside on disk, finished or abandoned', async () => {
    const spools = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`eligibility-${process.pid}-`));
    await streamed('xlsx', many, { date });
    const writer = xlsxWriter(sample.campaign, 'vi', () => {});
    for (const j of many.judgements) writer.nominee(j);
    expect(spools().length).toBeGreaterThan(0);
    writer.abort?.();
    expect(spools()).toEqual([]);
  });
});
