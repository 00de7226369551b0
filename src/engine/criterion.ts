import { z } from 'zod';
import { textSchema } from '../model/text.js';
import { type Predicate, predicateSchema } from './predicate.js';

/** One criterion of a campaign: where the plan says it, in whose words, and its predicate tree. */
export const criterionSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9-]+$/),
    /** The kinds of nominee it judges: ids of the campaign's kinds (the four categories by default). */
    category: z.array(z.string().regex(/^[A-Za-z0-9-]+$/)).min(1),
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

export function activeTest(criterion: Criterion): Predicate {
  if (criterion.test) return criterion.test;
  const chosen = criterion.interpretations?.[criterion.interpretation ?? ''];
  // the campaign schema guarantees one of the two; this only narrows the type
  if (!chosen) throw new Error(`criterion ${criterion.id} has no test`);
  return chosen.test;
}

/**
 * The predicate a rule's evidence answers: the test, or, for a rule that applies only to some
 * nominees, the test under its condition (`onlyWhen`), as the engine judges it when it cannot
 * tell whether the rule applies.
 */
export function conditionalTest(criterion: Criterion): Predicate {
  const test = activeTest(criterion);
  return criterion.appliesWhen ? { type: 'onlyWhen', when: criterion.appliesWhen, require: test } : test;
}
