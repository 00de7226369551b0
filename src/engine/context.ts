import { type ColumnBook, columnBook, type DeclaredColumn } from '../model/column.js';
import { buildCodeBook, type CodeBook, type Vocabulary } from '../model/vocabulary.js';

/** What predicates need to know about the campaign, computed once. */
export interface EngineContext {
  from: number;
  to: number;
  /** The period's years as the keys of `Nominee.years` (`"2016"`, …). */
  years: readonly string[];
  book: CodeBook;
  /** The columns the campaign declares, with their types. */
  columns: ColumnBook;
}

export function engineContext(
  campaign: {
    period: { from: number; to: number };
    vocabulary: Vocabulary;
    columns?: readonly DeclaredColumn[] | undefined;
  },
  book: CodeBook = buildCodeBook(campaign.vocabulary),
): EngineContext {
  const years: string[] = [];
  for (let y = campaign.period.from; y <= campaign.period.to; y++) years.push(String(y));
  return {
    from: campaign.period.from,
    to: campaign.period.to,
    years,
    book,
    columns: columnBook(campaign.columns),
  };
}
