import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { verdictChange } from '../../src/diff/diff.js';
import { diffCampaigns, diffFiles } from '../../src/diff/run.js';
import { copyDefaultCampaign, editJson, removeTempDirs } from '../campaign/copy.js';

/**
 * The fixture pair is one unit's submission sent twice (fixtures/diff/): the second sorts its
 * rows differently, writes one unit and one collective's codes another way (`huyện Phong Thổ`,
 * `TTLDTT`: the same values), corrects Công ty Cổ phần Chè Phong Thổ's blank 2017 to `HTCT`
 * (TT-SXKD-1: HTCT in every year, so its verdict turns eligible), drops Hà Thị Ngọc and adds
 * Vàng A Dính. The expectations below are read off the two files by hand.
 */
const OLD = 'fixtures/diff/phong-tho-1.csv';
const NEW = 'fixtures/diff/phong-tho-2.csv';
const campaign = loadCampaign();

afterAll(removeTempDirs);

describe('diffFiles', () => {
  it('reports exactly the added, the removed and the corrected nominee of a re-sorted submission', async () => {
    const diff = await diffFiles([OLD], [NEW], { campaign });
    expect(diff.added.map((j) => j.nominee.name)).toEqual(['Vàng A Dính']);
    expect(diff.removed.map((j) => j.nominee.name)).toEqual(['Hà Thị Ngọc']);
    expect(diff.changed.map((c) => c.new.nominee.name)).toEqual(['Công ty Cổ phần Chè Phong Thổ']);
    // the four others moved rows (or were written another way) and are the same nominees
    expect(diff.unchanged).toBe(4);
  });

  it('names the corrected cell at its place in both files, and the rule and verdict it flips', async () => {
    const diff = await diffFiles([OLD], [NEW], { campaign });
    const [change] = diff.changed;
    // the old file has it on line 6, the new one (re-sorted) on line 5; 2017 is column N
    expect(change?.cells).toEqual([{ key: '2017', oldCell: 'N6', newCell: 'N5' }]);
    expect(change?.rules).toEqual([{ id: 'TT-SXKD-1', old: 'fail', new: 'pass' }]);
    expect(change && verdictChange(change)).toEqual({ old: 'ineligible', new: 'eligible' });
  });

  it('gives the quota lines that moved, per unit and category, and no other', async () => {
    const diff = await diffFiles([OLD], [NEW], { campaign });
    const line = (q: (typeof diff.quota)[number]) =>
      `${q.unit} ${q.category} ${q.old.nominated}/${q.old.eligible}/${q.old.review} → ${q.new.nominated}/${q.new.eligible}/${q.new.review}`;
    expect(diff.quota.map(line)).toEqual([
      // the company now eligible
      'phong-tho collective-SXKD 1/0/0 → 1/1/0',
      // Vàng A Dính added, eligible
      'phong-tho individual-HCSN 2/2/0 → 3/3/0',
      // Hà Thị Ngọc (under review) removed
      'phong-tho individual-SXKD 2/0/1 → 1/0/0',
    ]);
  });

  it('finds nothing between a submission and itself', async () => {
    const diff = await diffFiles([OLD], [OLD], { campaign });
    expect([diff.added.length, diff.removed.length, diff.changed.length, diff.quota.length]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(diff.unchanged).toBe(6);
  });

  it('pairs the rows of a nomination repeated on one side in order, the extra one added', async () => {
    const diff = await diffFiles([OLD], [OLD, NEW], { campaign });
    // every nominee of the old file is still there; the second file's repeats are the additions
    expect(diff.removed).toEqual([]);
    expect(diff.added.map((j) => j.nominee.name).sort()).toEqual(
      [
        'Bùi Văn Tiến',
        'Công ty Cổ phần Chè Phong Thổ',
        'Lò Thị Mai',
        'Phòng Giáo dục và Đào tạo huyện Phong Thổ',
        'Tẩn Thị Mẩy',
        'Vàng A Dính',
      ].sort(),
    );
  });
});

describe('diffCampaigns', () => {
  it('lists exactly the nominees a changed threshold flips', async () => {
    // CN-SXKD-1 raised from 2 years of HTTNV to 3. In the sample, the individuals SXKD with fewer
    // than 3 such years are Hà Thị Ngọc (2016 and an unassessed 2017: at most 2, so unknown → fail)
    // and Phan Thị Yến (HTXSNV, which implies HTTNV, in 2018 and 2019: pass → fail); every other
    // has 3 or more.
    const dir = copyDefaultCampaign();
    editJson(dir, 'criteria.json', (data) => {
      const criteria = (data.criteria ?? data) as { id: string; test: { atLeast?: number } }[];
      const rule = criteria.find((c) => c.id === 'CN-SXKD-1');
      if (!rule) throw new Error('no CN-SXKD-1');
      rule.test.atLeast = 3;
    });
    const corrected = loadCampaign(dir);
    const diff = await diffCampaigns(['fixtures/lai-chau-2020/nominees.xlsx'], {
      campaign: corrected,
      against: campaign,
    });
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(
      diff.changed.map((c) => [c.new.nominee.name, c.old.verdict, c.new.verdict, c.rules, c.cells.length]),
    ).toEqual([
      ['Hà Thị Ngọc', 'review', 'ineligible', [{ id: 'CN-SXKD-1', old: 'unknown', new: 'fail' }], 0],
      ['Phan Thị Yến', 'eligible', 'ineligible', [{ id: 'CN-SXKD-1', old: 'pass', new: 'fail' }], 0],
    ]);
  });

  it('finds nothing when the two campaigns are the same', async () => {
    const diff = await diffCampaigns(['fixtures/lai-chau-2020/nominees.xlsx'], {
      campaign,
      against: campaign,
    });
    expect(diff.changed).toEqual([]);
    expect(diff.quota).toEqual([]);
  });
});
