import type { Lang } from '../../model/text.js';
import type { Wording } from './module.js';

/** Words several predicates share; each module keeps the words only it uses. */
export const COMMON = {
  vi: {
    years: 'năm',
    missing: 'thiếu',
    unknown: 'chưa xét',
    needed: 'cần',
    outside: 'ngoài giai đoạn',
    blank: 'để trống',
    yes: 'Có',
    no: 'Không',
  },
  en: {
    years: 'years',
    missing: 'missing',
    unknown: 'not yet assessed',
    needed: 'needed',
    outside: 'outside the period',
    blank: 'blank',
    yes: 'yes',
    no: 'no',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** `2016–2020`. */
export function periodText(w: Wording): string {
  return `${w.period.from}–${w.period.to}`;
}

export const join = (items: readonly (string | number)[]): string => items.join(', ');
