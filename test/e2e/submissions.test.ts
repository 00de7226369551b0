import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

/**
 * A folder of submissions as a pipeline checks it (fixtures/submissions, written by
 * scripts/make-submissions.mjs): three units' files and an Office lock file, in one run.
 * Expected verdicts are worked out by hand from DOMAIN.md §3 and the rows the script writes.
 */
const DIR = 'fixtures/submissions';

afterAll(removeTempDirs);

/** [file, sheet, row, name, verdict] of every nominee, in the order files are found. */
const EXPECTED = [
  ['phong-tho.xlsx', 'Tập thể', 8, 'Phòng Giáo dục và Đào tạo huyện Phong Thổ', 'eligible'],
  ['phong-tho.xlsx', 'Cá nhân', 8, 'Lò Thị Mai', 'eligible'],
  // no ĐVXS in any year (CN-SXKD-2)
  ['phong-tho.xlsx', 'Cá nhân', 9, 'Bùi Văn Tiến', 'ineligible'],
  // a Sìn Hồ nominee on path B, in Phong Thổ's file
  ['phong-tho.xlsx', 'Cá nhân', 10, 'Giàng Thị Dua', 'eligible'],
  // leader blank: path B still open
  ['sin-ho.xlsx', 'Cá nhân', 8, 'Hoàng Văn Nam', 'review'],
  // 2020 not yet assessed
  ['sin-ho.xlsx', 'Cá nhân', 9, 'Tòng Thị Phương', 'review'],
  // conduct attested as Không (CN-HCSN-2)
  ['sin-ho.xlsx', 'Cá nhân', 10, 'Lường Văn Khoa', 'ineligible'],
  // conduct blank; a collective with 2020 not yet assessed
  ['y-te.csv', '', 5, 'Phạm Thị Lan', 'review'],
  ['y-te.csv', '', 6, 'Khoa Nội, Bệnh viện Đa khoa tỉnh', 'review'],
] as const;

