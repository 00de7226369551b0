import type { Finding } from '../findings/finding.js';
import type { Nominee } from '../model/nominee.js';

/**
 * `check --unit`: the report shows only some units, while quotas and duplicates are counted over
 * everything read. A nominee is shown when its unit is selected; a finding at a row is shown when
 * a shown nominee stands there; a quota finding when its unit is selected (`unitId`); a finding
 * about no row (a file that cannot be read, a late submission, the plan) always.
 *
 * Rows are remembered as one bit each, per file and sheet: a streamed check of a million rows
 * keeps about 125 KB for it, never the nominees.
 */
export class UnitSelection {
  private readonly rows = new Map<string, Uint8Array>();

  constructor(readonly units: ReadonlySet<string>) {}

  /** Whether the report shows this nominee; its row is remembered if so. */
  admit(n: Pick<Nominee, 'unit' | 'file' | 'sheet' | 'row'>): boolean {
    if (n.unit === null || !this.units.has(n.unit)) return false;
    const key = sheetKey(n.file, n.sheet);
    let bits = this.rows.get(key) ?? new Uint8Array(64);
    const byte = n.row >>> 3;
    if (byte >= bits.length) {
      const bigger = new Uint8Array(Math.max(byte + 1, bits.length * 2));
      bigger.set(bits);
      bits = bigger;
    }
    bits[byte] = (bits[byte] as number) | (1 << (n.row & 7));
    this.rows.set(key, bits);
    return true;
  }

  /** Whether the report shows this finding. */
  keeps(f: Finding): boolean {
    const unit = f.args.unitId;
    if (typeof unit === 'string') return this.units.has(unit);
    if (f.file === undefined || f.row === undefined) return true;
    // a CSV's one sheet has no name: its findings name none, its nominees an empty one
    const bits = this.rows.get(sheetKey(f.file, f.sheet ?? ''));
    const byte = f.row >>> 3;
    return bits !== undefined && byte < bits.length && ((bits[byte] as number) & (1 << (f.row & 7))) !== 0;
  }
}

function sheetKey(file: string, sheet: string): string {
  return `${file}\u0000${sheet}`;
}
