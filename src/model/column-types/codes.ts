import { clean } from '../fold.js';
import type { Cell, CellIssue } from './module.js';

/**
 * What the code-reading column types share: a list cell split into its items, and a memory of
 * the cells already read, since a sheet repeats the same few texts (`LĐTT`) thousands of times.
 */

/** Items of a list cell: `;`, `,` or a line break (Alt+Enter in Excel). */
const ITEM_SEPARATOR = /[;,\r\n]+/;

/** A list cell as items, each cleaned; the raw text is split first so line breaks still separate. */
export function items(value: Cell): string[] {
  const raw = typeof value === 'string' ? value : cellString(value);
  const out: string[] = [];
  for (const part of raw.split(ITEM_SEPARATOR)) {
    const text = clean(part);
    if (text !== '') out.push(text);
  }
  return out;
}

/** A cell as the text it shows, as the readers write it into messages. */
export function cellString(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** Distinct cell texts remembered per reader. */
const MEMO_LIMIT = 20_000;

export type CellReader<T> = (value: Cell, issues: CellIssue[]) => T;

export function memoise<T>(read: CellReader<T>): CellReader<T> {
  const cache = new Map<string, { result: T; issues: CellIssue[] }>();
  return (value, issues) => {
    if (typeof value !== 'string') return read(value, issues);
    let hit = cache.get(value);
    if (!hit) {
      const own: CellIssue[] = [];
      hit = { result: read(value, own), issues: own };
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(value, hit);
    }
    for (const issue of hit.issues) issues.push(issue);
    return hit.result;
  };
}

/**
 * Longest-first matching over items: Vietnamese names hold commas (`Hoàn thành chỉ tiêu,
 * nhiệm vụ SXKD`), so a run of items is tried as one name before its parts are.
 * `keys[i]` is the folded item; returns the end index of the longest run from `start` that `known` accepts.
 */
export function longestRun(keys: readonly string[], start: number, known: (key: string) => boolean): number {
  for (let end = keys.length; end > start; end--) {
    let key = '';
    for (let k = start; k < end; k++) key += keys[k];
    if (key !== '' && known(key)) return end;
  }
  return start;
}
