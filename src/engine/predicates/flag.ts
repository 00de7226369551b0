import { z } from 'zod';
import type { PredicateModule } from './module.js';
import { COMMON } from './words.js';

/** A yes/no column the campaign declares has the given value. */
export type Flag = { type: 'flag'; field: string; is: boolean };

type FlagFacts = { field: string; is: boolean; value: 'yes' | 'no' | 'blank' };

/** A yes/no column has the wanted value; blank (null) is unknown unless the column says otherwise. */
export const flag: PredicateModule<Flag, FlagFacts> = {
  type: 'flag',
  schema: () =>
    z.strictObject({
      type: z.literal('flag'),
      field: z.string().min(1),
      is: z.boolean().default(true),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.field] }),
  evaluate(nominee, params) {
    const value = nominee.flags[params.field] ?? null;
    return {
      type: 'flag',
      result: value === null ? 'unknown' : value === params.is ? 'pass' : 'fail',
      args: { field: params.field, is: params.is, value: value === null ? 'blank' : value ? 'yes' : 'no' },
    };
  },
  describe: (p, w) => ({ text: wanted(p.field, p.is, w) }),
  render(_p, { args: a }, w) {
    const c = COMMON[w.lang];
    const value = a.value === 'blank' ? c.blank : a.value === 'yes' ? c.yes : c.no;
    return `${w.column(a.field)[w.lang]}: ${value}`;
  },
  cells: (p) => [p.field],
  steps: (p, e) => (e.result === 'unknown' ? [{ fill: p.field }] : []),
  example(p, form) {
    form.set(p.field, p.is ? 'Có' : 'Không');
  },
  guide: {
    vi: 'Một cột Có/Không của biểu mẫu có giá trị mong muốn (`is`); ô trống là chưa rõ.',
    en: 'A yes/no column of the form has the wanted value (`is`); a blank cell is unknown.',
    example: { type: 'flag', field: 'attest_conduct', is: true },
    // the form's columns its example reads, declared as a campaign would
    columns: [
      {
        id: 'attest_conduct',
        header: { vi: 'XN phẩm chất chính trị', en: 'attested political quality and conduct' },
        type: 'yesNo',
      },
    ],
  },
};

/** `Lãnh đạo từ cấp phòng trở lên = Không`: the value a flag wants. */
export function wanted(field: string, is: boolean, w: Parameters<typeof flag.describe>[1]): string {
  return `${w.column(field)[w.lang]} = ${is ? COMMON[w.lang].yes : COMMON[w.lang].no}`;
}
