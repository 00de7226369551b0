import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windows1258 } from '../../scripts/lib/office-files.mjs';
import { renderFinding } from '../../src/findings/catalogue.js';
import { sniffDelimiter } from '../../src/read/csv.js';
import { readNomineeFile } from '../../src/read/index.js';
import { inputError } from '../helpers/errors.js';
import { ctx, scratch, withCode, writeText } from './helpers.js';

const at = await scratch();
const BOM = '\uFEFF';

const HEADER =
  'Loại,Họ và tên,Năm sinh,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020,Khen thưởng,Người đứng đầu,XN phẩm chất chính trị,Số người bị kỷ luật';

async function readCsv(name: string, text: string) {
  return readNomineeFile(await writeText(at(name), text), ctx);
}

describe('a comma CSV with a BOM and title rows above the table', async () => {
  const text = [
    'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN,,,',
    '"Kèm theo Kế hoạch số 154/KH-LĐLĐ, ngày 16/3/2020",,,',
    '',
    HEADER,
    'Cá nhân,Lò Thị Mai,1985,Phong Thổ,HCSN,LĐTT,LĐTT,Chiến sĩ thi đua cấp tỉnh,HTXSNV,?,BK-UBND:2018,,Có,',
    ',,,,,,,,,,,,,',
    'Tập thể,"Trường Tiểu học Dào San, Phong Thổ",,Phong Thổ,SXKD,"Hoàn thành chỉ tiêu, nhiệm vụ SXKD",HTCT,HTCT,HTCT,CX,,,,0',
  ].join('\r\n');
  const file = path.relative(process.cwd(), await writeText(at('bom.csv'), BOM + text));
  const result = await readNomineeFile(file, ctx);

  it('finds the header below the title rows and reads every row, skipping the blank one', () => {
    expect(result.nominees.map((n) => [n.row, n.kind, n.name])).toEqual([
      [5, 'individual', 'Lò Thị Mai'],
      [7, 'collective', 'Trường Tiểu học Dào San, Phong Thổ'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('names the file as given and the sheet as empty', () => {
    for (const n of result.nominees) {
      expect(n.file).toBe(file);
      expect(n.sheet).toBe('');
    }
  });

  it('understands every cell of an individual', () => {
    const mai = result.nominees[0];
    expect(mai).toMatchObject({
      unit: 'phong-tho',
      unitText: 'Phong Thổ',
      block: 'HCSN',
      birthYear: 1985,
      flags: { head: false, attest_conduct: true, leader: null },
      distinctions: { awards: [{ code: 'BK-UBND', year: 2018 }], initiatives: [] },
    });
    expect(mai?.years['2018']?.codes).toEqual(expect.arrayContaining(['CSTĐT', 'CSTĐCS', 'LĐTT']));
    expect(mai?.years['2020']).toEqual({ codes: [], unknown: true });
    expect(mai?.cells).toMatchObject({ kind: 'A5', name: 'B5', unit: 'D5', '2020': 'J5', awards: 'K5' });
  });

  it('understands every cell of a collective', () => {
    const school = result.nominees[1];
    expect(school?.counts).toEqual({ disciplined: 0 });
    expect(school?.years['2016']).toEqual({ codes: ['HTCT'], unknown: false });
    expect(school?.years['2020']).toEqual({ codes: [], unknown: true });
    expect(school?.flags).toEqual({ attest_model: null, attest_solidarity: null, attest_compliance: null });
    expect(Object.keys(school?.years ?? {})).toEqual(['2016', '2017', '2018', '2019', '2020']);
  });
});

describe('a semicolon CSV with headers in English or without diacritics', () => {
  it('reads the same as the official headers', async () => {
    const text = [
      'kind;Ho va ten;birth_year;DON VI DE NGHI;block;Nam 2016;nam 2017;2018;2019;year 2020;awards;XN pham chat chinh tri',
      'ca nhan;Vàng A Páo;1990;sin ho;hcsn;ldtt;ldtt;ldtt;htxsnv;htxsnv;sk-t:2019, bk-ubnd:2020;co',
    ].join('\n');
    const result = await readCsv('semicolon.csv', text);
    expect(result.findings).toEqual([]);
    expect(result.nominees).toHaveLength(1);
    expect(result.nominees[0]).toMatchObject({
      row: 2,
      kind: 'individual',
      unit: 'sin-ho',
      block: 'HCSN',
      birthYear: 1990,
      flags: { attest_conduct: true },
      distinctions: {
        awards: [
          { code: 'SK-T', year: 2019 },
          { code: 'BK-UBND', year: 2020 },
        ],
      },
    });
    expect(result.nominees[0]?.years['2019']?.codes).toContain('HTXSNV');
  });
});

describe('headers', () => {
  it('throws E-HEADER-MISSING naming the file and every missing header', async () => {
    const file = at('missing.csv');
    const error = await inputError(
      readNomineeFile(await writeText(file, 'Loại,Họ và tên,Đơn vị đề nghị,2016,2017,2018,2019\n'), ctx),
    );
    expect(error.finding).toMatchObject({ code: 'E-HEADER-MISSING', file });
    expect(error.finding.args.columns).toBe('"Khối", "2020"');
  });

  it('reports a duplicate header saying the same (the first is used) and the columns it does not know', async () => {
    const text = `${HEADER},Khối,Ghi chú\nCá nhân,Lò Văn Tâm,1980,Tam Đường,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,,,,,HCSN,mới\n`;
    const result = await readCsv('duplicate.csv', text);
    expect(withCode(result.findings, 'W-HEADER-DUPLICATE')).toEqual([
      expect.objectContaining({ row: 1, cell: 'O1', args: { header: 'Khối', first: 'E', second: 'O' } }),
    ]);
    expect(withCode(result.findings, 'I-COLUMN-EXTRA')).toEqual([
      expect.objectContaining({ row: 1, args: { columns: '"Ghi chú" (P)' } }),
    ]);
    expect(result.nominees[0]?.block).toBe('HCSN');
  });

  it('reads headers carrying a note or a column number in brackets', async () => {
    const header =
      'Loại (Tập thể/Cá nhân),Họ và tên (*),Đơn vị đề nghị (1),Khối (HCSN/SXKD),2016,2017,2018,2019,2020,Người đứng đầu (Có/Không)';
    const result = await readCsv('notes.csv', `${header}\nCá nhân,Lò Văn Tâm,Tam Đường,SXKD,,,,,,Có\n`);
    expect(result.findings).toEqual([]);
    expect(result.nominees[0]).toMatchObject({ name: 'Lò Văn Tâm', block: 'SXKD', flags: { head: true } });
  });

  it('skips the row of column numbers printed under the header', async () => {
    const numbers = Array.from({ length: 14 }, (_, i) => `(${i + 1})`).join(',');
    const row = 'Cá nhân,Lò Văn Tâm,1980,Tam Đường,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,,,,';
    const result = await readCsv('numbers.csv', `${HEADER}\n${numbers}\n${row}\n`);
    expect(result.findings).toEqual([]);
    expect(result.nominees.map((n) => n.row)).toEqual([3]);
  });
});

describe('cells that cannot be understood', async () => {
  const rows = [
    HEADER,
    'Cá nhân,Lò Thị Mai,1985,Phong Thổ,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,,,Chưa rõ,',
    'Cá nhân,Lò Văn Tâm,1980,,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,,,Có,',
    'Tập thể,Phòng Giáo dục,1999,Giáo dục,HCSN,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT,,,,0',
    'Nhóm,Tổ Văn,,Giáo dục,HCSN,,,,,,,,,',
    'Cá nhân,Hà Thị Lan,1979,Huyện Mới,SXKD,HTTNV,HTTNV,ĐVXS,,,,Có,,',
  ];
  const result = await readCsv('values.csv', rows.join('\n'));

  it('reports a bad yes/no at its cell and leaves it unknown', () => {
    expect(withCode(result.findings, 'E-VALUE')[0]).toEqual({
      code: 'E-VALUE',
      severity: 'error',
      file: at('values.csv'),
      row: 2,
      column: 'XN phẩm chất chính trị',
      cell: 'M2',
      args: { value: 'Chưa rõ', header: 'XN phẩm chất chính trị', expected: 'Có / Không' },
    });
    expect(result.nominees.find((n) => n.row === 2)?.flags.attest_conduct).toBeNull();
  });

  it('drops a row whose required cell is blank, saying which', () => {
    expect(withCode(result.findings, 'E-REQUIRED')).toEqual([
      expect.objectContaining({ row: 3, cell: 'D3', column: 'Đơn vị đề nghị' }),
    ]);
    expect(result.nominees.some((n) => n.row === 3)).toBe(false);
  });

  it('warns about a filled cell in a column that does not apply to the kind', () => {
    expect(withCode(result.findings, 'W-COLUMN-NOT-APPLICABLE')).toEqual([
      expect.objectContaining({
        row: 4,
        cell: 'C4',
        args: { header: 'Năm sinh', kindVi: 'tập thể', kindEn: 'a collective', value: '1999' },
      }),
    ]);
    expect(result.nominees.find((n) => n.row === 4)?.birthYear).toBeNull();
  });

  it('drops a row whose kind is not understood', () => {
    expect(withCode(result.findings, 'E-VALUE')[1]).toMatchObject({
      row: 5,
      cell: 'A5',
      args: { value: 'Nhóm' },
    });
    expect(result.nominees.some((n) => n.row === 5)).toBe(false);
  });

  it('keeps a nominee whose unit is unknown, with a null unit and no finding (the quota check reports it)', () => {
    const lan = result.nominees.find((n) => n.row === 6);
    expect(lan).toMatchObject({ unit: null, unitText: 'Huyện Mới', flags: { head: true } });
    expect(result.findings.filter((f) => f.row === 6)).toEqual([]);
  });
});

describe('encodings and delimiters', () => {
  const ROW = 'Cá nhân,Lò Thị Mai,1985,Phong Thổ,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,,,,';
  const text = `${HEADER}\r\n${ROW}\r\n`;

  it('decodes Excel\'s plain "CSV" of a Vietnamese Windows (code page 1258), saying so', async () => {
    const result = await readNomineeFile(await writeText(at('cp1258.csv'), windows1258(text)), ctx);
    expect(result.nominees.map((n) => [n.name, n.unit])).toEqual([['Lò Thị Mai', 'phong-tho']]);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'I-ENCODING', severity: 'info', args: { encoding: 'Windows-1258' } }),
    ]);
  });

  it('refuses a legacy encoding it cannot tell, naming what it may be, never guessing', async () => {
    // "Họ và tên" in TCVN3 (the .VnTime fonts): what a report would show as "Hä vµ tªn"
    const tcvn3 = Buffer.from([0x48, 0xe4, 0x20, 0x76, 0xb5, 0x20, 0x74, 0xaa, 0x6e, 0x2c, 0x78, 0x0a]);
    const error = await inputError(readNomineeFile(await writeText(at('tcvn3.csv'), tcvn3), ctx));
    expect(error.finding.code).toBe('E-ENCODING');
    expect(renderFinding(error.finding, 'vi')).toContain('TCVN3');
    expect(renderFinding(error.finding, 'en')).toContain('"CSV UTF-8"');
  });

  it('refuses a UTF-8 file with invalid bytes past the part it sniffs, rather than garble them', async () => {
    const filler = `${text}${'Cá nhân,,,,,,,,,,,,,\r\n'.repeat(4000)}`;
    const bytes = Buffer.concat([Buffer.from(filler), Buffer.from([0xc3, 0x28]), Buffer.from(',x\r\n')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const error = await inputError(readNomineeFile(await writeText(at('broken-utf8.csv'), bytes), ctx));
    expect(error.finding).toMatchObject({
      code: 'E-ENCODING',
      args: { encodingEn: 'UTF-8 with invalid bytes' },
    });
  });

  it.each([
    ['UTF-16 with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 big-endian with its BOM', Buffer.from(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16())],
    ['UTF-16 without a BOM, tab-delimited', Buffer.from(text.replaceAll(',', '\t'), 'utf16le')],
    ["Excel's CSV UTF-8 with `;` and a BOM", Buffer.from(`\uFEFF${text.replaceAll(',', ';')}`)],
  ])('reads %s', async (_what, bytes) => {
    const result = await readNomineeFile(await writeText(at('encoded.csv'), bytes), ctx);
    expect(result.findings).toEqual([]);
    expect(result.nominees.map((n) => [n.name, n.unit, n.years['2020']?.codes])).toEqual([
      ['Lò Thị Mai', 'phong-tho', ['LĐTT']],
    ]);
  });

  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc', '\t'],
    ['Danh sách, năm 2020\nLoại;Họ và tên;"Chức vụ, đơn vị công tác";Khối', ';'],
    ['"Chức vụ; đơn vị";"x;y;z";b\n1,2,3', ','],
  ])('sniffs the delimiter of %j as %j', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('Vietnamese text as it arrives from other input methods', () => {
  const clean = `${HEADER}\nCá nhân,Lò Thị Mai,1985,Phong Thổ,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,BK-UBND:2019,Không,Có,\n`;
  /** NFD from an old Windows IME, a non-breaking space from Word, a zero-width space from the web, shouting. */
  const typed = clean
    .normalize('NFD')
    .replace('Lò Thị'.normalize('NFD'), 'LÒ\u00a0THỊ'.normalize('NFD'))
    .replace('Phong Thổ'.normalize('NFD'), 'pHONG\u200b Thổ'.normalize('NFD'))
    .replace(',HCSN,', ', hcsn\u00a0,')
    .replace('BK-UBND:2019', 'bk-ubnd\u200d: 2019')
    .replaceAll('LĐTT', 'lđtt'.normalize('NFD'));

  it('reads the same nominee from NFD, NBSP, zero-width and mixed-case text as from clean text', async () => {
    expect(typed).not.toBe(clean);
    expect(typed.normalize('NFC')).not.toContain('Lò Thị');
    const [a, b] = await Promise.all([readCsv('clean.csv', clean), readCsv('typed.csv', typed)]);
    expect(b.findings).toEqual([]);
    const essentials = (n: (typeof a.nominees)[number]) => [
      n.kind,
      n.unit,
      n.block,
      n.years,
      n.distinctions,
      n.flags,
    ];
    expect(b.nominees.map(essentials)).toEqual(a.nominees.map(essentials));
    // the name is kept as typed, only made NFC and single-spaced, so reports show what was sent
    expect(b.nominees[0]?.name).toBe('LÒ THỊ Mai');
  });
});
