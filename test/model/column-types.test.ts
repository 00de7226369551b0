import { describe, expect, it } from 'vitest';
import { COLUMN_TYPES } from '../../src/model/column-types/index.js';

const { yesNo, wholeNumber, decimal, money, date, year, scale, choice, text } = COLUMN_TYPES;
const none = {} as Record<string, never>;

const rating = {
  levels: [
    { name: { vi: 'Xuất sắc', en: 'Excellent' }, aliases: ['HTXSNV'] },
    { name: { vi: 'Tốt', en: 'Good' } },
    { name: { vi: 'Hoàn thành', en: 'Done' } },
    { name: { vi: 'Không hoàn thành', en: 'Not done' } },
  ],
};

describe('column types read cells as staff write them', () => {
  it.each([
    ['Có', true],
    ['x', true],
    ['✓', true],
    [1, true],
    [true, true],
    ['Không', false],
    ['ko', false],
    [0, false],
    ['có lẽ', undefined],
    [2, undefined],
  ] as const)('yes/no %s → %s', (cell, value) => {
    expect(yesNo.parse(cell, none)).toBe(value);
  });

  it.each([
    ['12', 12],
    [12, 12],
    ['1.250', 1250],
    ['không', 0],
    ['1,5', undefined],
    [-1, undefined],
    ['mười', undefined],
  ] as const)('whole number %s → %s', (cell, value) => {
    expect(wholeNumber.parse(cell, none)).toBe(value);
  });

  it.each([
    ['85,5', 85.5],
    ['85.5', 85.5],
    [85.5, 85.5],
    ['1.234,5', 1234.5],
    ['70%', 70],
    ['abc', undefined],
  ] as const)('decimal %s → %s', (cell, value) => {
    expect(decimal.parse(cell, none)).toBe(value);
  });

  it.each([
    ['80 triệu', 80_000_000],
    ['80tr', 80_000_000],
    ['80.000.000', 80_000_000],
    ['80.000.000 đồng', 80_000_000],
    ['80.000.000đ', 80_000_000],
    ['80.000.000 VNĐ', 80_000_000],
    ['1,2 tỷ', 1_200_000_000],
    ['1,2 tỉ', 1_200_000_000],
    ['500 nghìn', 500_000],
    [150000000, 150_000_000],
    ['80 con gà', undefined],
    ['nhiều', undefined],
  ] as const)('money %s → %s', (cell, value) => {
    expect(money.parse(cell, none)).toBe(value);
  });

  it.each([
    ['15/03/2021', '2021-03-15'],
    ['5-3-2021', '2021-03-05'],
    ['2021-03-15', '2021-03-15'],
    ['12/2022', '2022-12'],
    [new Date(Date.UTC(2021, 2, 15)), '2021-03-15'],
    [44270, '2021-03-15'],
    ['31/02/2021', undefined],
    ['13/2022', undefined],
    ['hôm qua', undefined],
  ] as const)('date %s → %s', (cell, value) => {
    expect(date.parse(cell, none)).toBe(value);
  });

  it.each([
    ['1985', 1985],
    [1985, 1985],
    ['12/03/1985', 1985],
    ['85', undefined],
    [1850, undefined],
  ] as const)('year %s → %s', (cell, value) => {
    expect(year.parse(cell, none)).toBe(value);
  });

  it('a scale reads a level by its name, its English name or an alias, and orders best highest', () => {
    expect(scale.parse('xuat sac', rating)).toBe('Xuất sắc');
    expect(scale.parse('HTXSNV', rating)).toBe('Xuất sắc');
    expect(scale.parse('Good', rating)).toBe('Tốt');
    expect(scale.parse('Khá', rating)).toBeUndefined();
    expect(scale.compare('Xuất sắc', 'Tốt', rating)).toBeGreaterThan(0);
    expect(scale.compare('Hoàn thành', 'Tốt', rating)).toBeLessThan(0);
    expect(scale.template(rating)).toEqual({
      kind: 'list',
      values: ['Xuất sắc', 'Tốt', 'Hoàn thành', 'Không hoàn thành'],
    });
  });

  it('a choice reads one of its values and has no order', () => {
    const sectors = {
      choices: [{ name: { vi: 'Nông dân', en: 'Farmer' } }, { name: { vi: 'Công nhân', en: 'Worker' } }],
    };
    expect(choice.parse('nong dan', sectors)).toBe('Nông dân');
    expect(choice.parse('Trí thức', sectors)).toBeUndefined();
    expect(choice.compare('Nông dân', 'Công nhân', sectors)).toBeUndefined();
  });

  it('free text is kept as written, spaces tidied', () => {
    expect(text.parse('  Trưởng   phòng ', none)).toBe('Trưởng phòng');
  });

  it('dates compare by day, and a month against a day inside it cannot be told', () => {
    expect(date.compare('2021-03-15', '2021-03-16', none)).toBeLessThan(0);
    expect(date.compare('2022-12', '2021-03-16', none)).toBeGreaterThan(0);
    expect(date.compare('2022-12', '2022-12-05', none)).toBeUndefined();
  });

  it('shows values in Vietnamese and English', () => {
    expect(money.show(80_000_000, none, 'vi')).toBe('80.000.000 đồng');
    expect(money.show(80_000_000, none, 'en')).toBe('80,000,000 đồng');
    expect(decimal.show(85.5, none, 'vi')).toBe('85,5');
    expect(date.show('2021-03-15', none, 'vi')).toBe('15/03/2021');
    expect(date.show('2022-12', none, 'vi')).toBe('12/2022');
    expect(yesNo.show(false, none, 'vi')).toBe('Không');
  });

  it('every type reads back its own template example', () => {
    const options: Record<string, object> = { scale: rating, choice: { choices: rating.levels } };
    for (const [name, type] of Object.entries(COLUMN_TYPES)) {
      const o = (options[name] ?? none) as never;
      const example = type.example(o);
      if (example === '') continue;
      expect(type.parse(example, o), name).toBeDefined();
      expect(type.type).toBe(name);
    }
  });
});
