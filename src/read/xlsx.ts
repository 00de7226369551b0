import type ExcelJS from 'exceljs';
import { workbookClass } from '../exceljs.js';
import {
  type CellNote,
  type CellValue,
  columnLetter,
  fromExcel,
  type RawRow,
  type SheetSource,
  uncomputedFormula,
  withoutControls,
} from './cells.js';
import { type Limits, limitError } from './limits.js';
import { forExceljs } from './opc.js';
import { YEAR_MAX, YEAR_MIN } from './values.js';

const DAY = 86_400_000;
/** Day 0 of Excel's serial dates, in the 1900 and the 1904 (old Mac) systems. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A year typed into a cell formatted as a date is stored as that many days: `2016` shows as
 * 08/07/1905 and exceljs hands out that date. No nominee list holds a real date in 1905, so
 * a date whose serial number is a plausible year is taken back as the number typed.
 */
function yearTypedAsDate(date: Date, date1904: boolean): number | null {
  const serial = (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY;
  return Number.isInteger(serial) && serial >= YEAR_MIN && serial <= YEAR_MAX ? serial : null;
}

/**
 * The workbook's sheets in tab order, the whole workbook loaded: what exceljs's workbook model
 * was written for, and what a small file is read with. A large one streams (`xlsx-stream.ts`),
 * which makes up for what the streaming reader leaves out so that both give the same rows.
 * The zip must have been checked first (`inspectWorkbook`): exceljs trusts its sizes.
 */
export async function xlsxSheets(bytes: Uint8Array, file: string, limits: Limits): Promise<SheetSource[]> {
  const Workbook = workbookClass();
  const workbook = new Workbook();
  const opc = await forExceljs(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  await workbook.xlsx.load(opc as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const date1904 = workbook.properties?.date1904 === true;
  return workbook.worksheets.map((ws) => {
    const hiddenColumns = new Set<number>();
    (ws.columns ?? []).forEach((column, index) => {
      if (column?.hidden) hiddenColumns.add(index);
    });
    return {
      name: withoutControls(ws.name),
      rows: worksheetRows(ws, { file, limits, date1904 }),
      hiddenColumns,
    };
  });
}

/** What reading a cell needs to know besides its value. */
export interface CellContext {
  file: string;
  limits: Limits;
  date1904: boolean;
}

async function* worksheetRows(ws: ExcelJS.Worksheet, ctx: CellContext): AsyncGenerator<RawRow> {
  const last = ws.rowCount;
  const where = { ...ctx, sheet: ws.name };
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const values: unknown[] = [];
    row.eachCell((cell, col) => {
      const master = cell.master;
      // A merge repeats its value down its own column (a unit spanning rows, a header spanning
      // the title rows) but not across: the columns to its right are part of the same cell.
      if (master === cell || master.col === cell.col) values[col - 1] = master.value;
    });
    yield toRawRow(row.hidden ? { number: r, values, hidden: true } : { number: r, values }, where);
  }
}

/**
 * A row of exceljs values by column (`values[0]` is column A), from either exceljs reader, as
 * the reader hands it on: each cell read by `readCell`, a blank left as `null`.
 */
export function toRawRow(
  row: { number: number; values: unknown[]; hidden?: boolean },
  ctx: CellContext & { sheet: string },
): RawRow {
  const cells: CellValue[] = [];
  const notes: CellNote[] = [];
  const { values, number } = row;
  for (let i = 0; i < values.length; i++) {
    const excel = values[i];
    if (excel === undefined) continue;
    const { value, note } = readCell(excel, i + 1, number, ctx);
    if (note) notes.push(note);
    if (value === null) continue;
    while (cells.length < i) cells.push(null);
    cells[i] = value;
  }
  const raw: RawRow = { number, cells };
  if (row.hidden) raw.hidden = true;
  if (notes.length > 0) raw.notes = notes;
  return raw;
}

/**
 * One cell as the reader hands it on, whichever exceljs reader gave its value (`col` 1-based):
 * flattened, a year typed into a date cell taken back, control characters dropped, its length
 * bounded; with a note when it is a formula the file holds no result for.
 */
function readCell(
  excelValue: unknown,
  col: number,
  row: number,
  ctx: CellContext & { sheet: string },
): { value: CellValue; note: CellNote | undefined } {
  const formula = uncomputedFormula(excelValue);
  const note: CellNote | undefined =
    formula === null ? undefined : { index: col - 1, code: 'E-FORMULA-NO-RESULT', args: { formula } };
  let value = fromExcel(excelValue);
  if (value instanceof Date) value = yearTypedAsDate(value, ctx.date1904) ?? value;
  else if (typeof value === 'string') value = withoutControls(value);
  if (typeof value === 'string' && value.length > ctx.limits.maxCellLength) {
    throw limitError('E-LIMIT-CELL-LENGTH', ctx.limits.maxCellLength, {
      file: ctx.file,
      sheet: ctx.sheet,
      row,
      cell: `${columnLetter(col - 1)}${row}`,
    });
  }
  return { value, note };
}
