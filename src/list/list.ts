import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import { readsOf } from '../engine/predicate.js';
import type { Judgement } from '../engine/types.js';
import type { Lang } from '../findings/finding.js';
import { BLOCKS, type Kind } from '../model/categories.js';
import type { Nominee } from '../model/nominee.js';
import { buildCodeBook } from '../model/vocabulary.js';
import { unitName } from '../report/table.js';
import { selectRound, suggestedNominees } from '../select/round.js';

/**
 * The list annexed to the decision (Danh sách tập thể, cá nhân được biểu dương): collectives
 * first, then individuals, as such annexes are laid out; within each kind the units in the
 * allocation table's order, and within a unit its HCSN nominees before its SXKD ones, each in
 * input order. Numbering runs through each kind, so the last number is the kind's total.
 *
 * Who is on it: the nominees the council approved, where the files carry its decisions;
 * otherwise the eligible nominees `select` suggests: all of them where they fit the unit's seats,
 * the keepers by the plan's priorities where they do not, a tie at the cut left to the council. A row repeating a nomination is listed once (DOMAIN.md §5).
 */
export interface AwardList {
  campaign: Campaign;
  /** `approved`: the council's decisions decided; `eligible`: the verdicts did, no decision being given. */
  basis: 'approved' | 'eligible';
  kinds: KindList[];
  total: number;
  /** Eligible nominees equal at the cut of a unit's seats, left off for the council to choose among. */
  tied: number;
}

export interface KindList {
  kind: Kind;
  units: UnitList[];
  count: number;
}

export interface UnitList {
  unit: string | null;
  name: string;
  entries: ListEntry[];
}

export interface ListEntry {
  /** 1, 2, 3… through the kind. */
  number: number;
  nominee: Nominee;
  /** One line of what the nominee achieved, from the rules that passed. */
  achievements: string;
}

/** Whether the council approved a nominee: `undefined` when no decision is given for it. */
export type Approval = (j: Judgement) => boolean | undefined;

/** The council's decision in the sheets' decision column (`Kết luận của Hội đồng`), where one is written. */
export const decisionColumn: Approval = (j) => {
  const d = j.nominee.decision;
  return d === undefined || d === null ? undefined : d === 'approved';
};

export function buildList(result: CheckResult, lang: Lang, approval?: Approval): AwardList {
  const { campaign } = result;
  const judged = result.judgements.filter((j) => j.repeatOf === undefined);
  const decided = approval !== undefined && judged.some((j) => approval(j) !== undefined);
  // without decisions, the select round's suggestion: every eligible nominee where they fit the
  // seats, the suggested keepers where they do not; a tie at the cut is the council's to break
  const round = decided ? undefined : selectRound(result);
  const suggested = new Set(round === undefined ? [] : suggestedNominees(round).map((s) => s.judgement));
  const chosen = judged.filter((j) => (decided ? approval?.(j) === true : suggested.has(j)));
  const tied = round?.groups.reduce((n, g) => n + g.eligible.filter((s) => s.place === 'tie').length, 0) ?? 0;
  const order = new Map<string, number>();
  for (const a of campaign.allocations) if (!order.has(a.unit)) order.set(a.unit, order.size);
  for (const u of campaign.units) if (!order.has(u.id)) order.set(u.id, order.size);
  const rank = (unit: string | null) => (unit === null ? order.size : (order.get(unit) ?? order.size));

  const kinds: KindList[] = [];
  let total = 0;
  for (const kind of KINDS_IN_ANNEX) {
    const ofKind = chosen.filter((j) => j.nominee.kind === kind);
    if (ofKind.length === 0) continue;
    const groups = new Map<string, { unit: string | null; name: string; judgements: Judgement[] }>();
    for (const j of ofKind) {
      const n = j.nominee;
      const key = n.unit ?? `\u0000${n.unitText.trim()}`;
      const group = groups.get(key) ?? {
        unit: n.unit,
        name: unitName(campaign, n.unit, n.unitText.trim()),
        judgements: [],
      };
      group.judgements.push(j);
      groups.set(key, group);
    }
    let number = 0;
    const units = [...groups.values()]
      .sort((a, b) => rank(a.unit) - rank(b.unit))
      .map((g) => ({
        unit: g.unit,
        name: g.name,
        entries: [...BLOCKS, null]
          .flatMap((block) => g.judgements.filter((j) => j.nominee.block === block))
          .map((j) => ({
            number: ++number,
            nominee: j.nominee,
            achievements: achievements(j, campaign, lang),
          })),
      }));
    kinds.push({ kind, units, count: number });
    total += number;
  }
  return { campaign, basis: decided ? 'approved' : 'eligible', kinds, total, tied };
}

