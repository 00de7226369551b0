import type { Campaign } from '../campaign/schema.js';
import type { Judgement } from '../engine/types.js';
import { foldKey } from '../model/fold.js';

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

type Trait = (j: Judgement) => boolean | null;

export function composition(judgements: readonly Judgement[], campaign: Campaign): CompositionGroup[] {
  const majority = campaign.majorityEthnicity ? foldKey(campaign.majorityEthnicity) : null;
  const traits: Record<'women' | 'ethnicMinorities' | 'nonLeaders' | 'directWorkers', Trait> = {
    women: ({ nominee }) => (nominee.gender === null ? null : nominee.gender === 'female'),
    ethnicMinorities: ({ nominee }) =>
      majority === null || nominee.ethnicity === null ? null : foldKey(nominee.ethnicity) !== majority,
    nonLeaders: ({ nominee }) => {
      const leader = nominee.flags.leader ?? null;
      return leader === null ? null : !leader;
    },
    directWorkers: ({ nominee }) => nominee.flags.direct_worker ?? null,
  };

  const individuals = judgements.filter((j) => j.nominee.kind === 'individual');
  const group = (unit: string | null, members: readonly Judgement[]): CompositionGroup => {
    const count = (trait: Trait): Count => {
      let yes = 0;
      let unknown = 0;
      for (const j of members) {
        const value = trait(j);
        if (value === null) unknown++;
        else if (value) yes++;
      }
      return {
        count: yes,
        share: members.length ? Math.round((yes / members.length) * 1000) / 1000 : 0,
        unknown,
      };
    };
    return {
      unit,
      individuals: members.length,
      women: count(traits.women),
      ethnicMinorities: count(traits.ethnicMinorities),
      nonLeaders: count(traits.nonLeaders),
      directWorkers: count(traits.directWorkers),
    };
  };

  const groups = campaign.units.map((u) =>
    group(
      u.id,
      individuals.filter((j) => j.nominee.unit === u.id),
    ),
  );
  return [...groups, group(null, individuals)];
}
