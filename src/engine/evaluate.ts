import type { Campaign, Criterion } from '../campaign/schema.js';
import type { Block, Category, Kind } from '../model/categories.js';
import type { Nominee } from '../model/nominee.js';
import { type EngineContext, engineContext } from './context.js';
import { verdictOf } from './kleene.js';
import type { Predicate } from './predicate.js';
import { PREDICATES } from './predicates/index.js';
import type { Evaluate, PredicateModule } from './predicates/module.js';
import type { Evidence, Judgement, RuleResult } from './types.js';

export interface Engine {
  context: EngineContext;
  /** Criteria of a category in the campaign's order, with the test in force. */
  criteriaFor(category: Category): readonly ActiveCriterion[];
  judge(nominee: Nominee): Judgement;
}

export interface ActiveCriterion {
  criterion: Criterion;
  /** `test`, or the test of the interpretation the campaign chose. */
  test: Predicate;
}

export function activeTest(criterion: Criterion): Predicate {
  if (criterion.test) return criterion.test;
  const chosen = criterion.interpretations?.[criterion.interpretation ?? ''];
  // the campaign schema guarantees one of the two; this only narrows the type
  if (!chosen) throw new Error(`criterion ${criterion.id} has no test`);
  return chosen.test;
}

export function createEngine(campaign: Campaign, context: EngineContext = engineContext(campaign)): Engine {
  const byCategory = new Map<Category, ActiveCriterion[]>();
  for (const criterion of campaign.criteria) {
    const active = { criterion, test: activeTest(criterion) };
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
    byKind[kind][block] = list;
  }

  const evaluate: Evaluate = (nominee, predicate) =>
    (PREDICATES[predicate.type] as PredicateModule<Predicate>).evaluate(
      nominee,
      predicate,
      context,
      evaluate,
    );

  return {
    context,
    criteriaFor: (category) => byCategory.get(category) ?? [],
    judge(nominee) {
      const rules: RuleResult[] = [];
      for (const { criterion, test } of byKind[nominee.kind]?.[nominee.block] ?? []) {
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
        }
        rules.push({ id: criterion.id, result: evidence.result, evidence });
      }
      return { nominee, verdict: verdictOf(rules), rules };
    },
  };
}
