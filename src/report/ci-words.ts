import type { CheckFiles, CheckResult } from '../check.js';
import type { QuotaEntry } from '../checks/quota.js';
import type { Verdict } from '../engine/kleene.js';
import { renderRuleMessage } from '../engine/render.js';
import type { Judgement } from '../engine/types.js';
import { CATALOGUE, type FindingType } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang } from '../findings/finding.js';
import type { Nominee } from '../model/nominee.js';
import { unitName } from './table.js';
import { quotaEntryLabel } from './text.js';

/**
 * The words the CI formats (JUnit, GitHub annotations) share, so a nominee or a finding reads
 * the same in a test report and in an annotation.
 */
const WORDS = {
  vi: {
    verdict: { eligible: 'ĐẠT', ineligible: 'KHÔNG ĐẠT', review: 'CẦN XEM XÉT' },
    row: 'dòng',
    quota: 'Số lượng theo đơn vị',
    fileFindings: 'Vấn đề trong tệp',
  },
  en: {
    verdict: { eligible: 'ELIGIBLE', ineligible: 'INELIGIBLE', review: 'TO REVIEW' },
    row: 'row',
    quota: 'Quota by unit',
    fileFindings: 'Problems in the file',
  },
} as const satisfies Record<Lang, unknown>;

export function ciWords(lang: Lang) {
  return WORDS[lang];
}

export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return WORDS[lang].verdict[verdict];
}

/** `Cá nhân · dòng 8 · Lò Văn Pao`: where a person finds the nominee, then who it is. */
export function nomineeLabel(n: Nominee, lang: Lang): string {
  return [n.sheet, `${WORDS[lang].row} ${n.row}`, n.name].filter(Boolean).join(' · ');
}

/** `phong-tho.xlsx › Cá nhân!B8`, the name cell of the nominee's row. */
export function nomineePlace(n: Nominee): string {
  return formatPosition({ file: n.file, sheet: n.sheet || undefined, row: n.row, cell: n.cells.name });
}

/** One line per rule that does not pass: `✗ CN-SXKD-4 Title: evidence`. */
export function openRuleLines(j: Judgement, result: Pick<CheckResult, 'campaign'>, lang: Lang): string[] {
  return j.rules
    .filter((r) => r.result !== 'pass')
    .map((r) => {
      const title = result.campaign.criteria.find((c) => c.id === r.id)?.title[lang];
      const mark = r.result === 'fail' ? '✗' : '?';
      return `${mark} ${r.id}${title ? ` ${title}` : ''}: ${renderRuleMessage(r, lang, result.campaign, j.nominee)}`;
    });
}

export function findingTitle(f: Finding, lang: Lang): string {
  const type = (CATALOGUE as Record<string, FindingType>)[f.code];
  return type ? `${f.code} ${type.title[lang]}` : f.code;
}

/** `LĐLĐ huyện Phong Thổ · Cá nhân HCSN` */
export function quotaLabel(q: QuotaEntry, result: CheckResult, lang: Lang): string {
  const unit = unitName(result.campaign, q.unit);
  return `${unit} · ${quotaEntryLabel(q, lang, result.campaign)}`;
}

/** A file a report names, by the name the check gave it, as the path the user gave. */
export type PathOf = (file: string | undefined) => string | undefined;

/** The path the user gave for a file a report names, so annotations find it from the checkout. */
export function pathOf(files: CheckFiles): PathOf {
  const paths = new Map(files.files.map((f, i) => [f, files.paths[i] ?? f]));
  return (file) => (file === undefined ? undefined : (paths.get(file) ?? file));
}
