import type { Campaign } from '../campaign/schema.js';
import type { Judgement } from '../engine/types.js';
import { foldKey } from '../model/fold.js';

/**
 * The declared yes/no columns the composition table reads, whatever the criteria say
 * (`campaign validate` counts them as read).
 */
export const COMPOSITION_COLUMNS = { leader: 'leader', directWorker: 'direct_worker' } as const;

/**
 * Who the individuals nominated are (plan V.1 gives priority to women, ethnic minorities,
 * non-leaders and direct production workers). Information only: it never fails a check.
 * Each count comes with how many were left blank, so a share is never silently inflated.
 */
export interface CompositionGroup {
  /** unit id, or `null` for the total over every unit */
  unit: string | null;
  individuals: number;
  women: Count;
  ethnicMinorities: Count;
  nonLeaders: Count;
  directWorkers: Count;
}

export interface Count {
  count: number;
  /** count / individuals, rounded to 3 decimals; 0 when there are none */
  share: number;
  /** individuals whose cell was blank, so they are in neither count */
  unknown: number;
}

const TRAITS = ['women', 'ethnicMinorities', 'nonLeaders', 'directWorkers'] as const;
type Trait = (typeof TRAITS)[number];

/** Individuals of a group, and per trait how many have it and how many left it blank. */
interface Tally {
  individuals: number;
  yes: Record<Trait, number>;
  unknown: Record<Trait, number>;
}

const emptyTally = (): Tally => ({
  individuals: 0,
  yes: { women: 0, ethnicMinorities: 0, nonLeaders: 0, directWorkers: 0 },
  unknown: { women: 0, ethnicMinorities: 0, nonLeaders: 0, directWorkers: 0 },
});

export function composition(judgements: readonly Judgement[], campaign: Campaign): CompositionGroup[] {
  const count = new CompositionCount(campaign);
  for (const j of judgements) count.add(j);
  return count.result();
}

/**
 * `composition` one judgement at a time, for a check that streams its input: a few numbers per
 * unit, whatever the number of nominees.
 */
export class CompositionCount {
  private readonly majority: string | null;
  private readonly total = emptyTally();
  private readonly byUnit = new Map<string, Tally>();
  /** Ethnicity as written → minority or not; a list repeats a few spellings many times. */
  private readonly minority = new Map<string, boolean>();

  constructor(private readonly campaign: Campaign) {
    this.majority = campaign.majorityEthnicity ? foldKey(campaign.majorityEthnicity) : null;
  }

  add({ nominee }: Judgement): void {
    if (nominee.kind !== 'individual') return;
    const leader = nominee.flags[COMPOSITION_COLUMNS.leader] ?? null;
    const values: Record<Trait, boolean | null> = {
      women: nominee.gender === null ? null : nominee.gender === 'female',
      ethnicMinorities: this.isMinority(nominee.ethnicity),
      nonLeaders: leader === null ? null : !leader,
      directWorkers: nominee.flags[COMPOSITION_COLUMNS.directWorker] ?? null,
    };
    const tallies = [this.total];
    if (nominee.unit !== null) {
      let unit = this.byUnit.get(nominee.unit);
      if (unit === undefined) {
        unit = emptyTally();
        this.byUnit.set(nominee.unit, unit);
      }
      tallies.push(unit);
    }
    for (const tally of tallies) {
      tally.individuals++;
      for (const trait of TRAITS) {
        const value = values[trait];
        if (value === null) tally.unknown[trait]++;
        else if (value) tally.yes[trait]++;
      }
    }
  }

  result(): CompositionGroup[] {
    const group = (unit: string | null, tally: Tally): CompositionGroup => {
      const count = (trait: Trait): Count => ({
        count: tally.yes[trait],
        share: tally.individuals ? Math.round((tally.yes[trait] / tally.individuals) * 1000) / 1000 : 0,
        unknown: tally.unknown[trait],
      });
      return {
        unit,
        individuals: tally.individuals,
        women: count('women'),
        ethnicMinorities: count('ethnicMinorities'),
        nonLeaders: count('nonLeaders'),
        directWorkers: count('directWorkers'),
      };
    };
    return [
      ...this.campaign.units.map((u) => group(u.id, this.byUnit.get(u.id) ?? emptyTally())),
      group(null, this.total),
    ];
  }

  private isMinority(ethnicity: string | null): boolean | null {
    if (this.majority === null || ethnicity === null) return null;
    let minority = this.minority.get(ethnicity);
    if (minority === undefined) {
      minority = foldKey(ethnicity) !== this.majority;
      if (this.minority.size < 10_000) this.minority.set(ethnicity, minority);
    }
    return minority;
  }
}
