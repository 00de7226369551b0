/**
 * `target.push(...items)` without the spread: spreading an array into a call's arguments puts
 * every element on the stack, and a long enough list (a few hundred thousand findings) ends the
 * run with "Maximum call stack size exceeded". Each part is one item or a list of them.
 */
export function append<T>(target: T[], ...parts: readonly (T | readonly T[])[]): T[] {
  for (const part of parts) {
    if (Array.isArray(part)) for (const item of part as readonly T[]) target.push(item);
    else target.push(part as T);
  }
  return target;
}

/** The largest of `values` and `floor`, for lists of any length (`Math.max(...values)` is bounded). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
