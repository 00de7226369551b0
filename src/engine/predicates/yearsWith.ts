import { z } from 'zod';
import { atLeast } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { COMMON, join } from './words.js';
import {
  inForm,
  scanWindow,
  type Window,
  windowSchema,
  windowText,
  type YearFacts,
  yearCulprits,
  yearSteps,
} from './years.js';

/** A per-year code in at least `atLeast` years of the period. */
export type YearsWith = { type: 'yearsWith'; code: string; atLeast: number; window?: Window | undefined };

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
      window: windowSchema.optional(),
    }),
  reads: (p) => ({ yearCodes: [p.code], distinctions: [], columns: [] }),
  evaluate(nominee, params, ctx) {
    const scan = scanWindow(nominee, params.code, ctx, params.window);
    return {
      type: 'yearsWith',
      result: atLeast(scan.hit.length, scan.unknown.length, params.atLeast),
      args: { code: params.code, atLeast: params.atLeast, ...scan },
    };
  },
  describe: (p, w) => ({ text: WORDS[w.lang](p.code, p.atLeast, windowText(w, p.window)) }),
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
    for (const y of inForm(form, p.window).slice(-p.atLeast)) form.addYearCode(y, p.code);
  },
  guide: {
    vi: 'Một danh hiệu theo năm (cột năm) đạt ít nhất N năm trong giai đoạn, hoặc trong `window` tính từ năm đề nghị ({ "from": -1, "to": -1 } là "năm trước liền kề"). Năm ghi "?" có thể còn tính.',
    en: 'A per-year code (the year columns) in at least N years of the period, or of a `window` counted from the proposal year ({ "from": -1, "to": -1 } is "the year before"). A year written "?" may still count.',
    example: { type: 'yearsWith', code: 'HTXSNV', atLeast: 1, window: { from: -1, to: -1 } },
  },
};
