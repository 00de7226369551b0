import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/campaign/schema.js';
import { checkQuota, dropAdvice, quotaStatus } from '../../src/checks/quota.js';
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
      eligibleStatus: 'under',
      repeats: 0,
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
          unitId: 'sin-ho',
          category: 'individual-SXKD',
          categoryVi: 'Cá nhân SXKD',
          categoryEn: 'Individual SXKD',
          nominated: 2,
          allocated: 1,
          eligible: 2,
          review: 0,
          adviceVi: 'Phải rút 1 người đạt: 2 người đạt cho 1 chỗ.',
          adviceEn: '1 eligible nominee to drop: 2 eligible for 1 seat.',
        },
      },
    ]);
    expect(renderFinding(over[0] as Finding, 'en')).toBe(
      'LĐLĐ huyện Sìn Hồ, Individual SXKD: 2 nominated, 1 allocated. 1 eligible nominee to drop: 2 eligible for 1 seat.',
    );
  });

  it('reads each entry both ways: nominations and the seats eligible nominees fill', () => {
    // Tam Đường in the sample: a collective nominated for its one seat but not eligible, and two
    // SXKD individuals for one seat, one of them eligible
    const { quota, findings } = checkQuota(
      [
        judged('ineligible', { unit: 'phong-tho', kind: 'collective', block: 'HCSN' }),
        judged('eligible', { unit: 'phong-tho', block: 'SXKD' }),
        judged('ineligible', { unit: 'phong-tho', block: 'SXKD' }),
        judged('ineligible', { unit: 'phong-tho', block: 'SXKD' }),
      ],
      small,
    );
    const entry = (category: string) => quota.find((q) => q.unit === 'phong-tho' && q.category === category);
    // every seat nominated, none of them can be filled
    expect(entry('collective-HCSN')).toMatchObject({
      nominated: 1,
      eligible: 0,
      status: 'full',
      eligibleStatus: 'under',
    });
    // over on nominations, but the one eligible nominee fits the seats: nobody needs dropping
    expect(entry('individual-SXKD')).toMatchObject({
      allocated: 2,
      nominated: 3,
      eligible: 1,
      status: 'over',
      eligibleStatus: 'under',
    });
    const over = findings.find((f) => f.code === 'Q-OVER') as Finding;
    expect(renderFinding(over, 'vi')).toBe(
      'LĐLĐ huyện Phong Thổ, Cá nhân SXKD: đề nghị 3, phân bổ 2. Không phải rút ai: chỉ 1 người đạt cho 2 chỗ.',
    );
  });

  it('counts a repeated row once: in repeats, never in nominated, eligible or review', () => {
    const first = judged('eligible', { unit: 'phong-tho', block: 'HCSN', row: 24 });
    const again: Judgement = {
      ...judged('eligible', { unit: 'phong-tho', block: 'HCSN', row: 27 }),
      repeatOf: { file: 'test.xlsx', sheet: 'Cá nhân', row: 24, cell: 'B24' },
    };
    const { quota, findings } = checkQuota([first, again], small);
    expect(quota.find((q) => q.unit === 'phong-tho' && q.category === 'individual-HCSN')).toMatchObject({
      allocated: 2,
      nominated: 1,
      eligible: 1,
      review: 0,
      status: 'under',
      eligibleStatus: 'under',
      repeats: 1,
    });
    expect(findings.filter((f) => f.code === 'Q-OVER')).toEqual([]);
  });
});

describe('checkQuota, what it finds', () => {
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

describe('dropAdvice', () => {
  const q = (allocated: number, eligible: number, review: number, nominated = 9) => ({
    allocated,
    eligible,
    review,
    nominated,
    status: quotaStatus(nominated, allocated),
  });

  it('says nothing for a unit within its nominations', () => {
    expect(dropAdvice(q(2, 2, 0, 2))).toBeUndefined();
  });

  it('drops nobody when eligible nominees and those to review fit the seats', () => {
    expect(dropAdvice(q(2, 1, 1))).toEqual({ kind: 'none' });
    expect(dropAdvice(q(1, 0, 0))).toEqual({ kind: 'none' });
  });

  it('drops some only if reviews pass, when only those to review would overfill the seats', () => {
    expect(dropAdvice(q(2, 1, 3))).toEqual({ kind: 'ifReviewPasses', count: 2 });
  });

  it('drops eligible nominees when there are more of them than seats', () => {
    expect(dropAdvice(q(2, 4, 1))).toEqual({ kind: 'eligible', count: 2 });
  });
});
