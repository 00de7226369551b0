export const KINDS = ['collective', 'individual'] as const;
export type Kind = (typeof KINDS)[number];

export const BLOCKS = ['HCSN', 'SXKD'] as const;
export type Block = (typeof BLOCKS)[number];

export const CATEGORIES = [
  'collective-HCSN',
  'collective-SXKD',
  'individual-HCSN',
  'individual-SXKD',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function categoryOf(kind: Kind, block: Block): Category {
  return `${kind}-${block}`;
}

/** How staff name each category, in both languages: one wording for every report and message. */
export const CATEGORY_LABELS: Record<Category, { vi: string; en: string }> = {
  'collective-HCSN': { vi: 'Tập thể HCSN', en: 'Collective HCSN' },
  'collective-SXKD': { vi: 'Tập thể SXKD', en: 'Collective SXKD' },
  'individual-HCSN': { vi: 'Cá nhân HCSN', en: 'Individual HCSN' },
  'individual-SXKD': { vi: 'Cá nhân SXKD', en: 'Individual SXKD' },
};
