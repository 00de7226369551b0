// The shape of a finding is data every layer passes on (the engine's judgements carry a nominee's
// D-DUP), so it lives with the model; findings/ holds the catalogue and the words.
export type Severity = 'error' | 'warning' | 'info';

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
