import { describe, expect, it } from 'vitest';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

describe('flag', () => {
  it.each([
    [true, true, 'pass'],
    [false, true, 'fail'],
    [null, true, 'unknown'],
    [false, false, 'pass'],
    [true, false, 'fail'],
    [null, false, 'unknown'],
  ] as const)('value %s wanted %s → %s', (value, is, expected) => {
    const n = nominee({ flags: { leader: value } });
    expect(evaluate(n, { type: 'flag', field: 'leader', is }).result).toBe(expected);
  });

  it('a column missing altogether is unknown', () => {
    expect(evaluate(nominee({ flags: {} }), { type: 'flag', field: 'attest_conduct', is: true }).result).toBe(
      'unknown',
    );
  });
});
