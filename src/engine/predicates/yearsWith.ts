import { atLeast } from '../kleene.js';
import type { YearsWith } from '../predicate.js';
import type { PredicateModule } from './module.js';
import { scanYears } from './years.js';

/** A per-year code in at least N years of the period; `?` years may still count. */
export const yearsWith: PredicateModule<YearsWith> = {
  evaluate(nominee, params, ctx) {
    const scan = scanYears(nominee, params.code, ctx);
    return {
      type: 'yearsWith',
      result: atLeast(scan.hit.length, scan.unknown.length, params.atLeast),
      args: {
        code: params.code,
        atLeast: params.atLeast,
        hit: scan.hit,
        unknown: scan.unknown,
        missing: scan.missing,
      },
    };
  },
};
