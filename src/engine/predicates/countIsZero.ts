import { z } from 'zod';
import type { PredicateModule } from './module.js';
import { COMMON } from './words.js';

/** A whole-number column is zero. */
export type CountIsZero = { type: 'countIsZero'; field: string };

type CountFacts = { field: string; value: number | 'blank' };

/** A whole-number column is zero; blank (null) is unknown. */
export const countIsZero: PredicateModule<CountIsZero, CountFacts> = {
  type: 'countIsZero',
  schema: () => z.strictObject({ type: z.literal('countIsZero'), field: z.string().min(1) }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.field] }),
  evaluate(nominee, params) {
    const value = nominee.counts[params.field] ?? null;
    return {
      type: 'countIsZero',
      result: value === null ? 'unknown' : value === 0 ? 'pass' : 'fail',
      args: { field: params.field, value: value === null ? 'blank' : value },
    };
  },
  describe: (p, w) => ({ text: `${w.column(p.field)[w.lang]} = 0` }),
  render: (_p, { args: a }, w) =>
    `${w.column(a.field)[w.lang]}: ${a.value === 'blank' ? COMMON[w.lang].blank : a.value}`,
  cells: (p) => [p.field],
  steps: (p, e) => (e.result === 'unknown' ? [{ fill: p.field }] : []),
  example(p, form) {
    form.set(p.field, '0');
  },
  guide: {
    vi: 'Một cột đếm của biểu mẫu bằng 0 (không ai bị kỷ luật); ô trống là chưa rõ.',
    en: 'A count column of the form is zero (nobody disciplined); a blank cell is unknown.',
    example: { type: 'countIsZero', field: 'disciplined' },
    // the form's columns its example reads, declared as a campaign would
    columns: [
      {
        id: 'disciplined',
        header: { vi: 'Số người bị kỷ luật', en: 'number disciplined' },
        type: 'wholeNumber',
      },
    ],
  },
};
