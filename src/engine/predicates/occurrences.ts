import { z } from 'zod';
import type { Nominee } from '../../model/nominee.js';
import type { EngineContext } from '../context.js';
import type { Reads, Step, Wording } from './module.js';

/**
 * What a predicate counts over time: the years holding a per-year code (`{ "code": "CSTĐCS" }`, the
 * year columns), or dated distinctions of some columns (`{ "fields": ["awards"], "codes":
 * ["BK-TLĐ"] }`, written `CODE:YEAR`).
 */
export type Occurrence = { code: string } | { fields: string[]; codes: string[] };

export const occurrenceSchema = z.union([
  z.strictObject({ code: z.string().min(1) }),
  z.strictObject({
    fields: z.array(z.string().min(1)).min(1),
    codes: z.array(z.string().min(1)).min(1),
  }),
]);

/** Where a nominee holds an occurrence, over a span of years. */
export interface Found {
  /** the year of each occurrence that certainly holds (a year once per code; a distinction once per item) */
  years: number[];
  /** `CODE:YEAR` or the year, for words */
  items: string[];
  /** year columns not yet assessed (`?`), which might hold it */
  open: number[];
  /** years before the form's first year column, which might hold it too */
  noColumn: number[];
  /** codes of distinctions that would count but give no year */
  undated: string[];
  /** the columns holding an undated one */
  undatedIn: string[];
  /** year columns (within the form's period) that certainly lack the code */
  missing: number[];
}

/** The codes and columns an occurrence names. */
export function occurrenceReads(o: Occurrence): Reads {
  return 'code' in o
    ? { yearCodes: [o.code], distinctions: [], columns: [] }
    : { yearCodes: [], distinctions: o.codes, columns: o.fields };
}

/**
 * The occurrences of `o` dated `from`–`to`. A year column not yet assessed, or a year the form has
 * no column for, might hold a per-year code; a distinction without a year might be any year.
 */
/** What was found where nothing was looked for. */
export function noOccurrences(): Found {
  return { years: [], items: [], open: [], noColumn: [], undated: [], undatedIn: [], missing: [] };
}

export function findOccurrences(
  nominee: Nominee,
  o: Occurrence,
  ctx: EngineContext,
  from: number,
  to: number,
): Found {
  const found = noOccurrences();
  if ('code' in o) {
    for (let y = from; y <= to; y++) {
      const cell = y >= ctx.from && y <= ctx.to ? nominee.years[String(y)] : undefined;
      if (cell?.codes.includes(o.code)) {
        found.years.push(y);
        found.items.push(String(y));
      } else if (cell?.unknown) found.open.push(y);
      else if (y < ctx.from) found.noColumn.push(y);
      else found.missing.push(y);
    }
    return found;
  }
  for (const field of o.fields) {
    for (const d of nominee.distinctions[field] ?? []) {
      if (!countsAs(ctx.book.countsAs.get(d.code), d.code, o.codes)) continue;
      if (d.year === null) {
        found.undated.push(d.code);
        if (!found.undatedIn.includes(field)) found.undatedIn.push(field);
      } else if (d.year >= from && d.year <= to) {
        found.years.push(d.year);
        found.items.push(`${d.code}:${d.year}`);
      }
    }
  }
  return found;
}

/** Whether a distinction (`code`, counting also as `countsAs`) is one of `wanted`. */
export function countsAs(
  countsAs: readonly string[] | undefined,
  code: string,
  wanted: readonly string[],
): boolean {
  if (countsAs === undefined) return wanted.includes(code);
  for (const c of countsAs) if (wanted.includes(c)) return true;
  return false;
}

const COLUMN = { vi: 'cột', en: 'column' };

/** `CSTĐCS`, or `BK-TLĐ (cột "Khen thưởng")`. */
export function occurrenceText(o: Occurrence, w: Wording): string {
  if ('code' in o) return o.code;
  const columns = o.fields.map((f) => `"${w.column(f)[w.lang]}"`).join(', ');
  return `${o.codes.join(', ')} (${COLUMN[w.lang]} ${columns})`;
}

/** The input cells behind an occurrence found wanting: the year columns open or lacking it, or its columns. */
export function occurrenceCells(o: Occurrence, found: Found): string[] {
  if (!('code' in o)) return [...o.fields];
  return [...found.missing, ...found.open].sort((a, b) => a - b).map(String);
}

/** What would decide an open occurrence: the years to wait for, the distinctions to date. */
export function occurrenceSteps(found: Found): Step[] {
  return [
    ...found.open.map((y) => ({ wait: String(y) })),
    ...found.undatedIn.map((f) => ({ date: f, codes: found.undated })),
  ];
}
