import type { Campaign, Criterion } from '../campaign/schema.js';
import type { Lang } from '../findings/finding.js';
import { FIELD_LABELS } from '../model/fields.js';
import { activeTest } from './evaluate.js';
import type { Predicate } from './predicate.js';

/**
 * A predicate in plain words, generated from the rule file so `eligibility rules` can never
 * disagree with what the engine does. Nested parts come back as a tree so each format can
 * indent or list them its own way.
 */
export interface Description {
  text: string;
  parts?: Description[];
}

const W = {
  vi: {
    atLeastYears: (code: string, n: number, period: string) => `${code} ít nhất ${n} năm trong ${period}`,
    everyYear: (code: string, period: string) => `${code} tất cả các năm ${period}`,
    consecutive: (code: string, n: number, period: string) =>
      `${code} ít nhất ${n} năm liên tục trong ${period}`,
    distinctions: (n: number, codes: string, columns: string, period: string) =>
      `ít nhất ${n} trong ${codes} (cột ${columns}), có năm trong ${period}`,
    yearList: (label: string, n: number, period: string) => `${label}: ít nhất ${n} năm trong ${period}`,
    all: 'tất cả các điều sau',
    any: 'một trong các điều sau',
    onlyWhen: 'chỉ khi',
    yes: 'Có',
    no: 'Không',
    and: ' và ',
  },
  en: {
    atLeastYears: (code: string, n: number, period: string) =>
      `${code} in at least ${n} ${n === 1 ? 'year' : 'years'} of ${period}`,
    everyYear: (code: string, period: string) => `${code} in every year ${period}`,
    consecutive: (code: string, n: number, period: string) =>
      `${code} in at least ${n} consecutive years of ${period}`,
    distinctions: (n: number, codes: string, columns: string, period: string) =>
      `at least ${n} of ${codes} (${columns.includes(' and ') ? 'columns' : 'column'} ${columns}), dated in ${period}`,
    yearList: (label: string, n: number, period: string) => `${label}: at least ${n} years of ${period}`,
    all: 'all of',
    any: 'any of',
    onlyWhen: 'only when',
    yes: 'yes',
    no: 'no',
    and: ' and ',
  },
} as const;

export function describePredicate(p: Predicate, lang: Lang, campaign: Campaign): Description {
  const d = describeFacts(p, lang, campaign);
  const label = 'label' in p ? p.label : undefined;
  return label ? { ...d, text: `${label[lang]}: ${d.text}` } : d;
}

function describeFacts(p: Predicate, lang: Lang, campaign: Campaign): Description {
  const w = W[lang];
  const period = `${campaign.period.from}–${campaign.period.to}`;
  switch (p.type) {
    case 'yearsWith':
      return { text: w.atLeastYears(p.code, p.atLeast, period) };
    case 'everyYear':
      return { text: w.everyYear(p.code, period) };
    case 'consecutiveYears':
      return { text: w.consecutive(p.code, p.atLeast, period) };
    case 'distinctions': {
      const columns = p.fields.map((f) => `"${FIELD_LABELS[f][lang]}"`).join(w.and);
      return { text: w.distinctions(p.atLeast, p.codes.join(', '), columns, period) };
    }
    case 'flag':
      return { text: `${FIELD_LABELS[p.field][lang]} = ${p.is ? w.yes : w.no}` };
    case 'countIsZero':
      return { text: `${FIELD_LABELS[p.field][lang]} = 0` };
    case 'yearList':
      return { text: w.yearList(FIELD_LABELS[p.field][lang], p.atLeast, period) };
    case 'all':
      return { text: w.all, parts: p.of.map((c) => describePredicate(c, lang, campaign)) };
    case 'any':
      return { text: w.any, parts: p.of.map((c) => describePredicate(c, lang, campaign)) };
    case 'onlyWhen': {
      const when = describePredicate(p.when, lang, campaign).text;
      const require = describePredicate(p.require, lang, campaign);
      return { text: `${w.onlyWhen} ${when}:`, parts: [require] };
    }
  }
}

export function describeCriterion(c: Criterion, lang: Lang, campaign: Campaign): Description {
  return describePredicate(activeTest(c), lang, campaign);
}

/** The description as indented lines, for text and markdown output. */
export function descriptionLines(d: Description, indent = ''): string[] {
  return [`${indent}${d.text}`, ...(d.parts ?? []).flatMap((part) => descriptionLines(part, `${indent}  `))];
}
