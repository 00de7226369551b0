import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { workbookClass } from '../../src/exceljs.js';
import { unitFileName, unitResult } from '../../src/report/per-unit.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'fixtures/lai-chau-2020/nominees.xlsx');
const campaign = loadCampaign();

afterAll(removeTempDirs);

describe('a report per unit', () => {
  it('holds only the unit’s nominees, quota lines and findings, tallied again', async () => {
    const result = await runCheck([SAMPLE], { campaign });
    const own = unitResult(result, 'y-te');
    expect(own.judgements.length).toBeGreaterThan(0);
    expect(own.judgements.every((j) => j.nominee.unit === 'y-te')).toBe(true);
    expect(own.quota.every((q) => q.unit === 'y-te')).toBe(true);
    expect(own.quota.length).toBeGreaterThan(0);
    // the D-DUP of Nguyễn Thị Hoa's second row belongs to Y tế, Tam Đường's Q-OVER does not
    expect(own.findings.some((f) => f.code === 'D-DUP')).toBe(true);
    expect(own.findings.some((f) => f.args.unitId === 'tam-duong')).toBe(false);
    expect(own.summary.nominees).toBe(own.judgements.length);
    expect(own.units).toEqual(['y-te']);
  });

  it('is named by the unit’s plan name, with what a file system refuses replaced', () => {
    expect(unitFileName('LĐLĐ huyện Phong Thổ', 'xlsx')).toBe('LĐLĐ huyện Phong Thổ.xlsx');
    expect(unitFileName('Công đoàn ngành Y Tế / Giáo dục: "A"?', 'html')).toBe(
      'Công đoàn ngành Y Tế - Giáo dục- -A-.html',
    );
    expect(unitFileName('..', 'xlsx')).toBe('don-vi.xlsx');
    expect(unitFileName('Tổ 1. ', 'xlsx')).toBe('Tổ 1.xlsx');
  });

  it('check --per-unit-report writes one xlsx per unit with nominees, and html when asked', async () => {
    const dir = path.join(tempDir(), 'gui-don-vi');
    const { code, stderr } = await run(
      'check',
      SAMPLE,
      '--per-unit-report',
      dir,
      '--format',
      'html',
      '--output',
      path.join(dir, '..', 'tong-hop.html'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('Đã ghi');
    const names = readdirSync(dir).sort();
    const units = result();
    expect(names).toContain('Công đoàn ngành Y Tế.xlsx');
    expect(names).toContain('Công đoàn ngành Y Tế.html');
    expect(names).toContain('LĐLĐ huyện Sìn Hồ.xlsx');
    // no unit without a nominee gets a report
    expect(names.some((n) => n.startsWith('LĐLĐ huyện Than Uyên'))).toBe(false);
    expect(names.length).toBe(units.length * 2);
    const workbook = new (workbookClass())();
    await workbook.xlsx.load(
      readFileSync(path.join(dir, 'Công đoàn ngành Y Tế.xlsx')) as unknown as ArrayBuffer,
    );
    const people: string[] = [];
    workbook.getWorksheet('Cá nhân')?.eachRow((r) => {
      people.push(r.values ? String((r.values as unknown[]).join('|')) : '');
    });
    const text = people.join('\n');
    expect(text).toContain('Phạm Thị Lan');
    expect(text).not.toContain('Lò Thị Mai');
    const html = readFileSync(path.join(dir, 'Công đoàn ngành Y Tế.html'), 'utf8');
    expect(html).toContain('Phạm Thị Lan');
    expect(html).not.toContain('Lò Thị Mai');
  });

  it('writes nothing when one of the reports is there already, unless --force', async () => {
    const dir = path.join(tempDir(), 'gui');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'LĐLĐ huyện Phong Thổ.xlsx'), 'kept');
    const refused = await run('check', SAMPLE, '--per-unit-report', dir, '--quiet');
    expect(refused.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['LĐLĐ huyện Phong Thổ.xlsx']);
    expect(readFileSync(path.join(dir, 'LĐLĐ huyện Phong Thổ.xlsx'), 'utf8')).toBe('kept');
    const forced = await run('check', SAMPLE, '--per-unit-report', dir, '--quiet', '--force');
    expect(forced.code).toBe(1);
    expect(existsSync(path.join(dir, 'Công đoàn viên chức.xlsx'))).toBe(true);
  });
});

/** The units of the bundled sample that have nominees. */
function result(): string[] {
  return ['thanh-pho', 'phong-tho', 'tam-duong', 'sin-ho', 'y-te', 'giao-duc', 'vien-chuc'];
}
