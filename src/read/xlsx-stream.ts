import type ExcelJS from 'exceljs';
import { workbookReaderClass } from '../exceljs.js';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { type CellNote, type CellValue, type RawRow, type SheetSource, withoutControls } from './cells.js';
import type { Limits } from './limits.js';
import { reasonOf } from './sniff.js';
import { type CellContext, readCell } from './xlsx.js';
import type { ZipEntry } from './zip.js';

/**
 * Large workbooks are read with exceljs's streaming reader, row by row, instead of loaded whole
 * (a 100,000-row sheet loaded takes a gigabyte). That reader was avoided at first because it
 * hands out sheets in zip order, takes their names from `workbook.xml` only if that comes first,
 * and knows nothing of merged cells or hidden rows and columns. Here, while `inspectWorkbook`
 * inflates every entry anyway, `WorkbookScan` reads the sheet names, their tab order and the
 * 1904 date flag from `workbook.xml`, and each sheet's merges, hidden rows and hidden columns
 * from its XML. Rows then stream in tab order (a sheet out of zip order is read in another pass)
 * with merged cells filled as the whole-workbook reader fills them, so both give the same rows.
 * A workbook laid out in a way the streaming reader cannot follow is loaded whole instead.
 */

/** Worksheets the streaming reader recognises, by its own pattern. */
const WORKSHEET_PATH = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** Parts read whole for the plan; a workbook.xml this large is no nominee list. */
const SMALL_PART = 4 * 1024 * 1024;

interface MergeRange {
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

interface PlannedSheet {
  /** As workbook.xml has it, entities decoded. */
  rawName: string;
  path: string;
  layout: SheetLayout;
}

/** How to stream a workbook, or why it cannot be. */
export type StreamPlan = { sheets: PlannedSheet[]; date1904: boolean } | { unstreamable: string };

/**
 * Collects, from the entries `inspectWorkbook` inflates, what streaming needs to know first.
 * Pass `watch` to `inspectWorkbook`, then `plan` with the entries it returns.
 */
export class WorkbookScan {
  private readonly parts = new Map<string, string>();
  private readonly sheets = new Map<string, SheetScanner>();

  readonly watch = (entry: ZipEntry): ((piece: Buffer) => void) | undefined => {
    if (entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels') {
      if (entry.size > SMALL_PART) return undefined;
      let text = '';
      this.parts.set(entry.name, text);
      return (piece) => {
        text += piece.toString('utf8');
        this.parts.set(entry.name, text);
      };
    }
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) return undefined;
    const scanner = new SheetScanner();
    this.sheets.set(entry.name, scanner);
    return (piece) => scanner.feed(piece);
  };

