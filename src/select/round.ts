import { seatsOf as seatsIn } from '../campaign/allocations.js';
import type { Priorities } from '../campaign/priorities.js';
import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import { CompositionCount, type CompositionGroup } from '../checks/composition.js';
import { engineContext } from '../engine/context.js';
import { evaluatorFor } from '../engine/predicate.js';
import type { Judgement } from '../engine/types.js';
import { CATEGORIES, type Category } from '../model/categories.js';
import { kindOf } from '../model/kinds.js';
import { type PriorityResult, type Ranked, rankNominees } from './rank.js';

/**
 * Where the suggestion puts an eligible nominee: among those to keep, in the tie at the cut
 * (more nominees equal on every priority than seats left: the council decides), or below it.
 */
export type Place = 'keep' | 'tie' | 'below';

/** Why a nominee stands where it does against another: the first priority that tells them apart. */
export type Decided = { priority: string } | { count: readonly [number, number] };

export interface Suggestion extends Ranked {
  place: Place;
  /**
   * For a nominee kept or left below in a unit with more eligible nominees than seats: what sets
   * it apart from the nearest nominee on the other side of the cut.
   */
  decidedBy?: Decided;
}

/** One unit and category of the allocation table, as the selection round sees it. */
export interface GroupRound {
  unit: string;
  category: Category;
  seats: number;
  /** `over`: more eligible nominees than seats; `under`: fewer; `full`: as many. */
  situation: 'over' | 'under' | 'full';
  /** The eligible nominees in the order the priorities give, each placed. */
  eligible: Suggestion[];
  /** The tie at the cut, when there is one: its rank, the seats left for it and how many share it. */
  tie?: { rank: number; seats: number; nominees: number };
  /** With seats left empty: the nominees still to review that could fill them, ranked likewise. */
  toReview: Ranked[];
}

export interface SelectionComposition {
  /** Every individual nominated (a repeat counts once), as the check reports it. */
  nominated: CompositionGroup;
  eligible: CompositionGroup;
  /** The individuals suggested for a seat; those in a tie are not counted until the council decides. */
  suggested: CompositionGroup;
  /** Individuals in a tie at the cut, counted in none of the suggested figures. */
  undecided: number;
}

export interface Selection {
  check: CheckResult;
  priorities: Priorities | undefined;
  /** Unit by unit in the campaign's order, then category by category, groups with any nominee. */
  groups: GroupRound[];
  composition: SelectionComposition;
}

/**
 * The selection round over a finished check: for every unit and category, rank the eligible
 * nominees by the campaign's priorities and suggest whom to keep up to the seats, stating a tie
 * at the cut as a tie; where seats outnumber eligible nominees, the nominees still to review that
 * could fill them. Everything is a suggestion for the council, never a decision.
 */
export function selectRound(check: CheckResult): Selection {
  const { campaign } = check;
  const evaluate = evaluatorFor(engineContext(campaign));
  const byGroup = new Map<string, Judgement[]>();
  for (const j of check.judgements) {
    // a repeat is the nomination already counted; a nominee of no known unit has no seats
    if (j.repeatOf || j.nominee.unit === null) continue;
    const key = groupKey(j.nominee.unit, kindOf(j.nominee));
    const list = byGroup.get(key) ?? [];
    list.push(j);
    byGroup.set(key, list);
  }
  const groups: GroupRound[] = [];
  for (const unit of campaign.units) {
    for (const category of CATEGORIES) {
      const judgements = byGroup.get(groupKey(unit.id, category));
      if (!judgements) continue;
      groups.push(
        groupRound(unit.id, category, seatsOf(campaign, unit.id, category), judgements, campaign, evaluate),
      );
    }
  }
  return { check, priorities: campaign.priorities, groups, composition: compositionOf(check, groups) };
}

const groupKey = (unit: string, category: string) => `${unit}\u0000${category}`;

function seatsOf(campaign: Campaign, unit: string, category: Category): number {
  const allocation = campaign.allocations.find((a) => a.unit === unit);
  return (allocation && seatsIn(allocation, category)) ?? 0;
}

