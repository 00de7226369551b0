import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { workbookClass } from '../exceljs.js';
import { readErrorWords } from '../findings/errno.js';
import type { Finding } from '../findings/finding.js';
import { type AwardSpec, awardWords } from '../model/awards.js';
import { BLOCKS, CATEGORIES, KINDS } from '../model/categories.js';
import { foldKey } from '../model/fold.js';
import type { KindSpec } from '../model/kinds.js';
import { nearestName } from '../model/nearest.js';
import type { Text } from '../model/text.js';
import { campaignProblem } from './issues.js';
import { type Allocation, allocationSchema, type SeatAllocation, type Unit } from './schema.js';

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
  allocations: (Allocation | SeatAllocation)[];
  /** The table's own total row, when it has one. */
  totals?: Partial<Record<AllocationField, number>>;
}

const positions = new WeakMap<object, TablePosition>();

/** The seats a row of either table gives a column's key (a category, kind or `award:kind`); none without the column. */
export function seatsOf(allocation: Allocation | SeatAllocation, key: string): number | undefined {
  if ('seats' in allocation) return allocation.seats[key];
  return (allocation as Record<string, unknown> as Record<string, number | undefined>)[key];
}

/** The rows of the four categories' table, whose sums the plan checks; none for a table of seats by kind. */
export function categoryRows(allocations: readonly (Allocation | SeatAllocation)[]): Allocation[] {
  return allocations.filter((a): a is Allocation => !('seats' in a));
}

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
  columns?: readonly SeatColumn[],
): AllocationTable {
  const bytes = readBytes(file, problems);
  if (!bytes) return { allocations: [] };
  if (isZip(bytes)) {
    problems.push(
      campaignProblem(
        { file },
        FILE_PATH,
        { vi: 'một bảng phân bổ dạng CSV ở đây', en: 'a CSV allocation table here' },
        { vi: 'một tệp Excel', en: 'an Excel workbook' },
      ),
    );
    return { allocations: [] };
  }
  const grid = csvGrid(file, bytes, problems);
  if (!grid) return { allocations: [] };
  return columns
    ? seatsFromGrid(file, grid, units, columns, problems)
    : tableFromGrid(file, grid, units, problems);
}

