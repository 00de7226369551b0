import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CampaignError, loadCampaignFrom, RULES_DIR } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import type { Finding } from '../../src/findings/finding.js';
import { renderJson } from '../../src/report/json.js';
import { editJson, removeTempDirs, tempDir } from './copy.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

afterAll(removeTempDirs);

const LAW = path.join(RULES_DIR, 'luat-tdkt-2022');
const FIXTURE = path.join(ROOT, 'fixtures', 'luat-tdkt-2022', 'danh-sach.csv');

/** A private copy of the Law of 2022's round, to break or give a table without touching `rules/`. */
function lawCopy(): string {
  const dir = path.join(tempDir('eligibility-awards-'), 'luat');
  cpSync(LAW, dir, { recursive: true });
  return dir;
}

const messages = (findings: readonly Finding[], lang: 'vi' | 'en' = 'vi') =>
  findings.map((f) => renderFinding(f, lang));

describe('several awards in one round', () => {
  it('judges each row by the criteria of the award its column names: pass, fail and unknown', async () => {
    const campaign = await loadCampaignFrom(LAW);
    const result = await runCheck([FIXTURE], { campaign });
    expect(
      result.judgements.map((j) => [
        j.nominee.name,
        j.nominee.award,
        j.verdict,
        j.rules.map((r) => `${r.id} ${r.result}`).join(', '),
      ]),
    ).toEqual([
      ['Nguyễn Thị An', 'LDTT', 'eligible', 'LDTT-1 pass, LDTT-2 pass'],
      ['Trần Văn Bình', 'LDTT', 'ineligible', 'LDTT-1 fail, LDTT-2 pass'],
      ['Phạm Văn Dũng', 'CSTDCS', 'eligible', 'LDTT-1 pass, LDTT-2 pass, CSTDCS-1 pass'],
      ['Vũ Văn Giang', 'CSTDCS', 'ineligible', 'LDTT-1 pass, LDTT-2 pass, CSTDCS-1 fail'],
      ['Đặng Thị Hà', 'CSTDCS', 'review', 'LDTT-1 pass, LDTT-2 pass, CSTDCS-1 unknown'],
      [
        'Tổ Văn thư',
        'TTLDTT',
        'eligible',
        'TTLDTT-1 pass, TTLDTT-2 pass, TTLDTT-3 pass, TTLDTT-4 pass, TTLDTT-5 pass',
      ],
      ['Tổ Sản xuất 1', 'TTLDXS', 'eligible', 'TTLDXS-1 pass, TTLDXS-2 pass, TTLDXS-3 pass, TTLDXS-4 pass'],
      ['Tổ Sản xuất 2', 'TTLDXS', 'ineligible', 'TTLDXS-1 fail, TTLDXS-2 pass, TTLDXS-3 fail, TTLDXS-4 fail'],
    ]);
    const json = JSON.parse(renderJson(result, 'vi')) as { nominees: { award?: string }[] };
    expect(json.nominees.map((n) => n.award)).toEqual([
      'LDTT',
      'LDTT',
      'CSTDCS',
      'CSTDCS',
      'CSTDCS',
      'TTLDTT',
      'TTLDXS',
      'TTLDXS',
    ]);
  });

  it('refuses at its cell a row naming an unknown award, one not given to its kind, or none of several', async () => {
    const campaign = await loadCampaignFrom(LAW);
    const result = await runCheck([FIXTURE], { campaign });
    const refused = result.findings.filter((f) => f.code.startsWith('E-AWARD'));
    expect(refused.map((f) => [f.code, f.row, f.column, f.cell])).toEqual([
      ['E-AWARD', 10, 'Danh hiệu đề nghị', 'G10'],
      ['E-AWARD-KIND', 11, 'Danh hiệu đề nghị', 'G11'],
      ['E-AWARD-UNSAID', 12, 'Danh hiệu đề nghị', 'G12'],
    ]);
    expect(messages(refused)).toEqual([
      'Đợt này không có danh hiệu "LĐT" — có phải LĐTT?; dòng này không được xét',
      'Danh hiệu "Lao động tiên tiến" không xét cho tập thể; dòng này không được xét',
      'Dòng này không ghi danh hiệu đề nghị, mà cá nhân có thể được đề nghị: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp tỉnh; dòng này không được xét',
    ]);
    expect(messages(refused, 'en')[1]).toBe(
      'The award "Advanced worker" is not given to a collective; this row is not judged',
    );
  });

  it('shows the award each row asks for in the text and csv reports, and in the quota where the table gives it', async () => {
    const campaign = await loadCampaignFrom(LAW);
    const result = await runCheck([FIXTURE], { campaign });
    const { renderText } = await import('../../src/report/text.js');
    const text = renderText(result, { lang: 'vi', color: false, width: 120 });
    expect(text).toContain('1. Nguyễn Thị An (1988) · Lao động tiên tiến · danh-sach.csv');
    expect(text).toContain('1. Tổ Sản xuất 1 · Tập thể lao động xuất sắc · danh-sach.csv');
    expect(text).toContain('Chiến sĩ thi đua cơ sở – Cá nhân · Xưởng Sản xuất');
    const { renderCsv } = await import('../../src/report/csv.js');
    const [header, first] = renderCsv(result, 'vi').split('\n');
    const columns = (header ?? '').split(';');
    const at = columns.indexOf('"Danh hiệu đề nghị"');
    expect(at).toBeGreaterThan(0);
    expect((first ?? '').split(';')[at]).toBe('"Lao động tiên tiến"');
  });

  it('takes the award from the sheet a row is on when the sheet has no award column', async () => {
    const book = new ExcelJS.Workbook();
    const header = [
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Đơn vị đề nghị',
      '2024',
      'Sáng kiến',
      'XN tự lực, tự cường, đoàn kết, tích cực thi đua',
    ];
    const ldtt = book.addWorksheet('Lao động tiên tiến');
    ldtt.addRow(header);
    ldtt.addRow([1, 'Nguyễn Văn An', 1980, 'Xưởng', 'HTTNV', '', 'Có']);
    const cstdcs = book.addWorksheet('Chiến sĩ thi đua cơ sở');
    cstdcs.addRow(header);
    cstdcs.addRow([1, 'Nguyễn Văn An', 1980, 'Xưởng', 'HTTNV', '', 'Có']);
    cstdcs.addRow([2, 'Lò Thị Bình', 1985, 'Xưởng', 'HTTNV', 'SK-CS:2024', 'Có']);
    const file = path.join(tempDir('eligibility-award-sheets-'), 'de-nghi.xlsx');
    await book.xlsx.writeFile(file);
    const campaign = await loadCampaignFrom(LAW);
    const result = await runCheck([file], { campaign });
    expect(result.judgements.map((j) => [j.nominee.sheet, j.nominee.award, j.verdict])).toEqual([
      ['Lao động tiên tiến', 'LDTT', 'eligible'],
      ['Chiến sĩ thi đua cơ sở', 'CSTDCS', 'ineligible'],
      ['Chiến sĩ thi đua cơ sở', 'CSTDCS', 'eligible'],
    ]);
    // the same person may pass for one award and fail for the other: only CSTĐCS asks for more
    const an = result.judgements.filter((j) => j.nominee.name === 'Nguyễn Văn An');
    expect(an.map((j) => j.rules.map((r) => `${r.id} ${r.result}`).join(', '))).toEqual([
      'LDTT-1 pass, LDTT-2 pass',
      'LDTT-1 pass, LDTT-2 pass, CSTDCS-1 fail',
    ]);
  });

  it('is refused by campaign validate where an award names unknown criteria, kinds or columns, with the nearest', async () => {
    const dir = lawCopy();
    editJson(dir, 'campaign.json', (data) => {
      const awards = data.awards as { kinds: string[]; criteria: string[] }[];
      (awards[0] as { criteria: string[] }).criteria = ['LDTT-1', 'LDTT-3'];
      (awards[2] as { kinds: string[] }).kinds = ['tap-th'];
      (awards[3] as { criteria: string[] }).criteria = [
        'TTLDXS-1',
        'TTLDXS-2',
        'TTLDXS-3',
        'TTLDXS-4',
        'LDTT-1',
      ];
      data.awardColumn = 'danh_heu';
    });
    const error = await loadCampaignFrom(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CampaignError);
    expect(messages((error as CampaignError).problems)).toEqual([
      'danh hiệu LDTT › criteria: "LDTT-3" không phải tiêu chí của criteria.json — có phải LDTT-1?',
      'danh hiệu TTLDTT › kinds: "tap-th" không phải loại đối tượng của campaign.json — có phải tap-the?',
      'danh hiệu TTLDXS › criteria: cần một tiêu chí xét tap-the, nhưng có LDTT-1 (xét ca-nhan)',
      'awardColumn: "danh_heu" không phải cột khai báo trong campaign.json — có phải danh_hieu?',
    ]);
  });

  it('is refused where a kind has no award or a criterion belongs to none', async () => {
    const dir = lawCopy();
    editJson(dir, 'campaign.json', (data) => {
      data.awards = (data.awards as { kinds: string[] }[]).filter((a) => a.kinds.includes('ca-nhan'));
    });
    const error = (await loadCampaignFrom(dir).catch((e: unknown) => e)) as CampaignError;
    const found = messages(error.problems);
    expect(found[0]).toBe(
      'loại đối tượng tap-the: cần một danh hiệu xét loại này, nhưng có không danh hiệu nào',
    );
    expect(found.slice(1)).toEqual(
      [
        'TTLDTT-1',
        'TTLDTT-2',
        'TTLDTT-3',
        'TTLDTT-4',
        'TTLDTT-5',
        'TTLDXS-1',
        'TTLDXS-2',
        'TTLDXS-3',
        'TTLDXS-4',
      ].map(
        (id) =>
          `tiêu chí ${id}: cần thuộc một danh hiệu của campaign.json (awards), nhưng có không thuộc danh hiệu nào`,
      ),
    );
  });
});

