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
