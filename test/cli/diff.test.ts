import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIFF_SHEETS } from '../../src/diff/xlsx.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

/** fixtures/diff/: see test/diff/diff.test.ts for what the second file changes. */
const OLD = 'fixtures/diff/phong-tho-1.csv';
const NEW = 'fixtures/diff/phong-tho-2.csv';

afterAll(removeTempDirs);

let epoch: string | undefined;
beforeEach(() => {
  epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1770334200';
});
afterEach(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

describe('eligibility diff', () => {
  it('prints what was added, removed and changed in Vietnamese, and exits 1', async () => {
    const { code, stdout, stderr } = await run('diff', OLD, NEW);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('Thêm 1 · Bớt 1 · Thay đổi 1 · Không đổi 4');
    expect(stdout).toMatch(/^ {2}\+ Vàng A Dính \(1988\) · Cá nhân HCSN · LĐLĐ huyện Phong Thổ — Đạt/m);
    expect(stdout).toMatch(/^ {2}- Hà Thị Ngọc \(1993\) · Cá nhân SXKD/m);
    expect(stdout).toContain('Kết luận: Không đạt → Đạt');
    expect(stdout).toContain('2017: (trống) → HTCT (phong-tho-1.csv › N6 → phong-tho-2.csv › N5)');
    expect(stdout).toContain('Cũ: HTCT 4/5 năm, thiếu 2017');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run('diff', OLD, NEW, '--lang', 'en');
    expect(stdout).toContain('Added 1 · Removed 1 · Changed 1 · Unchanged 4');
    expect(stdout).toContain('Verdict: Ineligible → Eligible');
    expect(stdout).toContain('2017: (blank) → HTCT');
  });

  it('exits 0 and says so when nothing differs', async () => {
    const { code, stdout } = await run('diff', OLD, OLD);
    expect(code).toBe(0);
    expect(stdout).toContain('Hai lần gửi giống nhau');
  });

  it('compares two folders, telling the files of one name apart by their folder', async () => {
    const dir = tempDir();
    for (const [side, file] of [
      ['v1', OLD],
      ['v2', NEW],
    ] as const) {
      mkdirSync(path.join(dir, side));
      copyFileSync(file, path.join(dir, side, 'phong-tho.csv'));
    }
    const { code, stdout } = await run('diff', path.join(dir, 'v1'), path.join(dir, 'v2'));
    expect(code).toBe(1);
    expect(stdout).toContain('(v1/phong-tho.csv › N6 → v2/phong-tho.csv › N5)');
  });

  it('gives JSON with each side, the changed cells and the rule evidence', async () => {
    const { code, stdout } = await run('diff', OLD, NEW, '--format', 'json');
    expect(code).toBe(1);
    const data = JSON.parse(stdout);
    expect(data.differs).toBe(true);
    expect(data.added.map((n: { name: string }) => n.name)).toEqual(['Vàng A Dính']);
    expect(data.removed.map((n: { name: string }) => n.name)).toEqual(['Hà Thị Ngọc']);
    expect(data.changed[0].old).toEqual({
      file: 'phong-tho-1.csv',
      sheet: '',
      row: 6,
      verdict: 'ineligible',
    });
    expect(data.changed[0].new).toEqual({ file: 'phong-tho-2.csv', sheet: '', row: 5, verdict: 'eligible' });
    expect(data.changed[0].cells).toEqual([
      { column: '2017', header: '2017', old: null, new: 'HTCT', oldCell: 'N6', newCell: 'N5' },
    ]);
    expect(data.changed[0].rules[0]).toMatchObject({ id: 'TT-SXKD-1', old: 'fail', new: 'pass' });
    expect(data.quota).toHaveLength(3);
  });

  it('writes Markdown tables', async () => {
    const { stdout } = await run('diff', OLD, NEW, '--format', 'md');
    expect(stdout).toContain('| 2017 | (trống) | HTCT | phong-tho-1.csv › N6 | phong-tho-2.csv › N5 |');
  });

  it('writes the same xlsx bytes twice, with a row per change and per moved cell', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    expect((await run('diff', OLD, NEW, '--output', a)).code).toBe(1);
    expect((await run('diff', OLD, NEW, '--format', 'xlsx', '--output', b)).code).toBe(1);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(a);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(DIFF_SHEETS));
    const texts = (name: string) =>
      Array.from(workbook.getWorksheet(name)?.getSheetValues() ?? [], (r) =>
        Array.isArray(r) ? r.slice(1).map((v) => (v === undefined || v === null ? '' : String(v))) : [],
      );
    const sheet = texts(DIFF_SHEETS.nominees);
    // below the title lines and the header row (exceljs leaves index 0, before row 1, empty)
    const nominees = sheet.slice(sheet.findIndex((r) => r[1] === 'Họ và tên / Tên tập thể') + 1);
    expect(nominees.map((r) => [r[0], r[1]])).toEqual([
      ['Thêm', 'Vàng A Dính (1988)'],
      ['Bớt', 'Hà Thị Ngọc (1993)'],
      ['Thay đổi', 'Công ty Cổ phần Chè Phong Thổ'],
    ]);
    expect(texts(DIFF_SHEETS.cells).slice(2)).toEqual([
      [
        'Công ty Cổ phần Chè Phong Thổ',
        '2017',
        '(trống)',
        'HTCT',
        'phong-tho-1.csv › N6',
        'phong-tho-2.csv › N5',
      ],
    ]);
  });

  it('refuses, with exit 2, three paths without --against, an unreadable file, and xlsx without --output', async () => {
    const three = await run('diff', OLD, NEW, OLD);
    expect(three.code).toBe(2);
    expect(three.stderr).toContain('diff so sánh hai thứ: CŨ MỚI');
    const unreadable = await run('diff', OLD, 'fixtures/bad/scan.pdf');
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('scan.pdf');
    const binary = await run('diff', OLD, NEW, '--format', 'xlsx');
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('--output');
    const badFormat = await run('diff', OLD, NEW, '--format', 'html');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format "html" không hợp lệ (chọn text, json, markdown, xlsx)');
  });

  it('never replaces an existing report without --force, nor an input', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'so-sanh.json');
    writeFileSync(out, 'kept');
    expect((await run('diff', OLD, NEW, '--output', out)).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('kept');
    expect((await run('diff', OLD, NEW, '--output', out, '--force')).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).differs).toBe(true);
    const copy = path.join(dir, 'new.csv');
    copyFileSync(NEW, copy);
    expect((await run('diff', OLD, copy, '--output', copy, '--force', '--format', 'json')).code).toBe(2);
  });

  it('shows with --against which verdicts a corrected campaign changes, exit 0 when none', async () => {
    const same = await run('diff', 'fixtures/lai-chau-2020/nominees.xlsx', '--against', 'lai-chau-2020');
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('SO SÁNH HAI PHIÊN BẢN TIÊU CHÍ');
    expect(same.stdout).toContain('Thay đổi 0');
  });
});
