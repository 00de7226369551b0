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
  windowYears,
  type YearFacts,
  yearCulprits,
  yearSteps,
} from './years.js';

/** A per-year code in every year of the period. */
export type EveryYear = { type: 'everyYear'; code: string; window?: Window | undefined };

const WORDS = {
  vi: (code: string, period: string) => `${code} tất cả các năm ${period}`,
  en: (code: string, period: string) => `${code} in every year ${period}`,
};

/** A per-year code in every year of the period: "5 consecutive years". */
export const everyYear: PredicateModule<EveryYear, YearFacts> = {
  type: 'everyYear',
  schema: () =>
    z.strictObject({
      type: z.literal('everyYear'),
      code: z.string().min(1),
      window: windowSchema.optional(),
    }),
  reads: (p) => ({ yearCodes: [p.code], distinctions: [], columns: [] }),
  evaluate(nominee, params, ctx) {
    const scan = scanWindow(nominee, params.code, ctx, params.window);
    return {
      type: 'everyYear',
      result: atLeast(scan.hit.length, scan.unknown.length, windowYears(ctx, params.window).length),
      args: { code: params.code, atLeast: windowYears(ctx, params.window).length, ...scan },
    };
  },
  describe: (p, w) => ({ text: WORDS[w.lang](p.code, windowText(w, p.window)) }),
  render(_p, { args: a }, w) {
    const c = COMMON[w.lang];
    const total = a.hit.length + a.unknown.length + a.missing.length;
    let text = `${a.code} ${a.hit.length}/${total} ${c.years}`;
    if (a.missing.length) text += `, ${c.missing} ${join(a.missing)}`;
    if (a.unknown.length) text += `, ${c.unknown} ${join(a.unknown)}`;
    return text;
  },
  cells: (_p, e) => yearCulprits(e),
  steps: (_p, e) => yearSteps(e),
  example(p, form) {
    for (const y of inForm(form, p.window)) form.addYearCode(y, p.code);
  },
  guide: {
    vi: 'Một danh hiệu theo năm đạt mọi năm của giai đoạn, hoặc của `window` ("2 năm liên tục tính cả năm đề nghị" là { "from": -1, "to": 0 }).',
    en: 'A per-year code in every year of the period, or of a `window` ("2 consecutive years including the proposal year" is { "from": -1, "to": 0 }).',
    example: { type: 'everyYear', code: 'LĐTT', window: { from: -1, to: 0 } },
  },
};
