import type { Finding } from '../model/finding.js';

export type { Finding, Severity } from '../model/finding.js';
export type { Lang } from '../model/text.js';

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
