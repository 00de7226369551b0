import { z } from 'zod';
import type { ColumnType } from './module.js';
import { plainGuide } from './module.js';
import { compareNumbers } from './numbers.js';

const YEAR = /^\d{4}$/;
/** `12/03/1985`, `1985-03-12`: people write a date where the year is asked. */
const DATE_YEAR = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{4})|(\d{4})[/.-]\d{1,2}[/.-]\d{1,2})$/;
const RANGE = { min: 1900, max: 2200 };

/** A year, four digits; a date written instead gives its year. */
export const year: ColumnType<number> = {
  type: 'year',
  options: z.strictObject({}),
  store: 'values',
  perYear: false,
  parse(cell) {
    let y: number | undefined;
    if (cell instanceof Date) y = cell.getUTCFullYear();
    else if (typeof cell === 'number') y = cell;
    else if (typeof cell === 'string') {
      const text = cell.trim();
      if (YEAR.test(text)) y = Number(text);
      else {
        const m = DATE_YEAR.exec(text);
        if (m) y = Number(m[1] ?? m[2]);
      }
    }
    return y !== undefined && Number.isInteger(y) && y >= RANGE.min && y <= RANGE.max ? y : undefined;
  },
  blank: () => null,
  expected: () => 'YYYY',
  show: (v) => String(v),
  instructions: (_o, c) => plainGuide('năm, 4 chữ số', c.feeds),
  template: () => ({ kind: 'whole', min: RANGE.min, max: RANGE.max }),
  example: () => '1985',
  width: 14,
  compare: compareNumbers,
  guide: {
    vi: 'Một năm, bốn chữ số; ghi cả ngày thì lấy năm của ngày đó.',
    en: 'A year, four digits; a whole date gives its year.',
    id: 'nam_vao_nganh',
    header: { vi: 'Năm vào ngành', en: 'year joined' },
    options: {},
  },
};
