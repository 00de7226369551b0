import type ExcelJS from 'exceljs';
import type { Count } from '../checks/composition.js';
import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import { madeOn, signatureBlock } from '../report/signature.js';
import { nomineePosition, sourceLine } from '../report/table.js';
import { categoryLabel, compositionWords } from '../report/text.js';
import {
  addRow,
  BOLD,
  type Column,
  FILL,
  measure,
  reportWorkbook,
  signatureRows,
  solid,
  tableSheet,
  type Value,
  writeHeader,
} from '../report/xlsx.js';
import { rankingWords } from './ranking-words.js';
import type { Selection } from './round.js';
import { type SelectRow, selectRows } from './rows.js';
import { prioritiesLine, selectWords } from './words.js';

/** Sheet names stay Vietnamese in both languages, as the check's workbook's do. */
export const SELECT_SHEETS = {
  suggestion: 'Gợi ý',
  composition: 'Thành phần',
  priorities: 'Ưu tiên',
} as const;

const PLACE_FILL = { keep: FILL.green, tie: FILL.yellow, below: FILL.grey, review: FILL.yellow } as const;
const MARK = { pass: '✓', unknown: '?', fail: '' } as const;

/**
 * The round as a workbook for the council: one row per nominee the suggestion speaks of, with
 * its rank, the suggestion (coloured), a column per priority, the reason and what a nominee to
 * review still needs; the composition; the priorities with the plan's words. Ends with the
 * signature block, as the check's workbook does.
 */
export async function renderSelectXlsx(
  selection: Selection,
  lang: Lang,
  date: ReportDate,
): Promise<Uint8Array> {
  const { workbook, bytes } = reportWorkbook(
    date,
    `${selectWords(lang).title}: ${selection.check.campaign.title[lang]}`,
  );
  suggestionSheet(workbook, selection, lang, date);
  compositionSheet(workbook, selection, lang);
  prioritiesSheet(workbook, selection, lang);
  return bytes();
}

const HEADER_ROW = 5;

function suggestionSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  selection: Selection,
  lang: Lang,
  date: ReportDate,
): void {
  const w = selectWords(lang);
  const { campaign } = selection.check;
  const priorities = campaign.priorities?.priorities ?? [];
  const columns: Column[] = [
    { header: w.unit, max: 28 },
    { header: w.category },
    { header: w.seats, numeric: true },
    { header: w.eligible, numeric: true },
    { header: w.rank, numeric: true },
    { header: w.suggestion, indent: true },
    { header: w.name, max: 32, wrap: true },
    { header: w.born, numeric: true },
    { header: w.position, max: 36, wrap: true },
    ...priorities.map((p): Column => ({ header: p.title[lang], max: 14, min: 8 })),
    { header: w.reason, max: 60, wrap: true },
    { header: w.needs, max: 60, wrap: true },
    { header: w.where, max: 36 },
  ];
  const rows = selectRows(selection, lang);
  const values = rows.map((r): Value[] => [
    r.unit,
    categoryLabel(r.category, lang),
    r.seats,
    r.eligible,
    r.rank,
    r.place === 'review' ? w.review : w.place[r.place],
    r.nominee.name,
    r.nominee.birthYear,
    r.nominee.position,
    ...priorities.map((p) => {
      const found = r.ranked.priorities.find((x) => x.id === p.id);
      return found ? MARK[found.result] : null;
    }),
    r.reason,
    r.needs.join('\n'),
    nomineePosition(r.nominee),
  ]);
  const widths = measure(columns, values);
  const sheet = tableSheet(workbook, SELECT_SHEETS.suggestion, columns, {
    headerRow: HEADER_ROW,
    widths,
    rows: values.length,
    frozenColumns: 0,
  });
  const title = addRow(sheet, [`${w.title}: ${campaign.title[lang]}`]);
  title.getCell(1).font = { ...BOLD, size: 13 };
  title.commit();
  addRow(sheet, [sourceLine(selection.check, lang)]).commit();
  addRow(sheet, [w.notice]).commit();
  const ranking = selection.priorities
    ? `${w.priorities}: ${prioritiesLine(campaign, lang)}. ${w.ranking}: ${rankingWords(campaign, lang)}`
    : w.noPriorities;
  addRow(sheet, [ranking]).commit();
  writeHeader(sheet, columns);
  const placeColumn = 6;
  rows.forEach((r: SelectRow, i) => {
    const row = addRow(sheet, values[i] ?? [], columns);
    row.getCell(placeColumn).fill = solid(PLACE_FILL[r.place]);
    row.commit();
  });
  addRow(sheet, []).commit();
  addRow(sheet, [madeOn(date, lang)]).commit();
  signatureRows(sheet, signatureBlock(campaign, date, lang), columns);
  sheet.commit();
}

function compositionSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  selection: Selection,
  lang: Lang,
): void {
  const w = selectWords(lang);
  const cw = compositionWords(lang);
  const { nominated, eligible, suggested, undecided } = selection.composition;
  const groups = [nominated, eligible, suggested];
  const columns: Column[] = [
    { header: w.composition, max: 36 },
    ...[w.nominated, w.eligible, w.suggested].flatMap((h): Column[] => [
      { header: h, numeric: true },
      { header: '%', numeric: true },
    ]),
  ];
  const share = (x: Count): Value[] => [x.count, x.share];
  const traits = Object.keys(cw.traits) as (keyof typeof cw.traits)[];
  const values: Value[][] = [
    [w.individuals, ...groups.flatMap((g) => [g.individuals, null])],
    ...traits.map((t) => [cw.traits[t], ...groups.flatMap((g) => share(g[t]))]),
  ];
  const sheet = tableSheet(workbook, SELECT_SHEETS.composition, columns, {
    headerRow: 1,
    widths: measure(columns, values),
    rows: values.length,
    filter: false,
  });
  writeHeader(sheet, columns);
  for (const v of values) {
    const row = addRow(sheet, v, columns);
    for (const at of [3, 5, 7]) row.getCell(at).numFmt = '0%';
    row.commit();
  }
  if (undecided > 0) addRow(sheet, [w.undecided(undecided)]).commit();
  sheet.commit();
}

function prioritiesSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  selection: Selection,
  lang: Lang,
): void {
  const w = selectWords(lang);
  const { campaign } = selection.check;
  const list = selection.priorities?.priorities ?? [];
  const columns: Column[] = [
    { header: '#', numeric: true },
    { header: 'ID' },
    { header: w.priorities, max: 40, wrap: true },
    { header: w.category, max: 30, wrap: true },
    { header: campaign.plan.ref, max: 70, wrap: true },
  ];
  const values = list.map((p, i): Value[] => [
    i + 1,
    p.id,
    p.title[lang],
    p.category.map((c) => categoryLabel(c, lang)).join(', '),
    `${p.cite}: «${p.source}»`,
  ]);
  const sheet = tableSheet(workbook, SELECT_SHEETS.priorities, columns, {
    headerRow: 1,
    widths: measure(columns, values),
    rows: values.length,
  });
  writeHeader(sheet, columns);
  for (const v of values) addRow(sheet, v, columns).commit();
  if (list.length === 0) addRow(sheet, [null, null, w.noPriorities]).commit();
  sheet.commit();
}
