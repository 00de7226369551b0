import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/findings/catalogue.js';
import type { Finding } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { inputError } from '../helpers/errors.js';
import {
  COLLECTIVE_HEADERS,
  ctx,
  INDIVIDUAL_HEADERS,
  individual,
  scratch,
  writeWorkbook,
} from './helpers.js';

const at = await scratch();

/** Title rows as the official form prints them, the header on row 6. */
const TITLE = [
  ['LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU'],
  ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN'],
  ['(Kèm theo Kế hoạch số 154/KH-LĐLĐ ngày 16/3/2020)'],
  [],
  [],
];

describe('a workbook with the two official sheets', async () => {
  const file = await writeWorkbook(at('both.xlsx'), [
    {
      name: 'Tập thể',
      rows: [
        ...TITLE,
        COLLECTIVE_HEADERS,
        [
          1,
          'Trường THCS Mường So',
          'Phong Thổ',
          'HCSN',
          'TTLĐTT',
          'TTLĐXS',
          'TTLĐTT; HTXSNV',
          'Tập thể lao động xuất sắc',
          'TTLĐTT',
          'BK-BO:2018',
          'SK-T:2019; BLĐST (2020)',
          'Có',
          'x',
          'Có',
          0,
        ],
      ],
      merges: ['A1:O1', 'A2:O2'],
    },
    {
      name: 'Cá nhân',
      rows: [
        ...TITLE,
        INDIVIDUAL_HEADERS,
        individual({ 15: 'LĐTT; Lao động giỏi' }),
        individual({ 1: 'Vàng A Páo', 2: '1990', 3: 'Nam', 4: 'Mông', 8: 'x', 9: 'Có', 18: '2018; 2019' }),
      ],
      merges: ['A1:T1'],
    },
  ]);
  const result = await readNomineeFile(file, ctx);

  it('reads sheets in workbook order, then rows', () => {
    expect(result.nominees.map((n) => [n.sheet, n.row, n.kind, n.name])).toEqual([
      ['Tập thể', 7, 'collective', 'Trường THCS Mường So'],
      ['Cá nhân', 7, 'individual', 'Lò Thị Mai'],
      ['Cá nhân', 8, 'individual', 'Vàng A Páo'],
    ]);
  });

  it('reports an unknown code at its exact cell, and only that', () => {
    expect(result.findings).toEqual([
      {
        code: 'W-CODE-UNKNOWN',
        severity: 'warning',
        file,
        sheet: 'Cá nhân',
        row: 7,
        column: '2020',
        cell: 'P7',
        args: { value: 'Lao động giỏi', header: '2020' },
      },
    ]);
    expect(result.nominees[1]?.years['2020']).toEqual({ codes: ['LĐTT'], unknown: false });
  });

  it('applies implications: TTLĐXS ⇒ TTLĐTT ⇒ HTCT', () => {
    const school = result.nominees[0];
    expect(school?.years['2017']?.codes).toEqual(expect.arrayContaining(['TTLĐXS', 'TTLĐTT', 'HTCT']));
    expect(school?.years['2019']?.codes).toEqual(expect.arrayContaining(['TTLĐXS', 'TTLĐTT', 'HTCT']));
    expect(school).toMatchObject({
      unit: 'phong-tho',
      flags: { attest_model: true, attest_solidarity: true, attest_compliance: true },
      counts: { disciplined: 0 },
      distinctions: {
        awards: [{ code: 'BK-BO', year: 2018 }],
        member_awards: [
          { code: 'SK-T', year: 2019 },
          { code: 'BLĐST', year: 2020 },
        ],
      },
    });
  });

  it('reads an individual with text years, flags and the list of years', () => {
    expect(result.nominees[2]).toMatchObject({
      birthYear: 1990,
      gender: 'male',
      ethnicity: 'Mông',
      flags: { leader: true, head: true, attest_conduct: true, direct_worker: null },
      yearLists: { unit_excellent_years: [2018, 2019] },
      cells: { name: 'B8', '2020': 'P8', unit_excellent_years: 'S8', attest_conduct: 'T8' },
    });
  });
});

