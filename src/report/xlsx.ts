import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { QuotaStatus } from '../checks/quota.js';
import { describeCriterion, descriptionLines } from '../engine/describe.js';
import type { Verdict } from '../engine/kleene.js';
import type { Judgement } from '../engine/types.js';
import { renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, type Lang, type Severity } from '../findings/finding.js';
import type { Kind } from '../model/categories.js';
import { buildCodeBook } from '../model/vocabulary.js';
import { type ReportDate, reportDate } from './date.js';
import { REPORT_KEYWORD } from './marker.js';
import { capitalised, nominationsStatus, QUOTA_COLUMNS, seatsCell, seatsTone } from './quota-words.js';
import { xlsxValue, xmlSafe } from './sanitize.js';
import { madeOn, type SignatureBlock, signatureBlock } from './signature.js';
import { findingsInPlace, type Sink } from './stream.js';
import {
  compositionTable,
  fieldOfCell,
  findingsByRow,
  inputColumns,
  markedValue,
  reasonLine,
  reasonsFor,
  ruleIds,
  selectionLine,
  TRAITS,
  WORDS,
  withMarkColumns,
} from './table.js';
import { categoryLabel, quotaEntryLabel } from './text.js';
import { statedRows, TOTALS_WORDS, totalsRows } from './totals.js';

/**
 * The workbook the federation forwards: summary, the two nominee lists with verdicts and the
 * cells that caused them highlighted, findings, rules. Sheet names stay Vietnamese in both
 * languages (people refer to them by name); headers and words follow `lang`.
 *
 * Written with exceljs's streaming writer: each row is committed as soon as it is built, so a
 * large input does not hold a second copy of itself as a workbook in memory.
 */
export async function renderXlsx(
  result: CheckResult,
  lang: Lang,
  given: XlsxOptions = {},
): Promise<Uint8Array> {
  const date = given.date ?? reportDate(lang);
  const { workbook, bytes } = reportWorkbook(date, result.campaign.title[lang]);
  const lists = KIND_SHEETS.map((kind) => {
    const list = nomineeList(result.campaign, lang, kind, inMemory(), given.notedRows);
    for (const j of result.judgements) if (j.nominee.kind === kind) list.add(j);
    return list;
  });
  await writeSheets(workbook, result, lang, date, lists, given.onNominee);
  return bytes();
}

export interface XlsxOptions {
  date?: ReportDate;
  onNominee?: () => void;
  /** Rows of each list whose cells get notes; `NOTED_ROWS` unless a test wants fewer. */
  notedRows?: number;
}

/** The nominee lists, one sheet each, in tab order. */
export const KIND_SHEETS = ['collective', 'individual'] as const satisfies readonly Kind[];

export async function writeSheets(
  workbook: DatedWorkbookWriter,
  result: CheckResult,
  lang: Lang,
  date: ReportDate,
  lists: readonly NomineeList[],
  onNominee: (() => void) | undefined,
  handedOut?: FindingList,
): Promise<void> {
  summarySheet(workbook, result, lang, date, lists);
  compositionSheet(workbook, result, lang);
  for (const list of lists) await nomineeSheet(workbook, result, lang, list, onNominee);
  await findingsSheet(workbook, result, lang, handedOut);
  rulesSheet(workbook, result.campaign, lang);
}

/**
 * A report workbook written into memory, or to `write` as the zip makes it: dated from `date`
 * (the document properties and every zip entry, so one input gives the same bytes) and carrying
 * the keyword by which a later run knows it for a report and does not read it as nominees
 * (marker.ts). `bytes` commits it and gives what was written into memory (nothing with `write`).
 */
export function reportWorkbook(
  date: ReportDate,
  title: string,
  write?: Sink,
): { workbook: DatedWorkbookWriter; bytes: () => Promise<Uint8Array> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => (write ? write(chunk) : chunks.push(chunk)));
  // `created` is read by the constructor (the types omit it) and dates the zip entries too
  const options = { stream: out, useStyles: true, useSharedStrings: false, created: date.instant };
  const workbook = new DatedWorkbookWriter(options);
  workbook.created = date.instant;
  workbook.modified = date.instant;
  workbook.creator = 'eligibility';
  workbook.lastModifiedBy = 'eligibility';
  workbook.keywords = REPORT_KEYWORD;
  workbook.title = title;
  return {
    workbook,
    bytes: async () => {
      await workbook.commit();
      return Buffer.concat(chunks);
    },
  };
}

/** The sheets, in tab order. */
export const SHEETS = {
  summary: 'Tổng hợp',
  composition: 'Thành phần',
  collective: 'Tập thể',
  individual: 'Cá nhân',
  findings: 'Phát hiện',
  rules: 'Quy tắc',
} as const;

type ZipAppend = (source: unknown, data: { name: string; date?: Date }) => unknown;

