import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/source-cli.js';
import { type Output, outputSchema } from '../report/output-schema.js';

/**
 * The command on the sample submission, as a user or a CI script runs it. The expected
 * verdicts below are worked out by hand from DOMAIN.md §3 and the rows that
 * scripts/make-fixtures.mjs writes, not copied from the tool's output.
 */
const XLSX = 'fixtures/lai-chau-2020/nominees.xlsx';
const CSV = 'fixtures/lai-chau-2020/nominees.csv';

function run(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' },
  });
  return { status, stdout, stderr };
}

function json(file: string): Output {
  const { status, stdout } = run('check', file, '--format', 'json');
  expect(status).toBe(1);
  const data = JSON.parse(stdout);
  outputSchema.parse(data);
  // the parsed copy would drop the fields a report adds to the contract; keep them
  return data as Output;
}

type Expected = [name: string, verdict: Output['nominees'][number]['verdict'], open: Record<string, string>];

/** Every nominee of the sample with the rules that do not pass (DOMAIN.md §3). */
const EXPECTED: Expected[] = [
  ['Phòng Tài nguyên và Môi trường thành phố', 'eligible', {}],
  ['Công ty Cổ phần Xây dựng Lai Châu', 'eligible', {}],
  ['Công ty Cổ phần Cấp nước Lai Châu', 'review', { 'TT-SXKD-5': 'unknown' }],
  ['Phòng Giáo dục và Đào tạo huyện Phong Thổ', 'eligible', {}],
  ['Công ty Cổ phần Chè Phong Thổ', 'ineligible', { 'TT-SXKD-1': 'fail' }],
  ['Trường THPT Tam Đường', 'ineligible', { 'TT-HCSN-2': 'fail' }],
  ['Chi nhánh Ngân hàng Nông nghiệp huyện Tam Đường', 'ineligible', { 'TT-SXKD-3': 'fail' }],
  ['Trung tâm Y tế huyện Sìn Hồ', 'review', { 'TT-HCSN-4': 'unknown' }],
  ['Công ty TNHH MTV Thương mại Sìn Hồ', 'review', { 'TT-SXKD-1': 'unknown' }],
  ['Khoa Nội, Bệnh viện Đa khoa tỉnh', 'review', { 'TT-HCSN-1': 'unknown' }],
  ['Trường Mầm non Hoa Hồng', 'eligible', {}],
  ['Văn phòng Sở Tài chính', 'ineligible', { 'TT-HCSN-7': 'fail' }],
  ['Công ty Điện lực Lai Châu', 'eligible', {}],
  // path B: not a leader, LĐTT 5/5, HTXSNV 2018, SK-CS 2017 and 2019
  ['Nguyễn Văn Thành', 'eligible', {}],
  // the same record as a leader: path A lacks a 2nd HTXSNV, path B is closed
  ['Trần Thị Hương', 'ineligible', { 'CN-HCSN-1': 'fail' }],
  ['Phan Văn Tuấn', 'eligible', {}],
  ['Vũ Đình Khánh', 'eligible', {}],
  ['Lường Thị Xuân', 'eligible', {}],
  ['Lò Thị Mai', 'eligible', {}],
  ['Tẩn Thị Mẩy', 'eligible', {}],
  ['Bùi Văn Tiến', 'ineligible', { 'CN-SXKD-2': 'fail' }],
  ['Hà Thị Ngọc', 'review', { 'CN-SXKD-1': 'unknown' }],
  ['Lê Văn Đức', 'ineligible', { 'CN-HCSN-1': 'fail' }],
  ['Đinh Văn Hải', 'eligible', {}],
  ['Lý Thị Sen', 'ineligible', { 'CN-SXKD-4': 'fail' }],
  // leader blank: path B may still hold
  ['Hoàng Văn Nam', 'review', { 'CN-HCSN-1': 'unknown' }],
  ['Tòng Thị Phương', 'review', { 'CN-HCSN-1': 'unknown' }],
  ['Chu Văn Long', 'review', { 'CN-SXKD-4': 'unknown' }],
  ['Phạm Thị Lan', 'review', { 'CN-HCSN-2': 'unknown' }],
  ['Nguyễn Thị Hoa', 'eligible', {}],
  ['Nguyen Thi Thu', 'eligible', {}],
  ['Đào Văn Quý', 'ineligible', { 'CN-SXKD-3': 'fail' }],
  ['NGUYỄN THỊ HOA', 'eligible', {}],
  ['Đỗ Mạnh Cường', 'eligible', {}],
  ['Lò Thị Chăm', 'ineligible', { 'CN-HCSN-2': 'fail' }],
  ['Vàng A Sử', 'ineligible', { 'CN-HEAD-1': 'fail' }],
  // BK-TTCP without a year: path A open, path B closed (a leader)
  ['Sùng Thị Mỷ', 'review', { 'CN-HCSN-1': 'unknown' }],
  ['Đặng Quốc Bảo', 'eligible', {}],
  ['Phan Thị Yến', 'eligible', {}],
  ['Mua A Chu', 'eligible', {}],
];

