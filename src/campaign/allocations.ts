import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { workbookClass } from '../exceljs.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { readErrorWords } from '../findings/errno.js';
import type { Finding } from '../findings/finding.js';
import { BLOCKS, CATEGORIES, KINDS } from '../model/categories.js';
import { foldKey } from '../model/fold.js';
import type { Text } from '../model/text.js';
import { type Allocation, allocationSchema, type Unit } from './schema.js';

/**
 * The allocation table (plan V.3), kept as CSV or as an Excel workbook like the plan prints it:
 * title rows above, Vietnamese or English headers, units by id or by name, an optional total row.
 */

/** A number column of the table: `total`, `collective`, `individual` or a category. */
export type AllocationField = Exclude<keyof Allocation, 'unit'>;
export const ALLOCATION_FIELDS: readonly AllocationField[] = ['total', ...KINDS, ...CATEGORIES];

/** Where a row of the table sits, so plan findings can point at it in Excel. */
export interface TablePosition {
  file: string;
  sheet?: string;
  row: number;
  /** Each field's header as written in the file. */
  headers: Partial<Record<AllocationField, string>>;
}

export interface AllocationTable {
  allocations: Allocation[];
  /** The table's own total row, when it has one. */
  totals?: Partial<Record<AllocationField, number>>;
}

const positions = new WeakMap<object, TablePosition>();

/** The row an allocation (or the table's total row) was read from; unknown for hand-built ones. */
export function tablePosition(entry: object): TablePosition | undefined {
  return positions.get(entry);
}

/** A sheet as rows of trimmed text, with the spreadsheet row number of each. */
interface Grid {
  sheet?: string;
  rows: { row: number; cells: string[] }[];
}

const HEADER_ROWS = 20;
const VI_KIND: Record<(typeof KINDS)[number], string> = { collective: 'tapthe', individual: 'canhan' };

/** Folded header → field. English ids as the CSV writes them, and the plan's Vietnamese words. */
const FIELD_HEADERS = new Map<string, AllocationField>([
  ['total', 'total'],
  ['tongso', 'total'],
  ['tong', 'total'],
  ['tongcong', 'total'],
  ...KINDS.flatMap((kind) => [
    [kind, kind] as const,
    [VI_KIND[kind], kind] as const,
    ...BLOCKS.flatMap((block) => {
      const category = `${kind}-${block}` as const;
      const b = foldKey(block);
      return [
        [foldKey(category), category] as const,
        [`${VI_KIND[kind]}${b}`, category] as const,
        [`${VI_KIND[kind]}khoi${b}`, category] as const,
      ];
    }),
  ]),
]);
const UNIT_ID_HEADERS = new Set(['unitid', 'madonvi']);
const UNIT_NAME_HEADERS = new Set(['unit', 'unitname', 'donvi', 'tendonvi']);
/** What the plan writes in the unit column of its total row. */
const TOTAL_LABELS = new Set(['tongso', 'tongcong', 'cong', 'tong', 'total']);

/** Read a CSV table; an xlsx table needs `readAllocationTable`, which is async. */
export function readAllocationTableSync(
  file: string,
  units: readonly Unit[],
  problems: Finding[],
): AllocationTable {
  const bytes = readBytes(file, problems);
  if (!bytes) return { allocations: [] };
  if (isZip(bytes)) {
    problems.push(
      tableProblem(
        { file },
        FILE_PATH,
        { vi: 'một bảng phân bổ dạng CSV ở đây', en: 'a CSV allocation table here' },
        { vi: 'một tệp Excel', en: 'an Excel workbook' },
      ),
    );
    return { allocations: [] };
  }
  const grid = csvGrid(file, bytes, problems);
  return grid ? tableFromGrid(file, grid, units, problems) : { allocations: [] };
}

/** Read a CSV or xlsx table. */
export async function readAllocationTable(
  file: string,
  units: readonly Unit[],
  problems: Finding[],
): Promise<AllocationTable> {
  const bytes = readBytes(file, problems);
  if (!bytes) return { allocations: [] };
  if (!isZip(bytes)) {
    const grid = csvGrid(file, bytes, problems);
    return grid ? tableFromGrid(file, grid, units, problems) : { allocations: [] };
  }
  const grids = await xlsxGrids(file, bytes, problems);
  if (!grids) return { allocations: [] };
  // the first sheet that holds the table (others may be notes or the plan's text);
  // failing that, the closest one, so the problem names the columns it lacks
  const missing = (g: Grid): number => findHeader(g.rows).missing.length;
  const sheet = grids.find((g) => missing(g) === 0) ?? [...grids].sort((a, b) => missing(a) - missing(b))[0];
  return tableFromGrid(file, sheet ?? { rows: [] }, units, problems);
}

