import { describe, expect, it } from 'vitest';
import { readNomineeFile } from '../../src/read/index.js';
import { ctx, scratch, withCode, writeWorkbook } from './helpers.js';

const at = await scratch();
const YEARS = ['2016', '2017', '2018', '2019', '2020'];
const READERS = ['load', 'stream'] as const;

describe('Năm sinh split into Nam and Nữ under a merged header', async () => {
  // the official form: `Năm sinh` over two cells, `Nam` | `Nữ` beneath, every other header two rows tall
  const top = ['STT', 'Họ và tên', 'Năm sinh', undefined, 'Đơn vị đề nghị', 'Khối', ...YEARS];
  const sub = [undefined, undefined, 'Nam', 'Nữ'];
  const numbers = top.map((_, i) => `(${i + 1})`);
  const person = (n: number, name: string, male?: number, female?: number) => [
    n,
    name,
    male,
    female,
    'Tam Đường',
    'HCSN',
    ...YEARS.map(() => 'LĐTT'),
  ];
  const tall = ['A', 'B', 'E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => `${c}1:${c}2`);
  const file = await writeWorkbook(at('gender.xlsx'), [
    {
      name: 'Cá nhân',
      rows: [
        top,
        sub,
        numbers,
        person(1, 'Lò Văn Tâm', 1980),
        person(2, 'Lò Thị Mai', undefined, 1985),
        person(3, 'Hà Văn Sơn'),
        person(4, 'Vàng A Sử', 1976, 1976),
      ],
      merges: ['C1:D1', ...tall],
    },
  ]);

  for (const xlsx of READERS) {
    describe(xlsx, async () => {
      const result = await readNomineeFile(file, { ...ctx, xlsx });

      it('reads the year as the birth year and its column as the gender', () => {
        expect(result.nominees.map((n) => [n.name, n.birthYear, n.gender, n.cells.birth_year])).toEqual([
          ['Lò Văn Tâm', 1980, 'male', 'C4'],
          ['Lò Thị Mai', 1985, 'female', 'D5'],
          ['Hà Văn Sơn', null, null, 'C6'],
          ['Vàng A Sử', null, null, 'C7'],
        ]);
      });

      it('reports a row with both filled as an error naming both cells, and nothing else', () => {
        expect(result.findings).toEqual([
          expect.objectContaining({
            code: 'E-BIRTH-BOTH',
            severity: 'error',
            row: 7,
            cell: 'D7',
            args: { male: 'C7', female: 'D7' },
          }),
        ]);
      });
    });
  }

  it('leaves a plain Năm sinh column as it was when the row under it is data', async () => {
    const plain = await writeWorkbook(at('plain-birth.xlsx'), [
      {
        name: 'Cá nhân',
        rows: [
          top.filter((h) => h !== undefined),
          [1, 'Lò Văn Tâm', 1980, 'Tam Đường', 'HCSN', ...YEARS.map(() => 'LĐTT')],
        ],
      },
    ]);
    const result = await readNomineeFile(plain, ctx);
    expect(result.nominees.map((n) => [n.birthYear, n.gender])).toEqual([[1980, null]]);
    expect(result.findings).toEqual([]);
  });
});

describe('two tables on one sheet', async () => {
  const collectiveHeader = ['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Khối', ...YEARS];
  const individualHeader = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị đề nghị', 'Khối', ...YEARS];
  const file = await writeWorkbook(at('two.xlsx'), [
    {
      name: 'Danh sách',
      rows: [
        ['DANH SÁCH TẬP THỂ ĐỀ NGHỊ BIỂU DƯƠNG'],
        collectiveHeader,
        collectiveHeader.map((_, i) => `(${i + 1})`),
        [1, 'Trường Mầm non Hoa Ban', 'Tam Đường', 'HCSN', ...YEARS.map(() => 'TTLĐTT')],
        ['Cộng: 1 tập thể'],
        [],
        ['DANH SÁCH CÁ NHÂN ĐỀ NGHỊ BIỂU DƯƠNG'],
        individualHeader,
        individualHeader.map((_, i) => `(${i + 1})`),
        [1, 'Lò Văn Tâm', 1980, 'Tam Đường', 'HCSN', ...YEARS.map(() => 'LĐTT')],
        ['Tổng cộng: 1 cá nhân'],
        [undefined, undefined, undefined, undefined, undefined, 'TM. BAN THƯỜNG VỤ'],
      ],
    },
  ]);

  for (const xlsx of READERS) {
    it(`reads each table by its own header, the second of the kind its columns say (${xlsx})`, async () => {
      const result = await readNomineeFile(file, { ...ctx, xlsx });
      expect(result.nominees.map((n) => [n.row, n.kind, n.name, n.birthYear])).toEqual([
        [4, 'collective', 'Trường Mầm non Hoa Ban', null],
        [10, 'individual', 'Lò Văn Tâm', 1980],
      ]);
      expect(result.findings.map((f) => [f.code, f.row])).toEqual([
        ['I-TABLE-END', 5],
        ['I-TABLE-SECOND', 8],
        ['I-TABLE-END', 11],
      ]);
      expect(withCode(result.findings, 'I-TABLE-SECOND')[0]?.args).toEqual({
        row: 8,
        kindVi: 'cá nhân',
        kindEn: 'individuals',
      });
    });
  }

  it('starts a second table on a sheet named for one kind too', async () => {
    const named = await writeWorkbook(at('two-named.xlsx'), [
      {
        name: 'Tập thể',
        rows: [
          collectiveHeader,
          [1, 'Trường Mầm non Hoa Ban', 'Tam Đường', 'HCSN', ...YEARS.map(() => 'TTLĐTT')],
          individualHeader,
          [1, 'Lò Văn Tâm', 1980, 'Tam Đường', 'HCSN', ...YEARS.map(() => 'LĐTT')],
        ],
      },
    ]);
    const result = await readNomineeFile(named, ctx);
    expect(result.nominees.map((n) => n.kind)).toEqual(['collective', 'individual']);
    expect(result.findings.map((f) => f.code)).toEqual(['I-TABLE-SECOND']);
  });
});
