import type { Tri } from '../kleene.js';
import type { ConsecutiveYears } from '../predicate.js';
import type { PredicateModule } from './module.js';
import { scanYears } from './years.js';

/**
 * A per-year code in at least N consecutive years of the period. With `?` years: passes when
 * a run of known years is long enough, fails when no run is long enough even if every `?` year
 * held the code, and is unknown otherwise.
 */
export const consecutiveYears: PredicateModule<ConsecutiveYears> = {
  evaluate(nominee, params, ctx) {
    const scan = scanYears(nominee, params.code, ctx);
    const hit = new Set(scan.hit);
    const open = new Set(scan.unknown);
    const known = longestRun(ctx.years, (y) => hit.has(y));
    const possible = longestRun(ctx.years, (y) => hit.has(y) || open.has(y));
    const result: Tri = known >= params.atLeast ? 'pass' : possible >= params.atLeast ? 'unknown' : 'fail';
    return {
      type: 'consecutiveYears',
      result,
      args: {
        code: params.code,
        atLeast: params.atLeast,
        run: known,
        hit: scan.hit,
        unknown: scan.unknown,
        missing: scan.missing,
      },
    };
  },
};

function longestRun(years: readonly string[], holds: (year: string) => boolean): number {
  let best = 0;
  let current = 0;
  for (const year of years) {
    current = holds(year) ? current + 1 : 0;
    if (current > best) best = current;
  }
  return best;
}
