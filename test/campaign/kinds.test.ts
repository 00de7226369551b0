import { cpSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CampaignError, loadCampaignFrom, RULES_DIR } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { DEFAULT_KINDS, kindChooser, kindSpecSchema } from '../../src/model/kinds.js';
import { editJson, removeTempDirs, tempDir } from './copy.js';

afterAll(removeTempDirs);

/**
 * A round of the kind a commune runs: households ("Hộ gia đình", a sheet of their own or `Loại`
 * = Hộ) and individuals, no block, no allocation table. Its kinds and criteria are data only.
 */
function householdCampaign(): string {
  const dir = path.join(tempDir('eligibility-kinds-'), 'ho-gia-dinh');
  cpSync(path.join(RULES_DIR, '_blank'), dir, { recursive: true });
  editJson(dir, 'campaign.json', (data) => {
    data.allocations = null;
    data.kinds = [
      {
        id: 'ho',
        label: { vi: 'Hộ gia đình', en: 'Households' },
        form: 'collective',
        sheets: ['Hộ gia đình'],
        types: ['Hộ', 'Hộ gia đình'],
      },
      { id: 'ca-nhan', label: { vi: 'Cá nhân', en: 'Individuals' }, form: 'individual' },
    ];
  });
  editJson(dir, 'criteria.json', (data) => {
    data.criteria = [
      {
        id: 'HO-1',
        category: ['ho'],
        cite: 'Điều 1',
        source: 'Hộ gia đình không có thành viên vi phạm pháp luật',
        title: { vi: 'Không có thành viên vi phạm', en: 'No member in breach' },
        test: { type: 'countIsZero', field: 'disciplined' },
      },
      {
        id: 'CN-1',
        category: ['ca-nhan'],
        cite: 'Điều 2',
        source: 'Cá nhân đạt Lao động tiên tiến trong năm',
        title: { vi: 'Đạt Lao động tiên tiến', en: 'Advanced worker' },
        test: { type: 'yearsWith', code: 'LĐTT', atLeast: 1 },
      },
    ];
  });
  return dir;
}

