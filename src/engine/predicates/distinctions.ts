import { z } from 'zod';
import { atLeast } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { countsAs } from './occurrences.js';
import { COMMON, join, periodText } from './words.js';

/** At least `atLeast` distinctions among `codes`, dated in the period, across `fields`. */
export type Distinctions = {
  type: 'distinctions';
  fields: string[];
  codes: string[];
  atLeast: number;
};

type DistinctionFacts = {
  codes: readonly string[];
  atLeast: number;
  /** `CODE:YEAR` of each distinction that counted */
  counted: readonly string[];
  /** codes of those that would count but give no year */
  undated: readonly string[];
  /** `CODE:YEAR` of those dated outside the period */
  outside: readonly string[];
  /** the columns holding an undated one */
  undatedIn: readonly string[];
};

const WORDS = {
  vi: {
    describe: (n: number, codes: string, columns: string, period: string) =>
      `ít nhất ${n} trong ${codes} (cột ${columns}), có năm trong ${period}`,
    and: ' và ',
    none: 'không có',
    noYear: 'chưa ghi năm',
    among: 'trong số',
  },
  en: {
    describe: (n: number, codes: string, columns: string, period: string) =>
      `at least ${n} of ${codes} (${columns.includes(' and ') ? 'columns' : 'column'} ${columns}), dated in ${period}`,
    and: ' and ',
    none: 'none of',
    noYear: 'without a year',
    among: 'among',
  },
};

/**
 * At least N distinctions among the given codes, dated in the period, across the given columns.
 * A distinction without a year can only make the answer unknown, never a pass; one dated
 * outside the period does not count at all.
 */
export const distinctions: PredicateModule<Distinctions, DistinctionFacts> = {
  type: 'distinctions',
  schema: () =>
    z.strictObject({
      type: z.literal('distinctions'),
      fields: z.array(z.string().min(1)).min(1),
      codes: z.array(z.string().min(1)).min(1),
      atLeast: z.number().int().positive().default(1),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: p.codes, columns: p.fields }),
  evaluate(nominee, params, ctx) {
    const counted: string[] = [];
    const undated: string[] = [];
    const outside: string[] = [];
    const undatedIn: string[] = [];
    for (const field of params.fields) {
      for (const d of nominee.distinctions[field] ?? []) {
        if (!countsAs(ctx.book.countsAs.get(d.code), d.code, params.codes)) continue;
        if (d.year === null) {
          undated.push(d.code);
          if (!undatedIn.includes(field)) undatedIn.push(field);
        } else if (d.year < ctx.from || d.year > ctx.to) outside.push(`${d.code}:${d.year}`);
        else counted.push(`${d.code}:${d.year}`);
      }
    }
    return {
      type: 'distinctions',
      result: atLeast(counted.length, undated.length, params.atLeast),
      args: { codes: params.codes, atLeast: params.atLeast, counted, undated, outside, undatedIn },
    };
  },
  describe(p, w) {
    const words = WORDS[w.lang];
    const columns = p.fields.map((f) => `"${w.column(f)[w.lang]}"`).join(words.and);
    return { text: words.describe(p.atLeast, p.codes.join(', '), columns, periodText(w)) };
  },
  render(_p, { args: a }, w) {
    const words = WORDS[w.lang];
    const { counted, undated, outside } = a;
    const codes = join(a.codes);
    let text = counted.length
      ? `${join(counted)}${counted.length < a.atLeast ? ` (${counted.length}/${a.atLeast})` : ''}`
      : `${words.none} ${codes} (${periodText(w)})`;
    if (counted.length > 0 && counted.length < a.atLeast) text += ` ${words.among} ${codes}`;
    if (a.atLeast > 1 && counted.length === 0)
      text = `${COMMON[w.lang].needed} ${a.atLeast} ${codes} (${periodText(w)}): 0`;
    if (undated.length) text += `; ${join(undated)} ${words.noYear}`;
    if (outside.length) text += `; ${join(outside)} ${COMMON[w.lang].outside}`;
    return text;
  },
  cells: (p) => [...p.fields],
  steps: (_p, e) =>
    e.result === 'unknown' ? e.args.undatedIn.map((f) => ({ date: f, codes: e.args.undated })) : [],
  example(p, form) {
    const field = p.fields[0] as string;
    for (const y of form.recent(p.atLeast)) form.append(field, `${p.codes[0]}:${y}`);
  },
  guide: {
    vi: 'Ít nhất N khen thưởng có ghi năm (`MÃ:NĂM`) trong các cột `fields`, năm nằm trong giai đoạn. Khen thưởng không ghi năm chỉ có thể làm kết quả chưa rõ, không bao giờ làm đạt.',
    en: 'At least N dated distinctions (`CODE:YEAR`) in the `fields` columns, dated in the period. One without a year can only leave the result unknown, never pass it.',
    example: { type: 'distinctions', fields: ['awards'], codes: ['BK-UBND', 'BK-TLĐ'], atLeast: 1 },
  },
};
