import { z } from 'zod';
import {
  boundsText,
  dayText,
  type ElapsedFacts,
  type ElapsedParams,
  elapsedSchema,
  elapsedSteps,
  evaluateElapsed,
} from './elapsed.js';
import type { PredicateModule } from './module.js';
import { COMMON } from './words.js';

/** Whole years since a date column (appointment, joining) on a given day (thâm niên). */
export type YearsInPost = ElapsedParams & { type: 'yearsInPost' };

const WORDS = {
  vi: { years: 'năm công tác', at: 'tính đến' },
  en: { years: 'years in post', at: 'on' },
};

export const yearsInPost: PredicateModule<YearsInPost, ElapsedFacts> = {
  type: 'yearsInPost',
  schema: () =>
    z
      .strictObject({ type: z.literal('yearsInPost'), ...elapsedSchema })
      .refine((p) => p.atLeast !== undefined || p.atMost !== undefined, 'give atLeast or atMost'),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.column] }),
  evaluate(nominee, p) {
    return { type: 'yearsInPost', ...evaluateElapsed(nominee, p) };
  },
  describe: (p, w) => ({
    text: `${w.column(p.column)[w.lang]}: ${WORDS[w.lang].years} ${boundsText(p, w.lang)} (${WORDS[w.lang].at} ${dayText(p.at)})`,
  }),
  render(p, { args: a }, w) {
    const name = w.column(a.column)[w.lang];
    if (a.years.length === 0) return `${name}: ${COMMON[w.lang].blank}`;
    return `${name}: ${a.years.join('–')} ${WORDS[w.lang].years} ${WORDS[w.lang].at} ${dayText(p.at)} (${COMMON[w.lang].needed} ${boundsText(p, w.lang)})`;
  },
  cells: (p) => [p.column],
  steps: elapsedSteps,
  example(p, form) {
    const year = Number(p.at.slice(0, 4)) - (p.atLeast ?? 0) - 1;
    form.set(p.column, `01/01/${year}`);
  },
};
