import { z } from 'zod';
import { foldKey } from '../fold.js';
import type { Lang } from '../text.js';
import { textSchema } from '../text.js';
import type { Named } from './module.js';

export const namedSchema = z.strictObject({
  name: textSchema,
  aliases: z.array(z.string().min(1)).optional(),
});

/** The Vietnamese name of the entry a text names, by its name in either language or an alias. */
export function findNamed(entries: readonly Named[], text: string): string | undefined {
  const key = foldKey(text);
  for (const e of entries)
    for (const s of [e.name.vi, e.name.en, ...(e.aliases ?? [])]) if (foldKey(s) === key) return e.name.vi;
  return undefined;
}

export function showNamed(entries: readonly Named[], value: string, lang: Lang): string {
  return entries.find((e) => e.name.vi === value)?.name[lang] ?? value;
}
