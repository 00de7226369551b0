/**
 * src/exceljs.ts and src/exceljs-stream.ts in the page: exceljs's browser build holds the whole-workbook model, which is
 * what the page reads a workbook with (a file held in memory is loaded whole) and writes the
 * template with. The streaming reader is for a large file on disk, which the page never has.
 */
import ExcelJS from 'exceljs';

export function workbookClass(): typeof ExcelJS.Workbook {
  return ExcelJS.Workbook;
}

export function workbookReaderClass(): never {
  throw new Error('the streaming workbook reader is not available in the page');
}
