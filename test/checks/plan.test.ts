import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { checkPlan } from '../../src/checks/plan.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { correctedCampaignCopy, editAllocation, editJson, removeTempDirs } from '../campaign/copy.js';

afterAll(removeTempDirs);

describe('checkPlan on the default campaign', () => {
  const campaign = loadCampaign();
  const findings = checkPlan(campaign);

  it('names exactly the two totals the text states wrongly', () => {
    expect(findings.map((f) => [f.code, f.severity, f.column, f.args.stated, f.args.table])).toEqual([
      ['P-STATED', 'error', 'stated.collective', 32, 30],
      ['P-STATED', 'error', 'stated.individual', 80, 82],
    ]);
  });

  it('points at campaign.json and cites the plan section', () => {
    for (const f of findings) {
      expect(f.file).toBe(path.join(campaign.dir, 'campaign.json'));
      expect(f.args.cite).toBe(campaign.stated?.cite);
      expect(f.args.plan).toBe(campaign.plan.ref);
    }
  });

  it('says both numbers in Vietnamese and in English', () => {
    const [collectives, individuals] = findings;
    if (!collectives || !individuals) throw new Error('two findings expected');
    expect(renderFinding(collectives, 'vi')).toBe(
      `Kế hoạch ${campaign.plan.ref}, mục V.3 ghi tập thể: 32, nhưng bảng phân bổ cộng lại được 30`,
    );
    expect(renderFinding(individuals, 'en')).toBe(
      `Plan ${campaign.plan.ref}, section V.3 states individuals: 80, but the allocation table adds up to 82`,
    );
  });

  it('does not compare the conference size with the table', () => {
    expect(campaign.stated?.delegates).not.toBe(campaign.stated?.total);
    expect(findings.some((f) => f.column === 'stated.delegates')).toBe(false);
  });
});

describe('checkPlan on edited copies', () => {
  it('finds nothing once the text states what the table holds', () => {
    expect(checkPlan(loadCampaign(correctedCampaignCopy()))).toEqual([]);
  });

  it('P-ROW: a unit whose total is not collectives + individuals, at its row and column', () => {
    const dir = correctedCampaignCopy();
    editJson(dir, 'campaign.json', (data) => {
      delete data.stated;
      delete data.printedTotals;
    });
    // thanh-pho is the first data row: spreadsheet row 2
    editAllocation(dir, 'thanh-pho', 'total', '18');
    const findings = checkPlan(loadCampaign(dir));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      code: 'P-ROW',
      file: path.join(dir, 'allocations.csv'),
      row: 2,
      column: 'total',
      args: { unit: 'LĐLĐ Thành phố', value: 18, sum: 17 },
    });
    if (!f) throw new Error('one finding expected');
    expect(renderFinding(f, 'en')).toContain('total = 18, but collectives + individuals = 17');
  });

  it('P-ROW: a kind that is not the sum of its blocks; the printed row then disagrees too', () => {
    const dir = correctedCampaignCopy();
    // phong-tho: collective 4 = 2 HCSN + 2 SXKD; one more HCSN breaks the row and the column
    editAllocation(dir, 'phong-tho', 'collective_hcsn', '3');
    const findings = checkPlan(loadCampaign(dir));
    expect(findings.map((f) => [f.code, f.row ?? f.column, f.args.sum])).toEqual([
      ['P-ROW', 3, 5],
      ['P-COLUMN', 'printedTotals.collective-HCSN', 20],
    ]);
    expect(findings[0]?.column).toBe('collective');
    expect(findings[0]?.args.partsVi).toBe('tập thể khối HCSN + tập thể khối SXKD');
    expect(findings[1]?.args.printed).toBe(19);
  });

  it('P-COLUMN: a printed total that is not the column sum, at campaign.json', () => {
    const dir = correctedCampaignCopy();
    editJson(dir, 'campaign.json', (data) => {
      (data.printedTotals as Record<string, number>)['individual-SXKD'] = 27;
    });
    const findings = checkPlan(loadCampaign(dir));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'P-COLUMN',
      file: path.join(dir, 'campaign.json'),
      column: 'printedTotals.individual-SXKD',
      args: { printed: 27, sum: 26, cite: 'V.3' },
    });
  });

  it('P-STATED: the stated grand total is compared with the table too', () => {
    const dir = correctedCampaignCopy();
    editJson(dir, 'campaign.json', (data) => {
      (data.stated as Record<string, number>).total = 110;
    });
    const findings = checkPlan(loadCampaign(dir));
    expect(findings.map((f) => [f.code, f.column, f.args.stated, f.args.table])).toEqual([
      ['P-STATED', 'stated.total', 110, 112],
    ]);
  });

  it('a campaign without stated totals or a printed row is checked row by row only', () => {
    const dir = correctedCampaignCopy();
    editJson(dir, 'campaign.json', (data) => {
      delete data.stated;
      delete data.printedTotals;
    });
    expect(checkPlan(loadCampaign(dir))).toEqual([]);
  });
});
