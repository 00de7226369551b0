import type ExcelJS from 'exceljs';
import type { ReportDate } from './date.js';
import { xlsxValue } from './sanitize.js';
import { type DatedWorkbookWriter, FILL, reportWorkbook } from './xlsx.js';

/**
 * A workbook of plain tables, for the commands whose reports are lists rather than a check
 * (`diff`, `list`): each sheet a few title lines, one header row in bold on a fill, frozen, with
 * an autofilter, then its rows; wrapped text with rows made tall enough for it; A4 with the
 * header repeated on every printed page. Dated and marked as the check's report is, so the same
 * input gives the same bytes and a later `check` does not read it as nominees.
 */
export interface TableSheet {
  name: string;
  /** Lines above the table (a title in bold, the sources), each in column A. */
  title?: readonly string[];
  columns: readonly TableColumn[];
  rows: readonly (readonly TableValue[])[];
  /** A fill (ARGB) per row, or none. */
  fills?: readonly (string | undefined)[];
  orientation?: 'portrait' | 'landscape';
  /** Font of the whole sheet; Calibri 11 when left out. */
  font?: { name: string; size: number };
  /** Lines after the table (a signature block), each as cells from column A. */
  after?: readonly (readonly TableValue[])[];
}

export interface TableColumn {
  header: string;
  /** Width in characters. */
  width: number;
  wrap?: boolean;
  /** Centred: numbers in order, short codes. */
  center?: boolean;
}

export type TableValue = string | number | null;

/** The fills of the check's workbook, so every report colours a verdict alike. */
export const FILLS = FILL;

const LINE_HEIGHT = 1.35;

export async function renderTableWorkbook(
  sheets: readonly TableSheet[],
  meta: { title: string; date: ReportDate },
): Promise<Uint8Array> {
  const { workbook, bytes } = reportWorkbook(meta.date, meta.title);
  for (const spec of sheets) writeSheet(workbook, spec);
  return bytes();
}

function writeSheet(workbook: DatedWorkbookWriter, spec: TableSheet): void {
  const font = spec.font ?? { name: 'Calibri', size: 11 };
  const title = spec.title ?? [];
  const headerRow = title.length + (title.length > 0 ? 2 : 1);
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: spec.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    // the page number in the sheet's own font, not the program's default
    headerFooter: { oddFooter: `&C&"${font.name},Regular"&${font.size}&P / &N` },
  });
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  title.forEach((line, i) => {
    const row = sheet.addRow([xlsxValue(line)]);
    row.getCell(1).font = { ...font, bold: i === 0 };
    row.commit();
  });
  if (title.length > 0) sheet.addRow([]).commit();
  const header = sheet.addRow(spec.columns.map((c) => xlsxValue(c.header)));
  spec.columns.forEach((_, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { ...font, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS.header } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = border();
  });
  const headerHeight = height(
    spec.columns.map((c) => c.header),
    spec.columns,
    font.size,
  );
  if (headerHeight !== undefined) header.height = headerHeight;
  header.commit();
  sheet.autoFilter = `A${headerRow}:${column(spec.columns.length)}${headerRow + spec.rows.length}`;
  spec.rows.forEach((values, r) => {
    const row = sheet.addRow(values.map(xlsxValue));
    const fill = spec.fills?.[r];
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = font;
      cell.alignment = {
        vertical: 'top',
        wrapText: c.wrap === true,
        ...(c.center ? { horizontal: 'center' } : {}),
      };
      cell.border = border();
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
    const h = height(values, spec.columns, font.size);
    if (h !== undefined) row.height = h;
    row.commit();
  });
  for (const values of spec.after ?? []) {
    const row = sheet.addRow(values.map(xlsxValue));
    row.eachCell((cell) => {
      cell.font = font;
    });
    row.commit();
  }
  sheet.commit();
}

function border(): Partial<ExcelJS.Borders> {
  const thin = { style: 'thin' as const };
  return { top: thin, left: thin, bottom: thin, right: thin };
}

/** Excel does not grow a row when it opens a file: wrapped text needs its height set here. */
function height(
  values: readonly TableValue[],
  columns: readonly TableColumn[],
  size: number,
): number | undefined {
  let lines = 1;
  values.forEach((v, i) => {
    const c = columns[i];
    if (v === null || c === undefined) return;
    const room = Math.max(1, Math.floor((c.width - 1) * (11 / size)));
    const count = String(v)
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / room)), 0);
    lines = Math.max(lines, count);
  });
  return lines > 1 ? Math.ceil(lines * size * LINE_HEIGHT) : undefined;
}

function column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
