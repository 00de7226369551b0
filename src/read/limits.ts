import { type FindingCode, finding } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';

/**
 * Bounds on what a file may make the reader hold. Files are untrusted: a 20 KB xlsx can
 * unpack to gigabytes, and exceljs keeps a whole workbook in memory (about half a kilobyte
 * per cell). The defaults are far above any real nominee list and far below what exhausts
 * a default Node heap; each can be raised from the command line.
 */
export interface Limits {
  /** Bytes a workbook's zip entries may unpack to, all together (`--max-inflated-mb`). */
  maxInflatedBytes: number;
  /** Rows holding data, per sheet (`--max-rows`). */
  maxRows: number;
  /**
   * Cells stored in a workbook loaded whole (`--max-cells`). A CSV or a large workbook streams,
   * holding one row at a time, so only its rows, bytes and cell length are bounded.
   */
  maxCells: number;
  /** Characters in one cell (`--max-cell-length`); a CSV line may hold `LINE_CELLS` such cells. */
  maxCellLength: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxInflatedBytes: 200 * MB,
  maxRows: 1_000_000,
  maxCells: 2_000_000,
  maxCellLength: 20_000,
};

/** How many cells of the longest allowed length one CSV line may hold before it is refused. */
export const LINE_CELLS = 64;

export function withDefaults(limits: Partial<Limits> | undefined): Limits {
  const out = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(limits ?? {}) as [keyof Limits, number | undefined][]) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The exit-2 error for a bound that was passed; `limit` is shown as the user would raise it. */
export function limitError(
  code: Extract<FindingCode, `E-LIMIT-${string}`>,
  limit: number,
  position: Omit<Finding, 'code' | 'severity' | 'args'>,
): InputError {
  return new InputError(finding(code, { limit }, position));
}
