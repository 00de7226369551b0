import { seatsOf } from '../campaign/allocations.js';
import type { Campaign } from '../campaign/schema.js';
import type { Judgement } from '../engine/types.js';
import { finding, inLangs } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { AwardSpec } from '../model/awards.js';
import { type KindSpec, kindOf, labelOf } from '../model/kinds.js';
import type { Text } from '../model/text.js';
import { nomineePosition } from './position.js';

export type QuotaStatus = 'over' | 'full' | 'under';

/**
 * One unit × category of the allocation table; field order is the JSON contract's (OUTPUT.md),
 * the fields after `status` added. Read two ways (DOMAIN.md §4): `status` is nominations
 * against the allocation (may the unit propose this many?), `eligibleStatus` eligible nominees
 * against it (can the seats really be filled?). A repeat of a nomination under the same unit and
 * category (DOMAIN.md §5) counts once: it is in `repeats`, never in `nominated` or `eligible`.
 */
export interface QuotaEntry {
  unit: string;
  /** The kind of nominee: one of the four categories, or a kind the campaign declares. */
  category: string;
  allocated: number;
  nominated: number;
  eligible: number;
  status: QuotaStatus;
  /** Nominees whose verdict is still open: the seats they may yet fill. */
  review: number;
  /** `full` only when eligible nominees fill every seat. */
  eligibleStatus: QuotaStatus;
  /** Rows that repeat a nomination already counted here. */
  repeats: number;
  /** The award the seats are for, in a round whose table gives seats per award. */
  award?: string;
}

/**
 * What a unit over its nominations must do (DOMAIN.md §4): nothing when its eligible nominees,
 * and those still under review, fit the seats (the others fall out by themselves); drop some
 * only if reviews pass; or drop eligible nominees, as there are more of them than seats.
 */
export type Drop =
  | { kind: 'none' }
  | { kind: 'ifReviewPasses'; count: number }
  | { kind: 'eligible'; count: number };

/** `undefined` unless the unit nominated more than its seats. */
export function dropAdvice(
  q: Pick<QuotaEntry, 'status' | 'allocated' | 'eligible' | 'review'>,
): Drop | undefined {
  if (q.status !== 'over') return undefined;
  if (q.eligible > q.allocated) return { kind: 'eligible', count: q.eligible - q.allocated };
  if (q.eligible + q.review > q.allocated)
    return { kind: 'ifReviewPasses', count: q.eligible + q.review - q.allocated };
  return { kind: 'none' };
}

export interface QuotaCheck {
  quota: QuotaEntry[];
  findings: Finding[];
}

export function quotaStatus(nominated: number, allocated: number): QuotaStatus {
  return nominated > allocated ? 'over' : nominated === allocated ? 'full' : 'under';
}

/**
 * Counts every nominee against its unit's allocation (DOMAIN.md §4). A row marked as a repeat
 * (`repeatOf`, set by the duplicate finder) is one nomination already counted: it adds to
 * `repeats` only, so the seats read right before the officer resolves its D-DUP.
 */
export function checkQuota(judgements: readonly Judgement[], campaign: Campaign): QuotaCheck {
  const count = new QuotaCount(campaign);
  for (const j of judgements) count.add(j);
  return count.result();
}

/**
 * `checkQuota` one judgement at a time, for a check that streams its input: it keeps a few
 * numbers per unit and category, and a finding per nominee of an unknown unit.
 */
export class QuotaCount {
  private readonly tallies = new Map<string, Tally>();
  private readonly inTable: Set<string>;
  private readonly findings: Finding[] = [];

  constructor(private readonly campaign: Campaign) {
    // without an allocation table, a unit is known by campaign.json alone and no quota is counted
    this.inTable = new Set(
      campaign.checksQuota ? campaign.allocations.map((a) => a.unit) : campaign.units.map((u) => u.id),
    );
  }

  add({ nominee, verdict, repeatOf }: Judgement): void {
    if (nominee.unit === null || !this.inTable.has(nominee.unit)) {
      this.findings.push(
        finding('Q-UNIT', { value: nominee.unitText, name: nominee.name }, nomineePosition(nominee, 'unit')),
      );
      return;
    }
    if (!this.campaign.checksQuota) return;
    // an award's seats for the kind, and the kind's over all awards: the table may give either
    const kind = kindOf(nominee);
    this.count(tallyKey(nominee.unit, kind, undefined), verdict, repeatOf !== undefined);
    if (nominee.award !== undefined)
      this.count(tallyKey(nominee.unit, kind, nominee.award), verdict, repeatOf !== undefined);
  }

  private count(key: string, verdict: Judgement['verdict'], repeat: boolean): void {
    const tally = this.tallies.get(key) ?? emptyTally();
    this.tallies.set(key, tally);
    if (repeat) {
      tally.repeats += 1;
      return;
    }
    tally.nominated += 1;
    if (verdict === 'eligible') tally.eligible += 1;
    if (verdict === 'review') tally.review += 1;
  }

