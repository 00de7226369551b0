import { z } from 'zod';
import { andOf } from '../kleene.js';
import type { Predicate } from '../predicate.js';
import { type Evidence, mergeReads, type PredicateModule } from './module.js';

/** Every part holds. */
export type All = { type: 'all'; of: Predicate[] };

const WORDS = { vi: 'tất cả các điều sau', en: 'all of' };

/** Every part holds (Kleene AND: any fail fails, else any unknown is unknown). */
export const all: PredicateModule<All, Record<string, never>> = {
  type: 'all',
  schema: (predicate) => z.strictObject({ type: z.literal('all'), of: z.array(predicate).min(1) }),
  reads: (p, walk) => mergeReads(p.of.map((c) => walk.reads(c))),
  evaluate(nominee, params, _ctx, walk) {
    const children = params.of.map((p) => walk.evaluate(nominee, p));
    return { type: 'all', result: andOf(children), args: {}, children };
  },
  describe: (p, w, walk) => ({ text: WORDS[w.lang], parts: p.of.map((c) => walk.describe(c, w)) }),
  render(p, e, w, walk) {
    // a failing or open AND is explained by the parts that hold it back
    return holdingBack(p, e)
      .map(([c, ce]) => walk.render(c, ce, w))
      .join('; ');
  },
  cells: (p, e, walk) => holdingBack(p, e).flatMap(([c, ce]) => walk.cells(c, ce)),
  steps: (p, e, walk) => holdingBack(p, e).flatMap(([c, ce]) => walk.steps(c, ce)),
  example(p, form, walk) {
    for (const c of p.of) walk.example(c, form);
  },
  guide: {
    vi: 'Mọi phần trong `of` đều đạt (VÀ ba giá trị: một phần không đạt thì không đạt, còn phần chưa rõ thì chưa rõ).',
    en: 'Every part in `of` holds (three-valued AND: one failing part fails it, else an unknown part leaves it unknown).',
    example: {
      type: 'all',
      of: [
        { type: 'flag', field: 'attest_solidarity', is: true },
        { type: 'countIsZero', field: 'disciplined' },
      ],
    },
    // the form's columns its example reads, declared as a campaign would
    columns: [
      {
        id: 'attest_solidarity',
        header: { vi: 'XN đoàn kết, trong sạch vững mạnh', en: 'attested solidarity, clean and strong' },
        type: 'yesNo',
      },
      {
        id: 'disciplined',
        header: { vi: 'Số người bị kỷ luật', en: 'number disciplined' },
        type: 'wholeNumber',
      },
    ],
  },
};

/** The parts that share the result: all of them for a pass, else those that hold it back. */
function holdingBack(p: All, e: Evidence): [Predicate, Evidence][] {
  const out: [Predicate, Evidence][] = [];
  p.of.forEach((c, i) => {
    const ce = e.children?.[i];
    if (ce && (e.result === 'pass' || ce.result === e.result)) out.push([c, ce]);
  });
  return out;
}
