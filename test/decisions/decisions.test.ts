import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { readDecisionsFile } from '../../src/decisions/file.js';
import type { Finding } from '../../src/findings/finding.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTRADICTIONS = path.join(ROOT, 'fixtures/decisions/contradictions.csv');
const GOLDEN = path.join(ROOT, 'fixtures/decisions/golden.csv');
const OVER = path.join(ROOT, 'fixtures/select/over-seats.csv');
const DECISIONS = path.join(ROOT, 'fixtures/decisions/over-seats-decisions.csv');
const campaign = loadCampaign();

afterAll(removeTempDirs);

const councilFindings = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.code.startsWith('HD-'))
    .map((f) => [f.code, f.severity, f.row ?? null, f.args.name ?? f.args.unit] as const);

describe('the council’s decisions against the criteria and the seats', () => {
  it('a decision column gives each contradiction kind once, with its severity', async () => {
    const result = await runCheck([CONTRADICTIONS], { campaign });
    expect(councilFindings(result.findings)).toEqual([
      ['HD-BLANK', 'warning', 3, 'Trường THPT Tân Uyên'],
      ['HD-REJECTED-ELIGIBLE', 'info', 7, 'Lò Văn Piếng'],
      ['HD-APPROVED-REVIEW', 'error', 9, 'Lường Thị Ón'],
      ['HD-APPROVED-INELIGIBLE', 'error', 10, 'Sầm Văn Tâm'],
      ['HD-OVER-SEATS', 'error', null, 'LĐLĐ huyện Tân Uyên'],
    ]);
  });

  it('names the failing rules of an approved nominee and the cell of the decision', async () => {
    const result = await runCheck([CONTRADICTIONS], { campaign });
    const approved = result.findings.find((f) => f.code === 'HD-APPROVED-INELIGIBLE');
    expect(approved).toMatchObject({ cell: 'AA10', column: 'Kết luận của Hội đồng' });
    expect(approved?.args.rulesVi).toBe('CN-SXKD-2 Đoàn viên công đoàn xuất sắc');
    const over = result.findings.find((f) => f.code === 'HD-OVER-SEATS');
    expect(over?.args).toMatchObject({ approved: 3, seats: 2, categoryVi: 'Cá nhân HCSN' });
  });

  it('a golden list, whose decisions all agree with the verdicts and seats, gives no decision finding', async () => {
    const result = await runCheck([GOLDEN], { campaign });
    expect(result.judgements.every((j) => j.nominee.decision !== undefined)).toBe(true);
    expect(councilFindings(result.findings)).toEqual([]);
  });

  it('a list without a decision column says nothing about decisions', async () => {
    const result = await runCheck([OVER], { campaign });
    expect(councilFindings(result.findings)).toEqual([]);
  });

  it('a decisions file is matched by name, unit and birth year; a row matching nobody is a warning', async () => {
    const rows = await readDecisionsFile(DECISIONS);
    expect(rows).toHaveLength(9);
    const result = await runCheck([OVER], { campaign, decisions: rows });
    expect(councilFindings(result.findings)).toEqual([
      ['HD-REJECTED-ELIGIBLE', 'info', 4, 'Trường THPT Tân Uyên'],
      ['HD-REJECTED-ELIGIBLE', 'info', 7, 'Trần Thị Bích'],
      ['HD-REJECTED-ELIGIBLE', 'info', 8, 'Lò Văn Piếng'],
      ['HD-BLANK', 'warning', 10, 'Lường Thị Ón'],
      ['HD-UNMATCHED', 'warning', 11, 'Nguyễn Văn Không Có'],
    ]);
  });

  it('a row naming two nominees of one name is ambiguous until the birth year is given', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ket-luan.csv');
    const list = path.join(dir, 'ds.csv');
    const over = (await import('node:fs')).readFileSync(OVER, 'utf8');
    // a second Lò Thị Hạnh, born another year, in the same unit
    const twin = over
      .trimEnd()
      .split('\n')
      .find((l) => l.includes('Lò Thị Hạnh'))
      ?.replace('1988', '1991');
    writeFileSync(list, `${over.trimEnd()}\n${twin}\n`);
    writeFileSync(file, 'Họ và tên;Đơn vị;Quyết định\nLò Thị Hạnh;Tân Uyên;Đồng ý\n');
    const result = await runCheck([list], { campaign, decisions: await readDecisionsFile(file) });
    expect(councilFindings(result.findings).find(([code]) => code === 'HD-AMBIGUOUS')).toEqual([
      'HD-AMBIGUOUS',
      'warning',
      2,
      'Lò Thị Hạnh',
    ]);
  });

  it('a decision that is neither Đồng ý nor Không đồng ý is refused at its cell', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ket-luan.csv');
    writeFileSync(file, 'Họ và tên,Đơn vị,Kết luận của Hội đồng\nLò Thị Hạnh,Tân Uyên,Xem lại\n');
    const { code, stderr } = await run('check', OVER, '--decisions', file);
    expect(code).toBe(2);
    expect(stderr).toContain('C2');
    expect(stderr).toContain('Đồng ý / Không đồng ý');
  });

  it('check and select report the contradictions; select fails only on a contradiction', async () => {
    const check = await run('check', CONTRADICTIONS, '--format', 'json');
    expect(check.code).toBe(1);
    const codes = JSON.parse(check.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('HD-APPROVED-INELIGIBLE');
    const select = await run('select', CONTRADICTIONS);
    expect(select.code).toBe(1);
    expect(select.stdout).toContain('5. KẾT LUẬN CỦA HỘI ĐỒNG (5)');
    expect(select.stdout.replace(/\s+/g, ' ')).toContain(
      'Hội đồng đồng ý "Sầm Văn Tâm" nhưng không đủ tiêu chuẩn: CN-SXKD-2 Đoàn viên công đoàn xuất sắc [HD-APPROVED-INELIGIBLE]',
    );
    const golden = await run('select', GOLDEN, '--format', 'json');
    expect(golden.code).toBe(0);
    expect(JSON.parse(golden.stdout).decisions).toEqual([]);
  });
});