  result(): QuotaCheck {
    const { campaign, tallies } = this;
    const unitNames = new Map(campaign.units.map((u) => [u.id, u.name]));
    const quota: QuotaEntry[] = [];
    const quotaFindings: Finding[] = [];
    for (const allocation of campaign.allocations) {
      for (const { award, category } of quotaColumns(campaign)) {
        const allocated = seatsOf(allocation, seatKey(award, category));
        // a kind (or award) the table has no column for has no quota
        if (allocated === undefined) continue;
        const { nominated, eligible, review, repeats } =
          tallies.get(tallyKey(allocation.unit, category, award)) ?? emptyTally();
        const entry: QuotaEntry = {
          unit: allocation.unit,
          category,
          allocated,
          nominated,
          eligible,
          status: quotaStatus(nominated, allocated),
          review,
          eligibleStatus: quotaStatus(eligible, allocated),
          repeats,
          ...(award === undefined ? {} : { award }),
        };
        quota.push(entry);
        const unit = unitNames.get(allocation.unit) ?? allocation.unit;
        if (entry.status === 'over')
          quotaFindings.push(overQuota(unit, entry, campaign.kinds, campaign.awards));
        if (eligible < allocated)
          quotaFindings.push(
            finding('Q-UNDER', {
              unit,
              unitId: allocation.unit,
              category,
              ...inLangs('category', quotaLabel(entry, campaign.kinds, campaign.awards)),
              eligible,
              allocated,
            }),
          );
      }
    }
    return { quota, findings: [...this.findings, ...quotaFindings] };
  }
}

interface Tally {
  nominated: number;
  eligible: number;
  review: number;
  repeats: number;
}

const emptyTally = (): Tally => ({ nominated: 0, eligible: 0, review: 0, repeats: 0 });

function tallyKey(unit: string, category: string, award: string | undefined): string {
  return `${unit}\u0000${category}\u0000${award ?? ''}`;
}

/**
 * The columns of seats a unit may have: one per kind (over all awards) and, in a round of several
 * awards, one per award and each kind it is given to (awards in the campaign's order, then kinds
 * in theirs). Only those the allocation table has are counted.
 */
export function quotaColumns(
  campaign: Pick<Campaign, 'kinds' | 'awards'>,
): { award?: string; category: string }[] {
  const kinds = campaign.kinds.map((k) => ({ category: k.id }));
  if (!campaign.awards) return kinds;
  return [
    ...kinds,
    ...campaign.awards.flatMap((award) =>
      campaign.kinds
        .filter((k) => award.kinds.includes(k.id))
        .map((k) => ({ award: award.id, category: k.id })),
    ),
  ];
}

/** The allocation table's key for an award's seats for a kind (`LDTT:ca-nhan`), or a kind's. */
export function seatKey(award: string | undefined, category: string): string {
  return award === undefined ? category : `${award}:${category}`;
}

/** How reports name a quota entry: its kind, and its award where the round has several. */
export function quotaLabel(
  q: Pick<QuotaEntry, 'category' | 'award'>,
  kinds?: readonly KindSpec[],
  awards?: readonly AwardSpec[],
): Text {
  const kind = labelOf(q.category, kinds);
  const award = q.award === undefined ? undefined : awards?.find((a) => a.id === q.award);
  if (!award) return kind;
  return { vi: `${award.title.vi} – ${kind.vi}`, en: `${award.title.en} – ${kind.en}` };
}

/**
 * The Q-OVER finding of one unit and category, saying what the unit must do about it
 * (`dropAdvice`); the JUnit report builds its quota cases from it too.
 */
export function overQuota(
  unit: string,
  q: Pick<
    QuotaEntry,
    'unit' | 'category' | 'status' | 'allocated' | 'nominated' | 'eligible' | 'review' | 'award'
  >,
  kinds?: readonly KindSpec[],
  awards?: readonly AwardSpec[],
): Finding {
  const drop = dropAdvice(q) ?? { kind: 'none' };
  return finding('Q-OVER', {
    unit,
    unitId: q.unit,
    category: q.category,
    ...inLangs('category', quotaLabel(q, kinds, awards)),
    nominated: q.nominated,
    allocated: q.allocated,
    eligible: q.eligible,
    review: q.review,
    ...inLangs('advice', dropSentence(drop, q)),
  });
}

/** The sentence after a Q-OVER's counts: what the unit must drop, if anything. */
export function dropSentence(drop: Drop, q: Pick<QuotaEntry, 'allocated' | 'eligible' | 'review'>) {
  const { allocated: a, eligible: e, review: r } = q;
  switch (drop.kind) {
    case 'none':
      if (e === 0 && r === 0)
        return { vi: 'Không phải rút ai: không có ai đạt.', en: 'Nobody needs dropping: none is eligible.' };
      return r === 0
        ? {
            vi: `Không phải rút ai: chỉ ${e} người đạt cho ${a} chỗ.`,
            en: `Nobody needs dropping: only ${e} eligible for ${a} ${a === 1 ? 'seat' : 'seats'}.`,
          }
        : {
            vi: `Không phải rút ai: ${e} người đạt và ${r} cần xem xét cho ${a} chỗ.`,
            en: `Nobody needs dropping: ${e} eligible and ${r} to review for ${a} ${a === 1 ? 'seat' : 'seats'}.`,
          };
    case 'ifReviewPasses':
      return {
        vi: `Phải rút ${drop.count} nếu người cần xem xét được xét đạt: ${e} người đạt và ${r} cần xem xét cho ${a} chỗ.`,
        en: `${drop.count} to drop if those to review turn out eligible: ${e} eligible and ${r} to review for ${a} ${a === 1 ? 'seat' : 'seats'}.`,
      };
    case 'eligible':
      return {
        vi: `Phải rút ${drop.count} người đạt: ${e} người đạt cho ${a} chỗ.`,
        en: `${drop.count} eligible ${drop.count === 1 ? 'nominee' : 'nominees'} to drop: ${e} eligible for ${a} ${a === 1 ? 'seat' : 'seats'}.`,
      };
  }
}
