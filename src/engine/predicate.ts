import { z } from 'zod';
import { COUNT_FIELDS, DISTINCTION_FIELDS, FLAG_FIELDS, YEAR_LIST_FIELDS } from '../model/nominee.js';

/**
 * The closed set of predicates a criterion is built from. Data files name a `type`
 * and give its parameters; nothing in a campaign is code.
 */

/** A per-year code in at least `atLeast` years of the period. */
export const yearsWithSchema = z.strictObject({
  type: z.literal('yearsWith'),
  code: z.string().min(1),
  atLeast: z.number().int().positive(),
});

/** A per-year code in every year of the period. */
export const everyYearSchema = z.strictObject({
  type: z.literal('everyYear'),
  code: z.string().min(1),
});

/** A per-year code in at least `atLeast` consecutive years of the period. */
export const consecutiveYearsSchema = z.strictObject({
  type: z.literal('consecutiveYears'),
  code: z.string().min(1),
  atLeast: z.number().int().positive(),
});

/** At least `atLeast` distinctions among `codes`, dated in the period, across `fields`. */
export const distinctionsSchema = z.strictObject({
  type: z.literal('distinctions'),
  fields: z.array(z.enum(DISTINCTION_FIELDS)).min(1),
  codes: z.array(z.string().min(1)).min(1),
  atLeast: z.number().int().positive().default(1),
});

/** A yes/no column has the given value; blank is unknown unless the column says otherwise. */
export const flagSchema = z.strictObject({
  type: z.literal('flag'),
  field: z.enum(FLAG_FIELDS),
  is: z.boolean().default(true),
});

/** A whole-number column is zero. */
export const countIsZeroSchema = z.strictObject({
  type: z.literal('countIsZero'),
  field: z.enum(COUNT_FIELDS),
});

/** A list-of-years column names at least `atLeast` years of the period. */
export const yearListSchema = z.strictObject({
  type: z.literal('yearList'),
  field: z.enum(YEAR_LIST_FIELDS),
  atLeast: z.number().int().positive(),
});

export type YearsWith = z.infer<typeof yearsWithSchema>;
export type EveryYear = z.infer<typeof everyYearSchema>;
export type ConsecutiveYears = z.infer<typeof consecutiveYearsSchema>;
export type Distinctions = z.infer<typeof distinctionsSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type CountIsZero = z.infer<typeof countIsZeroSchema>;
export type YearList = z.infer<typeof yearListSchema>;

/** A name for a part of a rule (`Cách 1`), so messages can say which path fell short. */
export type Label = { vi: string; en: string };
export const labelSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

export type All = { type: 'all'; of: Predicate[]; label?: Label };
export type AnyOf = { type: 'any'; of: Predicate[]; label?: Label };
/** `require`, but only for nominees where `when` holds (Kleene AND, worded as a condition). */
export type OnlyWhen = { type: 'onlyWhen'; when: Predicate; require: Predicate; label?: Label };

export type Predicate =
  | YearsWith
  | EveryYear
  | ConsecutiveYears
  | Distinctions
  | Flag
  | CountIsZero
  | YearList
  | All
  | AnyOf
  | OnlyWhen;

export const allSchema: z.ZodType<All> = z.strictObject({
  type: z.literal('all'),
  label: labelSchema.optional(),
  get of() {
    return z.array(predicateSchema).min(1);
  },
});

export const anySchema: z.ZodType<AnyOf> = z.strictObject({
  type: z.literal('any'),
  label: labelSchema.optional(),
  get of() {
    return z.array(predicateSchema).min(1);
  },
});

export const onlyWhenSchema: z.ZodType<OnlyWhen> = z.strictObject({
  type: z.literal('onlyWhen'),
  label: labelSchema.optional(),
  get when() {
    return predicateSchema;
  },
  get require() {
    return predicateSchema;
  },
});

export const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    yearsWithSchema,
    everyYearSchema,
    consecutiveYearsSchema,
    distinctionsSchema,
    flagSchema,
    countIsZeroSchema,
    yearListSchema,
    allSchema,
    anySchema,
    onlyWhenSchema,
  ]),
) as z.ZodType<Predicate>;
