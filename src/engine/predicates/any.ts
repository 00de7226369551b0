import { orOf } from '../kleene.js';
import type { AnyOf } from '../predicate.js';
import type { Evidence } from '../types.js';
import type { PredicateModule } from './module.js';

/** Some part holds (Kleene OR: any pass passes, else any unknown is unknown). */
export const any: PredicateModule<AnyOf> = {
  evaluate(nominee, params, _ctx, evaluate) {
    const children = params.of.map((p) => evaluate(nominee, p));
    const evidence: Evidence = { type: 'any', result: orOf(children), args: {}, children };
    if (params.label) evidence.label = params.label;
    return evidence;
  },
};
