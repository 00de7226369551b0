import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart, wrap } from '../../src/report/layout.js';

describe('displayWidth', () => {
  it('counts a Vietnamese letter once whether typed composed or decomposed', () => {
    expect(displayWidth('Nguyễn Thị Hoa')).toBe(14);
    expect(displayWidth('Nguyễn Thị Hoa'.normalize('NFD'))).toBe(14);
  });

  it('leaves colour codes out', () => {
    expect(displayWidth('\u001b[31mLỖI\u001b[39m')).toBe(3);
  });
});

describe('padEnd / padStart', () => {
  it('pad by displayed width', () => {
    expect(padEnd('Đạt'.normalize('NFD'), 5)).toBe(`${'Đạt'.normalize('NFD')}  `);
    expect(padStart('12', 5)).toBe('   12');
  });
});

describe('wrap', () => {
  const text = 'HTXSNV 1 năm (2018), cần 2; không có SK-T, BLĐST, BK-TTCP, HC (2016–2020)';

  it('keeps every line within the width, prefix and indent included', () => {
    const lines = wrap(text, { width: 30, prefix: '    ', indent: 6 });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[0]?.startsWith('    HTXSNV')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('      ') && l[6] !== ' ')).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
  });

  it('measures decomposed text as composed', () => {
    const nfd = 'Thành tích cá nhân trong tập thể'.normalize('NFD');
    expect(wrap(nfd, { width: 32 })).toEqual(['Thành tích cá nhân trong tập thể']);
  });

  it('leaves a word longer than the line whole', () => {
    expect(wrap('xem nominees-2020-phong-tho-ban-cuoi.xlsx ngay', { width: 12 })).toEqual([
      'xem',
      'nominees-2020-phong-tho-ban-cuoi.xlsx',
      'ngay',
    ]);
  });

  it('paints the words, not the prefix', () => {
    expect(wrap('a b', { width: 10, prefix: '> ', paint: (l) => `[${l}]` })).toEqual(['> [a b]']);
  });
});
