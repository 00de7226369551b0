import { FIELD_LABELS } from '../model/fields.js';
import type { Lang, Text } from '../model/text.js';
import type { Wording } from './predicates/module.js';

/** What the words of a campaign's predicates need: its period and how its columns are named. */
export interface WordingSource {
  period: { from: number; to: number };
}

export function wording(campaign: WordingSource, lang: Lang): Wording {
  return { lang, period: campaign.period, column: columnLabel };
}

function columnLabel(field: string): Text {
  return FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? { vi: field, en: field };
}
