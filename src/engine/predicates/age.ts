import { type ElapsedParams, elapsedPredicate } from './elapsed.js';

/** Age on a given day, from a birth date or birth year column (tuổi đời). */
export type Age = ElapsedParams & { type: 'age' };

export const age = elapsedPredicate('age', { vi: 'tuổi', en: 'years of age' }, (year) => String(year));
