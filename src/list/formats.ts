import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import type { Letterhead } from './annex.js';
import type { AwardList } from './list.js';

export interface ListRender {
  lang: Lang;
  date: ReportDate;
  letterhead?: Partial<Letterhead>;
}

/** The formats `list --format` knows: text for a look at the terminal, xlsx to sort, docx to sign. */
export const LIST_FORMATS = {
  text: {
    extension: 'txt',
    binary: false,
    render: async (l: AwardList, o: ListRender) => (await import('./text.js')).renderListText(l, o.lang, o),
  },
  xlsx: {
    extension: 'xlsx',
    binary: true,
    render: async (l: AwardList, o: ListRender) => (await import('./xlsx.js')).renderListXlsx(l, o.lang, o),
  },
  docx: {
    extension: 'docx',
    binary: true,
    render: async (l: AwardList, o: ListRender) => (await import('./docx.js')).renderListDocx(l, o.lang, o),
  },
} as const;

export type ListFormat = keyof typeof LIST_FORMATS;

export function listFormatNames(): ListFormat[] {
  return Object.keys(LIST_FORMATS) as ListFormat[];
}

export function listFormatByName(name: string): ListFormat | undefined {
  const n = name.trim().toLowerCase();
  return Object.hasOwn(LIST_FORMATS, n) ? (n as ListFormat) : undefined;
}

export function listFormatOfPath(file: string): ListFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return listFormatNames().find((f) => LIST_FORMATS[f].extension === ext);
}
