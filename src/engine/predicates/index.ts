import type { Predicate } from '../predicate.js';
import { all } from './all.js';
import { any } from './any.js';
import { consecutiveYears } from './consecutiveYears.js';
import { countIsZero } from './countIsZero.js';
import { distinctions } from './distinctions.js';
import { everyYear } from './everyYear.js';
import { flag } from './flag.js';
import type { PredicateModule } from './module.js';
import { onlyWhen } from './onlyWhen.js';
import { yearList } from './yearList.js';
import { yearsWith } from './yearsWith.js';

/** The closed set of predicates, by the `type` a rule file names. */
export const PREDICATES: { [T in Predicate['type']]: PredicateModule<Extract<Predicate, { type: T }>> } = {
  yearsWith,
  everyYear,
  consecutiveYears,
  distinctions,
  flag,
  countIsZero,
  yearList,
  all,
  any,
  onlyWhen,
};