describe('eligibility check on the sample workbook', () => {
  let doc: Output;
  beforeAll(() => {
    doc = json(XLSX);
  });

  it('gives every nominee the verdict the criteria give, with the rules that hold it back', () => {
    const got = doc.nominees.map((n) => [
      n.name.normalize('NFC'),
      n.verdict,
      Object.fromEntries(n.rules.filter((r) => r.result !== 'pass').map((r) => [r.id, r.result])),
    ]);
    expect(got).toEqual(EXPECTED);
  });

  it('applies CN-HEAD-1 to heads of units only', () => {
    const heads = doc.nominees.filter((n) => n.rules.some((r) => r.id === 'CN-HEAD-1')).map((n) => n.name);
    expect(heads).toEqual(['Đỗ Mạnh Cường', 'Vàng A Sử']);
  });

  it('understands units written as place names and without diacritics', () => {
    const unit = (name: string) => doc.nominees.find((n) => n.name === name)?.unit;
    expect(unit('Phòng Tài nguyên và Môi trường thành phố')).toBe('thanh-pho');
    expect(unit('Nguyen Thi Thu')).toBe('y-te');
    expect(unit('Mua A Chu')).toBe('vien-chuc');
    expect(unit('Văn phòng Sở Tài chính')).toBe('vien-chuc');
  });

  it('counts 44 quota entries, Tam Đường over its one SXKD seat for individuals', () => {
    expect(doc.quota).toHaveLength(44);
    expect(doc.quota.filter((q) => q.status === 'over')).toEqual([
      {
        unit: 'tam-duong',
        category: 'individual-SXKD',
        allocated: 1,
        nominated: 2,
        eligible: 1,
        status: 'over',
        review: 0,
        // its one eligible nominee fills the seat: nobody needs dropping
        eligibleStatus: 'full',
        repeats: 0,
      },
    ]);
    const over = doc.findings.find((f) => f.code === 'Q-OVER');
    expect(over?.message).toBe(
      'LĐLĐ huyện Tam Đường, Cá nhân SXKD: đề nghị 2, phân bổ 1. Không phải rút ai: chỉ 1 người đạt cho 1 chỗ.',
    );
  });

  it('reads Tam Đường as the plan would: its collective HCSN seat nominated but not filled', () => {
    expect(doc.quota.find((q) => q.unit === 'tam-duong' && q.category === 'collective-HCSN')).toMatchObject({
      allocated: 1,
      nominated: 1,
      eligible: 0,
      status: 'full',
      eligibleStatus: 'under',
    });
  });

  it('counts Nguyễn Thị Hoa once in Y tế, her repeated row marked with the first', () => {
    expect(doc.quota.find((q) => q.unit === 'y-te' && q.category === 'individual-HCSN')).toMatchObject({
      allocated: 6,
      nominated: 3,
      eligible: 2,
      review: 1,
      repeats: 1,
    });
    const raw = JSON.parse(run('check', XLSX, '--format', 'json').stdout);
    const again = raw.nominees.find(
      (n: { row: number; sheet: string }) => n.sheet === 'Cá nhân' && n.row === 27,
    );
    expect(again.repeatOf).toEqual({ file: 'nominees.xlsx', sheet: 'Cá nhân', row: 24, cell: 'B24' });
  });

  it('finds the duplicate on the later row, naming the first', () => {
    const first = doc.nominees.find((n) => n.name === 'Nguyễn Thị Hoa');
    const again = doc.nominees.find((n) => n.name === 'NGUYỄN THỊ HOA');
    const dups = doc.findings.filter((f) => f.code === 'D-DUP');
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({
      file: 'nominees.xlsx',
      sheet: 'Cá nhân',
      row: again?.row,
      severity: 'error',
    });
    expect(first?.row).toBe(24);
    expect(dups[0]?.message).toBe('"NGUYỄN THỊ HOA" đã được đề nghị ở nominees.xlsx › Cá nhân!B24');
  });

  it('reports the input problems at their cells', () => {
    const warnings = doc.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.code, f.sheet, f.column])).toEqual([
      ['W-YEAR-OUTSIDE', 'Tập thể', 'Thành tích cá nhân trong tập thể'],
      ['W-YEAR-OUTSIDE', 'Cá nhân', 'Sáng kiến'],
      ['W-YEAR-MISSING', 'Cá nhân', 'Khen thưởng'],
      ['W-CODE-UNKNOWN', 'Cá nhân', 'Khen thưởng'],
    ]);
  });

  it('sums up', () => {
    // Nguyễn Thị Hoa's second row (27) is a row, not one more eligible nominee
    expect(doc.summary).toEqual({
      nominees: 40,
      eligible: 18,
      ineligible: 11,
      review: 10,
      errors: 2,
      warnings: 4,
      infos: doc.findings.filter((f) => f.severity === 'info').length,
      repeats: 1,
    });
  });

  it('prints the same bytes on every run', () => {
    const a = run('check', XLSX, '--format', 'json');
    const b = run('check', XLSX, '--format', 'json');
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).not.toContain(ROOT);
  });

  it('gives the CSV form of the same list the same verdicts', () => {
    const fromCsv = json(CSV);
    const verdicts = (o: Output) =>
      o.nominees.map((n) => [n.name, n.unit, n.kind, n.block, n.verdict, n.rules.map((r) => r.result)]);
    expect(verdicts(fromCsv)).toEqual(verdicts(doc));
    expect(fromCsv.summary).toEqual(doc.summary);
    expect(fromCsv.quota).toEqual(doc.quota);
  });
});

