import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { createEngine } from '../../src/engine/evaluate.js';
import type { Tri } from '../../src/engine/kleene.js';
import { campaign, everyYear, type NomineeSpec, nominee } from '../helpers/nominee.js';
import { testDir } from '../helpers/temp.js';

/**
 * Every criterion of the default campaign with nominees that pass, fail and stay unknown,
 * as ESLint tests each rule with valid and invalid code. Each case changes one thing
 * from a nominee that meets the rule.
 */
type Case = [title: string, spec: NomineeSpec, expected: Tri];

const collectiveHCSN: NomineeSpec = { kind: 'collective', block: 'HCSN', sheet: 'Tập thể' };
const collectiveSXKD: NomineeSpec = { kind: 'collective', block: 'SXKD', sheet: 'Tập thể' };
const individualHCSN: NomineeSpec = { kind: 'individual', block: 'HCSN' };
const individualSXKD: NomineeSpec = { kind: 'individual', block: 'SXKD' };

const CASES: Record<string, Case[]> = {
  'TT-HCSN-1': [
    ['TTLĐTT every year', { ...collectiveHCSN, years: everyYear('TTLĐTT') }, 'pass'],
    [
      'TTLĐXS implies TTLĐTT',
      { ...collectiveHCSN, years: { ...everyYear('TTLĐTT'), 2019: 'TTLĐXS' } },
      'pass',
    ],
    ['a year missing', { ...collectiveHCSN, years: { ...everyYear('TTLĐTT'), 2018: 'HTXSNV' } }, 'fail'],
    [
      'a year not yet assessed',
      { ...collectiveHCSN, years: { ...everyYear('TTLĐTT'), 2020: '?' } },
      'unknown',
    ],
  ],
  'TT-HCSN-2': [
    ['two HTXSNV years', { ...collectiveHCSN, years: { 2017: 'HTXSNV', 2018: 'HTXSNV' } }, 'pass'],
    ['one HTXSNV year', { ...collectiveHCSN, years: { 2017: 'HTXSNV', 2018: 'HTTNV' } }, 'fail'],
    ['one known, one open', { ...collectiveHCSN, years: { 2017: 'HTXSNV', 2020: '?' } }, 'unknown'],
  ],
  'TT-HCSN-3': [
    ['BK-UBND in the period', { ...collectiveHCSN, awards: ['BK-UBND:2019'] }, 'pass'],
    ['an order (HC) counts', { ...collectiveHCSN, awards: ['HC:2017'] }, 'pass'],
    ['only a member has it', { ...collectiveHCSN, member_awards: ['BK-UBND:2019'] }, 'fail'],
    ['before the period', { ...collectiveHCSN, awards: ['BK-BO:2015'] }, 'fail'],
    ['no year written', { ...collectiveHCSN, awards: ['BK-TLĐ'] }, 'unknown'],
  ],
  'TT-HCSN-4': [
    ['attested', { ...collectiveHCSN, flags: { attest_model: true } }, 'pass'],
    ['denied', { ...collectiveHCSN, flags: { attest_model: false } }, 'fail'],
    ['blank', { ...collectiveHCSN, flags: { attest_model: null } }, 'unknown'],
  ],
  'TT-HCSN-5': [
    ['a member with SK-T', { ...collectiveHCSN, member_awards: ['SK-T:2018'] }, 'pass'],
    ['a member with a contest prize', { ...collectiveHCSN, member_awards: ['GIAI-HTSTKT:2017'] }, 'pass'],
    ['a member with BLĐST', { ...collectiveHCSN, member_awards: ['BLĐST:2016'] }, 'pass'],
    ['only a grassroots initiative', { ...collectiveHCSN, member_awards: ['SK-CS:2018'] }, 'fail'],
    ['prize without a year', { ...collectiveHCSN, member_awards: ['GIAI-HTSTKT'] }, 'unknown'],
  ],
  'TT-HCSN-6': [
    ['attested', { ...collectiveHCSN, flags: { attest_solidarity: true } }, 'pass'],
    ['denied', { ...collectiveHCSN, flags: { attest_solidarity: false } }, 'fail'],
    ['blank', { ...collectiveHCSN, flags: {} }, 'unknown'],
  ],
  'TT-HCSN-7': [
    ['nobody disciplined', { ...collectiveHCSN, counts: { disciplined: 0 } }, 'pass'],
    ['one disciplined', { ...collectiveHCSN, counts: { disciplined: 1 } }, 'fail'],
    ['blank', { ...collectiveHCSN, counts: { disciplined: null } }, 'unknown'],
  ],
  'TT-SXKD-1': [
    ['HTCT every year', { ...collectiveSXKD, years: everyYear('HTCT') }, 'pass'],
    ['TTLĐTT implies HTCT', { ...collectiveSXKD, years: everyYear('TTLĐTT') }, 'pass'],
    ['a year missing', { ...collectiveSXKD, years: { ...everyYear('HTCT'), 2016: '' } }, 'fail'],
    ['a year open', { ...collectiveSXKD, years: { ...everyYear('HTCT'), 2016: '?' } }, 'unknown'],
  ],
  'TT-SXKD-2': [
    ['both attested', { ...collectiveSXKD, flags: { attest_compliance: true, attest_model: true } }, 'pass'],
    ['models denied', { ...collectiveSXKD, flags: { attest_compliance: true, attest_model: false } }, 'fail'],
    ['compliance blank', { ...collectiveSXKD, flags: { attest_model: true } }, 'unknown'],
    ['one blank, one denied', { ...collectiveSXKD, flags: { attest_compliance: false } }, 'fail'],
  ],
  'TT-SXKD-3': [
    ['a member with BK-TLĐ', { ...collectiveSXKD, member_awards: ['BK-TLĐ:2018'] }, 'pass'],
    ['a member with a ministry certificate', { ...collectiveSXKD, member_awards: ['BK-BO:2020'] }, 'pass'],
    ['only an initiative', { ...collectiveSXKD, member_awards: ['SK-DN:2018'] }, 'fail'],
    ['undated', { ...collectiveSXKD, member_awards: ['BK-UBND'] }, 'unknown'],
  ],
  'TT-SXKD-4': [
    ['attested', { ...collectiveSXKD, flags: { attest_solidarity: true } }, 'pass'],
    ['denied', { ...collectiveSXKD, flags: { attest_solidarity: false } }, 'fail'],
    ['blank', { ...collectiveSXKD, flags: {} }, 'unknown'],
  ],
  'TT-SXKD-5': [
    ['nobody', { ...collectiveSXKD, counts: { disciplined: 0 } }, 'pass'],
    ['two', { ...collectiveSXKD, counts: { disciplined: 2 } }, 'fail'],
    ['blank', { ...collectiveSXKD, counts: {} }, 'unknown'],
  ],
  'CN-HCSN-1': [
    [
      'path A: two HTXSNV and SK-T',
      { ...individualHCSN, years: { 2016: 'HTXSNV', 2019: 'HTXSNV' }, initiatives: ['SK-T:2019'] },
      'pass',
    ],
    [
      'path A: two HTXSNV and BK-TTCP',
      {
        ...individualHCSN,
        flags: { leader: true },
        years: { 2016: 'HTXSNV', 2019: 'HTXSNV' },
        awards: ['BK-TTCP:2020'],
      },
      'pass',
    ],
    [
      'path A: BK-UBND is not enough for a leader',
      {
        ...individualHCSN,
        flags: { leader: true },
        years: { 2016: 'HTXSNV', 2019: 'HTXSNV' },
        awards: ['BK-UBND:2020'],
      },
      'fail',
    ],
    [
      'path B: non-leader, LĐTT every year, one HTXSNV, BK-UBND',
      {
        ...individualHCSN,
        flags: { leader: false },
        years: { ...everyYear('LĐTT'), 2018: 'HTXSNV LĐTT' },
        awards: ['BK-UBND:2018'],
      },
      'pass',
    ],
    [
      'path B: two grassroots initiatives',
      {
        ...individualHCSN,
        flags: { leader: false },
        years: { ...everyYear('LĐTT'), 2018: 'HTXSNV LĐTT' },
        initiatives: ['SK-CS:2017', 'SK-CS:2019'],
      },
      'pass',
    ],
    [
      'path B: CSTĐCS implies LĐTT',
      {
        ...individualHCSN,
        flags: { leader: false },
        years: { ...everyYear('CSTĐCS'), 2018: 'HTXSNV CSTĐCS' },
        awards: ['BK-TLĐ:2018'],
      },
      'pass',
    ],
    [
      'path B closed to a leader',
      {
        ...individualHCSN,
        flags: { leader: true },
        years: { ...everyYear('LĐTT'), 2018: 'HTXSNV LĐTT' },
        awards: ['BK-UBND:2018'],
      },
      'fail',
    ],
    [
      'path B with leader blank',
      {
        ...individualHCSN,
        flags: { leader: null },
        years: { ...everyYear('LĐTT'), 2018: 'HTXSNV LĐTT' },
        awards: ['BK-UBND:2018'],
      },
      'unknown',
    ],
    [
      'path B: only one grassroots initiative',
      {
        ...individualHCSN,
        flags: { leader: false },
        years: { ...everyYear('LĐTT'), 2018: 'HTXSNV LĐTT' },
        initiatives: ['SK-CS:2019'],
      },
      'fail',
    ],
    [
      'path A open: second HTXSNV year not yet assessed',
      {
        ...individualHCSN,
        flags: { leader: true },
        years: { 2016: 'HTXSNV', 2020: '?' },
        initiatives: ['SK-T:2019'],
      },
      'unknown',
    ],
    ['nothing', { ...individualHCSN, flags: { leader: false } }, 'fail'],
  ],
  'CN-HCSN-2': [
    ['attested', { ...individualHCSN, flags: { attest_conduct: true } }, 'pass'],
    ['denied', { ...individualHCSN, flags: { attest_conduct: false } }, 'fail'],
    ['blank', { ...individualHCSN, flags: {} }, 'unknown'],
  ],
  'CN-SXKD-1': [
    ['two HTTNV years', { ...individualSXKD, years: { 2016: 'HTTNV', 2017: 'HTTNV' } }, 'pass'],
    ['HTXSNV implies HTTNV', { ...individualSXKD, years: { 2016: 'HTXSNV', 2017: 'HTTNV' } }, 'pass'],
    ['one year', { ...individualSXKD, years: { 2016: 'HTTNV' } }, 'fail'],
    ['one plus one open', { ...individualSXKD, years: { 2016: 'HTTNV', 2017: '?' } }, 'unknown'],
  ],
  'CN-SXKD-2': [
    ['ĐVXS once', { ...individualSXKD, years: { 2019: 'ĐVXS' } }, 'pass'],
    ['never', { ...individualSXKD, years: { 2019: 'HTTNV' } }, 'fail'],
    ['open year', { ...individualSXKD, years: { 2020: '?' } }, 'unknown'],
  ],
  'CN-SXKD-3': [
    ['recognised by the enterprise', { ...individualSXKD, initiatives: ['SK-DN:2018'] }, 'pass'],
    ['grassroots initiative', { ...individualSXKD, initiatives: ['SK-CS:2016'] }, 'pass'],
    ['before the period', { ...individualSXKD, initiatives: ['SK-DN:2015'] }, 'fail'],
    ['undated', { ...individualSXKD, initiatives: ['SK-DN'] }, 'unknown'],
  ],
  'CN-SXKD-4': [
    ['attested', { ...individualSXKD, flags: { attest_conduct: true } }, 'pass'],
    ['denied', { ...individualSXKD, flags: { attest_conduct: false } }, 'fail'],
    ['blank', { ...individualSXKD, flags: {} }, 'unknown'],
  ],
  'CN-HEAD-1': [
    [
      'head, unit excellent twice',
      { ...individualHCSN, flags: { head: true }, yearLists: { unit_excellent_years: [2018, 2019] } },
      'pass',
    ],
    [
      'head, unit excellent once',
      { ...individualSXKD, flags: { head: true }, yearLists: { unit_excellent_years: [2019] } },
      'fail',
    ],
    [
      'head, years outside the period',
      { ...individualSXKD, flags: { head: true }, yearLists: { unit_excellent_years: [2014, 2015] } },
      'fail',
    ],
  ],
};

