import { z } from 'zod';
import type { Nominee } from '../../model/nominee.js';
import type { Tri } from '../kleene.js';
import type { Guide, PredicateModule, Step } from './module.js';
import { declaredValue } from './value.js';
import { COMMON } from './words.js';

/**
 * Whole years from a date or a year in a declared column to a given day (`at`, `YYYY-MM-DD`), for
 * an age or years in post. A year alone, or a month, may leave the count one year open: then the
 * result is unknown unless both possible counts agree.
 */
export const elapsedSchema = {
  column: z.string().min(1),
  at: z.iso.date(),
  atLeast: z.number().int().nonnegative().optional(),
  atMost: z.number().int().nonnegative().optional(),
};

export type ElapsedParams = {
  column: string;
  at: string;
  atLeast?: number | undefined;
  atMost?: number | undefined;
};
export type ElapsedFacts = { column: string; years: readonly number[] };

/** The possible whole years elapsed (one, or two when the start is known only to the year or month). */
export function elapsedYears(start: string | number, at: string): number[] {
  const [ay = 0, am = 1, ad = 1] = at.split('-').map(Number);
  if (typeof start === 'number') return [ay - start - 1, ay - start].filter((n) => n >= 0);
  const [sy = 0, sm, sd] = start.split('-').map(Number);
  if (sm === undefined) return [ay - sy - 1, ay - sy];
  if (sd === undefined) {
    if (sm !== am) return [ay - sy - (sm > am ? 1 : 0)];
    return [ay - sy - 1, ay - sy];
  }
  return [ay - sy - (sm > am || (sm === am && sd > ad) ? 1 : 0)];
}

export function evaluateElapsed(nominee: Nominee, p: ElapsedParams): { result: Tri; args: ElapsedFacts } {
  const start = declaredValue(nominee, p.column);
  if (typeof start !== 'string' && typeof start !== 'number')
    return { result: 'unknown', args: { column: p.column, years: [] } };
  const years = elapsedYears(start, p.at);
  const holds = (n: number) =>
    (p.atLeast === undefined || n >= p.atLeast) && (p.atMost === undefined || n <= p.atMost);
  const result: Tri = years.every(holds) ? 'pass' : years.some(holds) ? 'unknown' : 'fail';
  return { result, args: { column: p.column, years } };
}

/** `từ 35 đến 55`: the bounds in words. */
export function boundsText(p: ElapsedParams, lang: 'vi' | 'en'): string {
  const from = p.atLeast === undefined ? '' : lang === 'vi' ? `từ ${p.atLeast}` : `at least ${p.atLeast}`;
  const to = p.atMost === undefined ? '' : lang === 'vi' ? `không quá ${p.atMost}` : `at most ${p.atMost}`;
  return [from, to].filter(Boolean).join(lang === 'vi' ? ', ' : ', ');
}

export function elapsedSteps(p: ElapsedParams, e: { result: Tri }): Step[] {
  return e.result === 'unknown' ? [{ fill: p.column }] : [];
}

/** `31/12/2020` */
export function dayText(at: string): string {
  return at.split('-').reverse().join('/');
}

/**
 * A predicate on whole years elapsed, worded its own way: `what` names the count (`tuổi`,
 * `năm công tác`), `example` fills the template with a start that meets it.
 */
export function elapsedPredicate<T extends string>(
  type: T,
  what: { vi: string; en: string },
  example: (year: number) => string,
  guide: Guide<ElapsedParams & { type: T }>,
): PredicateModule<ElapsedParams & { type: T }, ElapsedFacts> {
  const at = { vi: 'tính đến', en: 'on' };
  return {
    type,
    schema: () =>
      z
        .strictObject({ type: z.literal(type), ...elapsedSchema })
        .refine((p) => p.atLeast !== undefined || p.atMost !== undefined, 'give atLeast or atMost'),
    reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.column] }),
    evaluate: (nominee, p) => ({ type, ...evaluateElapsed(nominee, p) }),
    describe: (p, w) => ({
      text: `${w.column(p.column)[w.lang]}: ${what[w.lang]} ${boundsText(p, w.lang)} (${at[w.lang]} ${dayText(p.at)})`,
    }),
    render(p, { args: a }, w) {
      const name = w.column(a.column)[w.lang];
      if (a.years.length === 0) return `${name}: ${COMMON[w.lang].blank}`;
      return `${name}: ${a.years.join('–')} ${what[w.lang]} ${at[w.lang]} ${dayText(p.at)} (${COMMON[w.lang].needed} ${boundsText(p, w.lang)})`;
    },
    cells: (p) => [p.column],
    steps: elapsedSteps,
    example(p, form) {
      form.set(p.column, example(Number(p.at.slice(0, 4)) - (p.atLeast ?? 0) - 1));
    },
    guide,
  };
}
