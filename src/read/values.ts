import { append } from '../append.js';
import type { Unit } from '../campaign/schema.js';
import type { FindingCode } from '../findings/catalogue.js';
import type { Block, Kind } from '../model/categories.js';
import { clean, foldKey, stripDiacritics } from '../model/fold.js';
import type { Decision } from '../model/nominee.js';
import { type CellValue, cellText } from './cells.js';

/** A problem with one cell; the sheet reader adds where it is. */
export interface Issue {
  code: FindingCode;
  args: Record<string, string | number>;
}

/** What a column expects, shown to the user beside a value that was not understood. */
export const EXPECTED = {
  kind: 'Tập thể / Cá nhân',
  block: 'HCSN / SXKD',
  gender: 'Nam / Nữ',
  year: 'YYYY',
  decision: 'Đồng ý / Không đồng ý',
} as const;

function lookup<T>(entries: Record<string, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, spellings] of Object.entries(entries)) {
    for (const s of spellings) map.set(foldKey(s), value as T);
  }
  return map;
}

const KIND = lookup<Kind>({
  collective: ['Tập thể', 'collective', 'collectives'],
  individual: ['Cá nhân', 'individual', 'individuals'],
});

const BLOCK = lookup<Block>({
  HCSN: ['HCSN', 'khối HCSN', 'hành chính sự nghiệp', 'khối hành chính, sự nghiệp'],
  SXKD: ['SXKD', 'khối SXKD', 'sản xuất kinh doanh', 'khối sản xuất kinh doanh'],
});

const GENDER = lookup<'male' | 'female'>({
  male: ['Nam', 'male', 'm'],
  female: ['Nữ', 'female', 'f'],
});

const DECISION = lookup<Decision>({
  approved: ['Đồng ý', 'Duyệt', 'Chọn', 'approved', 'approve', 'yes'],
  rejected: ['Không đồng ý', 'Không duyệt', 'Không chọn', 'rejected', 'reject', 'no'],
});

/** The council's decision a cell gives (`Đồng ý`, `Không đồng ý`); blank is `null`, undecided. */
export function readDecision(value: CellValue, issues: Issue[]): Decision | null {
  const text = cellText(value);
  if (text === '') return null;
  return DECISION.get(foldKey(text)) ?? bad(issues, text, EXPECTED.decision);
}

const DIGITS = /^\d+$/;
/** `12/03/1985`, `1985-03-12`: people write a birth date where the year is asked. */
const DATE_YEAR = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{4})|(\d{4})[/.-]\d{1,2}[/.-]\d{1,2})$/;

/** Years a typed number may be, a birth year or a year typed into a date cell (xlsx.ts). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

function bad(issues: Issue[], text: string, expected: string): null {
  issues.push({ code: 'E-VALUE', args: { value: text, expected } });
  return null;
}

/** The kind a text names, `null` when none (no finding: a section heading is tried with it). */
export function kindOf(text: string): Kind | null {
  return KIND.get(foldKey(text)) ?? null;
}

/** The block a text names, `null` when none. */
export function blockOf(text: string): Block | null {
  return BLOCK.get(foldKey(text)) ?? null;
}

/** A heading row inside a table, and what it says of the rows under it. */
export interface Section {
  row: number;
  /** As written. */
  text: string;
  block?: Block;
  kind?: Kind;
}

/** `I.`, `II)`, `A.`, `1.`, `B -`: how a heading is numbered. */
const NUMBERING = /^(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2})\s*[.)/:\-–]\s*/u;
/** `KHỐI` / `Khối` in front of a block, and a kind in front of its block (`Cá nhân khối HCSN`). */
const BLOCK_WORD = /^khối\s+/u;

/**
 * The section a row's only text names, `null` when it names none: `I. KHỐI HÀNH CHÍNH SỰ
 * NGHIỆP`, `Khối SXKD`, `A. TẬP THỂ`, `CÁ NHÂN`, `B. CÁ NHÂN KHỐI SXKD`. A heading must name a
 * block or a kind and nothing else, so a collective called `Khối cơ quan huyện` or
 * `Tổ dân phố Cộng Hòa`, alone in its row, stays a nominee with blank cells.
 */
export function sectionOf(text: string, row: number): Section | null {
  const body = clean(text).replace(NUMBERING, '');
  if (body === '') return null;
  const block = blockOf(body);
  if (block !== null) return { row, text, block };
  const kind = kindOf(body);
  if (kind !== null) return { row, text, kind };
  // `Tập thể khối HCSN`, `CÁ NHÂN - KHỐI SXKD`
  const lower = body.toLowerCase();
  for (const [word, k] of KIND_WORDS) {
    if (!lower.startsWith(word)) continue;
    const rest = lower
      .slice(word.length)
      .replace(/^[\s,\-–:]+/u, '')
      .replace(BLOCK_WORD, 'khối ');
    const b = blockOf(rest);
    if (b !== null) return { row, text, kind: k, block: b };
  }
  return null;
}

