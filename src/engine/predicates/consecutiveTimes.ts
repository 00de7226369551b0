import { z } from 'zod';
import type { Tri } from '../kleene.js';
import type { PredicateModule } from './module.js';
import {
  type Found,
  findOccurrences,
  type Occurrence,
  occurrenceCells,
  occurrenceReads,
  occurrenceSchema,
  occurrenceSteps,
  occurrenceText,
} from './occurrences.js';
import { COMMON, join } from './words.js';
import { type Window, windowSchema, windowText } from './years.js';

/**
 * "N lần liên tục" of a title given every `every` years: `times` occurrences of `of`, each `every`
 * years after the one before (1 for a yearly title: "3 lần liên tục Chiến sĩ thi đua cơ sở"; 5 for
 * "2 lần liên tục Bằng khen, mỗi lần cách nhau 5 năm"), the last in the proposal year or before.
 * `window` keeps the chain to years counted from the proposal year (`{ from: -2, to: 0 }`: ending
 * in it); without one a per-year code is looked for over the period and a dated distinction in any
 * year up to the proposal year.
 */
export type ConsecutiveTimes = {
  type: 'consecutiveTimes';
  of: Occurrence;
  times: number;
  every: number;
  window?: Window | undefined;
};

type TimesFacts = Found & {
  /** the longest chain certainly held, by year */
  chain: readonly number[];
};

const WORDS = {
  vi: {
    times: (n: number) => `${n} lần liên tục`,
    run: (n: number, of: number) => `liên tục ${n}/${of} lần`,
    held: 'các lần có',
    apart: (k: number) => `, mỗi lần cách nhau ${k} năm`,
    within: 'trong',
    upTo: 'đến năm',
    noYear: 'chưa ghi năm',
    none: 'chưa có lần nào',
  },
  en: {
    times: (n: number) => `${n} consecutive times`,
    run: (n: number, of: number) => `${n} of ${of} consecutive times`,
    held: 'held',
    apart: (k: number) => `, ${k} years apart`,
    within: 'in',
    upTo: 'up to',
    noYear: 'without a year',
    none: 'none yet',
  },
};

/** The chain's span: the window's years, else the period for a per-year code and any year up to the proposal year for a distinction. */
function span(p: ConsecutiveTimes, ctx: { from: number; to: number }): { from: number; to: number } {
  if (p.window) return { from: ctx.to + p.window.from, to: ctx.to + p.window.to };
  return { from: 'code' in p.of ? ctx.from : Number.MIN_SAFE_INTEGER, to: ctx.to };
}

/** The chain `start`, `start + every`, … of `times` years. */
const chainFrom = (start: number, p: ConsecutiveTimes) =>
  Array.from({ length: p.times }, (_, i) => start + i * p.every);

/**
 * Pass when a chain is held in full; fail when no chain could be, even if every year not yet
 * assessed held the title and every undated distinction were of the year missing; else unknown.
 */
function judge(
  p: ConsecutiveTimes,
  found: Found,
  bounds: { from: number; to: number },
): { result: Tri; chain: number[] } {
  const held = new Set(found.years);
  const open = new Set([...found.open, ...found.noColumn]);
  const last = bounds.to - (p.times - 1) * p.every;
  // the starts worth trying: every start in a bounded span; otherwise those that put a held year in the chain
  const starts = new Set<number>();
  if (bounds.from > Number.MIN_SAFE_INTEGER) for (let s = bounds.from; s <= last; s++) starts.add(s);
  else
    for (const y of held)
      for (let i = 0; i < p.times; i++) if (y - i * p.every <= last) starts.add(y - i * p.every);
  let best: number[] = [];
  let possible = found.undated.length >= p.times && last >= bounds.from;
  for (const start of starts) {
    const chain = chainFrom(start, p);
    const lacking = chain.filter((y) => !held.has(y) && !open.has(y)).length;
    if (lacking <= found.undated.length) possible = true;
    const run = longestHeld(chain, held);
    if (run.length > best.length || (run.length === best.length && (run.at(-1) ?? 0) > (best.at(-1) ?? 0)))
      best = run;
  }
  const result: Tri = best.length >= p.times ? 'pass' : possible ? 'unknown' : 'fail';
  return { result, chain: best };
}

