import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign, RULES_DIR } from '../../src/campaign/load.js';
import { createEngine } from '../../src/engine/evaluate.js';
import type { Tri } from '../../src/engine/kleene.js';
import { type NomineeSpec, nominee } from '../helpers/nominee.js';

/**
 * A second campaign, a district conference over 2017–2021 that asks for 3 consecutive years,
 * its own units and codes (district commendations, GK-*): proof that the criteria are data.
 */
const campaign = loadCampaign(path.join(RULES_DIR, 'tan-uyen-2021'));
const engine = createEngine(campaign);
const make = (spec: NomineeSpec) => nominee({ unit: 'giao-duc', ...spec }, campaign.period);
const resultOf = (id: string, spec: NomineeSpec): Tri | undefined =>
  engine.judge(make(spec)).rules.find((r) => r.id === id)?.result;

const collective: NomineeSpec = { kind: 'collective', block: 'HCSN' };

describe('tan-uyen-2021', () => {
  it('loads with its own period, units and criteria', () => {
    expect(campaign.period).toEqual({ from: 2017, to: 2021 });
    expect(campaign.units.map((u) => u.id)).toContain('che-tan-uyen');
    expect(campaign.allocations).toHaveLength(5);
  });

  it.each([
    ['three consecutive years in the middle', { 2018: 'TTLĐTT', 2019: 'TTLĐTT', 2020: 'TTLĐTT' }, 'pass'],
    [
      'three years ending in 2021, outside the Lai Châu period',
      { 2019: 'TTLĐTT', 2020: 'TTLĐTT', 2021: 'TTLĐTT' },
      'pass',
    ],
    ['three years, not consecutive', { 2017: 'TTLĐTT', 2019: 'TTLĐTT', 2021: 'TTLĐTT' }, 'fail'],
    ['a run that an open year might complete', { 2019: 'TTLĐTT', 2020: 'TTLĐTT', 2021: '?' }, 'unknown'],
  ] as const)('H-TT-HCSN-1: %s', (_, years, expected) => {
    expect(resultOf('H-TT-HCSN-1', { ...collective, years })).toBe(expected);
  });

  it('2016 is outside this period: years before 2017 do not count', () => {
    // 2016 has no column in this campaign, so a nominee built for 2017–2021 never holds it
    const n = make({ ...collective, years: { 2017: 'TTLĐTT', 2018: 'TTLĐTT' } });
    expect(Object.keys(n.years)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    expect(engine.judge(n).rules.find((r) => r.id === 'H-TT-HCSN-1')?.result).toBe('fail');
  });

  it('a district commendation, a code the Lai Châu campaign does not know, counts here', () => {
    expect(resultOf('H-TT-HCSN-3', { ...collective, awards: ['GK-LĐLĐ:2020'] })).toBe('pass');
    expect(resultOf('H-TT-HCSN-3', { ...collective, awards: ['GK-LĐLĐ:2016'] })).toBe('fail');
  });

  it('judges an eligible individual of the SXKD block by this campaign’s rules only', () => {
    const j = engine.judge(
      make({
        block: 'SXKD',
        unit: 'che-tan-uyen',
        years: { 2018: 'HTTNV', 2021: 'HTTNV' },
        initiatives: ['SK-DN:2021'],
        flags: { attest_conduct: true },
      }),
    );
    expect(j.rules.map((r) => r.id)).toEqual(['H-CN-SXKD-1', 'H-CN-SXKD-2']);
    expect(j.verdict).toBe('eligible');
  });
});
