import type { CheckResult, NomineeCounts } from '../check.js';
import type { Judgement } from '../engine/types.js';
import type { Lang } from '../findings/finding.js';

/**
 * How many entries each list of the reports people read (text, markdown, html) shows: the
 * eligible nominees, the nominees not eligible, every nominee (html) and the findings. A list
 * longer than this shows its first ones, its count of all, and a line saying where the rest is,
 * so a run of a million rows neither holds every judgement for them nor writes a page no one can
 * open. The README's "Performance" section states the number. A thousand keeps a provincial
 * round's lists whole, and a streamed check keeps up to twice as many judgements for them: at
 * 10,000, a million-row check as text peaked at 700 MB.
 */
export const LISTED = 1_000;

/** The first entries of a list, and how many it has in all. */
export interface Listed<T> {
  shown: T[];
  total: number;
}

/** The nominee lists of a report, each the first `limit` in input order. */
export interface NomineeLists {
  /** Every nominee (the html report's table). */
  all: Listed<Judgement>;
  /** Eligible and not a repeated row: the list of who may go. */
  eligible: Listed<Judgement>;
  /** Ineligible or to review, repeated rows included. */
  notEligible: Listed<Judgement>;
}

const isEligible = (j: Judgement) => j.verdict === 'eligible' && j.repeatOf === undefined;
const isNotEligible = (j: Judgement) => j.verdict !== 'eligible';

/**
 * The lists from a result: every judgement (a check held in memory), or the ones a streamed
 * check kept for them (`ListedJudgements`), whose `counts` give the lists' lengths.
 */
export function nomineeLists(result: CheckResult, limit = LISTED): NomineeLists {
  const lists: NomineeLists = {
    all: { shown: [], total: 0 },
    eligible: { shown: [], total: 0 },
    notEligible: { shown: [], total: 0 },
  };
  const put = (list: Listed<Judgement>, j: Judgement) => {
    if (list.shown.length < limit) list.shown.push(j);
    list.total++;
  };
  for (const j of result.judgements) {
    put(lists.all, j);
    if (isEligible(j)) put(lists.eligible, j);
    if (isNotEligible(j)) put(lists.notEligible, j);
  }
  const counts = result.counts;
  if (counts !== undefined) {
    lists.all.total = counts.nominees;
    lists.eligible.total = counts.eligible;
    lists.notEligible.total = counts.notEligible;
  }
  return lists;
}

/** The first `limit` of a list of anything held whole (findings). */
export function firstOf<T>(items: readonly T[], limit = LISTED): Listed<T> {
  return { shown: items.length > limit ? items.slice(0, limit) : [...items], total: items.length };
}

/**
 * What a streamed check keeps for the lists: a judgement that is among the first `limit` of any
 * of them, and how long each is. At most three times `limit` judgements, whatever the input.
 */
export class ListedJudgements {
  readonly kept: Judgement[] = [];
  readonly counts: NomineeCounts = { nominees: 0, eligible: 0, notEligible: 0 };

  constructor(private readonly limit = LISTED) {}

  add(j: Judgement): void {
    const { counts, limit } = this;
    const eligible = isEligible(j);
    const notEligible = isNotEligible(j);
    if (
      counts.nominees < limit ||
      (eligible && counts.eligible < limit) ||
      (notEligible && counts.notEligible < limit)
    )
      // a copy: the judgement as the check made it shares objects with the rest of the run, and
      // kept far more than itself alive (a messy 300,000-row list as text peaked at 501 MB; with
      // copies 269 MB, the same report)
      this.kept.push(structuredClone(j));
    counts.nominees++;
    if (eligible) counts.eligible++;
    if (notEligible) counts.notEligible++;
  }
}

const REST = {
  vi: (shown: string, total: string, formats: string) =>
    `Chỉ liệt kê ${shown} mục đầu trong số ${total}; xem toàn bộ danh sách bằng --format ${formats}.`,
  en: (shown: string, total: string, formats: string) =>
    `Only the first ${shown} of ${total} are listed; use --format ${formats} for the whole list.`,
} as const;

/** Where the whole of each list is: the nominees are in csv and xlsx, the findings in json and xlsx. */
export const WHOLE_LIST = { nominees: 'csv hoặc xlsx', findings: 'json hoặc xlsx' } as const;
const WHOLE_LIST_EN = { nominees: 'csv or xlsx', findings: 'json or xlsx' } as const;

/** The line under a list's title when it shows only its first entries; none when it shows all. */
export function restLine(list: Listed<unknown>, of: keyof typeof WHOLE_LIST, lang: Lang): string | undefined {
  if (list.shown.length >= list.total) return undefined;
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US');
  const formats = lang === 'vi' ? WHOLE_LIST[of] : WHOLE_LIST_EN[of];
  return REST[lang](number.format(list.shown.length), number.format(list.total), formats);
}
