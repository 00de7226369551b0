import { z } from 'zod';
import type { ColumnType } from './module.js';
import { plainGuide } from './module.js';
import { compareNumbers, parseNumber, showNumber } from './numbers.js';

/** A number with decimals, written with a Vietnamese comma (`85,5`) or a point (`85.5`). */
export const decimal: ColumnType<number> = {
  type: 'decimal',
  options: z.strictObject({}),
  store: 'values',
  perYear: false,
  parse(cell) {
    if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : undefined;
    if (typeof cell !== 'string') return undefined;
    return parseNumber(cell.replace(/\s*%$/, ''));
  },
  blank: () => null,
  expected: (_o, lang) => (lang === 'vi' ? 'số, ví dụ 85,5' : 'a number, e.g. 85.5'),
  show: (v, _o, lang) => showNumber(v, lang),
  instructions: (_o, c) => plainGuide('số, ví dụ 85,5', c.feeds),
  template: () => ({ kind: 'decimal', min: 0 }),
  example: () => '85,5',
  width: 14,
  compare: compareNumbers,
  guide: {
    vi: 'Một số có phần thập phân, viết dấu phẩy kiểu Việt Nam (85,5) hoặc dấu chấm; dấu % ở cuối được bỏ qua.',
    en: 'A number with decimals, with a Vietnamese comma (85,5) or a point; a trailing % is ignored.',
    id: 'diem_danh_gia',
    header: { vi: 'Điểm đánh giá', en: 'assessment score' },
    options: {},
  },
};