/** The longest stretch of a chain's years all held. */
function longestHeld(chain: readonly number[], held: ReadonlySet<number>): number[] {
  let best: number[] = [];
  let current: number[] = [];
  for (const y of chain) {
    current = held.has(y) ? [...current, y] : [];
    // the latest of equal stretches: the one nearest the proposal year says most
    if (current.length > 0 && current.length >= best.length) best = current;
  }
  return best;
}

export const consecutiveTimes: PredicateModule<ConsecutiveTimes, TimesFacts> = {
  type: 'consecutiveTimes',
  schema: () =>
    z.strictObject({
      type: z.literal('consecutiveTimes'),
      of: occurrenceSchema,
      times: z.number().int().min(2),
      every: z.number().int().positive().default(1),
      window: windowSchema.optional(),
    }),
  reads: (p) => occurrenceReads(p.of),
  evaluate(nominee, p, ctx) {
    const bounds = span(p, ctx);
    const found = findOccurrences(nominee, p.of, ctx, bounds.from, bounds.to);
    const { result, chain } = judge(p, found, bounds);
    return { type: 'consecutiveTimes', result, args: { ...found, chain } };
  },
  describe(p, w) {
    const words = WORDS[w.lang];
    const where = p.window
      ? `${words.within} ${windowText(w, p.window)}`
      : 'code' in p.of
        ? `${words.within} ${w.period.from}–${w.period.to}`
        : `${words.upTo} ${w.period.to}`;
    return {
      text: `${occurrenceText(p.of, w)} ${words.times(p.times)}${p.every > 1 ? words.apart(p.every) : ''}, ${where}`,
    };
  },
  render(p, { args: a }, w) {
    const words = WORDS[w.lang];
    const c = COMMON[w.lang];
    const name = 'code' in p.of ? p.of.code : p.of.codes.join(', ');
    let text = a.chain.length
      ? `${name} ${words.run(a.chain.length, p.times)} (${join(a.chain)})`
      : `${name}: ${words.none}, ${c.needed} ${words.times(p.times)}`;
    if (a.items.length > a.chain.length) text += `, ${words.held} ${join(a.items)}`;
    if (a.open.length) text += `, ${c.unknown} ${join(a.open)}`;
    if (a.undated.length) text += `; ${join(a.undated)} ${words.noYear}`;
    return text;
  },
  cells: (p, e) => occurrenceCells(p.of, e.args),
  steps: (_p, e) => occurrenceSteps(e.args),
  example(p, form) {
    const last = Number(form.years[form.years.length - 1]);
    const end = p.window ? last + p.window.to : last;
    const chain = chainFrom(end - (p.times - 1) * p.every, p);
    if ('code' in p.of) {
      for (const y of chain) if (form.years.includes(String(y))) form.addYearCode(String(y), p.of.code);
      return;
    }
    for (const y of chain) form.append(p.of.fields[0] as string, `${p.of.codes[0]}:${y}`);
  },
  guide: {
    vi: '"N lần liên tục" một danh hiệu trao mỗi `every` năm (`of`: một mã theo năm `{ "code": … }` ở các cột năm, hoặc khen thưởng có năm `{ "fields": […], "codes": […] }`): `times` lần, mỗi lần cách lần trước `every` năm, lần cuối không sau năm đề nghị. Năm chưa xét hoặc khen thưởng chưa ghi năm làm kết quả chưa rõ khi chúng có thể nối hoặc cắt chuỗi.',
    en: '"N consecutive times" of a title given every `every` years (`of`: a per-year code `{ "code": … }` in the year columns, or dated distinctions `{ "fields": […], "codes": […] }`): `times` occurrences, each `every` years after the one before, the last in the proposal year or before. A year not yet assessed or a distinction without a year leaves the result unknown when it could make or break the chain.',
    example: { type: 'consecutiveTimes', of: { fields: ['awards'], codes: ['BK-UBND'] }, times: 2, every: 5 },
  },
};
