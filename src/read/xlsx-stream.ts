import type ExcelJS from 'exceljs';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { type RawRow, type SheetSource, withoutControls } from './cells.js';
import type { Limits } from './limits.js';
import { reasonOf } from './sniff.js';
import {
  type MergeRange,
  PartText,
  relationshipTargets,
  type SheetLayout,
  type SheetXml,
  workbookFacts,
} from './workbook.js';
import { type CellContext, toRawRow } from './xlsx.js';
import type { ZipEntry } from './zip.js';

/**
 * Large workbooks are read with exceljs's streaming reader, row by row, instead of loaded whole
 * (a 100,000-row sheet loaded takes a gigabyte). That reader was avoided at first because it
 * hands out sheets in zip order, takes their names from `workbook.xml` only if that comes first,
 * and knows nothing of merged cells or hidden rows and columns. Here, while `inspectWorkbook`
 * inflates and parses every entry anyway, `WorkbookScan` takes the sheet names, their tab order
 * and the 1904 date flag from `workbook.xml`, and each sheet's merges, hidden rows and hidden
 * columns from its XML (`workbook.ts`). Rows then stream in tab order (a sheet out of zip order is read in another pass)
 * with merged cells filled as the whole-workbook reader fills them, so both give the same rows.
 * A workbook laid out in a way the streaming reader cannot follow is loaded whole instead.
 */

/** Worksheets the streaming reader recognises, by its own pattern. */
const WORKSHEET_PATH = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** Parts read whole for the plan; a workbook.xml this large is no nominee list. */
const SMALL_PART = 4 * 1024 * 1024;

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
  private readonly parts = new Map<string, PartText>();
  private readonly layouts = new Map<string, SheetLayout>();

  readonly watch = {
    entry: (entry: ZipEntry): ((piece: Uint8Array) => void) | undefined => {
      if (entry.name !== 'xl/workbook.xml' && entry.name !== 'xl/_rels/workbook.xml.rels') return undefined;
      if (entry.size > SMALL_PART) return undefined;
      const text = new PartText();
      this.parts.set(entry.name, text);
      return (piece) => text.feed(piece);
    },
    sheet: (entry: ZipEntry, sheet: SheetXml): void => {
      this.layouts.set(entry.name, sheet.layout);
    },
  };

  /** `entries` in zip order, as `inspectWorkbook` returns them. */
  plan(entries: readonly ZipEntry[]): StreamPlan {
    const workbook = this.parts.get('xl/workbook.xml')?.result();
    const rels = this.parts.get('xl/_rels/workbook.xml.rels')?.result();
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
    const targets = relationshipTargets(rels);
    const facts = workbookFacts(workbook);
    const sheets: PlannedSheet[] = [];
    for (const { name, rel } of facts.sheets) {
      const target = rel === undefined ? undefined : targets.get(rel);
      // only a target as the streaming reader matches it gets the sheet its name
      if (target === undefined || !/^worksheets\/sheet\d+\.xml$/.test(target)) {
        return { unstreamable: `sheet ${name} at ${target ?? '?'}` };
      }
      const path = `xl/${target}`;
      const layout = this.layouts.get(path);
      if (layout === undefined) return { unstreamable: `${path} missing` };
      if (layout.prefixed) return { unstreamable: `${path} uses namespace prefixes` };
      sheets.push({ rawName: name, path, layout });
    }
    return { sheets, date1904: facts.date1904 };
  }
}

/**
 * The sheets of a planned workbook, in tab order, from the rows of each (`rows`, as
 * `xlsxRawSheets` gives them in this thread or a worker thread hands them over). Sheets must
 * be read in order, as `readNomineeFile` reads them; leaving one early (a sheet that is not a
 * list) is fine.
 */
export function plannedSheets(
  plan: Extract<StreamPlan, { sheets: unknown }>,
  rows: readonly AsyncIterable<RawRow>[],
): SheetSource[] {
  return plan.sheets.map((sheet, i) => ({
    name: withoutControls(sheet.rawName),
    rows: rows[i] as AsyncIterable<RawRow>,
    hiddenColumns: sheet.layout.hiddenColumns,
  }));
}

/**
 * The rows of each planned sheet, in tab order, each as every reader hands it on: what a
 * worker thread streams, so that flattening exceljs's values is done there too.
 */
export function xlsxRawSheets(
  file: string,
  limits: Limits,
  plan: Extract<StreamPlan, { sheets: unknown }>,
): AsyncIterable<RawRow>[] {
  const passes = new Passes(file);
  return plan.sheets.map((sheet) => {
    // the raw name goes into a limit's message, as the whole-workbook reader puts it there
    const ctx = { file, limits, date1904: plan.date1904, sheet: sheet.rawName };
    return sheetRows(passes, sheet, ctx);
  });
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
        // loaded here, so that a run that streams nothing never loads it
        const { workbookReaderClass } = await import('../exceljs-stream.js');
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

/** One sheet's rows, each flattened by `toRawRow` as it is taken from exceljs. */
async function* sheetRows(
  passes: Passes,
  sheet: PlannedSheet,
  ctx: CellContext & { sheet: string },
): AsyncGenerator<RawRow> {
  const { file } = ctx;
  let worksheet: ExcelJS.stream.xlsx.WorksheetReader;
  try {
    worksheet = await passes.find(sheet.rawName);
  } catch (error) {
    throw damaged(error, file);
  }
  const merges = new MergeFill(sheet.layout.merges);
  const { hiddenRows } = sheet.layout;
  // exceljs's values by column, merged cells filled, made the row every reader gives
  const rawRow = (number: number, values: unknown[]): RawRow => {
    merges.apply(number, values);
    return toRawRow(hiddenRows.has(number) ? { number, values, hidden: true } : { number, values }, ctx);
  };
  // Rows are taken from exceljs a few hundred at a time and handed on after: its row and cell
  // objects then die young, instead of living through the work each row is given and being
  // copied by every minor garbage collection.
  const ready: RawRow[] = [];
  let failure: unknown;
  try {
    for await (const row of worksheet) {
      const number = row.number;
      // rows a merge covers that the file leaves out still exist for the whole-workbook reader
      for (const missing of merges.rowsBefore(number)) ready.push(rawRow(missing, []));
      const values: unknown[] = [];
      row.eachCell((cell, col) => {
        values[col - 1] = cell.value;
      });
      ready.push(rawRow(number, values));
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
  for (const missing of merges.rowsBefore(Number.POSITIVE_INFINITY)) yield rawRow(missing, []);
}

/** Rows converted ahead of the reader that takes them. */
const AHEAD = 256;

/** A reader's failure is the file's: E-FILE-CORRUPT, unless it is a finding already. */
export function damaged(error: unknown, file: string): unknown {
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
