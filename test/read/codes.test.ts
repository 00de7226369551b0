import { describe, expect, it } from 'vitest';
import { distinctionReader } from '../../src/model/column-types/distinctions.js';
import type { CellIssue } from '../../src/model/column-types/module.js';
import { yearList } from '../../src/model/column-types/yearList.js';
import { yearCellReader } from '../../src/model/column-types/yearTitles.js';
import { book, campaign } from '../helpers/nominee.js';

const yearCell = yearCellReader(book);
const distinctions = distinctionReader(book, campaign.period);

function year(value: string | number | null) {
  const issues: CellIssue[] = [];
  const cell = yearCell(value, issues);
  return { codes: [...cell.codes].sort(), unknown: cell.unknown, issues };
}

describe('per-year codes', () => {
  it.each([
    ['LĐTT', ['LĐTT']],
    ['ldtt', ['LĐTT']],
    ['Lao động tiên tiến', ['LĐTT']],
    ['lao dong tien tien', ['LĐTT']],
    ['Chiến sĩ thi đua cấp tỉnh', ['CSTĐCS', 'CSTĐT', 'LĐTT']],
    ['CSTĐT', ['CSTĐCS', 'CSTĐT', 'LĐTT']],
    ['TTLĐXS', ['HTCT', 'TTLĐTT', 'TTLĐXS']],
    ['Hoàn thành chỉ tiêu, nhiệm vụ SXKD', ['HTCT']],
    ['HTTNV, Hoàn thành chỉ tiêu, nhiệm vụ SXKD', ['HTCT', 'HTTNV']],
    ['Hoàn thành chỉ tiêu, nhiệm vụ SXKD; ĐVXS', ['HTCT', 'ĐVXS']],
    ['LĐTT; HTXSNV', ['HTCT', 'HTTNV', 'HTXSNV', 'LĐTT']],
    ['LĐTT,ĐVXS', ['LĐTT', 'ĐVXS']],
    ['LĐTT\nĐVXS', ['LĐTT', 'ĐVXS']],
    ['LĐTT ĐVXS', ['LĐTT', 'ĐVXS']],
    ['LĐTT + ĐVXS', ['LĐTT', 'ĐVXS']],
    ['Lao\u00a0động tiên tiến', ['LĐTT']],
  ])('%j holds %j', (text, codes) => {
    expect(year(text)).toEqual({ codes, unknown: false, issues: [] });
  });

  it.each(['?', 'CX', 'cx', 'Chưa xét', 'chua xet'])('%j is a year not yet assessed', (text) => {
    expect(year(text)).toEqual({ codes: [], unknown: true, issues: [] });
  });

  it('keeps codes written beside a "?"', () => {
    expect(year('LĐTT; ?')).toEqual({ codes: ['LĐTT'], unknown: true, issues: [] });
  });

  it('reads a blank cell as nothing achieved, not unknown', () => {
    expect(year(null)).toEqual({ codes: [], unknown: false, issues: [] });
    expect(year('  ')).toEqual({ codes: [], unknown: false, issues: [] });
  });

  it('reports an unknown code and drops it, keeping the others', () => {
    const r = year('LĐTT; ABC');
    expect(r.codes).toEqual(['LĐTT']);
    expect(r.issues).toEqual([{ code: 'W-CODE-UNKNOWN', args: { value: 'ABC' } }]);
  });

  it('never credits a code inside words it does not understand', () => {
    const r = year('Không đạt LĐTT');
    expect(r.codes).toEqual([]);
    expect(r.issues).toEqual([{ code: 'W-CODE-UNKNOWN', args: { value: 'Không đạt LĐTT' } }]);
  });

  it('reports a number in a year cell', () => {
    expect(year(1).issues).toEqual([{ code: 'W-CODE-UNKNOWN', args: { value: '1' } }]);
  });
});

describe('dated distinctions', () => {
  function read(text: string) {
    const issues: CellIssue[] = [];
    return { list: distinctions(text, issues), issues };
  }

  it.each([
    ['BK-UBND:2018', 2018],
    ['BK-UBND: 2018', 2018],
    ['BK-UBND (2018)', 2018],
    ['BK-UBND - 2018', 2018],
    ['BK-UBND năm 2018', 2018],
    ['bk ubnd nam 2018', 2018],
    ['Bằng khen của UBND tỉnh:2019', 2019],
  ])('%j is BK-UBND of %i', (text, y) => {
    expect(read(text)).toEqual({ list: [{ code: 'BK-UBND', year: y }], issues: [] });
  });

  it('reads several items, names holding commas among them', () => {
    const r = read('Bằng khen của Bộ, ngành trung ương:2017; HC:2019, BLĐST (2020)');
    expect(r.list).toEqual([
      { code: 'BK-BO', year: 2017 },
      { code: 'HC', year: 2019 },
      { code: 'BLĐST', year: 2020 },
    ]);
    expect(r.issues).toEqual([]);
  });

  it('reads a bare year as another of the distinction before it', () => {
    const r = read('SK-CS: 2017, 2018; 2015');
    expect(r.list).toEqual([
      { code: 'SK-CS', year: 2017 },
      { code: 'SK-CS', year: 2018 },
      { code: 'SK-CS', year: 2015 },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['W-YEAR-OUTSIDE']);
  });

  it('reports a bare year with nothing before it', () => {
    expect(read('2018').issues).toEqual([{ code: 'W-CODE-UNKNOWN', args: { value: '2018' } }]);
  });

  it('keeps a code without a year, with a warning', () => {
    const r = read('BK-TLĐ');
    expect(r.list).toEqual([{ code: 'BK-TLĐ', year: null }]);
    expect(r.issues).toEqual([{ code: 'W-YEAR-MISSING', args: { value: 'BK-TLĐ' } }]);
  });

  it('keeps a year outside the period with its year, with a warning', () => {
    const r = read('SK-T:2015');
    expect(r.list).toEqual([{ code: 'SK-T', year: 2015 }]);
    expect(r.issues).toEqual([
      {
        code: 'W-YEAR-OUTSIDE',
        args: { value: 'SK-T:2015', year: 2015, from: campaign.period.from, to: campaign.period.to },
      },
    ]);
  });

  it('reports an unknown distinction and keeps reading', () => {
    const r = read('Giấy khen:2018; SK-CS:2019');
    expect(r.list).toEqual([{ code: 'SK-CS', year: 2019 }]);
    expect(r.issues).toEqual([{ code: 'W-CODE-UNKNOWN', args: { value: 'Giấy khen:2018' } }]);
  });
});

describe('lists of years', () => {
  it.each([
    ['2018; 2019', [2018, 2019]],
    ['2018, 2019', [2018, 2019]],
    ['2018 2019', [2018, 2019]],
    ['Năm 2018, năm 2019', [2018, 2019]],
  ])('%j is %j', (text, years) => {
    const issues: CellIssue[] = [];
    expect(yearList.parse(text, {}, { book, period: campaign.period, issues })).toEqual(years);
    expect(issues).toEqual([]);
  });

  it('reads a number cell', () => {
    const issues: CellIssue[] = [];
    expect(yearList.parse(2019, {}, { book, period: campaign.period, issues })).toEqual([2019]);
  });

  it('reports what is not a year', () => {
    const issues: CellIssue[] = [];
    expect(yearList.parse('2018; hai năm', {}, { book, period: campaign.period, issues })).toEqual([2018]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'E-VALUE', args: { value: 'hai năm' } });
  });
});
