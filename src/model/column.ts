import { z } from 'zod';
import { KINDS } from './categories.js';
import { COLUMN_TYPE_NAMES, COLUMN_TYPES, type ColumnTypeName } from './column-types/index.js';
import type { Cell, Value } from './column-types/module.js';
import { textSchema } from './text.js';

export type { Value } from './column-types/module.js';

/** The keys of a declaration that are the column's; the rest are its type's options. */
const OWN = ['id', 'header', 'aliases', 'type', 'kinds', 'required', 'guide'] as const;

/**
 * A column a campaign declares beyond the form's own (DOMAIN.md §2): its id, its header in both
 * languages with other spellings, its type (and the type's options, such as a scale's `levels`),
 * the kinds of nominee it is asked of, whether it must be filled, and the template's guide line.
 */
export const declaredColumnSchema = z
  .looseObject({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    header: textSchema,
    aliases: z.array(z.string().min(1)).default([]),
    type: z.enum(COLUMN_TYPE_NAMES),
    kinds: z.array(z.enum(KINDS)).min(1),
    required: z.boolean().default(false),
    guide: textSchema.optional(),
  })
  .superRefine((c, ctx) => {
    const parsed = COLUMN_TYPES[c.type].options.safeParse(optionsOf(c));
    for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ ...issue, code: 'custom' });
  });
export type DeclaredColumn = z.infer<typeof declaredColumnSchema> & { type: ColumnTypeName };

/** The options a declaration gives its type (`levels`, `choices`). */
export function optionsOf(column: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(column).filter(([key]) => !(OWN as readonly string[]).includes(key)),
  );
}

/** The declared columns by id, each with its type's module and options, for reading and judging. */
export interface ColumnBook {
  get(id: string): DeclaredColumn | undefined;
  parse(id: string, cell: Exclude<Cell, null>): Value | undefined;
  compare(id: string, a: Value, b: Value): number | undefined;
  show(id: string, value: Value, lang: 'vi' | 'en'): string;
}

export function columnBook(columns: readonly DeclaredColumn[] = []): ColumnBook {
  const byId = new Map(columns.map((c) => [c.id, { column: c, options: optionsOf(c) }]));
  const entry = (id: string) => {
    const e = byId.get(id);
    if (!e) throw new Error(`column ${id} is not declared`);
    return { ...e, type: COLUMN_TYPES[e.column.type] as (typeof COLUMN_TYPES)[ColumnTypeName] };
  };
  return {
    get: (id) => byId.get(id)?.column,
    parse(id, cell) {
      const { type, options } = entry(id);
      return (type.parse as (c: unknown, o: unknown) => Value | undefined)(cell, options);
    },
    compare(id, a, b) {
      const { type, options } = entry(id);
      return (type.compare as (a: Value, b: Value, o: unknown) => number | undefined)(a, b, options);
    },
    show(id, value, lang) {
      const { type, options } = entry(id);
      return (type.show as (v: Value, o: unknown, l: string) => string)(value, options, lang);
    },
  };
}
