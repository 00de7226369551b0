import type { z } from 'zod';
import type { Lang, Text } from '../text.js';

/** A cell as the readers hand it on (src/read/cells.ts): the spreadsheet's own value types. */
export type Cell = string | number | boolean | Date | null;

/**
 * A value as the engine sees it: a yes/no, a number (counts, decimals, money in đồng, years),
 * or a text (a date as `YYYY-MM-DD` or `YYYY-MM`, a level of a scale, a choice, free text).
 */
export type Value = boolean | number | string;

/** How the template's cells of a column are checked as they are typed (Excel's data validation). */
export type TemplateCheck =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'whole'; min?: number; max?: number }
  | { kind: 'decimal'; min?: number }
  | { kind: 'prompt' };

/**
 * One type of column a campaign can declare: how a cell is read, what it should hold in words,
 * how the template checks it, an example, and how two values order (for comparisons).
 * `O` are the type's options in the column's declaration (a scale's levels, a list's choices).
 */
export interface ColumnType<V extends Value, O extends object = Record<string, never>> {
  type: string;
  /** The options this type takes in a column declaration. */
  options: z.ZodType<O>;
  /** A filled cell's value, or `undefined` when it is not understood (an E-VALUE finding). */
  parse(cell: Exclude<Cell, null>, options: O): V | undefined;
  /** What a cell should hold, as the guide and E-VALUE say it. */
  expected(options: O, lang: Lang): string;
  /** A value in words, for messages: `80.000.000 đồng`, `12/2022`. */
  show(value: V, options: O, lang: Lang): string;
  /** The template's check of the column's cells. */
  template(options: O): TemplateCheck;
  /** An example cell, for the template's guide. */
  example(options: O): string;
  /**
   * How `a` orders against `b`: negative, zero, positive; `undefined` when it cannot be told
   * (a month against a day within it) or the type has no order (free text).
   */
  compare(a: V, b: V, options: O): number | undefined;
  /**
   * Its entry in the authoring guide (`docs/campaign-guide.md`, generated from this registry): when
   * to use it, in both languages, and a column declared with it (an id, a header, the options),
   * which the guide prints and a test validates as campaign.json would.
   */
  guide: { vi: string; en: string; id: string; header: Text; options: O };
}

/** Named levels or choices, each with other spellings. */
export type Named = { name: Text; aliases?: string[] };
