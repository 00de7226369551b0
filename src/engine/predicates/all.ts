import { and } from '../kleene.js';
import type { All } from '../predicate.js';
import type { PredicateModule } from './module.js';

/** Every part holds (Kleene AND: any fail fails, else any unknown is unknown). */
export const all: PredicateModule<All> = {
  evaluate(nominee, params, _ctx, evaluate) {
    const children = params.of.map((p) => evaluate(nominee, p));
    return {
      type: 'all',
      result: and(children.map((c) => c.result)),
      args: {},
      children,
      ...(params.label && { label: params.label }),
    };
  },
};
