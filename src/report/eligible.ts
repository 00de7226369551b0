import type { CheckResult } from '../check.js';
import type { Lang } from '../findings/finding.js';
import { kindOf } from '../model/kinds.js';
import type { Nominee } from '../model/nominee.js';

/**
 * The officer's list of who may go: the eligible nominees of each unit, by the unit's name in
 * the plan and in the allocation table's order, each unit's nominees by category in the plan's
 * order and, within one, in input order, each once (a repeated row is left out, DOMAIN.md §5).
 * Nominees of a unit the table lacks come last, under the unit as their file wrote it.
 */
export interface EligibleUnit {
  /** The unit's id, `null` for a unit the allocation table lacks. */
  unit: string | null;
  name: string;
  categories: EligibleCategory[];
  count: number;
}

export interface EligibleCategory {
  /** The kind of nominee (one of the four categories by default). */
  category: string;
  nominees: Nominee[];
}

export function eligibleByUnit(result: CheckResult): EligibleUnit[] {
  const { campaign } = result;
  // a row repeating a nomination under the same unit and category is the same nominee, listed once
  const eligible = result.judgements
    .filter((j) => j.verdict === 'eligible' && j.repeatOf === undefined)
    .map((j) => j.nominee);
  const order = new Map<string, number>();
  for (const a of campaign.allocations) if (!order.has(a.unit)) order.set(a.unit, order.size);
  for (const u of campaign.units) if (!order.has(u.id)) order.set(u.id, order.size);

  const groups = new Map<string, { unit: string | null; name: string; nominees: Nominee[] }>();
  for (const n of eligible) {
    const key = n.unit === null ? `\u0000${n.unitText.trim()}` : n.unit;
    const name =
      n.unit === null ? n.unitText.trim() : (campaign.units.find((u) => u.id === n.unit)?.name ?? n.unit);
    const group = groups.get(key) ?? { unit: n.unit, name, nominees: [] };
    group.nominees.push(n);
    groups.set(key, group);
  }
  const rank = (unit: string | null) => (unit === null ? order.size : (order.get(unit) ?? order.size));
  return [...groups.values()]
    .sort((a, b) => rank(a.unit) - rank(b.unit))
    .map((g) => ({
      unit: g.unit,
      name: g.name,
      count: g.nominees.length,
      categories: campaign.kinds
        .map(({ id }) => ({
          category: id,
          nominees: g.nominees.filter((n) => kindOf(n) === id),
        }))
        .filter((c) => c.nominees.length > 0),
    }));
}

const WORDS = {
  vi: {
    title: 'Danh sách đạt tiêu chuẩn',
    none: 'Chưa có đề nghị nào đạt tiêu chuẩn.',
    outside: 'đơn vị không có trong bảng phân bổ',
    columns: {
      number: 'TT',
      name: 'Họ và tên / Tên tập thể',
      birthYear: 'Năm sinh',
      position: 'Chức vụ, đơn vị công tác',
    },
  },
  en: {
    title: 'Eligible nominees',
    none: 'No nominee is eligible yet.',
    outside: 'unit not in the allocation table',
    columns: { number: 'No.', name: 'Name', birthYear: 'Born', position: 'Position, workplace' },
  },
} as const;

/** The list's words, one wording across the formats that show it. */
export function eligibleWords(lang: Lang) {
  return WORDS[lang];
}

/** `Trường THPT …`, or `Lò Thị Mai (1985), Giáo viên, Trường …`: a nominee in one line. */
export function eligibleLine(n: Nominee): string {
  if (n.kind === 'collective') return n.name;
  const born = n.birthYear === null ? '' : ` (${n.birthYear})`;
  return `${n.name}${born}${n.position ? `, ${n.position}` : ''}`;
}
