import { z } from 'zod';
import { criterionSchema } from '../engine/criterion.js';
import { textSchema } from '../model/text.js';

/**
 * `priorities.json`: whom the plan says to prefer when a unit has more eligible nominees than
 * seats (plan 154, V.1: union chairs at enterprises, direct production workers, non-leaders,
 * women, ethnic minorities), in the plan's order. Each priority is written as a criterion is:
 * its id, categories, citation, the plan's sentence and a predicate over the nominee's columns.
 * Optional: a campaign whose plan names no priority has no such file, and `select` then states
 * every over-subscribed group as a tie for the council.
 */
export const prioritySchema = criterionSchema;
export type Priority = z.infer<typeof prioritySchema>;

/**
 * How nominees are ranked by the priorities they meet:
 * - `inOrder`: by the first priority in the plan's order that one meets and the other does not
 *   (lexicographic), so no number of later priorities outweighs an earlier one;
 * - `count`: by how many they meet, the plan's order deciding between equal counts.
 */
export const RANKINGS = ['inOrder', 'count'] as const;
export type Ranking = (typeof RANKINGS)[number];

export const prioritiesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The plan section that states the priorities, e.g. `V.1`. */
  cite: z.string().min(1),
  /** The plan's sentence, as printed. */
  source: z.string().min(1),
  ranking: z.enum(RANKINGS).default('inOrder'),
  /** Why the ranking reads the sentence this way, shown with every suggestion. */
  note: textSchema.optional(),
  priorities: z.array(prioritySchema).min(1),
});
export type PrioritiesFile = z.infer<typeof prioritiesFileSchema>;
export type Priorities = Omit<PrioritiesFile, '$schema'>;

export const PRIORITIES_FILE = 'priorities.json';
