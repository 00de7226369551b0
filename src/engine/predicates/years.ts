import type { Nominee } from '../../model/nominee.js';
import type { EngineContext } from '../context.js';

export interface YearScan {
  /** years that hold the code */
  hit: string[];
  /** years not yet assessed (`?`), which might */
  unknown: string[];
  /** years that certainly do not */
  missing: string[];
}

/** Sort the period's years by whether the nominee holds `code` in them. */
export function scanYears(nominee: Nominee, code: string, ctx: EngineContext): YearScan {
  const scan: YearScan = { hit: [], unknown: [], missing: [] };
  for (const year of ctx.years) {
    const cell = nominee.years[year];
    if (cell?.codes.includes(code)) scan.hit.push(year);
    else if (cell?.unknown) scan.unknown.push(year);
    else scan.missing.push(year);
  }
  return scan;
}
