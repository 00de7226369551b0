import { describe, expect, it } from 'vitest';
import type { Distinctions } from '../../../src/engine/predicate.js';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

const merit: Distinctions = {
  type: 'distinctions',
  fields: ['awards'],
  codes: ['BK-UBND', 'HC'],
  atLeast: 1,
};
const twoInitiatives: Distinctions = {
  type: 'distinctions',
  fields: ['initiatives', 'awards'],
  codes: ['SK-CS'],
  atLeast: 2,
};

describe('distinctions', () => {
  it.each([
    ['one dated in the period', ['BK-UBND:2018'], 'pass'],
    ['another listed code', ['HC:2016'], 'pass'],
    ['a code not listed', ['BK-TLĐ:2018'], 'fail'],
    ['dated before the period', ['BK-UBND:2014'], 'fail'],
    ['dated after the period', ['BK-UBND:2021'], 'fail'],
    ['without a year: unknown, never a pass', ['BK-UBND'], 'unknown'],
    ['dated one beats an undated one', ['BK-UBND', 'HC:2019'], 'pass'],
    ['none', [], 'fail'],
  ] as const)('%s', (_, awards, expected) => {
    expect(evaluate(nominee({ awards: [...awards] }), merit).result).toBe(expected);
  });

  it.each([
    ['two across columns', { initiatives: ['SK-CS:2017'], awards: ['SK-CS:2019'] }, 'pass'],
    [
      'a provincial initiative counts as a grassroots one',
      { initiatives: ['SK-T:2017', 'SK-CS:2018'] },
      'pass',
    ],
    ['one of two', { initiatives: ['SK-CS:2017'] }, 'fail'],
    ['one plus one undated', { initiatives: ['SK-CS:2017', 'SK-CS'] }, 'unknown'],
    ['two undated', { initiatives: ['SK-CS', 'SK-CS'] }, 'unknown'],
    ['one undated alone', { initiatives: ['SK-CS'] }, 'fail'],
  ] as const)('at least two: %s', (_, columns, expected) => {
    expect(evaluate(nominee(columns), twoInitiatives).result).toBe(expected);
  });

  it('only looks in the columns it names', () => {
    expect(evaluate(nominee({ member_awards: ['BK-UBND:2018'] }), merit).result).toBe('fail');
  });

  it('keeps what counted, what had no year and what fell outside', () => {
    const e = evaluate(nominee({ awards: ['BK-UBND:2018', 'HC', 'HC:2012'] }), merit);
    expect(e.args).toMatchObject({ counted: ['BK-UBND:2018'], undated: ['HC'], outside: ['HC:2012'] });
  });
});
