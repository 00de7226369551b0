import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * exceljs's streaming reader, apart from its workbook model (`exceljs.ts`): it brings its own
 * unzip and temporary files, about as much code again, which a check of a small workbook never
 * runs. Imported when a large workbook streams, so the bundled command loads it only then.
 */
const require = createRequire(import.meta.url);

/** `ExcelJS.stream.xlsx.WorkbookReader`: the streaming reader, for a large file. */
export function workbookReaderClass(): typeof ExcelJS.stream.xlsx.WorkbookReader {
  return require('exceljs/lib/stream/xlsx/workbook-reader.js') as typeof ExcelJS.stream.xlsx.WorkbookReader;
}
