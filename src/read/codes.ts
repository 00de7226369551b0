import { append } from '../append.js';
import { clean, foldKey } from '../model/fold.js';
import type { Distinction, YearCell } from '../model/nominee.js';
import type { CodeBook } from '../model/vocabulary.js';
import { type CellValue, cellText } from './cells.js';
import { EXPECTED, type Issue } from './values.js';

/** Items of a list cell: `;`, `,` or a line break (Alt+Enter in Excel). */
const ITEM_SEPARATOR = /[;,\r\n]+/;
const WORD_SEPARATOR = /[\s+&/]+/u;
/**
 * A year after a distinction, as people write it: `BK-UBND:2018`, `BK-UBND (2018)`,
 * `BK-UBND - 2018`, `BK-UBND năm 2018`, `BK-UBND 2018`.
 */
const YEAR_SUFFIX = /^(.*?)[\s:\-–—(]*(?:năm|nam|year)?[\s:]*((?:19|20)\d{2})\s*\)?$/iu;
/** A year in a list of years, with the word "year" people put before it. */
const LISTED_YEAR = /(?:năm|nam|year)?\s*\b(\d{4})\b/giu;

const EMPTY_YEAR: YearCell = { codes: [], unknown: false };

/** Distinct cell texts remembered per reader; a sheet repeats the same few (`LĐTT`) thousands of times. */
const MEMO_LIMIT = 20_000;

type CellReader<T> = (value: CellValue, issues: Issue[]) => T;

function memoise<T>(read: CellReader<T>): CellReader<T> {
  const cache = new Map<string, { result: T; issues: Issue[] }>();
  return (value, issues) => {
    if (typeof value !== 'string') return read(value, issues);
    let hit = cache.get(value);
    if (!hit) {
      const own: Issue[] = [];
      hit = { result: read(value, own), issues: own };
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(value, hit);
    }
    for (const issue of hit.issues) issues.push(issue);
    return hit.result;
  };
}

/** A list cell as items, each cleaned; the raw text is split first so line breaks still separate. */
function items(value: CellValue): string[] {
  const raw = typeof value === 'string' ? value : cellText(value);
  const out: string[] = [];
  for (const part of raw.split(ITEM_SEPARATOR)) {
    const text = clean(part);
    if (text !== '') out.push(text);
  }
  return out;
}

/**
 * Longest-first matching over items: Vietnamese names hold commas (`Hoàn thành chỉ tiêu,
 * nhiệm vụ SXKD`), so a run of items is tried as one name before its parts are.
 * `keys[i]` is the folded item; returns the end index of the longest run from `start` that `known` accepts.
 */
function longestRun(keys: readonly string[], start: number, known: (key: string) => boolean): number {
  for (let end = keys.length; end > start; end--) {
    let key = '';
    for (let k = start; k < end; k++) key += keys[k];
    if (key !== '' && known(key)) return end;
  }
  return start;
}

export function yearCellReader(book: CodeBook): CellReader<YearCell> {
  const known = (key: string) => book.yearCode.has(key) || book.unknownYear.has(key);

  /** Codes written with spaces only (`LĐTT HTXSNV`): accepted only when every word is a code. */
  const byWords = (text: string): string[] | null => {
    const keys = text.split(WORD_SEPARATOR).map(foldKey);
    const found: string[] = [];
    let i = 0;
    while (i < keys.length) {
      if (keys[i] === '') {
        i++;
        continue;
      }
      const end = longestRun(keys, i, known);
      if (end === i) return null;
      found.push(keys.slice(i, end).join(''));
      i = end;
    }
    return found.length > 0 ? found : null;
  };

  return memoise((value, issues) => {
    const parts = items(value);
    if (parts.length === 0) return EMPTY_YEAR;
    const keys = parts.map(foldKey);
    const found: string[] = [];
    let i = 0;
    while (i < parts.length) {
      if (keys[i] === '') {
        i++;
        continue;
      }
      const end = longestRun(keys, i, known);
      if (end > i) {
        found.push(keys.slice(i, end).join(''));
        i = end;
        continue;
      }
      const text = parts[i] as string;
      const words = byWords(text);
      if (words) append(found, words);
      else issues.push({ code: 'W-CODE-UNKNOWN', args: { value: text } });
      i++;
    }
    const codes = new Set<string>();
    let unknown = false;
    for (const key of found) {
      const code = book.yearCode.get(key);
      if (code === undefined) unknown = true;
      else for (const c of book.implied.get(code) ?? [code]) codes.add(c);
    }
    return { codes: [...codes], unknown };
  });
}

