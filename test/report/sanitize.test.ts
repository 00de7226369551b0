import { describe, expect, it } from 'vitest';
import { csvValue, looksLikeFormula, xlsxValue } from '../../src/report/sanitize.js';

describe('looksLikeFormula (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', true],
    ['=HYPERLINK("http://x","y")', true],
    ['+84 912 345 678', true],
    ['-2+3', true],
    ['@SUM(A1)', true],
    ['\t=1', true],
    ['\r=1', true],
    ['Lò Thị Mai', false],
    ['a=1', false],
    [' =1', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });
});

describe('csvValue', () => {
  it('puts an apostrophe before text that starts like a formula, and only there', () => {
    expect(csvValue('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(csvValue('@admin')).toBe("'@admin");
    expect(csvValue('-')).toBe("'-");
    expect(csvValue('BK-UBND:2019')).toBe('BK-UBND:2019');
  });

  it('keeps numbers as numbers, negative ones too, and blanks as empty text', () => {
    expect(csvValue(-3)).toBe(-3);
    expect(csvValue(1985)).toBe(1985);
    expect(csvValue(null)).toBe('');
    expect(csvValue(undefined)).toBe('');
  });
});

describe('xlsxValue', () => {
  it('keeps text exactly as read (a string cell is never evaluated) and numbers as numbers', () => {
    expect(xlsxValue('=HYPERLINK("http://x","y")')).toBe('=HYPERLINK("http://x","y")');
    expect(xlsxValue(12)).toBe(12);
  });

  it('makes blanks empty cells and non-finite numbers text', () => {
    expect(xlsxValue('')).toBeNull();
    expect(xlsxValue(null)).toBeNull();
    expect(xlsxValue(Number.NaN)).toBe('NaN');
  });
});
