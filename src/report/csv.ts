import { stringify } from 'csv-stringify/sync';
import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { Judgement } from '../engine/types.js';
import type { Lang } from '../findings/finding.js';
import { KINDS } from '../model/categories.js';
import { buildCodeBook } from '../model/vocabulary.js';
import { type CsvSeparator, DEFAULT_CSV_SEPARATOR } from './csv-separator.js';
import { csvValue } from './sanitize.js';
import { chunked, type ReportWriter, type Sink } from './stream.js';
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
  const table = csvTable(result.campaign, lang);
  const rows = result.judgements.map((j) => {
    onNominee?.();
    return table.row(j);
  });
  return stringify([table.header, ...rows], { ...STRINGIFY, delimiter: separator, bom: true });
}

/**
 * The CSV report written as the check goes: the header first, then the rows in batches, each
 * batch through csv-stringify as the whole render is, so the bytes are `renderCsv`'s (a CSV
 * record depends on nothing but its own fields). Nothing follows the rows: `finish` writes the
 * last batch.
 */
export function csvWriter(
  campaign: Campaign,
  lang: Lang,
  write: Sink,
  separator: CsvSeparator = DEFAULT_CSV_SEPARATOR,
): ReportWriter {
  const table = csvTable(campaign, lang);
  const options = { ...STRINGIFY, delimiter: separator };
  const out = chunked(write);
  out.add(stringify([table.header], { ...options, bom: true }));
  let batch: (string | number)[][] = [];
  const flush = () => {
    if (batch.length > 0) out.add(stringify(batch, options));
    batch = [];
  };
  return {
    nominee(j) {
      batch.push(table.row(j));
      if (batch.length >= BATCH) flush();
    },
    async finish() {
      flush();
      out.flush();
    },
  };
}

/** Rows handed to csv-stringify at a time by `csvWriter`. */
const BATCH = 256;

const STRINGIFY = {
  record_delimiter: '\r\n',
  // OWASP: quote every text field, so a delimiter inside one never starts a new cell
  quoted_string: true,
} as const;

/** The header and a nominee's row, both kinds in one table, every cell neutralised. */
function csvTable(campaign: Campaign, lang: Lang) {
  const w = WORDS[lang];
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
  ].map(csvValue);
  const row = (j: Judgement): (string | number)[] => {
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
  };
  return { header, row };
}
