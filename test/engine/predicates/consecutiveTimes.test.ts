import { describe, expect, it } from 'vitest';
import {
  culpritCells,
  describePredicate,
  type Predicate,
  predicateSchema,
  renderEvidence,
  stepsOf,
} from '../../../src/engine/predicate.js';
import { wording } from '../../../src/engine/wording.js';
import { evaluate } from '../../helpers/evaluate.js';
import { campaign, type NomineeSpec, nominee } from '../../helpers/nominee.js';

/** "N lần liên tục", stated as data over the default campaign (period 2016–2020, proposal year 2020). */
const threeRunningToNow = predicateSchema.parse({
  type: 'consecutiveTimes',
  of: { code: 'CSTĐCS' },
  times: 3,
  window: { from: -2, to: 0 },
  label: { vi: 'CSTĐCS 3 lần', en: 'CSTĐCS 3 times' },
});
const threeRunning = predicateSchema.parse({ type: 'consecutiveTimes', of: { code: 'CSTĐCS' }, times: 3 });
const everyOther = predicateSchema.parse({
  type: 'consecutiveTimes',
  of: { code: 'CSTĐCS' },
  times: 2,
  every: 2,
});
const meritFiveApart = predicateSchema.parse({
  type: 'consecutiveTimes',
  of: { fields: ['awards'], codes: ['BK-UBND'] },
  times: 2,
  every: 5,
});

const result = (p: Predicate, spec: NomineeSpec) => evaluate(nominee(spec), p).result;
const words = (p: Predicate, spec: NomineeSpec, lang: 'vi' | 'en' = 'vi') => {
  const e = evaluate(nominee(spec), p);
  return renderEvidence(p, e, wording(campaign, lang));
};

describe('consecutiveTimes: a yearly title N times in a row', () => {
  it.each([
    [
      '2018–2020 held',
      threeRunningToNow,
      { years: { 2018: 'CSTĐCS', 2019: 'CSTĐCS', 2020: 'CSTĐCS' } },
      'pass',
    ],
    [
      'CSTĐT implies CSTĐCS',
      threeRunningToNow,
      { years: { 2018: 'CSTĐT', 2019: 'CSTĐCS', 2020: 'CSTĐCS' } },
      'pass',
    ],
    [
      '2019 only LĐTT breaks it',
      threeRunningToNow,
      { years: { 2018: 'CSTĐCS', 2019: 'LĐTT', 2020: 'CSTĐCS' } },
      'fail',
    ],
    [
      '2019 not yet assessed',
      threeRunningToNow,
      { years: { 2018: 'CSTĐCS', 2019: '?', 2020: 'CSTĐCS' } },
      'unknown',
    ],
    [
      'three in a row ending 2018: not up to the proposal year',
      threeRunningToNow,
      { years: { 2016: 'CSTĐCS', 2017: 'CSTĐCS', 2018: 'CSTĐCS' } },
      'fail',
    ],
    [
      'without a window, any three in a row of the period',
      threeRunning,
      { years: { 2016: 'CSTĐCS', 2017: 'CSTĐCS', 2018: 'CSTĐCS' } },
      'pass',
    ],
    [
      'a "?" that cannot make three',
      threeRunning,
      { years: { 2016: 'CSTĐCS', 2018: '?', 2020: 'CSTĐCS' } },
      'fail',
    ],
  ] as const)('%s → %s', (_, p, spec, expected) => {
    expect(result(p, spec)).toBe(expected);
  });

  it('says the run it found, the year to wait for and the cell behind it', () => {
    const spec = { years: { 2018: 'CSTĐCS', 2019: '?', 2020: 'CSTĐCS' } };
    const e = evaluate(nominee(spec), threeRunningToNow);
    expect(renderEvidence(threeRunningToNow, e, wording(campaign, 'vi'))).toBe(
      'CSTĐCS 3 lần: CSTĐCS liên tục 1/3 lần (2020), các lần có 2018, 2020, chưa xét 2019',
    );
    expect(stepsOf(threeRunningToNow, e)).toEqual([{ wait: '2019' }]);
    expect(culpritCells(threeRunningToNow, e)).toEqual(['2019']);
  });
});

describe('consecutiveTimes: a title given every k years', () => {
  it.each([
    ['2016 and 2018', everyOther, { years: { 2016: 'CSTĐCS', 2018: 'CSTĐCS' } }, 'pass'],
    [
      '2016 and 2017: one year apart is not the next time',
      everyOther,
      { years: { 2016: 'CSTĐCS', 2017: 'CSTĐCS' } },
      'fail',
    ],
    ['2017 and 2019 not yet assessed', everyOther, { years: { 2017: 'CSTĐCS', 2019: '?' } }, 'unknown'],
  ] as const)('%s → %s', (_, p, spec, expected) => {
    expect(result(p, spec)).toBe(expected);
  });

  it.each([
    [
      '"2 lần liên tục Bằng khen, mỗi lần cách nhau 5 năm": 2010 and 2015',
      ['BK-UBND:2010', 'BK-UBND:2015'],
      'pass',
    ],
    ['2010 and 2014', ['BK-UBND:2010', 'BK-UBND:2014'], 'fail'],
    ['2016 and 2021: the second after the proposal year', ['BK-UBND:2016', 'BK-UBND:2021'], 'fail'],
    ['2010 and one without a year', ['BK-UBND:2010', 'BK-UBND'], 'unknown'],
    ['two without a year', ['BK-UBND', 'BK-UBND'], 'unknown'],
    ['one without a year cannot be two', ['BK-UBND'], 'fail'],
    ['none', [], 'fail'],
  ] as const)('dated distinctions: %s → %s', (_, awards, expected) => {
    expect(result(meritFiveApart, { awards: [...awards] })).toBe(expected);
  });

  it('asks for the year of an undated one and words the chain in both languages', () => {
    const spec = { awards: ['BK-UBND:2010', 'BK-UBND'] };
    expect(stepsOf(meritFiveApart, evaluate(nominee(spec), meritFiveApart))).toEqual([
      { date: 'awards', codes: ['BK-UBND'] },
    ]);
    expect(words(meritFiveApart, spec)).toBe('BK-UBND liên tục 1/2 lần (2010); BK-UBND chưa ghi năm');
    expect(words(meritFiveApart, { awards: ['BK-UBND:2010', 'BK-UBND:2015'] }, 'en')).toBe(
      'BK-UBND 2 of 2 consecutive times (2010, 2015)',
    );
    expect(describePredicate(meritFiveApart, wording(campaign, 'vi')).text).toBe(
      'BK-UBND (cột "Khen thưởng") 2 lần liên tục, mỗi lần cách nhau 5 năm, đến năm 2020',
    );
    expect(describePredicate(threeRunningToNow, wording(campaign, 'en')).text).toBe(
      'CSTĐCS 3 times: CSTĐCS 3 consecutive times, in 2018–2020',
    );
  });

  it('refuses fewer than two times', () => {
    expect(
      predicateSchema.safeParse({ type: 'consecutiveTimes', of: { code: 'CSTĐCS' }, times: 1 }).success,
    ).toBe(false);
  });
});
