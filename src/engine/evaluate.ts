import type { Block, Kind } from '../model/categories.js';
import type { DeclaredColumn } from '../model/column.js';
import { kindOf } from '../model/kinds.js';
import type { Nominee } from '../model/nominee.js';
import type { Vocabulary } from '../model/vocabulary.js';
import { type EngineContext, engineContext } from './context.js';
import { activeTest, type Criterion, conditionalTest } from './criterion.js';
import { verdictOf } from './kleene.js';
import { evaluatorFor, type Predicate } from './predicate.js';
import type { Evidence, Judgement, RuleResult } from './types.js';

export { activeTest } from './criterion.js';

export interface Engine {
  context: EngineContext;
  /** Criteria of a category (a kind of nominee) in the campaign's order, with the test in force. */
  criteriaFor(category: string): readonly ActiveCriterion[];
  judge(nominee: Nominee): Judgement;
}

export interface ActiveCriterion {
  criterion: Criterion;
  /** `test`, or the test of the interpretation the campaign chose. */
  test: Predicate;
  /** The test under its `appliesWhen`, which the evidence answers when applying is open. */
  conditional: Predicate;
}

/** What the engine reads of a campaign. */
export interface EngineCampaign {
  period: { from: number; to: number };
  vocabulary: Vocabulary;
  criteria: readonly Criterion[];
  columns?: readonly DeclaredColumn[] | undefined;
  /** The round's awards, each judging its own criteria; without them, every criterion of a kind. */
  awards?: readonly { id: string; criteria: readonly string[] }[] | undefined;
}

export function createEngine(
  campaign: EngineCampaign,
  context: EngineContext = engineContext(campaign),
): Engine {
  const byCategory = new Map<string, ActiveCriterion[]>();
  for (const criterion of campaign.criteria) {
    const active = { criterion, test: activeTest(criterion), conditional: conditionalTest(criterion) };
    for (const category of criterion.category) {
      const list = byCategory.get(category) ?? [];
      list.push(active);
      byCategory.set(category, list);
    }
  }

  // looked up by kind and block rather than by their joined name: no string built per nominee
  const byKind: Record<Kind, Partial<Record<Block, ActiveCriterion[]>>> = { collective: {}, individual: {} };
  for (const [category, list] of byCategory) {
    const [kind, block] = category.split('-') as [Kind, Block];
    if (byKind[kind]) byKind[kind][block] = list;
  }

  // a nominee asking for an award is judged by the criteria of its kind that the award names
  const byAward = new Map<string, ActiveCriterion[]>();
  for (const award of campaign.awards ?? []) {
    for (const [category, list] of byCategory)
      byAward.set(
        awardKey(award.id, category),
        list.filter((a) => award.criteria.includes(a.criterion.id)),
      );
  }

  const evaluate = evaluatorFor(context);

  return {
    context,
    criteriaFor: (category) => byCategory.get(category) ?? [],
    judge(nominee) {
      const rules: RuleResult[] = [];
      const criteria =
        nominee.award !== undefined
          ? byAward.get(awardKey(nominee.award, kindOf(nominee)))
          : nominee.category === undefined
            ? nominee.block === null
              ? undefined
              : byKind[nominee.kind]?.[nominee.block]
            : byCategory.get(nominee.category);
      for (const { criterion, test, conditional } of criteria ?? []) {
        // a rule that does not apply is not judged at all (CN-HEAD-1 for everyone but heads)
        const applies = criterion.appliesWhen && evaluate(nominee, criterion.appliesWhen);
        if (applies && applies.result === 'fail') continue;
        let evidence: Evidence = evaluate(nominee, test);
        // Not knowing whether a rule applies is no reason to skip it: "applies ⇒ test" holds
        // when the test passes and is open otherwise, so the nominee goes to review.
        if (applies && applies.result === 'unknown') {
          evidence = {
            type: 'onlyWhen',
            result: evidence.result === 'pass' ? 'pass' : 'unknown',
            args: {},
            children: [applies, evidence],
          };
          rules.push({ id: criterion.id, result: evidence.result, evidence, test: conditional });
        } else rules.push({ id: criterion.id, result: evidence.result, evidence, test });
      }
      return { nominee, verdict: verdictOf(rules), rules };
    },
  };
}

function awardKey(award: string, category: string): string {
  return `${award}\u0000${category}`;
}
