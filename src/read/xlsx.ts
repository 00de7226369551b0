import ExcelJS from 'exceljs';
import { type CellValue, fromExcel, type RawRow, type SheetSource } from './cells.js';

/**
 * The workbook's sheets in tab order. The whole workbook is loaded: exceljs's streaming
 * reader emits sheets in zip order, loses their names when `workbook.xml` comes late, and
 * ignores merged cells, which Vietnamese forms use for headers and for a unit spanning rows.
 * Callers consume rows as an async iterable, so a streaming reader can replace this one.
 */
export async function xlsxSheets(file: string): Promise<SheetSource[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => ({ name: ws.name, rows: worksheetRows(ws) }));
}

async function* worksheetRows(ws: ExcelJS.Worksheet): AsyncGenerator<RawRow> {
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells: CellValue[] = [];
    row.eachCell((cell, col) => {
      const master = cell.master;
      // A merge repeats its value down its own column (a unit spanning rows, a header spanning
      // the title rows) but not across: the columns to its right are part of the same cell.
      if (master !== cell && master.col !== cell.col) return;
      const value = fromExcel(master.value);
      if (value === null) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = value;
    });
    yield { number: r, cells };
  }
}