describe('check on a folder of submissions', () => {
  it('checks the three submissions in one run, sorted, the lock file skipped and named on stderr', async () => {
    const { code, stdout, stderr } = await run('check', `${DIR}/`, '--format', 'json');
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(
      doc.nominees.map((n: Record<string, unknown>) => [n.file, n.sheet, n.row, n.name, n.verdict]),
    ).toEqual(EXPECTED);
    expect(doc.summary).toMatchObject({ nominees: 9, eligible: 3, ineligible: 2, review: 4 });
    expect(stderr).toContain('~$phong-tho.xlsx');
    expect(stderr).toContain('3 tệp');
  });

  it('reports the submission sent after 15/05/2020 as DL-LATE at its date cell', async () => {
    const { stdout } = await run('check', DIR, '--format', 'json', '--lang', 'en');
    const late = JSON.parse(stdout).findings.filter((f: { code: string }) => f.code === 'DL-LATE');
    expect(late).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'sin-ho.xlsx',
        sheet: 'Cá nhân',
        row: 5,
        cell: 'I5',
        message: 'Submitted on 2020-05-18, after the deadline 2020-05-15',
      }),
    ]);
    // a `Ngày gửi` column is known to the reader, not a column it left unread
    const extra = JSON.parse(stdout).findings.filter((f: { code: string }) => f.code === 'I-COLUMN-EXTRA');
    expect(extra).toEqual([]);
  });

  it('expands a quoted glob itself', async () => {
    const { stdout } = await run('check', `${DIR}/**/*.xlsx`, '--format', 'json');
    const files = new Set(JSON.parse(stdout).nominees.map((n: { file: string }) => n.file));
    expect([...files]).toEqual(['phong-tho.xlsx', 'sin-ho.xlsx']);
  });

  it('writes JUnit that a real XML parser reads: a suite per file, a case per nominee', async () => {
    const { code, stdout } = await run('check', DIR, '--format', 'junit');
    expect(code).toBe(1);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'testsuite' || name === 'testcase',
    }).parse(stdout);
    const suites = doc.testsuites.testsuite as {
      name: string;
      file?: string;
      failures: string;
      testcase: { name: string; line?: string; failure?: object; skipped?: object }[];
    }[];
    expect(suites.map((s) => [s.name, s.file])).toEqual([
      ['phong-tho.xlsx', `${DIR}/phong-tho.xlsx`],
      ['sin-ho.xlsx', `${DIR}/sin-ho.xlsx`],
      ['y-te.csv', `${DIR}/y-te.csv`],
      ['lai-chau-2020 · Số lượng theo đơn vị', undefined],
    ]);
    const nominees = suites.slice(0, 3).flatMap((s) => s.testcase.filter((c) => c.name.includes('dòng')));
    expect(nominees.map((c) => c.name.split(' · ').at(-1))).toEqual(EXPECTED.map((e) => e[3]));
    // failing: the two ineligible and the four to review; the late submission is a skipped warning
    expect(suites.slice(0, 3).map((s) => Number(s.failures))).toEqual([1, 3, 2]);
    const late = suites[1]?.testcase.find((c) => c.name.startsWith('DL-LATE'));
    expect(late?.skipped).toBeDefined();
    expect(late?.line).toBe('5');
  });

  it('annotates for GitHub at the file as given and the spreadsheet row', async () => {
    const { stdout } = await run('check', `${DIR}/`, '--format', 'github');
    const lines = stdout.split('\n');
    const at = (name: string) => lines.find((l) => l.includes(`· ${name} ·`)) ?? '';
    expect(at('Bùi Văn Tiến')).toMatch(/^::error file=fixtures\/submissions\/phong-tho\.xlsx,line=9,title=/);
    expect(at('Lường Văn Khoa')).toMatch(/^::error file=fixtures\/submissions\/sin-ho\.xlsx,line=10,/);
    expect(at('Hoàng Văn Nam')).toMatch(/^::warning file=fixtures\/submissions\/sin-ho\.xlsx,line=8,/);
    expect(at('Phạm Thị Lan')).toMatch(/^::warning file=fixtures\/submissions\/y-te\.csv,line=5,/);
    expect(lines.find((l) => l.includes('title=DL-LATE'))).toMatch(
      /^::warning file=fixtures\/submissions\/sin-ho\.xlsx,line=5,title=DL-LATE /,
    );
  });

  it('with --fail-on ineligible, the file with only review cases exits 0; by default 1', async () => {
    expect((await run('check', `${DIR}/y-te.csv`, '--fail-on', 'ineligible', '--quiet')).code).toBe(0);
    expect((await run('check', `${DIR}/y-te.csv`, '--quiet')).code).toBe(1);
    expect((await run('check', DIR, '--fail-on', 'ineligible', '--quiet')).code).toBe(1);
  });

  it('--quiet prints no text report and no progress, only the exit code', async () => {
    const { code, stdout, stderr } = await run('check', DIR, '--quiet');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    // with a machine format the report still comes; only the progress on stderr goes
    const json = await run('check', DIR, '--quiet', '--format', 'ndjson');
    expect(json.stdout.trimEnd().split('\n').at(-1)).toContain('"type":"summary"');
    expect(json.stderr).toBe('');
  });

  it('--per-unit-file takes each file for one unit: quota per file, the Sìn Hồ nominee in Phong Thổ flagged', async () => {
    const { code, stdout } = await run('check', DIR, '--per-unit-file', '--format', 'json');
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    const foreign = doc.findings.filter((f: { code: string }) => f.code === 'Q-FOREIGN-UNIT');
    expect(foreign).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'phong-tho.xlsx',
        sheet: 'Cá nhân',
        row: 10,
        cell: 'G10',
      }),
    ]);
    const hcsn = doc.quota.filter(
      (q: { category: string; file?: string }) => q.category === 'individual-HCSN' && q.file !== undefined,
    );
    expect(hcsn.map((q: Record<string, unknown>) => [q.file, q.unit, q.nominated])).toEqual([
      ['phong-tho.xlsx', 'phong-tho', 1],
      ['sin-ho.xlsx', 'sin-ho', 3],
      ['y-te.csv', 'y-te', 1],
    ]);

    // the text report gives each file's unit its own table, named with the file
    const text = (await run('check', DIR, '--per-unit-file')).stdout;
    expect(text).toContain('\nLĐLĐ huyện Phong Thổ · phong-tho.xlsx\n');
    expect(text).toMatch(
      /LĐLĐ huyện Sìn Hồ · sin-ho\.xlsx\n.*\n(.*\n)*? {2}Cá nhân HCSN +6 +3 +0 +2 +còn 3 +trống 6 chỗ/,
    );
    expect(text).toContain('Q-FOREIGN-UNIT');
  });

  it('refuses a folder without nominee files with one clear line and exit 2', async () => {
    const dir = path.join(tempDir('eligibility-empty-'), 'nop');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ghi-chu.txt'), 'chưa có');
    writeFileSync(path.join(dir, '~$ds.xlsx'), '');
    const { code, stdout, stderr } = await run('check', dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      `Không tìm thấy tệp .xlsx hay .csv nào ở ${dir} (tệp ẩn và tệp khoá ~$ của Office được bỏ qua)`,
    ]);
  });
});
