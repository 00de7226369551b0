import { z } from 'zod';
import type { Tri } from '../kleene.js';
import type { PredicateModule } from './module.js';
import { declaredValue } from './value.js';
import { COMMON } from './words.js';

/**
 * A share of a collective's members, from two count columns: `part` of `whole` is at least
 * `percent` (≥ 70% đạt Lao động tiên tiến), or, `strict`, more than it ("trên 50%").
 */
export type Share = { type: 'share'; part: string; whole: string; percent: number; strict?: boolean };

type ShareFacts = { part: number | 'blank'; whole: number | 'blank' };

const WORDS = {
  vi: {
    describe: (part: string, whole: string, percent: number, strict: boolean) =>
      strict ? `${part} trên ${percent}% ${whole}` : `${part} từ ${percent}% ${whole} trở lên`,
    needed: (percent: number, strict: boolean) => (strict ? `cần trên ${percent}%` : `cần ${percent}%`),
    of: 'trên',
  },
  en: {
    describe: (part: string, whole: string, percent: number, strict: boolean) =>
      `${part} ${strict ? 'more than' : 'at least'} ${percent}% of ${whole}`,
    needed: (percent: number, strict: boolean) => `needs ${strict ? 'more than ' : ''}${percent}%`,
    of: 'of',
  },
};

export const share: PredicateModule<Share, ShareFacts> = {
  type: 'share',
  schema: () =>
    z.strictObject({
      type: z.literal('share'),
      part: z.string().min(1),
      whole: z.string().min(1),
      percent: z.number().positive().max(100),
      /** "trên 50%": more than the percentage, not equal to it. */
      strict: z.boolean().optional(),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.part, p.whole] }),
  evaluate(nominee, p) {
    const part = declaredValue(nominee, p.part);
    const whole = declaredValue(nominee, p.whole);
    let result: Tri = 'unknown';
    if (typeof part === 'number' && typeof whole === 'number')
      result =
        whole > 0 && (p.strict ? part * 100 > p.percent * whole : part * 100 >= p.percent * whole)
          ? 'pass'
          : 'fail';
    return {
      type: 'share',
      result,
      args: {
        part: typeof part === 'number' ? part : 'blank',
        whole: typeof whole === 'number' ? whole : 'blank',
      },
    };
  },
  describe: (p, w) => ({
    text: WORDS[w.lang].describe(
      w.column(p.part)[w.lang],
      w.column(p.whole)[w.lang],
      p.percent,
      p.strict ?? false,
    ),
  }),
  render(p, { args: a }, w) {
    const c = COMMON[w.lang];
    const name = (id: string) => w.column(id)[w.lang];
    if (a.part === 'blank' || a.whole === 'blank')
      return [
        a.part === 'blank' ? `${name(p.part)}: ${c.blank}` : '',
        a.whole === 'blank' ? `${name(p.whole)}: ${c.blank}` : '',
      ]
        .filter(Boolean)
        .join('; ');
    const percent = a.whole > 0 ? Math.floor((a.part * 1000) / a.whole) / 10 : 0;
    const shown = String(percent).replace('.', w.lang === 'vi' ? ',' : '.');
    const needed = p.strict ? WORDS[w.lang].needed(p.percent, true) : `${c.needed} ${p.percent}%`;
    return `${a.part} ${WORDS[w.lang].of} ${a.whole} = ${shown}% (${needed})`;
  },
  cells: (p) => [p.part, p.whole],
  steps: (p, e) => [
    ...(e.args.part === 'blank' ? [{ fill: p.part }] : []),
    ...(e.args.whole === 'blank' ? [{ fill: p.whole }] : []),
  ],
  example(p, form) {
    form.set(p.whole, '20');
    const least = (20 * p.percent) / 100;
    form.set(p.part, String(p.strict && Number.isInteger(least) ? least + 1 : Math.ceil(least)));
  },
  guide: {
    vi: 'Tỷ lệ thành viên của tập thể từ hai cột đếm: `part` trên `whole` ít nhất `percent`%, hoặc `strict` là trên `percent`% ("trên 50%").',
    en: 'A share of a collective’s members from two count columns: `part` of `whole` at least `percent`%, or with `strict` more than it ("trên 50%").',
    example: { type: 'share', part: 'so_dat_ldtt', whole: 'so_thanh_vien', percent: 70 },
    columns: [
      { id: 'so_dat_ldtt', header: { vi: 'Số đạt LĐTT', en: 'members rated advanced' }, type: 'wholeNumber' },
    ],
  },
};
