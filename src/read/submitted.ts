import { stripDiacritics } from '../model/fold.js';
import { type CellValue, cellText, columnLetter, type RawRow, type SheetSource } from './cells.js';
import { HEADER_ROWS } from './header.js';

/** When a file says it was sent, and the cell that says so. */
export interface SubmittedOn {
  /** `YYYY-MM-DD` */
  date: string;
  /** Cell reference as Excel shows it: `C3`. */
  cell: string;
  /** Absent for a CSV, whose one sheet has no name. */
  sheet?: string;
}

/**
 * The label a submission date goes under: `Ngày gửi` (or `Ngày nộp`), with or without
 * diacritics, a colon or a note in brackets; what follows it in the same cell may be the date
 * (`Ngày gửi: 10/05/2020`) or more words of a column header (`Ngày gửi hồ sơ`).
 */
const LABEL = /^(?:ngay gui|ngay nop|submitted(?: on)?)\b\s*(?:\([^()]*\))?\s*:?\s*(.*)$/;

/** Days since 1899-12-30, the epoch of Excel's serial dates; plausible only for recent years. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const SERIAL_RANGE = [20_000, 80_000] as const;

/**
 * A date as people write one in a Vietnamese form: `10/05/2020` (day first, also with `-` or
 * `.`), `ngày 10 tháng 5 năm 2020`, ISO `2020-05-10`, an Excel date cell or its serial number.
 * `null` when it is not a real calendar date.
 */
export function parseDate(value: CellValue): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < SERIAL_RANGE[0] || value > SERIAL_RANGE[1]) return null;
    return new Date(EXCEL_EPOCH + value * 86_400_000).toISOString().slice(0, 10);
  }
  const text = stripDiacritics(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(text);
  if (iso) return calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return calendar(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const words = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/.exec(text);
  if (words) return calendar(Number(words[3]), Number(words[2]), Number(words[1]));
  return null;
}

function calendar(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * Watches a file's rows as the reader takes them, for the date the file was sent: a
 * `Ngày gửi: …` cell (or a `Ngày gửi` cell with the date beside it) among the first rows, or
 * a `Ngày gửi` column, whose latest date counts. The reader itself is not changed: a sheet's
 * rows pass through `watch` on their way to it.
 */
export class SubmissionDates {
  private latest: SubmittedOn | undefined;

  /** The latest submission date seen in every sheet watched so far. */
  get result(): SubmittedOn | undefined {
    return this.latest;
  }

  watch(source: SheetSource): SheetSource {
    return { name: source.name, rows: this.rows(source) };
  }

  private async *rows(source: SheetSource): AsyncGenerator<RawRow> {
    let column: number | undefined;
    for await (const row of source.rows) {
      if (column !== undefined) this.consider(row.cells[column] ?? null, column, row.number, source.name);
      else if (row.number <= HEADER_ROWS) column = this.scanTitle(row, source.name);
      yield row;
    }
  }

  /** A label among the first rows: the date in its cell or beside it; a lone label heads a column. */
  private scanTitle(row: RawRow, sheet: string): number | undefined {
    for (const [index, value] of row.cells.entries()) {
      if (typeof value !== 'string') continue;
      const label = LABEL.exec(stripDiacritics(value));
      if (!label) continue;
      const inCell = label[1] ?? '';
      if (parseDate(inCell) !== null) {
        this.consider(inCell, index, row.number, sheet);
        continue;
      }
      const next = row.cells.findIndex((v, i) => i > index && cellText(v) !== '');
      if (next !== -1 && parseDate(row.cells[next] ?? null) !== null) {
        this.consider(row.cells[next] ?? null, next, row.number, sheet);
        continue;
      }
      // a label with no date in its row heads a column (`Ngày gửi`, `Ngày gửi hồ sơ`)
      if (!/\d/.test(inCell)) return index;
    }
    return undefined;
  }

  private consider(value: CellValue, index: number, rowNumber: number, sheet: string): void {
    const date = parseDate(typeof value === 'string' ? value.trim() : value);
    if (date === null || (this.latest && this.latest.date >= date)) return;
    this.latest = { date, cell: `${columnLetter(index)}${rowNumber}`, ...(sheet === '' ? {} : { sheet }) };
  }
}
