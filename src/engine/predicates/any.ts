import { z } from 'zod';
import { orOf } from '../kleene.js';
import type { Predicate } from '../predicate.js';
import { type Evidence, mergeReads, type PredicateModule } from './module.js';

/** Some part holds. */
export type AnyOf = { type: 'any'; of: Predicate[] };

const WORDS = {
  vi: { describe: 'một trong các điều sau', or: 'hoặc' },
  en: { describe: 'any of', or: 'or' },
};

/** Some part holds (Kleene OR: any pass passes, else any unknown is unknown). */
export const any: PredicateModule<AnyOf, Record<string, never>> = {
  type: 'any',
  schema: (predicate) => z.strictObject({ type: z.literal('any'), of: z.array(predicate).min(1) }),
  reads: (p, walk) => mergeReads(p.of.map((c) => walk.reads(c))),
  evaluate(nominee, params, _ctx, walk) {
    const children = params.of.map((p) => walk.evaluate(nominee, p));
    return { type: 'any', result: orOf(children), args: {}, children };
  },
  describe: (p, w, walk) => ({ text: WORDS[w.lang].describe, parts: p.of.map((c) => walk.describe(c, w)) }),
  render(p, e, w, walk) {
    // a pass is explained by the part that carried it; an open OR by the parts still open (a
    // closed one can no longer help); a fail by every part
    const parts = pairs(p, e);
    const passing = parts.find(([, ce]) => ce.result === 'pass');
    if (passing) return walk.render(passing[0], passing[1], w);
    const shown = parts.filter(([, ce]) => ce.result === e.result);
    const texts = shown.map(([c, ce]) => walk.render(c, ce, w));
    // named ways read as sentences (`Cách 1: …. Cách 2: …`), unnamed ones as `… hoặc …`:
    // no brackets for a reader to count
    return shown.every(([, ce]) => ce.label)
      ? texts.map((t) => (t.endsWith('.') ? t : `${t}.`)).join(' ')
      : texts.join(` ${WORDS[w.lang].or} `);
  },
  // an OR is held back by every part, since any one of them could have carried it
  cells: (p, e, walk) => pairs(p, e).flatMap(([c, ce]) => (ce.result === e.result ? walk.cells(c, ce) : [])),
  steps: (p, e, walk) => pairs(p, e).flatMap(([c, ce]) => (ce.result === 'unknown' ? walk.steps(c, ce) : [])),
  example(p, form, walk) {
    if (p.of[0]) walk.example(p.of[0], form);
  },
  guide: {
    vi: 'Ít nhất một phần trong `of` đạt (HOẶC ba giá trị); mỗi phần có thể đặt `label` ("Cách 1") để lời giải thích nêu cách nào.',
    en: 'At least one part in `of` holds (three-valued OR); each part may carry a `label` ("Cách 1") so messages name the way.',
    example: {
      type: 'any',
      of: [
        { type: 'yearsWith', code: 'CSTĐCS', atLeast: 1, label: { vi: 'Cách 1', en: 'Way 1' } },
        {
          type: 'distinctions',
          fields: ['initiatives'],
          codes: ['SK-CS'],
          atLeast: 1,
          label: { vi: 'Cách 2', en: 'Way 2' },
        },
      ],
    },
    // the form's columns its example reads, declared as a campaign would
    columns: [{ id: 'initiatives', header: { vi: 'Sáng kiến', en: 'initiatives' }, type: 'distinctions' }],
  },
};

function pairs(p: AnyOf, e: Evidence): [Predicate, Evidence][] {
  const out: [Predicate, Evidence][] = [];
  p.of.forEach((c, i) => {
    const ce = e.children?.[i];
    if (ce) out.push([c, ce]);
  });
  return out;
}
