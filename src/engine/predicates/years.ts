import type { Nominee, YearCell } from '../../model/nominee.js';
import type { EngineContext } from '../context.js';
import type { Step } from './module.js';

export interface YearScan {
  /** years that hold the code */
  hit: string[];
  /** years not yet assessed (`?`), which might */
  unknown: string[];
  /** years that certainly do not */
  missing: string[];
}

/**
 * The period's year cells of the nominee scanned last: a criterion's year predicates ask for
 * the same nominee's cells in turn, and looking them up once per nominee instead of once per
 * predicate was a fifth of the engine's time on large inputs.
 */
const recent: { nominee?: Nominee; ctx?: EngineContext; cells: (YearCell | undefined)[] } = { cells: [] };

function yearCells(nominee: Nominee, ctx: EngineContext): readonly (YearCell | undefined)[] {
  if (recent.nominee !== nominee || recent.ctx !== ctx) {
    const { years } = ctx;
    recent.cells.length = years.length;
    for (let i = 0; i < years.length; i++) recent.cells[i] = nominee.years[years[i] as string];
    recent.nominee = nominee;
    recent.ctx = ctx;
  }
  return recent.cells;
}

/** Sort the period's years by whether the nominee holds `code` in them. */
export function scanYears(nominee: Nominee, code: string, ctx: EngineContext): YearScan {
  const scan: YearScan = { hit: [], unknown: [], missing: [] };
  const cells = yearCells(nominee, ctx);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const year = ctx.years[i] as string;
    if (cell?.codes.includes(code)) scan.hit.push(year);
    else if (cell?.unknown) scan.unknown.push(year);
    else scan.missing.push(year);
  }
  return scan;
}

/** What the year predicates find, by year of the period. */
export type YearFacts = YearScan & { code: string; atLeast: number };

/**
 * The year columns behind a result that is not a pass: for an open result the years not yet
 * assessed, for a failed one also the years that lack the code.
 */
export function yearCulprits(e: { result: string; args: YearScan }): string[] {
  return e.result === 'unknown' ? [...e.args.unknown] : [...e.args.missing, ...e.args.unknown];
}

/** An open year predicate waits for the years not yet assessed. */
export function yearSteps(e: { result: string; args: YearScan }): Step[] {
  return e.result === 'unknown' ? e.args.unknown.map((wait) => ({ wait })) : [];
}