const engine = createEngine(campaign);

function resultOf(id: string, spec: NomineeSpec, engineToUse = engine): Tri | undefined {
  return engineToUse.judge(nominee(spec)).rules.find((r) => r.id === id)?.result;
}

describe('criteria of lai-chau-2020', () => {
  for (const [id, cases] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(cases)('%s → %s', (_, spec, expected) => {
        expect(resultOf(id, spec)).toBe(expected);
      });
    });
  }

  it('every criterion of the campaign has cases, and each that can be unknown has an unknown case', () => {
    const ids = campaign.criteria.map((c) => c.id);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const results = new Set((CASES[id] ?? []).map(([, , r]) => r));
      expect(results.has('pass') && results.has('fail'), id).toBe(true);
      if (id !== 'CN-HEAD-1') expect(results.has('unknown'), id).toBe(true);
    }
  });

  it('CN-HEAD-1 applies only to heads of units', () => {
    expect(resultOf('CN-HEAD-1', { ...individualHCSN, flags: { head: false } })).toBeUndefined();
    expect(resultOf('CN-HEAD-1', { ...individualHCSN, flags: { head: true } })).toBe('fail');
  });

  it('a rule that may or may not apply is judged, and can only pass or stay open', () => {
    // the reader turns a blank head into Không; a campaign whose condition can be blank gets here
    const unknownHead = { ...individualHCSN, flags: { head: null } };
    expect(resultOf('CN-HEAD-1', { ...unknownHead, yearLists: { unit_excellent_years: [2019] } })).toBe(
      'unknown',
    );
    expect(resultOf('CN-HEAD-1', { ...unknownHead, yearLists: { unit_excellent_years: [2018, 2019] } })).toBe(
      'pass',
    );
  });

  it('lists the rules of the category in the order of DOMAIN.md', () => {
    const ids = (spec: NomineeSpec) => engine.judge(nominee(spec)).rules.map((r) => r.id);
    expect(ids(collectiveHCSN)).toEqual([
      'TT-HCSN-1',
      'TT-HCSN-2',
      'TT-HCSN-3',
      'TT-HCSN-4',
      'TT-HCSN-5',
      'TT-HCSN-6',
      'TT-HCSN-7',
    ]);
    expect(ids(collectiveSXKD)).toEqual(['TT-SXKD-1', 'TT-SXKD-2', 'TT-SXKD-3', 'TT-SXKD-4', 'TT-SXKD-5']);
    expect(ids({ ...individualHCSN, flags: { head: true } })).toEqual([
      'CN-HCSN-1',
      'CN-HCSN-2',
      'CN-HEAD-1',
    ]);
    expect(ids(individualSXKD)).toEqual(['CN-SXKD-1', 'CN-SXKD-2', 'CN-SXKD-3', 'CN-SXKD-4']);
  });

  it('a nominee meeting every rule is eligible; one open rule makes it review; one failure ineligible', () => {
    const model: NomineeSpec = {
      ...collectiveSXKD,
      years: everyYear('HTCT'),
      flags: { attest_compliance: true, attest_model: true, attest_solidarity: true },
      member_awards: ['BK-UBND:2018'],
      counts: { disciplined: 0 },
    };
    expect(engine.judge(nominee(model)).verdict).toBe('eligible');
    expect(engine.judge(nominee({ ...model, counts: { disciplined: null } })).verdict).toBe('review');
    expect(engine.judge(nominee({ ...model, counts: { disciplined: null }, flags: {} })).verdict).toBe(
      'review',
    );
    expect(engine.judge(nominee({ ...model, counts: { disciplined: 1 }, flags: {} })).verdict).toBe(
      'ineligible',
    );
  });
});

