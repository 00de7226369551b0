import { or } from '../kleene.js';
import type { AnyOf } from '../predicate.js';
import type { PredicateModule } from './module.js';

/** Some part holds (Kleene OR: any pass passes, else any unknown is unknown). */
export const any: PredicateModule<AnyOf> = {
  evaluate(nominee, params, _ctx, evaluate) {
    const children = params.of.map((p) => evaluate(nominee, p));
    return {
      type: 'any',
      result: or(children.map((c) => c.result)),
      args: {},
      children,
      ...(params.label && { label: params.label }),
    };
  },
};
