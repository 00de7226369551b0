import { z } from 'zod';
import type { Tri } from '../kleene.js';
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

/** A per-year code in at least `atLeast` consecutive years of the period. */
export type ConsecutiveYears = {
  type: 'consecutiveYears';
  code: string;
  atLeast: number;
  window?: Window | undefined;
};

const WORDS = {
  vi: {
    describe: (code: string, n: number, period: string) =>
      `${code} ít nhất ${n} năm liên tục trong ${period}`,
    consecutive: 'năm liên tục',
  },
  en: {
    describe: (code: string, n: number, period: string) =>
      `${code} in at least ${n} consecutive years of ${period}`,
    consecutive: 'consecutive years',
  },
};

/**
 * A per-year code in at least N consecutive years of the period. With `?` years: passes when
 * a run of known years is long enough, fails when no run is long enough even if every `?` year
 * held the code, and is unknown otherwise.
 */
export const consecutiveYears: PredicateModule<ConsecutiveYears, YearFacts & { run: number }> = {
  type: 'consecutiveYears',
  schema: () =>
    z.strictObject({
      type: z.literal('consecutiveYears'),
      code: z.string().min(1),
      atLeast: z.number().int().positive(),
      window: windowSchema.optional(),
    }),
  reads: (p) => ({ yearCodes: [p.code], distinctions: [], columns: [] }),
  evaluate(nominee, params, ctx) {
    const scan = scanWindow(nominee, params.code, ctx, params.window);
    const hit = new Set(scan.hit);
    const open = new Set(scan.unknown);
    const years = windowYears(ctx, params.window);
    const known = longestRun(years, (y) => hit.has(y));
    const possible = longestRun(years, (y) => hit.has(y) || open.has(y));
    const result: Tri = known >= params.atLeast ? 'pass' : possible >= params.atLeast ? 'unknown' : 'fail';
    return {
      type: 'consecutiveYears',
      result,
      args: { code: params.code, atLeast: params.atLeast, run: known, ...scan },
    };
  },
  describe: (p, w) => ({ text: WORDS[w.lang].describe(p.code, p.atLeast, windowText(w, p.window)) }),
  render(_p, { args: a }, w) {
    const c = COMMON[w.lang];
    let text = `${a.code} ${a.run} ${WORDS[w.lang].consecutive}${a.hit.length ? ` (${join(a.hit)})` : ''}, ${c.needed} ${a.atLeast}`;
    if (a.unknown.length) text += `, ${c.unknown} ${join(a.unknown)}`;
    return text;
  },
  cells: (_p, e) => yearCulprits(e),
  steps: (_p, e) => yearSteps(e),
  example(p, form) {
    for (const y of inForm(form, p.window).slice(-p.atLeast)) form.addYearCode(y, p.code);
  },
  guide: {
    vi: 'Một danh hiệu theo năm đạt ít nhất N năm liên tục trong giai đoạn (hoặc trong `window`). Năm "?" làm kết quả chưa rõ khi nó có thể nối hoặc cắt chuỗi.',
    en: 'A per-year code in at least N consecutive years of the period (or of a `window`). A "?" year leaves the result unknown when it could make or break the run.',
    example: { type: 'consecutiveYears', code: 'LĐTT', atLeast: 3 },
  },
};

function longestRun(years: readonly string[], holds: (year: string) => boolean): number {
  let best = 0;
  let current = 0;
  for (const year of years) {
    current = holds(year) ? current + 1 : 0;
    if (current > best) best = current;
  }
  return best;
}
