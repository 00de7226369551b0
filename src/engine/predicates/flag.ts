import type { Flag } from '../predicate.js';
import type { PredicateModule } from './module.js';

/** A yes/no column has the wanted value; blank (null) is unknown. */
export const flag: PredicateModule<Flag> = {
  evaluate(nominee, params) {
    const value = nominee.flags[params.field] ?? null;
    return {
      type: 'flag',
      result: value === null ? 'unknown' : value === params.is ? 'pass' : 'fail',
      args: { field: params.field, is: params.is, value: value === null ? 'blank' : value ? 'yes' : 'no' },
    };
  },
};
