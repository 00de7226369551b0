import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Campaign, Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import { foldKey } from '../model/fold.js';
import type { Nominee } from '../model/nominee.js';
import type { CodeBook } from '../model/vocabulary.js';
import type { RawRow, SheetSource } from './cells.js';
import { type Layout, TEMPLATE_SIDE_SHEETS } from './columns.js';
import { csvSheet } from './csv.js';
import { inputBytes, inputName, inputSize, type NomineeInput } from './input.js';
import { type Limits, limitError, MB, withDefaults } from './limits.js';
import { canOffload, startParser } from './offload.js';
import { readSheet, readTools } from './sheet.js';
import { type Sniffed, sniffFile, unreadableArgs } from './sniff.js';
import { SubmissionDates, type SubmittedOn } from './submitted.js';
import { kindOf } from './values.js';
import { inspectWorkbook } from './workbook.js';
import { xlsxSheets } from './xlsx.js';
import { damaged, plannedSheets, WorkbookScan, xlsxRawSheets } from './xlsx-stream.js';

export interface ReadContext {
  campaign: Campaign;
  book: CodeBook;
  /** Bounds on what a file may make the reader hold; the defaults where left out. */
  limits?: Partial<Limits>;
  /**
   * Each nominee as its row is read, in input order; given this, `ReadResult.nominees` stays
   * empty, so a file of a million rows is never held whole.
   */
  onNominee?: (nominee: Nominee) => void;
  /**
   * How to read an xlsx: `load` it whole (every feature of exceljs's workbook model), `stream`
   * it row by row, or, by default, stream it when the file is larger than `STREAM_ABOVE_BYTES`.
   */
  xlsx?: 'auto' | 'load' | 'stream';
  /**
   * Parse in a second thread (`offload`): by default for a CSV above `THREADS_ABOVE_BYTES` and
   * a workbook that streams, when the machine has a second core and the built code runs.
   */
  threads?: boolean;
}

/** A CSV larger than this is parsed in a second thread; below, starting one costs more than it saves. */
export const THREADS_ABOVE_BYTES = 4 * 1024 * 1024;

/**
 * An xlsx larger than this streams. Loaded whole, a workbook takes about a hundred times its
 * file size in memory; below 2 MB (some 20,000 rows) that is still small, and loading is what
 * every exceljs feature was written for.
 */
export const STREAM_ABOVE_BYTES = 2 * 1024 * 1024;

export interface ReadResult {
  nominees: Nominee[];
  findings: Finding[];
  /** When the file says it was sent (`Ngày gửi`), if it says so. */
  submitted?: SubmittedOn;
}

/** The template's guide and examples, sheets that hold no nominees. */
const SIDE_SHEETS = new Set(Object.values(TEMPLATE_SIDE_SHEETS).map(foldKey));

/** Names a file of each type is often given by mistake, and how a message calls the type. */
const MISNAMED: Record<Sniffed['type'], { extensions: string[]; actual: Text }> = {
  csv: {
    extensions: ['.xlsx', '.xlsm', '.xls', '.ods'],
    actual: { vi: 'tệp văn bản CSV', en: 'a CSV text file' },
  },
  xlsx: { extensions: ['.csv', '.txt', '.xls'], actual: { vi: 'bảng tính .xlsx', en: 'an .xlsx workbook' } },
};

function renamed(file: string, type: Sniffed['type']): Finding[] {
  const extension = path.extname(file).toLowerCase();
  const { extensions, actual } = MISNAMED[type];
  if (!extensions.includes(extension)) return [];
  return [finding('I-FORMAT-RENAMED', { extension, ...inLangs('actual', actual) }, { file })];
}

/**
 * Read one nominee file (xlsx or CSV, told apart by content): a path, as the user typed it, or a
 * file held in memory, by its name; that is what nominees and findings name. A file in memory is
 * read in this thread and an xlsx loaded whole: its bytes are held already. Fatal problems
 * throw `InputError`.
 */
