import { atLeast } from '../kleene.js';
import type { EveryYear } from '../predicate.js';
import type { PredicateModule } from './module.js';
import { scanYears } from './years.js';

/** A per-year code in every year of the period: "5 consecutive years". */
export const everyYear: PredicateModule<EveryYear> = {
  evaluate(nominee, params, ctx) {
    const scan = scanYears(nominee, params.code, ctx);
    return {
      type: 'everyYear',
      result: atLeast(scan.hit.length, scan.unknown.length, ctx.years.length),
      args: {
        code: params.code,
        atLeast: ctx.years.length,
        hit: scan.hit,
        unknown: scan.unknown,
        missing: scan.missing,
      },
    };
  },
};
