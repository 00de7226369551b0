import type { Nominee } from '../model/nominee.js';
import type { Tri, Verdict } from './kleene.js';
import type { Label, Predicate } from './predicate.js';

/**
 * What a predicate found, as data: the reporters turn it into words (`renderEvidence`).
 * `args` hold the facts a message needs (years counted, years missing, codes found).
 */
export interface Evidence {
  type: Predicate['type'];
  result: Tri;
  args: Record<string, string | number | boolean | readonly (string | number)[]>;
  children?: Evidence[];
  /** The rule file's name for this part, if it gave one. */
  label?: Label;
}

export interface RuleResult {
  id: string;
  result: Tri;
  evidence: Evidence;
}

export interface Judgement {
  nominee: Nominee;
  verdict: Verdict;
  /** Every rule that applies to the nominee, in the campaign's order. */
  rules: RuleResult[];
}
