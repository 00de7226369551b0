import { date } from '../model/column-types/date.js';
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

/**
 * A date as people write one in a Vietnamese form: what a date column reads (`10/05/2020`, ISO
 * `2020-05-10`, an Excel date cell or its serial number) and `ngày 10 tháng 5 năm 2020`.
 * `null` when it is not a real calendar day.
 */
export function parseDate(value: CellValue): string | null {
  if (value === null || typeof value === 'boolean') return null;
  let cell = value;
  if (typeof value === 'string') {
    const text = stripDiacritics(value).replace(/^(\d{4}-\d{1,2}-\d{1,2})[t ].*$/, '$1');
    const words = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/.exec(text);
    cell = words ? `${words[1]}/${words[2]}/${words[3]}` : text;
  }
  // a month alone (`12/2022`) is no day a file was sent on
  const day = date.parse(cell, {});
  return day?.length === 10 ? day : null;
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
    return { ...source, rows: this.rows(source) };
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
