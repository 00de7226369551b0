import { z } from 'zod';
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

/**
 * Years counted relative to the proposal year (the period's last): `{ from: -1, to: 0 }` is
 * "2 năm liên tục tính cả năm đề nghị", `{ from: -1, to: -1 }` "năm trước liền kề".
 */
export const windowSchema = z
  .strictObject({ from: z.number().int().nonpositive(), to: z.number().int().nonpositive() })
  .refine((w) => w.from <= w.to, 'window.from must not be after window.to');
export type Window = { from: number; to: number };

/** The years of a window, as year columns are keyed; the whole period without one. */
export function windowYears(ctx: EngineContext, window: Window | undefined): readonly string[] {
  if (!window) return ctx.years;
  const years: string[] = [];
  for (let y = ctx.to + window.from; y <= ctx.to + window.to; y++) years.push(String(y));
  return years;
}

/** A scan kept to the window's years. */
export function scanWindow(
  nominee: Nominee,
  code: string,
  ctx: EngineContext,
  window: Window | undefined,
): YearScan {
  const scan = scanYears(nominee, code, ctx);
  if (!window) return scan;
  const keep = new Set(windowYears(ctx, window));
  const unknownOutside = (y: string) => keep.has(y) && !(y in nominee.years);
  // a window reaching before the period reads years the form has no column for: they are open
  const before = windowYears(ctx, window).filter((y) => Number(y) < ctx.from);
  return {
    hit: scan.hit.filter((y) => keep.has(y)),
    unknown: [...before.filter(unknownOutside), ...scan.unknown.filter((y) => keep.has(y))],
    missing: scan.missing.filter((y) => keep.has(y)),
  };
}

/** `2019–2020` or `2020`: the window's years in words, the period without one. */
export function windowText(w: { period: { from: number; to: number } }, window: Window | undefined): string {
  const from = window ? w.period.to + window.from : w.period.from;
  const to = window ? w.period.to + window.to : w.period.to;
  return from === to ? String(from) : `${from}–${to}`;
}

/** The form's years inside a window (all of them without one), for the template's example. */
export function inForm(form: { years: readonly string[] }, window: Window | undefined): string[] {
  if (!window) return [...form.years];
  const last = Number(form.years[form.years.length - 1]);
  return form.years.filter((y) => Number(y) >= last + window.from && Number(y) <= last + window.to);
}
