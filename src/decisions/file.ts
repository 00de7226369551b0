import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { workbookClass } from '../exceljs.js';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { foldKey } from '../model/fold.js';
import type { Decision } from '../model/nominee.js';
import { type Issue, readDecision, readYear } from '../read/values.js';

/** One row of a decisions file: who (name, unit, perhaps the birth year) and the council's decision. */
export interface DecisionRow {
  file: string;
  sheet: string;
  row: number;
  name: string;
  unitText: string;
  birthYear: number | null;
  decision: Decision | null;
  /** Cell reference of the decision (`D4`), for findings. */
  cell: string;
}

const HEADERS = {
  name: ['Họ và tên', 'Họ tên', 'Tên tập thể', 'Tên', 'name'],
  unit: ['Đơn vị đề nghị', 'Đơn vị', 'unit'],
  birthYear: ['Năm sinh', 'birth_year', 'birth year'],
  decision: ['Kết luận của Hội đồng', 'Quyết định', 'Kết luận', 'Kết luận của HĐ', 'decision'],
} as const;
type Field = keyof typeof HEADERS;
const REQUIRED: readonly Field[] = ['name', 'unit', 'decision'];

/** How many rows from the top the header row may sit: forms put title rows above the table. */
const HEADER_ROWS = 20;

/**
 * A decisions file (`--decisions FILE`, CSV or xlsx): a table with the nominee's name, unit, birth
 * year (optional, for two people of one name) and the council's decision, under title rows if the
 * minutes have them. A value that is not a decision is an input error naming its cell, as a
 * nominee file's is; a file without the columns is exit 2 naming what is missing.
 */
export async function readDecisionsFile(file: string, label = path.basename(file)): Promise<DecisionRow[]> {
  const { sheet, rows } = await readTable(file, label);
  const headerIndex = rows.slice(0, HEADER_ROWS).findIndex((r) => columnsOf(r).size >= REQUIRED.length);
  const header = rows[headerIndex];
  if (headerIndex < 0 || !header) {
    throw new InputError(
      finding(
        'E-HEADER-MISSING',
        { columns: REQUIRED.map((f) => HEADERS[f][0]).join(', ') },
        { file: label },
      ),
    );
  }
  const at = columnsOf(header);
  const out: DecisionRow[] = [];
  rows.slice(headerIndex + 1).forEach((cells, i) => {
    const row = headerIndex + 2 + i;
    const text = (f: Field) => {
      const index = at.get(f);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if (text('name') === '') return;
    const issues: Issue[] = [];
    const decision = readDecision(text('decision'), issues);
    const birthYear = readYear(text('birthYear'), issues);
    const cell = `${letter((at.get('decision') ?? 0) + 1)}${row}`;
    const problem = issues[0];
    if (problem) {
      throw new InputError(
        finding(problem.code, problem.args, { file: label, sheet: sheet || undefined, row, cell }),
      );
    }
    out.push({
      file: label,
      sheet,
      row,
      name: text('name'),
      unitText: text('unit'),
      birthYear,
      decision,
      cell,
    });
  });
  return out;
}

function columnsOf(row: readonly string[]): Map<Field, number> {
  const found = new Map<Field, number>();
  row.forEach((cell, index) => {
    const key = foldKey(cell);
    for (const [field, spellings] of Object.entries(HEADERS) as [Field, readonly string[]][]) {
      if (!found.has(field) && spellings.some((s) => foldKey(s) === key)) found.set(field, index);
    }
  });
  return REQUIRED.every((f) => found.has(f)) ? found : new Map();
}

async function readTable(file: string, label: string): Promise<{ sheet: string; rows: string[][] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(
      finding(
        'E-FILE-UNREADABLE',
        { reason: (error as NodeJS.ErrnoException).code ?? String(error) },
        { file: label },
      ),
    );
  }
  // a zip is a workbook whatever its name says; anything else is read as CSV text
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const workbook = new (workbookClass())();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (r, n) => {
      const values: string[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => {
        values[col - 1] = c.text ?? '';
      });
      rows[n - 1] = values;
    });
    return { sheet: sheet?.name ?? '', rows: Array.from(rows, (r) => r ?? []) };
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return { sheet: '', rows: parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) };
  } catch (error) {
    throw new InputError(finding('E-FILE-UNREADABLE', { reason: (error as Error).message }, { file: label }));
  }
}

function letter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}