/**
 * One problem of the table, worded in both languages: the plain `path`, `expected` and `found`
 * stay in English for JSON readers, the message takes the run's language.
 */
function tableProblem(
  where: { file: string; sheet?: string },
  at: Text,
  expected: Text,
  found: Text | string,
): Finding {
  const foundText = typeof found === 'string' ? { vi: found, en: found } : found;
  return finding(
    'E-CAMPAIGN',
    {
      path: at.en,
      expected: expected.en,
      found: foundText.en,
      ...inLangs('path', at),
      ...inLangs('expected', expected),
      ...inLangs('found', foundText),
    },
    where,
  );
}

/** `row 6.unit` as the English message says it, `dòng 6.unit` in Vietnamese. */
function rowPath(row: number, field: string): Text {
  return { vi: `dòng ${row}.${field}`, en: `row ${row}.${field}` };
}

const FILE_PATH: Text = { vi: '(tệp)', en: '(file)' };

function readBytes(file: string, problems: Finding[]): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { vi: 'không có tệp', en: 'missing' }
        : readErrorWords(error);
    problems.push(
      tableProblem({ file }, FILE_PATH, { vi: 'một bảng phân bổ', en: 'an allocation table' }, reason),
    );
    return undefined;
  }
}

/** xlsx files are zip archives; staff rename files freely, so the bytes decide, not the extension. */
function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

function csvGrid(file: string, bytes: Buffer, problems: Finding[]): Grid | undefined {
  try {
    const records: string[][] = parseCsv(bytes, { bom: true, relax_column_count: true, trim: true });
    return { rows: records.map((cells, index) => ({ row: index + 1, cells })) };
  } catch (error) {
    problems.push(
      tableProblem(
        { file },
        FILE_PATH,
        { vi: 'một bảng phân bổ dạng CSV', en: 'a CSV allocation table' },
        (error as Error).message,
      ),
    );
    return undefined;
  }
}

