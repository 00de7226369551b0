import { z } from 'zod';
import type { Nominee } from '../../model/nominee.js';
import type { EngineContext } from '../context.js';
import { atLeast, type Tri } from '../kleene.js';
import type { PredicateModule, Step } from './module.js';
import {
  type Found,
  findOccurrences,
  noOccurrences,
  type Occurrence,
  occurrenceCells,
  occurrenceReads,
  occurrenceSchema,
  occurrenceSteps,
  occurrenceText,
} from './occurrences.js';
import { COMMON, join } from './words.js';

/**
 * A window after a dated item: "05 năm tiếp theo sau khi được tặng Bằng khen, trong thời gian đó
 * có 05 sáng kiến". `after` is the item (a dated distinction, or a year holding a per-year code);
 * `anchor` says which one when there are several: the latest (the default: a round counts from the
 * last award, whose achievements cannot be counted twice) or the earliest. The window is the
 * `years` years after the item's year (every year up to the proposal year without it), and it
 * must hold at least `atLeast` of `count`. It stops at the proposal year: what comes after is
 * not yet achieved.
 */
export type After = {
  type: 'after';
  after: Occurrence;
  anchor: 'latest' | 'earliest';
  years?: number | undefined;
  count: Occurrence;
  atLeast: number;
};

type AfterFacts = {
  /** the anchor's year; 0 when there is none, or when it cannot be told */
  anchor: number;
  /** `CODE:YEAR` or the year of the anchor */
  anchorItem: string;
  /** the items that could be the anchor but give no year, or years not yet assessed that could */
  anchorOpen: readonly (string | number)[];
  /** the window's first and last year, when there is an anchor */
  from: number;
  to: number;
  /** whether the window was cut at the proposal year */
  cut: boolean;
  found: Found;
  anchorFound: Found;
};

const WORDS = {
  vi: {
    describe: (n: number, what: string, window: string, anchor: string, which: string) =>
      `ít nhất ${n} ${what} ${window} sau năm được ${anchor} ${which}`,
    inYears: (n: number) => `trong ${n} năm`,
    upToNow: 'từ năm',
    latest: 'lần gần nhất',
    earliest: 'lần đầu',
    none: 'chưa có',
    noYear: 'chưa ghi năm',
    anchorOpen: 'chưa rõ năm được',
    cut: (year: number) => `tính đến năm đề nghị ${year}`,
    since: 'đến năm đề nghị',
  },
  en: {
    describe: (n: number, what: string, window: string, anchor: string, which: string) =>
      `at least ${n} of ${what} ${window} after the year of the ${which} ${anchor}`,
    inYears: (n: number) => `in the ${n} years`,
    upToNow: 'from the year',
    latest: 'latest',
    earliest: 'first',
    none: 'no',
    noYear: 'without a year',
    anchorOpen: 'unknown year of',
    cut: (year: number) => `up to the proposal year ${year}`,
    since: 'up to the proposal year',
  },
};

/**
 * Whether no window at all could hold enough: told for dated distinctions, by every one dated up to
 * the proposal year and every undated one; years holding a code might lie before the form's first
 * year column after an undated anchor, so for them it is never told.
 */
function shortAnyway(nominee: Nominee, p: After, ctx: EngineContext): boolean {
  if ('code' in p.count) return false;
  const all = findOccurrences(nominee, p.count, ctx, Number.MIN_SAFE_INTEGER, ctx.to);
  return all.years.length + all.undated.length < p.atLeast;
}

