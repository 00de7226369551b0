import { z } from 'zod';
import { append } from '../../append.js';
import { foldKey } from '../fold.js';
import type { YearCell } from '../nominee.js';
import type { CodeBook } from '../vocabulary.js';
import { type CellReader, items, longestRun, memoise } from './codes.js';
import type { ColumnType } from './module.js';

const WORD_SEPARATOR = /[\s+&/]+/u;
const EMPTY_YEAR: YearCell = { codes: [], unknown: false };

/**
 * The titles and ratings a nominee held in each year of the period, one column a year
 * (`2016` … `2020`): codes of the campaign's vocabulary (`LĐTT; HTXSNV`) or their full names
 * (`Lao động tiên tiến`), each with the codes it implies (CSTĐT ⇒ CSTĐCS ⇒ LĐTT); `?` or `CX`
 * for a year not yet assessed, which leaves every code of that year possible. A blank cell is
 * a year with nothing; an item that is no code is a W-CODE-UNKNOWN beside the codes read.
 */
export const yearTitles: ColumnType<YearCell> = {
  type: 'yearTitles',
  options: z.strictObject({}),
  store: 'years',
  perYear: true,
  parse(cell, _o, context) {
    if (!context) return undefined;
    return yearCellReader(context.book)(cell, context.issues);
  },
  blank: () => EMPTY_YEAR,
  expected: (_o, lang) => (lang === 'vi' ? 'mã danh hiệu, cách nhau bởi ;' : 'title codes, separated by ;'),
  show: (v, _o, lang) =>
    [...v.codes, ...(v.unknown ? ['?'] : [])].join('; ') || (lang === 'vi' ? 'trống' : 'blank'),
  instructions: (_o, c) =>
    `Danh hiệu, xếp loại năm ${c.year}: ghi mã (xem bảng mã bên dưới), nhiều mã cách nhau bởi dấu ; . Năm chưa được xét ghi ${c.vocabulary.unknownYear.join(' hoặc ')}. Để trống nghĩa là năm đó không đạt gì.`,
  template: (_o, c) => ({
    kind: 'prompt',
    title: `Năm ${c.year}`,
    text: `Mã, cách nhau bởi ; — ${c.vocabulary.yearCodes.map((y) => y.code).join(', ')}. Chưa xét: ${c.vocabulary.unknownYear.join(', ')}`,
  }),
  example: () => 'LĐTT; HTXSNV',
  width: 14,
  // a year's titles have no order of their own: criteria count the years holding a code
  compare: () => undefined,
  guide: {
    vi: 'Danh hiệu, xếp loại của từng năm trong giai đoạn: một cột mỗi năm, tiêu đề ghi `{year}` ở chỗ của năm (`2024`, `Năm 2024`); ô ghi mã trong vocabulary.json (`LĐTT; HTXSNV`) hoặc tên đầy đủ, `?` hoặc `CX` là năm chưa xét; để trống là năm đó không đạt gì. Mỗi kỳ xét khai báo nhiều nhất một cột loại này.',
    en: 'The titles and ratings of each year of the period: one column a year, the header saying `{year}` where the year goes (`2024`, `Năm 2024`); a cell holds codes of vocabulary.json (`LĐTT; HTXSNV`) or their full names, `?` or `CX` for a year not yet assessed; blank means nothing that year. A campaign declares at most one such column.',
    id: 'titles',
    header: { vi: '{year}', en: '{year}' },
    options: {},
  },
};

const readers = new WeakMap<CodeBook, CellReader<YearCell>>();

/** The reader of a year's cell for a campaign's codes, made once per code book. */
export function yearCellReader(book: CodeBook): CellReader<YearCell> {
  let reader = readers.get(book);
  if (!reader) {
    reader = makeYearCellReader(book);
    readers.set(book, reader);
  }
  return reader;
}

function makeYearCellReader(book: CodeBook): CellReader<YearCell> {
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
