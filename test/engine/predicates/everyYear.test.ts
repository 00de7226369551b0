import { describe, expect, it } from 'vitest';
import { evaluate } from '../../helpers/evaluate.js';
import { everyYear, nominee } from '../../helpers/nominee.js';

const p = { type: 'everyYear', code: 'TTLĐTT' } as const;

describe('everyYear', () => {
  it.each([
    ['every year', everyYear('TTLĐTT'), 'pass'],
    ['every year through an implying code', { ...everyYear('TTLĐTT'), 2018: 'TTLĐXS' }, 'pass'],
    ['one year missing', { ...everyYear('TTLĐTT'), 2018: '' }, 'fail'],
    ['one year not yet assessed', { ...everyYear('TTLĐTT'), 2020: '?' }, 'unknown'],
    ['one missing beats one unknown', { ...everyYear('TTLĐTT'), 2018: '', 2020: '?' }, 'fail'],
    ['all unknown', everyYear('?'), 'unknown'],
    ['nothing', {}, 'fail'],
  ] as const)('%s', (_, years, expected) => {
    expect(evaluate(nominee({ years }), p).result).toBe(expected);
  });

  it('reports the missing year', () => {
    const e = evaluate(nominee({ years: { ...everyYear('TTLĐTT'), 2018: '' } }), p);
    expect(e.args).toMatchObject({ hit: ['2016', '2017', '2019', '2020'], missing: ['2018'], unknown: [] });
  });
});
