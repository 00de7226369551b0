import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/campaign/nearest.js';

describe('nearestName', () => {
  it.each([
    ['HTXSVN', ['LĐTT', 'HTXSNV', 'HTTNV'], 'HTXSNV'],
    ['LDTT', ['LĐTT', 'CSTĐCS'], 'LĐTT'],
    ['tan-uyen-2012', ['lai-chau-2020', 'tan-uyen-2021'], 'tan-uyen-2021'],
    ['BK-UBDN', ['BK-UBND', 'BK-TLĐ'], 'BK-UBND'],
  ])('%s is taken for %s', (given, known, expected) => {
    expect(nearestName(given, known)).toBe(expected);
  });

  it.each([
    ['XYZ', ['LĐTT', 'HTXSNV']],
    ['quang-ninh-2025', ['lai-chau-2020', 'tan-uyen-2021']],
    ['AB', ['CD']],
  ])('%s is close to none of %s', (given, known) => {
    expect(nearestName(given, known)).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
