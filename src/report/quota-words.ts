import { type Drop, dropAdvice, dropSentence, type QuotaEntry } from '../checks/quota.js';
import type { Lang } from '../findings/finding.js';
import type { Summary } from './summary.js';

/**
 * A quota entry in words, read both ways (DOMAIN.md §4), one wording for every report:
 * nominations against the allocation (`vượt +1`, `đủ`, `còn 4`) and the seats eligible nominees
 * fill (`đủ` only when they fill them all). A unit over its nominations is told what it must drop,
 * which is often nobody.
 */

type Entry = Pick<
  QuotaEntry,
  'status' | 'eligibleStatus' | 'allocated' | 'nominated' | 'eligible' | 'review' | 'repeats'
>;

/** The quota table's column headings, the same in every report that draws the table. */
export const QUOTA_COLUMNS = {
  vi: ['Đơn vị', 'Đối tượng', 'Phân bổ', 'Đề nghị', 'Đạt', 'Xem xét', 'Theo đề nghị', 'Theo người đạt'],
  en: ['Unit', 'Category', 'Allocated', 'Nominated', 'Eligible', 'Review', 'By nominations', 'By eligible'],
} as const satisfies Record<Lang, readonly string[]>;

const WORDS = {
  vi: {
    nominations: 'Theo đề nghị',
    seats: 'Theo người đạt',
    legend:
      'Theo đề nghị: số đề nghị so với phân bổ. Theo người đạt: số người đạt tiêu chuẩn so với phân bổ, "đủ" khi người đạt lấp đủ các chỗ.',
    over: (n: number) => `vượt +${n}`,
    full: 'đủ',
    left: (n: number) => `còn ${n}`,
    seatsFull: 'đủ',
    seatsOpen: (n: number) => `trống ${n} chỗ`,
    seatsOver: (n: number) => `thừa ${n} người đạt`,
    noSeats: 'không phân bổ',
    drop: {
      none: 'không phải rút ai',
      ifReviewPasses: (n: number) => `phải rút ${n} nếu người cần xem xét đạt`,
      eligible: (n: number) => `phải rút ${n} người đạt`,
    },
    repeats: (n: number) => `${n} dòng lặp lại đề nghị đã có, không tính lại`,
    tally: (s: Summary) =>
      s.repeats > 0
        ? `${s.nominees - s.repeats} đề nghị (${s.nominees} dòng, ${s.repeats} dòng lặp lại không tính lại)`
        : `${s.nominees} đề nghị`,
  },
  en: {
    nominations: 'By nominations',
    seats: 'By eligible',
    legend:
      'By nominations: nominees against the allocation. By eligible: eligible nominees against the allocation, "full" when they fill every seat.',
    over: (n: number) => `over +${n}`,
    full: 'full',
    left: (n: number) => `${n} left`,
    seatsFull: 'full',
    seatsOpen: (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'} empty`,
    seatsOver: (n: number) => `${n} eligible too many`,
    noSeats: 'none allocated',
    drop: {
      none: 'nobody needs dropping',
      ifReviewPasses: (n: number) => `${n} to drop if those to review pass`,
      eligible: (n: number) => `${n} eligible to drop`,
    },
    repeats: (n: number) =>
      `${n} ${n === 1 ? 'row repeats a nomination' : 'rows repeat nominations'} already made, not counted again`,
    tally: (s: Summary) =>
      s.repeats > 0
        ? `${s.nominees - s.repeats} ${s.nominees - s.repeats === 1 ? 'nominee' : 'nominees'} (${s.nominees} rows, ${s.repeats} repeated, not counted again)`
        : `${s.nominees} ${s.nominees === 1 ? 'nominee' : 'nominees'}`,
  },
} as const;

export function quotaWords(lang: Lang) {
  return WORDS[lang];
}

/** `vượt +1`, `đủ`, `còn 4`: nominations against the allocation. */
export function nominationsStatus(q: Entry, lang: Lang): string {
  const w = WORDS[lang];
  if (q.status === 'over') return w.over(q.nominated - q.allocated);
  return q.status === 'full' ? w.full : w.left(q.allocated - q.nominated);
}

/** How a seats reading is coloured: filled (green), short (amber), too many (red), nothing to fill. */
export type SeatsTone = 'full' | 'under' | 'over' | 'none';

export function seatsTone(q: Entry): SeatsTone {
  if (q.allocated === 0 && q.eligible === 0) return 'none';
  return q.eligibleStatus;
}

/** `đủ`, `trống 1 chỗ`, `thừa 1 người đạt`: the seats eligible nominees fill. */
export function seatsStatus(q: Entry, lang: Lang): string {
  const w = WORDS[lang];
  switch (seatsTone(q)) {
    case 'none':
      return w.noSeats;
    case 'full':
      return w.seatsFull;
    case 'under':
      return w.seatsOpen(q.allocated - q.eligible);
    case 'over':
      return w.seatsOver(q.eligible - q.allocated);
  }
}

/** What a unit over its nominations must drop, in a few words; `undefined` when it is not over. */
export function dropWords(q: Entry, lang: Lang): string | undefined {
  const drop: Drop | undefined = dropAdvice(q);
  if (drop === undefined) return undefined;
  const w = WORDS[lang].drop;
  return drop.kind === 'none' ? w.none : w[drop.kind](drop.count);
}

/** The seats reading with what to drop beside it, for one table cell: `đủ, không phải rút ai`. */
export function seatsCell(q: Entry, lang: Lang): string {
  // too many eligible nominees already says that some must go
  const drop = dropAdvice(q)?.kind === 'eligible' ? undefined : dropWords(q, lang);
  return drop === undefined ? seatsStatus(q, lang) : `${seatsStatus(q, lang)}, ${drop}`;
}

/** The sentence saying what to drop, for a report with room for one; `undefined` when not over. */
export function dropLine(q: Entry, lang: Lang): string | undefined {
  const drop = dropAdvice(q);
  return drop === undefined ? undefined : dropSentence(drop, q)[lang];
}

/** A cell's words with a capital, as file reports start a cell. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
