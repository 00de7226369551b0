import { z } from 'zod';
import { foldKey } from '../../model/fold.js';
import type { PredicateModule } from './module.js';
import { COMMON } from './words.js';

/**
 * The nominee belongs to none of the given ethnic groups: an ethnic minority is written as
 * "not `Kinh`" (plan V.1 gives priority to minorities). Names match as headers do: case,
 * spaces and diacritics ignored.
 */
export type Ethnicity = { type: 'ethnicity'; otherThan: string[] };

type EthnicityFacts = { otherThan: readonly string[]; value: string };

const EXAMPLES = ['Thái', 'Mông', 'Dao'];

const WORDS = {
  vi: { column: 'Dân tộc', otherThan: 'khác' },
  en: { column: 'ethnicity', otherThan: 'other than' },
} as const;

/** `Dân tộc` is none of `otherThan`; a blank cell is unknown. */
export const ethnicity: PredicateModule<Ethnicity, EthnicityFacts> = {
  type: 'ethnicity',
  schema: () =>
    z.strictObject({ type: z.literal('ethnicity'), otherThan: z.array(z.string().min(1)).min(1) }),
  reads: () => ({ yearCodes: [], distinctions: [], columns: ['ethnicity'] }),
  evaluate(nominee, p) {
    const value = nominee.ethnicity;
    const result =
      value === null ? 'unknown' : p.otherThan.some((e) => foldKey(e) === foldKey(value)) ? 'fail' : 'pass';
    return { type: 'ethnicity', result, args: { otherThan: p.otherThan, value: value ?? '' } };
  },
  describe: (p, w) => ({
    text: `${WORDS[w.lang].column} ${WORDS[w.lang].otherThan} ${p.otherThan.join(', ')}`,
  }),
  render: (_p, { args: a }, w) =>
    `${WORDS[w.lang].column}: ${a.value === '' ? COMMON[w.lang].blank : a.value}`,
  cells: () => ['ethnicity'],
  steps: (_p, e) => (e.result === 'unknown' ? [{ fill: 'ethnicity' }] : []),
  example(p, form) {
    // a group the rule does not exclude, so the example row meets it
    const group = EXAMPLES.find((e) => !p.otherThan.some((o) => foldKey(o) === foldKey(e)));
    if (group) form.set('ethnicity', group);
  },
  guide: {
    vi: 'Dân tộc không thuộc các dân tộc đã cho: "người dân tộc thiểu số" viết là khác "Kinh".',
    en: 'The nominee belongs to none of the given ethnic groups: an ethnic minority is "other than Kinh".',
    example: { type: 'ethnicity', otherThan: ['Kinh'] },
  },
};