function groupRound(
  unit: string,
  category: Category,
  seats: number,
  judgements: readonly Judgement[],
  campaign: Campaign,
  evaluate: Parameters<typeof rankNominees>[2],
): GroupRound {
  const eligible = rankNominees(
    judgements.filter((j) => j.verdict === 'eligible'),
    campaign.priorities,
    evaluate,
  );
  const situation = eligible.length > seats ? 'over' : eligible.length < seats ? 'under' : 'full';
  const toReview =
    situation === 'under'
      ? rankNominees(
          judgements.filter((j) => j.verdict === 'review'),
          campaign.priorities,
          evaluate,
        )
      : [];
  if (situation !== 'over') {
    return {
      unit,
      category,
      seats,
      situation,
      eligible: eligible.map((r) => ({ ...r, place: 'keep' })),
      toReview,
    };
  }
  // the rank at the cut: the group of equal nominees holding the last seat
  const cut = eligible[seats - 1] ?? eligible[0];
  const cutRank = seats === 0 ? 0 : (cut?.rank ?? 0);
  const sharing = eligible.filter((r) => r.rank === cutRank).length;
  const seatsLeft = seats - eligible.filter((r) => r.rank < cutRank).length;
  const tied = seats > 0 && sharing > seatsLeft;
  const placed: Suggestion[] = eligible.map((r) => ({
    ...r,
    place: r.rank < cutRank || (r.rank === cutRank && !tied) ? 'keep' : r.rank === cutRank ? 'tie' : 'below',
  }));
  const ranking = campaign.priorities?.ranking ?? 'inOrder';
  const lastAbove = placed.filter((s) => s.place !== 'below').at(-1);
  const firstBelow = placed.find((s) => s.place !== 'keep');
  for (const s of placed) {
    if (s.place === 'keep' && firstBelow) s.decidedBy = decided(s.priorities, firstBelow.priorities, ranking);
    if (s.place === 'below' && lastAbove) s.decidedBy = decided(lastAbove.priorities, s.priorities, ranking);
  }
  return {
    unit,
    category,
    seats,
    situation,
    eligible: placed,
    ...(tied ? { tie: { rank: cutRank, seats: seatsLeft, nominees: sharing } } : {}),
    toReview,
  };
}

/** What puts `ahead` before `behind`: the count (ranking by count) or the first priority only it meets. */
function decided(
  ahead: readonly PriorityResult[],
  behind: readonly PriorityResult[],
  ranking: 'inOrder' | 'count',
): Decided | undefined {
  const count = (l: readonly PriorityResult[]) => l.filter((p) => p.result === 'pass').length;
  if (ranking === 'count' && count(ahead) !== count(behind)) return { count: [count(ahead), count(behind)] };
  const index = ahead.findIndex((p, i) => p.result === 'pass' && behind[i]?.result !== 'pass');
  const found = ahead[index];
  return found ? { priority: found.id } : undefined;
}

function compositionOf(check: CheckResult, groups: readonly GroupRound[]): SelectionComposition {
  const total = (judgements: Iterable<Judgement>): CompositionGroup => {
    const count = new CompositionCount(check.campaign);
    for (const j of judgements) count.add(j);
    return count.result().at(-1) as CompositionGroup;
  };
  const eligible = groups.flatMap((g) => g.eligible);
  return {
    nominated: total(check.judgements.filter((j) => !j.repeatOf)),
    eligible: total(eligible.map((s) => s.judgement)),
    suggested: total(eligible.filter((s) => s.place === 'keep').map((s) => s.judgement)),
    undecided: eligible.filter((s) => s.place === 'tie' && s.judgement.nominee.kind === 'individual').length,
  };
}

/**
 * The nominees the round suggests, unit by unit and category by category: every eligible nominee
 * where they fit the seats, the ones to keep where they do not. A tie is left out, for the council.
 */
export function suggestedNominees(selection: Selection): Suggestion[] {
  return selection.groups.flatMap((g) => g.eligible.filter((s) => s.place === 'keep'));
}
