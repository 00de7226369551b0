import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../findings/finding.js';

/** How the priorities rank nominees, in the campaign's words when it gives them. */
export function rankingWords(campaign: Campaign, lang: Lang): string {
  const p = campaign.priorities;
  if (!p) return '';
  return p.note?.[lang] ?? RANKING[lang][p.ranking];
}

const RANKING = {
  vi: {
    inOrder: 'xét lần lượt từng ưu tiên theo thứ tự của kế hoạch; người đạt ưu tiên đứng trước xếp trên',
    count: 'người đạt nhiều ưu tiên hơn xếp trên; bằng nhau thì xét theo thứ tự của kế hoạch',
  },
  en: {
    inOrder: 'each priority in the plan’s order in turn; whoever meets the earlier one ranks higher',
    count: 'whoever meets more priorities ranks higher; at equal counts, the plan’s order decides',
  },
} as const;
