import { z } from 'zod';
import { foldKey } from './fold.js';
import { nearestName } from './nearest.js';
import { type Text, textSchema } from './text.js';

/**
 * An award of a round (`Lao động tiên tiến`, `Chiến sĩ thi đua cơ sở`): the criteria a nominee
 * asking for it must meet, over the kinds of nominee it is given to, and what says that a row
 * asks for it: the sheet it is on (`sheets`) or what the campaign's award column says (its id,
 * its title, or one of `values`, folded as every value is: `LĐTT` = `ldtt`). A campaign that
 * declares none has one award, unnamed, of every criterion.
 */
export const awardSpecSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  title: textSchema,
  /** Ids of the campaign's kinds it is given to. */
  kinds: z.array(z.string().regex(/^[A-Za-z0-9-]+$/)).min(1),
  /** Ids of the criteria a nominee asking for it must meet, each judging one of its kinds. */
  criteria: z.array(z.string().regex(/^[A-Z0-9-]+$/)).min(1),
  /** Sheet names holding rows that ask for this award only (`Lao động tiên tiến`). */
  sheets: z.array(z.string().min(1)).default([]),
  /** Other words the award column says for it (`LĐTT`, `Danh hiệu Lao động tiên tiến`). */
  values: z.array(z.string().min(1)).default([]),
});
export type AwardSpec = z.infer<typeof awardSpecSchema>;

/** What the reader knows of a row when it chooses its award. */
export interface AwardClues {
  /** The kind the row was read into. */
  kind: string;
  sheet: string;
  /** The award column's cell as written, when the sheet has the column and the cell is not blank. */
  value?: string | undefined;
}

/**
 * The award a row asks for, or why it has none: `unknown` when the award column names no award
 * of the round, `kind` when it names one not given to the row's kind, `unsaid` when neither the
 * sheet nor the column says and the row's kind may ask for several (or none).
 */
export type AwardChoice = { award: AwardSpec } | AwardProblem;
export type AwardProblem =
  | { problem: 'unknown'; value: string; nearest?: string }
  | { problem: 'kind'; award: AwardSpec }
  | { problem: 'unsaid'; candidates: readonly AwardSpec[] };

/** Chooses each row's award: its award column's word, else its sheet's, else the one award of its kind. */
export function awardChooser(awards: readonly AwardSpec[]): (clues: AwardClues) => AwardChoice {
  const byWord = new Map<string, AwardSpec>();
  const bySheet = new Map<string, AwardSpec>();
  for (const award of awards) {
    for (const word of awardWords(award)) if (!byWord.has(foldKey(word))) byWord.set(foldKey(word), award);
    for (const sheet of award.sheets) if (!bySheet.has(foldKey(sheet))) bySheet.set(foldKey(sheet), award);
  }
  const forKind = new Map<string, AwardSpec[]>();
  const ofKind = (kind: string): AwardSpec[] => {
    let list = forKind.get(kind);
    if (!list) {
      list = awards.filter((a) => a.kinds.includes(kind));
      forKind.set(kind, list);
    }
    return list;
  };
  const given = (award: AwardSpec, kind: string): AwardChoice =>
    award.kinds.includes(kind) ? { award } : { problem: 'kind', award };
  return ({ kind, sheet, value }) => {
    if (value !== undefined && value.trim() !== '') {
      const award = byWord.get(foldKey(value));
      if (award) return given(award, kind);
      const nearest = nearestWord(value, awards);
      return { problem: 'unknown', value, ...(nearest ? { nearest } : {}) };
    }
    const award = bySheet.get(foldKey(sheet));
    if (award) return given(award, kind);
    const candidates = ofKind(kind);
    return candidates.length === 1
      ? { award: candidates[0] as AwardSpec }
      : { problem: 'unsaid', candidates };
  };
}

/** Every word that names an award in its column: its id, its titles and its `values`. */
export function awardWords(award: AwardSpec): string[] {
  return [award.id, award.title.vi, award.title.en, ...award.values];
}

/** The awards' titles in a list, as messages name them. */
export function awardList(awards: readonly AwardSpec[]): Text {
  return {
    vi: awards.map((a) => a.title.vi).join(', '),
    en: awards.map((a) => a.title.en).join(', '),
  };
}

/** The award word nearest a mistyped one (`LĐT` → `LĐTT`), as campaign names are suggested. */
function nearestWord(given: string, awards: readonly AwardSpec[]): string | undefined {
  // the words staff write first, so that a tie suggests `LĐTT` rather than the id `LDTT`
  return nearestName(
    given,
    awards.flatMap((a) => [...a.values, a.title.vi, a.id, a.title.en]),
  );
}
