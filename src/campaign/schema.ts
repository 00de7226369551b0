import { z } from 'zod';
import { predicateSchema } from '../engine/predicate.js';
import { CATEGORIES } from '../model/categories.js';

/** A text in both languages the tool speaks. */
export const textSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof textSchema>;

const year = z.number().int().min(1900).max(2200);

/** A per-year title or rating (`LĐTT`, `HTXSNV`, …) and what it implies. */
export const yearCodeSchema = z.strictObject({
  code: z.string().min(1),
  name: textSchema,
  /** Codes that holding this one implies (`CSTĐCS` ⇒ `LĐTT`); applied transitively. */
  implies: z.array(z.string()).default([]),
  /** Other spellings accepted besides the code and its Vietnamese name. */
  aliases: z.array(z.string()).default([]),
});

/** A dated distinction (`BK-UBND:2018`). */
export const distinctionCodeSchema = z.strictObject({
  code: z.string().min(1),
  name: textSchema,
  /** Codes this one also counts as (`SK-T` counts as an `SK-CS`). */
  countsAs: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
});

export const vocabularySchema = z.strictObject({
  yearCodes: z.array(yearCodeSchema).min(1),
  /** Cell values that mean "not yet assessed" (`?`, `CX`, `Chưa xét`). */
  unknownYear: z.array(z.string()).min(1),
  distinctions: z.array(distinctionCodeSchema).min(1),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

export const unitSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Other names staff write for the unit (its place name: `Phong Thổ`). */
  aliases: z.array(z.string()).default([]),
});
export type Unit = z.infer<typeof unitSchema>;

export const allocationSchema = z.strictObject({
  unit: z.string(),
  total: z.number().int().nonnegative(),
  collective: z.number().int().nonnegative(),
  individual: z.number().int().nonnegative(),
  'collective-HCSN': z.number().int().nonnegative(),
  'collective-SXKD': z.number().int().nonnegative(),
  'individual-HCSN': z.number().int().nonnegative(),
  'individual-SXKD': z.number().int().nonnegative(),
});
export type Allocation = z.infer<typeof allocationSchema>;

export const criterionSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9-]+$/),
    category: z.array(z.enum(CATEGORIES)).min(1),
    /** The plan section it comes from, e.g. `V.2.1`. */
    cite: z.string().min(1),
    /** The plan's own sentence, in Vietnamese as printed. */
    source: z.string().min(1),
    title: textSchema,
    /** A rule that applies only to some nominees of the category (heads of units). */
    appliesWhen: predicateSchema.optional(),
    test: predicateSchema.optional(),
    /** Readings of an ambiguous sentence; `interpretation` picks the one in force. */
    interpretations: z
      .record(z.string(), z.strictObject({ note: textSchema, test: predicateSchema }))
      .optional(),
    interpretation: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const hasTest = c.test !== undefined;
    const hasReadings = c.interpretations !== undefined;
    if (hasTest === hasReadings) {
      ctx.addIssue({
        code: 'custom',
        message: 'give either `test` or `interpretations` with `interpretation`',
      });
    }
    if (hasReadings && (c.interpretation === undefined || !(c.interpretation in (c.interpretations ?? {})))) {
      ctx.addIssue({
        code: 'custom',
        path: ['interpretation'],
        message: `must name one of: ${Object.keys(c.interpretations ?? {}).join(', ')}`,
      });
    }
  });
export type Criterion = z.infer<typeof criterionSchema>;

/** `campaign.json`: everything about a campaign except the criteria and the allocation table. */
export const campaignFileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: textSchema,
  /** The document the campaign implements, e.g. `154/KH-LĐLĐ, 16/3/2020`. */
  plan: z.strictObject({ ref: z.string(), date: z.string().optional() }),
  period: z
    .object({ from: year, to: year })
    .refine((p) => p.from <= p.to, 'period.from must not be after period.to'),
  /** Last day dossiers may be submitted, `YYYY-MM-DD`. */
  deadline: z.iso.date().optional(),
  units: z.array(unitSchema).min(1),
  /** The ethnic group that is not a minority (`Kinh`); without it, minorities are not counted. */
  majorityEthnicity: z.string().optional(),
  /** The allocation table, relative to the campaign folder (csv or xlsx). */
  allocations: z.string().default('allocations.csv'),
  /** Totals the plan's text states, checked against the table (`P-STATED`). */
  stated: z
    .object({
      cite: z.string(),
      total: z.number().int().optional(),
      collective: z.number().int().optional(),
      individual: z.number().int().optional(),
      delegates: z.number().int().optional(),
    })
    .optional(),
  /** The table's printed total row, checked against its column sums (`P-COLUMN`). */
  printedTotals: allocationSchema.omit({ unit: true }).partial().optional(),
});
export type CampaignFile = z.infer<typeof campaignFileSchema>;

export const criteriaFileSchema = z.strictObject({
  $schema: z.string().optional(),
  criteria: z.array(criterionSchema).min(1),
});

export const vocabularyFileSchema = vocabularySchema.extend({ $schema: z.string().optional() });

/** A loaded campaign: its files parsed, validated and joined. */
export interface Campaign extends Omit<CampaignFile, '$schema' | 'allocations'> {
  dir: string;
  vocabulary: Vocabulary;
  criteria: Criterion[];
  allocations: Allocation[];
  /** Path of the allocation table, for messages. */
  allocationsFile: string;
}
