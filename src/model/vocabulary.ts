import { z } from 'zod';
import { append } from '../append.js';
import { foldKey } from './fold.js';
import { textSchema } from './text.js';

/** A per-year title or rating (`LĐTT`, `HTXSNV`, …) and what it implies. */
export const yearCodeSchema = z.strictObject({
  code: z.string().min(1),
  name: textSchema,
  /** Codes that holding this one implies (`CSTĐCS` ⇒ `LĐTT`); applied transitively. */
  implies: z.array(z.string()).default([]),
  /** Other spellings accepted besides the code and its Vietnamese name. */
  aliases: z.array(z.string()).default([]),
});

/** A dated distinction (`BK-UBND:2018`). */
export const distinctionCodeSchema = z.strictObject({
  code: z.string().min(1),
  name: textSchema,
  /** Codes this one also counts as (`SK-T` counts as an `SK-CS`). */
  countsAs: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
});

export const vocabularySchema = z.strictObject({
  yearCodes: z.array(yearCodeSchema).min(1),
  /** Cell values that mean "not yet assessed" (`?`, `CX`, `Chưa xét`). */
  unknownYear: z.array(z.string()).min(1),
  distinctions: z.array(distinctionCodeSchema).min(1),
  /**
   * Words staff write short or in full in a unit's name (`LĐLĐ` = `Liên đoàn Lao động`, `CĐN` =
   * `Công đoàn ngành`): a unit is recognised written either way.
   */
  unitWords: z.array(z.strictObject({ short: z.string().min(1), long: z.string().min(1) })).default([]),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

/** Lookups built once per campaign from its vocabulary file. */
export interface CodeBook {
  /** folded spelling (code, Vietnamese name or alias) → canonical per-year code */
  yearCode: Map<string, string>;
  /** canonical per-year code → itself and every code it implies, transitively */
  implied: Map<string, readonly string[]>;
  /** folded spellings meaning "not yet assessed" */
  unknownYear: Set<string>;
  /** folded spelling → canonical distinction code */
  distinction: Map<string, string>;
  /** canonical distinction code → itself and the codes it also counts as */
  countsAs: Map<string, readonly string[]>;
}

export function buildCodeBook(vocabulary: Vocabulary): CodeBook {
  const yearCode = new Map<string, string>();
  const directImplies = new Map<string, string[]>();
  for (const c of vocabulary.yearCodes) {
    for (const spelling of [c.code, c.name.vi, ...c.aliases]) yearCode.set(foldKey(spelling), c.code);
    directImplies.set(c.code, c.implies);
  }
  const implied = new Map<string, readonly string[]>();
  for (const code of directImplies.keys()) {
    const seen = new Set<string>([code]);
    const stack = [...(directImplies.get(code) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      append(stack, directImplies.get(next) ?? []);
    }
    implied.set(code, [...seen]);
  }
  const distinction = new Map<string, string>();
  const countsAs = new Map<string, readonly string[]>();
  for (const d of vocabulary.distinctions) {
    for (const spelling of [d.code, d.name.vi, ...d.aliases]) distinction.set(foldKey(spelling), d.code);
    countsAs.set(d.code, [d.code, ...d.countsAs]);
  }
  return {
    yearCode,
    implied,
    unknownYear: new Set(vocabulary.unknownYear.map(foldKey)),
    distinction,
    countsAs,
  };
}
