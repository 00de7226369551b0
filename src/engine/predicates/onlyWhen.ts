import { andOf } from '../kleene.js';
import type { OnlyWhen } from '../predicate.js';
import type { Evidence } from '../types.js';
import type { PredicateModule } from './module.js';

/**
 * A path open only to some nominees (CN-HCSN-1 path B: non-leaders). Logically an AND of the
 * condition and the requirement; kept apart so its message says "only when …".
 */
export const onlyWhen: PredicateModule<OnlyWhen> = {
  evaluate(nominee, params, _ctx, evaluate) {
    const when = evaluate(nominee, params.when);
    const require = evaluate(nominee, params.require);
    const children = [when, require];
    const evidence: Evidence = { type: 'onlyWhen', result: andOf(children), args: {}, children };
    if (params.label) evidence.label = params.label;
    return evidence;
  },
};
