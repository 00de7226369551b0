import { describe, expect, it } from 'vitest';
import { formatPosition } from '../../src/findings/finding.js';

describe('formatPosition', () => {
  it('gives a CSV line as editors and CI logs write it, never as a whole-row range', () => {
    expect(formatPosition({ file: 'nominees.csv', row: 20005 })).toBe('nominees.csv:20005');
    expect(formatPosition({ file: 'nominees.csv', row: 7, column: 'Năm sinh' })).toBe(
      'nominees.csv:7 (Năm sinh)',
    );
    expect(formatPosition({ row: 3 })).toBe('3');
  });

  it('keeps the sheet, the cell and the row range of a workbook', () => {
    expect(formatPosition({ file: 'a.xlsx', sheet: 'Cá nhân', row: 9 })).toBe('a.xlsx › Cá nhân!9:9');
    expect(formatPosition({ file: 'a.csv', cell: 'C9', row: 9 })).toBe('a.csv › C9');
  });
});