const KIND_WORDS: [string, Kind][] = [
  ['tập thể', 'collective'],
  ['cá nhân', 'individual'],
];

export function readKind(value: CellValue, issues: Issue[]): Kind | null {
  const text = cellText(value);
  return KIND.get(foldKey(text)) ?? bad(issues, text, EXPECTED.kind);
}

export function readBlock(value: CellValue, issues: Issue[]): Block | null {
  const text = cellText(value);
  return BLOCK.get(foldKey(text)) ?? bad(issues, text, EXPECTED.block);
}

export function readGender(value: CellValue, issues: Issue[]): 'male' | 'female' | null {
  const text = cellText(value);
  if (text === '') return null;
  return GENDER.get(foldKey(text)) ?? bad(issues, text, EXPECTED.gender);
}

export function readYear(value: CellValue, issues: Issue[]): number | null {
  const text = cellText(value);
  if (text === '') return null;
  let year: number | undefined;
  if (value instanceof Date) year = value.getUTCFullYear();
  else if (typeof value === 'number') year = value;
  else if (DIGITS.test(text)) year = Number(text);
  else {
    const m = DATE_YEAR.exec(text);
    if (m) year = Number(m[1] ?? m[2]);
  }
  if (year !== undefined && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX) return year;
  return bad(issues, text, EXPECTED.year);
}

/** A unit text that fits two units: never guessed, reported with both (Q-UNIT-AMBIGUOUS). */
export interface AmbiguousUnit {
  candidates: [string, string];
}

/** How staff write units, from the campaign: words short or in full, and the province after a name. */
export interface UnitWords {
  words: readonly { short: string; long: string }[];
  province?: string;
}

/**
 * Unit ids by every spelling the campaign gives. A text matching none exactly is tried as staff
 * write it: its short words spelled out (`LĐLĐ huyện Phong Thổ` = `Liên đoàn Lao động huyện
 * Phong Thổ`) and the province after it left out (`Công đoàn ngành Y tế tỉnh Lai Châu`). A text
 * matching none stays `null` (Q-UNIT); one that two units could be written as is ambiguous.
 */
export function unitLookup(
  units: readonly Unit[],
  written: UnitWords = { words: [] },
): (text: string) => string | null | AmbiguousUnit {
  const map = new Map<string, string>();
  for (const u of units) for (const s of [u.id, u.name, ...u.aliases]) map.set(foldKey(s), u.id);
  const key = unitKey(written);
  const loose = new Map<string, Set<string>>();
  for (const u of units) {
    for (const s of [u.name, ...u.aliases]) {
      const k = key(s);
      if (k === '') continue;
      const ids = loose.get(k) ?? new Set();
      ids.add(u.id);
      loose.set(k, ids);
    }
  }
  const names = new Map(units.map((u) => [u.id, u.name]));
  const seen = new Map<string, string | null | AmbiguousUnit>();
  return (text) => {
    let id = seen.get(text);
    if (id === undefined) {
      id = map.get(foldKey(text)) ?? null;
      if (id === null) {
        const ids = [...(loose.get(key(text)) ?? [])];
        if (ids.length === 1) id = ids[0] as string;
        else if (ids.length > 1) {
          // in the campaign's order, as its table lists them
          const [a, b] = ids.map((i) => names.get(i) as string);
          id = { candidates: [a as string, b as string] };
        }
      }
      if (seen.size < 10_000) seen.set(text, id);
    }
    return id;
  };
}

/** The words of a text, folded: `Công đoàn ngành Y tế` → `cong doan nganh y te`. */
function foldedWords(text: string): string[] {
  return stripDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * A unit's name as a key that ignores how it was written: short words spelled out, the province
 * after the name (`tỉnh Lai Châu`, `Lai Châu`, a bare `tỉnh`) left out, case, marks and spaces ignored.
 */
function unitKey(written: UnitWords): (text: string) => string {
  const expand = new Map<string, string[]>();
  for (const w of written.words) {
    const short = foldedWords(w.short);
    if (short.length === 1) expand.set(short[0] as string, foldedWords(w.long));
  }
  const province = written.province === undefined ? [] : foldedWords(written.province);
  const suffixes = [['tinh', ...province], province, ['tinh']].filter((s) => s.length > 0);
  return (text) => {
    const words: string[] = [];
    for (const w of foldedWords(text)) append(words, expand.get(w) ?? [w]);
    for (const suffix of suffixes) {
      const from = words.length - suffix.length;
      if (from > 0 && suffix.every((w, i) => words[from + i] === w)) {
        words.length = from;
        break;
      }
    }
    return words.join('');
  };
}
