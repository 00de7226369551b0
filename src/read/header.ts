import { finding } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import { foldKey } from '../model/fold.js';
import { cellText, columnLetter, type RawRow } from './cells.js';
import type { ColumnSpec, HeaderLookup } from './columns.js';

/** Official forms put a few title rows above the table; the header is looked for in this many rows. */
export const HEADER_ROWS = 20;

/** A note after a header: `Khối (HCSN/SXKD)`, `Họ và tên (*)`, a column number `(2)`. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/** One column of the table the sheet holds, understood. */
export interface PlannedColumn {
  index: number;
  letter: string;
  /** Header as written, for findings. */
  header: string;
  spec?: ColumnSpec;
  year?: number;
  /** The birth-year column split by gender: the year written here says the gender too. */
  gender?: 'male' | 'female';
}

export interface HeaderFound {
  row: number;
  columns: PlannedColumn[];
  /** A column found twice: `first` is read, `second` must hold the same or the sheet is refused. */
  duplicates: Duplicate[];
  findings: Finding[];
}

export interface Duplicate {
  first: PlannedColumn;
  second: PlannedColumn;
}

export interface HeaderNotFound {
  /** Labels of the required headers the best candidate row lacks. */
  missing: string[];
  /** Whether any candidate row names the kind column (`Loại`): tells a both-kinds sheet from an unrelated one. */
  hasKindColumn: boolean;
}

interface Candidate {
  row: RawRow;
  columns: PlannedColumn[];
  duplicates: Duplicate[];
  extras: PlannedColumn[];
  missing: string[];
}

function readHeaderRow(row: RawRow, lookup: HeaderLookup): Candidate {
  const columns: PlannedColumn[] = [];
  const duplicates: Candidate['duplicates'] = [];
  const extras: PlannedColumn[] = [];
  const seen = new Map<string, PlannedColumn>();
  row.cells.forEach((value, index) => {
    const header = cellText(value);
    if (header === '') return;
    let key = foldKey(header);
    if (!lookup.columns.has(key) && !lookup.years.has(key) && TRAILING_NOTE.test(header)) {
      key = foldKey(header.replace(TRAILING_NOTE, ''));
    }
    const spec = lookup.columns.get(key);
    const year = lookup.years.get(key);
    const column: PlannedColumn = { index, letter: columnLetter(index), header };
    if (spec === undefined && year === undefined) {
      extras.push(column);
      return;
    }
    if (spec) column.spec = spec;
    if (year !== undefined) column.year = year;
    const id = spec ? spec.id : String(year);
    const first = seen.get(id);
    if (first) {
      duplicates.push({ first, second: column });
      return;
    }
    seen.set(id, column);
    columns.push(column);
  });
  const present = new Set(columns.map((c) => c.spec?.id ?? String(c.year)));
  const missing: string[] = [];
  for (const r of lookup.required) if (!r.specs.some((s) => present.has(s.id))) missing.push(r.label);
  for (const y of lookup.periodYears) if (!present.has(String(y))) missing.push(String(y));
  return { row, columns, duplicates, extras, missing };
}

/**
 * The header is the first row, among the first `HEADER_ROWS`, holding every required header.
 * When none does, the row that comes closest says what is missing.
 */
export function findHeader(
  rows: readonly RawRow[],
  lookup: HeaderLookup,
  where: { file: string; sheet?: string },
): HeaderFound | HeaderNotFound {
  let best: Candidate | undefined;
  let hasKindColumn = false;
  for (const row of rows) {
    if (row.number > HEADER_ROWS) break;
    const candidate = readHeaderRow(row, lookup);
    if (candidate.columns.some((c) => c.spec?.type === 'kind')) hasKindColumn = true;
    if (candidate.missing.length === 0) return accept(candidate, where);
    if (!best || candidate.missing.length < best.missing.length) best = candidate;
  }
  const missing = best
    ? best.missing
    : [...lookup.required.map((r) => r.label), ...lookup.periodYears.map(String)];
  return { missing, hasKindColumn };
}

/** The header a row is, when it holds every required header of `lookup` (a further table's). */
export function headerIn(
  row: RawRow,
  lookup: HeaderLookup,
  where: { file: string; sheet?: string },
): HeaderFound | null {
  const candidate = readHeaderRow(row, lookup);
  return candidate.missing.length === 0 ? accept(candidate, where) : null;
}

const GENDER_HEADERS = new Map<string, 'male' | 'female'>([
  ['nam', 'male'],
  ['nu', 'female'],
]);

/**
 * The columns again with `Năm sinh` split in two, when the row under the header says so: the
 * official form merges `Năm sinh` over two cells and writes `Nam` | `Nữ` beneath, the year going
 * under the nominee's gender. `null` when the row is no such sub-header.
 */
export function splitBirthYear(columns: readonly PlannedColumn[], below: RawRow): PlannedColumn[] | null {
  const birth = columns.find((c) => c.spec?.id === 'birth_year');
  if (!birth || columns.some((c) => c.index === birth.index + 1)) return null;
  const first = GENDER_HEADERS.get(foldKey(cellText(below.cells[birth.index] ?? null)));
  const second = GENDER_HEADERS.get(foldKey(cellText(below.cells[birth.index + 1] ?? null)));
  if (first === undefined || second === undefined || first === second) return null;
  const part = (index: number, gender: 'male' | 'female'): PlannedColumn => ({
    ...birth,
    index,
    letter: columnLetter(index),
    header: `${birth.header} (${cellText(below.cells[index] ?? null)})`,
    gender,
  });
  const out: PlannedColumn[] = [];
  for (const c of columns) {
    if (c === birth) out.push(part(birth.index, first), part(birth.index + 1, second));
    else out.push(c);
  }
  return out;
}

function accept(candidate: Candidate, where: { file: string; sheet?: string }): HeaderFound {
  const rowNumber = candidate.row.number;
  const findings: Finding[] = [];
  for (const d of candidate.duplicates) {
    findings.push(
      finding(
        'W-HEADER-DUPLICATE',
        { header: d.second.header, first: d.first.letter, second: d.second.letter },
        { ...where, row: rowNumber, column: d.second.header, cell: `${d.second.letter}${rowNumber}` },
      ),
    );
  }
  if (candidate.extras.length > 0) {
    findings.push(
      finding(
        'I-COLUMN-EXTRA',
        { columns: candidate.extras.map((c) => `"${c.header}" (${c.letter})`).join(', ') },
        { ...where, row: rowNumber },
      ),
    );
  }
  return { row: rowNumber, columns: candidate.columns, duplicates: candidate.duplicates, findings };
}