/**
 * exceljs stamps every zip entry with the current time and offers no option for it. The two
 * entries it adds in its constructor go through `addThemes` / `addOfficeRels`, the first
 * moment the zip exists, so the stamp is fixed there for every entry to come.
 */
export class DatedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  private stampZip(): void {
    const self = this as unknown as { zip?: { append: ZipAppend; dated?: boolean }; created: Date };
    const zip = self.zip;
    if (!zip || zip.dated) return;
    const append = zip.append.bind(zip);
    const date = self.created;
    zip.append = (source, data) => append(source, { ...data, date });
    zip.dated = true;
  }

  override addThemes(): Promise<void> {
    this.stampZip();
    return super.addThemes();
  }

  override addOfficeRels(): Promise<void> {
    this.stampZip();
    return super.addOfficeRels();
  }
}

export const FILL = {
  header: 'FFD9E1F2',
  red: 'FFFFC7CE',
  yellow: 'FFFFEB9C',
  green: 'FFC6EFCE',
  grey: 'FFEDEDED',
} as const;

const VERDICT_FILL: Record<Verdict, string> = {
  eligible: FILL.green,
  ineligible: FILL.red,
  review: FILL.yellow,
};
const SEATS_FILL: Record<QuotaStatus, string> = { over: FILL.red, full: FILL.green, under: FILL.yellow };
const SEVERITY_FILL: Record<Severity, string> = { error: FILL.red, warning: FILL.yellow, info: FILL.grey };

// A font without a name falls back to a serif face in LibreOffice; name the default one.
export const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };

export const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});

export interface Column {
  header: string;
  /** Long text: wrapped, and the column capped in width. */
  wrap?: boolean;
  /** Width bounds, in characters; the content's longest line decides in between. */
  min?: number;
  max?: number;
  /** Numbers: the header is right-aligned over them, as Excel aligns the numbers themselves. */
  numeric?: boolean;
  /** Text right of a number column: indented, so it does not run into the number beside it. */
  indent?: boolean;
  /** Set by `tableSheet` once measured. */
  width?: number;
}

export type Value = string | number | null | undefined;

/**
 * A sheet with a header on top of a table: frozen header (and `frozenColumns` on the left),
 * autofilter over the table unless `filter` is false, A4 landscape with the header rows (and
 * the frozen columns) repeated on every printed page. The header is one row, `headerRow`,
 * or the `headerRows` ending there. `widths` are measured from the values beforehand, since
 * a streamed sheet fixes its columns before its first row.
 */
