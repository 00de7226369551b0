export type Severity = 'error' | 'warning' | 'info';
export type { Lang } from '../model/text.js';

/**
 * Everything that is not a nominee's rule result: input problems, quota, duplicates, plan checks.
 * The core records a code and its arguments; words are chosen at the edge (`renderFinding`).
 */
export interface Finding {
  code: string;
  severity: Severity;
  file?: string;
  sheet?: string;
  /** Spreadsheet row number, 1-based, as Excel shows it. */
  row?: number;
  /** The column's header as written in the file (`Khen thưởng`), or its letter when it has none. */
  column?: string;
  /** Cell reference as a person finds it in Excel: `P7`. */
  cell?: string;
  args: Record<string, string | number>;
  /**
   * Set when this finding stands for the same problem down a column (repeats.ts): how many
   * rows have it, and the first of them, this finding's own row first.
   */
  repeated?: { count: number; rows: number[] };
}

/** A problem that stops the tool from doing its job (exit 2): unreadable file, missing column, bad option. */
export class InputError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
    this.name = 'InputError';
  }
}

/** `nominees.xlsx › Cá nhân!P7 (Khen thưởng)`: where a person looks for it. */
export function formatPosition(f: Pick<Finding, 'file' | 'sheet' | 'row' | 'column' | 'cell'>): string {
  const parts: string[] = [];
  // a CSV has no sheet, and Excel's whole-row `20005:20005` means nothing without one: its line
  // follows the file as editors and CI logs write it, `nominees.csv:20005`
  if (!f.sheet && !f.cell && f.row !== undefined) {
    const out = f.file ? `${f.file}:${f.row}` : String(f.row);
    return f.column ? `${out} (${f.column})` : out;
  }
  if (f.file) parts.push(f.file);
  let place = '';
  if (f.sheet) place = f.sheet;
  if (f.cell) place += `${place ? '!' : ''}${f.cell}`;
  else if (f.row !== undefined) place += `${place ? '!' : ''}${f.row}:${f.row}`;
  if (place) parts.push(place);
  let out = parts.join(' › ');
  if (f.column) out += ` (${f.column})`;
  return out;
}
