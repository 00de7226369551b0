import type { CheckResult } from '../check.js';
import type { Verdict } from '../engine/kleene.js';
import { renderFinding } from '../findings/catalogue.js';
import { formatPosition, type Lang, type Severity } from '../findings/finding.js';
import { findingTitle, nomineePlace, openRuleLines, pathOf, verdictLabel } from './ci-words.js';
import { repeatWords } from './nominee-marks.js';
import { quotaWords } from './quota-words.js';

type Level = 'error' | 'warning' | 'notice';

const VERDICT_LEVEL: Record<Exclude<Verdict, 'eligible'>, Level> = { ineligible: 'error', review: 'warning' };
const SEVERITY_LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: an annotation for every nominee that is not eligible
 * (ineligible: error, review: warning) and for every finding (by its severity; information as a
 * notice), in input order, then the tally as a plain log line. `file=` is the path the user
 * gave, so the annotation lands on the file in the checkout; `line=` is the spreadsheet row.
 * A spreadsheet has no lines GitHub can show, so each message starts with the sheet and cell.
 */
export function renderGithub(result: CheckResult, lang: Lang, onNominee?: () => void): string {
  const pathFor = pathOf(result);
  const out: string[] = [];
  for (const j of result.judgements) {
    onNominee?.();
    if (j.verdict === 'eligible') continue;
    const n = j.nominee;
    const ids = j.rules.filter((r) => r.result !== 'pass').map((r) => r.id);
    out.push(
      command(
        VERDICT_LEVEL[j.verdict],
        {
          file: pathFor(n.file),
          line: n.row,
          title: `${verdictLabel(j.verdict, lang)} · ${n.name} · ${ids.join(', ')}`,
        },
        [nomineePlace(n), ...optional(repeatWords(j, lang)), ...openRuleLines(j, result, lang)].join('\n'),
      ),
    );
  }
  for (const f of result.findings) {
    const where = formatPosition(f);
    out.push(
      command(
        SEVERITY_LEVEL[f.severity],
        { file: pathFor(f.file), line: f.row, title: findingTitle(f, lang) },
        [where, renderFinding(f, lang)].filter(Boolean).join('\n'),
      ),
    );
  }
  out.push(tallyLine(result, lang));
  return `${out.join('\n')}\n`;
}

/** `::error file=a.xlsx,line=8,title=…::message`, properties left out when they have no value. */
export function command(
  level: Level,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The workflow-command escapes for a message (toolkit's `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also may not hold the `:` and `,` that separate properties (toolkit's `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function tallyLine(result: CheckResult, lang: Lang): string {
  const s = result.summary;
  const nominees = quotaWords(lang).tally(s);
  return lang === 'en'
    ? `eligibility: ${nominees}, ${s.eligible} eligible, ${s.ineligible} ineligible, ${s.review} to review; ${s.errors} errors, ${s.warnings} warnings`
    : `eligibility: ${nominees}, ${s.eligible} đạt, ${s.ineligible} không đạt, ${s.review} cần xem xét; ${s.errors} lỗi, ${s.warnings} cảnh báo`;
}

function optional(line: string | undefined): string[] {
  return line === undefined ? [] : [line];
}