async function xlsxGrids(file: string, bytes: Buffer, problems: Finding[]): Promise<Grid[] | undefined> {
  const Workbook = workbookClass();
  const workbook = new Workbook();
  try {
    // exceljs types predate Node's generic Buffer; the bytes are what it expects
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    problems.push(
      tableProblem(
        { file },
        FILE_PATH,
        { vi: 'một bảng phân bổ dạng xlsx', en: 'an xlsx allocation table' },
        (error as Error).message,
      ),
    );
    return undefined;
  }
  return workbook.worksheets.map((sheet) => {
    const rows: Grid['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    return { sheet: sheet.name, rows };
  });
}

/** A cell as the text Excel shows; formulas (a total row is usually `=SUM(…)`) by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

interface Header {
  index: number;
  fields: Map<AllocationField, number>;
  unitId?: number;
  unitName?: number;
  missing: string[];
}

/** The first row, among the first 20, that holds every column; else the closest one, with what it lacks. */
function findHeader(rows: Grid['rows']): Header {
  let best: Header | undefined;
  for (const [index, { cells }] of rows.slice(0, HEADER_ROWS).entries()) {
    const fields = new Map<AllocationField, number>();
    let unitId: number | undefined;
    let unitName: number | undefined;
    cells.forEach((text, column) => {
      const key = foldKey(text);
      const field = FIELD_HEADERS.get(key);
      if (field && !fields.has(field)) fields.set(field, column);
      else if (UNIT_ID_HEADERS.has(key) && unitId === undefined) unitId = column;
      else if (UNIT_NAME_HEADERS.has(key) && unitName === undefined) unitName = column;
    });
    const missing = ALLOCATION_FIELDS.filter((f) => !fields.has(f)).map(String);
    if (unitId === undefined && unitName === undefined) missing.unshift('unit_id');
    const header: Header = { index, fields, unitId, unitName, missing };
    if (missing.length === 0) return header;
    if (!best || missing.length < best.missing.length) best = header;
  }
  return best ?? { index: -1, fields: new Map(), missing: ['unit_id', ...ALLOCATION_FIELDS] };
}

function tableFromGrid(
  file: string,
  grid: Grid,
  units: readonly Unit[],
  problems: Finding[],
): AllocationTable {
  const where = { file, ...(grid.sheet ? { sheet: grid.sheet } : {}) };
  const header = findHeader(grid.rows);
  if (header.missing.length > 0) {
    const columns = header.missing.join(', ');
    problems.push(
      tableProblem(
        where,
        { vi: '(dòng tiêu đề)', en: '(header)' },
        {
          vi: `các cột ${columns} ở một trong ${HEADER_ROWS} dòng đầu`,
          en: `columns ${columns} in one of the first ${HEADER_ROWS} rows`,
        },
        { vi: '(không thấy)', en: 'none' },
      ),
    );
    return { allocations: [] };
  }
  const headerCells = grid.rows[header.index]?.cells ?? [];
  const headers: TablePosition['headers'] = {};
  for (const [field, column] of header.fields) headers[field] = headerCells[column] ?? field;

  const unitByKey = new Map<string, string>();
  for (const unit of units) {
    for (const spelling of [unit.id, unit.name, ...unit.aliases]) unitByKey.set(foldKey(spelling), unit.id);
  }
  const known = new Set(units.map((u) => u.id));
  const seen = new Map<string, number>();
  const table: AllocationTable = { allocations: [] };

  for (const { row, cells } of grid.rows.slice(header.index + 1)) {
    const at = (column: number | undefined): string => (column === undefined ? '' : (cells[column] ?? ''));
    const idText = at(header.unitId);
    const nameText = at(header.unitName);
    const numbers = new Map([...header.fields].map(([field, column]) => [field, at(column)]));
    const hasNumbers = [...numbers.values()].some((v) => v !== '');
    if (idText === '' && nameText === '' && !hasNumbers) continue;

    if (TOTAL_LABELS.has(foldKey(idText)) || TOTAL_LABELS.has(foldKey(nameText))) {
      table.totals = readTotals(numbers, row, where, problems);
      positions.set(table.totals, { ...where, row, headers });
      continue;
    }
    // ids or names, as long as they name a unit of campaign.json (`Phong Thổ` = `phong-tho`)
    const unitText = header.unitId !== undefined ? idText : nameText;
    const unit =
      unitText === '' || known.has(unitText)
        ? unitText || undefined
        : (unitByKey.get(foldKey(unitText)) ?? unitText);
    // a note under the table (`Ghi chú: …`) names no unit and holds no numbers
    if (!hasNumbers && (unit === undefined || !known.has(unit))) continue;

    const record: Record<string, unknown> = { unit };
    for (const [field, text] of numbers) record[field] = toNumber(text);
    const parsed = allocationSchema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const found = (issue as { input?: unknown }).input;
        problems.push(
          tableProblem(
            where,
            rowPath(row, issue.path.map(String).join('.') || 'unit'),
            issue.path.length === 0 || issue.path[0] === 'unit'
              ? { vi: 'một đơn vị', en: 'a unit' }
              : { vi: 'một số nguyên không âm', en: 'a whole number, 0 or more' },
            found === undefined ? { vi: 'ô trống', en: 'nothing' } : JSON.stringify(found),
          ),
        );
      }
      continue;
    }
    const allocation = parsed.data;
    if (!known.has(allocation.unit)) {
      problems.push(
        tableProblem(
          where,
          rowPath(row, header.unitId !== undefined ? 'unit_id' : 'unit'),
          { vi: 'một đơn vị của campaign.json', en: 'a unit of campaign.json' },
          allocation.unit,
        ),
      );
    } else if (seen.has(allocation.unit)) {
      const first = seen.get(allocation.unit);
      problems.push(
        tableProblem(
          where,
          rowPath(row, 'unit'),
          {
            vi: `mỗi đơn vị một lần (đã có ở dòng ${first})`,
            en: `each unit once (already in row ${first})`,
          },
          allocation.unit,
        ),
      );
    }
    seen.set(allocation.unit, row);
    positions.set(allocation, { ...where, row, headers });
    table.allocations.push(allocation);
  }
  return table;
}

/** Blank stays blank (the schema says what it expected); text that is not a number is reported as written. */
function toNumber(text: string): unknown {
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isNaN(value) ? text : value;
}

function readTotals(
  numbers: Map<AllocationField, string>,
  row: number,
  where: { file: string; sheet?: string },
  problems: Finding[],
): Partial<Record<AllocationField, number>> {
  const totals: Partial<Record<AllocationField, number>> = {};
  for (const [field, text] of numbers) {
    if (text === '') continue;
    const value = Number(text);
    if (Number.isInteger(value) && value >= 0) totals[field] = value;
    else
      problems.push(
        tableProblem(
          where,
          rowPath(row, field),
          { vi: 'một số nguyên', en: 'a whole number' },
          JSON.stringify(text),
        ),
      );
  }
  return totals;
}
