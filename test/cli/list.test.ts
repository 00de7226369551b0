import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_SHEET } from '../../src/list/xlsx.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

const SAMPLE = 'fixtures/lai-chau-2020/nominees.xlsx';

afterAll(removeTempDirs);

let epoch: string | undefined;
beforeEach(() => {
  epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1770334200'; // 5 February 2026
});
afterEach(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

/** The Word document's parts, as a program that opens it reads them. */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml'])
    out[name] = (await zip.file(name)?.async('string')) ?? '';
  return out;
}

describe('eligibility list', () => {
  it('prints the list of eligible nominees by kind and unit, exit 0', async () => {
    const { code, stdout } = await run('list', SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC BIỂU DƯƠNG');
    expect(stdout).toContain('Chưa có kết luận của Hội đồng');
    expect(stdout).toContain('I. TẬP THỂ (5)');
    expect(stdout).toContain('II. CÁ NHÂN (13)');
    expect(stdout).toMatch(/^ {4}5\. Lò Thị Mai \(1986\), Phó Chủ tịch Công đoàn xã Mường So$/m);
    expect(stdout).toContain('Tổng số: 5 tập thể, 13 cá nhân.');
  });

  it('writes a Word document on A4 portrait in Times New Roman 13–14, with the decree’s heading and the same bytes twice', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'danh-sach.docx');
    const b = path.join(dir, 'b.docx');
    const given = ['--decision', '125/QĐ-LĐLĐ', '--signer-name', 'Nguyễn Văn A'];
    expect((await run('list', SAMPLE, '--output', a, ...given)).code).toBe(0);
    expect((await run('list', SAMPLE, '--format', 'docx', '--output', b, ...given)).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const xml = await parts(a);
    const document = xml['word/document.xml'] as string;
    // A4 in twentieths of a point, portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    for (const words of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TỔNG LĐLĐ VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
      'Lai Châu, ngày 05 tháng 02 năm 2026',
      '(Kèm theo Quyết định số 125/QĐ-LĐLĐ',
      'TM. BAN THƯỜNG VỤ',
      'Nguyễn Văn A',
      'Lò Thị Mai (1986)',
    ])
      expect(document).toContain(words);
    // every run's size is 13 or 14 points (26 or 28 half-points), the default font Times New Roman
    const sizes = new Set([...document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes].sort()).toEqual(['26', '28']);
    expect(xml['word/styles.xml']).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(xml['docProps/core.xml']).toContain('2026-02-05T23:30:00Z');
  });

  it('writes a workbook in Times New Roman 13 on A4 portrait, one row per nominee', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'danh-sach.xlsx');
    expect((await run('list', SAMPLE, '--output', file)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(LIST_SHEET);
    expect(sheet?.pageSetup.paperSize).toBe(9);
    expect(sheet?.pageSetup.orientation).toBe('portrait');
    const rows = Array.from(sheet?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))) : [],
    );
    const nominees = rows.filter((r) => /^\d+$/.test(r[0] ?? '') && r.length > 2);
    expect(nominees).toHaveLength(18);
    expect(nominees.find((r) => r[2] === 'Lò Thị Mai')?.slice(0, 6)).toEqual([
      '5',
      'Cá nhân',
      'Lò Thị Mai',
      '1986',
      'Phó Chủ tịch Công đoàn xã Mường So',
      'LĐLĐ huyện Phong Thổ',
    ]);
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(sheet?.getRow(header).getCell(1).font?.name).toBe('Times New Roman');
  });

  it('refuses with exit 2 a Word document without --output and an unknown format', async () => {
    const docx = await run('list', SAMPLE, '--format', 'docx');
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('--output');
    const pdf = await run('list', SAMPLE, '--format', 'pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--format "pdf" không hợp lệ (chọn text, xlsx, docx)');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run('list', SAMPLE, '--lang', 'en');
    expect(stdout).toContain('I. COLLECTIVES (5)');
    expect(stdout).toContain('In total: 5 collectives, 13 individuals.');
  });
});
