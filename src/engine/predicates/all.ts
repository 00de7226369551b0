import { andOf } from '../kleene.js';
import type { All } from '../predicate.js';
import type { Evidence } from '../types.js';
import type { PredicateModule } from './module.js';

/** Every part holds (Kleene AND: any fail fails, else any unknown is unknown). */
export const all: PredicateModule<All> = {
  evaluate(nominee, params, _ctx, evaluate) {
    const children = params.of.map((p) => evaluate(nominee, p));
    const evidence: Evidence = { type: 'all', result: andOf(children), args: {}, children };
    if (params.label) evidence.label = params.label;
    return evidence;
  },
};
