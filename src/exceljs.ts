import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * The parts of exceljs a run needs, each loaded when first asked for. `import 'exceljs'` loads
 * the workbook model, the streaming reader and the streaming writer together, a few hundred
 * CommonJS files; reading a small workbook needs the model alone, and a check of a few dozen
 * nominees spends most of its time loading code. These are the same classes `exceljs` exports;
 * the streaming reader is in `exceljs-stream.ts`.
 */
const require = createRequire(import.meta.url);

/** `ExcelJS.Workbook`: the whole-workbook model, for reading a small file or writing a report. */
export function workbookClass(): typeof ExcelJS.Workbook {
  return require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
}