export async function readNomineeFile(input: NomineeInput, ctx: ReadContext): Promise<ReadResult> {
  const file = inputName(input);
  const onDisk = typeof input === 'string';
  const limits = withDefaults(ctx.limits);
  const sniffed = await sniffFile(input);
  const tools = readTools(file, ctx.campaign, ctx.book);
  const result: ReadResult = { nominees: [], findings: renamed(file, sniffed.type) };
  const dates = new SubmissionDates();

  if (sniffed.type === 'csv') {
    const detected = sniffed.encoding ?? { encoding: 'utf-8' };
    const csv = csvSheet(input, sniffed.sample, detected, limits);
    for (const f of csv.findings) result.findings.push(f);
    const threads =
      onDisk &&
      (ctx.threads ??
        (canOffload && (await inputSize(input)) > THREADS_ABOVE_BYTES && availableParallelism() > 1));
    const parser = threads ? startParser() : undefined;
    const rows = parser?.run({ kind: 'csv', file, sample: sniffed.sample, detected, limits }, 1)[0];
    const source = rows ? { name: '', rows: rows as AsyncIterable<RawRow> } : csv.source;
    // A CSV is one sheet of both kinds: with no table it fails on its headers, never as 'empty'.
    const sheet = await readSheet(dates.watch(source), { kind: 'mixed' }, tools, {
      emptyAllowed: false,
      onNominee: ctx.onNominee,
    }).finally(() => parser?.close());
    if (typeof sheet !== 'string') {
      for (const n of sheet.nominees) result.nominees.push(n);
      for (const f of sheet.findings) result.findings.push(f);
    }
    if (dates.result) result.submitted = dates.result;
    return result;
  }

  // a large workbook streams, a small one is loaded whole; both give the same rows
  const stream =
    onDisk &&
    (ctx.xlsx === 'stream' || (ctx.xlsx !== 'load' && (await inputSize(input)) > STREAM_ABOVE_BYTES));
  // a workbook that streams is large: its rows are parsed in a second thread, started now so
  // that it loads exceljs while this thread checks the file
  const parser =
    stream && (ctx.threads ?? (canOffload && availableParallelism() > 1)) ? startParser() : undefined;
  let sources: SheetSource[];
  try {
    const scan = stream ? new WorkbookScan() : undefined;
    // the cell bound guards the whole-workbook model (about half a kilobyte a cell); a
    // streamed workbook holds one row at a time, so only its rows and bytes are bounded
    const bounds = stream ? { ...limits, maxCells: Number.POSITIVE_INFINITY } : limits;
    const bytes = await workbookBytes(input, sniffed.size, limits);
    const entries = await inspectWorkbook(bytes, file, bounds, scan?.watch);
    const plan = scan?.plan(entries);
    if (plan !== undefined && 'sheets' in plan) {
      // the same rows, parsed in this thread or handed over by the worker
      const rows = parser
        ? (parser.run({ kind: 'xlsx', file, limits, plan }, plan.sheets.length) as AsyncIterable<RawRow>[])
        : xlsxRawSheets(file, limits, plan);
      sources = plannedSheets(plan, rows);
    } else {
      await parser?.close();
      sources = await xlsxSheets(bytes, file, limits);
    }
  } catch (error) {
    await parser?.close();
    throw damaged(error, file);
  }
  try {
    return await readSheets(sources, { file, tools, result, dates, ctx });
  } finally {
    await parser?.close();
  }
}

/**
 * A workbook's bytes, read whole as exceljs reads it; one larger than the bytes it may unpack to
 * is refused unread.
 */
async function workbookBytes(input: NomineeInput, size: number, limits: Limits): Promise<Uint8Array> {
  const file = inputName(input);
  if (size > limits.maxInflatedBytes)
    throw limitError('E-LIMIT-SIZE', limits.maxInflatedBytes / MB, { file });
  try {
    return await inputBytes(input);
  } catch (error) {
    throw new InputError(finding('E-FILE-UNREADABLE', unreadableArgs(error), { file }));
  }
}

/** The sheets of a workbook in order: the ones that hold nominees read, the others noted. */
async function readSheets(
  sources: SheetSource[],
  read: {
    file: string;
    tools: ReturnType<typeof readTools>;
    result: ReadResult;
    dates: SubmissionDates;
    ctx: ReadContext;
  },
): Promise<ReadResult> {
  const { file, tools, result, dates, ctx } = read;
  const ignored: string[] = [];
  let count = 0;
  for (const source of sources) {
    // a sheet named as a kind (`Tập thể`, `Individuals`), or as one of the campaign's kinds' sheets
    const kind = kindOf(source.name) ?? tools.kindWords.sheets.get(foldKey(source.name));
    const layout: Layout | null = kind ? { kind } : null;
    const sheet = await readSheet(dates.watch(source), layout, tools, {
      emptyAllowed: true,
      // the template's guide and examples hold tables too, but no nominees
      byColumns: !SIDE_SHEETS.has(foldKey(source.name)),
      onNominee: ctx.onNominee,
    });
    if (sheet === 'empty') continue;
    if (sheet === 'not-nominees') {
      if (!SIDE_SHEETS.has(foldKey(source.name))) ignored.push(source.name);
      continue;
    }
    count++;
    for (const n of sheet.nominees) result.nominees.push(n);
    for (const f of sheet.findings) result.findings.push(f);
  }
  if (count === 0) {
    throw new InputError(
      finding('E-SHEET-MISSING', { sheets: sources.map((s) => `"${s.name}"`).join(', ') }, { file }),
    );
  }
  for (const sheet of ignored) result.findings.push(finding('I-SHEET-IGNORED', { sheet }, { file, sheet }));
  if (dates.result) result.submitted = dates.result;
  return result;
}
