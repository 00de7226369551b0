import { foldKey } from './fold.js';

/**
 * The known name a mistyped one was most likely meant to be (`HTXSVN` → `HTXSNV`), or nothing
 * when none is close. Names are compared folded (case, diacritics and punctuation ignored), by
 * edit distance counting a swap of two neighbours as one edit: the slips people make typing
 * codes. "Close" is at most one edit in three characters, so short codes are not matched to
 * anything at all.
 */
export function nearestName(given: string, known: Iterable<string>): string | undefined {
  const key = foldKey(given);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const other = foldKey(name);
    const distance = editDistance(key, other);
    const allowed = Math.max(1, Math.floor(Math.max(key.length, other.length) / 3));
    if (distance <= allowed && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insert, delete, replace, or swap two neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(rows - 1, cols - 1);
}
