import { atLeast } from '../kleene.js';
import type { Distinctions } from '../predicate.js';
import type { PredicateModule } from './module.js';

/**
 * At least N distinctions among the given codes, dated in the period, across the given columns.
 * A distinction without a year can only make the answer unknown, never a pass; one dated
 * outside the period does not count at all.
 */
export const distinctions: PredicateModule<Distinctions> = {
  evaluate(nominee, params, ctx) {
    const counted: string[] = [];
    const undated: string[] = [];
    const outside: string[] = [];
    for (const field of params.fields) {
      for (const d of nominee.distinctions[field] ?? []) {
        if (!counts(ctx.book.countsAs.get(d.code), d.code, params.codes)) continue;
        if (d.year === null) undated.push(d.code);
        else if (d.year < ctx.from || d.year > ctx.to) outside.push(`${d.code}:${d.year}`);
        else counted.push(`${d.code}:${d.year}`);
      }
    }
    return {
      type: 'distinctions',
      result: atLeast(counted.length, undated.length, params.atLeast),
      args: { codes: params.codes, atLeast: params.atLeast, counted, undated, outside },
    };
  },
};

/** Whether a distinction (`code`, counting also as `countsAs`) is one of `wanted`. */
function counts(countsAs: readonly string[] | undefined, code: string, wanted: readonly string[]): boolean {
  if (countsAs === undefined) return wanted.includes(code);
  for (const c of countsAs) if (wanted.includes(c)) return true;
  return false;
}