describe('eligibility check in the terminal', () => {
  it('prints a plain Vietnamese report when not writing to a terminal, exit 1', () => {
    const { status, stdout, stderr } = run('check', XLSX);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI colour codes
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toMatch(
      /Cá nhân SXKD +1 +2 +1 +0 +vượt \+1 +đủ\n +Không phải rút ai: chỉ 1 người đạt cho 1 chỗ\./,
    );
    expect(stdout).toMatch(/Tập thể HCSN +1 +1 +0 +0 +đủ +trống 1 chỗ/);
    expect(stdout).toContain('✗ Trần Thị Hương — KHÔNG ĐẠT');
    expect(stdout.replace(/\n\s+/g, ' ')).toContain(
      '39 đề nghị (40 dòng, 1 dòng lặp lại không tính lại): 18 đạt, 11 không đạt, 10 cần xem xét',
    );
  });

  it('limits the report and the exit code to the units of --unit', () => {
    // the one quota exceeded is Tam Đường's: it fails a check of every unit, not one of Giáo dục
    expect(run('check', XLSX, '--fail-on', 'quota', '--quiet').status).toBe(1);
    expect(run('check', XLSX, '--fail-on', 'quota', '--quiet', '--unit', 'Giáo dục').status).toBe(0);
    const { status, stdout } = run('check', XLSX, '--unit', 'tam-duong', '--unit', 'Tam Đường');
    expect(status).toBe(1);
    expect(stdout.replace(/\n\s*/g, ' ')).toContain('chỉ báo cáo: LĐLĐ huyện Tam Đường');
    expect(stdout).not.toContain('Công đoàn ngành Y Tế');
    const wrong = run('check', XLSX, '--unit', 'Mộc Châu');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--unit "Mộc Châu"');
  });

  it('speaks English with --lang en', () => {
    const { status, stdout } = run('check', CSV, '--lang', 'en');
    expect(status).toBe(1);
    expect(stdout.replace(/\n\s+/g, ' ')).toContain(
      '39 nominees (40 rows, 1 repeated, not counted again): 18 eligible, 11 ineligible, 10 to review',
    );
  });
});

describe('eligibility check that cannot do its job', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('names a missing file in one line, exit 2, nothing on stdout', () => {
    const { status, stdout, stderr } = run(
      'check',
      'fixtures/lai-chau-2020/khong-co.xlsx',
      '--format',
      'json',
    );
    expect(status).toBe(2);
    expect(stdout).toBe('');
    oneLine(stderr);
    expect(stderr).toContain('khong-co.xlsx');
    // in the user's words, not the system's `ENOENT`
    expect(stderr).toContain('không có tệp này');
    expect(stderr).not.toContain('ENOENT');
  });

  it('rejects a bad --format in one line, exit 2', () => {
    const { status, stdout, stderr } = run('check', XLSX, '--format', 'xml');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    oneLine(stderr);
    expect(stderr).toContain('--format');
    expect(stderr).toContain('xml');
  });
});
