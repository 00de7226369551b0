import { describe, expect, it } from 'vitest';
import { finding } from '../../src/findings/catalogue.js';
import { countByCode } from '../../src/findings/count.js';

describe('countByCode', () => {
  it('counts each code once, errors first, then warnings, then information, by code within each', () => {
    const findings = [
      finding('I-COLUMN-EXTRA', { columns: 'x' }),
      finding('W-CODE-UNKNOWN', { value: 'a' }),
      finding('E-VALUE', { value: 'b', expected: 'c' }),
      finding('W-CODE-UNKNOWN', { value: 'd' }),
      finding('D-DUP', { name: 'n', first: 'f' }),
      finding('W-YEAR-MISSING', { value: 'e' }),
      finding('W-CODE-UNKNOWN', { value: 'f' }),
    ];
    expect(countByCode(findings)).toEqual([
      { code: 'D-DUP', severity: 'error', count: 1 },
      { code: 'E-VALUE', severity: 'error', count: 1 },
      { code: 'W-CODE-UNKNOWN', severity: 'warning', count: 3 },
      { code: 'W-YEAR-MISSING', severity: 'warning', count: 1 },
      { code: 'I-COLUMN-EXTRA', severity: 'info', count: 1 },
    ]);
  });

  it('adds up to the number of findings and is empty for none', () => {
    const findings = Array.from({ length: 7 }, (_, i) => finding(i % 2 ? 'E-REQUIRED' : 'Q-UNDER', {}));
    expect(countByCode(findings).reduce((sum, c) => sum + c.count, 0)).toBe(7);
    expect(countByCode([])).toEqual([]);
  });
});
