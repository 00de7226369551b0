import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import { FILLS, renderTableWorkbook, type TableSheet } from '../report/table-workbook.js';
import type { DiffResult } from './diff.js';
import { diffView, type SideNames } from './view.js';

/** Sheet names stay Vietnamese in both languages, as the check's workbook keeps its own. */
export const DIFF_SHEETS = {
  summary: 'Tổng hợp',
  nominees: 'Đề nghị',
  cells: 'Ô thay đổi',
  rules: 'Tiêu chí',
} as const;

/**
 * The diff as a workbook to forward: the counts and the quota lines that moved; one row per
 * nominee added (green), removed (red) or changed (yellow) with both verdicts and both places;
 * one row per changed cell, old and new value at their places; one row per rule that moved, with
 * the evidence on both sides. Every table filters, so an officer can take one unit at a time.
 */
export async function renderDiffXlsx(
  diff: DiffResult,
  lang: Lang,
  options: { date: ReportDate; names?: SideNames },
): Promise<Uint8Array> {
  const view = diffView(diff, lang, options.names);
  const w = view.words;
  const title = [view.title, view.sides.old, view.sides.new, view.counts, ...(view.same ? [view.same] : [])];
  const summary: TableSheet = {
    name: DIFF_SHEETS.summary,
    title,
    columns: [
      { header: w.unit, width: 30, wrap: true },
      { header: w.category, width: 16 },
      { header: `${w.allocated} (${w.old.toLowerCase()})`, width: 11, center: true },
      { header: `${w.allocated} (${w.new.toLowerCase()})`, width: 11, center: true },
      { header: `${w.nominated} (${w.old.toLowerCase()})`, width: 11, center: true },
      { header: `${w.nominated} (${w.new.toLowerCase()})`, width: 11, center: true },
      { header: `${w.eligible} (${w.old.toLowerCase()})`, width: 11, center: true },
      { header: `${w.eligible} (${w.new.toLowerCase()})`, width: 11, center: true },
      { header: `${w.review} (${w.old.toLowerCase()})`, width: 11, center: true },
      { header: `${w.review} (${w.new.toLowerCase()})`, width: 11, center: true },
    ],
    rows: view.quota.map((q) => [
      q.unit,
      q.category,
      q.old.allocated,
      q.new.allocated,
      q.old.nominated,
      q.new.nominated,
      q.old.eligible,
      q.new.eligible,
      q.old.review,
      q.new.review,
    ]),
  };
  const nomineeRows = [
    ...view.added.map((n) => ({
      fill: FILLS.green,
      row: [w.added, n.name, n.category, n.unit, '', n.verdict, '', n.place, ''],
    })),
    ...view.removed.map((n) => ({
      fill: FILLS.red,
      row: [w.removed, n.name, n.category, n.unit, n.verdict, '', n.place, '', ''],
    })),
    ...view.changed.map((c) => ({
      fill: FILLS.yellow,
      row: [
        w.changed,
        c.name,
        c.category,
        c.unit,
        c.verdictChange?.old ?? c.verdict,
        c.verdictChange?.new ?? c.verdict,
        c.oldPlace,
        c.place,
        [
          ...c.cells.map((x) => `${x.header}: ${x.old} → ${x.new}`),
          ...c.rules.map((r) => `${r.id}: ${r.old} → ${r.new}`),
        ].join('\n'),
      ],
    })),
  ];
  const nominees: TableSheet = {
    name: DIFF_SHEETS.nominees,
    title,
    columns: [
      { header: w.change, width: 11 },
      { header: w.name, width: 30, wrap: true },
      { header: w.category, width: 15 },
      { header: w.unit, width: 26, wrap: true },
      { header: w.oldVerdict, width: 13 },
      { header: w.newVerdict, width: 13 },
      { header: w.oldPlace, width: 26, wrap: true },
      { header: w.newPlace, width: 26, wrap: true },
      { header: w.cellsAndRules, width: 44, wrap: true },
    ],
    rows: nomineeRows.map((r) => r.row),
    fills: nomineeRows.map((r) => r.fill),
  };
  const cells: TableSheet = {
    name: DIFF_SHEETS.cells,
    columns: [
      { header: w.name, width: 30, wrap: true },
      { header: w.column, width: 24, wrap: true },
      { header: w.oldValue, width: 28, wrap: true },
      { header: w.newValue, width: 28, wrap: true },
      { header: w.oldPlace, width: 26, wrap: true },
      { header: w.newPlace, width: 26, wrap: true },
    ],
    rows: view.changed.flatMap((c) =>
      c.cells.map((x) => [c.name, x.header, x.old, x.new, x.oldPlace, x.newPlace]),
    ),
  };
  const rules: TableSheet = {
    name: DIFF_SHEETS.rules,
    columns: [
      { header: w.name, width: 30, wrap: true },
      { header: w.rule, width: 30, wrap: true },
      { header: w.oldResult, width: 12 },
      { header: w.newResult, width: 12 },
      { header: w.oldWhy, width: 48, wrap: true },
      { header: w.newWhy, width: 48, wrap: true },
    ],
    rows: view.changed.flatMap((c) =>
      c.rules.map((r) => [c.name, `${r.id} ${r.title}`.trim(), r.old, r.new, r.oldWhy, r.newWhy]),
    ),
  };
  return renderTableWorkbook([summary, nominees, cells, rules], { title: view.title, date: options.date });
}
