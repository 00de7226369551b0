import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { FailOn } from '../fail-on.js';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import type { CsvSeparator } from './csv-separator.js';
import type { ReportDate } from './date.js';
import type { ReportWriter, Sink } from './stream.js';

/** An output format of `check`: what its files are called and how a result becomes one. */
export interface ReportFormat {
  /** File name extension, without the dot. */
  extension: string;
  /** Bytes a terminal cannot show: such a format is only ever written to a file (`--output`). */
  binary: boolean;
  render(result: CheckResult, lang: Lang, options?: RenderOptions): Promise<string | Uint8Array>;
  /**
   * The same report written as the check goes, nominee by nominee, in bounded memory
   * (stream.ts); absent for a format that lists nominees in an order of its own.
   */
  writer?(campaign: Campaign, lang: Lang, write: Sink, options?: RenderOptions): Promise<ReportWriter>;
  /**
   * Lists only the first `LISTED` of each list, with the counts of all (listing.ts): rendered
   * from the judgements a streamed check keeps for that, never from all of them.
   */
  lists?: boolean;
}

/**
 * What a run decided that some formats show: JUnit fails exactly the cases `--fail-on` names;
 * the reports for people are dated (`SOURCE_DATE_EPOCH` or today when left out).
 */
export interface RenderOptions {
  failOn?: readonly FailOn[];
  /** The CSV field separator (`--csv-separator`); csv.ts says why `;` is the default. */
  csvSeparator?: CsvSeparator;
  date?: ReportDate;
  /** Told once per nominee as it is written, so a long render shows it is moving (cli/progress.ts). */
  onNominee?: () => void;
}

/**
 * Every format `check --format` knows, one line each. Modules are loaded when a format is
 * used, so a run that prints text never loads exceljs. A new format is one more line here.
 */
export const REPORT_FORMATS = {
  text: {
    extension: 'txt',
    binary: false,
    lists: true,
    render: async (r, lang, o) =>
      (await import('./text.js')).renderText(r, {
        lang,
        color: false,
        width: 100,
        date: o?.date,
        onNominee: o?.onNominee,
      }),
  },
  json: {
    extension: 'json',
    binary: false,
    render: async (r, lang, o) => (await import('./json.js')).renderJson(r, lang, o?.onNominee),
    writer: async (campaign, lang, write) => (await import('./json.js')).jsonWriter(campaign, lang, write),
  },
  xlsx: {
    extension: 'xlsx',
    binary: true,
    render: async (r, lang, o) =>
      (await import('./xlsx.js')).renderXlsx(r, lang, { date: o?.date, onNominee: o?.onNominee }),
    writer: async (campaign, lang, write, o) =>
      (await import('./xlsx-writer.js')).xlsxWriter(campaign, lang, write, {
        date: o?.date,
        onNominee: o?.onNominee,
      }),
  },
  csv: {
    extension: 'csv',
    binary: false,
    render: async (r, lang, o) =>
      (await import('./csv.js')).renderCsv(r, lang, o?.csvSeparator, o?.onNominee),
    writer: async (campaign, lang, write, o) =>
      (await import('./csv.js')).csvWriter(campaign, lang, write, o?.csvSeparator),
  },
  markdown: {
    extension: 'md',
    binary: false,
    lists: true,
    render: async (r, lang, o) =>
      (await import('./markdown.js')).renderMarkdown(r, lang, { date: o?.date, onNominee: o?.onNominee }),
  },
  html: {
    extension: 'html',
    binary: false,
    lists: true,
    render: async (r, lang, o) =>
      (await import('./html.js')).renderHtml(r, lang, { date: o?.date, onNominee: o?.onNominee }),
  },
  junit: {
    extension: 'xml',
    binary: false,
    render: async (r, lang, o) =>
      (await import('./junit.js')).renderJunit(r, { lang, failOn: o?.failOn, onNominee: o?.onNominee }),
    writer: async (campaign, lang, write, o) =>
      (await import('./junit.js')).junitWriter(
        campaign,
        { lang, failOn: o?.failOn, onNominee: o?.onNominee },
        write,
      ),
  },
  github: {
    extension: 'log',
    binary: false,
    render: async (r, lang, o) => (await import('./github.js')).renderGithub(r, lang, o?.onNominee),
    writer: async (campaign, lang, write) =>
      (await import('./github.js')).githubWriter(campaign, lang, write),
  },
  ndjson: {
    extension: 'ndjson',
    binary: false,
    render: async (r, lang, o) => (await import('./ndjson.js')).renderNdjson(r, lang, o?.onNominee),
    writer: async (campaign, lang, write) =>
      (await import('./ndjson.js')).ndjsonWriter(campaign, lang, write),
  },
} satisfies Record<string, ReportFormat>;

export type FormatName = keyof typeof REPORT_FORMATS;

export function formatNames(): FormatName[] {
  return Object.keys(REPORT_FORMATS) as FormatName[];
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(REPORT_FORMATS, name);
}

export function reportFormat(name: FormatName): ReportFormat {
  return REPORT_FORMATS[name];
}

/**
 * `--format xlsx,json` as a list of known formats, in the order given, each once; `md` is
 * accepted for markdown, as people call it. An unknown name is exit 2.
 */
export function parseFormats(value: string, lang: Lang): FormatName[] {
  const names: FormatName[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    const known = formatByName(name);
    if (!known) {
      const choices = formatNames().join(', ');
      const reason =
        lang === 'en'
          ? `--format "${raw.trim()}" is not a format (choose ${choices}, or several separated by commas)`
          : `--format "${raw.trim()}" không phải định dạng nào (chọn ${choices}, hoặc nhiều định dạng cách nhau bởi dấu phẩy)`;
      throw new InputError(finding('E-OPTION', { reason }));
    }
    if (!names.includes(known)) names.push(known);
  }
  if (names.length === 0) throw new InputError(finding('E-OPTION', { reason: '--format ""' }));
  return names;
}

/** Short names people type for a format; an extension alone is not one (`xml` could be anything). */
const ALIASES: Record<string, FormatName> = { md: 'markdown' };

function formatByName(name: string): FormatName | undefined {
  return isFormatName(name) ? name : ALIASES[name];
}

/** The format a file name's extension asks for (`report.xlsx` → xlsx), if any. */
export function formatOfPath(file: string): FormatName | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === undefined) return undefined;
  const wanted = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  return formatNames().find((f) => REPORT_FORMATS[f].extension === wanted);
}
