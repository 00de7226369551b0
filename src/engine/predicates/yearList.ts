import { z } from 'zod';
import { atLeast } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { COMMON, join, periodText } from './words.js';

/** A list-of-years column names at least `atLeast` years of the period. */
export type YearList = { type: 'yearList'; field: string; atLeast: number };

type YearListFacts = { field: string; atLeast: number; years: readonly number[]; outside: readonly number[] };

const WORDS = {
  vi: (label: string, n: number, period: string) => `${label}: ít nhất ${n} năm trong ${period}`,
  en: (label: string, n: number, period: string) => `${label}: at least ${n} years of ${period}`,
};

/** A list-of-years column names at least N distinct years of the period. */
export const yearList: PredicateModule<YearList, YearListFacts> = {
  type: 'yearList',
  schema: () =>
    z.strictObject({
      type: z.literal('yearList'),
      field: z.string().min(1),
      atLeast: z.number().int().positive(),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.field] }),
  evaluate(nominee, params, ctx) {
    const listed = nominee.yearLists[params.field] ?? [];
    const inPeriod = [...new Set(listed.filter((y) => y >= ctx.from && y <= ctx.to))].sort((a, b) => a - b);
    const outside = listed.filter((y) => y < ctx.from || y > ctx.to);
    return {
      type: 'yearList',
      result: atLeast(inPeriod.length, 0, params.atLeast),
      args: { field: params.field, atLeast: params.atLeast, years: inPeriod, outside },
    };
  },
  describe: (p, w) => ({ text: WORDS[w.lang](w.column(p.field)[w.lang], p.atLeast, periodText(w)) }),
  render(_p, { args: a }, w) {
    const c = COMMON[w.lang];
    let text = `${w.column(a.field)[w.lang]}: ${a.years.length ? join(a.years) : c.blank} (${c.needed} ${a.atLeast})`;
    if (a.outside.length) text += `; ${join(a.outside)} ${c.outside}`;
    return text;
  },
  cells: (p) => [p.field],
  // a list is never open: what it does not name it does not have
  steps: () => [],
  example(p, form) {
    form.set(p.field, form.recent(p.atLeast).join('; '));
  },
  guide: {
    vi: 'Một cột ghi danh sách năm nêu ít nhất N năm khác nhau của giai đoạn.',
    en: 'A list-of-years column names at least N distinct years of the period.',
    example: { type: 'yearList', field: 'unit_excellent_years', atLeast: 2 },
  },
};
