import { describe, expect, it } from 'vitest';
import {
  cellSafe,
  csvValue,
  looksLikeFormula,
  plainLines,
  plainText,
  xlsxValue,
  xmlSafe,
} from '../../src/report/sanitize.js';

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

describe('xmlSafe', () => {
  it('replaces every character XML 1.0 forbids with U+FFFD, and keeps the rest', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc')).toBe('a\uFFFDb\uFFFDc');
    expect(xmlSafe('x\uD800y')).toBe('x\uFFFDy');
    expect(xmlSafe('x\uDC00y')).toBe('x\uFFFDy');
    expect(xmlSafe('\u0001\u0008\u000B\u000C\u001F')).toBe('\uFFFD'.repeat(5));
    expect(xmlSafe('tab\tline\nend\r 😀 Lò Thị Mai')).toBe('tab\tline\nend\r 😀 Lò Thị Mai');
  });
});

describe('plainText (names from outside)', () => {
  it('puts a name on one line with nothing a terminal obeys or a reader is misled by', () => {
    expect(plainText('a\n::error::forged.csv')).toBe('a : :error: :forged.csv');
    expect(plainText('##[warning]x')).toBe('# #[warning]x');
    expect(plainText('x\r\n\ty')).toBe('x y');
    expect(plainText('\u001b[31mred\u001b[0m\u0007')).toBe('[31mred[0m');
    expect(plainText('invoice\u202Egpj.csv')).toBe('invoicegpj.csv');
    expect(plainText('\u2066a\u2069\u200F')).toBe('a');
    expect(plainText('50%.csv')).toBe('50%.csv');
    expect(plainText('a\uFFFEb')).toBe('a\uFFFDb');
  });

  it('keeps the line breaks of a message of several lines', () => {
    expect(plainLines('one\u001b\ntwo\u202E\r')).toBe('one\ntwo\r');
  });
});

describe('cellSafe (cells as the readers hand them on)', () => {
  it('keeps tabs and line breaks, drops controls and bidi controls, makes XML-forbidden U+FFFD', () => {
    const clean = 'Lò Thị Mai\nTam Đường\t1988';
    expect(cellSafe(clean)).toBe(clean);
    expect(cellSafe('Lò\u001b[2J Thị\u0007 Mai\u202E')).toBe('Lò[2J Thị Mai');
    expect(cellSafe('a\uFFFE\uD800b')).toBe('a\uFFFD\uFFFDb');
  });
});
