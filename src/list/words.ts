import type { Lang } from '../findings/finding.js';

/**
 * The words of the annex, in the register of a decision's annex. The heading block is the one
 * Nghị định 30/2020/NĐ-CP sets for administrative documents: the issuing body on the left under
 * its parent, the national name and motto on the right, the place and date below them.
 */
const WORDS = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: 'DANH SÁCH',
    subtitle: 'Tập thể, cá nhân được biểu dương',
    attached: (decision: string | undefined) =>
      `(Kèm theo Quyết định số ${decision ?? '……/QĐ-……'} ngày …… tháng …… năm …… của ……)`,
    basis: {
      approved: 'Danh sách gồm các đề nghị được Hội đồng thi đua – khen thưởng đồng ý.',
      eligible:
        'Chưa có kết luận của Hội đồng: danh sách gồm các đề nghị đạt tiêu chuẩn, trong số lượng được phân bổ theo gợi ý ưu tiên.',
    },
    kinds: { collective: 'TẬP THỂ', individual: 'CÁ NHÂN' },
    numerals: ['I', 'II'],
    number: 'STT',
    collectiveName: 'Tên tập thể',
    individualName: 'Họ và tên',
    birthYear: 'Năm sinh',
    position: 'Chức vụ, đơn vị công tác',
    unit: 'Đơn vị đề nghị',
    kind: 'Loại',
    kindWords: { collective: 'Tập thể', individual: 'Cá nhân' },
    achievements: 'Thành tích',
    none: 'Chưa có đề nghị nào được đưa vào danh sách.',
    tied: (n: number) => `Còn ${n} đề nghị đạt tiêu chuẩn ngang nhau ở chỗ cuối, chờ Hội đồng chọn.`,
    total: (collectives: number, individuals: number) =>
      `Tổng số: ${collectives} tập thể, ${individuals} cá nhân.`,
    signerFor: 'TM. BAN THƯỜNG VỤ',
    signer: 'CHỦ TỊCH',
    sign: '(Ký tên, đóng dấu)',
    dots: '……………………',
    parentBody: 'TỔNG LĐLĐ VIỆT NAM',
    body: (province: string | undefined) =>
      province === undefined ? '……………………' : `LIÊN ĐOÀN LAO ĐỘNG TỈNH ${province.toLocaleUpperCase('vi')}`,
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    title: 'LIST',
    subtitle: 'Collectives and individuals honoured',
    attached: (decision: string | undefined) =>
      `(Attached to Decision No. ${decision ?? '……'} dated …… of ……)`,
    basis: {
      approved: 'The list holds the nominations the emulation and awards council approved.',
      eligible:
        'The council has not decided yet: the list holds the eligible nominations, within the seats as the priorities suggest.',
    },
    kinds: { collective: 'COLLECTIVES', individual: 'INDIVIDUALS' },
    numerals: ['I', 'II'],
    number: 'No.',
    collectiveName: 'Collective',
    individualName: 'Full name',
    birthYear: 'Born',
    position: 'Position, workplace',
    unit: 'Nominating unit',
    kind: 'Kind',
    kindWords: { collective: 'Collective', individual: 'Individual' },
    achievements: 'Achievements',
    none: 'No nomination is on the list yet.',
    tied: (n: number) =>
      `${n} eligible ${n === 1 ? 'nomination is' : 'nominations are'} tied at the last seats, for the council to choose.`,
    total: (collectives: number, individuals: number) =>
      `In total: ${collectives} ${collectives === 1 ? 'collective' : 'collectives'}, ${individuals} ${individuals === 1 ? 'individual' : 'individuals'}.`,
    signerFor: 'FOR THE STANDING COMMITTEE',
    signer: 'CHAIR',
    sign: '(Signature and seal)',
    dots: '……………………',
    parentBody: 'VIETNAM GENERAL CONFEDERATION OF LABOUR',
    body: (province: string | undefined) =>
      province === undefined ? '……………………' : `${province.toUpperCase()} PROVINCIAL LABOUR FEDERATION`,
  },
} as const;

export type ListWords = (typeof WORDS)[Lang];

export function listWords(lang: Lang): ListWords {
  return WORDS[lang];
}
