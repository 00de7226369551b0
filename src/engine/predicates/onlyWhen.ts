import { z } from 'zod';
import { andOf } from '../kleene.js';
import type { Predicate } from '../predicate.js';
import { type Evidence, mergeReads, type PredicateModule } from './module.js';

/** `require`, but only for nominees where `when` holds. */
export type OnlyWhen = { type: 'onlyWhen'; when: Predicate; require: Predicate };

const WORDS = {
  vi: { describe: 'chỉ khi', closed: (when: string) => `chỉ áp dụng khi ${when}, không phải trường hợp này` },
  en: { describe: 'only when', closed: (when: string) => `only when ${when}, which is not the case` },
};

/**
 * A path open only to some nominees (CN-HCSN-1 path B: non-leaders). Logically an AND of the
 * condition and the requirement; kept apart so its message says "only when …".
 */
export const onlyWhen: PredicateModule<OnlyWhen, Record<string, never>> = {
  type: 'onlyWhen',
  schema: (predicate) => z.strictObject({ type: z.literal('onlyWhen'), when: predicate, require: predicate }),
  reads: (p, walk) => mergeReads([walk.reads(p.when), walk.reads(p.require)]),
  evaluate(nominee, params, _ctx, walk) {
    const children = [walk.evaluate(nominee, params.when), walk.evaluate(nominee, params.require)];
    return { type: 'onlyWhen', result: andOf(children), args: {}, children };
  },
  describe(p, w, walk) {
    const when = walk.describe(p.when, w).text;
    return { text: `${WORDS[w.lang].describe} ${when}:`, parts: [walk.describe(p.require, w)] };
  },
  render(p, e, w, walk) {
    const [when, require] = parts(e);
    if (!when || !require) return '';
    if (when.result === 'fail') return WORDS[w.lang].closed(walk.describe(p.when, w).text);
    const body = walk.render(p.require, require, w);
    if (when.result === 'pass') return body;
    // the condition is open: say so, and the requirement only if it is not already met
    const condition = walk.render(p.when, when, w);
    return require.result === 'pass' ? condition : `${condition}; ${body}`;
  },
  cells(p, e, walk) {
    const [when, require] = parts(e);
    return [
      ...(when && when.result === e.result ? walk.cells(p.when, when) : []),
      ...(require && require.result === e.result ? walk.cells(p.require, require) : []),
    ];
  },
  steps(p, e, walk) {
    const [when, require] = parts(e);
    if (e.result !== 'unknown' || !when || !require) return [];
    return [
      ...(when.result === 'unknown' ? walk.steps(p.when, when) : []),
      ...(require.result === 'unknown' ? walk.steps(p.require, require) : []),
    ];
  },
  example(p, form, walk) {
    walk.example(p.when, form);
    walk.example(p.require, form);
  },
  guide: {
    vi: 'Yêu cầu `require` chỉ mở cho người thỏa `when` (ví dụ: con đường dành cho người không giữ chức vụ lãnh đạo).',
    en: '`require`, open only to nominees where `when` holds (a path for those who are not leaders, say).',
    example: {
      type: 'onlyWhen',
      when: { type: 'flag', field: 'leader', is: false },
      require: { type: 'yearsWith', code: 'LĐTT', atLeast: 3 },
    },
    // the form's columns its example reads, declared as a campaign would
    columns: [
      {
        id: 'leader',
        header: { vi: 'Lãnh đạo từ cấp phòng trở lên', en: 'leader (head of division or above)' },
        type: 'yesNo',
      },
    ],
  },
};

function parts(e: Evidence): [Evidence | undefined, Evidence | undefined] {
  return [e.children?.[0], e.children?.[1]];
}
