import type { Finding } from '../model/finding.js';
import type { Nominee } from '../model/nominee.js';
import type { Tri, Verdict } from './kleene.js';
import type { Predicate } from './predicate.js';
import type { Evidence } from './predicates/module.js';

export type { Evidence } from './predicates/module.js';

export interface RuleResult {
  id: string;
  result: Tri;
  evidence: Evidence;
  /** The predicate the evidence answers, walked beside it to put it into words. */
  test: Predicate;
}

export interface Judgement {
  nominee: Nominee;
  verdict: Verdict;
  /** Every rule that applies to the nominee, in the campaign's order. */
  rules: RuleResult[];
  /**
   * Set when the row repeats a nomination made before under the same unit and category: the
   * first row, with which it counts once (DOMAIN.md §5). The check sets it, not the engine.
   */
  repeatOf?: NomineeRef;
  /**
   * D-DUP, when the row repeats an individual or collective met before: the finding is about
   * this nominee alone, so a report that streams can write it with the nominee. The check sets it.
   */
  duplicate?: Finding;
}

/** Where a nominee's row is: its file, sheet (`''` for a CSV), row and name cell. */
export interface NomineeRef {
  file: string;
  sheet: string;
  row: number;
  cell?: string;
}
