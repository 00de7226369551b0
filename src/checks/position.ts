import type { Finding } from '../findings/finding.js';
import type { Nominee } from '../model/nominee.js';

/**
 * Where a finding about a nominee's field points: the cell the field came from. A CSV's one
 * sheet has no name (`''`); it is left out, as the reader leaves it out of its own findings.
 */
export function nomineePosition(n: Nominee, field: string): Pick<Finding, 'file' | 'sheet' | 'row' | 'cell'> {
  return { file: n.file, sheet: n.sheet === '' ? undefined : n.sheet, row: n.row, cell: n.cells[field] };
}