export const after: PredicateModule<After, AfterFacts> = {
  type: 'after',
  schema: () =>
    z.strictObject({
      type: z.literal('after'),
      after: occurrenceSchema,
      anchor: z.enum(['latest', 'earliest']).default('latest'),
      years: z.number().int().positive().optional(),
      count: occurrenceSchema,
      atLeast: z.number().int().positive(),
    }),
  reads(p) {
    const a = occurrenceReads(p.after);
    const c = occurrenceReads(p.count);
    return {
      yearCodes: [...new Set([...a.yearCodes, ...c.yearCodes])],
      distinctions: [...new Set([...a.distinctions, ...c.distinctions])],
      columns: [...new Set([...a.columns, ...c.columns])],
    };
  },
  evaluate(nominee, p, ctx) {
    // the anchor: a distinction of any year up to the proposal year, a per-year code of the period
    const anchorFound = findOccurrences(
      nominee,
      p.after,
      ctx,
      'code' in p.after ? ctx.from : Number.MIN_SAFE_INTEGER,
      ctx.to,
    );
    const beyond = (y: number, than: number) => !than || (p.anchor === 'latest' ? y > than : y < than);
    let year = 0;
    for (const y of anchorFound.years) if (beyond(y, year)) year = y;
    const item = year ? (anchorFound.items[anchorFound.years.indexOf(year)] ?? String(year)) : '';
    // an undated item, or a year not yet assessed beyond the one found, could be the anchor instead
    const anchorOpen = [...anchorFound.undated, ...anchorFound.open.filter((y) => beyond(y, year))];
    const base = { anchor: year, anchorItem: item, anchorOpen, anchorFound };
    // another possible anchor moves the window: only a shortfall no window could make up fails
    const open = (): Tri => (anchorOpen.length && !shortAnyway(nominee, p, ctx) ? 'unknown' : 'fail');
    if (!year)
      return {
        type: 'after',
        result: open(),
        args: { ...base, from: 0, to: 0, cut: false, found: noOccurrences() },
      };
    const end = p.years === undefined ? ctx.to : Math.min(year + p.years, ctx.to);
    const found = findOccurrences(nominee, p.count, ctx, year + 1, end);
    const possible = found.open.length + found.noColumn.length + found.undated.length;
    const result = anchorOpen.length ? open() : atLeast(found.years.length, possible, p.atLeast);
    const cut = p.years !== undefined && year + p.years > ctx.to;
    return { type: 'after', result, args: { ...base, from: year + 1, to: end, cut, found } };
  },
  describe(p, w) {
    const words = WORDS[w.lang];
    const window = p.years === undefined ? `${words.since}` : words.inYears(p.years);
    return {
      text: words.describe(
        p.atLeast,
        occurrenceText(p.count, w),
        window,
        occurrenceText(p.after, w),
        words[p.anchor],
      ),
    };
  },
  render(p, { args: a }, w) {
    const words = WORDS[w.lang];
    const c = COMMON[w.lang];
    const anchorName = 'code' in p.after ? p.after.code : p.after.codes.join(', ');
    const open = a.anchorOpen.length ? `; ${words.anchorOpen} ${join(a.anchorOpen)}` : '';
    if (!a.anchor) return `${words.none} ${anchorName}${open}`;
    const window = a.from > a.to ? `${a.anchor}` : a.from === a.to ? `${a.from}` : `${a.from}–${a.to}`;
    const { found } = a;
    let text = `${a.anchorItem}; ${window}: ${found.items.length ? join(found.items) : 0} (${found.years.length}/${p.atLeast})`;
    if (a.cut) text += `, ${words.cut(a.to)}`;
    if (found.open.length) text += `, ${c.unknown} ${join(found.open)}`;
    if (found.undated.length) text += `; ${join(found.undated)} ${words.noYear}`;
    return text + open;
  },
  cells(p, e) {
    const a = e.args;
    const anchorCells = !a.anchor || a.anchorOpen.length ? occurrenceCells(p.after, a.anchorFound) : [];
    return [...anchorCells, ...(a.anchor ? occurrenceCells(p.count, a.found) : [])];
  },
  steps(_p, e) {
    const a = e.args;
    const steps: Step[] = a.anchorOpen.length ? occurrenceSteps(a.anchorFound) : [];
    return [...steps, ...occurrenceSteps(a.found)];
  },
  example(p, form) {
    const last = Number(form.years[form.years.length - 1]);
    // dated items may share a year; years holding a code need one each
    const start = last - ('code' in p.count ? p.atLeast : 1);
    const mark = (o: Occurrence, year: number) => {
      if ('code' in o) {
        if (form.years.includes(String(year))) form.addYearCode(String(year), o.code);
      } else form.append(o.fields[0] as string, `${o.codes[0]}:${year}`);
    };
    mark(p.after, start);
    for (let i = 0; i < p.atLeast; i++) mark(p.count, 'code' in p.count ? start + 1 + i : start + 1);
  },
  guide: {
    vi: 'Một khoảng năm sau một khen thưởng có năm: "05 năm tiếp theo sau khi được tặng Bằng khen, trong thời gian đó có 05 sáng kiến". `after` là khen thưởng (hoặc mã theo năm) mở đầu khoảng, `anchor` chọn lần gần nhất (mặc định) hay lần đầu; khoảng là `years` năm sau năm đó (không có `years` thì đến năm đề nghị) và không quá năm đề nghị; trong khoảng cần ít nhất `atLeast` lần `count`. Chưa được tặng thì không đạt; khen thưởng chưa ghi năm làm kết quả chưa rõ.',
    en: 'A window after a dated item: "in the 5 years after the Certificate of Merit, 5 initiatives". `after` is the distinction (or per-year code) it starts from, `anchor` picks the latest (the default) or the first; the window is the `years` years after its year (up to the proposal year without `years`), and never past the proposal year; it must hold at least `atLeast` of `count`. No such item fails; one without a year leaves the result unknown.',
    example: {
      type: 'after',
      after: { fields: ['awards'], codes: ['BK-TLĐ', 'BK-UBND'] },
      anchor: 'latest',
      years: 5,
      count: { fields: ['initiatives'], codes: ['SK-CS'] },
      atLeast: 5,
    },
  },
};
