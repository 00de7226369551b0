import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../findings/finding.js';
import type { Kind } from '../model/categories.js';
import { columnBook } from '../model/column.js';
import type { Nominee } from '../model/nominee.js';
import { buildCodeBook, type CodeBook } from '../model/vocabulary.js';
import { inputColumns, inputValue, unitName } from '../report/table.js';

/**
 * One cell whose value, as the reader understood it, differs between two rows of the same
 * nominee: `LDTT` rewritten `Lao động tiên tiến` is the same value and no change, a year
 * corrected from `LĐTT` to `LĐTT; HTXSNV` is one. Each side keeps its own cell reference,
 * since a sheet sorted again puts the same nominee on another row.
 */
export interface CellChange {
  /** The column, as `nominee.cells` keys it: a field (`awards`), a year (`2018`) or a declared column's id. */
  key: string;
  oldCell?: string;
  newCell?: string;
}

/** The columns both campaigns read for a nominee of this kind, in the new campaign's form order. */
function columnKeys(kind: Kind, campaigns: readonly Campaign[]): string[] {
  const keys: string[] = [];
  for (const campaign of campaigns) {
    for (const c of inputColumns([kind], campaign, 'en')) if (!keys.includes(c.key)) keys.push(c.key);
  }
  return keys;
}

const books = new WeakMap<Campaign, CodeBook>();

function bookOf(campaign: Campaign): CodeBook {
  let book = books.get(campaign);
  if (book === undefined) {
    book = buildCodeBook(campaign.vocabulary);
    books.set(campaign, book);
  }
  return book;
}

/**
 * A nominee's value in a column, in words: the form's columns as the reports show them (codes in
 * their canonical spelling, `?` for a year not yet assessed), a declared column as its type
 * shows it. `null` for a blank cell.
 */
export function cellValue(n: Nominee, key: string, campaign: Campaign, lang: Lang): string | null {
  const value = n.values?.[key];
  if (value !== undefined) return columnBook(campaign.columns).show(key, value, lang);
  // the unit as the plan names it: `Phong Thổ` and `huyện Phong Thổ` are the same unit
  if (key === 'unit' && n.unit !== null) return unitName(campaign, n.unit);
  const input = inputValue(n, key, bookOf(campaign), lang);
  return input === null ? null : String(input);
}

/** A column's header as the form prints it, in `lang`. */
export function cellHeader(kind: Kind, key: string, campaign: Campaign, lang: Lang): string {
  return inputColumns([kind], campaign, lang).find((c) => c.key === key)?.header ?? key;
}

/** The cells of two rows of one nominee whose values differ, in the form's order. */
export function changedCells(
  old: Nominee,
  next: Nominee,
  oldCampaign: Campaign,
  newCampaign: Campaign,
): CellChange[] {
  const changes: CellChange[] = [];
  for (const key of columnKeys(next.kind, [newCampaign, oldCampaign])) {
    const a = cellValue(old, key, oldCampaign, 'en');
    const b = cellValue(next, key, newCampaign, 'en');
    if (a === b) continue;
    changes.push({
      key,
      ...(old.cells[key] === undefined ? {} : { oldCell: old.cells[key] }),
      ...(next.cells[key] === undefined ? {} : { newCell: next.cells[key] }),
    });
  }
  return changes;
}
