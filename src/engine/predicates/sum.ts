import { z } from 'zod';
import type { Tri } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { constantFor, declaredValue } from './value.js';
import { COMMON } from './words.js';

const OPS = ['atLeast', 'atMost', 'above', 'below'] as const;
type Op = (typeof OPS)[number];

/**
 * The sum of several declared number columns against a constant: "tổng số sáng kiến 3 năm từ 5
 * trở lên" over one column a year (`sang_kien_2022`, `sang_kien_2023`, `sang_kien_2024`), or a
 * money column a year. The constant is written as a cell of the first column would be.
 */
export type Sum = { type: 'sum'; columns: string[]; op: Op; value: string | number };

type SumFacts = {
  total: number;
  wanted: number;
  /** the columns left blank */
  blank: readonly string[];
  /** the values of the filled ones, in the criterion's order */
  values: readonly number[];
  filled: readonly string[];
};

const WORDS = {
  vi: {
    sum: 'tổng',
    atLeast: 'từ',
    atMost: 'không quá',
    above: 'trên',
    below: 'dưới',
    soFar: 'mới có',
  },
  en: {
    sum: 'the sum of',
    atLeast: 'at least',
    atMost: 'at most',
    above: 'above',
    below: 'below',
    soFar: 'so far',
  },
} satisfies Record<'vi' | 'en', Record<Op | 'sum' | 'soFar', string>>;

/**
 * Every number column holds 0 or more, so a blank cell can only add to the sum: the known part
 * already clearing a lower bound passes, already passing an upper bound fails, and otherwise a
 * blank leaves the result open.
 */
function judge(op: Op, total: number, wanted: number, blanks: number): Tri {
  const holds = {
    atLeast: total >= wanted,
    above: total > wanted,
    atMost: total <= wanted,
    below: total < wanted,
  }[op];
  const lower = op === 'atLeast' || op === 'above';
  if (blanks === 0) return holds ? 'pass' : 'fail';
  if (lower) return holds ? 'pass' : 'unknown';
  return holds ? 'unknown' : 'fail';
}

export const sum: PredicateModule<Sum, SumFacts> = {
  type: 'sum',
  schema: () =>
    z.strictObject({
      type: z.literal('sum'),
      columns: z.array(z.string().min(1)).min(2),
      op: z.enum(OPS),
      value: z.union([z.string().min(1), z.number().nonnegative()]),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: p.columns }),
  evaluate(nominee, p, ctx) {
    const wanted = Number(constantFor(p, ctx, p.columns[0] as string, p.value));
    let total = 0;
    const blank: string[] = [];
    const filled: string[] = [];
    const values: number[] = [];
    for (const column of p.columns) {
      const value = declaredValue(nominee, column);
      if (typeof value !== 'number') {
        blank.push(column);
        continue;
      }
      total += value;
      filled.push(column);
      values.push(value);
    }
    return {
      type: 'sum',
      result: judge(p.op, total, wanted, blank.length),
      args: { total, wanted, blank, filled, values },
    };
  },
  describe(p, w) {
    const words = WORDS[w.lang];
    const names = p.columns.map((c) => w.column(c)[w.lang]).join(', ');
    const wanted = typeof p.value === 'string' ? p.value : w.value(p.columns[0] as string, p.value);
    return { text: `${words.sum} ${names} ${words[p.op]} ${wanted}` };
  },
  render(p, { args: a }, w) {
    const words = WORDS[w.lang];
    const first = p.columns[0] as string;
    const shown = (column: string, v: number) => w.value(column, v);
    const parts = a.filled.map((c, i) => shown(c, a.values[i] ?? 0));
    const total = shown(first, a.total);
    let text =
      parts.length > 1
        ? `${parts.join(' + ')} = ${total}`
        : a.blank.length
          ? `${words.soFar} ${total}`
          : total;
    text += ` (${COMMON[w.lang].needed} ${words[p.op]} ${shown(first, a.wanted)})`;
    if (a.blank.length)
      text += `; ${a.blank.map((c) => w.column(c)[w.lang]).join(', ')}: ${COMMON[w.lang].blank}`;
    return text;
  },
  cells: (p, e) => (e.result === 'unknown' ? [...e.args.blank] : [...p.columns]),
  steps: (_p, e) => e.args.blank.map((fill) => ({ fill })),
  example(p, form) {
    // a lower bound is met by the constant in every column (two or more of them, each 0 or more);
    // an upper one by nothing at all
    const lower = p.op === 'atLeast' || p.op === 'above';
    for (const column of p.columns) form.set(column, lower ? String(p.value) : '0');
  },
  guide: {
    vi: 'Tổng của nhiều cột số khai báo (một cột mỗi năm: `sang_kien_2022`, `sang_kien_2023`…) so với một hằng số: "tổng số sáng kiến 3 năm từ 5 trở lên". Ô trống chỉ có thể làm tổng lớn thêm, nên đạt khi phần đã biết đã đủ ngưỡng dưới, không đạt khi đã vượt ngưỡng trên, còn lại chưa rõ.',
    en: 'The sum of several declared number columns (one a year: `sang_kien_2022`, `sang_kien_2023`…) against a constant: "at least 5 initiatives over 3 years". A blank cell can only add to the sum, so it passes once the known part clears a lower bound, fails once it passes an upper one, and is otherwise unknown.',
    example: {
      type: 'sum',
      columns: ['sang_kien_2022', 'sang_kien_2023', 'sang_kien_2024'],
      op: 'atLeast',
      value: 5,
    },
    columns: [2022, 2023, 2024].map((year) => ({
      id: `sang_kien_${year}`,
      header: { vi: `Số sáng kiến năm ${year}`, en: `initiatives in ${year}` },
      type: 'wholeNumber' as const,
    })),
  },
};
