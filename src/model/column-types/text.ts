import { z } from 'zod';
import { clean } from '../fold.js';
import type { ColumnType } from './module.js';

/** Free text, kept as written (spaces tidied). */
export const text: ColumnType<string> = {
  type: 'text',
  options: z.strictObject({}),
  parse: (cell) =>
    cell instanceof Date ? cell.toISOString().slice(0, 10) : clean(String(cell)) || undefined,
  expected: (_o, lang) => (lang === 'vi' ? 'chữ' : 'text'),
  show: (v) => v,
  template: () => ({ kind: 'prompt' }),
  example: () => '',
  compare: (a, b) => (a === b ? 0 : undefined),
};
