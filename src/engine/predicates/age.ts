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

/** Age on a given day, from a birth date or birth year column (tuổi đời). */
export type Age = ElapsedParams & { type: 'age' };

const WORDS = {
  vi: { age: 'tuổi', at: 'tính đến' },
  en: { age: 'age', at: 'on' },
};

export const age: PredicateModule<Age, ElapsedFacts> = {
  type: 'age',
  schema: () =>
    z
      .strictObject({ type: z.literal('age'), ...elapsedSchema })
      .refine((p) => p.atLeast !== undefined || p.atMost !== undefined, 'give atLeast or atMost'),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.column] }),
  evaluate(nominee, p) {
    return { type: 'age', ...evaluateElapsed(nominee, p) };
  },
  describe: (p, w) => ({
    text: `${WORDS[w.lang].age} ${boundsText(p, w.lang)} (${WORDS[w.lang].at} ${dayText(p.at)})`,
  }),
  render(p, { args: a }, w) {
    const name = w.column(a.column)[w.lang];
    if (a.years.length === 0) return `${name}: ${COMMON[w.lang].blank}`;
    return `${WORDS[w.lang].age} ${a.years.join('–')} ${WORDS[w.lang].at} ${dayText(p.at)} (${COMMON[w.lang].needed} ${boundsText(p, w.lang)})`;
  },
  cells: (p) => [p.column],
  steps: elapsedSteps,
  example(p, form) {
    const year = Number(p.at.slice(0, 4)) - (p.atLeast ?? 0) - 1;
    form.set(p.column, String(year));
  },
};
