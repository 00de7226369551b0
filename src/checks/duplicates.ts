import type { NomineeRef } from '../engine/types.js';
import { finding } from '../findings/catalogue.js';
import { type Finding, formatPosition } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import { withoutHonorific } from '../model/honorifics.js';
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
    return ['individual', nameKey(withoutHonorific(nominee.name)), nominee.birthYear ?? ''].join('\u0000');
  }
  const unit = nominee.unit ?? `?${nameKey(nominee.unitText)}`;
  return ['collective', nameKey(nominee.name), unit].join('\u0000');
}

/** D-DUP on every later row of a nomination already made, naming where it was first made. */
export function findDuplicates(nominees: readonly Nominee[]): Finding[] {
  const finder = new DuplicateFinder();
  const findings: Finding[] = [];
  for (const nominee of nominees) {
    const { finding } = finder.add(nominee);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** What the duplicate finder makes of a row. */
export interface Sighting {
  /** D-DUP, naming the first row of the same individual or collective, wherever it was. */
  finding?: Finding;
  /**
   * The first row of the same nomination under the same unit and category: this row repeats
   * it and counts once with it (DOMAIN.md §5). Unset for a first row, and for the same person
   * under another unit or category, which is a nomination of its own until the officer decides.
   */
  repeatOf?: NomineeRef;
}

/**
 * `findDuplicates` one nominee at a time, for a check that streams its input. It keeps each
 * nomination's key, where it was first made (as two numbers) and under which unit and category
 * (a third), in a `CompactKeyMap`: the nominees themselves are let go, and a million keys take a
 * few tens of megabytes. The same person met again under another unit or category is kept in a
 * second such map, by key and unit and category: only such rows, which are few, go there.
 */
export class DuplicateFinder {
  /** key → (row, index of its file, sheet and name column in `places`), tagged with its group */
  private readonly first = new CompactKeyMap();
  /** key and group → the same, for a key first met under another group */
  private readonly elsewhere = new CompactKeyMap();
  private readonly places: { file: string; sheet: string; column: string }[] = [];
  private readonly placeIndex = new Map<string, number>();
  /** Unit and category → a small number, the tag of each entry. */
  private readonly groups = new Map<string, number>();
  /** Where the rare nominee that does not fit (a name cell off its row) stands, by map and entry. */
  private readonly odd = new Map<CompactKeyMap, Map<number, NomineeRef>>();

  add(nominee: Nominee): Sighting {
    const key = shortKey(duplicateKey(nominee));
    const group = this.group(nominee);
    const earlier = this.remember(this.first, key, nominee, group);
    if (earlier === undefined) return {};
    const found = finding(
      'D-DUP',
      { name: nominee.name, first: formatPosition(refPosition(earlier.ref)) },
      nomineePosition(nominee, 'name'),
    );
    if (earlier.group === group) return { finding: found, repeatOf: earlier.ref };
    const again = this.remember(this.elsewhere, `${key}\u0000${group}`, nominee, group);
    return again === undefined ? { finding: found } : { finding: found, repeatOf: again.ref };
  }

  /** Remember the nominee under `key` unless it is known; else where and under which group it was. */
  private remember(
    map: CompactKeyMap,
    key: string,
    n: Nominee,
    group: number,
  ): { ref: NomineeRef; group: number } | undefined {
    const place = this.place(n);
    const earlier = map.addIfNew(key, n.row, place ?? ODD, group);
    if (earlier === -1) {
      if (place === undefined) {
        const odd = this.odd.get(map) ?? new Map<number, NomineeRef>();
        odd.set(map.size - 1, { file: n.file, sheet: n.sheet, row: n.row, cell: n.cells.name });
        this.odd.set(map, odd);
      }
      return undefined;
    }
    const [row, index] = map.pairOf(earlier);
    const ref = this.odd.get(map)?.get(earlier) ?? this.ref(row, index);
    return { ref, group: map.tagOf(earlier) };
  }

  /** The nominee's unit (or unit text, when it matched none) and category, as a small number. */
  private group(n: Nominee): number {
    const id = `${n.kind}\u0000${n.block}\u0000${n.unit ?? `?${nameKey(n.unitText)}`}`;
    let group = this.groups.get(id);
    if (group === undefined) {
      group = this.groups.size;
      this.groups.set(id, group);
    }
    return group;
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

  private ref(row: number, index: number): NomineeRef {
    const place = this.places[index] as { file: string; sheet: string; column: string };
    return {
      file: place.file,
      sheet: place.sheet,
      row,
      ...(place.column === '' ? {} : { cell: `${place.column}${row}` }),
    };
  }
}

/** As `nomineePosition` gives it: a CSV's unnamed sheet left out. */
export function refPosition(ref: NomineeRef): Pick<Finding, 'file' | 'sheet' | 'row' | 'cell'> {
  return {
    file: ref.file,
    sheet: ref.sheet === '' ? undefined : ref.sheet,
    row: ref.row,
    cell: ref.cell,
  };
}

/** A key with its kind as one letter: a million keys, eleven megabytes fewer. */
function shortKey(key: string): string {
  if (key.startsWith('individual\u0000')) return `i${key.slice(10)}`;
  if (key.startsWith('collective\u0000')) return `c${key.slice(10)}`;
  return key;
}

/** The place index that says "see `odd`"; also the most places a run keeps apart. */
const ODD = 0xffffffff;
