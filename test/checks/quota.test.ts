import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/campaign/schema.js';
import { checkQuota, quotaStatus } from '../../src/checks/quota.js';
import type { Verdict } from '../../src/engine/kleene.js';
import type { Judgement } from '../../src/engine/types.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import type { Finding } from '../../src/findings/finding.js';
import { CATEGORIES } from '../../src/model/categories.js';
import { campaign, type NomineeSpec, nominee } from '../helpers/nominee.js';

/** Two units of the default campaign with a small table of our own, so every count is visible here. */
const small: Campaign = {
  ...campaign,
  allocations: [
    {
      unit: 'phong-tho',
      total: 6,
      collective: 2,
      individual: 4,
      'collective-HCSN': 1,
      'collective-SXKD': 1,
      'individual-HCSN': 2,
      'individual-SXKD': 2,
    },
    {
      unit: 'sin-ho',
      total: 3,
      collective: 1,
      individual: 2,
      'collective-HCSN': 1,
      'collective-SXKD': 0,
      'individual-HCSN': 1,
      'individual-SXKD': 1,
    },
  ],
};

const judged = (verdict: Verdict, spec: NomineeSpec = {}): Judgement => ({
  nominee: nominee(spec),
  verdict,
  rules: [],
});

describe('quotaStatus', () => {
  it.each([
    [3, 2, 'over'],
    [2, 2, 'full'],
    [1, 2, 'under'],
    [0, 0, 'full'],
  ] as const)('%i nominated of %i allocated is %s', (nominated, allocated, status) => {
    expect(quotaStatus(nominated, allocated)).toBe(status);
  });
});

describe('checkQuota', () => {
  it('gives one entry per unit of the table and category, in table order', () => {
    const { quota } = checkQuota([], small);
    expect(quota.map((q) => [q.unit, q.category])).toEqual([
      ...CATEGORIES.map((c) => ['phong-tho', c]),
      ...CATEGORIES.map((c) => ['sin-ho', c]),
    ]);
    expect(checkQuota([], campaign).quota).toHaveLength(campaign.allocations.length * 4);
  });

  it('counts nominated, eligible and review per unit and category', () => {
    const { quota } = checkQuota(
      [
        judged('eligible', { unit: 'phong-tho', block: 'HCSN' }),
        judged('review', { unit: 'phong-tho', block: 'HCSN' }),
        judged('ineligible', { unit: 'phong-tho', block: 'SXKD' }),
        judged('eligible', { unit: 'sin-ho', kind: 'collective', block: 'HCSN' }),
      ],
      small,
    );
    const entry = (unit: string, category: string) =>
      quota.find((q) => q.unit === unit && q.category === category);
    expect(entry('phong-tho', 'individual-HCSN')).toEqual({
      unit: 'phong-tho',
      category: 'individual-HCSN',
      allocated: 2,
      nominated: 2,
      eligible: 1,
      status: 'full',
      review: 1,
    });
    expect(entry('phong-tho', 'individual-SXKD')).toMatchObject({
      nominated: 1,
      eligible: 0,
      status: 'under',
    });
    expect(entry('sin-ho', 'collective-HCSN')).toMatchObject({ nominated: 1, eligible: 1, status: 'full' });
    expect(entry('sin-ho', 'individual-HCSN')).toMatchObject({ nominated: 0, eligible: 0, status: 'under' });
  });

  it('reports Q-OVER with the unit name when more are nominated than allocated', () => {
    const { quota, findings } = checkQuota(
      [
        judged('eligible', { unit: 'sin-ho', block: 'SXKD' }),
        judged('eligible', { unit: 'sin-ho', block: 'SXKD' }),
      ],
      small,
    );
    expect(quota.find((q) => q.unit === 'sin-ho' && q.category === 'individual-SXKD')?.status).toBe('over');
    const over = findings.filter((f) => f.code === 'Q-OVER');
    expect(over).toEqual([
      {
        code: 'Q-OVER',
        severity: 'error',
        args: {
          unit: 'LĐLĐ huyện Sìn Hồ',
          category: 'individual-SXKD',
          categoryVi: 'Cá nhân SXKD',
          categoryEn: 'Individual SXKD',
          nominated: 2,
          allocated: 1,
        },
      },
    ]);
    expect(renderFinding(over[0] as Finding, 'en')).toBe(
      'LĐLĐ huyện Sìn Hồ, Individual SXKD: 2 nominated, 1 allocated',
    );
  });

  it('reports Q-UNDER (info) when fewer are eligible than allocated, even with every seat nominated', () => {
    const { findings } = checkQuota(
      [
        judged('eligible', { unit: 'phong-tho', block: 'HCSN' }),
        judged('ineligible', { unit: 'phong-tho', block: 'HCSN' }),
        judged('eligible', { unit: 'phong-tho', kind: 'collective', block: 'HCSN' }),
      ],
      small,
    );
    const under = findings.filter((f) => f.code === 'Q-UNDER');
    const cells = under.map((f) => `${f.args.unit} ${f.args.category}`);
    expect(cells).toContain('LĐLĐ huyện Phong Thổ individual-HCSN');
    // one eligible of one allocated: the seat is filled
    expect(cells).not.toContain('LĐLĐ huyện Phong Thổ collective-HCSN');
    // nothing allocated, nothing missing
    expect(cells).not.toContain('LĐLĐ huyện Sìn Hồ collective-SXKD');
    expect(under.every((f) => f.severity === 'info')).toBe(true);
    expect(under.find((f) => f.args.category === 'individual-HCSN')?.args).toMatchObject({
      unit: 'LĐLĐ huyện Phong Thổ',
      eligible: 1,
      allocated: 2,
    });
  });

  it('reports Q-UNIT at the unit cell of a nominee whose unit matched nothing, and counts it nowhere', () => {
    const lost = judged('eligible', {
      unit: null,
      unitText: 'Huyện Mộc Châu',
      file: 'b.xlsx',
      sheet: 'Cá nhân',
      row: 12,
      cells: { unit: 'G12' },
    });
    const { quota, findings } = checkQuota([lost], small);
    expect(findings.filter((f) => f.code === 'Q-UNIT')).toEqual([
      {
        code: 'Q-UNIT',
        severity: 'error',
        file: 'b.xlsx',
        sheet: 'Cá nhân',
        row: 12,
        cell: 'G12',
        args: { value: 'Huyện Mộc Châu', name: 'Lò Thị Mai' },
      },
    ]);
    expect(quota.reduce((sum, q) => sum + q.nominated, 0)).toBe(0);
  });

  it('reports Q-UNIT for a unit of the campaign that has no row in the table', () => {
    const { findings } = checkQuota([judged('eligible', { unit: 'muong-te', unitText: 'Mường Tè' })], small);
    expect(findings.filter((f) => f.code === 'Q-UNIT').map((f) => f.args.value)).toEqual(['Mường Tè']);
  });
});
