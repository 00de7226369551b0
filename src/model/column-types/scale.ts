import { z } from 'zod';
import type { ColumnType, Named } from './module.js';
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
  parse: (cell, o) => (typeof cell === 'string' ? findNamed(o.levels, cell) : undefined),
  expected: (o, lang) => o.levels.map((l) => l.name[lang]).join(' / '),
  show: (v, o, lang) => showNamed(o.levels, v, lang),
  template: (o) => ({ kind: 'list', values: o.levels.map((l) => l.name.vi) }),
  example: (o) => o.levels[0]?.name.vi ?? '',
  compare(a, b, o) {
    const rank = (v: string) => o.levels.findIndex((l) => l.name.vi === v);
    if (rank(a) < 0 || rank(b) < 0) return undefined;
    // best first: a smaller index is a higher level
    return rank(b) - rank(a);
  },
};
