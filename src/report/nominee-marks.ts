import type { Campaign } from '../campaign/schema.js';
import { refPosition } from '../checks/duplicates.js';
import type { Judgement } from '../engine/types.js';
import { formatPosition, type Lang } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import type { Nominee } from '../model/nominee.js';

/**
 * What every report says beside a nominee about its unit and about a repeated row: units go by
 * the plan's name (a list filtered by unit must find all of a unit's rows, whatever the file
 * called it), with what the file said where it differed; a repeat names the row it repeats.
 */

const WORDS = {
  vi: {
    written: (text: string) => `tệp ghi "${text}"`,
    repeat: (where: string) => `lặp lại đề nghị ở ${where}, không tính lại`,
    writtenHeader: 'Đơn vị ghi trong tệp',
    repeatHeader: 'Lặp lại đề nghị ở',
  },
  en: {
    written: (text: string) => `the file says "${text}"`,
    repeat: (where: string) => `repeats the nomination at ${where}, not counted again`,
    writtenHeader: 'Unit as the file says',
    repeatHeader: 'Repeats the nomination at',
  },
} as const;

export function markWords(lang: Lang) {
  return WORDS[lang];
}

/** The unit as the file wrote it, when that is not the plan's name; `undefined` when it is. */
export function unitWritten(campaign: Campaign, n: Pick<Nominee, 'unit' | 'unitText'>): string | undefined {
  if (n.unit === null) return n.unitText === '' ? undefined : n.unitText;
  const name = campaign.units.find((u) => u.id === n.unit)?.name;
  return name !== undefined && clean(n.unitText) === clean(name) ? undefined : n.unitText;
}

/**
 * `LĐLĐ huyện Nậm Nhùn (tệp ghi "Nậm Nhùn")`: the plan's name with what the file said where it
 * differed, for reports that show the unit in one cell; a unit that matched none as written.
 */
export function unitLabel(campaign: Campaign, n: Pick<Nominee, 'unit' | 'unitText'>, lang: Lang): string {
  if (n.unit === null) return n.unitText;
  const name = campaign.units.find((u) => u.id === n.unit)?.name ?? n.unit;
  const written = unitWritten(campaign, n);
  return written === undefined ? name : `${name} (${WORDS[lang].written(written)})`;
}

/** The plan's name for the unit column of a table; `null` when the unit matched none. */
export function unitCell(campaign: Campaign, n: Pick<Nominee, 'unit'>): string | null {
  if (n.unit === null) return null;
  return campaign.units.find((u) => u.id === n.unit)?.name ?? n.unit;
}

/** `nominees.xlsx › Cá nhân!B24`: the first row of the nomination this row repeats, if it is one. */
export function repeatPlace(j: Pick<Judgement, 'repeatOf'>): string | undefined {
  return j.repeatOf === undefined ? undefined : formatPosition(refPosition(j.repeatOf));
}

/** `lặp lại đề nghị ở nominees.xlsx › Cá nhân!B24, không tính lại`, when the row is a repeat. */
export function repeatWords(j: Pick<Judgement, 'repeatOf'>, lang: Lang): string | undefined {
  const where = repeatPlace(j);
  return where === undefined ? undefined : WORDS[lang].repeat(where);
}