describe('quotas for any kinds and per award', () => {
  /** The round with a table of seats: individuals over all awards, CSTĐCS apart, collectives. */
  function withTable(csv: string): string {
    const dir = lawCopy();
    writeFileSync(path.join(dir, 'allocations.csv'), csv);
    editJson(dir, 'campaign.json', (data) => {
      data.allocations = 'allocations.csv';
    });
    return dir;
  }

  it('counts seats per unit × kind and per unit × award × kind, by ids or by titles', async () => {
    const dir = withTable(
      [
        'unit_id,Cá nhân,Chiến sĩ thi đua cơ sở,TTLDXS:tap-the',
        'phong-hanh-chinh,2,0,0',
        'phong-chuyen-mon,1,1,0',
        'xuong-san-xuat,3,1,1',
        'Tổng số,6,2,1',
      ].join('\n'),
    );
    const campaign = await loadCampaignFrom(dir);
    const result = await runCheck([FIXTURE], { campaign });
    const row = (unit: string, category: string, award?: string) =>
      result.quota.find((q) => q.unit === unit && q.category === category && q.award === award);
    expect(row('xuong-san-xuat', 'ca-nhan')).toMatchObject({ allocated: 3, nominated: 2, eligible: 0 });
    expect(row('xuong-san-xuat', 'ca-nhan', 'CSTDCS')).toMatchObject({
      allocated: 1,
      nominated: 2,
      eligible: 0,
      review: 1,
      status: 'over',
    });
    expect(row('xuong-san-xuat', 'tap-the', 'TTLDXS')).toMatchObject({
      allocated: 1,
      nominated: 2,
      eligible: 1,
    });
    // a kind or award the table gives no column has no quota
    expect(row('xuong-san-xuat', 'tap-the')).toBeUndefined();
    expect(row('xuong-san-xuat', 'ca-nhan', 'LDTT')).toBeUndefined();
    const over = result.findings.filter((f) => f.code === 'Q-OVER');
    expect(over.map((f) => [f.args.unitId, f.args.categoryVi])).toEqual([
      ['xuong-san-xuat', 'Chiến sĩ thi đua cơ sở – Cá nhân'],
      ['xuong-san-xuat', 'Tập thể lao động xuất sắc – Tập thể'],
    ]);
    const json = JSON.parse(renderJson(result, 'vi')) as { quota: { award?: string }[] };
    expect(json.quota.filter((q) => q.award === 'CSTDCS')).toHaveLength(3);
  });

  it('names file, row and column of each bad cell of the table, in Vietnamese', async () => {
    const dir = withTable(
      [
        'unit_id,ca-nhan,tap-thee,LDTT:ca-nhan',
        'phong-hanh-chinh,hai,1,',
        'phong-ban,1,1,1',
        'xuong-san-xuat,1,1,1',
        'Tổng số,5,3,2',
      ].join('\n'),
    );
    const error = (await loadCampaignFrom(dir).catch((e: unknown) => e)) as CampaignError;
    expect(error).toBeInstanceOf(CampaignError);
    expect(error.problems.every((p) => p.file === path.join(dir, 'allocations.csv'))).toBe(true);
    expect(messages(error.problems)).toEqual([
      'dòng 1, cột "tap-thee": cần một loại đối tượng hoặc danh hiệu:loại của campaign.json (ca-nhan, tap-the, LDTT:ca-nhan, CSTDCS:ca-nhan, TTLDTT:tap-the, TTLDXS:tap-the, CSTDT:ca-nhan) — có phải tap-the?, nhưng có tap-thee',
      'dòng 2, cột "ca-nhan": cần một số nguyên không âm, nhưng có "hai"',
      'dòng 2, cột "LDTT:ca-nhan": cần một số nguyên không âm, nhưng có ô trống',
      'dòng 3, cột "unit_id": cần một đơn vị của campaign.json, nhưng có phong-ban',
      'dòng 5, cột "ca-nhan": cần 1, tổng các dòng trên, nhưng có 5',
      'dòng 5, cột "LDTT:ca-nhan": cần 1, tổng các dòng trên, nhưng có 2',
    ]);
  });
});
