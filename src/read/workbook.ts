import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { type Limits, limitError, MB } from './limits.js';
import { SheetXml, xmlTags } from './workbook-xml.js';
import { entryText, inflateEntries, ZipDamaged, type ZipEntry, zipEntries } from './zip.js';

/** What a zip that is not an xlsx really is, by the entries each format must have. */
const OTHER_PACKAGES: [entry: string, actual: Text][] = [
  ['xl/workbook.bin', { vi: 'sổ làm việc nhị phân Excel (.xlsb)', en: 'an Excel binary workbook (.xlsb)' }],
  ['word/document.xml', { vi: 'văn bản Word (.docx)', en: 'a Word document (.docx)' }],
  [
    'ppt/presentation.xml',
    { vi: 'bản trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  ],
];

/** The content types of a workbook part (ECMA-376 Part 1 §12.3.23): a workbook, a template, macros. */
const SPREADSHEET_MAIN = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
]);

const OPENDOCUMENT = 'application/vnd.oasis.opendocument.';
const ODS: Text = { vi: 'bảng tính OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)' };
const ODT: Text = { vi: 'tài liệu OpenDocument', en: 'an OpenDocument file' };
const ZIP: Text = { vi: 'tệp nén .zip, không phải bảng tính', en: 'a .zip archive, not a spreadsheet' };

/** The sheets exceljs reads; other parts (styles, images) count towards the size only. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Make sure a zip is an xlsx that is safe to hand to exceljs: a workbook (not a Word file or an
 * OpenDocument spreadsheet), whole, unpacking to no more than the limit, with no more rows and
 * cells than the limits allow. Everything is checked before exceljs allocates anything; the
 * file itself was bounded before it was read (`workbookBytes`, index.ts).
 * Throws `InputError`: E-FORMAT, E-FILE-CORRUPT or an E-LIMIT-* code. `watch` may ask to see
 * an entry's pieces as they are inflated (the streaming reader's plan is read in the same pass)
 * and is told of each worksheet's XML as read; the entries come back in zip order.
 */
export async function inspectWorkbook(
  bytes: Uint8Array,
  file: string,
  limits: Limits,
  watch?: {
    entry?: (entry: ZipEntry) => ((piece: Uint8Array) => void) | undefined;
    sheet?: (entry: ZipEntry, sheet: SheetXml) => void;
  },
): Promise<ZipEntry[]> {
  try {
    const entries = await zipEntries(bytes);
    refuseOtherPackages(file, bytes, entries);
    if (entries.reduce((declared, e) => declared + e.size, 0) > limits.maxInflatedBytes) {
      throw limitError('E-LIMIT-SIZE', limits.maxInflatedBytes / MB, { file });
    }
    let cells = 0;
    const sheets: [ZipEntry, SheetXml][] = [];
    await inflateEntries(entries, (entry) => {
      const seen = watch?.entry?.(entry);
      if (!WORKSHEET.test(entry.name)) return seen;
      let rows = 0;
      const sheet = new SheetXml({
        cell() {
          if (++cells > limits.maxCells) throw limitError('E-LIMIT-CELLS', limits.maxCells, { file });
        },
        row() {
          if (++rows > limits.maxRows) throw limitError('E-LIMIT-ROWS', limits.maxRows, { file });
        },
      });
      sheets.push([entry, sheet]);
      return (piece) => {
        sheet.feed(piece);
        seen?.(piece);
      };
    });
    for (const [entry, sheet] of sheets) {
      sheet.end();
      watch?.sheet?.(entry, sheet);
    }
    return entries;
  } catch (error) {
    if (error instanceof ZipDamaged) {
      throw new InputError(finding('E-FILE-CORRUPT', { detail: error.message }, { file }));
    }
    throw error;
  }
}

function refuseOtherPackages(file: string, bytes: Uint8Array, entries: ZipEntry[]): void {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (byName.has('xl/workbook.xml')) return;
  // the OPC lets the workbook part have any name: its content type says what it is
  const types = byName.get('[Content_Types].xml');
  if (types && isWorkbookPackage(entryText(bytes, types, 64 * 1024))) return;
  let actual: Text = ZIP;
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const type = entryText(bytes, mimetype, 200).trim();
    if (type.startsWith(OPENDOCUMENT)) actual = type.endsWith('.spreadsheet') ? ODS : ODT;
  } else {
    for (const [entry, what] of OTHER_PACKAGES) if (byName.has(entry)) actual = what;
  }
  throw new InputError(finding('E-FORMAT', inLangs('actual', actual), { file }));
}

/** Whether `[Content_Types].xml` gives some part the content type of a workbook. */
function isWorkbookPackage(contentTypes: string): boolean {
  try {
    return xmlTags(contentTypes).some((tag) => SPREADSHEET_MAIN.has(tag.attributes.ContentType ?? ''));
  } catch {
    return false;
  }
}
