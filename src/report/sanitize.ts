/**
 * Spreadsheet formula injection (OWASP, "CSV Injection"). Nominee files come from many units and
 * are copied into reports that the federation's staff open in Excel; a name typed as
 * `=HYPERLINK("http://x","y")` must be shown as those characters, never run.
 *
 * The two spreadsheet formats need different treatment:
 * - CSV has no cell types: Excel decides from the first character, so text that starts like a
 *   formula gets OWASP's leading apostrophe.
 * - XLSX has cell types: text written as a string cell is never evaluated, so the value is kept
 *   exactly as the input had it (an apostrophe would show as part of the name). `xlsxValue`
 *   guarantees only strings and numbers reach a cell, never a formula object.
 */

/** The characters OWASP lists: = + - @ tab carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A CSV cell: text starting like a formula gets a leading `'`; numbers stay numbers. */
export function csvValue(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return looksLikeFormula(value) ? `'${value}` : value;
}

/** An XLSX cell value: a plain string or number, so the writer can only make a text or number cell. */
export function xlsxValue(value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return String(value);
}
