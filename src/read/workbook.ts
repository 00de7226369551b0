import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { inputName, type NomineeInput, openInput, type RandomAccess } from './input.js';
import { type Limits, limitError, MB } from './limits.js';
import { unreadableArgs } from './sniff.js';
import { centralDirectory, entryText, inflateEntry, ZipDamaged, type ZipEntry } from './zip.js';

/** What a zip that is not an xlsx really is, by the entries each format must have. */
const OTHER_PACKAGES: [entry: string, actual: Text][] = [
  ['xl/workbook.bin', { vi: 'sổ làm việc nhị phân Excel (.xlsb)', en: 'an Excel binary workbook (.xlsb)' }],
  ['word/document.xml', { vi: 'văn bản Word (.docx)', en: 'a Word document (.docx)' }],
  [
    'ppt/presentation.xml',
    { vi: 'bản trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  ],
];

/** The content type of a workbook part (ECMA-376 Part 1 §12.3.23): a workbook, a template, macros. */
const SPREADSHEET_MAIN =
  /application\/vnd\.(?:openxmlformats-officedocument\.spreadsheetml\.(?:sheet|template)|ms-excel\.(?:sheet|template)\.macroEnabled)\.main\+xml/;

const OPENDOCUMENT = 'application/vnd.oasis.opendocument.';
const ODS: Text = { vi: 'bảng tính OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)' };
const ODT: Text = { vi: 'tài liệu OpenDocument', en: 'an OpenDocument file' };
const ZIP: Text = { vi: 'tệp nén .zip, không phải bảng tính', en: 'a .zip archive, not a spreadsheet' };

/** The sheets exceljs reads; other parts (styles, images) count towards the size only. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Make sure a zip is an xlsx that is safe to hand to exceljs: a workbook (not a Word file or an
 * OpenDocument spreadsheet), whole, unpacking to no more than the limit, with no more rows and
 * cells than the limits allow. Everything is checked before exceljs allocates anything.
 * Throws `InputError`: E-FORMAT, E-FILE-CORRUPT or an E-LIMIT-* code. `watch` may ask to see
 * an entry's pieces as they are inflated (the streaming reader's plan is read in the same pass);
 * the entries come back in zip order.
 */
export async function inspectWorkbook(
  input: NomineeInput,
  limits: Limits,
  watch?: (entry: ZipEntry) => ((piece: Buffer) => void) | undefined,
): Promise<ZipEntry[]> {
  const file = inputName(input);
  let handle: RandomAccess;
  try {
    handle = await openInput(input);
  } catch (error) {
    throw new InputError(finding('E-FILE-UNREADABLE', unreadableArgs(error), { file }));
  }
  try {
    const size = (await handle.stat()).size;
    // exceljs reads the whole file into memory before unzipping it
    if (size > limits.maxInflatedBytes)
      throw limitError('E-LIMIT-SIZE', limits.maxInflatedBytes / MB, { file });
    const entries = await centralDirectory(handle, size);
    await refuseOtherPackages(file, handle, entries);
    let declared = 0;
    for (const e of entries) declared += e.size;
    if (declared > limits.maxInflatedBytes) {
      throw limitError('E-LIMIT-SIZE', limits.maxInflatedBytes / MB, { file });
    }
    const tally = new CellTally(file, limits);
    for (const entry of entries) {
      if (entry.name.endsWith('/') && entry.size === 0) continue;
      const sheet = WORKSHEET.test(entry.name);
      if (sheet) tally.startSheet();
      const seen = watch?.(entry);
      await inflateEntry(handle, entry, (piece) => {
        if (sheet) tally.feed(piece);
        seen?.(piece);
      });
    }
    return entries;
  } catch (error) {
    if (error instanceof ZipDamaged) {
      throw new InputError(finding('E-FILE-CORRUPT', { detail: error.message }, { file }));
    }
    throw error;
  } finally {
    await handle.close();
  }
}

async function refuseOtherPackages(file: string, handle: RandomAccess, entries: ZipEntry[]): Promise<void> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (byName.has('xl/workbook.xml')) return;
  // the OPC lets the workbook part have any name: its content type says what it is
  const types = byName.get('[Content_Types].xml');
  if (types && SPREADSHEET_MAIN.test(await entryText(handle, types, 64 * 1024))) return;
  let actual: Text = ZIP;
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const type = (await entryText(handle, mimetype, 200)).trim();
    if (type.startsWith(OPENDOCUMENT)) actual = type.endsWith('.spreadsheet') ? ODS : ODT;
  } else {
    for (const [entry, what] of OTHER_PACKAGES) if (byName.has(entry)) actual = what;
  }
  throw new InputError(finding('E-FORMAT', inLangs('actual', actual), { file }));
}

/**
 * Counts rows and cells in worksheet XML as it streams by, without parsing it: a row counts
 * once it holds a value (`<v>`, `<is>`) or a formula (`<f>`), so rows Excel keeps only for
 * their format are free; every `<c>` counts as a cell, since exceljs builds an object for each.
 * Tag names may carry a namespace prefix (`<x:row>`). A tag split across pieces is carried over.
 */
export class CellTally {
  private rows = 0;
  private cells = 0;
  private rowHasValue = false;
  private inTag = false;
  private name = '';

  constructor(
    private readonly file: string,
    private readonly limits: Limits,
  ) {}

  startSheet(): void {
    this.rows = 0;
    this.rowHasValue = false;
    this.inTag = false;
  }

  feed(piece: Buffer): void {
    let i = 0;
    while (i < piece.length) {
      if (!this.inTag) {
        const lt = piece.indexOf(0x3c, i);
        if (lt === -1) return;
        this.inTag = true;
        this.name = '';
        i = lt + 1;
        continue;
      }
      const byte = piece[i] as number;
      // a name ends at white space, `>` or `/`; `</row>` has an empty name and counts nothing
      if (
        byte === 0x20 ||
        byte === 0x3e ||
        byte === 0x2f ||
        byte === 0x09 ||
        byte === 0x0a ||
        byte === 0x0d
      ) {
        this.tag(this.name);
        this.inTag = false;
      } else if (this.name.length < 24) this.name += String.fromCharCode(byte);
      i++;
    }
  }

  private tag(name: string): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'row') this.rowHasValue = false;
    else if (local === 'c') {
      if (++this.cells > this.limits.maxCells)
        throw limitError('E-LIMIT-CELLS', this.limits.maxCells, { file: this.file });
    } else if ((local === 'v' || local === 'is' || local === 'f') && !this.rowHasValue) {
      this.rowHasValue = true;
      if (++this.rows > this.limits.maxRows)
        throw limitError('E-LIMIT-ROWS', this.limits.maxRows, { file: this.file });
    }
  }
}
