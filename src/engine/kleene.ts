/** Three-valued (Kleene) logic, DOMAIN.md §3. */
export type Tri = 'pass' | 'fail' | 'unknown';

/** Kleene AND of bare results; the engine combines evidence with `andOf`, the same logic. */
export function and(results: readonly Tri[]): Tri {
  return andOf(results.map((result) => ({ result })));
}

/** Kleene OR of bare results; the engine combines evidence with `orOf`, the same logic. */
export function or(results: readonly Tri[]): Tri {
  return orOf(results.map((result) => ({ result })));
}

/** `and` of the results of parts, without gathering them into a list first. */
export function andOf(parts: readonly { result: Tri }[]): Tri {
  let unknown = false;
  for (const part of parts) {
    if (part.result === 'fail') return 'fail';
    if (part.result === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'pass';
}

/** `or` of the results of parts, without gathering them into a list first. */
export function orOf(parts: readonly { result: Tri }[]): Tri {
  let unknown = false;
  for (const part of parts) {
    if (part.result === 'pass') return 'pass';
    if (part.result === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'fail';
}

export function not(result: Tri): Tri {
  return result === 'pass' ? 'fail' : result === 'fail' ? 'pass' : 'unknown';
}

/**
 * "At least `needed`" when `known` items certainly count and `possible` more might:
 * pass once the known reach it, fail when even every possible one would not, else unknown.
 */
export function atLeast(known: number, possible: number, needed: number): Tri {
  if (known >= needed) return 'pass';
  if (known + possible < needed) return 'fail';
  return 'unknown';
}

export type Verdict = 'eligible' | 'ineligible' | 'review';

/** Eligible when every rule passes, ineligible when one fails, review otherwise (DOMAIN.md §3). */
export function verdictOf(rules: readonly { result: Tri }[]): Verdict {
  const all = andOf(rules);
  return all === 'pass' ? 'eligible' : all === 'fail' ? 'ineligible' : 'review';
}
