import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_1_COLUMNS } from '../../src/campaign/form.js';
import { CampaignError, loadCampaignFrom, RULES_DIR } from '../../src/campaign/load.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import type { Kind } from '../../src/model/categories.js';
import { foldKey } from '../../src/model/fold.js';
import { headerLookup } from '../../src/read/columns.js';
import { copyDefaultCampaign, editJson, removeTempDirs, tempDir } from './copy.js';

afterAll(removeTempDirs);

const IND: Kind[] = ['individual'];
const COL: Kind[] = ['collective'];
const BOTH: Kind[] = ['collective', 'individual'];

/**
 * The form of DOMAIN.md §2 beyond a row's identity, as the reader knew it before campaigns
 * declared it: each column's id, the sheets it is on, every header spelling it was matched by,
 * its type, and the label English messages name it by.
 */
const TODAY: [string, Kind[], string[], string, string][] = [
  ['leader', IND, ['Lãnh đạo từ cấp phòng trở lên', 'leader'], 'yesNo', 'leader (head of division or above)'],
  ['head', IND, ['Người đứng đầu', 'head'], 'yesNo', 'head of unit'],
  [
    'direct_worker',
    IND,
    ['Công nhân trực tiếp sản xuất', 'direct_worker'],
    'yesNo',
    'direct production worker',
  ],
  ['awards', BOTH, ['Khen thưởng', 'awards'], 'distinctions', 'awards'],
  ['initiatives', IND, ['Sáng kiến', 'initiatives'], 'distinctions', 'initiatives'],
  [
    'member_awards',
    COL,
    ['Thành tích cá nhân trong tập thể', 'member_awards'],
    'distinctions',
    'members’ distinctions',
  ],
  [
    'unit_excellent_years',
    IND,
    ['Năm đơn vị đạt TTLĐXS', 'unit_excellent_years'],
    'yearList',
    'years the unit was an excellent collective',
  ],
  [
    'attest_conduct',
    IND,
    ['XN phẩm chất chính trị', 'attest_conduct'],
    'yesNo',
    'attested political quality and conduct',
  ],
  [
    'attest_model',
    COL,
    ['XN mô hình, cách làm hay', 'attest_model'],
    'yesNo',
    'attested models and good practice',
  ],
  [
    'attest_solidarity',
    COL,
    ['XN đoàn kết, trong sạch vững mạnh', 'attest_solidarity'],
    'yesNo',
    'attested solidarity, clean and strong',
  ],
  [
    'attest_compliance',
    COL,
    ['XN chấp hành chủ trương, pháp luật', 'attest_compliance'],
    'yesNo',
    'attested compliance with policy and law',
  ],
  ['disciplined', COL, ['Số người bị kỷ luật', 'disciplined'], 'wholeNumber', 'number disciplined'],
];

describe('the default campaigns declare the form they always had', () => {
  it.each(['lai-chau-2020', 'tan-uyen-2021'])('%s declares exactly format 1’s columns', async (id) => {
    const campaign = await loadCampaignFrom(path.join(RULES_DIR, id));
    expect(campaign.columns.map((c) => c.id)).toEqual(FORMAT_1_COLUMNS.map((c) => c.id));
    const old = await loadCampaignFrom(withoutColumns(id));
    expect(old.columns).toEqual(campaign.columns);
  });

  it.each(TODAY)(
    '%s: on the same sheets, by the same headers, of its type',
    async (id, kinds, spellings, type, en) => {
      const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'lai-chau-2020'));
      const column = campaign.columns.find((c) => c.id === id);
      expect(column?.type).toBe(type);
      expect(column?.kinds).toEqual(kinds);
      expect(column?.required).toBe(false);
      expect(column?.header).toEqual({ vi: spellings[0], en });
      for (const kind of BOTH) {
        const lookup = headerLookup({ kind }, campaign.period, campaign.columns);
        for (const spelling of spellings)
          expect(lookup.columns.get(foldKey(spelling))?.id, `${spelling} on a sheet of ${kind}`).toBe(
            kinds.includes(kind) ? id : undefined,
          );
      }
    },
  );

  it('has blank mean Không for the head of a unit only', async () => {
    const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'lai-chau-2020'));
    const blanks = campaign.columns
      .filter((c) => 'blank' in c)
      .map((c) => [c.id, (c as { blank?: boolean }).blank]);
    expect(blanks).toEqual([['head', false]]);
  });

  it('reads a year column of the period by `2016`, `Năm 2016` and `year 2016`, every year required', async () => {
    const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'lai-chau-2020'));
    for (const kind of BOTH) {
      const lookup = headerLookup({ kind }, campaign.period, campaign.columns);
      expect(lookup.periodYears).toEqual([2016, 2017, 2018, 2019, 2020]);
      for (const spelling of ['2016', 'Năm 2018', 'year 2020', 'NAM 2017'])
        expect(lookup.years.get(foldKey(spelling))).toBe(Number(spelling.slice(-4)));
      expect(lookup.years.get(foldKey('2021'))).toBeUndefined();
      // what a sheet must have besides its years: who the row is
      expect(lookup.required.map((r) => r.field)).toEqual(['name', 'unit', 'block']);
    }
  });
});

describe('a criterion names the columns its campaign declares', () => {
  it('one it does not declare is refused, with the nearest declared name', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'criteria.json', (data) => {
      const text = JSON.stringify(data).replace('"field":"leader"', '"field":"leadr"');
      Object.assign(data, JSON.parse(text));
    });
    const error = await loadCampaignFrom(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CampaignError);
    const messages = (error as CampaignError).problems.map((p) => renderFinding(p, 'vi'));
    expect(messages).toEqual([expect.stringMatching(/leadr.*leader/)]);
  });

  it('a column declared twice, or a second column of years, is refused', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'campaign.json', (data) => {
      const columns = data.columns as Record<string, unknown>[];
      columns.push(
        { ...columns[0] },
        { ...(columns.find((c) => c.type === 'yearTitles') ?? {}), id: 'again' },
      );
    });
    const error = await loadCampaignFrom(dir).catch((e: unknown) => e);
    const paths = (error as CampaignError).problems.map((p) => p.args.path);
    expect(paths).toEqual(expect.arrayContaining(['columns[13].id', 'columns[14].type']));
  });
});

/** A copy of a shipped campaign as format 1 had it: no format, no kinds, no columns. */
function withoutColumns(id: string): string {
  const dir = path.join(tempDir('eligibility-form-'), id);
  cpSync(path.join(RULES_DIR, id), dir, { recursive: true });
  editJson(dir, 'campaign.json', (data) => {
    delete data.format;
    delete data.kinds;
    delete data.columns;
  });
  return dir;
}
