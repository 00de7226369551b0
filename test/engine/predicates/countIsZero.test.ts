import { describe, expect, it } from 'vitest';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

describe('countIsZero', () => {
  it.each([
    [0, 'pass'],
    [1, 'fail'],
    [12, 'fail'],
    [null, 'unknown'],
  ] as const)('%s → %s', (value, expected) => {
    const n = nominee({ counts: { disciplined: value } });
    expect(evaluate(n, { type: 'countIsZero', field: 'disciplined' }).result).toBe(expected);
  });
});
