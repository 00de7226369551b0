import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaignFrom, RULES_DIR } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { renderJson } from '../../src/report/json.js';
import { removeTempDirs, tempDir } from './copy.js';

afterAll(removeTempDirs);

/** A list as a unit under the Law of 2022 fills it: no `Khối` column, as no kind of the round names one. */
const LIST = [
  'STT,Loại,Họ và tên,Năm sinh,Giới tính,Đơn vị đề nghị,Danh hiệu đề nghị,2024,"XN tự lực, tự cường, đoàn kết, tích cực thi đua"',
  '1,Cá nhân,Nguyễn Thị An,1988,Nữ,Hành chính,LĐTT,HTTNV,Có',
  '2,Cá nhân,Trần Văn Bình,1979,Nam,Hành chính,LĐTT,,Không',
  '3,Cá nhân,Lê Thị Cúc,1992,Nữ,Chuyên môn,LĐTT,?,',
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(tempDir('eligibility-no-block-'), name);
  writeFileSync(file, text);
  return file;
}

describe('a round whose kinds name no block', () => {
  it('reads a list without a Khối column and judges it: pass, fail and unknown', async () => {
    const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'luat-tdkt-2022'));
    const result = await runCheck([write('danh-sach.csv', LIST)], { campaign });
    expect(result.findings.map((f) => f.code)).not.toContain('E-HEADER-MISSING');
    expect(result.findings.map((f) => f.code)).not.toContain('E-REQUIRED');
    expect(
      result.judgements.map((j) => [j.nominee.name, j.nominee.category, j.nominee.block, j.verdict]),
    ).toEqual([
      ['Nguyễn Thị An', 'ca-nhan', null, 'eligible'],
      ['Trần Văn Bình', 'ca-nhan', null, 'ineligible'],
      ['Lê Thị Cúc', 'ca-nhan', null, 'review'],
    ]);
    // the JSON report says the block is not known rather than making one up
    const json = JSON.parse(renderJson(result, 'vi')) as { nominees: { block: unknown }[] };
    expect(json.nominees.map((n) => n.block)).toEqual([null, null, null]);
  });

  it('still reads a Khối column when the list has one, a blank cell asking for nothing', async () => {
    const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'luat-tdkt-2022'));
    const withBlock = [
      'STT,Loại,Họ và tên,Năm sinh,Giới tính,Đơn vị đề nghị,Khối,Danh hiệu đề nghị,2024,"XN tự lực, tự cường, đoàn kết, tích cực thi đua"',
      '1,Cá nhân,Nguyễn Thị An,1988,Nữ,Hành chính,SXKD,LĐTT,HTTNV,Có',
      '2,Cá nhân,Trần Văn Bình,1979,Nam,Hành chính,,LĐTT,HTTNV,Có',
    ].join('\n');
    const result = await runCheck([write('co-khoi.csv', withBlock)], { campaign });
    expect(result.findings.map((f) => f.code)).not.toContain('E-REQUIRED');
    expect(result.judgements.map((j) => [j.nominee.block, j.verdict])).toEqual([
      ['SXKD', 'eligible'],
      [null, 'eligible'],
    ]);
  });

  it('asks for Khối where the kinds are chosen by it, as the default campaign', async () => {
    const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'lai-chau-2020'));
    await expect(runCheck([write('thieu-khoi.csv', LIST)], { campaign })).rejects.toMatchObject({
      finding: { code: 'E-HEADER-MISSING', args: { columns: expect.stringContaining('"Khối"') } },
    });
  });
});
