import { z } from 'zod';
import type { ColumnType, Named } from './module.js';
import { plainGuide } from './module.js';
import { findNamed, namedSchema, showNamed } from './named.js';

type ScaleOptions = { levels: Named[] };

/**
 * A level of an ordered scale, written best first as officials list them (Xuất sắc, Tốt,
 * Hoàn thành, Không hoàn thành; thạc sĩ, đại học, cao đẳng, trung cấp). Held as the level's
 * Vietnamese name; a higher level compares greater.
 */
export const scale: ColumnType<string, ScaleOptions> = {
  type: 'scale',
  options: z.strictObject({ levels: z.array(namedSchema).min(2) }),
  store: 'values',
  perYear: false,
  parse: (cell, o) => (typeof cell === 'string' ? findNamed(o.levels, cell) : undefined),
  blank: () => null,
  expected: (o, lang) => o.levels.map((l) => l.name[lang]).join(' / '),
  show: (v, o, lang) => showNamed(o.levels, v, lang),
  instructions: (o, c) => plainGuide(o.levels.map((l) => l.name.vi).join(' / '), c.feeds),
  template: (o) => ({ kind: 'list', values: o.levels.map((l) => l.name.vi) }),
  example: (o) => o.levels[0]?.name.vi ?? '',
  width: 14,
  compare(a, b, o) {
    const rank = (v: string) => o.levels.findIndex((l) => l.name.vi === v);
    if (rank(a) < 0 || rank(b) < 0) return undefined;
    // best first: a smaller index is a higher level
    return rank(b) - rank(a);
  },
  guide: {
    vi: 'Một bậc của thang có thứ tự, khai báo `levels` từ cao xuống thấp như văn bản liệt kê; so sánh "từ Đại học trở lên" theo thứ tự đó.',
    en: 'A level of an ordered scale, `levels` declared best first as documents list them; "Đại học or above" compares by that order.',
    id: 'trinh_do',
    header: { vi: 'Trình độ chuyên môn', en: 'qualification' },
    options: {
      levels: [
        { name: { vi: 'Thạc sĩ', en: 'Master' }, aliases: ['ThS'] },
        { name: { vi: 'Đại học', en: 'University' }, aliases: ['ĐH', 'Cử nhân', 'Kỹ sư'] },
        { name: { vi: 'Cao đẳng', en: 'College' } },
        { name: { vi: 'Trung cấp', en: 'Vocational' } },
      ],
    },
  },
};
