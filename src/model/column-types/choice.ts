import { z } from 'zod';
import type { ColumnType, Named } from './module.js';
import { plainGuide } from './module.js';
import { findNamed, namedSchema, showNamed } from './named.js';

type ChoiceOptions = { choices: Named[] };

/** One of a list of values, in no order (a sector, a kind of enterprise). */
export const choice: ColumnType<string, ChoiceOptions> = {
  type: 'choice',
  options: z.strictObject({ choices: z.array(namedSchema).min(1) }),
  store: 'values',
  perYear: false,
  parse: (cell, o) => (typeof cell === 'string' ? findNamed(o.choices, cell) : undefined),
  blank: () => null,
  expected: (o, lang) => o.choices.map((c) => c.name[lang]).join(' / '),
  show: (v, o, lang) => showNamed(o.choices, v, lang),
  instructions: (o, c) => plainGuide(o.choices.map((choice) => choice.name.vi).join(' / '), c.feeds),
  template: (o) => ({ kind: 'list', values: o.choices.map((c) => c.name.vi) }),
  example: (o) => o.choices[0]?.name.vi ?? '',
  width: 14,
  compare: (a, b) => (a === b ? 0 : undefined),
  guide: {
    vi: 'Một giá trị trong danh sách `choices`, không có thứ tự (ngành, loại hình doanh nghiệp).',
    en: 'One of a list of `choices`, in no order (a sector, a kind of enterprise).',
    id: 'loai_hinh',
    header: { vi: 'Loại hình doanh nghiệp', en: 'kind of enterprise' },
    options: {
      choices: [
        { name: { vi: 'Nhà nước', en: 'State-owned' } },
        { name: { vi: 'Ngoài nhà nước', en: 'Private' }, aliases: ['Tư nhân'] },
        { name: { vi: 'Có vốn đầu tư nước ngoài', en: 'Foreign-invested' }, aliases: ['FDI'] },
      ],
    },
  },
};
