import { renderRuleMessage } from '../engine/render.js';
import type { Lang } from '../findings/finding.js';
import type { Category } from '../model/categories.js';
import type { Nominee } from '../model/nominee.js';
import { unitName } from '../report/table.js';
import type { Ranked } from './rank.js';
import type { Place, Selection } from './round.js';
import { meetsText, reasonText } from './words.js';

/** One nominee the round speaks of, as a row of a table (xlsx, markdown). */
export interface SelectRow {
  unit: string;
  category: Category;
  seats: number;
  eligible: number;
  rank: number;
  place: Place | 'review';
  nominee: Nominee;
  ranked: Ranked;
  reason: string;
  /** For a nominee to review: each rule still open and what would decide it. */
  needs: string[];
}

/**
 * The rows of the round, group by group: the eligible nominees in rank order, then those to
 * review where seats are left. A group whose eligible nominees exactly fill it is listed too,
 * so the table holds the whole suggested list.
 */
export function selectRows(selection: Selection, lang: Lang): SelectRow[] {
  const { campaign } = selection.check;
  return selection.groups.flatMap((g) => {
    const unit = unitName(campaign, g.unit);
    const base = { unit, category: g.category, seats: g.seats, eligible: g.eligible.length };
    return [
      ...g.eligible.map(
        (s): SelectRow => ({
          ...base,
          rank: s.rank,
          place: s.place,
          nominee: s.judgement.nominee,
          ranked: s,
          reason: reasonText(selection, s, lang, g.seats),
          needs: [],
        }),
      ),
      ...g.toReview.map(
        (r): SelectRow => ({
          ...base,
          rank: r.rank,
          place: 'review',
          nominee: r.judgement.nominee,
          ranked: r,
          reason: meetsText(campaign, r, lang),
          needs: r.judgement.rules
            .filter((x) => x.result !== 'pass')
            .map((x) => `${x.id}: ${renderRuleMessage(x, lang, campaign, r.judgement.nominee)}`),
        }),
      ),
    ];
  });
}
