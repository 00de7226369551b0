import { columnBook, type DeclaredColumn } from '../model/column.js';
import type { Lang, Text } from '../model/text.js';
import type { Wording } from './predicates/module.js';

/** What the words of a campaign's predicates need: its period and how its columns are named. */
export interface WordingSource {
  period: { from: number; to: number };
  columns?: readonly DeclaredColumn[] | undefined;
}

const made = new WeakMap<WordingSource, Partial<Record<Lang, Wording>>>();

/** The wording of a campaign in a language, made once: reports ask for it per rule of every nominee. */
export function wording(campaign: WordingSource, lang: Lang): Wording {
  let mine = made.get(campaign);
  // set only when new: this runs for every rule of every nominee
  if (mine === undefined) {
    mine = {};
    made.set(campaign, mine);
  }
  mine[lang] ??= makeWording(campaign, lang);
  return mine[lang];
}

function makeWording(campaign: WordingSource, lang: Lang): Wording {
  const declared = campaign.columns;
  const headers = new Map((declared ?? []).map((c) => [c.id, c.header]));
  const column = (field: string): Text => headers.get(field) ?? { vi: field, en: field };
  const book = columnBook(declared);
  const value = (id: string, v: string | number | boolean) =>
    book.get(id) ? book.show(id, v, lang) : typeof v === 'boolean' ? (v ? YES[lang] : NO[lang]) : String(v);
  return { lang, period: campaign.period, column, value };
}

const YES = { vi: 'Có', en: 'yes' };
const NO = { vi: 'Không', en: 'no' };
