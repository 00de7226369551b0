import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { type Limits, limitError, MB } from './limits.js';
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

/*
 * What a workbook's XML says that exceljs's streaming reader does not hand out, read with saxes
 * (the XML parser exceljs itself uses) from the pieces `inspectWorkbook` inflates: the sheets'
 * names and tab order and the 1904 date system from `workbook.xml`, and each sheet's merges,
 * hidden rows and hidden columns, with the rows and cells it holds counted on the way.
 */

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a sheet's XML says beside its cells. */
export interface SheetLayout {
  merges: MergeRange[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Tags with a namespace prefix (`<x:row>`), which the streaming reader does not understand. */
  prefixed: boolean;
}

/** A tag's name without its namespace prefix. */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** A saxes parser fed bytes: UTF-8 decoded piece by piece, a character split between pieces kept. */
export class XmlStream {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder('utf-8');
  private failure: Error | undefined;

  constructor(onTag: (tag: SaxesTagPlain) => void) {
    this.parser.on('opentag', (tag) => onTag(tag as SaxesTagPlain));
    this.parser.on('error', (error) => {
      this.failure ??= error;
    });
  }

  feed(piece: Uint8Array): void {
    this.parser.write(this.decoder.decode(piece, { stream: true }));
    if (this.failure) throw this.failure;
  }

  end(): void {
    this.parser.write(this.decoder.decode());
    this.parser.close();
    if (this.failure) throw this.failure;
  }
}

/**
 * One worksheet's XML, read as it is inflated: its layout, and each cell (every `<c>`, since
 * exceljs makes an object of each) and each row holding a value (`<v>`, `<is>`) or a formula
 * (`<f>`) counted through `count`, which may throw when a bound is passed. Rows Excel keeps only
 * for their format are free.
 */
export class SheetXml extends XmlStream {
  readonly layout: SheetLayout;

  constructor(count: { cell(): void; row(): void }) {
    const layout: SheetLayout = {
      merges: [],
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      prefixed: false,
    };
    let first = true;
    let rowHasValue = false;
    super((tag) => {
      if (first) {
        layout.prefixed = tag.name.includes(':');
        first = false;
      }
      switch (local(tag.name)) {
        case 'c':
          count.cell();
          break;
        case 'v':
        case 'is':
        case 'f':
          if (!rowHasValue) {
            rowHasValue = true;
            count.row();
          }
          break;
        case 'row': {
          rowHasValue = false;
          const r = Number(tag.attributes.r);
          if (isTrue(tag.attributes.hidden) && Number.isInteger(r)) layout.hiddenRows.add(r);
          break;
        }
        case 'col':
          if (isTrue(tag.attributes.hidden)) {
            const min = Number(tag.attributes.min);
            const max = Number(tag.attributes.max);
            // a style given to every column to the sheet's end is no list of hidden columns
            for (let c = min; c <= Math.min(max, min + 16_384); c++) layout.hiddenColumns.add(c - 1);
          }
          break;
        case 'mergeCell': {
          const range = parseRange(tag.attributes.ref ?? '');
          if (range) layout.merges.push(range);
          break;
        }
      }
    });
    this.layout = layout;
  }
}

/** A part's whole text as it is inflated, for the small parts read whole (`workbook.xml`, its relationships). */
export class PartText {
  private readonly decoder = new TextDecoder('utf-8');
  private text = '';

  feed(piece: Uint8Array): void {
    this.text += this.decoder.decode(piece, { stream: true });
  }

  result(): string {
    return this.text + this.decoder.decode();
  }
}

/** Every tag of a small XML document, in order, with its local name. */
export function xmlTags(text: string): { name: string; attributes: Record<string, string> }[] {
  const tags: { name: string; attributes: Record<string, string> }[] = [];
  const xml = new XmlStream((tag) => tags.push({ name: local(tag.name), attributes: tag.attributes }));
  xml.feed(new TextEncoder().encode(text));
  xml.end();
  return tags;
}

/** What `workbook.xml` says: its sheets in tab order, each with its relationship, and the date system. */
export function workbookFacts(text: string): {
  sheets: { name: string; rel: string | undefined }[];
  date1904: boolean;
} {
  const sheets: { name: string; rel: string | undefined }[] = [];
  let date1904 = false;
  for (const tag of xmlTags(text)) {
    if (tag.name === 'sheet' && tag.attributes.name !== undefined) {
      sheets.push({ name: tag.attributes.name, rel: tag.attributes['r:id'] });
    } else if (tag.name === 'workbookPr') date1904 = isTrue(tag.attributes.date1904);
  }
  return { sheets, date1904 };
}

/** A relationships part's targets by id. */
export function relationshipTargets(text: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of xmlTags(text)) {
    const { Id, Target } = tag.attributes;
    if (tag.name === 'Relationship' && Id !== undefined && Target !== undefined) targets.set(Id, Target);
  }
  return targets;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell range (`A1:C3`, `B2`) as rows and columns, 1-based. */
export function parseRange(ref: string): MergeRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  const a = { col: columnNumber(m[1] as string), row: Number(m[2]) };
  const b = m[3] ? { col: columnNumber(m[3]), row: Number(m[4]) } : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
