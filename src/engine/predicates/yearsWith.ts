import { z } from 'zod';
import { atLeast } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { COMMON, join, periodText } from './words.js';
import { scanYears, type YearFacts, yearCulprits, yearSteps } from './years.js';

/** A per-year code in at least `atLeast` years of the period. */
export type YearsWith = { type: 'yearsWith'; code: string; atLeast: number };

const WORDS = {
  vi: (code: string, n: number, period: string) => `${code} ít nhất ${n} năm trong ${period}`,
  en: (code: string, n: number, period: string) =>
    `${code} in at least ${n} ${n === 1 ? 'year' : 'years'} of ${period}`,
};

/** A per-year code in at least N years of the period; `?` years may still count. */
export const yearsWith: PredicateModule<YearsWith, YearFacts> = {
  type: 'yearsWith',
  schema: () =>
    z.strictObject({
      type: z.literal('yearsWith'),
      code: z.string().min(1),
      atLeast: z.number().int().positive(),
    }),
  reads: (p) => ({ yearCodes: [p.code], distinctions: [], columns: [] }),
  evaluate(nominee, params, ctx) {
    const scan = scanYears(nominee, params.code, ctx);
    return {
      type: 'yearsWith',
      result: atLeast(scan.hit.length, scan.unknown.length, params.atLeast),
      args: { code: params.code, atLeast: params.atLeast, ...scan },
    };
  },
  describe: (p, w) => ({ text: WORDS[w.lang](p.code, p.atLeast, periodText(w)) }),
  render(_p, { args: a }, w) {
    const c = COMMON[w.lang];
    const hit = a.hit.length;
    let text = `${a.code} ${hit} ${w.lang === 'en' && hit === 1 ? 'year' : c.years}${hit ? ` (${join(a.hit)})` : ''}, ${c.needed} ${a.atLeast}`;
    if (a.unknown.length) text += `, ${c.unknown} ${join(a.unknown)}`;
    return text;
  },
  cells: (_p, e) => yearCulprits(e),
  steps: (_p, e) => yearSteps(e),
  example(p, form) {
    for (const y of form.recent(p.atLeast)) form.addYearCode(y, p.code);
  },
};
