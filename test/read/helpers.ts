import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { ReadContext } from '../../src/read/index.js';
import { book, campaign } from '../helpers/nominee.js';

export const ctx: ReadContext = { campaign, book };

/** A fresh temporary folder for this test file, removed when its tests are done. */
export async function scratch(): Promise<(name: string) => string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eligibility-read-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return (name) => path.join(dir, name);
}

export interface SheetSpec {
  name: string;
  /** Rows from row 1; `undefined` leaves a cell empty. */
  rows: unknown[][];
  merges?: string[];
  /** 1-based row numbers to hide, as Excel does by hand, by a filter or an outline. */
  hiddenRows?: number[];
  /** 1-based column numbers to hide. */
  hiddenColumns?: number[];
  /** 1-based row numbers given a format but no value, as when a user formats rows below the table. */
  styledRows?: number[];
}

export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(spec.name);
    spec.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    for (const r of spec.styledRows ?? []) {
      for (let c = 1; c <= 20; c++)
        ws.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    }
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function writeText(file: string, text: string | Buffer): Promise<string> {
  await writeFile(file, text);
  return file;
}

/** The findings with a code, for asserting on one kind of problem at a time. */
export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** The headers of the official `Cá nhân` sheet, in its column order (A…T). */
/** The few columns a short list of individuals needs: number, name, birth year, unit, block, the years. */
export const SHORT_HEADERS = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Đơn vị đề nghị',
  'Khối',
  '2016',
  '2017',
  '2018',
  '2019',
  '2020',
];

export const INDIVIDUAL_HEADERS = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Giới tính',
  'Dân tộc',
  'Chức vụ, đơn vị công tác',
  'Đơn vị đề nghị',
  'Khối',
  'Lãnh đạo từ cấp phòng trở lên',
  'Người đứng đầu',
  'Công nhân trực tiếp sản xuất',
  2016,
  2017,
  2018,
  2019,
  2020,
  'Khen thưởng',
  'Sáng kiến',
  'Năm đơn vị đạt TTLĐXS',
  'XN phẩm chất chính trị',
];

/** The headers of the official `Tập thể` sheet (A…O). */
export const COLLECTIVE_HEADERS = [
  'STT',
  'Tên tập thể',
  'Đơn vị đề nghị',
  'Khối',
  2016,
  2017,
  2018,
  2019,
  2020,
  'Khen thưởng',
  'Thành tích cá nhân trong tập thể',
  'XN mô hình, cách làm hay',
  'XN đoàn kết, trong sạch vững mạnh',
  'XN chấp hành chủ trương, pháp luật',
  'Số người bị kỷ luật',
];

/** Lò Thị Mai's row under `INDIVIDUAL_HEADERS`, eligible; `overrides` replace cells by index. */
export const individual = (overrides: Record<number, unknown> = {}): unknown[] => {
  const row: unknown[] = [
    1,
    'Lò Thị Mai',
    1985,
    'Nữ',
    'Thái',
    'Giáo viên',
    'LĐLĐ huyện Phong Thổ',
    'HCSN',
    'Không',
    undefined,
    undefined,
    'LĐTT',
    'LĐTT',
    'HTXSNV',
    'HTXSNV',
    'LĐTT',
    'BK-UBND:2019',
    'SK-T:2018',
    undefined,
    'Có',
  ];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
  return row;
};
