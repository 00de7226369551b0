import type { Campaign } from '../campaign/schema.js';
import type { Finding, Lang } from '../findings/finding.js';
import { reportDate } from './date.js';
import { Spool } from './spool.js';
import type { ReportWriter, Sink } from './stream.js';
import {
  findingList,
  KIND_SHEETS,
  type NomineeRow,
  nomineeList,
  reportWorkbook,
  writeSheets,
  type XlsxOptions,
} from './xlsx.js';

/**
 * The workbook written as the check goes, in bounded memory, with the bytes `renderXlsx` gives
 * (Node only: the page renders its workbook whole). Its summary comes first and needs the whole input, and each kind of nominee has its own sheet
 * while the rows come mixed, so each nominee's row is made as it is judged and put aside on disk
 * (spool.ts) with the columns' widths measured on the way; `finish` writes the workbook, each
 * list's rows read back in turn, to `write` while the zip keeps up (xlsx.ts, `keepingUp`). A
 * nominee's D-DUP goes aside with its row and into the findings' own spool, so the check need
 * not keep them (`findingsWithNominees`): a list that repeats most of its nominees has one a row.
 */
export function xlsxWriter(
  campaign: Campaign,
  lang: Lang,
  write: Sink,
  given: XlsxOptions = {},
): ReportWriter {
  const lists = KIND_SHEETS.map((kind) =>
    nomineeList(campaign, lang, kind, new Spool<NomineeRow>(), given.notedRows),
  );
  const findings = findingList(lang, new Spool<Finding>());
  const remove = () => {
    for (const list of lists) list.rows.remove?.();
    findings.rows?.remove?.();
  };
  return {
    findingsWithNominees: true,
    nominee(j) {
      lists.find((l) => l.kind === j.nominee.kind)?.add(j);
      if (j.duplicate) findings.add(j.duplicate);
    },
    async finish(result) {
      try {
        const date = given.date ?? reportDate(lang);
        const { workbook, bytes } = reportWorkbook(date, campaign.title[lang], write);
        await writeSheets(workbook, result, lang, date, lists, given.onNominee, findings);
        await bytes();
      } finally {
        remove();
      }
    },
    abort: remove,
  };
}
