import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/checks/duplicates.js';
import { withoutHonorific } from '../../src/model/honorifics.js';
import { nominee } from '../helpers/nominee.js';

describe('words of address before a name', () => {
  it('are left out: Đ/c, Đồng chí, Ông, Bà, Anh, Chị, in any case, with a dot or a colon', () => {
    for (const name of [
      'Đ/c Nguyễn Văn Thành',
      'đ/c Nguyễn Văn Thành',
      'Đ/C: Nguyễn Văn Thành',
      'Đồng chí Nguyễn Văn Thành',
      'Ông Nguyễn Văn Thành',
      'ÔNG Nguyễn Văn Thành',
      'Anh  Nguyễn Văn Thành',
    ])
      expect(withoutHonorific(name), name).toBe('Nguyễn Văn Thành');
    expect(withoutHonorific('Bà Lò Thị Mai')).toBe('Lò Thị Mai');
    expect(withoutHonorific('Chị Lò Thị Mai')).toBe('Lò Thị Mai');
  });

  it('are kept when the name would be left with one word, or when they are part of a word', () => {
    expect(withoutHonorific('Anh Tuấn')).toBe('Anh Tuấn');
    expect(withoutHonorific('Ánh Nguyệt Lò')).toBe('Ánh Nguyệt Lò');
    expect(withoutHonorific('Ôngvăn Tùng Lâm')).toBe('Ôngvăn Tùng Lâm');
    expect(withoutHonorific('Nguyễn Văn Anh')).toBe('Nguyễn Văn Anh');
  });

  it('do not keep two rows for one person apart, and the name shown keeps them', () => {
    const first = nominee({ kind: 'individual', name: 'Đ/c Nguyễn Văn Thành', birthYear: 1978, row: 8 });
    const again = nominee({ kind: 'individual', name: 'Nguyễn Văn Thành', birthYear: 1978, row: 9 });
    const other = nominee({ kind: 'individual', name: 'Bà Nguyễn Thị Thành', birthYear: 1978, row: 10 });
    const found = findDuplicates([first, again, other]);
    expect(found.map((f) => [f.row, f.args.name])).toEqual([[9, 'Nguyễn Văn Thành']]);
    expect(first.name).toBe('Đ/c Nguyễn Văn Thành');
  });

  it('are not taken off a collective’s name', () => {
    const a = nominee({ kind: 'collective', name: 'Anh Sơn Trading Company', unit: 'y-te' });
    const b = nominee({ kind: 'collective', name: 'Sơn Trading Company', unit: 'y-te' });
    expect(findDuplicates([a, b])).toEqual([]);
  });
});