interface DistinctionItem {
  text: string;
  /** folded item, year included */
  whole: string;
  /** folded item without its trailing year */
  code: string;
  year: number | null;
}

function distinctionItem(text: string): DistinctionItem {
  const m = YEAR_SUFFIX.exec(text);
  const whole = foldKey(text);
  if (!m) return { text, whole, code: whole, year: null };
  return { text, whole, code: foldKey(m[1] ?? ''), year: Number(m[2]) };
}

function checkYear(text: string, year: number, period: { from: number; to: number }, issues: Issue[]): void {
  if (year < period.from || year > period.to) {
    issues.push({ code: 'W-YEAR-OUTSIDE', args: { value: text, year, from: period.from, to: period.to } });
  }
}

export function distinctionReader(
  book: CodeBook,
  period: { from: number; to: number },
): CellReader<Distinction[]> {
  return memoise((value, issues) => {
    const parts = items(value).map(distinctionItem);
    const out: Distinction[] = [];
    let i = 0;
    while (i < parts.length) {
      const first = parts[i] as DistinctionItem;
      if (first.whole === '') {
        i++;
        continue;
      }
      // `SK-CS: 2017, 2018`: a bare year repeats the distinction before it.
      const previous = out[out.length - 1];
      if (first.code === '' && first.year !== null && previous) {
        checkYear(first.text, first.year, period, issues);
        out.push({ code: previous.code, year: first.year });
        i++;
        continue;
      }
      // Only the last item of a run may carry the year: `Bằng khen của Bộ, ngành trung ương:2018`.
      let match: { end: number; code: string } | null = null;
      for (let end = parts.length; end > i && !match; end--) {
        let key = '';
        for (let k = i; k < end - 1; k++) key += (parts[k] as DistinctionItem).whole;
        key += (parts[end - 1] as DistinctionItem).code;
        const code = book.distinction.get(key);
        if (code !== undefined) match = { end, code };
      }
      if (!match) {
        issues.push({ code: 'W-CODE-UNKNOWN', args: { value: first.text } });
        i++;
        continue;
      }
      const run = parts.slice(i, match.end);
      const text = run.map((p) => p.text).join(', ');
      const year = (run[run.length - 1] as DistinctionItem).year;
      if (year === null) issues.push({ code: 'W-YEAR-MISSING', args: { value: text } });
      else checkYear(text, year, period, issues);
      out.push({ code: match.code, year });
      i = match.end;
    }
    return out;
  });
}

/** `2018; 2019`, `2018, 2019`, `Năm 2018`, or a number cell. */
export function readYearList(value: CellValue, issues: Issue[]): number[] {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2200) return [value];
    issues.push({ code: 'E-VALUE', args: { value: cellText(value), expected: EXPECTED.yearList } });
    return [];
  }
  const years: number[] = [];
  for (const part of items(value)) {
    let rest = part;
    let found = 0;
    for (const m of part.matchAll(LISTED_YEAR)) {
      const year = Number(m[1]);
      if (year < 1900 || year > 2200) continue;
      years.push(year);
      found++;
      rest = rest.replace(m[0], ' ');
    }
    // Whatever is left besides years and separators is something we did not understand.
    if (found === 0 || foldKey(rest) !== '') {
      issues.push({ code: 'E-VALUE', args: { value: part, expected: EXPECTED.yearList } });
    }
  }
  return [...new Set(years)];
}
