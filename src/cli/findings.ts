import { type Command, Option } from 'commander';
import { z } from 'zod';
import { maxOf } from '../append.js';
import { CATALOGUE, type Context, type FindingType } from '../findings/catalogue.js';
import type { Lang, Severity } from '../findings/finding.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';
import { langOption, langSchema, parseOptions } from './options.js';

const optionsSchema = z.object({
  lang: langSchema,
  format: z.enum(['text', 'json', 'markdown']),
});

export interface CatalogueEntry {
  code: string;
  severity: Severity;
  title: string;
  /** The message with its `{placeholders}`, as the catalogue declares it. */
  message: string;
  /** Commands that report it at another severity than `check` (`plan check`: error). */
  contexts?: Partial<Record<Context, Severity>>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const WORDS = {
  vi: {
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    heading: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    columns: ['Mã', 'Mức', 'Tên', 'Thông báo'],
    note: 'Các chỗ `{…}` được thay bằng giá trị của từng trường hợp.',
    unknown: (code: string) => `không có mã ${code}; "eligibility findings" liệt kê mọi mã`,
    elsewhere: (severity: string, command: string) => `${severity} trong "${command}"`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    heading: { error: 'Errors', warning: 'Warnings', info: 'Information' },
    columns: ['Code', 'Severity', 'Title', 'Message'],
    note: 'Each `{…}` is filled in with what was found.',
    unknown: (code: string) => `no code ${code}; "eligibility findings" lists them all`,
    elsewhere: (severity: string, command: string) => `${severity} in "${command}"`,
  },
} as const;

/** Every finding code in a stable order: errors, warnings, information, each by code. */
export function catalogueEntries(lang: Lang): CatalogueEntry[] {
  return (Object.entries(CATALOGUE) as [string, FindingType][])
    .map(([code, type]) => ({
      code,
      severity: type.severity,
      title: type.title[lang],
      message: type.template[lang],
      ...(type.contexts ? { contexts: type.contexts } : {}),
    }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
}

/** ` (lỗi trong "plan check")`: where a finding has another severity than in `check`. */
function elsewhere(e: CatalogueEntry, lang: Lang): string {
  const contexts = Object.entries(e.contexts ?? {}) as [Context, Severity][];
  if (contexts.length === 0) return '';
  return ` (${contexts.map(([command, severity]) => WORDS[lang].elsewhere(WORDS[lang][severity], command)).join('; ')})`;
}

export function findingsText(entries: readonly CatalogueEntry[], lang: Lang): string {
  const width = maxOf(entries.map((e) => e.code.length));
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${e.code.padEnd(width)}  ${WORDS[lang][e.severity]}${elsewhere(e, lang)}  ${e.title}`);
    out.push(`${' '.repeat(width + 2)}${e.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** A table per severity; the README's list of findings is this, in English. */
export function findingsMarkdown(entries: readonly CatalogueEntry[], lang: Lang): string {
  const w = WORDS[lang];
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const out: string[] = [w.note, ''];
  for (const severity of SEVERITIES) {
    const group = entries.filter((e) => e.severity === severity);
    if (group.length === 0) continue;
    out.push(`#### ${w.heading[severity]}`, '');
    out.push(`| ${w.columns[0]} | ${w.columns[2]} | ${w.columns[3]} |`, '|---|---|---|');
    for (const e of group)
      out.push(`| \`${e.code}\` | ${cell(e.title + elsewhere(e, lang))} | ${cell(e.message)} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function findingsJson(entries: readonly CatalogueEntry[]): string {
  return `${JSON.stringify({ findings: entries }, null, 2)}\n`;
}

export function registerFindings(program: Command, setAction: SetAction): void {
  const command = program
    .command('findings [code]')
    .description('liệt kê các mã phát hiện và ý nghĩa / list the finding codes and what they mean')
    .addOption(langOption())
    .addOption(new Option('--format <format>', 'text | json | markdown').default('text'));
  setAction(command, (code: string | undefined, raw: unknown) => async (io) => {
    const options = parseOptions(optionsSchema, raw);
    let entries = catalogueEntries(options.lang);
    if (code !== undefined) {
      entries = entries.filter((e) => e.code === code.trim().toUpperCase());
      if (entries.length === 0) {
        io.stderr(`${WORDS[options.lang].unknown(code)}\n`);
        return EXIT.cannotRun;
      }
    }
    const render = {
      text: () => findingsText(entries, options.lang),
      json: () => findingsJson(entries),
      markdown: () => findingsMarkdown(entries, options.lang),
    }[options.format];
    io.stdout(render());
    return EXIT.ok;
  });
}

export const README_START = '<!-- findings:start -->';
export const README_END = '<!-- findings:end -->';

/**
 * The README with its list of findings (between the markers) made from the catalogue, in
 * English like the rest of the developer guide. Unchanged if it is up to date; `null` if the
 * markers are missing.
 */
export function readmeWithFindings(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) return null;
  const table = findingsMarkdown(catalogueEntries('en'), 'en');
  return `${readme.slice(0, start + README_START.length)}\n${table}${readme.slice(end)}`;
}
