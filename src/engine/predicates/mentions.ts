import { z } from 'zod';
import { stripDiacritics } from '../../model/fold.js';
import type { PredicateModule } from './module.js';
import { COMMON } from './words.js';

const TEXT_FIELDS = ['position'] as const;

/**
 * A free-text column names one of the given phrases as whole words (`Chủ tịch CĐCS` in
 * `Chủ tịch CĐCS Công ty Cổ phần Chè`), once the `except` phrases are taken out
 * (`Phó Chủ tịch` is not `Chủ tịch`). Case, spaces, punctuation and diacritics are ignored.
 */
export type Mentions = {
  type: 'mentions';
  field: (typeof TEXT_FIELDS)[number];
  any: string[];
  except?: string[];
};

type MentionsFacts = { field: string; value: string; found: string };

const WORDS = {
  vi: { position: 'Chức vụ, đơn vị công tác', names: 'ghi', except: 'không tính', none: 'không ghi' },
  en: { position: 'position', names: 'names', except: 'not counting', none: 'names none of' },
} as const;

/** Words of a text as one spaced, folded string: ` chu tich cdcs cong ty `. */
function words(text: string): string {
  return ` ${stripDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** The column names one of `any`; a blank cell is unknown. */
export const mentions: PredicateModule<Mentions, MentionsFacts> = {
  type: 'mentions',
  schema: () =>
    z.strictObject({
      type: z.literal('mentions'),
      field: z.enum(TEXT_FIELDS),
      any: z.array(z.string().min(1)).min(1),
      except: z.array(z.string().min(1)).optional(),
    }),
  reads: (p) => ({ yearCodes: [], distinctions: [], columns: [p.field] }),
  evaluate(nominee, p) {
    const value = nominee[p.field];
    if (value === null || value.trim() === '')
      return { type: 'mentions', result: 'unknown', args: { field: p.field, value: '', found: '' } };
    let text = words(value);
    for (const phrase of p.except ?? []) text = text.split(words(phrase)).join(' ');
    const found = p.any.find((phrase) => text.includes(words(phrase))) ?? '';
    return {
      type: 'mentions',
      result: found === '' ? 'fail' : 'pass',
      args: { field: p.field, value, found },
    };
  },
  describe(p, w) {
    const say = WORDS[w.lang];
    const except = p.except?.length ? ` (${say.except} ${p.except.map((e) => `“${e}”`).join(', ')})` : '';
    return { text: `${say[p.field]} ${say.names} ${p.any.map((a) => `“${a}”`).join(' / ')}${except}` };
  },
  render(_p, { args: a }, w) {
    const column = WORDS[w.lang][a.field as (typeof TEXT_FIELDS)[number]];
    return `${column}: ${a.value === '' ? COMMON[w.lang].blank : a.value}`;
  },
  cells: (p) => [p.field],
  steps: (p, e) => (e.result === 'unknown' ? [{ fill: p.field }] : []),
  example(p, form) {
    form.set(p.field, p.any[0] ?? '');
  },
  guide: {
    vi: 'Cột chữ của biểu mẫu có ghi một trong các cụm từ (trọn từ, bỏ qua hoa thường và dấu), sau khi bỏ các cụm `except` ("Phó Chủ tịch" không phải "Chủ tịch").',
    en: 'A text column of the form names one of the phrases as whole words (case and diacritics ignored), once the `except` phrases are taken out ("Phó Chủ tịch" is no "Chủ tịch").',
    example: { type: 'mentions', field: 'position', any: ['Chủ tịch'], except: ['Phó Chủ tịch'] },
  },
};
