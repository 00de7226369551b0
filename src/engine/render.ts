import type { Lang } from '../model/text.js';
import { renderEvidence, stepsOf } from './predicate.js';
import { type CellPlace, stepsText } from './steps.js';
import type { RuleResult } from './types.js';
import { type WordingSource, wording } from './wording.js';

/**
 * A rule's evidence in words. The engine returns facts; the predicates' modules phrase them,
 * in Vietnamese or English, for every reporter. A rule left open also says what would decide it
 * (the cells to fill, the years to wait for), at the nominee's own cells when they are given.
 */
export function renderRuleMessage(
  rule: RuleResult,
  lang: Lang,
  campaign: WordingSource,
  place?: CellPlace,
): string {
  const w = wording(campaign, lang);
  const facts = renderEvidence(rule.test, rule.evidence, w);
  if (rule.result !== 'unknown') return facts;
  const steps = stepsText(stepsOf(rule.test, rule.evidence), w, place);
  if (!steps) return facts;
  return `${facts.replace(/\.$/, '')}. ${steps.charAt(0).toUpperCase()}${steps.slice(1)}.`;
}
