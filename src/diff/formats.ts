import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import type { DiffResult } from './diff.js';
import type { SideNames } from './view.js';

export interface DiffRender {
  lang: Lang;
  date: ReportDate;
  names?: SideNames;
}

/**
 * The formats `diff --format` knows: the terminal's text, JSON for programs, Markdown for a pull
 * request or an email, xlsx to forward. Each module is loaded when used.
 */
export const DIFF_FORMATS = {
  text: {
    extension: 'txt',
    binary: false,
    render: async (d: DiffResult, o: DiffRender) =>
      (await import('./text.js')).renderDiffText(d, { lang: o.lang, names: o.names }),
  },
  json: {
    extension: 'json',
    binary: false,
    render: async (d: DiffResult, o: DiffRender) =>
      (await import('./json.js')).renderDiffJson(d, o.lang, o.names),
  },
  markdown: {
    extension: 'md',
    binary: false,
    render: async (d: DiffResult, o: DiffRender) =>
      (await import('./markdown.js')).renderDiffMarkdown(d, o.lang, o.names),
  },
  xlsx: {
    extension: 'xlsx',
    binary: true,
    render: async (d: DiffResult, o: DiffRender) =>
      (await import('./xlsx.js')).renderDiffXlsx(d, o.lang, { date: o.date, names: o.names }),
  },
} as const;

export type DiffFormat = keyof typeof DIFF_FORMATS;

export function diffFormatNames(): DiffFormat[] {
  return Object.keys(DIFF_FORMATS) as DiffFormat[];
}

/** `md` for markdown as people call it; otherwise the name itself. */
export function diffFormatByName(name: string): DiffFormat | undefined {
  const n = name.trim().toLowerCase();
  if (n === 'md') return 'markdown';
  return Object.hasOwn(DIFF_FORMATS, n) ? (n as DiffFormat) : undefined;
}

/** The format a file name's extension asks for (`so-sanh.xlsx` → xlsx), if any. */
export function diffFormatOfPath(file: string): DiffFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === undefined) return undefined;
  return diffFormatNames().find(
    (f) => DIFF_FORMATS[f].extension === ext || (ext === 'markdown' && f === 'markdown'),
  );
}
