import { type ElapsedParams, elapsedPredicate } from './elapsed.js';

/** Whole years since a date column (appointment, joining) on a given day (thâm niên). */
export type YearsInPost = ElapsedParams & { type: 'yearsInPost' };

export const yearsInPost = elapsedPredicate(
  'yearsInPost',
  { vi: 'năm công tác', en: 'years in post' },
  (year) => `01/01/${year}`,
  {
    vi: 'Số năm tròn từ một ngày (bổ nhiệm, vào ngành) đến ngày `at`, trong khoảng `atLeast`–`atMost`.',
    en: 'Whole years from a date (appointment, joining) to the day `at`, within `atLeast`–`atMost`.',
    example: { type: 'yearsInPost', column: 'nam_vao_nganh', at: '2025-06-01', atLeast: 5 },
  },
);
