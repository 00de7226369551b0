import type { Lang } from '../findings/finding.js';
import { placeAndDate, type ReportDate } from '../report/date.js';
import type { AwardList } from './list.js';
import { type ListWords, listWords } from './words.js';

/**
 * Who issues the decision the list is annexed to, and who signs it: given on the command line
 * (`--body`, `--parent-body`, `--decision`, `--signer-name`), else a provincial Labour
 * Federation's own heading for the campaign's province, and dotted lines to fill by hand.
 */
export interface Letterhead {
  /** The body above the issuer (cơ quan chủ quản), in capitals; none when empty. */
  parentBody?: string;
  /** The issuing body, in capitals. */
  body: string;
  /** The decision's number, `125/QĐ-LĐLĐ`; dotted when unknown. */
  decision?: string;
  signerFor: string;
  signer: string;
  signerName?: string;
}

/** The annex in words, once for every format (docx, xlsx, text). */
export interface Annex {
  words: ListWords;
  letterhead: Letterhead;
  documentTitle: string;
  campaignTitle: string;
  placeDate: string;
  attached: string;
  basis: string;
  sections: AnnexSection[];
  total: string;
}

export interface AnnexSection {
  /** `I. TẬP THỂ (5)`. */
  heading: string;
  kind: 'collective' | 'individual';
  /** Headers with each column's share of the text width. */
  columns: { header: string; share: number }[];
  units: { name: string; rows: string[][] }[];
}

export function annexOf(
  list: AwardList,
  lang: Lang,
  date: ReportDate,
  given: Partial<Letterhead> = {},
): Annex {
  const w = listWords(lang);
  const { campaign } = list;
  const letterhead: Letterhead = {
    parentBody: given.parentBody ?? w.parentBody,
    body: given.body ?? w.body(campaign.province),
    ...(given.decision === undefined ? {} : { decision: given.decision }),
    signerFor: given.signerFor ?? w.signerFor,
    signer: given.signer ?? w.signer,
    ...(given.signerName === undefined ? {} : { signerName: given.signerName }),
  };
  const count = (kind: 'collective' | 'individual') => list.kinds.find((k) => k.kind === kind)?.count ?? 0;
  return {
    words: w,
    letterhead,
    documentTitle: `${w.title} ${w.subtitle.toLowerCase()}`,
    campaignTitle: campaign.title[lang],
    placeDate: placeAndDate(campaign.place ?? campaign.province, date, lang),
    attached: w.attached(letterhead.decision),
    basis: list.tied > 0 ? `${w.basis[list.basis]} ${w.tied(list.tied)}` : w.basis[list.basis],
    sections: list.kinds.map((k, i) => ({
      heading: `${w.numerals[i]}. ${w.kinds[k.kind]} (${k.count})`,
      kind: k.kind,
      columns:
        k.kind === 'collective'
          ? [
              { header: w.number, share: 0.08 },
              { header: w.collectiveName, share: 0.42 },
              { header: w.achievements, share: 0.5 },
            ]
          : [
              { header: w.number, share: 0.08 },
              { header: w.individualName, share: 0.22 },
              { header: w.position, share: 0.3 },
              { header: w.achievements, share: 0.4 },
            ],
      units: k.units.map((u) => ({
        name: u.name,
        rows: u.entries.map((e) =>
          e.nominee.kind === 'collective'
            ? [String(e.number), e.nominee.name, e.achievements]
            : [
                String(e.number),
                e.nominee.birthYear === null ? e.nominee.name : `${e.nominee.name} (${e.nominee.birthYear})`,
                e.nominee.position ?? '',
                e.achievements,
              ],
        ),
      })),
    })),
    total: w.total(count('collective'), count('individual')),
  };
}
