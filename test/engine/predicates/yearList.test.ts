import { describe, expect, it } from 'vitest';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

describe('yearList', () => {
  it.each([
    [[2018, 2019], 'pass'],
    [[2016, 2018, 2020], 'pass'],
    [[2018], 'fail'],
    [[2018, 2018], 'fail'],
    [[2014, 2019], 'fail'],
    [[], 'fail'],
  ] as const)('%j → %s', (years, expected) => {
    const n = nominee({ yearLists: { unit_excellent_years: [...years] } });
    expect(evaluate(n, { type: 'yearList', field: 'unit_excellent_years', atLeast: 2 }).result).toBe(
      expected,
    );
  });
});
