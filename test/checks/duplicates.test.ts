import { describe, expect, it } from 'vitest';
import { DuplicateFinder, duplicateKey, findDuplicates, nameKey } from '../../src/checks/duplicates.js';
import { nominee } from '../helpers/nominee.js';

describe('nameKey', () => {
  it('ignores case, spaces and Unicode normal form', () => {
    expect(nameKey('NGUYỄN THỊ  HOA'.normalize('NFD'))).toBe(nameKey('Nguyễn Thị Hoa'));
    expect(nameKey(' Nguyễn\u00a0Thị Hoa ')).toBe(nameKey('Nguyễn Thị Hoa'));
  });

  it('keeps diacritics: Lê and Lệ are different names', () => {
    expect(nameKey('Lê Thị Hoa')).not.toBe(nameKey('Lệ Thị Hoa'));
    expect(nameKey('Nguyen Thi Hoa')).not.toBe(nameKey('Nguyễn Thị Hoa'));
  });
});

describe('findDuplicates', () => {
  const hoa = nominee({ name: 'Nguyễn Thị Hoa', birthYear: 1985, row: 9, cells: { name: 'B9' } });

  it('flags the later row of the same individual in one file, naming the first', () => {
    const again = nominee({
      name: 'NGUYỄN THỊ  HOA'.normalize('NFD'),
      birthYear: 1985,
      row: 14,
      cells: { name: 'B14' },
    });
    expect(findDuplicates([hoa, nominee({ name: 'Lò Thị Mai', row: 10 }), again])).toEqual([
      {
        code: 'D-DUP',
        severity: 'error',
        file: 'test.xlsx',
        sheet: 'Cá nhân',
        row: 14,
        cell: 'B14',
        args: { name: again.name, first: 'test.xlsx › Cá nhân!B9' },
      },
    ]);
  });

  it('finds the same individual across files', () => {
    const other = nominee({
      name: 'nguyễn thị hoa',
      birthYear: 1985,
      file: 'y-te.csv',
      sheet: 'y-te',
      row: 3,
    });
    const [dup, ...rest] = findDuplicates([hoa, other]);
    expect(rest).toEqual([]);
    expect(dup).toMatchObject({ file: 'y-te.csv', row: 3, args: { first: 'test.xlsx › Cá nhân!B9' } });
  });

  it('names the first row for every later copy', () => {
    const copies = [hoa, { ...hoa, row: 20 }, { ...hoa, row: 30 }];
    expect(findDuplicates(copies).map((f) => [f.row, f.args.first])).toEqual([
      [20, 'test.xlsx › Cá nhân!B9'],
      [30, 'test.xlsx › Cá nhân!B9'],
    ]);
  });

  it('tells people of one name apart by birth year', () => {
    expect(findDuplicates([hoa, nominee({ name: 'Nguyễn Thị Hoa', birthYear: 1990 })])).toEqual([]);
  });

  it('treats a blank birth year as a value: blank matches blank, never a written year', () => {
    const blank = nominee({ name: 'Nguyễn Văn Hùng', birthYear: null, row: 5 });
    const blankAgain = nominee({ name: 'Nguyễn Văn Hùng', birthYear: null, row: 6 });
    const dated = nominee({ name: 'Nguyễn Văn Hùng', birthYear: 1980, row: 7 });
    expect(findDuplicates([blank, dated])).toEqual([]);
    expect(findDuplicates([blank, blankAgain]).map((f) => f.row)).toEqual([6]);
  });

  it('takes a collective as its name within its unit', () => {
    const school = nominee({
      kind: 'collective',
      sheet: 'Tập thể',
      name: 'Trường THPT Tam Đường',
      unit: 'tam-duong',
    });
    const sameUnit = { ...school, name: 'trường thpt  tam đường', row: 11 };
    const otherUnit = { ...school, unit: 'sin-ho', row: 12 };
    expect(findDuplicates([school, otherUnit])).toEqual([]);
    expect(findDuplicates([school, sameUnit]).map((f) => f.row)).toEqual([11]);
  });

  it('matches collectives of an unknown unit by the unit as written', () => {
    const a = nominee({ kind: 'collective', name: 'Đội Thuế', unit: null, unitText: 'Mộc Châu' });
    const b = { ...a, unitText: 'mộc  châu', row: 9 };
    const c = { ...a, unitText: 'Yên Châu', row: 10 };
    expect(findDuplicates([a, b, c]).map((f) => f.row)).toEqual([9]);
  });

  it('never takes an individual and a collective of one name for the same nomination', () => {
    const person = nominee({ name: 'Hoa Ban', birthYear: null });
    const group = nominee({ kind: 'collective', name: 'Hoa Ban', birthYear: null });
    expect(duplicateKey(person)).not.toBe(duplicateKey(group));
  });

  it('ignores the block: one person nominated in both blocks is still one person', () => {
    expect(findDuplicates([hoa, { ...hoa, block: 'SXKD', row: 40 }]).map((f) => f.row)).toEqual([40]);
  });
});

describe('DuplicateFinder: a repeat counts once under the same unit and category', () => {
  const at = (row: number, spec: Parameters<typeof nominee>[0] = {}) =>
    nominee({
      name: 'Nguyễn Thị Hoa',
      birthYear: 1985,
      unit: 'y-te',
      row,
      cells: { name: `B${row}` },
      ...spec,
    });

  it('marks a later row under the same unit and category as a repeat of the first', () => {
    const finder = new DuplicateFinder();
    expect(finder.add(at(24))).toEqual({});
    const again = finder.add(at(27));
    expect(again.repeatOf).toEqual({ file: 'test.xlsx', sheet: 'Cá nhân', row: 24, cell: 'B24' });
    expect(again.finding).toMatchObject({
      code: 'D-DUP',
      row: 27,
      args: { first: 'test.xlsx › Cá nhân!B24' },
    });
  });

  it('counts the same person under another unit or category for each, still with D-DUP', () => {
    const finder = new DuplicateFinder();
    finder.add(at(24));
    const otherUnit = finder.add(at(30, { unit: 'giao-duc' }));
    expect(otherUnit.finding?.code).toBe('D-DUP');
    expect(otherUnit.repeatOf).toBeUndefined();
    const otherBlock = finder.add(at(31, { block: 'SXKD' }));
    expect(otherBlock.repeatOf).toBeUndefined();
    // a third row under the second unit repeats the second row, not the first
    const back = finder.add(at(35, { unit: 'giao-duc' }));
    expect(back.repeatOf).toMatchObject({ row: 30 });
    expect(back.finding?.args.first).toBe('test.xlsx › Cá nhân!B24');
    // and one under the first unit repeats the first
    expect(finder.add(at(40)).repeatOf).toMatchObject({ row: 24 });
  });

  it('keeps a repeat of a collective within its unit, and tells a CSV row without a sheet', () => {
    const finder = new DuplicateFinder();
    const school = (row: number) =>
      nominee({
        kind: 'collective',
        name: 'Trường THPT Tam Đường',
        unit: 'tam-duong',
        file: 'a.csv',
        sheet: '',
        row,
      });
    finder.add(school(3));
    const again = finder.add(school(9));
    expect(again.repeatOf).toEqual({ file: 'a.csv', sheet: '', row: 3 });
    expect(again.finding?.args.first).toBe('a.csv:3');
  });
});
