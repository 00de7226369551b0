import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/findings/catalogue.js';
import { footerPart, isTotals } from '../../src/read/footer.js';
import { readNomineeFile } from '../../src/read/index.js';
import { ctx, SHORT_HEADERS, scratch, withCode, writeText, writeWorkbook } from './helpers.js';

const at = await scratch();

const HEADER = 'STT,Loại,Họ và tên,Năm sinh,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020';
const ROW = (n: number, name: string) => `${n},Cá nhân,${name},1980,Tam Đường,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT`;
/** The lines a clerk writes under the list, each at the place the official form has it. */
const FOOTER = [
  ',Tổng cộng: 2 cá nhân,,,,,,,,,',
  ',Ghi chú: danh sách xếp theo đơn vị,,,,,,,,,',
  ',,,,,,,,"Lai Châu, ngày 20 tháng 4 năm 2020",,',
  ',NGƯỜI LẬP BIỂU,,,,,,,TM. BAN THƯỜNG VỤ,,',
  ',,,,,,,,CHỦ TỊCH,,',
  ',"(Ký, ghi rõ họ tên)",,,,,,,"(Ký tên, đóng dấu)",,',
  ',Lò Văn Tâm,,,,,,,Nguyễn Văn Bình,,',
];

async function readCsv(name: string, lines: string[]) {
  return readNomineeFile(await writeText(at(name), `${lines.join('\n')}\n`), ctx);
}

describe('the footer of an office list', async () => {
  const result = await readCsv('footer.csv', [HEADER, ROW(1, 'Lò Thị Mai'), ROW(2, 'Hà Văn Sơn'), ...FOOTER]);

  it('reads the nominees and takes nothing below them for one', () => {
    expect(result.nominees.map((n) => n.name)).toEqual(['Lò Thị Mai', 'Hà Văn Sơn']);
  });

  it('says once where the table ended and what its footer held, with no error or warning', () => {
    expect(result.findings).toEqual([
      {
        code: 'I-TABLE-END',
        severity: 'info',
        file: at('footer.csv'),
        row: 4,
        args: {
          last: 3,
          rows: '4–10',
          partsVi: 'dòng tổng cộng, ghi chú, dòng địa danh, ngày tháng, phần ký tên, họ tên người ký',
          partsEn: "totals row, note, place and date line, signature block, signers' names",
        },
      },
    ]);
    expect(renderFinding(result.findings[0] as never, 'vi')).toBe(
      'Bảng kết thúc ở dòng 3; các dòng 4–10 (dòng tổng cộng, ghi chú, dòng địa danh, ngày tháng, phần ký tên, họ tên người ký) không phải đề nghị nên không được xét',
    );
  });

  it('warns of a nominee written after the footer and still judges it', async () => {
    const late = await readCsv('late.csv', [HEADER, ROW(1, 'Lò Thị Mai'), ...FOOTER, ROW(3, 'Vàng A Sử')]);
    expect(late.nominees.map((n) => [n.name, n.row])).toEqual([
      ['Lò Thị Mai', 2],
      ['Vàng A Sử', 10],
    ]);
    expect(withCode(late.findings, 'W-ROW-AFTER-FOOTER')).toEqual([
      expect.objectContaining({ row: 10, args: { row: 10, footer: 3 } }),
    ]);
  });

  it('reads a subtotal between rows as no nominee and goes on with the table', async () => {
    const sub = await readCsv('subtotal.csv', [
      HEADER,
      ROW(1, 'Lò Thị Mai'),
      ',Cộng: 1,,,,,,,,,',
      ROW(2, 'Hà Văn Sơn'),
    ]);
    expect(sub.nominees.map((n) => n.name)).toEqual(['Lò Thị Mai', 'Hà Văn Sơn']);
    expect(sub.findings.map((f) => f.code)).toEqual(['I-TABLE-END']);
    expect(sub.findings[0]?.args).toMatchObject({ last: 4, rows: '3' });
  });

  it('does not take a collective named like a totals word for a footer', async () => {
    const names = await readCsv('names.csv', [
      HEADER,
      '1,Tập thể,Tổ dân phố Cộng Hòa,,Thành phố,HCSN,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT',
      '2,Tập thể,Cộng đồng dân cư bản Nà Tăm,,Tam Đường,HCSN,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT',
      '3,Tập thể,Tong cong ty Dien luc,,Tam Đường,SXKD,HTCT,HTCT,HTCT,HTCT,HTCT',
    ]);
    expect(names.nominees.map((n) => n.name)).toEqual([
      'Tổ dân phố Cộng Hòa',
      'Cộng đồng dân cư bản Nà Tăm',
      'Tong cong ty Dien luc',
    ]);
    expect(names.findings).toEqual([]);
  });

  it('still reports a row that only names someone, inside the table', async () => {
    const half = await readCsv('half.csv', [HEADER, ',,Tổ dân phố Cộng Hòa,,,,,,,,', ROW(2, 'Lò Thị Mai')]);
    expect(withCode(half.findings, 'E-REQUIRED').map((f) => f.cell)).toEqual(['B2', 'E2', 'F2']);
    expect(withCode(half.findings, 'I-TABLE-END')).toEqual([]);
  });
});

