import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workbookClass } from '../../src/exceljs.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OVER = path.join(ROOT, 'fixtures/select/over-seats.csv');
const SAMPLE = path.join(ROOT, 'fixtures/lai-chau-2020/nominees.xlsx');

afterAll(removeTempDirs);

describe('eligibility select', () => {
  it('suggests keepers with their reasons and states the tie as a tie, in Vietnamese', async () => {
    const { code, stdout, stderr } = await run('select', OVER);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Đây là gợi ý để Hội đồng Thi đua – Khen thưởng xem xét, không phải quyết định.',
    );
    expect(stdout).toContain('LĐLĐ huyện Tân Uyên · Cá nhân HCSN: 4 người đạt cho 2 chỗ');
    const block = stdout.slice(stdout.indexOf('Cá nhân HCSN: 4 người'), stdout.indexOf('2. CÒN CHỖ TRỐNG'));
    expect(block).toMatch(/Gợi ý chọn:\n {4}1\. Lò Thị Hạnh/);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(block)).toContain(
      'Ngang nhau (2 người bằng nhau ở mọi ưu tiên cho 1 chỗ còn lại, Hội đồng quyết định)',
    );
    expect(block).toMatch(/ {4}2\. Nguyễn Thị Lan[\s\S]* {4}2\. Trần Thị Bích/);
    expect(block).toMatch(/Gợi ý không chọn:\n {4}4\. Lò Văn Piếng/);
    expect(flat(block)).toContain('Xếp sau vì không đạt «Công chức, viên chức không giữ chức vụ lãnh đạo»');
    // the collectives: the plan names no priority for them, so both are tied for the one seat
    expect(stdout).toContain('LĐLĐ huyện Tân Uyên · Tập thể HCSN: 2 người đạt cho 1 chỗ');
    expect(stdout).toContain('Kế hoạch không nêu ưu tiên cho đối tượng này.');
  });

  it('lists the nominees to review that could fill the seats left, with what each needs', async () => {
    const { stdout } = await run('select', OVER);
    const block = stdout.slice(stdout.indexOf('2. CÒN CHỖ TRỐNG'), stdout.indexOf('3. THÀNH PHẦN'));
    expect(block).toContain('Cá nhân SXKD: 1 người đạt cho 4 chỗ, còn trống 3');
    expect(block).toContain('Lường Thị Ón');
    expect(block).toContain("Điền cột 'XN phẩm chất chính trị' (U9)");
  });

  it('shows the composition of the suggested list against the whole', async () => {
    const { stdout } = await run('select', OVER);
    expect(stdout).toMatch(/Số cá nhân +6 +5 +2\n/);
    expect(stdout).toMatch(/Nữ +4\/6 \(67%\) +3\/5 \(60%\) +1\/2 \(50%\)\n/);
    expect(stdout).toContain('(chưa tính 2 người ngang nhau, chờ Hội đồng quyết định)');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run('select', OVER, '--lang', 'en');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'A suggestion for the emulation and awards council to consider, not a decision.',
    );
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Tied (2 nominees equal on every priority for the 1 seat left, for the council to decide)',
    );
  });

  it('on the bundled sample, where no unit has more eligible nominees than seats, says so', async () => {
    const { code, stdout } = await run('select', SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('Không đơn vị nào có nhiều người đạt hơn số lượng.');
    expect(stdout).toContain('LĐLĐ huyện Sìn Hồ · Cá nhân HCSN: 0 người đạt cho 6 chỗ, còn trống 6');
  });

  it('gives the round as JSON: ranks, places, the tie and the reasons', async () => {
    const { stdout } = await run('select', OVER, '--format', 'json');
    const doc = JSON.parse(stdout);
    expect(doc.suggestion).toBe(true);
    const g = doc.groups.find((x: { category: string }) => x.category === 'individual-HCSN');
    expect(g).toMatchObject({
      unit: 'tan-uyen',
      seats: 2,
      eligible: 4,
      situation: 'over',
      tie: { rank: 2, seats: 1, nominees: 2 },
    });
    expect(
      g.nominees.map((n: { name: string; rank: number; place: string }) => [n.name, n.rank, n.place]),
    ).toEqual([
      ['Lò Thị Hạnh', 1, 'keep'],
      ['Nguyễn Thị Lan', 2, 'tie'],
      ['Trần Thị Bích', 2, 'tie'],
      ['Lò Văn Piếng', 4, 'below'],
    ]);
    expect(doc.composition.suggested.individuals).toBe(2);
  });

  it('writes markdown and xlsx, every report or none', async () => {
    const dir = tempDir();
    const base = path.join(dir, 'goi-y');
    const { code, stderr } = await run('select', OVER, '--format', 'xlsx,markdown', '--output', base);
    expect(stderr).toContain('Đã ghi');
    expect(code).toBe(0);
    const md = readFileSync(`${base}.md`, 'utf8');
    expect(md).toContain(
      '| 2 | Ngang nhau | Nguyễn Thị Lan (1985), Chuyên viên Phòng Nội vụ huyện Tân Uyên |',
    );
    const workbook = new (workbookClass())();
    await workbook.xlsx.load(readFileSync(`${base}.xlsx`) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Gợi ý', 'Thành phần', 'Ưu tiên']);
    const sheet = workbook.getWorksheet('Gợi ý');
    const header = sheet?.getRow(5).values as unknown[];
    expect(header).toContain('Gợi ý');
    expect(header).toContain('Nữ');
    const names: string[] = [];
    sheet?.eachRow((r, n) => {
      if (n > 5 && typeof r.getCell(7).value === 'string')
        names.push(`${r.getCell(6).value}: ${r.getCell(7).value}`);
    });
    expect(names).toContain('Ngang nhau: Trần Thị Bích');
    expect(names).toContain('Cần xem xét: Lường Thị Ón');

    // one of the two already there: refused before anything is written, the other not created
    const again = path.join(dir, 'lan-2');
    writeFileSync(`${again}.md`, 'kept');
    const refused = await run('select', OVER, '--format', 'xlsx,markdown', '--output', again);
    expect(refused.code).toBe(2);
    expect(existsSync(`${again}.xlsx`)).toBe(false);
    expect(readFileSync(`${again}.md`, 'utf8')).toBe('kept');
  });

  it('refuses a format it does not write, naming those it does', async () => {
    const { code, stderr } = await run('select', OVER, '--format', 'junit');
    expect(code).toBe(2);
    expect(stderr).toContain('text, json, markdown, xlsx');
  });
});
