import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { runCheck } from '../../src/check.js';
import { renderCsv } from '../../src/report/csv.js';
import { reportDate } from '../../src/report/date.js';
import { renderXlsx, SHEETS } from '../../src/report/xlsx.js';
import { testDir } from '../helpers/temp.js';
import { loadWorkbook } from '../helpers/workbook.js';
import { campaign, checkRows, HEADER, HYPERLINK, ROWS } from './input.js';
import { sampleResult } from './sample.js';

let result: CheckResult;
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

function sheet(name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Column number of a header in row `row`. */
function column(ws: ExcelJS.Worksheet, header: string, row = 1): number {
  let found = 0;
  ws.getRow(row).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`no column ${header}`);
  return found;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

beforeAll(async () => {
  ({ result } = await checkRows());
  bytes = await renderXlsx(result, 'vi');
  book = await loadWorkbook(bytes);
});

describe('renderXlsx', () => {
  it('has its six sheets in order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Thành phần',
      'Tập thể',
      'Cá nhân',
      'Phát hiện',
      'Quy tắc',
    ]);
    expect(Object.values(SHEETS)).toEqual(book.worksheets.map((w) => w.name));
  });

  it('summarises every unit and category of the allocation table, with the filter on the table', () => {
    const ws = sheet('Tổng hợp');
    expect(ws.getRow(5).getCell(1).value).toBe('Đơn vị');
    const rows = campaign.allocations.length * 4;
    expect(ws.autoFilter).toBe(`A5:I${5 + rows}`);
    expect([7, 8, 9].map((c) => ws.getRow(5).getCell(c).value)).toEqual([
      'Theo đề nghị',
      'Theo người đạt',
      'Dòng lặp lại',
    ]);
    const found = [];
    for (let r = 6; r < 6 + rows; r++) {
      const row = ws.getRow(r);
      if (row.getCell(1).value === 'LĐLĐ huyện Phong Thổ' && row.getCell(2).value === 'Cá nhân HCSN')
        found.push(r);
    }
    expect(found).toHaveLength(1);
    const row = ws.getRow(found[0] as number);
    // Phong Thổ individual-HCSN: the probe (eligible) and Lò Thị Mai (ineligible), 4 allocated
    expect([3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([4, 2, 1, 0]);
    // both readings: nominations within the seats (no colour), three of four seats still empty
    expect(row.getCell(7).value).toBe('Còn 2');
    expect(fillOf(row.getCell(7))).toBeUndefined();
    expect(row.getCell(8).value).toBe('Trống 3 chỗ');
    expect(fillOf(row.getCell(8))).toBe('FFFFEB9C');
    expect(row.getCell(9).value).toBe(0);
  });

  it("puts the plan's stated totals beside what its table adds up to", () => {
    const ws = sheet('Tổng hợp');
    const rows: unknown[][] = [];
    ws.eachRow((row) => {
      rows.push([2, 3, 4, 5].map((c) => row.getCell(c).value));
    });
    // DOMAIN.md §4: the text says 32 collectives and 80 individuals, the table 30 and 82
    expect(rows).toContainEqual(['Tập thể', 32, 30, -2]);
    expect(rows).toContainEqual(['Cá nhân', 80, 82, 2]);
    expect(rows).toContainEqual(['Tổng số', 112, 112, 0]);
  });

  it('freezes the header, filters every table and prints A4 landscape with the header repeated', () => {
    const titles: Record<string, string> = { 'Tổng hợp': '5:5', 'Thành phần': '2:3' };
    for (const ws of book.worksheets) {
      const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
      expect(view.state).toBe('frozen');
      // the composition's total row is part of its small table: a filter would sort it among the units
      if (ws.name === 'Thành phần') expect(ws.autoFilter).toBeFalsy();
      else expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.printTitlesRow).toBe(titles[ws.name] ?? '1:1');
    }
    expect((sheet('Cá nhân').views[0] as ExcelJS.WorksheetViewFrozen).xSplit).toBe(2);
  });

  it('lists one row per nominee of each kind, verdict beside the name', () => {
    const ws = sheet('Cá nhân');
    expect(ws.getRow(1).getCell(1).value).toBe('Họ và tên');
    expect(ws.getRow(1).getCell(2).value).toBe('Kết luận');
    const names = [];
    for (let r = 2; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(1).value);
    expect(names).toEqual(ROWS.filter((r) => r[0] === 'Cá nhân').map((r) => r[1]));
    expect(ws.getRow(3).getCell(2).value).toBe('Không đạt');
    expect(sheet('Tập thể').getRow(2).getCell(2).value).toBe('Cần xem xét');
    expect(sheet('Tập thể').getRow(1).getCell(1).value).toBe('Tên tập thể');
  });

  it('writes a formula from the input as text, never as a formula', () => {
    const cell = sheet('Cá nhân').getRow(2).getCell(1);
    expect(cell.value).toBe(HYPERLINK);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    for (const ws of book.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((c) => {
          expect(c.type, `${ws.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula);
        });
      });
    }
  });

  it('colours the input cells that made a rule fail or stay open, with a note naming the rule and the input cell', () => {
    const ws = sheet('Cá nhân');
    const mai = ws.getRow(3);
    const y2016 = mai.getCell(column(ws, '2016'));
    expect(y2016.value).toBe('LĐTT');
    expect(fillOf(y2016)).toBe('FFFFC7CE');
    expect(noteOf(y2016)).toContain('CN-HCSN-1');
    expect(noteOf(y2016)).toContain('nominees.csv › H3');
    const conduct = mai.getCell(column(ws, 'XN phẩm chất chính trị'));
    expect(fillOf(conduct)).toBe('FFFFEB9C');
    expect(noteOf(conduct)).toContain('CN-HCSN-2');
    // cells that played no part stay plain
    expect(fillOf(mai.getCell(column(ws, 'Năm sinh')))).toBeUndefined();
    expect(fillOf(ws.getRow(2).getCell(column(ws, '2016')))).toBeUndefined();
  });

  it('marks a cell a finding points at (an unknown code) with the finding in its note', () => {
    const ws = sheet('Cá nhân');
    const cell = ws.getRow(4).getCell(column(ws, '2017'));
    expect(cell.value).toBe('HTTNV');
    expect(noteOf(cell)).toContain('W-CODE-UNKNOWN');
    expect(noteOf(cell)).toContain('XYZ');
  });

  it('lists the reasons and the ids of failing and open rules', () => {
    const ws = sheet('Cá nhân');
    const mai = ws.getRow(3);
    expect(mai.getCell(column(ws, 'Tiêu chí không đạt')).value).toBe('CN-HCSN-1');
    expect(mai.getCell(column(ws, 'Tiêu chí cần xem xét')).value).toBe('CN-HCSN-2');
    expect(String(mai.getCell(column(ws, 'Lý do')).value)).toMatch(/CN-HCSN-1 .*\n.*CN-HCSN-2/);
  });

  it('lists every finding with its position, and every rule with its citation', () => {
    const findings = sheet('Phát hiện');
    expect(findings.rowCount).toBe(result.findings.length + 1);
    const positions: unknown[][] = [];
    findings.eachRow((row) => {
      positions.push([2, 5, 7].map((c) => row.getCell(c).value));
    });
    expect(positions).toContainEqual(['W-CODE-UNKNOWN', 5, 'I5']);
    const rules = sheet('Quy tắc');
    expect(rules.rowCount).toBe(campaign.criteria.length + 1);
    const ids: unknown[] = [];
    rules.eachRow((row) => {
      ids.push(row.getCell(1).value);
    });
    expect(ids.slice(1)).toEqual(campaign.criteria.map((c) => c.id));
    expect(rules.getRow(2).getCell(5).value).toBe(`${campaign.plan.ref} ${campaign.criteria[0]?.cite}`);
  });

  it('speaks English with --lang en, keeping the sheet names', async () => {
    const en = await loadWorkbook(await renderXlsx(result, 'en'));
    expect(en.worksheets.map((w) => w.name)).toEqual(book.worksheets.map((w) => w.name));
    expect(en.getWorksheet('Cá nhân')?.getRow(1).getCell(2).value).toBe('Verdict');
    expect(en.getWorksheet('Tổng hợp')?.getRow(5).getCell(1).value).toBe('Unit');
  });

  describe('units and repeats, for the hand-built sample', () => {
    let individuals: ExcelJS.Worksheet;
    let summary: ExcelJS.Worksheet;
    beforeAll(async () => {
      const book = await loadWorkbook(await renderXlsx(sampleResult(), 'vi'));
      individuals = book.getWorksheet(SHEETS.individual) as ExcelJS.Worksheet;
      summary = book.getWorksheet(SHEETS.summary) as ExcelJS.Worksheet;
    });
    const column = (ws: ExcelJS.Worksheet, header: string) => {
      let at = 0;
      ws.getRow(1).eachCell((cell, c) => {
        if (cell.value === header) at = c;
      });
      return at;
    };
    const values = (ws: ExcelJS.Worksheet, c: number) =>
      Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(c).value ?? null);

    it('names the unit by the plan, with what the file said beside it where it differed', () => {
      const unit = column(individuals, 'Đơn vị đề nghị');
      expect(column(individuals, 'Đơn vị ghi trong tệp')).toBe(unit + 1);
      expect(values(individuals, unit)).toEqual([
        'LĐLĐ huyện Phong Thổ',
        'LĐLĐ huyện Nậm Nhùn',
        'LĐLĐ huyện Phong Thổ',
        null,
      ]);
      expect(values(individuals, unit + 1)).toEqual(['Phong Thổ', 'Nậm Nhùn', 'Phong Thổ', 'Huyện Mộc Châu']);
    });

    it('marks the repeated row with the first one', () => {
      expect(values(individuals, column(individuals, 'Lặp lại đề nghị ở'))).toEqual([
        null,
        null,
        'phong-tho.xlsx › Cá nhân!B7',
        null,
      ]);
    });

    it('counts the repeated row apart in the summary, never green where no one is eligible', () => {
      let found = 0;
      summary.eachRow((row, r) => {
        if (row.getCell(1).value === 'LĐLĐ huyện Phong Thổ' && row.getCell(2).value === 'Cá nhân HCSN')
          found = r;
      });
      const row = summary.getRow(found);
      expect([3, 4, 5, 6, 7, 8, 9].map((c) => row.getCell(c).value)).toEqual([
        4,
        1,
        1,
        0,
        'Còn 3',
        'Trống 3 chỗ',
        1,
      ]);
      expect(String(summary.getRow(3).getCell(1).value)).toMatch(
        /^4 đề nghị \(5 dòng, 1 dòng lặp lại không tính lại\)/,
      );
    });
  });

  describe('the composition sheet, for the hand-built sample', () => {
    let vi: ExcelJS.Worksheet;
    let en: ExcelJS.Worksheet;
    beforeAll(async () => {
      const sample = sampleResult();
      vi = (await loadWorkbook(await renderXlsx(sample, 'vi'))).getWorksheet(
        'Thành phần',
      ) as ExcelJS.Worksheet;
      en = (await loadWorkbook(await renderXlsx(sample, 'en'))).getWorksheet(
        'Thành phần',
      ) as ExcelJS.Worksheet;
    });
    const values = (ws: ExcelJS.Worksheet, r: number) =>
      Array.from({ length: 14 }, (_, i) => ws.getRow(r).getCell(i + 1).value);
    const rowOf = (ws: ExcelJS.Worksheet, label: string) => {
      let found = 0;
      ws.eachRow((row, r) => {
        if (row.getCell(1).value === label) found = r;
      });
      return found;
    };

    it('heads each group with its count, share and blanks, the group name merged over the three', () => {
      expect(String(vi.getRow(1).getCell(1).value)).toMatch(/^Thành phần cá nhân được đề nghị/);
      expect(values(vi, 2).slice(0, 3)).toEqual(['Đơn vị', 'Số cá nhân', 'Nữ']);
      expect(values(vi, 3).slice(2, 5)).toEqual(['Số người', 'Tỷ lệ', 'Để trống']);
      expect(vi.getCell('E2').master.address).toBe('C2');
      expect(vi.getCell('F2').value).toBe('Dân tộc thiểu số');
      expect(vi.getCell('L2').value).toBe('Công nhân trực tiếp sản xuất');
      expect(vi.getCell('A3').master.address).toBe('A2');
    });

    it('has a row per unit with individuals, then the total, with the right numbers', () => {
      // by hand from sample.ts: Lò Thị Mai in Phong Thổ, once though her row is repeated (woman,
      // Thái, leader, direct worker blank), Lò Văn Pao in Nậm Nhùn (man, Thái, leader), Giàng A
      // Páo in no unit of the table (woman, Thái, leader and direct worker blank), so the total
      // has 3 individuals and the units 2
      const units = [];
      for (let r = 4; vi.getRow(r).getCell(1).value !== 'Tổng'; r++)
        units.push(vi.getRow(r).getCell(1).value);
      expect(units).toEqual(['LĐLĐ huyện Phong Thổ', 'LĐLĐ huyện Nậm Nhùn']);
      // individuals, then count, share, blank for women, minorities, non-leaders, direct workers
      expect(values(vi, rowOf(vi, 'LĐLĐ huyện Phong Thổ')).slice(1)).toEqual([
        1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1,
      ]);
      expect(values(vi, rowOf(vi, 'LĐLĐ huyện Nậm Nhùn')).slice(1)).toEqual([
        1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1,
      ]);
      const total = rowOf(vi, 'Tổng');
      expect(values(vi, total).slice(1)).toEqual([3, 2, 0.667, 0, 3, 1, 0, 0, 0, 1, 0, 0, 3]);
      expect(vi.getRow(total).getCell(1).font?.bold).toBe(true);
      expect(String(vi.getRow(total + 2).getCell(1).value)).toBe(
        'Tổng gồm cả 1 cá nhân của đơn vị không có trong bảng phân bổ.',
      );
    });

    it('formats shares as Excel percentages and marks the blanks', () => {
      const total = vi.getRow(rowOf(vi, 'Tổng'));
      for (const c of [4, 7, 10, 13]) {
        expect(total.getCell(c).numFmt).toBe('0%');
        expect(total.getCell(c).type).toBe(ExcelJS.ValueType.Number);
      }
      expect(fillOf(total.getCell(11))).toBe('FFFFEB9C'); // non-leaders: 1 blank
      expect(fillOf(total.getCell(5))).toBeUndefined(); // women: none blank
    });

    it('speaks English with --lang en', () => {
      expect(values(en, 2).slice(0, 3)).toEqual(['Unit', 'Individuals', 'Women']);
      expect(values(en, 3).slice(2, 5)).toEqual(['Count', 'Share', 'Blank']);
      expect(values(en, rowOf(en, 'Total')).slice(1, 4)).toEqual([3, 2, 0.667]);
    });
  });

  it('gives the same bytes for the same input', async () => {
    const again = await renderXlsx(result, 'vi');
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps a formula-looking text from an xlsx input inert too, in xlsx and CSV', async () => {
    const dir = testDir('eligibility-xlsx-input-');
    const input = new ExcelJS.Workbook();
    const ws = input.addWorksheet('Danh sách');
    ws.addRow(HEADER);
    // a text cell, as Excel keeps `'=HYPERLINK(…)` typed by a person
    for (const row of ROWS) ws.addRow(row);
    const file = path.join(dir, 'nominees.xlsx');
    await input.xlsx.writeFile(file);
    const fromXlsx = await runCheck([file], { campaign });
    expect(fromXlsx.judgements[0]?.nominee.name).toBe(HYPERLINK);

    const cell = (await loadWorkbook(await renderXlsx(fromXlsx, 'vi')))
      .getWorksheet('Cá nhân')
      ?.getRow(2)
      .getCell(1);
    expect(cell?.value).toBe(HYPERLINK);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(renderCsv(fromXlsx, 'vi').split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('renderXlsx: the date, the signatures and headers over their numbers', () => {
  const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' }); // 2026-02-05T23:30:00Z
  let dated: Uint8Array;
  let summary: ExcelJS.Worksheet;
  beforeAll(async () => {
    dated = await renderXlsx(sampleResult(), 'vi', { date });
    summary = (await loadWorkbook(dated)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
  });
  const texts = (ws: ExcelJS.Worksheet) => {
    const out: { row: number; col: number; text: string }[] = [];
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        // a merged range reads back with its value in every cell: keep the first
        if (typeof cell.value === 'string' && cell.master.address === cell.address)
          out.push({ row: r, col: c, text: cell.value });
      });
    });
    return out;
  };

  it("dates the workbook's properties with the report's day, not the plan's", async () => {
    const book = await loadWorkbook(dated);
    expect(book.created.toISOString()).toBe('2026-02-05T23:30:00.000Z');
    expect(book.modified.toISOString()).toBe('2026-02-05T23:30:00.000Z');
    expect(summary.getRow(2).getCell(1).value).toMatch(/ · Ngày lập báo cáo: 05\/02\/2026$/);
  });

  it('gives the same bytes for the same epoch whatever the time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const west = await renderXlsx(sampleResult(), 'vi', { date });
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const east = await renderXlsx(sampleResult(), 'vi', { date });
      expect(Buffer.from(west).equals(Buffer.from(east))).toBe(true);
      expect(Buffer.from(east).equals(Buffer.from(dated))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('closes the summary with the signatures: place and date on the right, titles, the hint to sign', () => {
    const cells = texts(summary);
    const placeDate = cells.find((c) => c.text === 'Lai Châu, ngày 05 tháng 02 năm 2026');
    const prepared = cells.find((c) => c.text === 'NGƯỜI LẬP BIỂU');
    const approved = cells.find((c) => c.text === 'LÃNH ĐẠO DUYỆT');
    expect(placeDate && prepared && approved).toBeTruthy();
    if (!placeDate || !prepared || !approved) return;
    // nothing comes after them; the approver stands under the date line, the preparer on the left
    expect(Math.max(...cells.map((c) => c.row))).toBe(prepared.row + 1);
    expect(approved.row).toBe(placeDate.row + 1);
    expect(prepared.row).toBe(approved.row);
    expect(prepared.col).toBe(1);
    expect(approved.col).toBe(placeDate.col);
    expect(cells.filter((c) => c.text === '(Ký, ghi rõ họ tên)').map((c) => c.col)).toEqual([
      1,
      approved.col,
    ]);
    const title = summary.getRow(prepared.row).getCell(1);
    expect(title.font?.bold).toBe(true);
    expect(summary.getRow(placeDate.row).getCell(placeDate.col).font?.italic).toBe(true);
    expect(title.alignment?.horizontal).toBe('center');
    // merged across the last columns, wide enough for the date line
    expect(summary.getCell(placeDate.row, summary.columnCount).isMerged).toBe(true);
    expect(summary.getCell(prepared.row, 2).isMerged).toBe(true);
  });

  it('aligns each header as its numbers are, and keeps text off the number beside it', () => {
    const header = summary.getRow(5);
    const alignment = (c: number) => header.getCell(c).alignment?.horizontal;
    expect([1, 2, 3, 4, 5, 6].map(alignment)).toEqual(['left', 'left', 'right', 'right', 'right', 'right']);
    // "Xem xét" right-aligned beside "Tình trạng": the text column is indented off it
    expect(header.getCell(7).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
    expect(summary.getRow(6).getCell(7).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
  });

  it("right-aligns a nominee sheet's number columns' headers, the row and the birth year", async () => {
    const ws = (await loadWorkbook(dated)).getWorksheet('Cá nhân') as ExcelJS.Worksheet;
    const header = ws.getRow(1);
    expect(header.getCell(column(ws, 'Dòng')).alignment?.horizontal).toBe('right');
    expect(header.getCell(column(ws, 'Năm sinh')).alignment?.horizontal).toBe('right');
    expect(header.getCell(column(ws, 'Họ và tên')).alignment?.horizontal).toBe('left');
  });

  it("gives the plan's stated totals their own wrapped, right-aligned headers, none running into the next", () => {
    const cells = texts(summary);
    const head = cells.find((c) => c.text === 'Bảng phân bổ cộng lại');
    expect(head?.col).toBe(4);
    if (!head) return;
    const row = summary.getRow(head.row);
    expect([3, 4, 5].map((c) => row.getCell(c).value)).toEqual([
      'Kế hoạch ghi',
      'Bảng phân bổ cộng lại',
      'Chênh lệch',
    ]);
    for (const c of [3, 4, 5])
      expect(row.getCell(c).alignment).toMatchObject({ horizontal: 'right', wrapText: true });
    // the header is taller than a line where a header wraps
    expect(row.height).toBeGreaterThan(15);
    expect(row.getCell(1).value).toBeNull();
  });
});
