import { z } from 'zod';
import { BLOCKS, KINDS } from './categories.js';

/** Yes/no columns. `null` = blank where blank means unknown (see DOMAIN.md §2). */
export const FLAG_FIELDS = [
  'leader',
  'head',
  'direct_worker',
  'attest_conduct',
  'attest_model',
  'attest_solidarity',
  'attest_compliance',
] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

/** The council's decision on a nominee (`Kết luận của Hội đồng`: Đồng ý / Không đồng ý). */
export const DECISIONS = ['approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Whole-number columns. */
export const COUNT_FIELDS = ['disciplined'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Columns of dated distinctions `CODE:YEAR`. */
export const DISTINCTION_FIELDS = ['awards', 'initiatives', 'member_awards'] as const;
export type DistinctionField = (typeof DISTINCTION_FIELDS)[number];

/** Columns holding a list of years. */
export const YEAR_LIST_FIELDS = ['unit_excellent_years'] as const;
export type YearListField = (typeof YEAR_LIST_FIELDS)[number];

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
  flags: z.partialRecord(z.enum(FLAG_FIELDS), flagValue),
  counts: z.partialRecord(z.enum(COUNT_FIELDS), z.number().int().nonnegative().nullable()),
  /** Keyed by year (as a string, `"2016"`); a year column absent or blank is `{codes: [], unknown: false}`. */
  years: z.record(z.string(), yearCellSchema),
  distinctions: z.partialRecord(z.enum(DISTINCTION_FIELDS), z.array(distinctionSchema)),
  yearLists: z.partialRecord(z.enum(YEAR_LIST_FIELDS), z.array(z.number().int())),
  /** Values of the columns the campaign declares, by column id; a blank cell is absent. */
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
