import type { Finding, Lang } from './finding.js';

/**
 * How many rows of one problem in one column are listed one by one. Past it, the column's
 * findings of that code become one finding that counts them all and names the first rows: a
 * list where every individual fills a collectives-only column says so once, not 300,000 times,
 * and the reader holds at most this many findings per column and code, however long the list.
 */
export const LISTED_ROWS = 20;

/** Cell findings of one code in one column of one sheet, as they come. */
interface Group {
  first: Finding;
  count: number;
  rows: number[];
  /** The findings listed so far after the first, dropped once the group folds. */
  rest: Finding[];
}

/**
 * A sheet's findings in the order the reader makes them, with the cell findings that repeat
 * down a column folded (`LISTED_ROWS`). A finding about a whole sheet, a row or a nominee
 * (D-DUP names another row each time) is kept as it is.
 */
export class FindingList {
  private readonly items: Finding[] = [];
  private readonly groups = new Map<string, Group>();

  add(findings: Iterable<Finding>): void {
    for (const f of findings) this.addOne(f);
  }

  addOne(f: Finding): void {
    if (f.row === undefined || f.column === undefined || f.code === 'D-DUP') {
      this.items.push(f);
      return;
    }
    const key = `${f.code}\u0000${f.file ?? ''}\u0000${f.sheet ?? ''}\u0000${f.column}`;
    const group = this.groups.get(key);
    if (group === undefined) {
      this.groups.set(key, { first: f, count: 1, rows: [f.row], rest: [] });
      this.items.push(f);
      return;
    }
    group.count++;
    if (group.rows.length >= LISTED_ROWS) return;
    group.rows.push(f.row);
    group.rest.push(f);
    this.items.push(f);
  }

  /** The findings, each group past `LISTED_ROWS` as its first finding with the count and rows. */
  list(): Finding[] {
    const dropped = new Set<Finding>();
    for (const group of this.groups.values()) {
      if (group.count <= LISTED_ROWS) continue;
      group.first.repeated = { count: group.count, rows: group.rows };
      for (const f of group.rest) dropped.add(f);
    }
    return dropped.size === 0 ? this.items : this.items.filter((f) => !dropped.has(f));
  }
}

const REPEATED: Record<Lang, (count: string, rows: string) => string> = {
  vi: (count, rows) => `(Cùng vấn đề ở ${count} dòng của cột này, các dòng đầu: ${rows}, …)`,
  en: (count, rows) => `(The same in ${count} rows of this column, the first: ${rows}, …)`,
};

/** What a folded finding adds to its message: how many rows, and which come first. */
export function repeatedLine(repeated: NonNullable<Finding['repeated']>, lang: Lang): string {
  const count = repeated.count.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
  return REPEATED[lang](count, repeated.rows.join(', '));
}
