import { describe, expect, it } from 'vitest';
import { composition } from '../../src/checks/composition.js';
import { createEngine } from '../../src/engine/evaluate.js';
import { campaign, type NomineeSpec, nominee } from '../helpers/nominee.js';

const engine = createEngine(campaign);
const judge = (specs: NomineeSpec[]) => specs.map((s) => engine.judge(nominee(s)));

describe('composition', () => {
  const judgements = judge([
    {
      unit: 'phong-tho',
      gender: 'female',
      ethnicity: 'Thái',
      flags: { leader: false, direct_worker: false },
    },
    { unit: 'phong-tho', gender: 'male', ethnicity: 'kinh', flags: { leader: true, direct_worker: true } },
    { unit: 'phong-tho', gender: null, ethnicity: null, flags: {} },
    { unit: 'y-te', gender: 'female', ethnicity: 'Mông', flags: { leader: false } },
    { unit: 'y-te', kind: 'collective', gender: null, ethnicity: null },
  ]);
  const groups = composition(judgements, campaign);
  const phongTho = groups.find((g) => g.unit === 'phong-tho');
  const total = groups.find((g) => g.unit === null);

  it('has a group per unit of the campaign and a total, counting individuals only', () => {
    expect(groups).toHaveLength(campaign.units.length + 1);
    expect(groups.at(-1)?.unit).toBeNull();
    expect(total?.individuals).toBe(4);
    expect(groups.find((g) => g.unit === 'tam-duong')?.individuals).toBe(0);
  });

  it('counts women, minorities (anything but the majority group, any case), non-leaders and direct workers', () => {
    expect(phongTho?.women).toEqual({ count: 1, share: 0.333, unknown: 1 });
    expect(phongTho?.ethnicMinorities).toEqual({ count: 1, share: 0.333, unknown: 1 });
    expect(phongTho?.nonLeaders).toEqual({ count: 1, share: 0.333, unknown: 1 });
    expect(phongTho?.directWorkers).toEqual({ count: 1, share: 0.333, unknown: 1 });
    expect(total?.women).toEqual({ count: 2, share: 0.5, unknown: 1 });
    expect(total?.ethnicMinorities.count).toBe(2);
  });

  it('an empty unit has shares of 0, not NaN', () => {
    expect(groups.find((g) => g.unit === 'tam-duong')?.women).toEqual({ count: 0, share: 0, unknown: 0 });
  });
});
