import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseFiles, coverageGaps, runCases } from '../../src/campaign/cases.js';
import { bundledCampaignIds, loadCampaign, RULES_DIR } from '../../src/campaign/load.js';
import { run } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from './copy.js';

afterAll(removeTempDirs);

/** A copy of a shipped campaign whose cases file is `edit` applied to the shipped one's text. */
function editedCopy(id: string, edit: (text: string) => string): string {
  const dir = path.join(tempDir('eligibility-cases-'), id);
  cpSync(path.join(RULES_DIR, id), dir, { recursive: true });
  const file = path.join(dir, 'cases.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe.each(bundledCampaignIds())('the cases shipped with %s', (id) => {
  const campaign = loadCampaign(id);

  it('all agree with the engine', async () => {
    const result = await runCases(campaign);
    expect(result.mismatches).toEqual([]);
    expect(result.cases.length).toBeGreaterThan(0);
  });

  it('ask every criterion for pass, fail and unknown', async () => {
    expect(caseFiles(campaign.dir).length).toBeGreaterThan(0);
    const { coverage } = await runCases(campaign);
    expect(Object.keys(coverage)).toEqual(campaign.criteria.map((c) => c.id));
    expect(coverageGaps(coverage)).toEqual([]);
  });
});

describe('eligibility campaign test', () => {
  it('is exit 0 with one OK line when every expectation holds', async () => {
    const { code, stdout } = await run('campaign', 'test', 'tan-uyen-2021');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK tan-uyen-2021: \d+ trường hợp, \d+ kết quả mong đợi đều khớp\n$/);
  });

  it('prints each mismatch with expected and found, the reason, and exits 1', async () => {
    // the first case's 3 consecutive years become 2: its verdict and H-TT-HCSN-1 no longer hold
    const dir = editedCopy('tan-uyen-2021', (text) =>
      text.replace(
        'Giáo dục,HCSN,,,,,TTLĐTT,TTLĐTT; HTXSNV,TTLĐTT',
        'Giáo dục,HCSN,,,,,TTLĐTT,TTLĐTT; HTXSNV,',
      ),
    );
    const vi = await run('campaign', 'test', dir);
    expect(vi.code).toBe(1);
    const lines = vi.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /\/cases\.csv › AB2 Tập thể HCSN đủ mọi tiêu chí: kết luận cần "Đạt", kết quả "Không đạt"$/,
    );
    expect(lines[1]).toMatch(
      /\/cases\.csv › AC2 Tập thể HCSN đủ mọi tiêu chí: H-TT-HCSN-1 cần "đạt", kết quả "không đạt" \(lý do: .+\)$/,
    );
    expect(lines[2]).toMatch(/^tan-uyen-2021: 2 kết quả không khớp trong \d+ trường hợp$/);
    const en = await run('campaign', 'test', dir, '--lang', 'en');
    expect(en.stdout).toContain('H-TT-HCSN-1 expected "pass", found "fail"');
  });

  it('checks that a criterion does not apply, and names the results no case asks for', async () => {
    const dir = editedCopy('tan-uyen-2021', (text) =>
      // the first collective is asked an individual's criterion as if it applied, and the
      // only "unknown" case of H-CN-SXKD-2 loses its expectation
      text
        .replace('Đạt,đạt,đạt,đạt,đạt,không áp dụng,,không áp dụng', 'Đạt,đạt,đạt,đạt,đạt,không áp dụng,,đạt')
        .replace(/(Cần xem xét(?:,[^,\n]*){9}),chưa rõ,chưa rõ\n/, '$1,chưa rõ,\n'),
    );
    const { code, stdout } = await run('campaign', 'test', dir);
    expect(code).toBe(1);
    expect(stdout).toContain('H-CN-HCSN-1 cần "đạt", kết quả "không áp dụng"');
    expect(stdout).toContain('Tiêu chí chưa có đủ trường hợp: H-CN-SXKD-2 (chưa rõ)');
  });

  it('refuses a column named by a criterion the campaign lacks, with the nearest id (exit 2)', async () => {
    const dir = editedCopy('tan-uyen-2021', (text) => text.replace(',H-TT-HCSN-2,', ',H-TT-HSCN-2,'));
    const { code, stderr } = await run('campaign', 'test', dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /cases\.csv › AD1: Bộ quy tắc không có tiêu chí H-TT-HSCN-2\. Có phải H-TT-HCSN-2\?\n$/,
    );
  });

  it('refuses an expected result it cannot read, naming the cell and what may be written', async () => {
    const dir = editedCopy('tan-uyen-2021', (text) =>
      text.replace('Đạt,đạt,đạt,đạt,đạt', 'Đạt,đạt,OK,đạt,đạt'),
    );
    const { code, stderr } = await run('campaign', 'test', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${path.join(dir, 'cases.csv')} › AD2: "OK" is not an expected result (write one of: pass, fail, unknown, not applicable)\n`,
    );
  });

  it('a campaign without cases is exit 2 saying where they go', async () => {
    const dir = path.join(tempDir('eligibility-nocases-'), 'c');
    cpSync(path.join(RULES_DIR, 'tan-uyen-2021'), dir, {
      recursive: true,
      filter: (f) => path.basename(f) !== 'cases.csv',
    });
    const { code, stderr } = await run('campaign', 'test', dir);
    expect(code).toBe(2);
    expect(stderr).toContain('chưa có tệp trường hợp kiểm thử: cases.csv, cases.xlsx');
  });
});
