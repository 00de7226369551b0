import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { withDefaults } from '../../src/read/limits.js';
import { inspectWorkbook } from '../../src/read/workbook.js';
import { WorkbookScan } from '../../src/read/xlsx-stream.js';
import { book, campaign } from '../helpers/nominee.js';
import { SHORT_HEADERS } from '../read/helpers.js';
import { generated, ROOT } from './generated.js';

/**
 * Done-when of the streaming work: a workbook streamed row by row and the same workbook loaded
 * whole give identical nominees, findings and verdict inputs, or fail with the same finding.
 * Run on every workbook in fixtures/ (the sample, the submissions, the damaged and tricky ones),
 * a generated list, and workbooks made here with what streaming must handle on purpose: merged
 * cells down a column, hidden rows and columns, sheets whose tab order is not their zip order,
 * the 1904 date system.
 */
function workbooks(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...workbooks(full));
    else if (name.endsWith('.xlsx')) out.push(full);
  }
  return out;
}

/** The streaming plan of the file: its sheets, or why it is loaded whole instead. */
async function planOf(file: string) {
  const scan = new WorkbookScan();
  return scan.plan(await inspectWorkbook(await readFile(file), file, withDefaults({}), scan.watch));
}

/** Whether streaming will really stream the file, so that a comparison compares two readers. */
async function streams(file: string): Promise<boolean> {
  return 'sheets' in (await planOf(file));
}

async function read(file: string, xlsx: 'load' | 'stream') {
  try {
    return await readNomineeFile(file, { campaign, book, xlsx });
  } catch (error) {
    if (error instanceof InputError) return { error: error.finding };
    throw error;
  }
}

const HEADER = SHORT_HEADERS;
const ROWS = [
  [1, 'Lò Thị Mai', 1986, 'Phong Thổ', 'HCSN', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'],
  [2, 'Tẩn Thị Mẩy', 1990, null, 'HCSN', 'LĐTT', 'LĐTT', '?', 'LĐTT', 'LĐTT; HTXSNV'],
  [3, 'Hoàng Văn Nam', 1982, 'Sìn Hồ', 'SXKD', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV; ĐVXS', 'HTTNV'],
  [4, 'Lê Văn Đức', 1983, null, 'SXKD', 'HTTNV', '', 'HTTNV', 'HTTNV', 'HTTNV'],
];

function individuals(ws: ExcelJS.Worksheet, title: string): void {
  ws.getCell('A1').value = title;
  ws.mergeCells('A1:J1');
  ws.getRow(3).values = HEADER;
  ROWS.forEach((r, i) => {
    ws.getRow(4 + i).values = r.map((v) => (v === '' ? null : v));
  });
}

/** Workbooks that exercise what exceljs's streaming reader does not do on its own. */
async function crafted(dir: string): Promise<string[]> {
  const files: string[] = [];
  const save = async (name: string, make: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    make(wb);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    files.push(file);
  };
  await save('merged-unit.xlsx', (wb) => {
    const ws = wb.addWorksheet('Cá nhân');
    individuals(ws, 'DANH SÁCH');
    // one unit written once for the two rows it spans, and a header spanning two rows
    ws.mergeCells('D4:D5');
    ws.mergeCells('D6:D7');
    ws.getCell('D6').value = 'Sìn Hồ';
    ws.mergeCells('E7:F7');
  });
  await save('hidden.xlsx', (wb) => {
    const ws = wb.addWorksheet('Cá nhân');
    individuals(ws, 'DANH SÁCH');
    ws.getCell('D5').value = 'Phong Thổ';
    ws.getCell('D7').value = 'Tam Đường';
    ws.getRow(5).hidden = true;
    ws.getColumn(3).hidden = true;
  });
  await save('tab-order.xlsx', (wb) => {
    const notes = wb.addWorksheet('Ghi chú');
    notes.getCell('A1').value = 'Ghi chú của đơn vị';
    const list = wb.addWorksheet('Cá nhân');
    individuals(list, 'DANH SÁCH');
    list.getCell('D5').value = 'Phong Thổ';
    list.getCell('D7').value = 'Tam Đường';
    const other = wb.addWorksheet('Danh sách 2');
    other.getRow(1).values = ['Loại', ...HEADER];
    other.getRow(2).values = ['Cá nhân', ...(ROWS[0] as ExcelJS.CellValue[])];
    // tabs moved: the list first, the notes last, while the files keep their numbers
    const order = (ws: ExcelJS.Worksheet, n: number) => {
      (ws as unknown as { orderNo: number }).orderNo = n;
    };
    order(list, 0);
    order(other, 1);
    order(notes, 2);
  });
  await save('date1904.xlsx', (wb) => {
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Cá nhân');
    individuals(ws, 'DANH SÁCH');
    ws.getCell('D5').value = 'Phong Thổ';
    ws.getCell('D7').value = 'Tam Đường';
    // a year typed into a date cell
    ws.getCell('C4').value = new Date(Date.UTC(1904, 0, 1) + 1986 * 86_400_000);
    ws.getCell('C4').numFmt = 'dd/mm/yyyy';
  });
  return files;
}

let dir: string;
let list: ReturnType<typeof generated>;
let made: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'eligibility-xlsx-stream-'));
  list = generated(2500, 3);
  made = await crafted(dir);
});
afterAll(() => {
  list.remove();
  rmSync(dir, { recursive: true, force: true });
});

