import { type ElapsedParams, elapsedPredicate } from './elapsed.js';

/** Whole years since a date column (appointment, joining) on a given day (thâm niên). */
export type YearsInPost = ElapsedParams & { type: 'yearsInPost' };

export const yearsInPost = elapsedPredicate(
  'yearsInPost',
  { vi: 'năm công tác', en: 'years in post' },
  (year) => `01/01/${year}`,
);
