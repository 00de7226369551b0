import { finding } from '../findings/catalogue.js';
import { type Finding, formatPosition } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import type { Nominee } from '../model/nominee.js';
import { nomineePosition } from './position.js';

/**
 * Name as people would call it the same (DOMAIN.md §5): NFC, case and every space ignored.
 * Diacritics are kept on purpose: `Lê` and `Lệ` are different names.
 */
export function nameKey(name: string): string {
  return clean(name).toLowerCase().replace(/\s/gu, '');
}

/**
 * What makes two rows the same nomination. An individual is its name and birth year; a blank
 * birth year is a value of its own, so two rows of one name both without a year are taken for
 * the same person, while a blank never matches a written year (common names such as
 * `Nguyễn Văn Hùng` belong to many people). A collective is its name within its unit.
 */
export function duplicateKey(nominee: Nominee): string {
  if (nominee.kind === 'individual') {
    return ['individual', nameKey(nominee.name), nominee.birthYear ?? ''].join('\u0000');
  }
  const unit = nominee.unit ?? `?${nameKey(nominee.unitText)}`;
  return ['collective', nameKey(nominee.name), unit].join('\u0000');
}

/** D-DUP on every later row of a nomination already made, naming where it was first made. */
export function findDuplicates(nominees: readonly Nominee[]): Finding[] {
  const finder = new DuplicateFinder();
  const findings: Finding[] = [];
  for (const nominee of nominees) {
    const found = finder.add(nominee);
    if (found) findings.push(found);
  }
  return findings;
}

/**
 * `findDuplicates` one nominee at a time, for a check that streams its input. It keeps each
 * nomination's key and where it was first made, as a number: the nominees themselves are let go.
 */
export class DuplicateFinder {
  /**
   * key → row × PLACES + the index of its file, sheet and name column in `places`; the
   * position in words for the rare nominee that does not fit that (a name cell off its row).
   */
  private readonly first = new Map<string, number | string>();
  private readonly places: { file: string; sheet: string; column: string }[] = [];
  private readonly placeIndex = new Map<string, number>();

  /** The D-DUP finding when this nomination was made before, else `undefined`. */
  add(nominee: Nominee): Finding | undefined {
    const key = duplicateKey(nominee);
    const earlier = this.first.get(key);
    if (earlier === undefined) {
      this.first.set(key, this.pack(nominee) ?? formatPosition(nomineePosition(nominee, 'name')));
      return undefined;
    }
    return finding(
      'D-DUP',
      {
        name: nominee.name,
        first: typeof earlier === 'string' ? earlier : formatPosition(this.unpack(earlier)),
      },
      nomineePosition(nominee, 'name'),
    );
  }

  private pack(n: Nominee): number | undefined {
    const cell = n.cells.name;
    // `C12` on row 12: the column is what rows of a sheet share; anything else is kept out
    const column =
      cell === undefined ? '' : cell.endsWith(String(n.row)) ? cell.slice(0, -String(n.row).length) : null;
    if (column === null) return undefined;
    const id = `${n.file}\u0000${n.sheet}\u0000${column}`;
    let index = this.placeIndex.get(id);
    if (index === undefined) {
      index = this.places.length;
      if (index >= PLACES) return undefined;
      this.places.push({ file: n.file, sheet: n.sheet, column });
      this.placeIndex.set(id, index);
    }
    return n.row * PLACES + index;
  }

  private unpack(packed: number): Pick<Finding, 'file' | 'sheet' | 'row' | 'cell'> {
    const place = this.places[packed % PLACES] as { file: string; sheet: string; column: string };
    const row = Math.floor(packed / PLACES);
    // as `nomineePosition` gives it: a CSV's unnamed sheet left out
    return {
      file: place.file,
      sheet: place.sheet === '' ? undefined : place.sheet,
      row,
      cell: place.column === '' ? undefined : `${place.column}${row}`,
    };
  }
}

/** Distinct file, sheet and name column triples a run may meet; rows stay exact up to 2^53 / 4096. */
const PLACES = 4096;
