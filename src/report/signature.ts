import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../findings/finding.js';
import { placeAndDate, type ReportDate, shortDate } from './date.js';

/**
 * The close of a report as Vietnamese administrative documents lay it out: the place and date
 * line above the approver, then each signer's title in bold capitals with the hint to sign
 * below it and room for the signature. The one who prepared the report signs on the left, the
 * leader who approves it on the right.
 */
export interface SignatureBlock {
  /** `Lai Châu, ngày 02 tháng 12 năm 2026`, set in italics above the right-hand signer. */
  placeDate: string;
  signers: readonly [Signer, Signer];
}

export interface Signer {
  /** In capitals, as printed in bold. */
  title: string;
  /** `(Ký, ghi rõ họ tên)`, in italics. */
  hint: string;
}

const WORDS = {
  vi: {
    prepared: 'NGƯỜI LẬP BIỂU',
    approved: 'LÃNH ĐẠO DUYỆT',
    hint: '(Ký, ghi rõ họ tên)',
    madeOn: 'Ngày lập báo cáo',
  },
  en: {
    prepared: 'PREPARED BY',
    approved: 'APPROVED BY',
    hint: '(Signature and full name)',
    madeOn: 'Report date',
  },
} as const;

export function signatureBlock(campaign: Campaign, date: ReportDate, lang: Lang): SignatureBlock {
  const w = WORDS[lang];
  return {
    placeDate: placeAndDate(campaign.place ?? campaign.province, date, lang),
    signers: [
      { title: w.prepared, hint: w.hint },
      { title: w.approved, hint: w.hint },
    ],
  };
}

/** `Ngày lập báo cáo: 02/12/2026`: the line near a report's title that dates it. */
export function madeOn(date: ReportDate, lang: Lang): string {
  return `${WORDS[lang].madeOn}: ${shortDate(date, lang)}`;
}
