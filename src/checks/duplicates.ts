import { finding } from '../findings/catalogue.js';
import { type Finding, formatPosition } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import type { Nominee } from '../model/nominee.js';
import { CompactKeyMap } from './compact-keys.js';
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
 * nomination's key and where it was first made, as two numbers, in a `CompactKeyMap`: the
 * nominees themselves are let go, and a million keys take a few tens of megabytes.
 */
export class DuplicateFinder {
  /** key → (row, index of its file, sheet and name column in `places`) */
  private readonly first = new CompactKeyMap();
  private readonly places: { file: string; sheet: string; column: string }[] = [];
  private readonly placeIndex = new Map<string, number>();
  /** The position in words of the rare nominee that does not fit (a name cell off its row), by entry. */
  private readonly odd = new Map<number, string>();

  /** The D-DUP finding when this nomination was made before, else `undefined`. */
  add(nominee: Nominee): Finding | undefined {
    const place = this.place(nominee);
    const earlier = this.first.addIfNew(shortKey(duplicateKey(nominee)), nominee.row, place ?? ODD);
    if (earlier === -1) {
      if (place === undefined) {
        this.odd.set(this.first.size - 1, formatPosition(nomineePosition(nominee, 'name')));
      }
      return undefined;
    }
    const [row, index] = this.first.pairOf(earlier);
    return finding(
      'D-DUP',
      { name: nominee.name, first: this.odd.get(earlier) ?? formatPosition(this.position(row, index)) },
      nomineePosition(nominee, 'name'),
    );
  }

  /** The index of the nominee's file, sheet and name column; `undefined` when its cell does not fit. */
  private place(n: Nominee): number | undefined {
    const cell = n.cells.name;
    // `C12` on row 12: the column is what rows of a sheet share; anything else is kept apart
    const column =
      cell === undefined ? '' : cell.endsWith(String(n.row)) ? cell.slice(0, -String(n.row).length) : null;
    if (column === null || !Number.isInteger(n.row) || n.row < 0 || n.row > 0xffffffff) return undefined;
    const id = `${n.file}\u0000${n.sheet}\u0000${column}`;
    let index = this.placeIndex.get(id);
    if (index === undefined) {
      index = this.places.length;
      if (index >= ODD) return undefined;
      this.places.push({ file: n.file, sheet: n.sheet, column });
      this.placeIndex.set(id, index);
    }
    return index;
  }

  private position(row: number, index: number): Pick<Finding, 'file' | 'sheet' | 'row' | 'cell'> {
    const place = this.places[index] as { file: string; sheet: string; column: string };
    // as `nomineePosition` gives it: a CSV's unnamed sheet left out
    return {
      file: place.file,
      sheet: place.sheet === '' ? undefined : place.sheet,
      row,
      cell: place.column === '' ? undefined : `${place.column}${row}`,
    };
  }
}

/** A key with its kind as one letter: a million keys, eleven megabytes fewer. */
function shortKey(key: string): string {
  if (key.startsWith('individual\u0000')) return `i${key.slice(10)}`;
  if (key.startsWith('collective\u0000')) return `c${key.slice(10)}`;
  return key;
}

/** The place index that says "see `odd`"; also the most places a run keeps apart. */
const ODD = 0xffffffff;
