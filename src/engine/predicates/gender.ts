import { z } from 'zod';
import type { PredicateModule } from './module.js';
import { COMMON } from './words.js';

const GENDERS = ['female', 'male'] as const;

/** The nominee's gender is the one given (plan V.1 gives priority to women). */
export type Gender = { type: 'gender'; is: (typeof GENDERS)[number] };

type GenderFacts = { is: string; value: string };

const WORDS = {
  vi: { column: 'Giới tính', female: 'Nữ', male: 'Nam' },
  en: { column: 'gender', female: 'female', male: 'male' },
} as const;

/** `Giới tính` is the wanted one; a blank cell is unknown. */
export const gender: PredicateModule<Gender, GenderFacts> = {
  type: 'gender',
  schema: () => z.strictObject({ type: z.literal('gender'), is: z.enum(GENDERS) }),
  reads: () => ({ yearCodes: [], distinctions: [], columns: ['gender'] }),
  evaluate(nominee, p) {
    const value = nominee.gender;
    return {
      type: 'gender',
      result: value === null ? 'unknown' : value === p.is ? 'pass' : 'fail',
      args: { is: p.is, value: value ?? 'blank' },
    };
  },
  describe: (p, w) => ({ text: `${WORDS[w.lang].column} = ${WORDS[w.lang][p.is]}` }),
  render(_p, { args: a }, w) {
    const words = WORDS[w.lang];
    const value = a.value === 'female' || a.value === 'male' ? words[a.value] : COMMON[w.lang].blank;
    return `${words.column}: ${value}`;
  },
  cells: () => ['gender'],
  steps: (_p, e) => (e.result === 'unknown' ? [{ fill: 'gender' }] : []),
  example(p, form) {
    form.set('gender', WORDS.vi[p.is]);
  },
  guide: {
    vi: 'Giới tính là giới tính đã cho (dùng cho thứ tự ưu tiên); ô trống là chưa rõ.',
    en: 'The nominee’s gender is the one given (for priorities); a blank cell is unknown.',
    example: { type: 'gender', is: 'female' },
  },
};
