import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { Verdict } from '../engine/kleene.js';
import type { Judgement } from '../engine/types.js';
import { renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang, type Severity } from '../findings/finding.js';
import { findingTitle, nomineePlace, openRuleLines, type PathOf, pathOf, verdictLabel } from './ci-words.js';
import { repeatWords } from './nominee-marks.js';
import { quotaWords } from './quota-words.js';
import { Spool } from './spool.js';
import { chunked, findingsInPlace, type ReportWriter, type Sink } from './stream.js';

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
  let out = '';
  for (const j of result.judgements) {
    onNominee?.();
    const line = nomineeAnnotation(j, result.campaign, lang, pathFor);
    if (line !== undefined) out += `${line}\n`;
  }
  for (const line of afterNominees(result, lang)) out += `${line}\n`;
  return out;
}

/**
 * The annotations written as the check goes: each nominee's as it is judged, once `begin` has
 * said which path the user gave for each file; `finish` writes the findings and the tally. A
 * nominee's own finding (D-DUP) is put aside on disk (spool.ts) and written in its place among
 * the findings, so the check need not keep one a row for a list that repeats most of its
 * nominees. The bytes are those `renderGithub` gives for the same check.
 */
export function githubWriter(campaign: Campaign, lang: Lang, write: Sink): ReportWriter {
  const out = chunked(write);
  const duplicates = new Spool<Finding>();
  let pathFor: PathOf | undefined;
  return {
    findingsWithNominees: true,
    begin(files) {
      pathFor = pathOf(files);
    },
    nominee(j) {
      if (pathFor === undefined) throw new Error('githubWriter: begin() comes before the first nominee');
      const line = nomineeAnnotation(j, campaign, lang, pathFor);
      if (line !== undefined) out.add(`${line}\n`);
      if (j.duplicate) duplicates.add(j.duplicate);
    },
    async finish(result) {
      try {
        // the check kept every finding unless it handed the D-DUPs out (`findingBefore`)
        const before = result.findingBefore;
        const findings =
          before === undefined
            ? result.findings
            : findingsInPlace(result.findings, duplicates.read(), before);
        const at = pathOf(result);
        for await (const f of findings) out.add(`${findingAnnotation(f, lang, at)}\n`);
        out.add(`${tallyLine(result, lang)}\n`);
        out.flush();
      } finally {
        duplicates.remove();
      }
    },
    abort: () => duplicates.remove(),
  };
}

/** A nominee's annotation, at its file and row; none for an eligible one. */
function nomineeAnnotation(
  j: Judgement,
  campaign: Campaign,
  lang: Lang,
  pathFor: PathOf,
): string | undefined {
  if (j.verdict === 'eligible') return undefined;
  const n = j.nominee;
  const ids = j.rules.filter((r) => r.result !== 'pass').map((r) => r.id);
  return command(
    VERDICT_LEVEL[j.verdict],
    {
      file: pathFor(n.file),
      line: n.row,
      title: `${verdictLabel(j.verdict, lang)} · ${n.name} · ${ids.join(', ')}`,
    },
    [nomineePlace(n), ...optional(repeatWords(j, lang)), ...openRuleLines(j, { campaign }, lang)].join('\n'),
  );
}

/** What follows the nominees' annotations: one per finding, then the tally. */
function* afterNominees(result: CheckResult, lang: Lang): Generator<string> {
  const pathFor = pathOf(result);
  for (const f of result.findings) yield findingAnnotation(f, lang, pathFor);
  yield tallyLine(result, lang);
}

/** A finding's annotation, by its severity, at its file and row where it has a place. */
function findingAnnotation(f: Finding, lang: Lang, pathFor: PathOf): string {
  return command(
    SEVERITY_LEVEL[f.severity],
    { file: pathFor(f.file), line: f.row, title: findingTitle(f, lang) },
    [formatPosition(f), renderFinding(f, lang)].filter(Boolean).join('\n'),
  );
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
