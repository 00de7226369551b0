import { stringify } from 'csv-stringify/sync';
import type { CheckResult } from '../check.js';
import type { Lang } from '../findings/finding.js';
import { KINDS } from '../model/categories.js';
import { buildCodeBook } from '../model/vocabulary.js';
import { type CsvSeparator, DEFAULT_CSV_SEPARATOR } from './csv-separator.js';
import { csvValue } from './sanitize.js';
import {
  inputColumns,
  markedValue,
  reasonLine,
  reasonsFor,
  ruleIds,
  WORDS,
  withMarkColumns,
} from './table.js';

/**
 * One row per nominee, both kinds in one table (a `Loại` column tells them apart, as in the
 * single-sheet input form), with the verdict and the reasons. UTF-8 with a BOM, which is what
 * makes Excel read Vietnamese letters correctly; CRLF line ends, as RFC 4180 and Excel expect.
 * Every text cell that starts like a formula is neutralised (sanitize.ts).
 */
export function renderCsv(
  result: CheckResult,
  lang: Lang,
  separator: CsvSeparator = DEFAULT_CSV_SEPARATOR,
  onNominee?: () => void,
): string {
  const w = WORDS[lang];
  const { campaign } = result;
  const book = buildCodeBook(campaign.vocabulary);
  const inputs = withMarkColumns(inputColumns(KINDS, campaign, lang), lang);
  const header = [
    w.file,
    w.sheet,
    w.row,
    w.kindHeader,
    ...inputs.map((c) => c.header),
    w.verdictHeader,
    w.failed,
    w.open,
    w.reasons,
  ];
  const rows = result.judgements.map((j) => {
    onNominee?.();
    const n = j.nominee;
    const reasons = reasonsFor(j, campaign, lang);
    return [
      n.file,
      n.sheet,
      n.row,
      w.kind[n.kind],
      ...inputs.map((c) => markedValue(j, c.key, campaign, book, lang)),
      w.verdict[j.verdict],
      ruleIds(reasons, 'fail'),
      ruleIds(reasons, 'unknown'),
      reasons.map(reasonLine).join('\n'),
    ].map(csvValue);
  });
  return stringify([header.map(csvValue), ...rows], {
    bom: true,
    delimiter: separator,
    record_delimiter: '\r\n',
    // OWASP: quote every text field, so a delimiter inside one never starts a new cell
    quoted_string: true,
  });
}
