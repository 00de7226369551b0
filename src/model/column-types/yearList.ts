import { z } from 'zod';
import { foldKey } from '../fold.js';
import { items } from './codes.js';
import type { ColumnType } from './module.js';

/** A year in a list of years, with the word "year" people put before it. */
const LISTED_YEAR = /(?:năm|nam|year)?\s*\b(\d{4})\b/giu;
const RANGE = { min: 1900, max: 2200 };
const EXPECTED = 'YYYY; YYYY';

/**
 * Years, as a list: `2023; 2024`, `2018, 2019`, `Năm 2023`, or a number cell (the years a
 * head's unit was an excellent collective). What is neither a year nor a separator is an
 * E-VALUE beside the years read; a blank cell is no year.
 */
export const yearList: ColumnType<number[]> = {
  type: 'yearList',
  options: z.strictObject({}),
  store: 'yearLists',
  perYear: false,
  parse(cell, _o, context) {
    if (typeof cell === 'number') {
      if (Number.isInteger(cell) && cell >= RANGE.min && cell <= RANGE.max) return [cell];
      context?.issues.push({ code: 'E-VALUE', args: { value: String(cell), expected: EXPECTED } });
      return [];
    }
    const years: number[] = [];
    for (const part of items(cell)) {
      let rest = part;
      let found = 0;
      for (const m of part.matchAll(LISTED_YEAR)) {
        const year = Number(m[1]);
        if (year < RANGE.min || year > RANGE.max) continue;
        years.push(year);
        found++;
        rest = rest.replace(m[0], ' ');
      }
      // Whatever is left besides years and separators is something we did not understand.
      if (found === 0 || foldKey(rest) !== '')
        context?.issues.push({ code: 'E-VALUE', args: { value: part, expected: EXPECTED } });
    }
    return [...new Set(years)];
  },
  blank: () => [],
  expected: () => EXPECTED,
  show: (v) => v.join('; '),
  instructions: (_o, c) => `Các năm, cách nhau bởi dấu ; , ví dụ ${c.period.to - 2}; ${c.period.to - 1}.`,
  template: () => ({ kind: 'none' }),
  example: () => '2023; 2024',
  width: 14,
  // a list has no order: criteria count the years it holds
  compare: () => undefined,
  guide: {
    vi: 'Một danh sách năm, cách nhau bởi dấu ; (`2023; 2024`, `Năm 2023`), ví dụ các năm đơn vị đạt Tập thể lao động xuất sắc.',
    en: 'A list of years separated by ; (`2023; 2024`, `Năm 2023`), such as the years a unit was an excellent collective.',
    id: 'unit_excellent_years',
    header: { vi: 'Năm đơn vị đạt TTLĐXS', en: 'years the unit was an excellent collective' },
    options: {},
  },
};