/** Collectives before individuals, as the annexes to such decisions list them. */
const KINDS_IN_ANNEX: readonly Kind[] = ['collective', 'individual'];

/**
 * `Lao động tiên tiến 2016–2020; Hoàn thành xuất sắc nhiệm vụ 2017, 2019; Sáng kiến cấp tỉnh 2019`:
 * what the rules that passed counted, by the vocabulary's names, each with the years of the period
 * it holds. Only codes a passing rule reads are named, so the line says why the nominee is listed.
 */
export function achievements(j: Judgement, campaign: Campaign, lang: Lang): string {
  const yearCodes: string[] = [];
  const distinctionCodes: string[] = [];
  for (const rule of j.rules) {
    if (rule.result !== 'pass') continue;
    const reads = readsOf(rule.test);
    for (const c of reads.yearCodes) if (!yearCodes.includes(c)) yearCodes.push(c);
    for (const c of reads.distinctions) if (!distinctionCodes.includes(c)) distinctionCodes.push(c);
  }
  // in the vocabulary's order (LĐTT before HTXSNV), whichever rule named a code first
  const rankIn = (list: readonly { code: string }[]) => (code: string) => {
    const at = list.findIndex((c) => c.code === code);
    return at === -1 ? list.length : at;
  };
  const yearRank = rankIn(campaign.vocabulary.yearCodes);
  yearCodes.sort((a, b) => yearRank(a) - yearRank(b));
  const distinctionRank = rankIn(campaign.vocabulary.distinctions);
  const { from, to } = campaign.period;
  const n = j.nominee;
  const parts: string[] = [];
  for (const code of yearCodes) {
    const years: number[] = [];
    for (let y = from; y <= to; y++) if (n.years[String(y)]?.codes.includes(code)) years.push(y);
    if (years.length) parts.push(`${yearName(campaign, code, lang)} ${yearRanges(years)}`);
  }
  // a distinction held is named as it was given (`HC`), when it counts as one a rule read (`BK-*`)
  const book = buildCodeBook(campaign.vocabulary);
  const held = new Map<string, Set<number>>();
  for (const d of Object.values(n.distinctions).flat()) {
    if (d.year === null || d.year < from || d.year > to) continue;
    const counts = book.countsAs.get(d.code) ?? [d.code];
    if (!counts.some((c) => distinctionCodes.includes(c))) continue;
    held.set(d.code, (held.get(d.code) ?? new Set()).add(d.year));
  }
  for (const [code, years] of [...held].sort(([a], [b]) => distinctionRank(a) - distinctionRank(b)))
    parts.push(`${distinctionName(campaign, code, lang)} ${yearRanges([...years].sort())}`);
  return parts.join('; ');
}

function yearName(campaign: Campaign, code: string, lang: Lang): string {
  const name = campaign.vocabulary.yearCodes.find((c) => c.code === code)?.name[lang];
  return name ? capitalised(name) : code;
}

function distinctionName(campaign: Campaign, code: string, lang: Lang): string {
  const name = campaign.vocabulary.distinctions.find((c) => c.code === code)?.name[lang];
  return name ? capitalised(name) : code;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `2016–2020` for a run of years, `2017, 2019` for years apart. */
export function yearRanges(years: readonly number[]): string {
  const out: string[] = [];
  let start = years[0] as number;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    out.push(prev - start >= 2 ? `${start}–${prev}` : start === prev ? String(start) : `${start}, ${prev}`);
    start = y;
    prev = y;
  }
  return out.join(', ');
}