describe('TT-HCSN-5 interpretation is data', () => {
  function campaignWith(interpretation: string) {
    const dir = testDir('campaign-');
    cpSync(campaign.dir, dir, { recursive: true });
    const file = path.join(dir, 'criteria.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const c of data.criteria) if (c.id === 'TT-HCSN-5') c.interpretation = interpretation;
    writeFileSync(file, JSON.stringify(data));
    return createEngine(loadCampaign(dir));
  }

  it('"both" asks for a provincial initiative or prize and a BLĐST; "either" for any one', () => {
    const both = campaignWith('both');
    const either = campaignWith('either');
    const onlyInitiative: NomineeSpec = { ...collectiveHCSN, member_awards: ['SK-T:2018'] };
    const initiativeAndCertificate: NomineeSpec = {
      ...collectiveHCSN,
      member_awards: ['SK-T:2018', 'BLĐST:2019'],
    };
    expect(resultOf('TT-HCSN-5', onlyInitiative, either)).toBe('pass');
    expect(resultOf('TT-HCSN-5', onlyInitiative, both)).toBe('fail');
    expect(resultOf('TT-HCSN-5', initiativeAndCertificate, both)).toBe('pass');
  });

  it('an interpretation the file does not define is refused when the campaign loads', () => {
    expect(() => campaignWith('neither')).toThrow();
  });
});
