import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { categoryRows, tablePosition } from '../../src/campaign/allocations.js';
import { CampaignError, loadCampaign, loadCampaignFrom } from '../../src/campaign/load.js';
import { checkPlan } from '../../src/checks/plan.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { copyDefaultCampaign, editJson, removeTempDirs } from './copy.js';

afterAll(removeTempDirs);

const reference = loadCampaign();
const HEADERS = [
  'TT',
  'Đơn vị',
  'Tổng số',
  'Tập thể',
  'Cá nhân',
  'Tập thể khối HCSN',
  'Tập thể khối SXKD',
  'Cá nhân khối HCSN',
  'Cá nhân khối SXKD',
];
const FIELDS = [
  'total',
  'collective',
  'individual',
  'collective-HCSN',
  'collective-SXKD',
  'individual-HCSN',
  'individual-SXKD',
] as const;

interface SheetOptions {
  /** Replace the number in one column of the total row (by field). */
  totalRow?: Partial<Record<(typeof FIELDS)[number], number>>;
  unitName?: (name: string, index: number) => string;
  headers?: string[];
}

/**
 * The table as staff keep it in Excel: the plan's title above, Vietnamese headers, units by name,
 * a `Tổng số` row of SUM formulas and a note below.
 */
async function writeWorkbook(dir: string, options: SheetOptions = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Ghi chú').addRow(['Bảng phân bổ ở trang sau']);
  const sheet = workbook.addWorksheet('Phân bổ');
  sheet.addRow(['LIÊN ĐOÀN LAO ĐỘNG TỈNH']);
  sheet.addRow(['Phân bổ số lượng đại biểu']);
  sheet.addRow(options.headers ?? HEADERS);
  const first = 4;
  categoryRows(reference.allocations).forEach((a, index) => {
    const name = reference.units.find((u) => u.id === a.unit)?.name ?? a.unit;
    sheet.addRow([index + 1, options.unitName?.(name, index) ?? name, ...FIELDS.map((f) => a[f])]);
  });
  const last = first + reference.allocations.length - 1;
  sheet.addRow([
    '',
    'Tổng số',
    ...FIELDS.map((field, i) => {
      const column = String.fromCharCode('C'.charCodeAt(0) + i);
      const sum = categoryRows(reference.allocations).reduce((total, a) => total + a[field], 0);
      return { formula: `SUM(${column}${first}:${column}${last})`, result: options.totalRow?.[field] ?? sum };
    }),
  ]);
  sheet.addRow(['Ghi chú: số liệu theo Kế hoạch']);
  const file = path.join(dir, 'allocations.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A copy of the default campaign whose table is an xlsx file and whose printed row lives in it. */
async function xlsxCampaign(options: SheetOptions = {}): Promise<string> {
  const dir = copyDefaultCampaign();
  rmSync(path.join(dir, 'allocations.csv'));
  editJson(dir, 'campaign.json', (data) => {
    data.allocations = 'allocations.xlsx';
    delete data.printedTotals;
  });
  await writeWorkbook(dir, options);
  return dir;
}

async function problemsOf(load: Promise<unknown>): Promise<string[]> {
  try {
    await load;
  } catch (error) {
    if (error instanceof CampaignError)
      return error.problems.map((p) => `${p.args.path}: ${p.args.expected}`);
    throw error;
  }
  throw new Error('the campaign loaded');
}

describe('allocation table kept as xlsx', () => {
  it('reads the same allocations as the CSV, and its total row as the printed totals', async () => {
    const campaign = await loadCampaignFrom(await xlsxCampaign());
    expect(campaign.allocations).toEqual(reference.allocations);
    expect(campaign.printedTotals).toEqual(reference.printedTotals);
    expect(tablePosition(campaign.allocations[0] as object)).toMatchObject({ sheet: 'Phân bổ', row: 4 });
  });

  it('gives the same plan findings as the CSV', async () => {
    const campaign = await loadCampaignFrom(await xlsxCampaign());
    expect(checkPlan(campaign).map((f) => [f.code, f.args.stated, f.args.table])).toEqual([
      ['P-STATED', 32, 30],
      ['P-STATED', 80, 82],
    ]);
  });

  it('P-COLUMN points at the cell of the total row in the workbook', async () => {
    const dir = await xlsxCampaign({ totalRow: { collective: 31 } });
    const findings = checkPlan(await loadCampaignFrom(dir)).filter((f) => f.code === 'P-COLUMN');
    expect(findings).toEqual([
      expect.objectContaining({
        file: path.join(dir, 'allocations.xlsx'),
        sheet: 'Phân bổ',
        row: 4 + reference.allocations.length,
        column: 'Tập thể',
        args: expect.objectContaining({ printed: 31, sum: 30 }),
      }),
    ]);
  });

  it('refuses a total row that disagrees with the one campaign.json records', async () => {
    const dir = await xlsxCampaign({ totalRow: { individual: 80 } });
    editJson(dir, 'campaign.json', (data) => {
      data.printedTotals = reference.printedTotals;
    });
    expect(await problemsOf(loadCampaignFrom(dir))).toEqual([
      `printedTotals.individual: 80, as the total row (row ${4 + reference.allocations.length}) of the allocation table`,
    ]);
  });

  it('names a row whose unit matches none of campaign.json', async () => {
    const dir = await xlsxCampaign({ unitName: (name, i) => (i === 2 ? 'Huyện Không Có' : name) });
    expect(await problemsOf(loadCampaignFrom(dir))).toEqual(['row 6.unit: a unit of campaign.json']);
  });

  it('names the columns it cannot find', async () => {
    const headers = HEADERS.map((h) => (h === 'Cá nhân khối SXKD' ? 'Ghi chú' : h));
    const dir = await xlsxCampaign({ headers });
    const [problem, ...rest] = await problemsOf(loadCampaignFrom(dir));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^\(header\): columns individual-SXKD in one of the first 20 rows$/);
  });

  it('is refused by the synchronous loader, which reads CSV only', async () => {
    const dir = await xlsxCampaign();
    expect(await problemsOf(Promise.resolve().then(() => loadCampaign(dir)))).toEqual([
      '(file): a CSV allocation table here',
    ]);
  });
});

describe('allocation table kept as CSV', () => {
  it('knows the spreadsheet row of every unit', () => {
    expect(reference.allocations.map((a) => tablePosition(a)?.row)).toEqual(
      reference.allocations.map((_, i) => i + 2),
    );
  });

  it('reports a missing table as a missing file', async () => {
    const dir = copyDefaultCampaign();
    rmSync(path.join(dir, 'allocations.csv'));
    expect(await problemsOf(loadCampaignFrom(dir))).toEqual(['(file): an allocation table']);
  });
});

describe('allocation table problems in Vietnamese', () => {
  async function messages(dir: string, lang: 'vi' | 'en'): Promise<string[]> {
    try {
      await loadCampaignFrom(dir);
    } catch (error) {
      if (error instanceof CampaignError) return error.problems.map((p) => renderFinding(p, lang));
      throw error;
    }
    throw new Error('the campaign loaded');
  }

  it('says what the table lacks in the officials’ words, with no English fragment', async () => {
    const headers = HEADERS.map((h) => (h === 'Cá nhân khối SXKD' ? 'Ghi chú' : h));
    const dir = await xlsxCampaign({ headers, unitName: (name, i) => (i === 1 ? 'Huyện Không Có' : name) });
    expect(await messages(dir, 'vi')).toEqual([
      '(dòng tiêu đề): cần các cột individual-SXKD ở một trong 20 dòng đầu, nhưng có (không thấy)',
    ]);
    const unknownUnit = await xlsxCampaign({ unitName: (name, i) => (i === 1 ? 'Huyện Không Có' : name) });
    expect(await messages(unknownUnit, 'vi')).toEqual([
      'dòng 5.unit: cần một đơn vị của campaign.json, nhưng có Huyện Không Có',
    ]);
    expect(await messages(unknownUnit, 'en')).toEqual([
      'row 5.unit: expected a unit of campaign.json, found Huyện Không Có',
    ]);
  });

  it('words a missing table and a bad number in Vietnamese', async () => {
    const missing = copyDefaultCampaign();
    rmSync(path.join(missing, 'allocations.csv'));
    expect(await messages(missing, 'vi')).toEqual(['(tệp): cần một bảng phân bổ, nhưng có không có tệp']);
    const bad = copyDefaultCampaign();
    const csv = path.join(bad, 'allocations.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/^(thanh-pho,[^,]*),17,/m, '$1,mười bảy,'));
    expect(await messages(bad, 'vi')).toEqual([
      'dòng 2.total: cần một số nguyên không âm, nhưng có "mười bảy"',
    ]);
  });
});
