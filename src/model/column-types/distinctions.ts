import { z } from 'zod';
import { foldKey } from '../fold.js';
import type { Distinction } from '../nominee.js';
import type { CodeBook } from '../vocabulary.js';
import { type CellReader, items, memoise } from './codes.js';
import type { CellIssue, ColumnType, GuideContext } from './module.js';

/**
 * A year after a distinction, as people write it: `BK-UBND:2018`, `BK-UBND (2018)`,
 * `BK-UBND - 2018`, `BK-UBND năm 2018`, `BK-UBND 2018`.
 */
const YEAR_SUFFIX = /^(.*?)[\s:\-–—(]*(?:năm|nam|year)?[\s:]*((?:19|20)\d{2})\s*\)?$/iu;

/**
 * Dated distinctions, `CODE:YEAR` items of the campaign's vocabulary (`BK-UBND:2023; SK-CS:2024`,
 * or their full names), as a list. A code without a year is kept with no year, which criteria
 * count as unknown, never as a pass (W-YEAR-MISSING); a year outside the period is said
 * (W-YEAR-OUTSIDE); an item that is no code is a W-CODE-UNKNOWN. A blank cell is none.
 */
export const distinctions: ColumnType<Distinction[]> = {
  type: 'distinctions',
  options: z.strictObject({}),
  store: 'distinctions',
  perYear: false,
  parse(cell, _o, context) {
    if (!context) return undefined;
    return distinctionReader(context.book, context.period)(cell, context.issues);
  },
  blank: () => [],
  expected: (_o, lang) => (lang === 'vi' ? 'MÃ:NĂM; MÃ:NĂM' : 'CODE:YEAR; CODE:YEAR'),
  show: (v) => v.map((d) => (d.year === null ? d.code : `${d.code}:${d.year}`)).join('; '),
  instructions: (_o, c) =>
    `Ghi MÃ:NĂM (xem bảng mã khen thưởng), nhiều mục cách nhau bởi dấu ; , ví dụ ${exampleOf(c)}. Chỉ tính năm trong ${c.period.from}–${c.period.to}${c.feeds ? '; thiếu năm thì tiêu chí liên quan chỉ là "cần xem xét"' : ''}.`,
  template: (_o, c) => ({
    kind: 'prompt',
    title: c.header,
    text: `MÃ:NĂM, cách nhau bởi ; — ${c.vocabulary.distinctions.map((d) => d.code).join(', ')}`,
  }),
  example: () => 'BK-UBND:2023; SK-CS:2024',
  width: 26,
  // a list has no order: criteria count the distinctions it holds
  compare: () => undefined,
  guide: {
    vi: 'Khen thưởng, sáng kiến có năm: mỗi mục `MÃ:NĂM` theo mã trong vocabulary.json, cách nhau bởi dấu ; (`BK-UBND:2023; SK-CS:2024`). Mục thiếu năm được giữ nhưng tiêu chí chỉ tính là chưa rõ; năm ngoài giai đoạn được nhắc.',
    en: 'Dated distinctions and initiatives: `CODE:YEAR` items of vocabulary.json, separated by ; (`BK-UBND:2023; SK-CS:2024`). An item without a year is kept but counts as unknown; a year outside the period is pointed out.',
    id: 'awards',
    header: { vi: 'Khen thưởng', en: 'awards' },
    options: {},
  },
};

/** Two of the campaign's distinctions dated in the last years of its period. */
function exampleOf(c: GuideContext): string {
  const [a, b] = c.vocabulary.distinctions;
  const last = c.period.to;
  const year = (i: number) => Math.max(c.period.from, last - i);
  return [a && `${a.code}:${year(1)}`, b && `${b.code}:${year(0)}`].filter(Boolean).join('; ');
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

function checkYear(
  text: string,
  year: number,
  period: { from: number; to: number },
  issues: CellIssue[],
): void {
  if (year < period.from || year > period.to) {
    issues.push({ code: 'W-YEAR-OUTSIDE', args: { value: text, year, from: period.from, to: period.to } });
  }
}

const readers = new WeakMap<CodeBook, Map<string, CellReader<Distinction[]>>>();

/** The reader of a distinctions cell for a campaign's codes and period, made once for each. */
export function distinctionReader(
  book: CodeBook,
  period: { from: number; to: number },
): CellReader<Distinction[]> {
  const byPeriod = readers.get(book) ?? new Map<string, CellReader<Distinction[]>>();
  readers.set(book, byPeriod);
  const key = `${period.from}-${period.to}`;
  let reader = byPeriod.get(key);
  if (!reader) {
    reader = makeDistinctionReader(book, period);
    byPeriod.set(key, reader);
  }
  return reader;
}

function makeDistinctionReader(
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
