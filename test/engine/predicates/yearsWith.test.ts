import { describe, expect, it } from 'vitest';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

const twoYears = { type: 'yearsWith', code: 'HTXSNV', atLeast: 2 } as const;

describe('yearsWith', () => {
  it.each([
    ['two years reach two', { 2017: 'HTXSNV', 2019: 'HTXSNV' }, 'pass'],
    ['three years reach two', { 2016: 'HTXSNV', 2017: 'HTXSNV', 2019: 'HTXSNV' }, 'pass'],
    ['one year of two', { 2017: 'HTXSNV' }, 'fail'],
    ['none', {}, 'fail'],
    ['one known and one unknown year may reach two', { 2017: 'HTXSNV', 2020: '?' }, 'unknown'],
    ['two unknown years alone may reach two', { 2019: '?', 2020: '?' }, 'unknown'],
    ['one unknown year cannot make up two', { 2020: '?' }, 'fail'],
    ['known years already enough, unknown ignored', { 2016: 'HTXSNV', 2017: 'HTXSNV', 2020: '?' }, 'pass'],
  ] as const)('%s', (_, years, expected) => {
    expect(evaluate(nominee({ years }), twoYears).result).toBe(expected);
  });

  it('counts an implied code (TTLĐXS implies HTCT)', () => {
    const e = evaluate(nominee({ years: { 2018: 'TTLĐXS' } }), {
      type: 'yearsWith',
      code: 'HTCT',
      atLeast: 1,
    });
    expect(e.result).toBe('pass');
  });

  it('names the years that counted, the unknown ones and the missing ones', () => {
    const e = evaluate(nominee({ years: { 2017: 'HTXSNV', 2020: '?' } }), twoYears);
    expect(e.args).toMatchObject({ hit: ['2017'], unknown: ['2020'], missing: ['2016', '2018', '2019'] });
  });
});
