import type { z } from 'zod';
import type { Distinction, YearCell } from '../nominee.js';
import type { Lang, Text } from '../text.js';
import type { CodeBook, Vocabulary } from '../vocabulary.js';

/** A cell as the readers hand it on (src/read/cells.ts): the spreadsheet's own value types. */
export type Cell = string | number | boolean | Date | null;

/**
 * A value as the engine sees it: a yes/no, a number (counts, decimals, money in đồng, years),
 * or a text (a date as `YYYY-MM-DD` or `YYYY-MM`, a level of a scale, a choice, free text).
 */
export type Value = boolean | number | string;

/** What a column holds once read: a single value, a year's titles, dated distinctions, or years. */
export type Held = Value | YearCell | Distinction[] | number[];

/**
 * Where a nominee keeps a column's value, by its type, so the engine finds it where the
 * predicates reading that type look (DOMAIN.md §2's yes/no, counts, year codes, distinctions,
 * year lists; `values` for every other type).
 */
export type Store = 'flags' | 'counts' | 'years' | 'distinctions' | 'yearLists' | 'values';

/** A problem with one cell, named by its finding code; the sheet reader adds where it is. */
export interface CellIssue {
  code: 'E-VALUE' | 'W-CODE-UNKNOWN' | 'W-YEAR-MISSING' | 'W-YEAR-OUTSIDE';
  args: Record<string, string | number>;
}

/** What reading a cell may need of the campaign: its codes and period, and where to say a problem. */
export interface ReadContext {
  book: CodeBook;
  period: { from: number; to: number };
  issues: CellIssue[];
}

/** What the template's guide line of a column may need of the campaign. */
export interface GuideContext {
  period: { from: number; to: number };
  vocabulary: Vocabulary;
  /** Whether a criterion reads the column: a blank cell then leaves that criterion open. */
  feeds: boolean;
  /** The year of a per-year column. */
  year?: number;
  /** The column's header as the sheet prints it. */
  header: string;
}

/**
 * How the template's cells of a column are checked as they are typed (Excel's data validation);
 * `none` leaves them unchecked.
 */
export type TemplateCheck =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'whole'; min?: number; max?: number; error?: string }
  | { kind: 'decimal'; min?: number }
  | { kind: 'prompt'; title?: string; text?: string }
  | { kind: 'none' };

/**
 * One type of column a campaign can declare: where its value is kept, how a cell is read and
 * what a blank one means, what it should hold in words, how the template guides and checks it,
 * an example, and how two values order (for comparisons).
 * `O` are the type's options in the column's declaration (a scale's levels, a list's choices).
 */
export interface ColumnType<V extends Held, O extends object = Record<string, never>> {
  type: string;
  /** The options this type takes in a column declaration. */
  options: z.ZodType<O>;
  /** Where the nominee keeps the value. */
  store: Store;
  /**
   * One column for each year of the campaign's period (the year columns `2016` … `2020`): the
   * header and aliases say `{year}` where the year goes.
   */
  perYear: boolean;
  /**
   * A filled cell's value, or `undefined` when it is not understood (an E-VALUE finding). A value
   * read with doubts (an unknown code beside known ones) says them in `context.issues`; types
   * reading codes need `context`, the others do without it (a criterion's constant).
   */
  parse(cell: Exclude<Cell, null>, options: O, context?: ReadContext): V | undefined;
  /** What a blank cell holds: `null` when blank means unknown. */
  blank(options: O): V | null;
  /** What a cell should hold, as the guide and E-VALUE say it. */
  expected(options: O, lang: Lang): string;
  /** A value in words, for messages: `80.000.000 đồng`, `12/2022`. */
  show(value: V, options: O, lang: Lang): string;
  /** How to fill the column, as the template's guide sheet and header note say it (Vietnamese, as the form is). */
  instructions(options: O, context: GuideContext): string;
  /** The template's check of the column's cells. */
  template(options: O, context: GuideContext): TemplateCheck;
  /** An example cell, for the template's guide. */
  example(options: O): string;
  /** How wide the column is drawn, in characters: lists of codes need room, a yes/no does not. */
  width: number;
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

/** What a blank cell means, in the template's words. */
export function blankWords(feeds: boolean): string {
  return feeds
    ? 'Để trống nghĩa là chưa rõ: tiêu chí cần cột này sẽ là "cần xem xét".'
    : 'Để trống nghĩa là chưa rõ.';
}

/** The template's line for a type whose words are what it expects: `Số, ví dụ 85,5. Để trống…`. */
export function plainGuide(expected: string, feeds: boolean): string {
  return `${expected.charAt(0).toUpperCase()}${expected.slice(1)}. ${blankWords(feeds)}`;
}
