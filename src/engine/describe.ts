import type { Lang } from '../model/text.js';
import { activeTest, type Criterion } from './criterion.js';
import { describePredicate } from './predicate.js';
import type { Description } from './predicates/module.js';
import { type WordingSource, wording } from './wording.js';

export type { Description } from './predicates/module.js';

/**
 * A criterion in plain words, generated from the rule file so `eligibility rules` can never
 * disagree with what the engine does.
 */
export function describeCriterion(c: Criterion, lang: Lang, campaign: WordingSource): Description {
  return describePredicate(activeTest(c), wording(campaign, lang));
}

/** The description as indented lines, for text and markdown output. */
export function descriptionLines(d: Description, indent = ''): string[] {
  return [`${indent}${d.text}`, ...(d.parts ?? []).flatMap((part) => descriptionLines(part, `${indent}  `))];
}