describe('a single sheet holding both kinds, told apart by `Loại`', async () => {
  const headers = ['Loại', 'Họ và tên', 'Năm sinh', 'Đơn vị đề nghị', 'Khối', 2016, 2017, 2018, 2019, 2020];
  const file = await writeWorkbook(at('mixed.xlsx'), [
    { name: 'Ghi chú', rows: [['Điền mỗi đề nghị một dòng'], ['Cột Loại: Tập thể hoặc Cá nhân']] },
    {
      name: 'Danh sách',
      rows: [
        ['DANH SÁCH'],
        headers,
        [
          'Tập thể',
          'Phòng Kế toán',
          undefined,
          'Y tế',
          'HCSN',
          'TTLĐTT',
          'TTLĐTT',
          'TTLĐTT',
          'TTLĐTT',
          'TTLĐTT',
        ],
        ['Cá nhân', 'Lò Văn Tâm', 1980, 'Y tế', 'SXKD', 'HTTNV', 'HTTNV', 'ĐVXS', 'CX', '?'],
      ],
    },
  ]);
  const result = await readNomineeFile(file, ctx);

  it('reads both kinds from the one name column', () => {
    expect(result.nominees.map((n) => [n.sheet, n.row, n.kind, n.name, n.unit])).toEqual([
      ['Danh sách', 3, 'collective', 'Phòng Kế toán', 'y-te'],
      ['Danh sách', 4, 'individual', 'Lò Văn Tâm', 'y-te'],
    ]);
    expect(result.nominees[1]?.years['2019']).toEqual({ codes: [], unknown: true });
  });

  it('says which sheet it did not read', () => {
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'I-SHEET-IGNORED', sheet: 'Ghi chú', args: { sheet: 'Ghi chú' } }),
    ]);
  });
});

describe('cell values as exceljs gives them', async () => {
  const headers: unknown[] = [...INDIVIDUAL_HEADERS];
  headers[11] = { formula: '2015+1', result: 2016 };
  headers[12] = 'Năm 2017';
  headers[13] = '2018';
  const file = await writeWorkbook(at('values.xlsx'), [
    {
      name: 'Cá nhân',
      rows: [
        headers,
        individual({
          1: { richText: [{ text: 'Lò ' }, { font: { bold: true }, text: 'Thị Mai' }] },
          6: { text: 'Phong Thổ', hyperlink: 'https://laichau.gov.vn' },
          12: { formula: 'L2', result: 'LĐTT' },
          19: { formula: 'IF(TRUE,"Có","Không")', result: 'Có' },
          9: true,
        }),
        individual({ 1: 'Lò Văn Tâm', 6: undefined }),
      ],
      merges: ['G2:G3'],
    },
  ]);
  const result = await readNomineeFile(file, ctx);

  it('takes text from rich text and hyperlinks, and cached results of formulas', () => {
    expect(result.findings).toEqual([]);
    expect(result.nominees[0]).toMatchObject({
      name: 'Lò Thị Mai',
      unit: 'phong-tho',
      flags: { attest_conduct: true, head: true },
    });
    expect(result.nominees[0]?.years['2017']?.codes).toEqual(['LĐTT']);
    expect(result.nominees[0]?.cells['2016']).toBe('L2');
  });

  it('repeats a unit merged down over several rows', () => {
    expect(result.nominees[1]).toMatchObject({
      name: 'Lò Văn Tâm',
      unit: 'phong-tho',
      cells: { unit: 'G3' },
    });
  });
});

