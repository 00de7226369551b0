import { z } from 'zod';
import type { ColumnType } from './module.js';
import { plainGuide } from './module.js';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/;
const MONTH = /^(\d{1,2})[/.-](\d{4})$/;
/** Excel counts days from 30/12/1899; these bound the serials of 1955–2119, as a date cell read as a number gives. */
const SERIAL = { min: 20_000, max: 80_000 };

const pad = (n: number) => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date as Vietnamese forms write it (`15/03/2021`, `15-3-2021`), ISO (`2021-03-15`), an Excel
 * date cell, or only a month (`12/2022`). Held as `YYYY-MM-DD`, or `YYYY-MM` for a month.
 */
export const date: ColumnType<string> = {
  type: 'date',
  options: z.strictObject({}),
  store: 'values',
  perYear: false,
  parse(cell) {
    if (cell instanceof Date) {
      if (Number.isNaN(cell.getTime())) return undefined;
      return day(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    }
    if (typeof cell === 'number') {
      if (!Number.isInteger(cell) || cell < SERIAL.min || cell > SERIAL.max) return undefined;
      const d = new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000);
      return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    if (typeof cell !== 'string') return undefined;
    const text = cell.trim();
    let m = DMY.exec(text);
    if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
    m = ISO.exec(text);
    if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
    m = MONTH.exec(text);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}`;
    return undefined;
  },
  blank: () => null,
  expected: (_o, lang) =>
    lang === 'vi' ? 'ngày/tháng/năm, ví dụ 15/03/2021' : 'day/month/year, e.g. 15/03/2021',
  show: (v) => v.split('-').reverse().join('/'),
  instructions: (_o, c) => plainGuide('ngày/tháng/năm, ví dụ 15/03/2021', c.feeds),
  template: () => ({ kind: 'prompt' }),
  example: () => '15/03/2021',
  width: 14,
  compare: compareDates,
  guide: {
    vi: 'Một ngày: 15/03/2021, 2021-03-15, ô ngày của Excel, hoặc chỉ tháng (12/2022); so sánh cần đến ngày thì tháng là chưa rõ.',
    en: 'A date: 15/03/2021, 2021-03-15, an Excel date cell, or a month alone (12/2022), which is unknown where the day decides.',
    id: 'ngay_sinh',
    header: { vi: 'Ngày sinh', en: 'date of birth' },
    options: {},
  },
};

/** Dates compared; a month against a day within it cannot be told apart. */
export function compareDates(a: string, b: string): number | undefined {
  if (a.length === b.length) return a < b ? -1 : a > b ? 1 : 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) return undefined;
  const order = a.slice(0, 7) < b.slice(0, 7) ? -1 : 1;
  return order;
}
