import type { Text } from '../../model/text.js';
import { type After, after } from './after.js';
import { type Age, age } from './age.js';
import { type All, all } from './all.js';
import { type AnyOf, any } from './any.js';
import { type BlockIs, block } from './block.js';
import { type Cases, cases } from './cases.js';
import { type Compare, compare } from './compare.js';
import { type ConsecutiveTimes, consecutiveTimes } from './consecutiveTimes.js';
import { type ConsecutiveYears, consecutiveYears } from './consecutiveYears.js';
import { type CountIsZero, countIsZero } from './countIsZero.js';
import { type Distinctions, distinctions } from './distinctions.js';
import { type Ethnicity, ethnicity } from './ethnicity.js';
import { type EveryYear, everyYear } from './everyYear.js';
import { type Flag, flag } from './flag.js';
import { type Gender, gender } from './gender.js';
import { type Mentions, mentions } from './mentions.js';
import type { PredicateModule } from './module.js';
import { type OnlyWhen, onlyWhen } from './onlyWhen.js';
import { type Share, share } from './share.js';
import { type Sum, sum } from './sum.js';
import { type YearList, yearList } from './yearList.js';
import { type YearsInPost, yearsInPost } from './yearsInPost.js';
import { type YearsWith, yearsWith } from './yearsWith.js';

/**
 * Every predicate a criterion can name, by the `type` a rule file gives. A new predicate is one
 * module and its line in each of the two lists below; the `satisfies` makes the compiler refuse a
 * module missing a part, a type without a module, or a module under another name than its type.
 */
export type Predicate = (
  | YearsWith
  | EveryYear
  | ConsecutiveYears
  | Distinctions
  | Flag
  | CountIsZero
  | YearList
  | All
  | AnyOf
  | OnlyWhen
  | Compare
  | Cases
  | Share
  | Age
  | YearsInPost
  | Gender
  | Ethnicity
  | BlockIs
  | Mentions
  | Sum
  | ConsecutiveTimes
  | After
) & {
  /** A name for the part (`Cách 1`), so messages can say which part fell short. */
  label?: Text;
};

export const PREDICATES = {
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
  compare,
  cases,
  share,
  age,
  yearsInPost,
  gender,
  ethnicity,
  block,
  mentions,
  sum,
  consecutiveTimes,
  after,
} satisfies Registry;

type Registry = {
  // biome-ignore lint/suspicious/noExplicitAny: each module's facts are its own
  [T in Predicate['type']]: PredicateModule<Extract<Predicate, { type: T }>, any> & { type: T };
};
