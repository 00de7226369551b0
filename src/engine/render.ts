import type { Lang } from '../model/text.js';
import { renderEvidence } from './predicate.js';
import type { RuleResult } from './types.js';
import { type WordingSource, wording } from './wording.js';

/**
 * A rule's evidence in words. The engine returns facts; the predicates' modules phrase them,
 * in Vietnamese or English, for every reporter.
 */
export function renderRuleMessage(rule: RuleResult, lang: Lang, campaign: WordingSource): string {
  return renderEvidence(rule.test, rule.evidence, wording(campaign, lang));
}
