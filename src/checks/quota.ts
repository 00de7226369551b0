import type { Campaign } from '../campaign/schema.js';
import type { Judgement } from '../engine/types.js';
import { finding, inLangs } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import { CATEGORIES, CATEGORY_LABELS, type Category, categoryOf } from '../model/categories.js';
import { nomineePosition } from './position.js';

export type QuotaStatus = 'over' | 'full' | 'under';

/** One unit × category of the allocation table; field order is the JSON contract's (OUTPUT.md). */
export interface QuotaEntry {
  unit: string;
  category: Category;
  allocated: number;
  nominated: number;
  eligible: number;
  status: QuotaStatus;
  /** Nominees whose verdict is still open: the seats they may yet fill. */
  review: number;
}

export interface QuotaCheck {
  quota: QuotaEntry[];
  findings: Finding[];
}

export function quotaStatus(nominated: number, allocated: number): QuotaStatus {
  return nominated > allocated ? 'over' : nominated === allocated ? 'full' : 'under';
}

/**
 * Counts every nominee against its unit's allocation (DOMAIN.md §4). Each row counts as
 * nominated, duplicates included: the row is what was submitted, and D-DUP already asks
 * for the extra one to go, after which the count is right again.
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
  private readonly tallies = new Map<string, { nominated: number; eligible: number; review: number }>();
  private readonly inTable: Set<string>;
  private readonly findings: Finding[] = [];

  constructor(private readonly campaign: Campaign) {
    this.inTable = new Set(campaign.allocations.map((a) => a.unit));
  }

  add({ nominee, verdict }: Judgement): void {
    if (nominee.unit === null || !this.inTable.has(nominee.unit)) {
      this.findings.push(
        finding('Q-UNIT', { value: nominee.unitText, name: nominee.name }, nomineePosition(nominee, 'unit')),
      );
      return;
    }
    const key = tallyKey(nominee.unit, categoryOf(nominee.kind, nominee.block));
    const tally = this.tallies.get(key) ?? { nominated: 0, eligible: 0, review: 0 };
    tally.nominated += 1;
    if (verdict === 'eligible') tally.eligible += 1;
    if (verdict === 'review') tally.review += 1;
    this.tallies.set(key, tally);
  }

  result(): QuotaCheck {
    const { campaign, tallies } = this;
    const unitNames = new Map(campaign.units.map((u) => [u.id, u.name]));
    const quota: QuotaEntry[] = [];
    const quotaFindings: Finding[] = [];
    for (const allocation of campaign.allocations) {
      for (const category of CATEGORIES) {
        const allocated = allocation[category];
        const { nominated, eligible, review } = tallies.get(tallyKey(allocation.unit, category)) ?? {
          nominated: 0,
          eligible: 0,
          review: 0,
        };
        const status = quotaStatus(nominated, allocated);
        quota.push({ unit: allocation.unit, category, allocated, nominated, eligible, status, review });
        const unit = unitNames.get(allocation.unit) ?? allocation.unit;
        if (status === 'over')
          quotaFindings.push(
            finding('Q-OVER', {
              unit,
              category,
              ...inLangs('category', CATEGORY_LABELS[category]),
              nominated,
              allocated,
            }),
          );
        if (eligible < allocated)
          quotaFindings.push(
            finding('Q-UNDER', {
              unit,
              category,
              ...inLangs('category', CATEGORY_LABELS[category]),
              eligible,
              allocated,
            }),
          );
      }
    }
    return { quota, findings: [...this.findings, ...quotaFindings] };
  }
}

function tallyKey(unit: string, category: Category): string {
  return `${unit}\u0000${category}`;
}

/** The Q-OVER finding of one unit and category; the JUnit report builds its quota cases from it too. */
export function overQuota(unit: string, category: Category, nominated: number, allocated: number): Finding {
  return finding('Q-OVER', {
    unit,
    category,
    ...inLangs('category', CATEGORY_LABELS[category]),
    nominated,
    allocated,
  });
}