  /** `entries` in zip order, as `inspectWorkbook` returns them. */
  plan(entries: readonly ZipEntry[]): StreamPlan {
    const workbook = this.parts.get('xl/workbook.xml');
    const rels = this.parts.get('xl/_rels/workbook.xml.rels');
    if (workbook === undefined || rels === undefined)
      return { unstreamable: 'no workbook.xml or its relationships' };
    // The streaming reader reads a sheet at once if the shared strings and relationships came
    // before it, naming it from workbook.xml and telling dates by styles.xml only if those came
    // before it too; any other sheet it keeps aside and reads at the end, when all is known.
    const at = new Map(entries.map((e, i) => [e.name, i]));
    const before = (part: string, sheet: number) => (at.get(part) ?? Number.POSITIVE_INFINITY) < sheet;
    for (const [name, index] of at) {
      if (!WORKSHEET_PATH.test(name)) continue;
      const atOnce = before('xl/sharedStrings.xml', index) && before('xl/_rels/workbook.xml.rels', index);
      if (!atOnce) continue;
      if (!before('xl/workbook.xml', index)) return { unstreamable: `${name} before xl/workbook.xml` };
      if (at.has('xl/styles.xml') && !before('xl/styles.xml', index)) {
        return { unstreamable: `${name} before xl/styles.xml` };
      }
    }
    const targets = new Map<string, string>();
    for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      const id = attribute(tag, 'Id');
      const target = attribute(tag, 'Target');
      if (id !== undefined && target !== undefined) targets.set(id, target);
    }
    const sheets: PlannedSheet[] = [];
    for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
      const name = attribute(tag, 'name');
      const rel = attribute(tag, 'r:id');
      const target = rel === undefined ? undefined : targets.get(rel);
      // only a target as the streaming reader matches it gets the sheet its name
      if (name === undefined || target === undefined || !/^worksheets\/sheet\d+\.xml$/.test(target)) {
        return { unstreamable: `sheet ${name ?? '?'} at ${target ?? '?'}` };
      }
      const path = `xl/${target}`;
      const scanner = this.sheets.get(path);
      if (scanner === undefined) return { unstreamable: `${path} missing` };
      const layout = scanner.result();
      if (layout.prefixed) return { unstreamable: `${path} uses namespace prefixes` };
      sheets.push({ rawName: xmlText(name), path, layout });
    }
    const pr = workbook.match(/<(?:\w+:)?workbookPr\b[^>]*>/)?.[0];
    const date1904 = pr !== undefined && /^(?:1|true)$/.test(attribute(pr, 'date1904') ?? '');
    return { sheets, date1904 };
  }
}

/**
 * Finds the few tags of a sheet's XML that streaming must know before the rows: `<row>` with
 * `hidden`, `<col>` with `hidden`, and `<mergeCell>`, which Excel writes after all the rows.
 * It searches the bytes for those tags alone, so it costs little beside the inflating.
 */
export class SheetScanner {
  private carry: Buffer | undefined;
  private first = true;
  private readonly layout: SheetLayout = {
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    prefixed: false,
  };

  feed(piece: Buffer): void {
    const bytes = this.carry ? Buffer.concat([this.carry, piece]) : piece;
    if (this.first) {
      // a namespace prefix shows on the root element, within the first bytes
      this.layout.prefixed = /<\w+:worksheet\b/.test(bytes.subarray(0, 2048).toString('latin1'));
      this.first = false;
    }
    // Hidden rows and columns are rare and merges few: look for the word `hidden` and for
    // `<mergeCell`, each a native search over the bytes, rather than at every row's tag.
    let at = bytes.indexOf(HIDDEN);
    while (at !== -1) {
      const open = bytes.lastIndexOf(LT, at);
      const close = bytes.indexOf(GT, at);
      if (close === -1) break;
      if (open !== -1 && (startsAt(bytes, open, ROW) || startsAt(bytes, open, COL))) {
        this.tag(bytes.toString('latin1', open, close + 1));
      }
      at = bytes.indexOf(HIDDEN, close);
    }
    at = bytes.indexOf(MERGE_CELL);
    while (at !== -1) {
      const close = bytes.indexOf(GT, at);
      if (close === -1) break;
      this.tag(bytes.toString('latin1', at, close + 1));
      at = bytes.indexOf(MERGE_CELL, close);
    }
    // keep an unfinished tag at the end for the next piece
    const lastOpen = bytes.lastIndexOf(LT);
    this.carry =
      lastOpen !== -1 && bytes.indexOf(GT, lastOpen) === -1
        ? Buffer.from(bytes.subarray(lastOpen))
        : undefined;
  }

  result(): SheetLayout {
    return this.layout;
  }

  private tag(tag: string): void {
    if (tag.startsWith('<row')) {
      if (isTrue(attribute(tag, 'hidden'))) {
        const r = Number(attribute(tag, 'r'));
        if (Number.isInteger(r)) this.layout.hiddenRows.add(r);
      }
    } else if (tag.startsWith('<col')) {
      if (isTrue(attribute(tag, 'hidden'))) {
        const min = Number(attribute(tag, 'min'));
        const max = Number(attribute(tag, 'max'));
        // a style given to every column to the sheet's end is no list of hidden columns
        for (let c = min; c <= Math.min(max, min + 16_384); c++) this.layout.hiddenColumns.add(c - 1);
      }
    } else {
      const range = parseRange(attribute(tag, 'ref') ?? '');
      if (range) this.layout.merges.push(range);
    }
  }
}

