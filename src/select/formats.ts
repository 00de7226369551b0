import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import type { Selection } from './round.js';

/** The formats `select` writes; each renders the finished round, so a run writes all or none. */
export interface SelectFormat {
  render(selection: Selection, lang: Lang, options: { date: ReportDate }): Promise<string | Uint8Array>;
}

export const SELECT_FORMATS = {
  text: {
    render: async (s, lang, o) =>
      (await import('./text.js')).renderSelectText(s, { lang, color: false, date: o.date }),
  },
  json: { render: async (s, lang) => (await import('./json.js')).renderSelectJson(s, lang) },
  markdown: {
    render: async (s, lang, o) => (await import('./markdown.js')).renderSelectMarkdown(s, lang, o.date),
  },
  xlsx: {
    render: async (s, lang, o) => (await import('./xlsx.js')).renderSelectXlsx(s, lang, o.date),
  },
} satisfies Record<string, SelectFormat>;

export type SelectFormatName = keyof typeof SELECT_FORMATS;
export const SELECT_FORMAT_NAMES = Object.keys(SELECT_FORMATS) as SelectFormatName[];
