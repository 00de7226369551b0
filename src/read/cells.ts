/** A cell as every reader hands it on: the spreadsheet's own value types, nothing wrapped. */
export type CellValue = string | number | boolean | Date | null;

/** Something about one cell that the sheet reader reports if the cell is one it uses. */
export interface CellNote {
  /** 0-based column index, as in `cells`. */
  index: number;
  code: 'E-FORMULA-NO-RESULT';
  args: Record<string, string | number>;
}

/** One spreadsheet row: `number` is 1-based as Excel shows it; `cells[0]` is column A. */
export interface RawRow {
  number: number;
  cells: readonly CellValue[];
  /** Hidden in Excel (by hand, by a filter or a collapsed outline). */
  hidden?: boolean;
  notes?: readonly CellNote[];
}

/**
 * A sheet as a stream of rows, so the same code reads a whole workbook in memory or a
 * streaming reader. Blank rows may be left out.
 */
export interface SheetSource {
  /** Sheet name as written; `''` for a CSV. */
  name: string;
  rows: AsyncIterable<RawRow>;
  /** 0-based indexes of the columns hidden in Excel. */
  hiddenColumns?: ReadonlySet<number>;
}

/** The formula of a cell whose result the file does not hold (written by a program that does not calculate). */
export function uncomputedFormula(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  const v = value as Record<string, unknown>;
  if (!('formula' in v || 'sharedFormula' in v) || (v.result !== undefined && v.result !== null)) return null;
  return String(v.formula ?? v.sharedFormula ?? '');
}

/**
 * Flatten what exceljs hands out (rich text, formulas with their cached result, hyperlinks,
 * errors) to a plain value. A formula whose result was never cached reads as blank; the
 * xlsx reader reports it (`uncomputedFormula`).
 */
export function fromExcel(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((part) => String(part.text ?? '')).join('');
  }
  if ('formula' in v || 'sharedFormula' in v) return fromExcel(v.result);
  if ('hyperlink' in v || 'text' in v) return fromExcel(v.text);
  if ('error' in v) return String(v.error);
  return null;
}

/** The cell as cleaned text (NFC, stray spaces gone); `''` when blank: as a declared column's type reads it. */
export { cellString as cellText } from '../model/column-types/codes.js';

/**
 * Text without control characters (tab and line breaks kept): none belongs in a name or a
 * code, and one that reached a report could restyle or rewrite a terminal (`ESC [`). Excel
 * keeps them in a cell as `_x001B_`, exceljs hands them out as they are, and a CSV may hold them.
 * Bidirectional controls and characters XML forbids go too (`cellSafe`, report/sanitize.ts).
 */
export { cellSafe as withoutControls } from '../report/sanitize.js';

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `12, 15–17`: rows as a person reads them, runs joined. */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    const previous = rows[i - 1] as number;
    if (rows[i] === previous + 1) continue;
    parts.push(start === previous ? String(previous) : `${start}–${previous}`);
    start = rows[i];
  }
  return parts.join(', ');
}
