import path from 'node:path';
import type { CheckResult } from '../check.js';
import { UnitSelection } from '../checks/unit-selection.js';
import type { Lang } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import type { ReportDate } from './date.js';
import { type FormatName, reportFormat } from './index.js';
import type { OutputFile } from './output.js';
import { summarize } from './summary.js';

/** The formats a unit's own report may take: xlsx always, html when the run asks for it. */
export const PER_UNIT_FORMATS = ['xlsx', 'html'] as const satisfies readonly FormatName[];

/**
 * The check as one unit sees it: only its nominees with their verdicts and what to fix, its quota
 * lines and the findings at its rows (and those about no row: an unreadable file, the plan), its
 * composition; the tally counted again over what is left. What `--unit` would report for it,
 * made from the finished check without reading anything again.
 */
export function unitResult(result: CheckResult, unit: string): CheckResult {
  const selection = new UnitSelection(new Set([unit]));
  const judgements = result.judgements.filter((j) => selection.admit(j.nominee));
  const findings = result.findings.filter((f) => selection.keeps(f));
  const own = result.composition.find((g) => g.unit === unit);
  return {
    ...result,
    judgements,
    quota: result.quota.filter((q) => q.unit === unit),
    composition: own ? [own, { ...own, unit: null }] : [],
    findings,
    summary: summarize(judgements, findings),
    units: [unit],
  };
}

/**
 * A file name from a unit's name as the plan writes it (`LĐLĐ huyện Phong Thổ.xlsx`): the
 * letters kept, in NFC, and every character a file system refuses (`/ \ : * ? " < > |`, control
 * characters, a trailing dot or space) replaced, so the name is the same on Windows, macOS and Linux.
 */
export function unitFileName(name: string, extension: string): string {
  const safe = clean(name)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  return `${safe === '' ? 'don-vi' : safe}.${extension}`;
}

/**
 * One report per unit with nominees, in `dir`, for the officer to send back to each unit: every
 * file rendered before any is written (the caller writes them all or none).
 */
export async function perUnitReports(
  result: CheckResult,
  dir: string,
  formats: readonly (typeof PER_UNIT_FORMATS)[number][],
  lang: Lang,
  options: { date: ReportDate },
): Promise<OutputFile[]> {
  const units = result.campaign.units.filter((u) => result.judgements.some((j) => j.nominee.unit === u.id));
  const files: OutputFile[] = [];
  for (const unit of units) {
    const own = unitResult(result, unit.id);
    for (const format of formats) {
      const { extension } = reportFormat(format);
      const data = await reportFormat(format).render(own, lang, { date: options.date });
      files.push({ path: path.join(dir, unitFileName(unit.name, extension)), data });
    }
  }
  return files;
}