export function tableSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Column[],
  layout: {
    headerRow: number;
    headerRows?: number;
    widths: number[];
    rows: number;
    frozenColumns?: number;
    pagesWide?: number;
    filter?: boolean;
  },
): ExcelJS.Worksheet {
  const { headerRow, headerRows = 1, widths, rows, frozenColumns = 0, pagesWide = 1, filter = true } = layout;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: frozenColumns }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: pagesWide,
      fitToHeight: 0,
      printTitlesRow: `${headerRow - headerRows + 1}:${headerRow}`,
      ...(frozenColumns > 0 && pagesWide > 1
        ? { printTitlesColumn: `A:${columnLetter(frozenColumns)}` }
        : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${name.replace(/&/g, '&&')}&R&P / &N` },
  });
  columns.forEach((c, i) => {
    c.width = Math.min(c.max ?? 50, Math.max(c.min ?? 6, (widths[i] ?? 0) + 2));
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  if (filter) sheet.autoFilter = `A${headerRow}:${columnLetter(columns.length)}${headerRow + rows}`;
  return sheet;
}

/**
 * The header row: bold on a fill, wrapped, each header aligned as its values are (numbers to
 * the right). `from` leaves the columns before it empty, for a small table under a larger one.
 */
export function writeHeader(
  sheet: ExcelJS.Worksheet,
  columns: Column[],
  options: { fill?: boolean; from?: number } = {},
): void {
  const from = options.from ?? 1;
  const row = sheet.addRow(columns.map((c, i) => (i + 1 < from ? null : c.header)));
  for (let at = from; at <= columns.length; at++) {
    const cell = row.getCell(at);
    const column = columns[at - 1];
    cell.font = BOLD;
    if (options.fill !== false) cell.fill = solid(FILL.header);
    cell.alignment = {
      vertical: 'bottom',
      horizontal: column?.numeric ? 'right' : 'left',
      // LibreOffice and Excel indent only an explicitly aligned cell
      ...(column?.indent ? { indent: 1 } : {}),
      wrapText: true,
    };
    cell.border = { bottom: { style: 'thin' } };
  }
  const height = rowHeight(
    columns.map((c) => c.header),
    columns.map((c) => ({ ...c, wrap: true })),
  );
  if (height !== undefined) row.height = height;
  row.commit();
}

const LINE_HEIGHT = 15;

function optional(text: string | undefined): string[] {
  return text === undefined ? [] : [text];
}

/**
 * Wrapped text needs its row made tall enough: Excel and LibreOffice do not grow a row when
 * they open a file, so the height is estimated here from the text and the column widths.
 */
function rowHeight(values: readonly Value[], columns: readonly Column[]): number | undefined {
  let lines = 1;
  values.forEach((v, i) => {
    const c = columns[i];
    if (v === null || v === undefined || !c?.wrap || c.width === undefined) return;
    const room = Math.max(1, c.width - 2);
    const count = String(v)
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / room)), 0);
    lines = Math.max(lines, count);
  });
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}

/** Add a row of values, each cell made a plain string or number (see sanitize.ts). */
export function addRow(
  sheet: ExcelJS.Worksheet,
  values: readonly Value[],
  columns?: readonly Column[],
): ExcelJS.Row {
  const row = sheet.addRow(values.map(xlsxValue));
  row.alignment = { vertical: 'top' };
  columns?.forEach((c, i) => {
    if (c.wrap || c.indent)
      row.getCell(i + 1).alignment = {
        vertical: 'top',
        ...(c.wrap ? { wrapText: true } : {}),
        ...(c.indent ? { horizontal: 'left', indent: 1 } : {}),
      };
  });
  const height = columns ? rowHeight(values, columns) : undefined;
  if (height !== undefined) row.height = height;
  return row;
}

/**
 * Longest line of each column, header included. A column whose values are all numbers is
 * marked `numeric` on the way, so its header lines up with them.
 */
export function measure(columns: Column[], rows: Iterable<readonly Value[]>): number[] {
  const measuring = new Measuring(columns);
  for (const row of rows) measuring.add(row);
  return measuring.result();
}

function longestLine(value: Value, cap: number): number {
  if (value === null || value === undefined) return 0;
  return Math.min(
    cap,
    Math.max(
      ...String(value)
        .split('\n')
        .map((l) => [...l.normalize('NFC')].length),
    ),
  );
}

function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

const SUMMARY_WORDS = {
  vi: {
    columns: [...QUOTA_COLUMNS.vi, 'Dòng lặp lại'],
    files: 'Tệp',
  },
  en: {
    columns: [...QUOTA_COLUMNS.en, 'Repeated rows'],
    files: 'Files',
  },
} as const;

/** Rows above the summary's table: title, plan and files, the tally, a gap. */
const SUMMARY_HEADER_ROW = 5;

function summarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  result: CheckResult,
  lang: Lang,
  date: ReportDate,
  lists: readonly NomineeList[],
): void {
  const w = SUMMARY_WORDS[lang];
  const { campaign } = result;
  const columns: Column[] = w.columns.map((header) => ({ header, min: 12 }));
  const unitNames = new Map(campaign.units.map((u) => [u.id, u.name]));
  const tableRows = result.quota.map((q): Value[] => [
    unitNames.get(q.unit) ?? q.unit,
    quotaEntryLabel(q, lang, campaign),
    q.allocated,
    q.nominated,
    q.eligible,
    q.review,
    capitalised(nominationsStatus(q, lang)),
    capitalised(seatsCell(q, lang)),
    q.repeats,
  ]);
  const widths = measure(columns, tableRows);
  const sheet = tableSheet(workbook, SHEETS.summary, columns, {
    headerRow: SUMMARY_HEADER_ROW,
    widths,
    rows: tableRows.length,
  });

  const title = sheet.addRow([campaign.title[lang]]);
  title.font = { name: 'Calibri', size: 14, bold: true };
  title.commit();
  const words = WORDS[lang];
  const period = `${campaign.period.from}–${campaign.period.to}`;
  addRow(sheet, [
    [
      `${words.plan} ${campaign.plan.ref} · ${words.period} ${period} · ${w.files}: ${result.files.join(', ')}`,
      ...optional(selectionLine(result, lang)),
      madeOn(date, lang),
    ].join(' · '),
  ]).commit();
  addRow(sheet, [words.tally(result.summary)]).commit();
  addRow(sheet, []).commit();
  writeHeader(sheet, columns);

  result.quota.forEach((q, i) => {
    const row = addRow(sheet, tableRows[i] as Value[], columns);
    // both readings (DOMAIN.md §4): green only where eligible nominees fill the seats
    const status = row.getCell(7);
    if (q.status === 'over') {
      status.fill = solid(FILL.red);
      status.font = { ...BOLD, color: { argb: 'FF9C0006' } };
    }
    const tone = seatsTone(q);
    if (tone !== 'none' && (q.allocated > 0 || q.nominated > 0))
      row.getCell(8).fill = solid(SEATS_FILL[tone]);
    row.commit();
  });

  summaryFooter(sheet, result, lang, date, columns);
  const unnoted = lists.filter((l) => l.rows.count > l.noted);
  if (unnoted.length > 0) {
    addRow(sheet, []).commit();
    addRow(sheet, [notesLine(unnoted, lang)]).commit();
  }
  sheet.commit();
}

/**
 * What follows the summary's table: the province's totals by category, the totals the plan's
 * text states against what its table adds up to, and the signatures. They sit below the
 * filtered table, so filtering the table leaves them alone, and use its columns: labels under
 * `Đối tượng`, numbers under the numbers' headers.
 */
function summaryFooter(
  sheet: ExcelJS.Worksheet,
  result: CheckResult,
  lang: Lang,
  date: ReportDate,
  columns: readonly Column[],
): void {
  const t = TOTALS_WORDS[lang];
  addRow(sheet, []).commit();
  const totalsHead = addRow(sheet, [t.totals]);
  totalsHead.font = BOLD;
  totalsHead.commit();
  for (const r of totalsRows(result, lang)) {
    const row = addRow(sheet, ['', r.label, r.allocated, r.nominated, r.eligible, r.review]);
    if (r.all) {
      row.font = BOLD;
      for (let c = 2; c <= 6; c++) row.getCell(c).border = { top: THIN };
    }
    row.commit();
  }

  const stated = statedRows(result, lang);
  if (stated.rows.length > 0) {
    addRow(sheet, []).commit();
    const head = addRow(sheet, [stated.title]);
    head.font = BOLD;
    head.commit();
    // the stated table's own headers over the quota table's number columns, wrapped and
    // right-aligned as their numbers are, so a long one never runs into its neighbour
    const statedColumns: Column[] = ['', ...t.statedColumns].map((header, i) => ({
      header,
      wrap: true,
      numeric: i >= 2,
      width: columns[i]?.width,
    }));
    writeHeader(sheet, statedColumns, { fill: false, from: 2 });
    for (const r of stated.rows) {
      const row = addRow(sheet, ['', r.label, r.stated, r.table, r.difference]);
      if (r.difference !== 0) {
        row.getCell(5).fill = solid(FILL.red);
        row.getCell(5).font = { ...BOLD, color: { argb: 'FF9C0006' } };
      }
      row.getCell(5).numFmt = '+0;-0;0';
      row.commit();
    }
  }
  signatureRows(sheet, signatureBlock(result.campaign, date, lang), columns);
}

/**
 * The signatures under the summary, as an administrative report closes: the place and date in
 * italics over the approver on the right, each title in bold capitals, the hint to sign below,
 * then room to sign. The left signer spans the first two columns, the right one as many of the
 * last columns as its date line needs (a merged cell clips what does not fit).
 */
export function signatureRows(
  sheet: ExcelJS.Worksheet,
  block: SignatureBlock,
  columns: readonly Column[],
): void {
  addRow(sheet, []).commit();
  const width = columns.length;
  const left: [number, number] = [1, 2];
  let start = width;
  let room = columns[width - 1]?.width ?? 0;
  while (start > 3 && room < [...block.placeDate].length + 2) {
    start--;
    room += columns[start - 1]?.width ?? 0;
  }
  const right: [number, number] = [start, width];
  // rows of ordinary height: a tall row for the signature itself would be the one a page break
  // pushes onto the next sheet of paper, away from the titles; the paper below gives the room
  const line = (cells: { at: [number, number]; text: string; font: Partial<ExcelJS.Font> }[]): void => {
    const values: Value[] = Array.from({ length: width }, () => null);
    for (const c of cells) values[c.at[0] - 1] = c.text;
    const row = addRow(sheet, values);
    const number = row.number;
    for (const c of cells) {
      const cell = row.getCell(c.at[0]);
      cell.font = c.font;
      cell.alignment = { horizontal: 'center', vertical: 'top' };
      if (c.at[1] > c.at[0]) sheet.mergeCells(number, c.at[0], number, c.at[1]);
    }
    row.commit();
  };
  const italic: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, italic: true };
  const [prepared, approved] = block.signers;
  line([{ at: right, text: block.placeDate, font: italic }]);
  line([
    { at: left, text: prepared.title, font: BOLD },
    { at: right, text: approved.title, font: BOLD },
  ]);
  line([
    { at: left, text: prepared.hint, font: italic },
    { at: right, text: approved.hint, font: italic },
  ]);
}

/**
 * Who the individuals are, per unit with individuals and in total: one row each, so units can
 * be compared down a column. Each group the plan favours has its count, its share (an Excel
 * percentage) and its blank cells, under one merged heading. A sheet of its own: under the
 * summary's frozen and printed quota header its columns would be misnamed. No autofilter: a
 * filter would hide or sort the total among the units.
 */
function compositionSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  result: CheckResult,
  lang: Lang,
): void {
  const { title, headers, rows, note } = compositionTable(result, lang);
  const columns: Column[] = [
    { header: headers.unit, min: 20, max: 40 },
    { header: headers.individuals, min: 9 },
    ...TRAITS.flatMap(() => [
      { header: headers.count, min: 9 },
      { header: headers.share, min: 9 },
      { header: headers.blank, min: 9 },
    ]),
  ];
  const values = rows.map(({ label, group: g }): Value[] => [
    label,
    g.individuals,
    ...TRAITS.flatMap((t) => [g[t].count, g[t].share, g[t].unknown]),
  ]);
  const sheet = tableSheet(workbook, SHEETS.composition, columns, {
    headerRow: COMPOSITION_HEADER_ROW,
    headerRows: 2,
    widths: measure(columns, values),
    rows: values.length,
    frozenColumns: 1,
    filter: false,
  });

  const heading = sheet.addRow([title]);
  heading.font = { name: 'Calibri', size: 14, bold: true };
  heading.commit();
  // each group's name above its three columns; unit and individuals span both header rows
  const groups = addRow(sheet, [
    headers.unit,
    headers.individuals,
    ...TRAITS.flatMap((t) => [headers.traits[t], null, null]),
  ]);
  const parts = addRow(sheet, [
    null,
    null,
    ...TRAITS.flatMap(() => [headers.count, headers.share, headers.blank]),
  ]);
  // a streamed row can no longer be merged once committed
  const top = COMPOSITION_HEADER_ROW - 1;
  sheet.mergeCells(top, 1, top + 1, 1);
  sheet.mergeCells(top, 2, top + 1, 2);
  TRAITS.forEach((_, i) => {
    sheet.mergeCells(top, 3 + i * 3, top, 5 + i * 3);
  });
  // a line before each group's three columns keeps its blanks apart from the next group's count
  const edge = (c: number): Partial<ExcelJS.Borders> => (c > 2 && (c - 3) % 3 === 0 ? { left: THIN } : {});
  for (const row of [groups, parts]) {
    for (let c = 1; c <= columns.length; c++) {
      const cell = row.getCell(c);
      cell.font = BOLD;
      cell.fill = solid(FILL.header);
      cell.alignment = { vertical: 'middle', wrapText: true, ...(c > 1 ? { horizontal: 'center' } : {}) };
      cell.border = { bottom: THIN, ...edge(c) };
    }
    row.commit();
  }

  rows.forEach((r, i) => {
    const row = addRow(sheet, values[i] as Value[]);
    TRAITS.forEach((t, k) => {
      row.getCell(4 + k * 3).numFmt = '0%';
      // a blank cell makes the share a lower bound: it is marked where there is one
      if (r.group[t].unknown > 0) row.getCell(5 + k * 3).fill = solid(FILL.yellow);
    });
    if (r.total) row.font = BOLD;
    for (let c = 1; c <= columns.length; c++)
      row.getCell(c).border = { ...(r.total ? { top: THIN } : {}), ...edge(c) };
    row.commit();
  });
  if (note) {
    addRow(sheet, []).commit();
    addRow(sheet, [note]).commit();
  }
  sheet.commit();
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Row of the composition's column headings; the groups' headings are the row above, the title above them. */
const COMPOSITION_HEADER_ROW = 3;

const NOTE_MARK = { fail: '✗', unknown: '?', error: '✗', warning: '!', info: 'i' } as const;

/** A nominee's row as its sheet shows it, made when the nominee is judged. */
export interface NomineeRow {
  values: Value[];
  verdict: Verdict;
  /** The reasons each input cell gets a note for: field, line, whether it fails. */
  reasons: [string, string, boolean][];
  file: string;
  sheet: string;
  row: number;
  cells: Record<string, string>;
  /**
   * The nominee's D-DUP (`Judgement.duplicate`), for a check that hands it out with the
   * judgement instead of keeping it among the findings (`CheckResult.findingBefore`).
   */
  duplicate?: Finding;
}

/** Rows gathered in memory (a whole render) or put aside on disk (a streamed one). */
export interface Rows {
  add(row: NomineeRow): void;
  read(): Iterable<NomineeRow> | AsyncIterable<NomineeRow>;
  count: number;
  remove?(): void;
}

export function inMemory(): Rows {
  const rows: NomineeRow[] = [];
  return {
    add: (row) => rows.push(row),
    read: () => rows,
    get count() {
      return rows.length;
    },
  };
}

/**
 * Cells get notes (comments) saying why they are coloured on this many rows of each list; the
 * rows after keep their colours and say their reasons in the reasons column, as every row does.
 * exceljs writes a sheet's notes as parts of their own that the zip takes only after the sheet,
 * so they wait in memory until then: bounded, they cost a few megabytes; unbounded, a million
 * rows' notes were most of the memory a streamed workbook took. The summary says where they stop.
 */
export const NOTED_ROWS = 10_000;

export type NomineeList = ReturnType<typeof nomineeList>;

/**
 * One kind's sheet being filled: its columns, its rows and their widths measured as they come,
 * since a streamed sheet fixes its columns before its first row.
 */
export function nomineeList(campaign: Campaign, lang: Lang, kind: Kind, rows: Rows, noted = NOTED_ROWS) {
  const w = WORDS[lang];
  const book = buildCodeBook(campaign.vocabulary);
  const inputs = withMarkColumns(inputColumns([kind], campaign, lang), lang);
  const nameAt = inputs.findIndex((c) => c.key === 'name');
  const rest = inputs.filter((_, i) => i !== nameAt);
  // Name and verdict lead, stay in view when scrolling right and are repeated on every printed
  // page; then where the row came from, the form as it was filled in, and the reasons.
  const columns: Column[] = [
    { header: inputs[nameAt]?.header ?? '', wrap: true, min: 20, max: 28 },
    { header: w.verdictHeader, min: 10 },
    { header: w.file, min: 8, max: 16 },
    { header: w.sheet, min: 7, max: 10 },
    { header: w.row, min: 5 },
    ...rest.map((c) => ({ header: c.header, wrap: true, min: c.wide ? 12 : 7, max: c.wide ? 20 : 11 })),
    { header: w.failed, wrap: true, min: 11, max: 14 },
    { header: w.open, wrap: true, min: 11, max: 14 },
    { header: w.reasons, wrap: true, min: 40, max: 60 },
  ];
  const keys = ['name', '', '', '', '', ...rest.map((c) => c.key)];
  const widths = new Measuring(columns);
  return {
    kind,
    columns,
    keys,
    rows,
    widths,
    noted,
    add(j: Judgement): void {
      const n = j.nominee;
      const reasons = reasonsFor(j, campaign, lang);
      const values: Value[] = [
        n.name,
        w.verdict[j.verdict],
        n.file,
        n.sheet,
        n.row,
        ...rest.map((c) => markedValue(j, c.key, campaign, book, lang)),
        ruleIds(reasons, 'fail'),
        ruleIds(reasons, 'unknown'),
        reasons.map((r) => `${NOTE_MARK[r.result]} ${reasonLine(r)}`).join('\n'),
      ].map(storable);
      widths.add(values);
      rows.add({
        values,
        verdict: j.verdict,
        reasons: reasons.flatMap((r) =>
          r.fields.map((f): [string, string, boolean] => [
            f,
            `${NOTE_MARK[r.result]} ${reasonLine(r)}`,
            r.result === 'fail',
          ]),
        ),
        file: n.file,
        sheet: n.sheet,
        row: n.row,
        cells: n.cells,
        ...(j.duplicate ? { duplicate: j.duplicate } : {}),
      });
    },
  };
}

/** A value as a spooled row keeps it: JSON has no NaN or Infinity, so they are the text they show. */
function storable(v: Value): Value {
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : (v ?? null);
}

async function nomineeSheet(
  workbook: DatedWorkbookWriter,
  result: CheckResult,
  lang: Lang,
  list: NomineeList,
  onNominee?: () => void,
): Promise<void> {
  const { columns, keys } = list;
  const rowFindings = withHandedOut(findingsByRow(result.findings), result.findingBefore);
  const inputColumn = (key: string): number | undefined => {
    const at = keys.indexOf(key);
    return at < 0 || key === '' ? undefined : at + 1;
  };
  const sheet = tableSheet(workbook, SHEETS[list.kind], columns, {
    headerRow: 1,
    widths: list.widths.result(),
    rows: list.rows.count,
    frozenColumns: 2,
    pagesWide: 2,
  });
  writeHeader(sheet, columns);

  let written = 0;
  for await (const r of list.rows.read()) {
    onNominee?.();
    const row = addRow(sheet, r.values, columns);
    row.getCell(2).fill = solid(VERDICT_FILL[r.verdict]);

    // Each input cell behind a failing or open rule, or named by a finding, gets a colour and a note.
    const notes = new Map<number, { lines: string[]; fail: boolean }>();
    const note = (key: string, line: string, fail: boolean): void => {
      const at = inputColumn(key);
      if (at === undefined) return;
      const entry = notes.get(at) ?? { lines: [], fail: false };
      entry.lines.push(line);
      entry.fail ||= fail;
      notes.set(at, entry);
    };
    for (const [field, line, fail] of r.reasons) note(field, line, fail);
    for (const f of rowFindings(r)) {
      const key = fieldOfCell(r, f.cell);
      if (key !== undefined)
        note(key, `${NOTE_MARK[f.severity]} ${f.code}: ${renderFinding(f, lang)}`, f.severity === 'error');
    }
    const noted = written < list.noted;
    for (const [at, { lines, fail }] of notes) {
      const cell = row.getCell(at);
      cell.fill = solid(fail ? FILL.red : FILL.yellow);
      if (!noted) continue;
      const ref = r.cells[keys[at - 1] ?? ''];
      const source = ref ? `\n(${formatPosition({ file: r.file, sheet: r.sheet, cell: ref })})` : '';
      cell.note = xmlSafe(`${lines.join('\n')}${source}`);
    }
    row.commit();
    if (++written % KEEP_UP_EVERY === 0) await keepingUp(sheet);
  }
  sheet.commit();
}

/**
 * A row's findings in the order the findings sheet lists them: those the check kept, and the
 * row's D-DUP where the check handed it out with the judgement, put in its place among them.
 */
function withHandedOut(
  kept: (r: NomineeRow) => Finding[],
  before: CheckResult['findingBefore'],
): (r: NomineeRow) => Finding[] {
  if (before === undefined) return kept;
  return (r) => {
    const found = kept(r);
    const duplicate = r.duplicate;
    if (duplicate === undefined) return found;
    const at = found.findIndex((f) => !before(f, duplicate));
    return at < 0 ? found.concat(duplicate) : found.slice(0, at).concat(duplicate, found.slice(at));
  };
}

/** Where the cells' notes stop, said on the summary when a list is longer than its noted rows. */
function notesLine(lists: readonly NomineeList[], lang: Lang): string {
  const noted = lists[0]?.noted ?? NOTED_ROWS;
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US');
  const counts = lists.map((l) => `${SHEETS[l.kind]}: ${number.format(l.rows.count)}`).join('; ');
  const reasons = WORDS[lang].reasons;
  return lang === 'vi'
    ? `Ghi chú trên ô chỉ có ở ${number.format(noted)} dòng đầu của mỗi danh sách (${counts} dòng); các dòng sau vẫn tô màu ô và ghi lý do ở cột "${reasons}".`
    : `Cell notes are on the first ${number.format(noted)} rows of each list only (${counts} rows); later rows keep their cell colours and give their reasons in the "${reasons}" column.`;
}

/** Rows written between two looks at how far the zip has come. */
const KEEP_UP_EVERY = 256;
/** Bytes of sheet XML allowed to wait for the zip before the writing pauses for it. */
const BACKLOG = 4 * 1024 * 1024;

/**
 * Wait while the zip is behind. exceljs's streaming writer never waits: a committed row's XML
 * goes into the sheet's buffer and on to the zip's deflate, ignoring what either says about
 * being full, so rows made faster than they are compressed pile up in memory (a million rows
 * took gigabytes). The sheet's buffer and the stream it is piped into are looked at every
 * `KEEP_UP_EVERY` rows, and the writing waits a millisecond at a time until both are nearly empty.
 */
async function keepingUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const buffer = (sheet as unknown as { stream?: SheetBuffer }).stream;
  // the page's workbook (page/shims/exceljs-package.ts) is written whole, with no sheet buffer
  if (!Array.isArray(buffer?.buffers)) return;
  const waiting = () =>
    buffer.buffers.length * SHEET_BUFFER +
    buffer.pipes.reduce((n, p) => n + (p.writableLength ?? 0) + (p.readableLength ?? 0), 0);
  while (waiting() > BACKLOG) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** What `keepingUp` reads of exceljs's sheet buffer (utils/stream-buf.js): its 64 KB buffers and its pipes. */
interface SheetBuffer {
  buffers: unknown[];
  pipes: { writableLength?: number; readableLength?: number }[];
}
const SHEET_BUFFER = 64 * 1024;

class Measuring {
  private readonly widths: number[];
  private readonly kinds: { numbers: number; others: number }[];

  constructor(private readonly columns: Column[]) {
    // headers wrap, so a long one only asks for the room of a short line
    this.widths = columns.map((c) => longestLine(c.header, 12));
    this.kinds = columns.map(() => ({ numbers: 0, others: 0 }));
  }

  add(row: readonly Value[]): void {
    row.forEach((v, i) => {
      this.widths[i] = Math.max(this.widths[i] ?? 0, longestLine(v, 200));
      const kind = this.kinds[i];
      if (kind === undefined || v === null || v === undefined || v === '') return;
      if (typeof v === 'number') kind.numbers++;
      else kind.others++;
    });
  }

  /** The widths; a column whose values are all numbers is marked `numeric`, its neighbour indented. */
  result(): number[] {
    const { columns, kinds } = this;
    columns.forEach((c, i) => {
      const kind = kinds[i];
      if (c.numeric === undefined && kind && kind.numbers > 0 && kind.others === 0) c.numeric = true;
    });
    columns.forEach((c, i) => {
      if (!c.numeric && columns[i - 1]?.numeric && c.indent === undefined) c.indent = true;
    });
    return this.widths;
  }
}

const FINDING_WORDS = {
  vi: ['Mức độ', 'Mã', 'Tệp', 'Trang', 'Dòng', 'Cột', 'Ô', 'Nội dung'],
  en: ['Severity', 'Code', 'File', 'Sheet', 'Row', 'Column', 'Cell', 'Message'],
} as const;

/** Findings put aside while a check streams, in input order; `inMemory`'s counterpart for nominee rows. */
export interface FindingRows {
  add(finding: Finding): void;
  read(): AsyncIterable<Finding>;
  count: number;
  remove?(): void;
}

export type FindingList = ReturnType<typeof findingList>;

/**
 * The findings sheet's columns, with their widths measured as findings come: those a streamed
 * check hands out with their judgements (D-DUP) are put aside in `rows` as they come, since
 * a list that repeats most of its nominees has one a row.
 */
export function findingList(lang: Lang, rows?: FindingRows) {
  const shape: Omit<Column, 'header'>[] = [
    { min: 9 },
    { min: 10 },
    { min: 10, max: 20 },
    { min: 7, max: 10 },
    { min: 5 },
    { wrap: true, min: 10, max: 22 },
    { min: 5 },
    { wrap: true, min: 40, max: 80 },
  ];
  const columns: Column[] = FINDING_WORDS[lang].map((header, i) => ({ header, ...shape[i] }));
  const widths = new Measuring(columns);
  const values = (f: Finding): Value[] => [
    WORDS[lang].severity[f.severity],
    f.code,
    f.file,
    f.sheet,
    f.row,
    f.column,
    f.cell,
    renderFinding(f, lang),
  ];
  return {
    columns,
    widths,
    rows,
    values,
    add(f: Finding): void {
      widths.add(values(f));
      rows?.add(f);
    },
  };
}

/**
 * Every finding, those the check kept and, with `handedOut`, those it handed out with their
 * judgements put back in their places. Findings can be as many as the rows (a list that repeats
 * most of its nominees has a D-DUP a row), so their rows are made twice, once to measure the
 * columns and once to write, rather than held, and the writing keeps up with the zip as a
 * nominee sheet's does.
 */
async function findingsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  result: CheckResult,
  lang: Lang,
  handedOut: FindingList | undefined,
): Promise<void> {
  const before = result.findingBefore;
  const list = before !== undefined && handedOut !== undefined ? handedOut : findingList(lang);
  const { columns, values } = list;
  for (const f of result.findings) list.widths.add(values(f));
  const sheet = tableSheet(workbook, SHEETS.findings, columns, {
    headerRow: 1,
    widths: list.widths.result(),
    rows: result.findings.length + (list.rows?.count ?? 0),
  });
  writeHeader(sheet, columns);
  let written = 0;
  const rows =
    list.rows !== undefined && before !== undefined
      ? findingsInPlace(result.findings, list.rows.read(), before)
      : result.findings;
  for await (const f of rows) {
    const row = addRow(sheet, values(f), columns);
    row.getCell(1).fill = solid(SEVERITY_FILL[f.severity]);
    row.commit();
    if (++written % KEEP_UP_EVERY === 0) await keepingUp(sheet);
  }
  sheet.commit();
}

const RULE_WORDS = {
  vi: [
    'Mã',
    'Đối tượng',
    'Tiêu chí',
    'Điều kiện',
    'Căn cứ',
    'Nguyên văn kế hoạch',
    'Cách hiểu',
    'Chỉ áp dụng khi',
  ],
  en: ['Id', 'Categories', 'Criterion', 'Condition', 'Source', 'Plan text', 'Reading', 'Applies only when'],
} as const;

function rulesSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, campaign: Campaign, lang: Lang): void {
  const shape: Omit<Column, 'header'>[] = [
    { min: 10 },
    { wrap: true, min: 12, max: 16 },
    { wrap: true, min: 16, max: 30 },
    { wrap: true, min: 30, max: 60 },
    { min: 12, max: 24 },
    { wrap: true, min: 30, max: 60 },
    { wrap: true, min: 12, max: 40 },
    { wrap: true, min: 12, max: 24 },
  ];
  const columns: Column[] = RULE_WORDS[lang].map((header, i) => ({ header, ...shape[i] }));
  const rows = campaign.criteria.map((c): Value[] => {
    const reading = c.interpretation ? c.interpretations?.[c.interpretation]?.note[lang] : undefined;
    const applies = c.appliesWhen
      ? describeCriterion({ ...c, test: c.appliesWhen, interpretations: undefined }, lang, campaign).text
      : undefined;
    return [
      c.id,
      c.category.map((cat) => categoryLabel(cat, lang, campaign.kinds)).join(', '),
      c.title[lang],
      descriptionLines(describeCriterion(c, lang, campaign)).join('\n'),
      `${campaign.plan.ref} ${c.cite}`,
      c.source,
      reading,
      applies,
    ];
  });
  const sheet = tableSheet(workbook, SHEETS.rules, columns, {
    headerRow: 1,
    widths: measure(columns, rows),
    rows: rows.length,
    frozenColumns: 1,
    pagesWide: 2,
  });
  writeHeader(sheet, columns);
  for (const values of rows) addRow(sheet, values, columns).commit();
  sheet.commit();
}
