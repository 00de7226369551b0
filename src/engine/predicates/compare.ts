import { z } from 'zod';
import type { Tri } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { constantFor, declaredValue } from './value.js';
import { COMMON } from './words.js';

const OPS = ['atLeast', 'atMost', 'above', 'below', 'is'] as const;
type Op = (typeof OPS)[number];

/**
 * A declared column's value against a constant, by the column's own order: money, numbers,
 * dates, years, the levels of a scale (`"Đại học"` or above). The constant is written as a cell of
 * the column would be (`"150 triệu"`, `"31/12/2020"`).
 */
export type Compare = { type: 'compare'; column: string; op: Op; value: string | number | boolean };

type CompareFacts = {
  column: string;
  op: Op;
  wanted: string | number | boolean;
  value: string | number | boolean | 'blank';
};

const WORDS = {
  vi: {
    atLeast: 'từ',
    atMost: 'không quá',
    above: 'trên',
    below: 'dưới',
    is: 'là',
    blank: 'để trống',
    undecided: 'chưa đủ chi tiết để so với',
  },
  en: {
    atLeast: 'at least',
    atMost: 'at most',
    above: 'above',
    below: 'below',
    is: 'is',
    blank: 'blank',
    undecided: 'not precise enough to compare with',
  },
} satisfies Record<'vi' | 'en', Record<Op | 'blank' | 'undecided', string>>;

const HOLDS: Record<Op, (order: number) => boolean> = {
  atLeast: (o) => o >= 0,
  atMost: (o) => o <= 0,
  above: (o) => o > 0,
  below: (o) => o < 0,
  is: (o) => o === 0,
};

export const compare: PredicateModule<Compare, CompareFacts> = {
  type: 'compare',
  schema: () =>
    z.strictObject({
      type: z.literal('compare'),
      column: z.string().min(1),
      op: z.enum(OPS),
      value: z.union([z.string().min(1), z.number(), z.boolean()]),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.column] }),
  evaluate(nominee, p, ctx) {
    const wanted = constantFor(p, ctx, p.column, p.value);
    const value = declaredValue(nominee, p.column);
    let result: Tri = 'unknown';
    if (value !== null) {
      const order = ctx.columns.compare(p.column, value, wanted);
      if (order !== undefined) result = HOLDS[p.op](order) ? 'pass' : 'fail';
    }
    return { type: 'compare', result, args: { column: p.column, op: p.op, wanted, value: value ?? 'blank' } };
  },
  describe: (p, w) => ({
    text: `${w.column(p.column)[w.lang]} ${WORDS[w.lang][p.op]} ${typeof p.value === 'string' ? p.value : w.value(p.column, p.value)}`,
  }),
  render(_p, { result, args: a }, w) {
    const words = WORDS[w.lang];
    const name = w.column(a.column)[w.lang];
    if (a.value === 'blank') return `${name}: ${words.blank}`;
    const shown = w.value(a.column, a.value);
    const wanted = w.value(a.column, a.wanted);
    if (result === 'unknown') return `${name}: ${shown}, ${words.undecided} ${wanted}`;
    return `${name}: ${shown} (${COMMON[w.lang].needed} ${words[a.op]} ${wanted})`;
  },
  cells: (p) => [p.column],
  // blank, or too coarse to compare (a month where a day decides): the cell is to be filled in full
  steps: (p) => [{ fill: p.column }],
  example(p, form) {
    if (p.op === 'atLeast' || p.op === 'atMost' || p.op === 'is') form.set(p.column, String(p.value));
  },
  guide: {
    vi: 'Giá trị một cột khai báo so với một hằng số theo thứ tự của kiểu cột (`atLeast`, `atMost`, `above`, `below`, `is`); hằng số viết như ô của cột ("150 triệu", "Đại học", "31/12/2020").',
    en: 'A declared column’s value against a constant, by the column type’s order (`atLeast`, `atMost`, `above`, `below`, `is`); the constant is written as a cell of the column ("150 triệu", "Đại học", "31/12/2020").',
    example: { type: 'compare', column: 'trinh_do', op: 'atLeast', value: 'Đại học' },
  },
};
