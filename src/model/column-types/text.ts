import { z } from 'zod';
import { clean } from '../fold.js';
import type { ColumnType } from './module.js';
import { plainGuide } from './module.js';

/** Free text, kept as written (spaces tidied). */
export const text: ColumnType<string> = {
  type: 'text',
  options: z.strictObject({}),
  store: 'values',
  perYear: false,
  parse: (cell) =>
    cell instanceof Date ? cell.toISOString().slice(0, 10) : clean(String(cell)) || undefined,
  blank: () => null,
  expected: (_o, lang) => (lang === 'vi' ? 'chữ' : 'text'),
  show: (v) => v,
  instructions: (_o, c) => plainGuide('chữ', c.feeds),
  template: () => ({ kind: 'prompt' }),
  example: () => '',
  width: 22,
  compare: (a, b) => (a === b ? 0 : undefined),
  guide: {
    vi: 'Chữ tự do, giữ nguyên như đã ghi; tiêu chí đọc được bằng `mentions` khi là cột của biểu mẫu.',
    en: 'Free text, kept as written; criteria read the form’s own text columns with `mentions`.',
    id: 'thanh_tich_noi_bat',
    header: { vi: 'Thành tích nổi bật', en: 'main achievements' },
    options: {},
  },
};
