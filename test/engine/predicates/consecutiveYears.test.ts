import { describe, expect, it } from 'vitest';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

const three = { type: 'consecutiveYears', code: 'TTLĐTT', atLeast: 3 } as const;

describe('consecutiveYears', () => {
  it.each([
    ['three in a row', { 2017: 'TTLĐTT', 2018: 'TTLĐTT', 2019: 'TTLĐTT' }, 'pass'],
    [
      'five in a row',
      { 2016: 'TTLĐTT', 2017: 'TTLĐTT', 2018: 'TTLĐTT', 2019: 'TTLĐTT', 2020: 'TTLĐTT' },
      'pass',
    ],
    ['three but not in a row', { 2016: 'TTLĐTT', 2017: 'TTLĐTT', 2019: 'TTLĐTT' }, 'fail'],
    ['a gap filled by an open year', { 2016: 'TTLĐTT', 2017: 'TTLĐTT', 2018: '?' }, 'unknown'],
    ['an open year that cannot complete a run', { 2016: 'TTLĐTT', 2018: '?', 2020: 'TTLĐTT' }, 'fail'],
    ['a known run beats open years', { 2016: '?', 2017: 'TTLĐTT', 2018: 'TTLĐTT', 2019: 'TTLĐTT' }, 'pass'],
    ['nothing', {}, 'fail'],
  ] as const)('%s', (_, years, expected) => {
    expect(evaluate(nominee({ years }), three).result).toBe(expected);
  });

  it('reports the longest known run', () => {
    const e = evaluate(nominee({ years: { 2016: 'TTLĐTT', 2017: 'TTLĐTT', 2019: 'TTLĐTT' } }), three);
    expect(e.args).toMatchObject({ run: 2, hit: ['2016', '2017', '2019'] });
  });
});
