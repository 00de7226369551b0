import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../findings/finding.js';
import { FIELD_LABELS } from '../model/fields.js';
import type { Evidence, RuleResult } from './types.js';

/**
 * Evidence in words. The engine returns facts; this is the one place that phrases them,
 * in Vietnamese or English, for every reporter.
 */
export function renderRuleMessage(rule: RuleResult, lang: Lang, campaign: Campaign): string {
  return renderEvidence(rule.evidence, lang, campaign);
}

type Args = Evidence['args'];
const list = (value: Args[string] | undefined): readonly (string | number)[] =>
  Array.isArray(value) ? (value as readonly (string | number)[]) : [];
const join = (items: readonly (string | number)[]): string => items.join(', ');

const WORDS = {
  vi: {
    years: 'năm',
    consecutive: 'năm liên tục',
    missing: 'thiếu',
    unknown: 'chưa xét',
    needed: 'cần',
    none: 'không có',
    noYear: 'chưa ghi năm',
    outside: 'ngoài giai đoạn',
    or: 'hoặc',
    onlyWhen: 'chỉ khi',
    blank: 'để trống',
    yes: 'Có',
    no: 'Không',
    among: 'trong số',
  },
  en: {
    years: 'years',
    consecutive: 'consecutive years',
    missing: 'missing',
    unknown: 'not yet assessed',
    needed: 'needed',
    none: 'none of',
    noYear: 'without a year',
    outside: 'outside the period',
    or: 'or',
    onlyWhen: 'only when',
    blank: 'blank',
    yes: 'yes',
    no: 'no',
    among: 'among',
  },
} as const;

export function renderEvidence(e: Evidence, lang: Lang, campaign: Campaign): string {
  const text = renderFacts(e, lang, campaign);
  return e.label ? `${e.label[lang]}: ${text}` : text;
}

function renderFacts(e: Evidence, lang: Lang, campaign: Campaign): string {
  const w = WORDS[lang];
  const a = e.args;
  const period = `${campaign.period.from}–${campaign.period.to}`;
  switch (e.type) {
    case 'yearsWith':
    case 'everyYear': {
      const hit = list(a.hit);
      const total = hit.length + list(a.unknown).length + list(a.missing).length;
      let text =
        e.type === 'everyYear'
          ? `${a.code} ${hit.length}/${total} ${w.years}`
          : `${a.code} ${hit.length} ${lang === 'en' && hit.length === 1 ? 'year' : w.years}${hit.length ? ` (${join(hit)})` : ''}, ${w.needed} ${a.atLeast}`;
      if (e.type === 'everyYear' && list(a.missing).length) text += `, ${w.missing} ${join(list(a.missing))}`;
      if (list(a.unknown).length) text += `, ${w.unknown} ${join(list(a.unknown))}`;
      return text;
    }
    case 'consecutiveYears': {
      const hit = list(a.hit);
      let text = `${a.code} ${a.run} ${w.consecutive}${hit.length ? ` (${join(hit)})` : ''}, ${w.needed} ${a.atLeast}`;
      if (list(a.unknown).length) text += `, ${w.unknown} ${join(list(a.unknown))}`;
      return text;
    }
    case 'distinctions': {
      const counted = list(a.counted);
      const undated = list(a.undated);
      const outside = list(a.outside);
      const codes = join(list(a.codes));
      const atLeast = Number(a.atLeast);
      let text = counted.length
        ? `${join(counted)}${counted.length < atLeast ? ` (${counted.length}/${atLeast})` : ''}`
        : `${w.none} ${codes} (${period})`;
      if (counted.length > 0 && counted.length < atLeast) text += ` ${w.among} ${codes}`;
      if (atLeast > 1 && counted.length === 0) text = `${w.needed} ${atLeast} ${codes} (${period}): 0`;
      if (undated.length) text += `; ${join(undated)} ${w.noYear}`;
      if (outside.length) text += `; ${join(outside)} ${w.outside}`;
      return text;
    }
    case 'flag': {
      const label = FIELD_LABELS[a.field as keyof typeof FIELD_LABELS][lang];
      const value = a.value === 'blank' ? w.blank : a.value === 'yes' ? w.yes : w.no;
      return `${label}: ${value}`;
    }
    case 'countIsZero': {
      const label = FIELD_LABELS[a.field as keyof typeof FIELD_LABELS][lang];
      return `${label}: ${a.value === 'blank' ? w.blank : a.value}`;
    }
    case 'yearList': {
      const label = FIELD_LABELS[a.field as keyof typeof FIELD_LABELS][lang];
      const years = list(a.years);
      let text = `${label}: ${years.length ? join(years) : w.blank} (${w.needed} ${a.atLeast})`;
      if (list(a.outside).length) text += `; ${join(list(a.outside))} ${w.outside}`;
      return text;
    }
    case 'all': {
      // a failing or open AND is explained by the parts that hold it back
      const children = e.children ?? [];
      const relevant = e.result === 'pass' ? children : children.filter((c) => c.result === e.result);
      return relevant.map((c) => renderEvidence(c, lang, campaign)).join('; ');
    }
    case 'any': {
      const children = e.children ?? [];
      const passing = children.find((c) => c.result === 'pass');
      if (passing) return renderEvidence(passing, lang, campaign);
      return children.map((c) => `[${renderEvidence(c, lang, campaign)}]`).join(` ${w.or} `);
    }
    case 'onlyWhen': {
      const [when, require] = e.children ?? [];
      if (!when || !require) return '';
      if (when.result === 'fail')
        return `${w.onlyWhen} ${renderCondition(when, lang)}: ${renderEvidence(when, lang, campaign)}`;
      const body = renderEvidence(require, lang, campaign);
      return when.result === 'unknown' ? `${renderEvidence(when, lang, campaign)}; ${body}` : body;
    }
  }
}

/** "leader = Không": the value a condition wants, for "only when …". */
function renderCondition(e: Evidence, lang: Lang): string {
  if (e.type !== 'flag') return '';
  const label = FIELD_LABELS[e.args.field as keyof typeof FIELD_LABELS][lang];
  return `${label} = ${e.args.is ? WORDS[lang].yes : WORDS[lang].no}`;
}