async function workbook(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const households = book.addWorksheet('Hộ gia đình');
  households.addRow(['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Khối', '2025', 'Số người bị kỷ luật']);
  households.addRow([1, 'Hộ ông Lò Văn Pao', 'Công đoàn cơ sở 1', 'SXKD', '', 0]);
  households.addRow([2, 'Hộ bà Tòng Thị Xuân', 'Công đoàn cơ sở 1', 'SXKD', '', 2]);
  households.addRow([3, 'Hộ ông Vàng A Sử', 'Công đoàn cơ sở 1', 'SXKD', '', '']);
  const mixed = book.addWorksheet('Danh sách');
  mixed.addRow([
    'STT',
    'Loại',
    'Họ và tên',
    'Tên tập thể',
    'Đơn vị đề nghị',
    'Khối',
    '2025',
    'Số người bị kỷ luật',
  ]);
  mixed.addRow([1, 'Hộ', '', 'Hộ bà Lò Thị Mai', 'Công đoàn cơ sở 1', 'HCSN', '', 0]);
  mixed.addRow([2, 'Cá nhân', 'Nguyễn Văn An', '', 'Công đoàn cơ sở 1', 'HCSN', 'LĐTT', '']);
  mixed.addRow([3, 'Cá nhân', 'Trần Thị Bích', '', 'Công đoàn cơ sở 1', 'HCSN', '', '']);
  mixed.addRow([4, 'Cá nhân', 'Lê Văn Cường', '', 'Công đoàn cơ sở 1', 'HCSN', '?', '']);
  mixed.addRow([5, 'Tập thể', '', 'Tổ sản xuất số 2', 'Công đoàn cơ sở 1', 'SXKD', '', 0]);
  const file = path.join(dir, 'de-nghi.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

describe('kinds of nominee a campaign declares', () => {
  it('chooses a row’s kind by its sheet, its Loại, else its form and block', () => {
    const kinds = [
      {
        id: 'ho',
        label: { vi: 'Hộ', en: 'Households' },
        form: 'collective',
        sheets: ['Hộ gia đình'],
        types: ['Hộ'],
      },
      { id: 'tt', label: { vi: 'Tập thể', en: 'Collectives' }, form: 'collective' },
      {
        id: 'cn-hcsn',
        label: { vi: 'Cá nhân HCSN', en: 'Individuals HCSN' },
        form: 'individual',
        block: 'HCSN',
      },
    ].map((k) => kindSpecSchema.parse(k));
    const choose = kindChooser(kinds);
    expect(choose({ form: 'collective', block: 'SXKD', sheet: 'Hộ gia đình' })).toBe('ho');
    expect(choose({ form: 'collective', block: 'SXKD', sheet: 'Danh sách', type: 'hộ' })).toBe('ho');
    expect(choose({ form: 'collective', block: 'SXKD', sheet: 'Danh sách', type: 'Tập thể' })).toBe('tt');
    expect(choose({ form: 'individual', block: 'HCSN', sheet: 'Cá nhân' })).toBe('cn-hcsn');
    expect(choose({ form: 'individual', block: 'SXKD', sheet: 'Cá nhân' })).toBeUndefined();
    // the default campaign's kinds are today's four categories, chosen by form and block
    expect(kindChooser(DEFAULT_KINDS)({ form: 'individual', block: 'SXKD', sheet: 'Cá nhân' })).toBe(
      'individual-SXKD',
    );
  });

  it('judges each kind by its own criteria: pass, fail and unknown stated as data', async () => {
    const dir = householdCampaign();
    const campaign = await loadCampaignFrom(dir);
    expect(campaign.kinds.map((k) => k.id)).toEqual(['ho', 'ca-nhan']);
    const result = await runCheck([await workbook(dir)], { campaign });
    const verdicts = result.judgements.map((j) => [
      j.nominee.name,
      j.nominee.category,
      j.verdict,
      j.rules.map((r) => `${r.id} ${r.result}`).join(),
    ]);
    expect(verdicts).toEqual([
      ['Hộ ông Lò Văn Pao', 'ho', 'eligible', 'HO-1 pass'],
      ['Hộ bà Tòng Thị Xuân', 'ho', 'ineligible', 'HO-1 fail'],
      ['Hộ ông Vàng A Sử', 'ho', 'review', 'HO-1 unknown'],
      ['Hộ bà Lò Thị Mai', 'ho', 'eligible', 'HO-1 pass'],
      ['Nguyễn Văn An', 'ca-nhan', 'eligible', 'CN-1 pass'],
      ['Trần Thị Bích', 'ca-nhan', 'ineligible', 'CN-1 fail'],
      ['Lê Văn Cường', 'ca-nhan', 'review', 'CN-1 unknown'],
    ]);
  });

  it('checks no quota without an allocation table, and refuses a row of a kind it does not judge', async () => {
    const dir = householdCampaign();
    const campaign = await loadCampaignFrom(dir);
    expect(campaign.checksQuota).toBe(false);
    const result = await runCheck([await workbook(dir)], { campaign });
    expect(result.quota).toEqual([]);
    expect(result.findings.filter((f) => f.code.startsWith('Q-'))).toEqual([]);
    const refused = result.findings.filter((f) => f.code === 'E-KIND');
    expect(refused.map((f) => [f.sheet, f.row])).toEqual([['Danh sách', 6]]);
    expect(renderFinding(refused[0] as (typeof refused)[number], 'vi')).toBe(
      'Dòng này là tập thể nhưng đợt này không xét loại đó (các loại được xét: Hộ gia đình, Cá nhân); dòng này không được xét',
    );
  });

  it('reports name each kind as the campaign labels it', async () => {
    const dir = householdCampaign();
    const campaign = await loadCampaignFrom(dir);
    const result = await runCheck([await workbook(dir)], { campaign });
    const { renderText } = await import('../../src/report/text.js');
    const text = renderText(result, { lang: 'vi', color: false, width: 100 });
    expect(text).toContain('  Hộ gia đình\n    1. Hộ ông Lò Văn Pao');
    expect(text).toContain('Cá nhân · Công đoàn cơ sở 1');
  });

  it('refuses a criterion naming a kind the campaign does not declare, with the nearest', async () => {
    const dir = householdCampaign();
    editJson(dir, 'criteria.json', (data) => {
      (data.criteria as { category: string[] }[])[1] = {
        ...(data.criteria as { category: string[] }[])[1],
        category: ['ca-nhn'],
      } as { category: string[] };
    });
    const error = await loadCampaignFrom(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CampaignError);
    expect((error as CampaignError).problems.map((p) => renderFinding(p, 'vi'))).toEqual([
      expect.stringMatching(
        /^tiêu chí CN-1 › category: "ca-nhn" không phải loại đối tượng của campaign\.json.*ca-nhan/,
      ),
    ]);
  });

  it('are declared in format 2 only, each once', async () => {
    const dir = householdCampaign();
    editJson(dir, 'campaign.json', (data) => {
      data.kinds = [...(data.kinds as unknown[]), (data.kinds as unknown[])[0]];
    });
    await expect(loadCampaignFrom(dir)).rejects.toMatchObject({
      problems: [expect.objectContaining({ args: expect.objectContaining({ path: 'kinds[2].id' }) })],
    });
    editJson(dir, 'campaign.json', (data) => {
      delete data.format;
      data.kinds = (data.kinds as unknown[]).slice(0, 2);
    });
    // the copy declares its columns too, which format 1 cannot either: each is said
    await expect(loadCampaignFrom(dir)).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({
          args: expect.objectContaining({
            path: 'format',
            expected: 'kinds are declared in format 2: give "format": 2',
          }),
        }),
      ]),
    });
  });
});
