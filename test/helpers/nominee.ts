import { loadCampaign } from '../../src/campaign/load.js';
import type { Campaign } from '../../src/campaign/schema.js';
import type { Block, Kind } from '../../src/model/categories.js';
import type { Distinction, Nominee } from '../../src/model/nominee.js';
import { buildCodeBook } from '../../src/model/vocabulary.js';

export const campaign: Campaign = loadCampaign();
export const book = buildCodeBook(campaign.vocabulary);

/** Year cell shorthand: codes separated by spaces, `?` for not yet assessed. */
export type YearSpec = Record<number, string>;

export interface NomineeSpec extends Partial<Omit<Nominee, 'years' | 'distinctions'>> {
  kind?: Kind;
  block?: Block;
  years?: YearSpec;
  /** `CODE:YEAR` or bare `CODE` per column. */
  awards?: readonly string[];
  initiatives?: readonly string[];
  member_awards?: readonly string[];
}

const distinction = (text: string): Distinction => {
  const [code = '', year] = text.split(':');
  return { code, year: year === undefined ? null : Number(year) };
};

/**
 * A nominee as the reader would produce it, from a compact spec: year codes are expanded
 * with the campaign's implications, as the reader does.
 */
export function nominee(spec: NomineeSpec = {}, period = campaign.period): Nominee {
  const years: Nominee['years'] = {};
  for (let y = period.from; y <= period.to; y++) {
    const tokens = (spec.years?.[y] ?? '').split(/\s+/).filter(Boolean);
    const codes = new Set<string>();
    for (const t of tokens) if (t !== '?') for (const c of book.implied.get(t) ?? [t]) codes.add(c);
    years[String(y)] = { codes: [...codes], unknown: tokens.includes('?') };
  }
  const { awards, initiatives, member_awards, years: _y, ...rest } = spec;
  return {
    file: 'test.xlsx',
    sheet: 'Cá nhân',
    row: 7,
    kind: 'individual',
    name: 'Lò Thị Mai',
    unit: 'phong-tho',
    unitText: 'Phong Thổ',
    block: 'HCSN',
    birthYear: 1985,
    gender: 'female',
    ethnicity: 'Thái',
    position: null,
    counts: {},
    yearLists: {},
    cells: {},
    ...rest,
    // as the reader does: a blank "Người đứng đầu" is Không (DOMAIN.md §2)
    flags: { head: false, ...rest.flags },
    years,
    distinctions: {
      awards: (awards ?? []).map(distinction),
      initiatives: (initiatives ?? []).map(distinction),
      member_awards: (member_awards ?? []).map(distinction),
    },
  };
}

/** Every year of the period holding the same codes. */
export function everyYear(codes: string, period = campaign.period): YearSpec {
  const spec: YearSpec = {};
  for (let y = period.from; y <= period.to; y++) spec[y] = codes;
  return spec;
}
