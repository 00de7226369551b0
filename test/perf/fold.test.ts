import { describe, expect, it } from 'vitest';
import { clean, foldKey, stripDiacritics } from '../../src/model/fold.js';

/**
 * `clean` skips normalising text it can tell is clean already, and `foldKey` remembers keys it
 * folded; neither may change an answer. Compared here with the full computation on texts built
 * from the characters that matter: Vietnamese letters precomposed and decomposed, ASCII, every
 * kind of space, zero-width and soft-hyphen characters.
 */
const slowClean = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
const slowFold = (text: string) =>
  slowClean(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9?]/g, '');

const PIECES = [
  'a',
  'Z',
  '7',
  '?',
  '-',
  ':',
  ';',
  ',',
  '(',
  ')',
  'Đ',
  'đ',
  'ư',
  'Ư',
  'ơ',
  'ạ',
  'ễ',
  'Ỹ',
  'é',
  'ñ',
  'ß',
  'µ',
  '×',
  'e\u0302\u0301',
  'a\u0323',
  'o\u031b',
  'A\u0300',
  '\u0301',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00A0',
  '\u2003',
  '\u3000',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  'Lao động tiên tiến',
  'LĐTT',
  'Tập thể',
  'Cá nhân',
  'BK-UBND:2019',
  'Nguyễn Thị Hoa',
];

/** Deterministic texts: every piece alone and in pairs and triples, each at both ends. */
function* texts(): Generator<string> {
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (const p of PIECES) yield p;
  for (let i = 0; i < 20_000; i++) {
    const n = 1 + (next() % 5);
    let t = '';
    for (let k = 0; k < n; k++) t += PIECES[next() % PIECES.length];
    yield t;
  }
}

describe('clean and foldKey take shortcuts that change nothing', () => {
  it('clean', () => {
    let checked = 0;
    for (const t of texts()) {
      expect(clean(t)).toBe(slowClean(t));
      checked++;
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('foldKey, asked twice, and stripDiacritics', () => {
    for (const t of texts()) {
      expect(foldKey(t)).toBe(slowFold(t));
      expect(foldKey(t)).toBe(slowFold(t));
    }
    expect(stripDiacritics(' Lao  động\u00A0Tiên tiến ')).toBe('lao dong tien tien');
  });
});
