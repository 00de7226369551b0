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

/**
 * "Đã được tặng Bằng khen, 05 năm tiếp theo … trong thời gian đó có 05 sáng kiến", stated as data
 * over the default campaign (period 2016–2020, proposal year 2020).
 */
const merit = { fields: ['awards'], codes: ['BK-UBND', 'BK-TLĐ'] };
const fiveInitiatives = predicateSchema.parse({
  type: 'after',
  after: merit,
  years: 5,
  count: { fields: ['initiatives'], codes: ['SK-CS'] },
  atLeast: 5,
});
const fromFirst = predicateSchema.parse({ ...fiveInitiatives, anchor: 'earliest' });
const fiveExcellentYears = predicateSchema.parse({
  type: 'after',
  after: merit,
  years: 5,
  count: { code: 'HTXSNV' },
  atLeast: 5,
});

const result = (p: Predicate, spec: NomineeSpec) => evaluate(nominee(spec), p).result;
const sk = (...years: number[]) => years.map((y) => `SK-CS:${y}`);

describe('after: a window after a dated distinction', () => {
  it.each([
    [
      '5 initiatives in the 5 years after a 2014 merit',
      { awards: ['BK-UBND:2014'], initiatives: sk(2015, 2016, 2017, 2018, 2019) },
      'pass',
    ],
    [
      'a provincial initiative counts as one',
      { awards: ['BK-TLĐ:2014'], initiatives: ['SK-T:2015', ...sk(2016, 2017, 2018, 2019)] },
      'pass',
    ],
    [
      'the fifth after the window',
      { awards: ['BK-UBND:2014'], initiatives: sk(2015, 2016, 2017, 2018, 2020) },
      'fail',
    ],
    [
      'the fifth in the year of the merit itself',
      { awards: ['BK-UBND:2014'], initiatives: sk(2014, 2015, 2016, 2017, 2018) },
      'fail',
    ],
    [
      'counted from the latest merit',
      { awards: ['BK-UBND:2010', 'BK-UBND:2014'], initiatives: sk(2011, 2012, 2013, 2014, 2014) },
      'fail',
    ],
    ['no merit at all', { initiatives: sk(2015, 2016, 2017, 2018, 2019) }, 'fail'],
    [
      'a merit dated after the proposal year is not had yet',
      { awards: ['BK-UBND:2021'], initiatives: sk(2016, 2017, 2018, 2019, 2020) },
      'fail',
    ],
    [
      'the merit without a year',
      { awards: ['BK-UBND'], initiatives: sk(2015, 2016, 2017, 2018, 2019) },
      'unknown',
    ],
    [
      'a later undated merit could move the window',
      { awards: ['BK-UBND:2014', 'BK-UBND'], initiatives: sk(2015, 2016, 2017, 2018, 2019) },
      'unknown',
    ],
    [
      'an undated merit, but too few initiatives for any window',
      { awards: ['BK-UBND'], initiatives: sk(2015, 2016) },
      'fail',
    ],
    [
      '4 in the window and one undated',
      { awards: ['BK-UBND:2014'], initiatives: [...sk(2015, 2016, 2017, 2018), 'SK-CS'] },
      'unknown',
    ],
    [
      'the window runs past the proposal year: 5 already by 2020',
      { awards: ['BK-UBND:2017'], initiatives: sk(2018, 2018, 2019, 2020, 2020) },
      'pass',
    ],
    [
      'the window runs past the proposal year: 4 by 2020',
      { awards: ['BK-UBND:2017'], initiatives: sk(2018, 2019, 2020, 2020) },
      'fail',
    ],
  ] as const)('%s → %s', (_, spec, expected) => {
    expect(result(fiveInitiatives, spec as NomineeSpec)).toBe(expected);
  });

  it('counts from the earliest merit when the text says so', () => {
    const spec = { awards: ['BK-UBND:2010', 'BK-UBND:2014'], initiatives: sk(2011, 2012, 2013, 2014, 2014) };
    expect(result(fromFirst, spec)).toBe('pass');
    // an undated merit could be earlier than 2010
    expect(result(fromFirst, { ...spec, awards: [...spec.awards, 'BK-TLĐ'] })).toBe('unknown');
  });

  it('says the merit, the window and what it found, in both languages', () => {
    const spec = { awards: ['BK-UBND:2010', 'BK-UBND:2017'], initiatives: sk(2018, 2019, 2020, 2020) };
    const e = evaluate(nominee(spec), fiveInitiatives);
    expect(renderEvidence(fiveInitiatives, e, wording(campaign, 'vi'))).toBe(
      'BK-UBND:2017; 2018–2020: SK-CS:2018, SK-CS:2019, SK-CS:2020, SK-CS:2020 (4/5), tính đến năm đề nghị 2020',
    );
    expect(renderEvidence(fiveInitiatives, e, wording(campaign, 'en'))).toBe(
      'BK-UBND:2017; 2018–2020: SK-CS:2018, SK-CS:2019, SK-CS:2020, SK-CS:2020 (4/5), up to the proposal year 2020',
    );
    expect(
      renderEvidence(fiveInitiatives, evaluate(nominee({}), fiveInitiatives), wording(campaign, 'vi')),
    ).toBe('chưa có BK-UBND, BK-TLĐ');
    expect(describePredicate(fiveInitiatives, wording(campaign, 'vi')).text).toBe(
      'ít nhất 5 SK-CS (cột "Sáng kiến") trong 5 năm sau năm được BK-UBND, BK-TLĐ (cột "Khen thưởng") lần gần nhất',
    );
  });

  it('asks for the year of an undated merit and points at its column', () => {
    const e = evaluate(
      nominee({ awards: ['BK-UBND'], initiatives: sk(2015, 2016, 2017, 2018, 2019) }),
      fiveInitiatives,
    );
    expect(stepsOf(fiveInitiatives, e)).toEqual([{ date: 'awards', codes: ['BK-UBND'] }]);
    expect(culpritCells(fiveInitiatives, e)).toEqual(['awards']);
  });
});

