import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCampaignDir } from '../../src/campaign/load.js';
import {
  copyDefaultCampaign,
  correctedCampaignCopy,
  editAllocation,
  editJson,
  removeTempDirs,
} from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

afterAll(removeTempDirs);

describe('eligibility plan check', () => {
  it('on the default campaign: the two stated totals, exit 1', async () => {
    const { code, stdout, stderr } = await run('plan', 'check');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    // named as the user would type it from where they stand (tests run at the repository root)
    const campaignJson = path.relative(process.cwd(), path.join(defaultCampaignDir(), 'campaign.json'));
    expect(campaignJson).toBe(path.join('rules', 'lai-chau-2020', 'campaign.json'));
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${campaignJson} (stated.collective): lỗi P-STATED: Kế hoạch 154/KH-LĐLĐ, mục V.3 ghi tập thể: 32, nhưng bảng phân bổ cộng lại được 30`,
      `${campaignJson} (stated.individual): lỗi P-STATED: Kế hoạch 154/KH-LĐLĐ, mục V.3 ghi cá nhân: 80, nhưng bảng phân bổ cộng lại được 82`,
    ]);
  });

  it('in English, as JSON', async () => {
    const { code, stdout } = await run('plan', 'check', '--lang', 'en', '--format', 'json');
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.campaign).toBe('lai-chau-2020');
    expect(doc.summary).toEqual({ errors: 2, warnings: 0 });
    expect(doc.findings.map((f: { code: string; column: string }) => [f.code, f.column])).toEqual([
      ['P-STATED', 'stated.collective'],
      ['P-STATED', 'stated.individual'],
    ]);
    expect(doc.findings[0].message).toBe(
      'Plan 154/KH-LĐLĐ, section V.3 states collectives: 32, but the allocation table adds up to 30',
    );
  });

  it('on a corrected copy: no mismatch, exit 0', async () => {
    const { code, stdout } = await run(
      'plan',
      'check',
      '--campaign',
      correctedCampaignCopy(),
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(stdout).toBe('The allocation table matches the plan: no mismatch.\n');
  });

  it('names the row of a unit that does not add up', async () => {
    const dir = correctedCampaignCopy();
    editAllocation(dir, 'sin-ho', 'individual_sxkd', '3');
    const { code, stdout } = await run('plan', 'check', '--campaign', dir, '--lang', 'en');
    expect(code).toBe(1);
    const csv = path.join(dir, 'allocations.csv');
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${csv}:5 (individual): error P-ROW: LĐLĐ huyện Sìn Hồ: individuals = 8, but HCSN individuals + SXKD individuals = 9 (plan 154/KH-LĐLĐ, section V.3)`,
      `${path.join(dir, 'campaign.json')} (printedTotals.individual-SXKD): error P-COLUMN: The printed total row gives SXKD individuals = 26, but the column adds up to 27 (plan 154/KH-LĐLĐ, section V.3)`,
    ]);
  });

  it('refuses an invalid campaign with exit 2 and the problem on stderr', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'campaign.json', (data) => {
      data.period = { from: 'năm 2016', to: 2020 };
    });
    const { code, stdout, stderr } = await run('plan', 'check', '--campaign', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${path.join(dir, 'campaign.json')}: period.from: expected a number, found "năm 2016"\n`,
    );
  });

  it('refuses an unknown format with exit 2', async () => {
    expect((await run('plan', 'check', '--format', 'xml')).code).toBe(2);
  });
});
