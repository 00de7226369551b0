import { z } from 'zod';
import type { Tri } from '../kleene.js';
import type { Predicate } from './index.js';
import { type Evidence, mergeReads, type PredicateModule } from './module.js';

/**
 * A requirement that depends on who the nominee is: the first case whose `when` holds gives the
 * `test` (150 triệu for a university degree, 200 triệu for leaders), `otherwise` the rest.
 * When a `when` cannot be told (its cell is blank), every case still possible is weighed: the
 * result is what they all agree on — pass if the nominee meets every one, fail if none, else unknown.
 */
export type Cases = {
  type: 'cases';
  cases: { when: Predicate; test: Predicate }[];
  otherwise: Predicate;
};

const WORDS = {
  vi: {
    describe: 'tùy trường hợp',
    when: 'nếu',
    otherwise: 'các trường hợp khác',
    undecided: 'chưa rõ trường hợp',
  },
  en: { describe: 'depending on the case', when: 'if', otherwise: 'otherwise', undecided: 'case not known' },
};

/** `children`: each case's `when` then its `test`, then `otherwise`; `open` lists the branches still possible. */
type CasesFacts = { possible: readonly number[] };

export const cases: PredicateModule<Cases, CasesFacts> = {
  type: 'cases',
  schema: (predicate) =>
    z.strictObject({
      type: z.literal('cases'),
      cases: z.array(z.strictObject({ when: predicate, test: predicate })).min(1),
      otherwise: predicate,
    }),
  reads: (p, walk) =>
    mergeReads([
      ...p.cases.flatMap((c) => [walk.reads(c.when), walk.reads(c.test)]),
      walk.reads(p.otherwise),
    ]),
  evaluate(nominee, p, _ctx, walk) {
    const children: Evidence[] = [];
    const possible: number[] = [];
    let settled = false;
    p.cases.forEach((c, i) => {
      const when = walk.evaluate(nominee, c.when);
      const test = walk.evaluate(nominee, c.test);
      children.push(when, test);
      if (settled || when.result === 'fail') return;
      possible.push(i);
      if (when.result === 'pass') settled = true;
    });
    children.push(walk.evaluate(nominee, p.otherwise));
    if (!settled) possible.push(p.cases.length);
    const results = possible.map(
      (i) => (children[i < p.cases.length ? 2 * i + 1 : 2 * p.cases.length] as Evidence).result,
    );
    return { type: 'cases', result: agreed(results), args: { possible }, children };
  },
  describe: (p, w, walk) => ({
    text: WORDS[w.lang].describe,
    parts: [
      ...p.cases.map((c) => ({
        text: `${WORDS[w.lang].when} ${walk.describe(c.when, w).text}:`,
        parts: [walk.describe(c.test, w)],
      })),
      { text: `${WORDS[w.lang].otherwise}:`, parts: [walk.describe(p.otherwise, w)] },
    ],
  }),
  render(p, e, w, walk) {
    const branches = branchesOf(p, e);
    if (branches.length === 1) {
      const [only] = branches;
      return only ? walk.render(only.test, only.evidence, w) : '';
    }
    // the case is not known: say which cell decides it, then what each possible case finds
    const undecided = p.cases
      .map((c, i) => ({ c, when: e.children?.[2 * i] }))
      .filter(({ when }) => when?.result === 'unknown')
      .map(({ c, when }) => walk.render(c.when, when as Evidence, w));
    const shown = branches.filter((b) => e.result === 'pass' || b.evidence.result !== 'pass');
    return [
      `${WORDS[w.lang].undecided} (${undecided.join('; ')})`,
      ...shown.map((b) => walk.render(b.test, b.evidence, w)),
    ].join('; ');
  },
  cells(p, e, walk) {
    const branches = branchesOf(p, e);
    const whens =
      branches.length > 1
        ? p.cases.flatMap((c, i) =>
            e.children?.[2 * i]?.result === 'unknown'
              ? walk.cells(c.when, e.children[2 * i] as Evidence)
              : [],
          )
        : [];
    return [
      ...whens,
      ...branches.flatMap((b) => (b.evidence.result === 'pass' ? [] : walk.cells(b.test, b.evidence))),
    ];
  },
  steps(p, e, walk) {
    const branches = branchesOf(p, e);
    if (branches.length === 1) return branches.flatMap((b) => walk.steps(b.test, b.evidence));
    // telling the case decides it: fill the cells of the open conditions
    return p.cases.flatMap((c, i) => {
      const when = e.children?.[2 * i];
      return when?.result === 'unknown' ? walk.steps(c.when, when) : [];
    });
  },
  example(p, form, walk) {
    walk.example(p.otherwise, form);
  },
  guide: {
    vi: 'Ngưỡng tùy người được đề nghị: trường hợp đầu tiên có `when` đạt cho `test`, còn lại là `otherwise`. Khi `when` chưa rõ (ô trống), kết quả là điều mọi trường hợp còn có thể cùng cho: đạt nếu đạt mọi ngưỡng, không đạt nếu không đạt ngưỡng nào, còn lại chưa rõ.',
    en: 'A threshold that depends on who the nominee is: the first case whose `when` holds gives the `test`, `otherwise` the rest. When a `when` is unknown (a blank cell), the result is what every case still possible agrees on: pass if all pass, fail if none does, else unknown.',
    example: {
      type: 'cases',
      cases: [
        {
          when: { type: 'compare', column: 'trinh_do', op: 'atLeast', value: 'Đại học' },
          test: { type: 'compare', column: 'thu_nhap', op: 'atLeast', value: '150 triệu' },
        },
      ],
      otherwise: { type: 'compare', column: 'thu_nhap', op: 'atLeast', value: '80 triệu' },
    },
  },
};

function branchesOf(p: Cases, e: Evidence<CasesFacts>): { test: Predicate; evidence: Evidence }[] {
  return e.args.possible.map((i) =>
    i < p.cases.length
      ? { test: (p.cases[i] as Cases['cases'][number]).test, evidence: e.children?.[2 * i + 1] as Evidence }
      : { test: p.otherwise, evidence: e.children?.[2 * p.cases.length] as Evidence },
  );
}

/** What every possible case agrees on. */
function agreed(results: readonly Tri[]): Tri {
  if (results.every((r) => r === 'pass')) return 'pass';
  if (results.every((r) => r === 'fail')) return 'fail';
  return 'unknown';
}
