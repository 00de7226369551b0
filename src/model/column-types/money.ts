import { z } from 'zod';
import { stripDiacritics } from '../fold.js';
import type { ColumnType } from './module.js';
import { plainGuide } from './module.js';
import { compareNumbers, parseNumber, showNumber } from './numbers.js';

/** Words for a unit of money after the number, by what they multiply. */
const SCALES: [RegExp, number][] = [
  [/^(?:ty|ti|billion|bn)$/, 1_000_000_000],
  [/^(?:trieu|tr|trd|million|m)$/, 1_000_000],
  [/^(?:nghin|ngan|k|thousand)$/, 1_000],
  [/^(?:dong|d|vnd|vnđ)?$/, 1],
];

const NUMBER_THEN_WORD = /^([\d.,\s]+?)\s*([a-z]*)\.?$/;

/**
 * An amount in đồng as people write it: `80.000.000`, `80 triệu`, `80tr`, `1,2 tỷ`,
 * `80.000.000 đồng`, `500 nghìn`, or a number cell. Held as whole đồng.
 */
export const money: ColumnType<number> = {
  type: 'money',
  options: z.strictObject({}),
  store: 'values',
  perYear: false,
  parse(cell) {
    if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? Math.round(cell) : undefined;
    if (typeof cell !== 'string') return undefined;
    const m = NUMBER_THEN_WORD.exec(stripDiacritics(cell));
    if (!m) return undefined;
    const n = parseNumber((m[1] ?? '').trim());
    const scale = SCALES.find(([word]) => word.test(m[2] ?? ''))?.[1];
    if (n === undefined || scale === undefined) return undefined;
    return Math.round(n * scale);
  },
  blank: () => null,
  expected: (_o, lang) =>
    lang === 'vi' ? 'số tiền, ví dụ 80.000.000 hoặc 80 triệu' : 'an amount, e.g. 80.000.000 or 80 triệu',
  show: (v, _o, lang) => `${showNumber(v, lang)} đồng`,
  instructions: (_o, c) => plainGuide('số tiền, ví dụ 80.000.000 hoặc 80 triệu', c.feeds),
  template: () => ({ kind: 'prompt' }),
  example: () => '80 triệu',
  width: 14,
  compare: compareNumbers,
  guide: {
    vi: 'Một số tiền bằng đồng như người ta viết: 80.000.000, 80 triệu, 80tr, 1,2 tỷ, 500 nghìn.',
    en: 'An amount in đồng as people write it: 80.000.000, 80 triệu, 80tr, 1,2 tỷ, 500 nghìn.',
    id: 'thu_nhap',
    header: { vi: 'Thu nhập bình quân', en: 'average income' },
    options: {},
  },
};