const ROW = Buffer.from('<row ');
const COL = Buffer.from('<col ');
const MERGE_CELL = Buffer.from('<mergeCell ');
const HIDDEN = Buffer.from('hidden');

function startsAt(bytes: Buffer, at: number, tag: Buffer): boolean {
  return bytes.compare(tag, 0, tag.length, at, at + tag.length) === 0;
}
const LT = 0x3c;
const GT = 0x3e;

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function xmlText(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, named) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[(named as string).toLowerCase()] ?? '';
  });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(ref: string): MergeRange | undefined {
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

/**
 * A row as exceljs's streaming reader gives its cells, merged cells already filled: `values`
 * by column (`values[0]` is column A), what exceljs hands out, not yet flattened. This is what a
 * worker thread hands over (`offload`); `toRawRow` then makes it the row every reader gives.
 */
export interface ValueRow {
  number: number;
  values: unknown[];
  hidden?: boolean;
}

/** What `toRawRow` needs to know about the sheet its rows come from. */
export type SheetContext = CellContext & { sheet: string };

/** A streamed row as the whole-workbook reader gives it: each cell read by `readCell`. */
export function toRawRow(row: ValueRow, ctx: SheetContext): RawRow {
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
 * The sheets of a planned workbook, in tab order, their rows streamed. Sheets must be read in
 * order, as `readNomineeFile` reads them; leaving one early (a sheet that is not a list) is fine.
 */
export function xlsxStreamSheets(
  file: string,
  limits: Limits,
  plan: Extract<StreamPlan, { sheets: unknown }>,
): SheetSource[] {
  const passes = new Passes(file);
  return plan.sheets.map((sheet) => {
    const ctx = sheetContext(file, limits, plan, sheet);
    return {
      name: withoutControls(sheet.rawName),
      rows: (async function* () {
        for await (const row of sheetValues(passes, sheet, file)) yield toRawRow(row, ctx);
      })(),
      hiddenColumns: sheet.layout.hiddenColumns,
    };
  });
}

/** The raw name goes into a limit's message, as the whole-workbook reader puts it there. */
export function sheetContext(
  file: string,
  limits: Limits,
  plan: Extract<StreamPlan, { sheets: unknown }>,
  sheet: PlannedSheet,
): SheetContext {
  return { file, limits, date1904: plan.date1904, sheet: sheet.rawName };
}

/** The value rows of each planned sheet, in tab order: what a worker thread streams. */
export function xlsxValueSheets(
  file: string,
  plan: Extract<StreamPlan, { sheets: unknown }>,
): AsyncIterable<ValueRow>[] {
  const passes = new Passes(file);
  return plan.sheets.map((sheet) => sheetValues(passes, sheet, file));
}

/**
 * Passes of exceljs's streaming reader over the file. A sheet is taken from the pass under way
 * when it comes by; one that came by before it was wanted (zip order is not tab order) is found
 * in a new pass. Each pass yields a sheet's reader in zip order; one not wanted is drained.
 */
class Passes {
  private current: AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader> | undefined;

  constructor(private readonly file: string) {}

  async find(name: string): Promise<ExcelJS.stream.xlsx.WorksheetReader> {
    let fresh = false;
    for (;;) {
      if (this.current === undefined) {
        if (fresh) throw new Error(`sheet ${name} is not in the workbook`);
        const WorkbookReader = workbookReaderClass();
        const reader = new WorkbookReader(this.file, {
          worksheets: 'emit',
          sharedStrings: 'cache',
          // dates are told from numbers by their format
          styles: 'cache',
          hyperlinks: 'ignore',
          entries: 'ignore',
        });
        this.current = reader[Symbol.asyncIterator]();
        fresh = true;
      }
      const next = await this.current.next();
      if (next.done) {
        this.current = undefined;
        continue;
      }
      // named from workbook.xml: the plan made sure the streaming reader can match every sheet
      if ((next.value as unknown as { name: string }).name === name) return next.value;
    }
  }
}

async function* sheetValues(passes: Passes, sheet: PlannedSheet, file: string): AsyncGenerator<ValueRow> {
  let worksheet: ExcelJS.stream.xlsx.WorksheetReader;
  try {
    worksheet = await passes.find(sheet.rawName);
  } catch (error) {
    throw damaged(error, file);
  }
  const merges = new MergeFill(sheet.layout.merges);
  const { hiddenRows } = sheet.layout;
  const valueRow = (number: number, values: unknown[]): ValueRow => {
    merges.apply(number, values);
    return hiddenRows.has(number) ? { number, values, hidden: true } : { number, values };
  };
  // Rows are taken from exceljs a few hundred at a time and handed on after: its row and cell
  // objects then die young, instead of living through the work each row is given and being
  // copied by every minor garbage collection.
  const ready: ValueRow[] = [];
  let failure: unknown;
  try {
    for await (const row of worksheet) {
      const number = row.number;
      // rows a merge covers that the file leaves out still exist for the whole-workbook reader
      for (const missing of merges.rowsBefore(number)) ready.push(valueRow(missing, []));
      const values: unknown[] = [];
      row.eachCell((cell, col) => {
        values[col - 1] = cell.value;
      });
      ready.push(valueRow(number, values));
      if (ready.length >= AHEAD) {
        yield* ready;
        ready.length = 0;
      }
    }
  } catch (error) {
    // the rows before the failure are handed on first, as the whole-workbook reader would have
    failure = damaged(error, file);
  }
  yield* ready;
  if (failure !== undefined) throw failure;
  for (const missing of merges.rowsBefore(Number.POSITIVE_INFINITY)) yield valueRow(missing, []);
}

/** Rows converted ahead of the reader that takes them. */
const AHEAD = 256;

/** A failure of the streaming reader is the file's: said as the whole-workbook reader says it. */
function damaged(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  return new InputError(finding('E-FILE-CORRUPT', { detail: reasonOf(error) }, { file }));
}

/**
 * Merged cells as the whole-workbook reader hands them out: a cell of a merge in the master's
 * column holds the master's value (and so, once read, its note too); a cell in another column
 * is blank, whatever the file holds there.
 */
class MergeFill {
  /** Values of masters already read, by `row:col`. */
  private readonly masters = new Map<string, unknown>();
  /** Rows a merge spans, in order; those not in the file are handed out as the stream passes them. */
  private readonly pending: number[];
  private readonly covered: Set<number>;
  private next = 0;

  constructor(private readonly ranges: readonly MergeRange[]) {
    this.covered = new Set<number>();
    for (const r of ranges) for (let row = r.top; row <= r.bottom; row++) this.covered.add(row);
    this.pending = [...this.covered].sort((a, b) => a - b);
  }

  /** Rows a merge spans that come before `number` and were not in the file. */
  *rowsBefore(number: number): Generator<number> {
    while (this.next < this.pending.length && (this.pending[this.next] as number) < number) {
      yield this.pending[this.next++] as number;
    }
    while (this.next < this.pending.length && this.pending[this.next] === number) this.next++;
  }

  apply(row: number, values: unknown[]): void {
    if (!this.covered.has(row)) return;
    for (const r of this.ranges) {
      if (row < r.top || row > r.bottom) continue;
      if (row === r.top) {
        const master = values[r.left - 1];
        if (master !== undefined) this.masters.set(`${r.top}:${r.left}`, master);
      }
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        const master = col === r.left ? this.masters.get(`${r.top}:${r.left}`) : undefined;
        values[col - 1] = master;
      }
    }
  }
}
