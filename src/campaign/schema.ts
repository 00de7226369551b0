import { z } from 'zod';
import { type Criterion, criterionSchema } from '../engine/criterion.js';
import { awardSpecSchema } from '../model/awards.js';
import { type DeclaredColumn, declaredColumnSchema } from '../model/column.js';
import { COLUMN_TYPES } from '../model/column-types/index.js';
import { type KindSpec, kindSpecSchema } from '../model/kinds.js';
import { textSchema } from '../model/text.js';
import { type Vocabulary, vocabularySchema } from '../model/vocabulary.js';
import type { Priorities } from './priorities.js';

export { type Criterion, criterionSchema } from '../engine/criterion.js';
export { type Text, textSchema } from '../model/text.js';
export { type Vocabulary, vocabularySchema } from '../model/vocabulary.js';

const year = z.number().int().min(1900).max(2200);

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

/**
 * A row of a table of seats by kind, or by award and kind (`LDTT:ca-nhan`), for a campaign whose
 * kinds are not the four categories or that has several awards: `seats` by the key its column
 * stands for. Its table has no total and category columns, so the plan's sums are not checked.
 */
export interface SeatAllocation {
  unit: string;
  seats: Record<string, number>;
}

/** `campaign.json`: everything about a campaign except the criteria and the allocation table. */
export const campaignFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /**
     * The format of the campaign folder: 2 declares its own columns; a folder without it is read as
     * format 1 (`eligibility campaign migrate` upgrades it).
     */
    format: z.literal([1, 2]).optional(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: textSchema,
    /** The document the campaign implements, e.g. `154/KH-LĐLĐ, 16/3/2020`. */
    plan: z.strictObject({ ref: z.string(), date: z.string().optional() }),
    /**
     * Where the reports are signed, as their date line names it (`Lai Châu, ngày … tháng … năm …`);
     * the province when left out.
     */
    place: z.string().min(1).optional(),
    period: z
      .object({ from: year, to: year })
      .refine((p) => p.from <= p.to, 'period.from must not be after period.to'),
    /** Last day dossiers may be submitted, `YYYY-MM-DD`. */
    deadline: z.iso.date().optional(),
    units: z.array(unitSchema).min(1),
    /** The province, which staff add after a unit's name (`Công đoàn ngành Y tế tỉnh Lai Châu`): ignored there. */
    province: z.string().min(1).optional(),
    /** The ethnic group that is not a minority (`Kinh`); without it, minorities are not counted. */
    majorityEthnicity: z.string().optional(),
    /**
     * The allocation table, relative to the campaign folder (csv or xlsx); `null` for a round
     * without one, whose quotas are not checked.
     */
    allocations: z.string().nullable().default('allocations.csv'),
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
    /**
     * The columns of the campaign's form beyond those saying who a row is (format 2), each of a
     * declared type; a format-1 folder has the form of DOMAIN.md §2.
     */
    columns: z.array(declaredColumnSchema).optional(),
    /**
     * The kinds of nominee the campaign judges (format 2), in the order reports list them; without
     * it, the four categories of DOMAIN.md §2.
     */
    kinds: z.array(kindSpecSchema).min(1).optional(),
    /**
     * The awards of the round (format 2): each a set of criteria over some kinds, chosen for a
     * row by its sheet or its award column; without it, one award of every criterion.
     */
    awards: z.array(awardSpecSchema).min(1).optional(),
    /** The declared column whose cell names the award a row asks for (`Danh hiệu đề nghị`). */
    awardColumn: z.string().optional(),
    /** The table's printed total row, checked against its column sums (`P-COLUMN`). */
    printedTotals: allocationSchema.omit({ unit: true }).partial().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.columns !== undefined && c.format !== 2)
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: 'columns are declared in format 2: give "format": 2',
      });
    if (c.kinds !== undefined && c.format !== 2)
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: 'kinds are declared in format 2: give "format": 2',
      });
    if (c.awards !== undefined && c.format !== 2)
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: 'awards are declared in format 2: give "format": 2',
      });
    if (c.awardColumn !== undefined && c.awards === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['awardColumn'],
        message: 'an award column names one of the awards: declare "awards"',
      });
    // the year columns are one column's, whose years say where the year codes of a nominee are
    const perYear = (c.columns ?? []).flatMap((column, index) =>
      COLUMN_TYPES[column.type].perYear ? [index] : [],
    );
    for (const index of perYear.slice(1))
      ctx.addIssue({
        code: 'custom',
        path: ['columns', index, 'type'],
        message: 'one column gives the titles of each year: the campaign declares another before it',
      });
    const columnIds = new Set<string>();
    for (const [index, column] of (c.columns ?? []).entries()) {
      if (columnIds.has(column.id))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', index, 'id'],
          message: `column ${column.id} is declared twice`,
        });
      columnIds.add(column.id);
    }
    const seen = new Set<string>();
    for (const [index, kind] of (c.kinds ?? []).entries()) {
      if (seen.has(kind.id))
        ctx.addIssue({
          code: 'custom',
          path: ['kinds', index, 'id'],
          message: `kind ${kind.id} is declared twice`,
        });
      seen.add(kind.id);
    }
    if (c.allocations === null && c.printedTotals !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['printedTotals'],
        message: 'printed totals belong to an allocation table: the campaign has none',
      });
  });
export type CampaignFile = z.infer<typeof campaignFileSchema>;

export const criteriaFileSchema = z.strictObject({
  $schema: z.string().optional(),
  criteria: z.array(criterionSchema).min(1),
});

export const vocabularyFileSchema = vocabularySchema.extend({ $schema: z.string().optional() });

/** A loaded campaign: its files parsed, validated and joined. */
export interface Campaign extends Omit<CampaignFile, '$schema' | 'allocations' | 'kinds' | 'columns'> {
  dir: string;
  /** The columns of its form beyond a row's identity: those it declares, or format 1's (DOMAIN.md §2). */
  columns: DeclaredColumn[];
  vocabulary: Vocabulary;
  criteria: Criterion[];
  /** The kinds of nominee it judges: those campaign.json declares, else the four categories. */
  kinds: readonly KindSpec[];
  /** Whether the campaign has an allocation table: without one, no quota is checked. */
  checksQuota: boolean;
  allocations: (Allocation | SeatAllocation)[];
  /** Path of the allocation table, for messages; campaign.json itself when there is none. */
  allocationsFile: string;
  /** Whom to prefer when eligible nominees outnumber seats (`priorities.json`), if the plan says. */
  priorities?: Priorities;
}
