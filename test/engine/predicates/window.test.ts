import { describe, expect, it } from 'vitest';
import { describePredicate, type Predicate, predicateSchema } from '../../../src/engine/predicate.js';
import { wording } from '../../../src/engine/wording.js';
import { evaluate } from '../../helpers/evaluate.js';
import { campaign, nominee } from '../../helpers/nominee.js';

/** Years relative to the proposal year (the period's last, 2020 here), stated as data. */
const lastTwo = predicateSchema.parse({ type: 'everyYear', code: 'LĐTT', window: { from: -1, to: 0 } });
const yearBefore = predicateSchema.parse({
  type: 'yearsWith',
  code: 'HTXSNV',
  atLeast: 1,
  window: { from: -1, to: -1 },
});
const twoRunningOfThree = predicateSchema.parse({
  type: 'consecutiveYears',
  code: 'LĐTT',
  atLeast: 2,
  window: { from: -2, to: 0 },
});
const reachingBack = predicateSchema.parse({ type: 'everyYear', code: 'LĐTT', window: { from: -5, to: 0 } });

const result = (p: Predicate, years: Record<number, string>) => evaluate(nominee({ years }), p).result;

describe('windows relative to the proposal year', () => {
  it.each([
    ['"2 năm liên tục tính cả năm đề nghị": both held', lastTwo, { 2019: 'LĐTT', 2020: 'LĐTT' }, 'pass'],
    [
      'earlier years do not count',
      lastTwo,
      { 2016: 'LĐTT', 2017: 'LĐTT', 2018: 'LĐTT', 2020: 'LĐTT' },
      'fail',
    ],
    ['the proposal year not yet assessed', lastTwo, { 2019: 'LĐTT', 2020: '?' }, 'unknown'],
    ['"năm trước liền kề": 2019 held', yearBefore, { 2019: 'HTXSNV' }, 'pass'],
    ['the proposal year does not count for the year before', yearBefore, { 2020: 'HTXSNV' }, 'fail'],
    ['the year before not yet assessed', yearBefore, { 2019: '?' }, 'unknown'],
    ['2 running within the last 3', twoRunningOfThree, { 2018: 'LĐTT', 2019: 'LĐTT' }, 'pass'],
    [
      '2 running, one before the window',
      twoRunningOfThree,
      { 2017: 'LĐTT', 2018: 'LĐTT', 2020: 'LĐTT' },
      'fail',
    ],
    [
      'a year before the period has no column: open',
      reachingBack,
      { 2016: 'LĐTT', 2017: 'LĐTT', 2018: 'LĐTT', 2019: 'LĐTT', 2020: 'LĐTT' },
      'unknown',
    ],
  ] as const)('%s → %s', (_, p, years, expected) => {
    expect(result(p, years)).toBe(expected);
  });

  it('says its years in words', () => {
    expect(describePredicate(lastTwo, wording(campaign, 'vi')).text).toBe('LĐTT tất cả các năm 2019–2020');
    expect(describePredicate(yearBefore, wording(campaign, 'vi')).text).toBe(
      'HTXSNV ít nhất 1 năm trong 2019',
    );
  });

  it('refuses a window that ends before it starts or reaches past the proposal year', () => {
    expect(
      predicateSchema.safeParse({ type: 'everyYear', code: 'LĐTT', window: { from: 0, to: -1 } }).success,
    ).toBe(false);
    expect(
      predicateSchema.safeParse({ type: 'everyYear', code: 'LĐTT', window: { from: 0, to: 1 } }).success,
    ).toBe(false);
  });
});
