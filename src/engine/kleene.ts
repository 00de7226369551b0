/** Three-valued (Kleene) logic, DOMAIN.md §3. */
export type Tri = 'pass' | 'fail' | 'unknown';

export function and(results: readonly Tri[]): Tri {
  if (results.includes('fail')) return 'fail';
  if (results.includes('unknown')) return 'unknown';
  return 'pass';
}

export function or(results: readonly Tri[]): Tri {
  if (results.includes('pass')) return 'pass';
  if (results.includes('unknown')) return 'unknown';
  return 'fail';
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

export function verdictOf(results: readonly Tri[]): Verdict {
  const all = and(results);
  return all === 'pass' ? 'eligible' : all === 'fail' ? 'ineligible' : 'review';
}
