import { z } from 'zod';
import { foldKey } from '../fold.js';
import type { ColumnType } from './module.js';
import { compareNumbers, parseNumber, showNumber } from './numbers.js';

/** Words that say "none" in a count. */
const NONE = new Set(['khong', 'ko', 'none']);

/** A whole number from 0 (`12`, `1.250`); `không` is 0. */
export const wholeNumber: ColumnType<number> = {
  type: 'wholeNumber',
  options: z.strictObject({}),
  store: 'counts',
  perYear: false,
  parse(cell) {
    if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
    if (typeof cell !== 'string') return undefined;
    if (NONE.has(foldKey(cell))) return 0;
    const n = parseNumber(cell);
    return n !== undefined && Number.isInteger(n) ? n : undefined;
  },
  blank: () => null,
  expected: () => '0, 1, 2…',
  show: (v, _o, lang) => showNumber(v, lang),
  instructions: (_o, _c) => 'Số nguyên, 0 nếu không có ai. Để trống nghĩa là chưa rõ.',
  template: () => ({ kind: 'whole', min: 0, error: 'Số nguyên từ 0 trở lên.' }),
  example: () => '12',
  width: 12,
  compare: compareNumbers,
  guide: {
    vi: 'Một số nguyên từ 0 (số thành viên, số sáng kiến của một năm); "không" là 0.',
    en: 'A whole number from 0 (members, initiatives in a year); "không" is 0.',
    id: 'so_thanh_vien',
    header: { vi: 'Tổng số thành viên', en: 'members' },
    options: {},
  },
};
