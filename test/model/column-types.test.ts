import { describe, expect, it } from 'vitest';
import { COLUMN_TYPES } from '../../src/model/column-types/index.js';
import type { ReadContext } from '../../src/model/column-types/module.js';
import { book, campaign } from '../helpers/nominee.js';

const {
  yesNo,
  wholeNumber,
  decimal,
  money,
  date,
  year,
  scale,
  choice,
  text,
  yearTitles,
  distinctions,
  yearList,
} = COLUMN_TYPES;
const none = {} as Record<string, never>;
const guideContext = {
  period: campaign.period,
  vocabulary: campaign.vocabulary,
  feeds: true,
  header: 'Xếp loại',
};

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
    expect(scale.template(rating, guideContext)).toEqual({
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
      expect(type.parse(example, o, read()), name).toBeDefined();
      expect(type.type).toBe(name);
    }
  });
});

/** What the reader hands a type: the campaign's codes and period, and a list for the cell's problems. */
function read(): ReadContext {
  return { book, period: campaign.period, issues: [] };
}

describe('per-year titles read a year column as staff fill it', () => {
  it.each([
    ['LĐTT; HTXSNV', ['LĐTT', 'HTXSNV'], false],
    ['Lao động tiên tiến', ['LĐTT'], false],
    ['CSTĐCS', ['CSTĐCS', 'LĐTT'], false],
    ['?', [], true],
    ['CX', [], true],
    ['LĐTT; ?', ['LĐTT'], true],
  ] as const)('%s → codes %j (and those they imply), unknown %s', (cell, codes, unknown) => {
    const context = read();
    const held = yearTitles.parse(cell, none, context);
    expect(held?.codes).toEqual(expect.arrayContaining([...codes]));
    if (codes.length === 0) expect(held?.codes).toEqual([]);
    expect(held?.unknown).toBe(unknown);
    expect(context.issues).toEqual([]);
  });

  it('a blank year holds nothing and leaves nothing unknown', () => {
    expect(yearTitles.blank(none)).toEqual({ codes: [], unknown: false });
  });

  it('an item that is no code is said beside the codes read', () => {
    const context = read();
    expect(yearTitles.parse('LĐTT; Giỏi việc nước', none, context)).toEqual({
      codes: ['LĐTT'],
      unknown: false,
    });
    expect(context.issues).toEqual([{ code: 'W-CODE-UNKNOWN', args: { value: 'Giỏi việc nước' } }]);
  });

  it('is one column a year, kept with the year codes, and guides and prompts with the campaign’s codes', () => {
    expect(yearTitles.perYear).toBe(true);
    expect(yearTitles.store).toBe('years');
    const context = { ...guideContext, year: 2018, header: '2018' };
    expect(yearTitles.instructions(none, context)).toContain('Danh hiệu, xếp loại năm 2018');
    expect(yearTitles.template(none, context)).toMatchObject({ kind: 'prompt', title: 'Năm 2018' });
    expect((yearTitles.template(none, context) as { text: string }).text).toContain('LĐTT');
  });
});

describe('dated distinctions read CODE:YEAR lists', () => {
  it('reads each code with its year', () => {
    const context = read();
    expect(distinctions.parse('BK-UBND:2018; SK-CS:2019', none, context)).toEqual([
      { code: 'BK-UBND', year: 2018 },
      { code: 'SK-CS', year: 2019 },
    ]);
    expect(context.issues).toEqual([]);
  });

  it('keeps a code without a year, as unknown to the criteria, and says so', () => {
    const context = read();
    expect(distinctions.parse('BK-UBND', none, context)).toEqual([{ code: 'BK-UBND', year: null }]);
    expect(context.issues).toEqual([{ code: 'W-YEAR-MISSING', args: { value: 'BK-UBND' } }]);
  });

  it('says a year outside the period, and an item that is no code', () => {
    const context = read();
    const { from, to } = campaign.period;
    expect(distinctions.parse(`SK-CS:${from - 3}; Huân chương vũ trụ:2018`, none, context)).toEqual([
      { code: 'SK-CS', year: from - 3 },
    ]);
    expect(context.issues.map((i) => i.code)).toEqual(['W-YEAR-OUTSIDE', 'W-CODE-UNKNOWN']);
    expect(context.issues[0]?.args).toMatchObject({ year: from - 3, from, to });
  });

  it('a blank cell is none; the guide and prompt name the campaign’s codes and period', () => {
    expect(distinctions.blank(none)).toEqual([]);
    const guide = distinctions.instructions(none, guideContext);
    expect(guide).toContain(`Chỉ tính năm trong ${campaign.period.from}–${campaign.period.to}`);
    expect(guide).toContain('thiếu năm thì tiêu chí liên quan chỉ là "cần xem xét"');
    expect(distinctions.instructions(none, { ...guideContext, feeds: false })).not.toContain('cần xem xét');
    expect(distinctions.template(none, guideContext)).toEqual({
      kind: 'prompt',
      title: 'Xếp loại',
      text: `MÃ:NĂM, cách nhau bởi ; — ${campaign.vocabulary.distinctions.map((d) => d.code).join(', ')}`,
    });
    expect(
      distinctions.show(
        [
          { code: 'BK-UBND', year: 2018 },
          { code: 'SK-CS', year: null },
        ],
        none,
        'vi',
      ),
    ).toBe('BK-UBND:2018; SK-CS');
  });
});

describe('a list of years', () => {
  it.each([
    ['2018; 2019', [2018, 2019], 0],
    ['Năm 2018, năm 2019', [2018, 2019], 0],
    [2019, [2019], 0],
    ['2018; hai năm', [2018], 1],
    [12, [], 1],
  ] as const)('%s → %j with %i problem(s)', (cell, years, problems) => {
    const context = read();
    expect(yearList.parse(cell, none, context)).toEqual(years);
    expect(context.issues.filter((i) => i.code === 'E-VALUE')).toHaveLength(problems);
  });
});

describe('a yes/no column says what its blank means', () => {
  it('blank is unknown, or what the declaration says', () => {
    expect(yesNo.blank(none)).toBeNull();
    expect(yesNo.blank({ blank: false })).toBe(false);
    expect(yesNo.instructions(none, guideContext)).toBe(
      'Có / Không. Để trống nghĩa là chưa rõ: tiêu chí cần cột này sẽ là "cần xem xét".',
    );
    expect(yesNo.instructions({ blank: false }, guideContext)).toBe('Có / Không. Để trống nghĩa là Không.');
  });
});