describe('an xlsx streamed gives what the same xlsx loaded whole gives', () => {
  it.each(workbooks(path.join(ROOT, 'fixtures')).map((f) => path.relative(ROOT, f)))('%s', async (file) => {
    const full = path.join(ROOT, file);
    const loaded = await read(full, 'load');
    expect(await read(full, 'stream')).toEqual(loaded);
    // a workbook that reads at all is one the streaming reader takes on, but for one whose
    // relationships name sheets by absolute part names (openpyxl writes /xl/worksheets/sheet1.xml):
    // exceljs's streaming reader matches sheet names by the relative target alone, so such a
    // workbook is loaded whole, and the plan must say that is why
    const zip = readFileSync(full).subarray(0, 2).toString('latin1') === 'PK';
    if (zip && !('error' in loaded)) {
      const plan = await planOf(full);
      if ('unstreamable' in plan) expect(plan.unstreamable).toMatch(/ at \/xl\/worksheets\//);
    }
  });

  it('a generated list of 2,500 nominees on two sheets', async () => {
    expect(await streams(list.xlsx)).toBe(true);
    const loaded = await read(list.xlsx, 'load');
    expect(await read(list.xlsx, 'stream')).toEqual(loaded);
    expect('nominees' in loaded && loaded.nominees.length).toBeGreaterThan(2400);
  });

  it.each(['merged-unit', 'hidden', 'tab-order', 'date1904'])('%s.xlsx, made to need it', async (name) => {
    const file = made.find((f) => f.endsWith(`${name}.xlsx`)) as string;
    expect(await streams(file)).toBe(true);
    const loaded = await read(file, 'load');
    const streamed = await read(file, 'stream');
    expect(streamed).toEqual(loaded);
    // the case exercises something: the feature shows in what was read
    const seen = JSON.stringify(loaded);
    const shows = {
      'merged-unit': () =>
        'nominees' in loaded &&
        loaded.nominees.filter((n) => n.unit === 'sin-ho').length === 2 &&
        loaded.nominees.filter((n) => n.unit === 'phong-tho').length === 2,
      hidden: () => seen.includes('W-ROWS-HIDDEN') && seen.includes('W-COLUMNS-HIDDEN'),
      'tab-order': () =>
        'nominees' in loaded && loaded.nominees[0]?.sheet === 'Cá nhân' && seen.includes('Danh sách 2'),
      date1904: () => 'nominees' in loaded && loaded.nominees[0]?.birthYear === 1986,
    }[name];
    expect(shows?.()).toBe(true);
  });
});