describe('a two-row header with merged cells', () => {
  it('finds the header in the row holding the years, the names merged down into it', async () => {
    const top = [...INDIVIDUAL_HEADERS] as unknown[];
    const bottom: unknown[] = [];
    top.splice(11, 5, 'Danh hiệu thi đua các năm', undefined, undefined, undefined, undefined);
    bottom[11] = 2016;
    bottom[12] = 2017;
    bottom[13] = 2018;
    bottom[14] = 2019;
    bottom[15] = 2020;
    const merges = ['L6:P6'];
    for (const col of 'ABCDEFGHIJKQRST') merges.push(`${col}6:${col}7`);
    const file = await writeWorkbook(at('two-rows.xlsx'), [
      { name: 'Cá nhân', rows: [...TITLE, top, bottom, individual()], merges },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings).toEqual([]);
    expect(result.nominees.map((n) => [n.row, n.name, n.cells.attest_conduct])).toEqual([
      [8, 'Lò Thị Mai', 'T8'],
    ]);
  });
});

describe('sheet and header problems', () => {
  it('accepts English sheet names and headers', async () => {
    const file = await writeWorkbook(at('english.xlsx'), [
      {
        name: 'Individuals',
        rows: [
          ['name', 'unit', 'block', '2016', '2017', '2018', '2019', '2020', 'attest_conduct', 'head'],
          ['Lò Thị Mai', 'Tam Duong', 'hcsn', 'ldtt', 'ldtt', 'ldtt', 'ldtt', 'ldtt', 'yes', 'no'],
        ],
      },
      { name: 'Collectives', rows: [] },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings).toEqual([]);
    expect(result.nominees).toEqual([
      expect.objectContaining({
        kind: 'individual',
        unit: 'tam-duong',
        flags: expect.objectContaining({ head: false }),
      }),
    ]);
  });

  it('throws E-HEADER-MISSING naming the file, the sheet and the missing headers', async () => {
    const headers = INDIVIDUAL_HEADERS.filter((h) => h !== 'Khối' && h !== 2019);
    const file = await writeWorkbook(at('no-block.xlsx'), [{ name: 'Cá nhân', rows: [...TITLE, headers] }]);
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({
      code: 'E-HEADER-MISSING',
      file,
      sheet: 'Cá nhân',
      args: { columns: '"Khối", "2019"' },
    });
  });

  it('does not take a row below the first 20 as the header', async () => {
    const padding = Array.from({ length: 20 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const file = await writeWorkbook(at('deep.xlsx'), [
      { name: 'Cá nhân', rows: [...padding, INDIVIDUAL_HEADERS] },
    ]);
    expect((await inputError(readNomineeFile(file, ctx))).finding.code).toBe('E-HEADER-MISSING');
  });

  it('throws E-SHEET-MISSING when no sheet is a nominee sheet', async () => {
    const file = await writeWorkbook(at('sheet1.xlsx'), [
      {
        name: 'Sheet1',
        rows: [
          ['Họ và tên', 'Đơn vị đề nghị'],
          ['Lò Thị Mai', 'Phong Thổ'],
        ],
      },
    ]);
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({ code: 'E-SHEET-MISSING', file, args: { sheets: '"Sheet1"' } });
  });

  it('throws E-HEADER-MISSING for a sheet with `Loại` but not the rest', async () => {
    const file = await writeWorkbook(at('kind-only.xlsx'), [
      {
        name: 'Danh sách',
        rows: [
          ['Loại', 'Họ và tên'],
          ['Cá nhân', 'Lò Thị Mai'],
        ],
      },
    ]);
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({ code: 'E-HEADER-MISSING', sheet: 'Danh sách' });
    expect(error.finding.args.columns).toContain('"Đơn vị đề nghị"');
  });
});

describe('cells as Excel stores them', () => {
  it('reports a formula without a stored result at its cell, when the column is read, and reads it as blank', async () => {
    const file = await writeWorkbook(at('uncomputed.xlsx'), [
      {
        name: 'Cá nhân',
        rows: [
          INDIVIDUAL_HEADERS,
          // STT by formula is common and unread; the 2017 column is read
          individual({ 0: { formula: 'ROW()-1' }, 12: { formula: 'L2' } }),
          // a row whose only filled cells have no results would otherwise vanish as blank
          [undefined, { formula: 'CONCAT("Lò ","Văn Tâm")' }],
        ],
      },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings.filter((f) => f.code === 'E-FORMULA-NO-RESULT')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Cá nhân',
        row: 2,
        cell: 'M2',
        column: '2017',
        args: { formula: 'L2' },
      }),
      expect.objectContaining({ row: 3, cell: 'B3', column: 'Họ và tên' }),
    ]);
    expect(result.nominees[0]?.years['2017']).toEqual({ codes: [], unknown: false });
    expect(renderFinding(result.findings[0] as Finding, 'en')).toBe(
      'The cell holds the formula =L2 but the file stores no result for it, so it is read as blank. Open the file in Excel, save it and check again',
    );
  });

  it('takes back a year typed into a date-formatted cell, in a header and in the birth year', async () => {
    const serial = (n: number) => new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
    const headers: unknown[] = [...INDIVIDUAL_HEADERS];
    headers[11] = serial(2016);
    const file = await writeWorkbook(at('dates.xlsx'), [
      {
        name: 'Cá nhân',
        rows: [
          headers,
          individual({ 2: serial(1985) }),
          individual({ 1: 'Lò Văn Tâm', 2: new Date(Date.UTC(1980, 2, 12)) }),
        ],
      },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings).toEqual([]);
    expect(result.nominees.map((n) => [n.birthYear, n.years['2016']?.codes])).toEqual([
      [1985, ['LĐTT']],
      [1980, ['LĐTT']],
    ]);
  });

  it('still reads hidden rows and columns, saying which once', async () => {
    const file = await writeWorkbook(at('hidden.xlsx'), [
      {
        name: 'Cá nhân',
        rows: [
          INDIVIDUAL_HEADERS,
          individual(),
          individual({ 1: 'Lò Văn Tâm' }),
          individual({ 1: 'Vàng A Páo' }),
          individual({ 1: 'Tẩn Thị Mẩy' }),
          [],
        ],
        hiddenRows: [3, 4, 6],
        // Q is read (Khen thưởng); A (STT) is not, so its hiding does not matter
        hiddenColumns: [1, 17],
      },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.nominees).toHaveLength(4);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'W-COLUMNS-HIDDEN', row: 1, args: { columns: '"Khen thưởng" (Q)' } }),
      expect.objectContaining({ code: 'W-ROWS-HIDDEN', severity: 'warning', row: 3, args: { rows: '3–4' } }),
    ]);
  });

  it('ignores formatted rows with nothing in them below the table', async () => {
    const file = await writeWorkbook(at('styled.xlsx'), [
      { name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS, individual()], styledRows: [3, 4, 500, 5000] },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings).toEqual([]);
    expect(result.nominees).toHaveLength(1);
  });

  it('reads a name merged across two columns of the table once, from its first cell', async () => {
    const headers = [...INDIVIDUAL_HEADERS];
    headers.splice(2, 0, 'Họ và tên');
    const row = individual();
    row.splice(2, 0, undefined);
    const file = await writeWorkbook(at('merged-across.xlsx'), [
      { name: 'Cá nhân', rows: [headers, row], merges: ['B1:C1', 'B2:C2'] },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings).toEqual([]);
    expect(result.nominees.map((n) => [n.name, n.birthYear])).toEqual([['Lò Thị Mai', 1985]]);
  });

  it('warns about a sheet with headers but no rows, and still reads the other sheet', async () => {
    const file = await writeWorkbook(at('headers-only.xlsx'), [
      { name: 'Tập thể', rows: [...TITLE, COLLECTIVE_HEADERS, ['(1)', '(2)', '(3)', '(4)']] },
      { name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS, individual()] },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.nominees).toHaveLength(1);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'W-SHEET-NO-ROWS',
        severity: 'warning',
        sheet: 'Tập thể',
        row: 6,
        args: { row: 6 },
      }),
    ]);
  });
});

describe('control characters', () => {
  it('drops them from names, units, codes and sheet names, so no report carries a terminal escape', async () => {
    const file = await writeWorkbook(at('controls.xlsx'), [
      {
        name: 'Cá nhân',
        rows: [
          INDIVIDUAL_HEADERS,
          individual({
            1: 'Lò\u001b[31m Thị\u0007 Mai',
            6: 'Phong\u0007 Thổ',
            11: 'LĐTT\u0008',
            15: 'Lao\u009b động giỏi',
          }),
        ],
      },
    ]);
    const result = await readNomineeFile(file, ctx);
    expect(result.nominees.map((n) => [n.name, n.unit, n.years['2016']?.codes])).toEqual([
      ['Lò[31m Thị Mai', 'phong-tho', ['LĐTT']],
    ]);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'W-CODE-UNKNOWN', args: { value: 'Lao động giỏi', header: '2020' } }),
    ]);
  });
});
