import { z } from 'zod';
import { BLOCKS, KINDS } from './categories.js';

/** The council's decision on a nominee (`Kết luận của Hội đồng`: Đồng ý / Không đồng ý). */
export const DECISIONS = ['approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export const yearCellSchema = z.object({
  /** Canonical codes held that year, implications already applied (CSTĐT ⇒ CSTĐCS ⇒ LĐTT). */
  codes: z.array(z.string()),
  /** `?` / `CX`: the year is not yet assessed, so any code may still turn out to hold. */
  unknown: z.boolean(),
});
export type YearCell = z.infer<typeof yearCellSchema>;

export const distinctionSchema = z.object({
  /** Canonical code, e.g. `BK-UBND`. */
  code: z.string(),
  /** `null` when the cell gave no year: rules count it as unknown, never as a pass. */
  year: z.number().int().nullable(),
});
export type Distinction = z.infer<typeof distinctionSchema>;

const flagValue = z.boolean().nullable();

/** One nominee as the engine sees it: every cell already understood, nothing left as raw text. */
export const nomineeSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
  kind: z.enum(KINDS),
  name: z.string().min(1),
  /** unit id from the campaign, `null` when the text matched no unit (a Q-UNIT finding). */
  unit: z.string().nullable(),
  /** The unit as written in the file, for messages. */
  unitText: z.string(),
  /** `null` only in a campaign whose kinds name no block, on a sheet without a `Khối` column. */
  block: z.enum(BLOCKS).nullable(),
  /**
   * The campaign's kind of nominee the row was read into, when the campaign declares kinds;
   * absent, the category of its kind and block (`kindOf` in model/kinds.ts).
   */
  category: z.string().optional(),
  /** The award the row asks for, by id, in a round that declares its awards; absent otherwise. */
  award: z.string().optional(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  ethnicity: z.string().nullable(),
  position: z.string().nullable(),
  /** The declared yes/no columns of its kind, by column id (DOMAIN.md §2: `leader`, `head`…). */
  flags: z.record(z.string(), flagValue),
  /** The declared whole-number columns of its kind, by column id (`disciplined`). */
  counts: z.record(z.string(), z.number().int().nonnegative().nullable()),
  /** Keyed by year (as a string, `"2016"`); a year column absent or blank is `{codes: [], unknown: false}`. */
  years: z.record(z.string(), yearCellSchema),
  /** The declared columns of dated distinctions of its kind, by column id (`awards`). */
  distinctions: z.record(z.string(), z.array(distinctionSchema)),
  /** The declared columns of years of its kind, by column id (`unit_excellent_years`). */
  yearLists: z.record(z.string(), z.array(z.number().int())),
  /** Values of the declared columns of every other type, by column id; a blank cell is absent. */
  values: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])).optional(),
  /**
   * The council's decision, when the sheet has a decision column: `null` for a blank cell, absent
   * when there is no such column (or no decisions file names the nominee).
   */
  decision: z.enum(DECISIONS).nullable().optional(),
  /** Field → cell reference (`P7`) of the cell it came from, so reports can point at it. */
  cells: z.record(z.string(), z.string()),
});
export type Nominee = z.infer<typeof nomineeSchema>;
