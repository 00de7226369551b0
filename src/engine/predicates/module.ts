import type { z } from 'zod';
import type { ColumnTypeName } from '../../model/column-types/index.js';
import type { Nominee } from '../../model/nominee.js';
import type { Lang, Text } from '../../model/text.js';
import type { EngineContext } from '../context.js';
import type { Tri } from '../kleene.js';
import type { Predicate } from './index.js';

/**
 * One predicate, whole: its parameters' schema, how it judges a nominee, its words in both
 * languages, the input cells behind its result, what to do when it stays open, and its template
 * example. The registry (`./index.ts`) is typed so that a module missing a part does not compile;
 * everything that needs a predicate (the campaign schema, `rules`, reports, the template) goes
 * through the registry, never a `switch` on the type.
 */
export interface PredicateModule<P extends { type: string }, F extends object = Facts> {
  type: P['type'];
  /** The schema of its parameters; `predicate` is the schema a nested predicate is checked with. */
  schema(predicate: z.ZodType<Predicate>): z.ZodType<P>;
  /** The codes and columns it names, for the campaign's checks (codes known, columns on the form). */
  reads(params: P, walk: Walk): Reads;
  /** Judge a nominee; the facts found are data, words come later (`render`). */
  evaluate(nominee: Nominee, params: P, ctx: EngineContext, walk: Walk): Evidence<F>;
  /** The predicate in plain words, for `eligibility rules` and the xlsx criteria sheet. */
  describe(params: P, w: Wording, walk: Walk): Description;
  /** The evidence in plain words, for every report. */
  render(params: P, evidence: Evidence<F>, w: Wording, walk: Walk): string;
  /** Input fields (keys of `nominee.cells`: a column id or a year) behind a result that is not a pass. */
  cells(params: P, evidence: Evidence<F>, walk: Walk): string[];
  /** What would decide a result that is unknown: only the parts that are unknown. */
  steps(params: P, evidence: Evidence<F>, walk: Walk): Step[];
  /** Fill the template's example row in the simplest way that satisfies it. */
  example(params: P, form: ExampleForm, walk: Walk): void;
  /** Its entry in the authoring guide (`docs/campaign-guide.md`, generated from this registry). */
  guide: Guide<P>;
}

/**
 * What the authoring guide says of a predicate: when to use it, in both languages, and a
 * parameter set written as a rule file writes it. The guide prints the example with its words
 * (`describe`), and a test checks that every example is a valid criterion of a campaign.
 */
export interface Guide<P> {
  vi: string;
  en: string;
  example: P;
  /** Columns the example reads besides those the column types' own guide entries declare. */
  columns?: readonly { id: string; header: Text; type: ColumnTypeName }[];
}

/** What a predicate names of the campaign's vocabulary and form. */
export interface Reads {
  /** per-year codes (`LĐTT`) */
  yearCodes: readonly string[];
  /** distinction codes (`BK-UBND`) */
  distinctions: readonly string[];
  /** input columns, by id */
  columns: readonly string[];
}

/** The facts a predicate found, as JSON-like data. */
export type Facts = Record<string, string | number | boolean | readonly (string | number)[]>;

/**
 * What a predicate found, as data: the reporters turn it into words. Nested predicates leave
 * their own evidence in `children`, in the order of the predicate's parts.
 */
export interface Evidence<F extends object = Facts> {
  type: string;
  result: Tri;
  args: F;
  children?: Evidence[];
  /** The rule file's name for this part (`Cách 1`), if it gave one. */
  label?: Text;
}

/** A predicate in words; nested parts come back as a tree so each format lays them out its own way. */
export interface Description {
  text: string;
  parts?: Description[];
}

/** What words need to know of the campaign. */
export interface Wording {
  lang: Lang;
  period: { from: number; to: number };
  /** A column's name as the form prints it (vi) and as an English message reads (en). */
  column(field: string): Text;
  /** A declared column's value as people write it (`80.000.000 đồng`, `15/03/2021`). */
  value(column: string, value: string | number | boolean): string;
}

/** One thing to do before an open result can be decided. */
export type Step =
  /** fill a blank cell of this column */
  | { fill: string }
  /** give the year of these codes in this column */
  | { date: string; codes: readonly string[] }
  /** wait for the result of this year (its cell says "not yet assessed") */
  | { wait: string };

/** The example row of the template being filled. */
export interface ExampleForm {
  /** The period's years, as year columns are keyed. */
  years: readonly string[];
  /** The last `n` years of the period. */
  recent(n: number): string[];
  addYearCode(year: string, code: string): void;
  set(field: string, value: string): void;
  append(field: string, text: string): void;
}

/** The registry's entry points for nested predicates, so composite modules need not import it. */
export interface Walk {
  reads(predicate: Predicate): Reads;
  evaluate(nominee: Nominee, predicate: Predicate): Evidence;
  describe(predicate: Predicate, w: Wording): Description;
  render(predicate: Predicate, evidence: Evidence, w: Wording): string;
  cells(predicate: Predicate, evidence: Evidence): string[];
  steps(predicate: Predicate, evidence: Evidence): Step[];
  example(predicate: Predicate, form: ExampleForm): void;
}

/** Evaluates a nested predicate. */
export type Evaluate = Walk['evaluate'];

/** The reads of several parts as one. */
export function mergeReads(parts: readonly Reads[]): Reads {
  const unique = (pick: (r: Reads) => readonly string[]) => [...new Set(parts.flatMap(pick))];
  return {
    yearCodes: unique((r) => r.yearCodes),
    distinctions: unique((r) => r.distinctions),
    columns: unique((r) => r.columns),
  };
}