/** Read a CSV or xlsx table: of the four categories, or, given `columns`, of seats by kind (and award). */
export async function readAllocationTable(
  file: string,
  units: readonly Unit[],
  problems: Finding[],
  columns?: readonly SeatColumn[],
): Promise<AllocationTable> {
  const bytes = readBytes(file, problems);
  if (!bytes) return { allocations: [] };
  if (!isZip(bytes)) {
    const grid = csvGrid(file, bytes, problems);
    if (!grid) return { allocations: [] };
    return columns
      ? seatsFromGrid(file, grid, units, columns, problems)
      : tableFromGrid(file, grid, units, problems);
  }
  const grids = await xlsxGrids(file, bytes, problems);
  if (!grids) return { allocations: [] };
  if (columns) {
    // the first sheet with the most seat columns (others may be notes or the plan's text)
    const found = (g: Grid): number => seatHeader(g.rows, columns).found;
    const best = grids.reduce<Grid | undefined>(
      (b, g) => (b === undefined || found(g) > found(b) ? g : b),
      undefined,
    );
    return seatsFromGrid(file, best ?? { rows: [] }, units, columns, problems);
  }
  // the first sheet that holds the table (others may be notes or the plan's text);
  // failing that, the closest one, so the problem names the columns it lacks
  const missing = (g: Grid): number => findHeader(g.rows).missing.length;
  const sheet = grids.find((g) => missing(g) === 0) ?? [...grids].sort((a, b) => missing(a) - missing(b))[0];
  return tableFromGrid(file, sheet ?? { rows: [] }, units, problems);
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
      campaignProblem({ file }, FILE_PATH, { vi: 'một bảng phân bổ', en: 'an allocation table' }, reason),
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
      campaignProblem(
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
      campaignProblem(
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
      campaignProblem(
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
    // a table has a few dozen rows: not enough for zod's compiled fast path to pay (load.ts)
    const parsed = allocationSchema.safeParse(record, { reportInput: true, jitless: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const found = (issue as { input?: unknown }).input;
        problems.push(
          campaignProblem(
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
        campaignProblem(
          where,
          rowPath(row, header.unitId !== undefined ? 'unit_id' : 'unit'),
          { vi: 'một đơn vị của campaign.json', en: 'a unit of campaign.json' },
          allocation.unit,
        ),
      );
    } else if (seen.has(allocation.unit)) {
      const first = seen.get(allocation.unit);
      problems.push(
        campaignProblem(
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
        campaignProblem(
          where,
          rowPath(row, field),
          { vi: 'một số nguyên', en: 'a whole number' },
          JSON.stringify(text),
        ),
      );
  }
  return totals;
}

/**
 * A column of a table of seats by kind or by award and kind: the key quotas are counted under
 * (`ca-nhan`, `LDTT:ca-nhan`) and the headers that name it (its id, `award:kind` by ids or by
 * titles, and an award given to one kind by the award's own words).
 */
export interface SeatColumn {
  key: string;
  headers: readonly string[];
}

/**
 * The columns of the campaign's table of seats, or `undefined` for the four categories' table
 * (DOMAIN.md §4), which a campaign of those kinds and one award keeps.
 */
export function seatColumns(
  kinds: readonly KindSpec[],
  awards: readonly AwardSpec[] | undefined,
): SeatColumn[] | undefined {
  if (!awards && kinds.every((k) => (CATEGORIES as readonly string[]).includes(k.id))) return undefined;
  const columns: SeatColumn[] = kinds.map((k) => ({ key: k.id, headers: [k.id, k.label.vi, k.label.en] }));
  for (const award of awards ?? []) {
    for (const kind of kinds.filter((k) => award.kinds.includes(k.id))) {
      columns.push({
        key: `${award.id}:${kind.id}`,
        headers: [
          `${award.id}:${kind.id}`,
          `${award.title.vi}:${kind.label.vi}`,
          `${award.title.en}:${kind.label.en}`,
          ...(award.kinds.length === 1 ? awardWords(award) : []),
        ],
      });
    }
  }
  return columns;
}

interface SeatHeader {
  index: number;
  /** Column number → the seat column it holds. */
  seats: Map<number, SeatColumn>;
  unitId?: number;
  unitName?: number;
  /** Headers of the row that name nothing known, with their column numbers. */
  unknown: [number, string][];
  found: number;
}

/** The row, among the first 20, naming a unit column and the most seat columns. */
function seatHeader(rows: Grid['rows'], columns: readonly SeatColumn[]): SeatHeader {
  const byHeader = new Map<string, SeatColumn>();
  for (const column of columns)
    for (const header of column.headers)
      if (!byHeader.has(foldKey(header))) byHeader.set(foldKey(header), column);
  let best: SeatHeader = { index: -1, seats: new Map(), unknown: [], found: 0 };
  for (const [index, { cells }] of rows.slice(0, HEADER_ROWS).entries()) {
    const header: SeatHeader = { index, seats: new Map(), unknown: [], found: 0 };
    const taken = new Set<string>();
    cells.forEach((text, column) => {
      const key = foldKey(text);
      const seat = byHeader.get(key);
      if (seat && !taken.has(seat.key)) {
        taken.add(seat.key);
        header.seats.set(column, seat);
      } else if (UNIT_ID_HEADERS.has(key) && header.unitId === undefined) header.unitId = column;
      else if (UNIT_NAME_HEADERS.has(key) && header.unitName === undefined) header.unitName = column;
      else if (key !== '' && !OTHER_HEADERS.has(key)) header.unknown.push([column, text]);
    });
    header.found = header.seats.size;
    if (header.unitId === undefined && header.unitName === undefined) continue;
    if (header.found > best.found) best = header;
  }
  return best;
}

/** Headers a table of seats may have beside its seat columns: row numbers and a total. */
const OTHER_HEADERS = new Set(['stt', 'sott', 'sothutu', 'no', ...TOTAL_LABELS]);

/** `dòng 3, cột "Cá nhân"`: where a cell of a table of seats is, in the words of its file. */
function cellPath(row: number, header: string): Text {
  return { vi: `dòng ${row}, cột "${header}"`, en: `row ${row}, column "${header}"` };
}

function seatsFromGrid(
  file: string,
  grid: Grid,
  units: readonly Unit[],
  columns: readonly SeatColumn[],
  problems: Finding[],
): AllocationTable {
  const where = { file, ...(grid.sheet ? { sheet: grid.sheet } : {}) };
  const header = seatHeader(grid.rows, columns);
  const wanted = columns.map((c) => c.headers[0] as string).join(', ');
  if (header.found === 0) {
    problems.push(
      campaignProblem(
        where,
        { vi: '(dòng tiêu đề)', en: '(header)' },
        {
          vi: `cột đơn vị (unit_id hoặc Đơn vị) và ít nhất một trong các cột ${wanted} ở một trong ${HEADER_ROWS} dòng đầu`,
          en: `a unit column (unit_id or unit) and at least one of the columns ${wanted} in one of the first ${HEADER_ROWS} rows`,
        },
        { vi: '(không thấy)', en: 'none' },
      ),
    );
    return { allocations: [] };
  }
  const headerRow = grid.rows[header.index]?.row ?? header.index + 1;
  const known = columns.flatMap((c) => c.headers);
  for (const [, text] of header.unknown) {
    const near = nearestName(text, known);
    problems.push(
      campaignProblem(
        where,
        cellPath(headerRow, text),
        {
          vi: `một loại đối tượng hoặc danh hiệu:loại của campaign.json (${wanted})${near ? ` — có phải ${near}?` : ''}`,
          en: `a kind or award:kind of campaign.json (${wanted})${near ? ` — did you mean ${near}?` : ''}`,
        },
        text,
      ),
    );
  }
  const headerCells = grid.rows[header.index]?.cells ?? [];
  const unitByKey = new Map<string, string>();
  for (const unit of units) {
    for (const spelling of [unit.id, unit.name, ...unit.aliases]) unitByKey.set(foldKey(spelling), unit.id);
  }
  const knownUnits = new Set(units.map((u) => u.id));
  const seen = new Map<string, number>();
  const table: AllocationTable = { allocations: [] };
  const sums = new Map<string, number>();
  for (const { row, cells } of grid.rows.slice(header.index + 1)) {
    const at = (column: number | undefined): string => (column === undefined ? '' : (cells[column] ?? ''));
    const unitColumn = header.unitId ?? header.unitName;
    const unitText = at(unitColumn);
    const numbers = [...header.seats].map(([column, seat]) => ({ seat, column, text: at(column) }));
    const hasNumbers = numbers.some((n) => n.text !== '');
    if (unitText === '' && !hasNumbers) continue;
    const isTotal = TOTAL_LABELS.has(foldKey(unitText)) || TOTAL_LABELS.has(foldKey(at(header.unitName)));
    const unit = knownUnits.has(unitText) ? unitText : unitByKey.get(foldKey(unitText));
    // a note under the table (`Ghi chú: …`) names no unit and holds no numbers
    if (!hasNumbers && unit === undefined && !isTotal) continue;
    const seats: Record<string, number> = {};
    for (const { seat, column, text } of numbers) {
      const value = Number(text);
      if (text === '' || !Number.isInteger(value) || value < 0) {
        problems.push(
          campaignProblem(
            where,
            cellPath(row, headerCells[column] ?? seat.key),
            { vi: 'một số nguyên không âm', en: 'a whole number, 0 or more' },
            text === '' ? { vi: 'ô trống', en: 'nothing' } : JSON.stringify(text),
          ),
        );
        continue;
      }
      seats[seat.key] = value;
    }
    if (isTotal) {
      // the printed total row must be what the rows above add up to
      for (const { seat, column } of numbers) {
        const printed = seats[seat.key];
        const sum = sums.get(seat.key) ?? 0;
        if (printed === undefined || printed === sum) continue;
        problems.push(
          campaignProblem(
            where,
            cellPath(row, headerCells[column] ?? seat.key),
            { vi: `${sum}, tổng các dòng trên`, en: `${sum}, the sum of the rows above` },
            String(printed),
          ),
        );
      }
      continue;
    }
    const columnName = headerCells[unitColumn ?? 0] ?? 'unit';
    if (unit === undefined) {
      problems.push(
        campaignProblem(
          where,
          cellPath(row, columnName),
          { vi: 'một đơn vị của campaign.json', en: 'a unit of campaign.json' },
          unitText === '' ? { vi: 'ô trống', en: 'nothing' } : unitText,
        ),
      );
      continue;
    }
    if (seen.has(unit)) {
      const first = seen.get(unit);
      problems.push(
        campaignProblem(
          where,
          cellPath(row, columnName),
          {
            vi: `mỗi đơn vị một lần (đã có ở dòng ${first})`,
            en: `each unit once (already in row ${first})`,
          },
          unitText,
        ),
      );
      continue;
    }
    seen.set(unit, row);
    for (const [key, value] of Object.entries(seats)) sums.set(key, (sums.get(key) ?? 0) + value);
    const allocation: SeatAllocation = { unit, seats };
    positions.set(allocation, { ...where, row, headers: {} });
    table.allocations.push(allocation);
  }
  return table;
}
