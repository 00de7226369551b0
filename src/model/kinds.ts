import { z } from 'zod';
import {
  BLOCKS,
  type Block,
  CATEGORIES,
  CATEGORY_LABELS,
  categoryOf,
  KINDS,
  type Kind,
} from './categories.js';
import { foldKey } from './fold.js';
import { type Text, textSchema } from './text.js';

/**
 * A kind of nominee a campaign declares (collectives, individuals, households, enterprises…): its
 * id, how staff name it, the form its rows take (a collective's row names a collective, an
 * individual's a person with birth year and gender), and what puts a row in it: the sheet it is
 * on, the `Loại` written in the row, or, failing both, its form and `Khối`. A campaign that
 * declares none has the four categories of DOMAIN.md §2, whose ids are today's category names.
 */
export const kindSpecSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  label: textSchema,
  /** The form's shape the kind's rows take. */
  form: z.enum(KINDS),
  /** Only the rows of this `Khối`; without it, rows of every block. */
  block: z.enum(BLOCKS).optional(),
  /** Sheet names that hold rows of this kind only (`Hộ gia đình`). */
  sheets: z.array(z.string().min(1)).default([]),
  /** What the `Loại` column says for a row of this kind (`Hộ`, `Hộ gia đình`). */
  types: z.array(z.string().min(1)).default([]),
});
export type KindSpec = z.infer<typeof kindSpecSchema>;

/** The default campaign's kinds: the four categories, selected by form and block as always. */
export const DEFAULT_KINDS: readonly KindSpec[] = CATEGORIES.map((id) => {
  const [form, block] = id.split('-') as [Kind, Block];
  return { id, label: CATEGORY_LABELS[id], form, block, sheets: [], types: [] };
});

/** How staff name a kind, from the campaign's kinds (the four categories when it declares none). */
export function kindLabel(id: string, lang: 'vi' | 'en', kinds: readonly KindSpec[] = DEFAULT_KINDS): string {
  return labelOf(id, kinds)[lang];
}

export function labelOf(id: string, kinds: readonly KindSpec[] = DEFAULT_KINDS): Text {
  const kind = kinds.find((k) => k.id === id);
  if (kind) return kind.label;
  return (CATEGORY_LABELS as Record<string, Text>)[id] ?? { vi: id, en: id };
}

/** What the reader knows of a row when it chooses its kind. */
export interface KindClues {
  form: Kind;
  /** `null` on a sheet without a `Khối` column. */
  block: Block | null;
  sheet: string;
  /** The row's `Loại` cell as written, when the sheet has one. */
  type?: string | undefined;
}

/**
 * Chooses the kind of a row: the kind whose `sheets` name its sheet, else whose `types` name its
 * `Loại`, else the first kind of its form (and block, when the kind has one) that names neither
 * sheets nor types. `undefined` when the campaign has no kind for such a row.
 */
export function kindChooser(kinds: readonly KindSpec[]): (clues: KindClues) => string | undefined {
  const bySheet = new Map<string, string>();
  const byType = new Map<string, string>();
  for (const kind of kinds) {
    for (const sheet of kind.sheets) if (!bySheet.has(foldKey(sheet))) bySheet.set(foldKey(sheet), kind.id);
    for (const type of kind.types) if (!byType.has(foldKey(type))) byType.set(foldKey(type), kind.id);
  }
  const plain = kinds.filter((k) => k.sheets.length === 0 && k.types.length === 0);
  const cache = new Map<string, string | undefined>();
  return ({ form, block, sheet, type }) => {
    const key = `${form}\u0000${block}\u0000${sheet}\u0000${type ?? ''}`;
    // one lookup for a row of a sheet and type seen before, which is nearly every row
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known;
    const chosen =
      bySheet.get(foldKey(sheet)) ??
      (type === undefined ? undefined : byType.get(foldKey(type))) ??
      plain.find((k) => k.form === form && (k.block === undefined || k.block === block))?.id;
    cache.set(key, chosen);
    return chosen;
  };
}

/** The form (collective or individual) that a sheet name or a `Loại` value of the campaign's kinds stands for. */
export function formWords(kinds: readonly KindSpec[]): {
  sheets: Map<string, Kind>;
  types: Map<string, Kind>;
} {
  const sheets = new Map<string, Kind>();
  const types = new Map<string, Kind>();
  for (const kind of kinds) {
    for (const sheet of kind.sheets) sheets.set(foldKey(sheet), kind.form);
    for (const type of kind.types) types.set(foldKey(type), kind.form);
  }
  return { sheets, types };
}

/**
 * The kind a nominee was read into: the campaign's choice, or its category by form and block (its
 * form alone when it has no block, which only a campaign whose kinds name none reads).
 */
export function kindOf(nominee: { kind: Kind; block: Block | null; category?: string | undefined }): string {
  if (nominee.category !== undefined) return nominee.category;
  return nominee.block === null ? nominee.kind : categoryOf(nominee.kind, nominee.block);
}
