import type { CheckResult } from '../check.js';
import type { Lang } from '../findings/finding.js';
import { type StatedTotal, statedTotals, sum, type Tally } from './table.js';
import { categoryLabel } from './text.js';

/**
 * The figures under the quota table in every report for people: the province's totals by
 * category and over all, and the totals the plan's text states beside what its allocation table
 * adds up to (the P-STATED mismatch, shown where the officer reads the numbers).
 */
export interface TotalsRow extends Tally {
  label: string;
  /** The last row, over every category. */
  all: boolean;
}

export function totalsRows(result: CheckResult, lang: Lang): TotalsRow[] {
  const quota = result.quota;
  const { kinds } = result.campaign;
  const rows: TotalsRow[] = kinds.map(({ id }) => ({
    label: categoryLabel(id, lang, kinds),
    all: false,
    ...sum(quota.filter((q) => q.category === id)),
  }));
  rows.push({ label: TOTALS_WORDS[lang].all, all: true, ...sum(quota) });
  return rows;
}

export interface StatedRow extends StatedTotal {
  label: string;
  /** What the table adds up to, less what the text states. */
  difference: number;
}

/** The plan's stated totals against the table, with the title citing where the plan states them. */
export function statedRows(result: CheckResult, lang: Lang): { title: string; rows: StatedRow[] } {
  const w = TOTALS_WORDS[lang];
  const { campaign } = result;
  const rows = statedTotals(campaign).map((s) => ({
    ...s,
    label: w.fields[s.field],
    difference: s.table - s.stated,
  }));
  return { title: w.statedTitle(campaign.plan.ref, campaign.stated?.cite ?? ''), rows };
}

export const TOTALS_WORDS = {
  vi: {
    totals: 'Tổng cộng',
    all: 'Tất cả',
    statedTitle: (ref: string, cite: string) =>
      `Số liệu Kế hoạch ${ref} ghi${cite ? ` (mục ${cite})` : ''} và bảng phân bổ cộng lại`,
    statedColumns: ['', 'Kế hoạch ghi', 'Bảng phân bổ cộng lại', 'Chênh lệch'],
    fields: { total: 'Tổng số', collective: 'Tập thể', individual: 'Cá nhân' },
  },
  en: {
    totals: 'Totals',
    all: 'All',
    statedTitle: (ref: string, cite: string) =>
      `Totals stated in plan ${ref}${cite ? ` (section ${cite})` : ''} and what its allocation table adds up to`,
    statedColumns: ['', 'Plan states', 'Table adds up to', 'Difference'],
    fields: { total: 'Total', collective: 'Collectives', individual: 'Individuals' },
  },
} as const;
