import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import { renderTableWorkbook, type TableValue } from '../report/table-workbook.js';
import { annexOf, type Letterhead } from './annex.js';
import type { AwardList } from './list.js';
import { listWords } from './words.js';

/** The sheet's name, Vietnamese in both languages as the check's sheets are. */
export const LIST_SHEET = 'Danh sách';

/**
 * The annex as one sheet to sort and filter before it goes into Word: the heading lines, then one
 * row per nominee with its number within its kind, kind, name, birth year, position, unit and
 * achievements; the signer's block below. A4 portrait, Times New Roman 13, as the document is.
 */
export async function renderListXlsx(
  list: AwardList,
  lang: Lang,
  options: { date: ReportDate; letterhead?: Partial<Letterhead> },
): Promise<Uint8Array> {
  const annex = annexOf(list, lang, options.date, options.letterhead);
  const w = listWords(lang);
  const rows: TableValue[][] = [];
  for (const kind of list.kinds) {
    for (const unit of kind.units) {
      for (const e of unit.entries) {
        const n = e.nominee;
        rows.push([
          e.number,
          w.kindWords[n.kind],
          n.name,
          n.birthYear,
          n.position,
          unit.name,
          e.achievements,
        ]);
      }
    }
  }
  const h = annex.letterhead;
  return renderTableWorkbook(
    [
      {
        name: LIST_SHEET,
        orientation: 'portrait',
        font: { name: 'Times New Roman', size: 13 },
        title: [
          `${w.title} ${w.subtitle.toUpperCase()}`,
          h.body,
          annex.campaignTitle,
          annex.attached,
          annex.basis,
        ],
        columns: [
          { header: w.number, width: 5, center: true },
          { header: w.kind, width: 8, wrap: true },
          { header: `${w.individualName} / ${w.collectiveName}`, width: 20, wrap: true },
          { header: w.birthYear, width: 7, center: true, wrap: true },
          { header: w.position, width: 22, wrap: true },
          { header: w.unit, width: 15, wrap: true },
          { header: w.achievements, width: 30, wrap: true },
        ],
        rows,
        after: [
          [],
          [annex.total],
          [],
          [null, null, null, null, annex.placeDate],
          [null, null, null, null, h.signerFor],
          [null, null, null, null, h.signer],
          [null, null, null, null, w.sign],
          [],
          [],
          [null, null, null, null, h.signerName ?? w.dots],
        ],
      },
    ],
    { title: annex.documentTitle, date: options.date },
  );
}
