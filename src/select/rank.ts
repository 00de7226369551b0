import type { Priorities, Priority, Ranking } from '../campaign/priorities.js';
import { activeTest } from '../engine/criterion.js';
import type { Tri } from '../engine/kleene.js';
import type { Evaluate, Evidence } from '../engine/predicates/module.js';
import type { Judgement } from '../engine/types.js';
import { kindOf } from '../model/kinds.js';

/** One priority as a nominee meets it: pass, fail, or unknown when its cell is blank. */
export interface PriorityResult {
  id: string;
  result: Tri;
  evidence: Evidence;
}

/** A nominee with the priorities of its category, in the plan's order. */
export interface Ranked {
  judgement: Judgement;
  priorities: PriorityResult[];
  /**
   * 1 for the first group, then each group's place counted as competition ranks are (1, 2, 2,
   * 4): nominees equal on every priority share a rank.
   */
  rank: number;
}

/** The priorities of a category, in the plan's order. */
export function prioritiesFor(priorities: Priorities | undefined, category: string): Priority[] {
  return priorities?.priorities.filter((p) => p.category.includes(category)) ?? [];
}

/** Each priority of the nominee's category judged: what it meets, misses, or leaves open. */
export function judgePriorities(
  judgement: Judgement,
  priorities: Priorities | undefined,
  evaluate: Evaluate,
): PriorityResult[] {
  const { nominee } = judgement;
  return prioritiesFor(priorities, kindOf(nominee)).map((p) => {
    const evidence = evaluate(nominee, activeTest(p));
    return { id: p.id, result: evidence.result, evidence };
  });
}

/**
 * Which of two nominees the priorities put first: negative when `a` goes first, 0 when they are
 * equal on every priority (a tie: nothing else, least of all the row order, decides).
 * A priority left open (blank cell) counts as not met: the suggestion says so beside the name,
 * since filling the cell can move the nominee up.
 */
export function compareByPriorities(
  a: readonly PriorityResult[],
  b: readonly PriorityResult[],
  ranking: Ranking,
): number {
  if (ranking === 'count') {
    const diff = metCount(b) - metCount(a);
    if (diff !== 0) return diff;
  }
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = Number(met(b[i])) - Number(met(a[i]));
    if (diff !== 0) return diff;
  }
  return 0;
}

const met = (p: PriorityResult | undefined): boolean => p?.result === 'pass';
const metCount = (list: readonly PriorityResult[]): number => list.filter((p) => p.result === 'pass').length;

/**
 * The nominees in the order the priorities give, equal ones sharing a rank. Within a rank the
 * order shown is by name (then file and row) so the listing is stable; it implies no preference.
 */
export function rankNominees(
  judgements: readonly Judgement[],
  priorities: Priorities | undefined,
  evaluate: Evaluate,
): Ranked[] {
  const ranking = priorities?.ranking ?? 'inOrder';
  const judged = judgements.map((judgement) => ({
    judgement,
    priorities: judgePriorities(judgement, priorities, evaluate),
    rank: 0,
  }));
  judged.sort(
    (a, b) =>
      compareByPriorities(a.priorities, b.priorities, ranking) ||
      collator.compare(a.judgement.nominee.name, b.judgement.nominee.name) ||
      a.judgement.nominee.file.localeCompare(b.judgement.nominee.file) ||
      a.judgement.nominee.row - b.judgement.nominee.row,
  );
  judged.forEach((r, i) => {
    const before = judged[i - 1];
    r.rank =
      before && compareByPriorities(before.priorities, r.priorities, ranking) === 0 ? before.rank : i + 1;
  });
  return judged;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });
