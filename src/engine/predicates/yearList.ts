import { atLeast } from '../kleene.js';
import type { YearList } from '../predicate.js';
import type { PredicateModule } from './module.js';

/** A list-of-years column names at least N distinct years of the period. */
export const yearList: PredicateModule<YearList> = {
  evaluate(nominee, params, ctx) {
    const listed = nominee.yearLists[params.field] ?? [];
    const inPeriod = [...new Set(listed.filter((y) => y >= ctx.from && y <= ctx.to))].sort((a, b) => a - b);
    const outside = listed.filter((y) => y < ctx.from || y > ctx.to);
    return {
      type: 'yearList',
      result: atLeast(inPeriod.length, 0, params.atLeast),
      args: { field: params.field, atLeast: params.atLeast, years: inPeriod, outside },
    };
  },
};