describe('after: years holding a title in the window', () => {
  it.each([
    [
      'HTXSNV 2016–2020 after a 2015 merit',
      {
        awards: ['BK-UBND:2015'],
        years: { 2016: 'HTXSNV', 2017: 'HTXSNV', 2018: 'HTXSNV', 2019: 'HTXSNV', 2020: 'HTXSNV' },
      },
      'pass',
    ],
    [
      '2018 only HTTNV',
      {
        awards: ['BK-UBND:2015'],
        years: { 2016: 'HTXSNV', 2017: 'HTXSNV', 2018: 'HTTNV', 2019: 'HTXSNV', 2020: 'HTXSNV' },
      },
      'fail',
    ],
    [
      '2020 not yet assessed',
      {
        awards: ['BK-UBND:2015'],
        years: { 2016: 'HTXSNV', 2017: 'HTXSNV', 2018: 'HTXSNV', 2019: 'HTXSNV', 2020: '?' },
      },
      'unknown',
    ],
    [
      'a 2013 merit: 2014 and 2015 have no column on the form',
      { awards: ['BK-UBND:2013'], years: { 2016: 'HTXSNV', 2017: 'HTXSNV', 2018: 'HTXSNV' } },
      'unknown',
    ],
    [
      'a 2017 merit: only 3 years to the proposal year',
      { awards: ['BK-UBND:2017'], years: { 2018: 'HTXSNV', 2019: 'HTXSNV', 2020: 'HTXSNV' } },
      'fail',
    ],
  ] as const)('%s → %s', (_, spec, expected) => {
    expect(result(fiveExcellentYears, spec as NomineeSpec)).toBe(expected);
  });

  it('waits for the year not yet assessed', () => {
    const spec = {
      awards: ['BK-UBND:2015'],
      years: { 2016: 'HTXSNV', 2017: 'HTXSNV', 2018: 'HTXSNV', 2019: 'HTXSNV', 2020: '?' },
    };
    const e = evaluate(nominee(spec), fiveExcellentYears);
    expect(stepsOf(fiveExcellentYears, e)).toEqual([{ wait: '2020' }]);
    expect(culpritCells(fiveExcellentYears, e)).toEqual(['2020']);
  });
});
