import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { zip } from '../../scripts/lib/office-files.mjs';
import { renderFinding } from '../../src/findings/catalogue.js';
import type { InputError } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { DEFAULT_LIMITS, type Limits, MB, withDefaults } from '../../src/read/limits.js';
import { SheetXml } from '../../src/read/workbook.js';
import { inflateEntries, zipEntries } from '../../src/read/zip.js';
import { inputError } from '../helpers/errors.js';
import { ctx, INDIVIDUAL_HEADERS, scratch, writeText, writeWorkbook } from './helpers.js';

const at = await scratch();

function refusal(file: string, limits?: Partial<Limits>): Promise<InputError> {
  return inputError(readNomineeFile(file, { ...ctx, limits }));
}

const ROW = [
  1,
  'Lò Thị Mai',
  1985,
  'Nữ',
  'Thái',
  'GV',
  'Phong Thổ',
  'HCSN',
  'Không',
  '',
  '',
  'LĐTT',
  'LĐTT',
  'LĐTT',
  'LĐTT',
  'LĐTT',
];

/** A zip's entries, unpacked: to build variants of a real workbook. */
async function entriesOf(file: string): Promise<{ name: string; data: Buffer }[]> {
  const bytes = await readFile(file);
  const entries: { name: string; pieces: Uint8Array[] }[] = [];
  await inflateEntries(await zipEntries(bytes), (entry) => {
    const pieces: Uint8Array[] = [];
    entries.push({ name: entry.name, pieces });
    return (piece) => pieces.push(piece);
  });
  return entries.map(({ name, pieces }) => ({ name, data: Buffer.concat(pieces) }));
}

/** The parts of an xlsx that make a zip a workbook, for zips built by hand. */
const WORKBOOK = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
];

describe('a zip bomb', () => {
  // one 10 MB sheet, compressed to about 10 KB, listed 25 times: 250 MB from a 20 KB file
  const sheet = Buffer.alloc(10 * MB, ' ');
  const entries = [
    ...WORKBOOK,
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...Array.from({ length: 24 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 2}.xml`,
      sameDataAs: 'xl/worksheets/sheet1.xml',
    })),
  ];

  it('is refused from its directory, before anything is inflated', async () => {
    const bytes = zip(entries);
    expect(bytes.length).toBeLessThan(20 * 1024);
    const error = await refusal(await writeText(at('bomb.xlsx'), bytes));
    expect(error.finding).toMatchObject({ code: 'E-LIMIT-SIZE', args: { limit: 200 } });
    expect(renderFinding(error.finding, 'en')).toContain('more than 200 MB');
    expect(renderFinding(error.finding, 'vi')).toContain('--max-inflated-mb');
  });

  it('that declares small sizes is stopped at the declared size, not inflated whole', async () => {
    const liar = zip([...WORKBOOK, { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 1000 }]);
    const file = await writeText(at('liar.xlsx'), liar);
    expect((await refusal(file)).finding.code).toBe('E-FILE-CORRUPT');

    let delivered = 0;
    const directory = await zipEntries(liar);
    const inflating = () =>
      inflateEntries(directory, (entry) =>
        entry.name.endsWith('sheet1.xml')
          ? (piece) => {
              delivered += piece.length;
            }
          : undefined,
      );
    await expect(inflating()).rejects.toThrow(/larger than its declared size/);
    expect(delivered).toBeLessThanOrEqual(1000);
  });

  it('passes under a raised bound (the sizes are honest, only large)', async () => {
    // a real workbook with a large picture in it
    const entries = await entriesOf(
      await writeWorkbook(at('small.xlsx'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS, ROW] }]),
    );
    const picture = { name: 'xl/media/image1.png', data: Buffer.alloc(3 * MB, 7) };
    const file = await writeText(at('large.xlsx'), zip([...entries, picture]));
    expect((await refusal(file, { maxInflatedBytes: 2 * MB })).finding).toMatchObject({
      code: 'E-LIMIT-SIZE',
      args: { limit: 2 },
    });
    const result = await readNomineeFile(file, { ...ctx, limits: { maxInflatedBytes: 4 * MB } });
    expect(result.nominees).toHaveLength(1);
  });

  it('refuses a file itself larger than the bound', async () => {
    const file = await writeWorkbook(at('plain.xlsx'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }]);
    const size = (await readFile(file)).length;
    expect((await refusal(file, { maxInflatedBytes: size - 1 })).finding.code).toBe('E-LIMIT-SIZE');
  });
});

describe('rows, cells and cell length in a workbook', async () => {
  const rows = [
    INDIVIDUAL_HEADERS,
    ...Array.from({ length: 30 }, (_, i) => ROW.map((v) => (i > 0 && v === 1 ? i + 1 : v))),
  ];
  const file = await writeWorkbook(at('thirty.xlsx'), [
    { name: 'Cá nhân', rows, styledRows: [200, 201, 202] },
  ]);

  it('reads the file within the default bounds', async () => {
    const result = await readNomineeFile(file, ctx);
    expect(result.nominees).toHaveLength(30);
  });

  it('counts rows holding data, not rows kept only for their format', async () => {
    // 31 rows with data (the header and 30 nominees) and 3 formatted rows
    await expect(readNomineeFile(file, { ...ctx, limits: { maxRows: 31 } })).resolves.toBeDefined();
    const error = await refusal(file, { maxRows: 30 });
    expect(error.finding).toMatchObject({ code: 'E-LIMIT-ROWS', args: { limit: 30 } });
    expect(renderFinding(error.finding, 'vi')).toContain('--max-rows');
  });

  it('counts every stored cell, formatted or not', async () => {
    const error = await refusal(file, { maxCells: 500 });
    expect(error.finding).toMatchObject({ code: 'E-LIMIT-CELLS', args: { limit: 500 } });
  });

  it('bounds the cells of a workbook loaded whole, not of one that streams a row at a time', async () => {
    const streamed = await readNomineeFile(file, { ...ctx, xlsx: 'stream', limits: { maxCells: 500 } });
    expect(streamed.nominees).toHaveLength(30);
  });

  it('refuses a cell longer than the bound, naming it', async () => {
    const long = await writeWorkbook(at('long.xlsx'), [
      { name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS, ROW, [2, 'x'.repeat(5000)]] },
    ]);
    const error = await refusal(long, { maxCellLength: 1000 });
    expect(error.finding).toMatchObject({
      code: 'E-LIMIT-CELL-LENGTH',
      sheet: 'Cá nhân',
      row: 3,
      cell: 'B3',
      args: { limit: 1000 },
    });
    await expect(readNomineeFile(long, ctx)).resolves.toBeDefined();
  });
});

describe('rows, cells and line length in a CSV', () => {
  const header = 'Loại,Họ và tên,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020';
  const line = 'Cá nhân,Lò Thị Mai,Phong Thổ,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT';

  it('bounds rows; cells are not bounded, since a CSV streams a row at a time', async () => {
    const file = await writeText(at('rows.csv'), `${header}\n${`${line}\n`.repeat(20)}`);
    expect((await refusal(file, { maxRows: 20 })).finding).toMatchObject({ code: 'E-LIMIT-ROWS', row: 21 });
    expect((await readNomineeFile(file, { ...ctx, limits: { maxRows: 21 } })).nominees).toHaveLength(20);
    expect((await readNomineeFile(file, { ...ctx, limits: { maxCells: 100 } })).nominees).toHaveLength(20);
  });

  it('refuses a cell longer than the bound, naming it', async () => {
    const file = await writeText(at('long.csv'), `${header}\n${line}\nCá nhân,"${'y'.repeat(300)}"\n`);
    expect((await refusal(file, { maxCellLength: 100 })).finding).toMatchObject({
      code: 'E-LIMIT-CELL-LENGTH',
      row: 3,
      cell: 'B3',
    });
  });

  it('stops a 50 MB line (an unclosed quote, a dump without line ends) at the bound', async () => {
    const file = await writeText(at('line.csv'), `${header}\n"${'z'.repeat(50 * MB)}\n`);
    const error = await refusal(file);
    const limit = DEFAULT_LIMITS.maxCellLength * 64;
    expect(error.finding).toMatchObject({ code: 'E-LIMIT-LINE', row: 2, args: { limit } });
    expect(renderFinding(error.finding, 'en')).toContain('perhaps a closing quote is missing');
  });
});

