import type { CountIsZero } from '../predicate.js';
import type { PredicateModule } from './module.js';

/** A whole-number column is zero; blank (null) is unknown. */
export const countIsZero: PredicateModule<CountIsZero> = {
  evaluate(nominee, params) {
    const value = nominee.counts[params.field] ?? null;
    return {
      type: 'countIsZero',
      result: value === null ? 'unknown' : value === 0 ? 'pass' : 'fail',
      args: { field: params.field, value: value === null ? 'blank' : value },
    };
  },
};
