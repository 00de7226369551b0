import path from 'node:path';
import { type AllocationField, categoryRows, tablePosition } from '../campaign/allocations.js';
import type { Allocation, Campaign, Text } from '../campaign/schema.js';
import { type FindingCode, finding, severityOf } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import { CATEGORIES, KINDS } from '../model/categories.js';

/**
 * Plan consistency (DOMAIN.md §4): the allocation table must add up across its rows and down its
 * columns, and the totals the plan's text states must be the table's. A plan is checked before any
 * unit nominates, so these findings come from the campaign alone.
 */

/** The table's columns as the plan names them, for messages in either language. */
export const ALLOCATION_LABELS: Record<AllocationField, Text> = {
  total: { vi: 'tổng số', en: 'total' },
  collective: { vi: 'tập thể', en: 'collectives' },
  individual: { vi: 'cá nhân', en: 'individuals' },
  'collective-HCSN': { vi: 'tập thể khối HCSN', en: 'HCSN collectives' },
  'collective-SXKD': { vi: 'tập thể khối SXKD', en: 'SXKD collectives' },
  'individual-HCSN': { vi: 'cá nhân khối HCSN', en: 'HCSN individuals' },
  'individual-SXKD': { vi: 'cá nhân khối SXKD', en: 'SXKD individuals' },
};

/** Each sum a row must satisfy: the total is its kinds, each kind is its categories. */
const ROW_SUMS: readonly (readonly [AllocationField, readonly AllocationField[]])[] = [
  ['total', KINDS],
  ...KINDS.map((kind) => [kind, CATEGORIES.filter((c) => c.startsWith(`${kind}-`))] as const),
];

const STATED_FIELDS = ['total', 'collective', 'individual'] as const;

export function checkPlan(campaign: Campaign): Finding[] {
  const cite = { plan: campaign.plan.ref, cite: campaign.stated?.cite ?? '?' };
  // at the severity `plan check` gives them (errors); `check` shows them at the catalogue's
  return [...checkRows(campaign, cite), ...checkColumns(campaign, cite), ...checkStated(campaign, cite)].map(
    (f) => ({ ...f, severity: severityOf(f.code as FindingCode, 'plan check') }),
  );
}

type Cite = { plan: string; cite: string };

function checkRows(campaign: Campaign, cite: Cite): Finding[] {
  const names = new Map(campaign.units.map((u) => [u.id, u.name]));
  const out: Finding[] = [];
  for (const allocation of categoryRows(campaign.allocations)) {
    const position = tablePosition(allocation);
    for (const [field, parts] of ROW_SUMS) {
      const sum = parts.reduce((total, part) => total + allocation[part], 0);
      if (sum === allocation[field]) continue;
      out.push(
        finding(
          'P-ROW',
          {
            unit: names.get(allocation.unit) ?? allocation.unit,
            ...fieldLabels(field),
            value: allocation[field],
            partsVi: parts.map((p) => ALLOCATION_LABELS[p].vi).join(' + '),
            partsEn: parts.map((p) => ALLOCATION_LABELS[p].en).join(' + '),
            sum,
            ...cite,
          },
          {
            file: position?.file ?? campaign.allocationsFile,
            ...(position?.sheet ? { sheet: position.sheet } : {}),
            ...(position ? { row: position.row } : {}),
            column: position?.headers[field] ?? field,
          },
        ),
      );
    }
  }
  return out;
}

function checkColumns(campaign: Campaign, cite: Cite): Finding[] {
  const printed = campaign.printedTotals;
  if (!printed) return [];
  // the total row lives in the table when the table has one, else in campaign.json
  const position = tablePosition(printed);
  const out: Finding[] = [];
  for (const [field, value] of Object.entries(printed) as [AllocationField, number | undefined][]) {
    if (value === undefined) continue;
    const sum = columnSum(categoryRows(campaign.allocations), field);
    if (sum === value) continue;
    out.push(
      finding(
        'P-COLUMN',
        { ...fieldLabels(field), printed: value, sum, ...cite },
        position
          ? {
              file: position.file,
              ...(position.sheet ? { sheet: position.sheet } : {}),
              row: position.row,
              column: position.headers[field] ?? field,
            }
          : { file: campaignFile(campaign), column: `printedTotals.${field}` },
      ),
    );
  }
  return out;
}

/** The conference size (`delegates`) is not table data, so only the table's own totals are compared. */
function checkStated(campaign: Campaign, cite: Cite): Finding[] {
  const stated = campaign.stated;
  if (!stated) return [];
  const out: Finding[] = [];
  for (const field of STATED_FIELDS) {
    const value = stated[field];
    if (value === undefined) continue;
    const table = columnSum(categoryRows(campaign.allocations), field);
    if (table === value) continue;
    out.push(
      finding(
        'P-STATED',
        { ...fieldLabels(field), stated: value, table, ...cite },
        { file: campaignFile(campaign), column: `stated.${field}` },
      ),
    );
  }
  return out;
}

function columnSum(allocations: readonly Allocation[], field: AllocationField): number {
  return allocations.reduce((total, a) => total + a[field], 0);
}

/** Findings carry data; the label in each language rides along so the catalogue's templates can name it. */
function fieldLabels(field: AllocationField): { fieldVi: string; fieldEn: string } {
  return { fieldVi: ALLOCATION_LABELS[field].vi, fieldEn: ALLOCATION_LABELS[field].en };
}

function campaignFile(campaign: Campaign): string {
  return path.join(campaign.dir, 'campaign.json');
}