describe('counting rows and cells in sheet XML as it streams', () => {
  const xml = Buffer.from(
    '<?xml version="1.0"?><x:worksheet><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"/></x:row>' +
      '<x:row r="2" s="3" customFormat="1"><x:c r="A2" s="3"/></x:row>' +
      '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Lò</x:t></x:is></x:c></x:row>' +
      '<x:row r="4"><x:c r="A4"><x:f>1+1</x:f></x:c></x:row>' +
      '</x:sheetData><x:cols><x:col min="1"/></x:cols><x:rowBreaks/></x:worksheet>',
  );
  const count = (pieces: Buffer[], limits: Partial<Limits>) => {
    const { maxRows, maxCells } = withDefaults(limits);
    let rows = 0;
    let cells = 0;
    const sheet = new SheetXml({
      row() {
        if (++rows > maxRows) throw new Error('rows');
      },
      cell() {
        if (++cells > maxCells) throw new Error('cells');
      },
    });
    for (const p of pieces) sheet.feed(p);
    sheet.end();
  };

  it('counts the same whether the XML comes whole or a byte at a time', () => {
    const bytes = [...xml].map((b) => Buffer.from([b]));
    for (const pieces of [[xml], bytes]) {
      // rows 1, 3 and 4 hold something; row 2 only a format. Cells: A1, B1, A2, A3, A4.
      expect(() => count(pieces, { maxRows: 3, maxCells: 5 })).not.toThrow();
      expect(() => count(pieces, { maxRows: 2 })).toThrow('rows');
      expect(() => count(pieces, { maxCells: 4 })).toThrow('cells');
    }
  });
});

describe('zip variants real writers produce', () => {
  it('reads a workbook whose zip directory uses zip64 records', async () => {
    const source = await writeWorkbook(at('source.xlsx'), [
      { name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS, ROW] },
    ]);
    const entries = await entriesOf(source);
    const file = await writeText(at('zip64.xlsx'), zip(entries, { zip64: true }));
    const result = await readNomineeFile(file, ctx);
    expect(result.nominees.map((n) => n.name)).toEqual(['Lò Thị Mai']);
  });
});