describe('footer words', () => {
  it('tells totals from names that start with the same word', () => {
    for (const t of [
      'Tổng cộng',
      'TỔNG CỘNG: 15 cá nhân',
      'Cộng',
      'Cộng: 13',
      'Tổng số 12 tập thể',
      'Cộng (I+II)',
    ])
      expect(isTotals(t), t).toBe(true);
    for (const t of ['Tổ dân phố Cộng Hòa', 'Cộng đồng dân cư', 'Tổng công ty Điện lực', 'Tong cong ty X'])
      expect(isTotals(t), t).toBe(false);
  });

  it('knows notes, date lines and signature blocks, and not a nominee’s words', () => {
    expect(footerPart(['* Ghi chú: xếp theo đơn vị'])).toBe('note');
    expect(footerPart(['Lai Châu, ngày … tháng … năm 2020'])).toBe('date');
    expect(footerPart(['Phong Thổ, ngày 20 tháng 4 năm 2020'])).toBe('date');
    expect(footerPart(['NGƯỜI LẬP BIỂU', 'T/M BAN CHẤP HÀNH'])).toBe('signature');
    expect(footerPart(['KT. CHỦ TỊCH'])).toBe('signature');
    expect(footerPart(['(Ký, ghi rõ họ tên)'])).toBe('signature');
    expect(footerPart(['DANH SÁCH CÁ NHÂN ĐỀ NGHỊ BIỂU DƯƠNG'])).toBe('title');
    expect(footerPart(['Chủ tịch Công đoàn cơ sở', 'Lò Văn Tâm'])).toBeNull();
    expect(footerPart(['Khối cơ quan huyện'])).toBeNull();
    expect(footerPart(['Ghi chép số liệu'])).toBeNull();
  });
});

describe('the row of column numbers under the header', () => {
  for (const [label, cells] of [
    ['in brackets', (i: number) => `(${i + 1})`],
    ['bare', (i: number) => String(i + 1)],
    ['as letters', (i: number) => String.fromCharCode(65 + i)],
  ] as const) {
    it(`is skipped when written ${label}`, async () => {
      const numbers = Array.from({ length: 11 }, (_, i) => cells(i)).join(',');
      const result = await readCsv(`numbers-${label}.csv`, [HEADER, numbers, ROW(1, 'Lò Thị Mai')]);
      expect(result.findings).toEqual([]);
      expect(result.nominees.map((n) => n.row)).toEqual([3]);
    });
  }

  it('is a row of the table when it is not the first under the header', async () => {
    const numbers = Array.from({ length: 11 }, (_, i) => String(i + 1)).join(',');
    const result = await readCsv('numbers-late.csv', [HEADER, ROW(1, 'Lò Thị Mai'), numbers]);
    expect(result.findings.map((f) => f.code)).toContain('E-VALUE');
  });
});

describe('a workbook footer, loaded whole and streamed', async () => {
  const header = SHORT_HEADERS;
  const row = (n: number, name: string) => [
    n,
    name,
    1980,
    'Tam Đường',
    'HCSN',
    'LĐTT',
    'LĐTT',
    'LĐTT',
    'LĐTT',
    'LĐTT',
  ];
  const file = await writeWorkbook(at('footer.xlsx'), [
    {
      name: 'Cá nhân',
      rows: [
        header,
        header.map((_, i) => `(${i + 1})`),
        row(1, 'Lò Thị Mai'),
        row(2, 'Hà Văn Sơn'),
        ['Tổng cộng: 2 cá nhân'],
        [],
        [
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          'Lai Châu, ngày 20 tháng 4 năm 2020',
        ],
        [undefined, 'NGƯỜI LẬP BIỂU', undefined, undefined, undefined, undefined, 'TM. BAN THƯỜNG VỤ'],
        [undefined, undefined, undefined, undefined, undefined, undefined, 'CHỦ TỊCH'],
        [undefined, 'Lò Văn Tâm', undefined, undefined, undefined, undefined, 'Nguyễn Văn Bình'],
      ],
      merges: ['A5:E5', 'G7:J7', 'G8:J8', 'G9:J9', 'G10:J10'],
    },
  ]);

  for (const xlsx of ['load', 'stream'] as const) {
    it(`gives the two nominees and one info finding (${xlsx})`, async () => {
      const result = await readNomineeFile(file, { ...ctx, xlsx });
      expect(result.nominees.map((n) => n.name)).toEqual(['Lò Thị Mai', 'Hà Văn Sơn']);
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: 'I-TABLE-END',
          row: 5,
          args: expect.objectContaining({ last: 4, rows: '5, 7–10' }),
        }),
      ]);
    });
  }
});
