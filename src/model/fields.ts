import type { CountField, DistinctionField, FlagField, YearListField } from './nominee.js';

/**
 * How the input form names each column (DOMAIN.md §2): `vi` is the header the reader matches
 * (src/read/columns.ts) and the name messages use; `en` reads well in an English message.
 */
export const FIELD_LABELS: Record<
  FlagField | CountField | DistinctionField | YearListField,
  { vi: string; en: string }
> = {
  leader: { vi: 'Lãnh đạo từ cấp phòng trở lên', en: 'leader (head of division or above)' },
  head: { vi: 'Người đứng đầu', en: 'head of unit' },
  direct_worker: { vi: 'Công nhân trực tiếp sản xuất', en: 'direct production worker' },
  attest_conduct: { vi: 'XN phẩm chất chính trị', en: 'attested political quality and conduct' },
  attest_model: { vi: 'XN mô hình, cách làm hay', en: 'attested models and good practice' },
  attest_solidarity: { vi: 'XN đoàn kết, trong sạch vững mạnh', en: 'attested solidarity, clean and strong' },
  attest_compliance: {
    vi: 'XN chấp hành chủ trương, pháp luật',
    en: 'attested compliance with policy and law',
  },
  disciplined: { vi: 'Số người bị kỷ luật', en: 'number disciplined' },
  awards: { vi: 'Khen thưởng', en: 'awards' },
  initiatives: { vi: 'Sáng kiến', en: 'initiatives' },
  member_awards: { vi: 'Thành tích cá nhân trong tập thể', en: 'members’ distinctions' },
  unit_excellent_years: { vi: 'Năm đơn vị đạt TTLĐXS', en: 'years the unit was an excellent collective' },
};
