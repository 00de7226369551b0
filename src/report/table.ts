import { maxOf } from '../append.js';
import { categoryRows } from '../campaign/allocations.js';
import type { Campaign } from '../campaign/schema.js';
import type { CheckResult } from '../check.js';
import type { CompositionGroup, Count } from '../checks/composition.js';
import type { QuotaEntry, QuotaStatus } from '../checks/quota.js';
import type { Tri, Verdict } from '../engine/kleene.js';
import { culpritCells } from '../engine/predicate.js';
import { renderRuleMessage } from '../engine/render.js';
import type { Judgement } from '../engine/types.js';
import { type Finding, formatPosition, type Lang, type Severity } from '../findings/finding.js';
import type { Kind } from '../model/categories.js';
import { type ColumnBook, columnBook } from '../model/column.js';
import { COLUMN_TYPES } from '../model/column-types/index.js';
import type { Nominee } from '../model/nominee.js';
import type { CodeBook } from '../model/vocabulary.js';
import { COLUMNS, periodYears, YEAR } from '../read/columns.js';
import { markWords, repeatPlace, unitCell, unitWritten } from './nominee-marks.js';
import { quotaWords } from './quota-words.js';
import { compositionWords } from './text.js';

/**
 * What every file report (xlsx, csv, markdown, html) shows of a check, computed once here so the
 * formats agree: the nominee's input columns and their values as read, verdict words, the reasons
 * for each rule that did not pass, and the input fields that made it fail.
 */

export const WORDS = {
  vi: {
    verdict: { eligible: 'Đạt', ineligible: 'Không đạt', review: 'Cần xem xét' } satisfies Record<
      Verdict,
      string
    >,
    result: { pass: 'đạt', fail: 'không đạt', unknown: 'chưa rõ' } satisfies Record<Tri, string>,
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } satisfies Record<Severity, string>,
    kind: { collective: 'Tập thể', individual: 'Cá nhân' } satisfies Record<Kind, string>,
    plan: 'Kế hoạch',
    period: 'giai đoạn',
    tally: (s: CheckResult['summary']) =>
      `${quotaWords('vi').tally(s)}: ${s.eligible} đạt, ${s.ineligible} không đạt, ${s.review} cần xem xét · ${s.errors} lỗi, ${s.warnings} cảnh báo`,
    yes: 'Có',
    no: 'Không',
    male: 'Nam',
    female: 'Nữ',
    file: 'Tệp',
    sheet: 'Trang',
    row: 'Dòng',
    kindHeader: 'Loại',
    award: 'Danh hiệu đề nghị',
    nameBoth: 'Họ và tên / Tên tập thể',
    verdictHeader: 'Kết luận',
    failed: 'Tiêu chí không đạt',
    open: 'Tiêu chí cần xem xét',
    reasons: 'Lý do',
    composition: {
      unit: 'Đơn vị',
      individuals: 'Số cá nhân',
      count: 'Số người',
      share: 'Tỷ lệ',
      blank: 'Để trống',
      outside: (n: number) => `Tổng gồm cả ${n} cá nhân của đơn vị không có trong bảng phân bổ.`,
    },
  },
  en: {
    verdict: { eligible: 'Eligible', ineligible: 'Ineligible', review: 'To review' } satisfies Record<
      Verdict,
      string
    >,
    result: { pass: 'pass', fail: 'fail', unknown: 'unknown' } satisfies Record<Tri, string>,
    severity: { error: 'Error', warning: 'Warning', info: 'Info' } satisfies Record<Severity, string>,
    kind: { collective: 'Collective', individual: 'Individual' } satisfies Record<Kind, string>,
    plan: 'Plan',
    period: 'period',
    tally: (s: CheckResult['summary']) =>
      `${quotaWords('en').tally(s)}: ${s.eligible} eligible, ${s.ineligible} ineligible, ${s.review} to review · ${s.errors} errors, ${s.warnings} warnings`,
    yes: 'Yes',
    no: 'No',
    male: 'Male',
    female: 'Female',
    file: 'File',
    sheet: 'Sheet',
    row: 'Row',
    kindHeader: 'Kind',
    award: 'Award asked for',
    nameBoth: 'Name',
    verdictHeader: 'Verdict',
    failed: 'Rules failed',
    open: 'Rules to review',
    reasons: 'Reasons',
    composition: {
      unit: 'Unit',
      individuals: 'Individuals',
      count: 'Count',
      share: 'Share',
      blank: 'Blank',
      outside: (n: number) =>
        `The total includes ${n} ${n === 1 ? 'individual' : 'individuals'} of a unit not in the allocation table.`,
    },
  },
} as const;

/** English headers for the columns that say who a row is. */
const EN_HEADERS: Record<string, string> = {
  name: 'Full name',
  collective_name: 'Collective',
  birth_year: 'Birth year',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  position: 'Position, workplace',
  unit: 'Nominating unit',
  block: 'Block',
};

/** One input column of the nominee form, keyed as `nominee.cells` keys it (a field, or a year). */
export interface InputColumn {
  key: string;
  header: string;
  /** Years, yes/no and counts are short; names and distinctions are not. */
  wide: boolean;
}

/** Columns drawn wider than this many characters are wide in the reports. */
const WIDE = 20;

/**
 * The form's columns for nominees of `kinds`: those that say who a row is, then the columns the
 * campaign declares, in its order, a per-year column giving one column a year of the period
 * (DOMAIN.md §2). Two kinds share one name column.
 */
export function inputColumns(kinds: readonly Kind[], campaign: Campaign, lang: Lang): InputColumn[] {
  const columns: InputColumn[] = [];
  const both = kinds.length > 1;
  for (const spec of COLUMNS) {
    // the council's decision is no part of the form a unit fills in
    if (spec.type === 'kind' || spec.type === 'ignored' || spec.type === 'decision') continue;
    if (!spec.kinds.some((k) => kinds.includes(k))) continue;
    if (spec.field === 'name' && columns.some((c) => c.key === 'name')) continue;
    let header: string;
    if (spec.field === 'name' && both) header = WORDS[lang].nameBoth;
    else if (lang === 'vi') header = spec.vi;
    else header = EN_HEADERS[spec.id] ?? spec.en;
    columns.push({
      key: spec.field,
      header: capitalise(header),
      wide: spec.type === 'text' || spec.type === 'unit',
    });
  }
  for (const column of campaign.columns ?? []) {
    if (!column.kinds.some((k) => kinds.includes(k))) continue;
    const type = COLUMN_TYPES[column.type];
    const wide = type.width > WIDE;
    if (type.perYear) {
      for (const year of periodYears(campaign.period))
        columns.push({ key: String(year), header: column.header[lang].replaceAll(YEAR, String(year)), wide });
    } else columns.push({ key: column.id, header: capitalise(column.header[lang]), wide });
  }
  // a round of several awards says which one each row asks for, after the unit and its block
  if (campaign.awards) {
    const after = maxOf(['unit', 'block'].map((key) => columns.findIndex((c) => c.key === key)));
    columns.splice(after + 1, 0, { key: AWARD_KEY, header: WORDS[lang].award, wide: true });
  }
  return columns;
}

/** The key of the award column, as `nominee.cells` keys the award's cell. */
export const AWARD_KEY = 'award';

/** How reports name the award a nominee asks for; `undefined` in a round of one award. */
export function awardTitle(campaign: Pick<Campaign, 'awards'>, award: string | undefined, lang: Lang) {
  return award === undefined ? undefined : campaign.awards?.find((a) => a.id === award)?.title[lang];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The nominee's value in a column, as the reader understood it: codes in their canonical
 * spelling, implied codes left out again (a cell `CSTĐT` shows `CSTĐT`, not the three codes
 * it counts as), `?` for a year not yet assessed, `CODE:YEAR` for distinctions.
 */
export function inputValue(n: Nominee, key: string, book: CodeBook, lang: Lang): string | number | null {
  const w = WORDS[lang];
  if (/^\d+$/.test(key)) {
    const cell = n.years[key];
    if (!cell) return null;
    const shown = withoutImplied(cell.codes, book);
    if (cell.unknown) shown.push('?');
    return shown.length ? shown.join('; ') : null;
  }
  switch (key) {
    case 'name':
      return n.name;
    case 'unit':
      return n.unitText;
    case 'block':
      return n.block;
    case 'birth_year':
      return n.birthYear;
    case 'gender':
      return n.gender === null ? null : w[n.gender];
    case 'ethnicity':
      return n.ethnicity;
    case 'position':
      return n.position;
  }
  if (key in n.flags) {
    const flag = n.flags[key as keyof Nominee['flags']];
    return flag === null || flag === undefined ? null : flag ? w.yes : w.no;
  }
  if (key in n.counts) return n.counts[key as keyof Nominee['counts']] ?? null;
  if (key in n.distinctions) {
    const list = n.distinctions[key as keyof Nominee['distinctions']] ?? [];
    return list.length
      ? list.map((d) => (d.year === null ? d.code : `${d.code}:${d.year}`)).join('; ')
      : null;
  }
  if (key in n.yearLists) {
    const list = n.yearLists[key as keyof Nominee['yearLists']] ?? [];
    return list.length ? list.join('; ') : null;
  }
  return null;
}

function withoutImplied(codes: readonly string[], book: CodeBook): string[] {
  const kept = codes.filter((c) => !codes.some((d) => d !== c && (book.implied.get(d) ?? []).includes(c)));
  // codes implying each other would all drop out; then show what the reader recorded
  return kept.length || codes.length === 0 ? kept : [...codes];
}

/** A rule that did not pass, in words. */
export interface Reason {
  id: string;
  result: Exclude<Tri, 'pass'>;
  title: string;
  message: string;
  /** Input fields (keys of `nominee.cells`) that hold it back. */
  fields: string[];
}

/** Reasons for one nominee's rules that failed or stay open, in the campaign's order. */
export function reasonsFor(j: Judgement, campaign: Campaign, lang: Lang): Reason[] {
  const reasons: Reason[] = [];
  for (const rule of j.rules) {
    if (rule.result === 'pass') continue;
    const criterion = campaign.criteria.find((c) => c.id === rule.id);
    reasons.push({
      id: rule.id,
      result: rule.result,
      title: criterion?.title[lang] ?? '',
      message: renderRuleMessage(rule, lang, campaign, j.nominee),
      fields: culpritCells(rule.test, rule.evidence),
    });
  }
  return reasons;
}

/** The ids of the reasons with `result`, as one cell lists them: `CN-HCSN-1, CN-HCSN-2`. */
export function ruleIds(reasons: readonly Reason[], result: Reason['result']): string {
  return reasons
    .filter((r) => r.result === result)
    .map((r) => r.id)
    .join(', ');
}

/** `TT-HCSN-1 Tập thể lao động tiên tiến 5 năm liên tục: TTLĐTT 4/5 năm, thiếu 2018`. */
export function reasonLine(r: Reason): string {
  return `${r.id}${r.title ? ` ${r.title}` : ''}: ${r.message}`;
}

/** Findings about a nominee's own row, by `file`, `sheet` and `row`. */
export function findingsByRow(
  findings: readonly Finding[],
): (n: Pick<Nominee, 'file' | 'sheet' | 'row'>) => Finding[] {
  const byRow = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.file === undefined || f.row === undefined) continue;
    // a CSV has no sheet: its findings name none, its nominees an empty one
    const key = rowKey(f.file, f.sheet ?? '', f.row);
    const list = byRow.get(key);
    if (list === undefined) byRow.set(key, [f]);
    else list.push(f);
  }
  return (n) => byRow.get(rowKey(n.file, n.sheet, n.row)) ?? [];
}

function rowKey(file: string, sheet: string, row: number): string {
  return `${file}\u0000${sheet}\u0000${row}`;
}

/** Where a nominee stands in its file, down to its name cell. */
export function nomineePosition(n: Nominee): string {
  return formatPosition({ file: n.file, sheet: n.sheet, row: n.row, cell: n.cells.name });
}

/** `Kế hoạch 154/KH-LĐLĐ · giai đoạn 2016–2020 · a.xlsx · b.csv`: what a report is about. */
export function sourceLine(result: CheckResult, lang: Lang): string {
  const w = WORDS[lang];
  const { campaign } = result;
  const period = `${campaign.period.from}–${campaign.period.to}`;
  const only = selectionLine(result, lang);
  return [
    `${w.plan} ${campaign.plan.ref}`,
    `${w.period} ${period}`,
    ...result.files,
    ...(only ? [only] : []),
  ].join(' · ');
}

/**
 * `chỉ báo cáo: LĐLĐ huyện Phong Thổ (số lượng, trùng lặp tính trên mọi tệp)` for a report limited
 * by `--unit`, so nobody takes it for the whole check; `undefined` for a report of every unit.
 */
export function selectionLine(
  result: Pick<CheckResult, 'campaign' | 'units'>,
  lang: Lang,
): string | undefined {
  if (result.units === undefined) return undefined;
  const names = result.units.map((u) => unitName(result.campaign, u)).join(', ');
  return lang === 'en'
    ? `only: ${names} (quotas and duplicates counted over every file)`
    : `chỉ báo cáo: ${names} (số lượng, trùng lặp tính trên mọi tệp)`;
}

/** Which input field a finding's cell belongs to, by the nominee's own cell map. */
export function fieldOfCell(n: Pick<Nominee, 'cells'>, cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  return Object.entries(n.cells).find(([, ref]) => ref === cell)?.[0];
}

export function unitName(campaign: Campaign, unit: string | null, text = ''): string {
  if (unit === null) return text;
  return campaign.units.find((u) => u.id === unit)?.name ?? unit;
}

export interface Tally {
  allocated: number;
  nominated: number;
  eligible: number;
  review: number;
}

export interface UnitSummary extends Tally {
  unit: string;
  name: string;
  entries: QuotaEntry[];
  status: QuotaStatus;
}

/** The quota table grouped by unit, in the allocation table's order, with the unit's totals. */
export function unitSummaries(result: CheckResult): UnitSummary[] {
  const byUnit = new Map<string, QuotaEntry[]>();
  for (const q of result.quota) byUnit.set(q.unit, [...(byUnit.get(q.unit) ?? []), q]);
  return [...byUnit].map(([unit, entries]) => {
    const tally = sum(entries);
    const status: QuotaStatus = entries.some((q) => q.status === 'over')
      ? 'over'
      : tally.nominated >= tally.allocated
        ? 'full'
        : 'under';
    return { unit, name: unitName(result.campaign, unit), entries, ...tally, status };
  });
}

export function sum(entries: readonly Tally[]): Tally {
  const t: Tally = { allocated: 0, nominated: 0, eligible: 0, review: 0 };
  for (const q of entries) {
    t.allocated += q.allocated;
    t.nominated += q.nominated;
    t.eligible += q.eligible;
    t.review += q.review;
  }
  return t;
}

/** The totals the plan's text states beside what its allocation table adds up to (P-STATED). */
export interface StatedTotal {
  field: 'total' | 'collective' | 'individual';
  stated: number;
  table: number;
}

export function statedTotals(campaign: Campaign): StatedTotal[] {
  const stated = campaign.stated;
  if (!stated) return [];
  const out: StatedTotal[] = [];
  for (const field of ['total', 'collective', 'individual'] as const) {
    const value = stated[field];
    if (value === undefined) continue;
    out.push({
      field,
      stated: value,
      table: categoryRows(campaign.allocations).reduce((s, a) => s + a[field], 0),
    });
  }
  return out;
}

/** The groups plan V.1 gives priority to, in the order every report shows them. */
export const TRAITS = ['women', 'ethnicMinorities', 'nonLeaders', 'directWorkers'] as const;
export type Trait = (typeof TRAITS)[number];

export interface CompositionRow {
  label: string;
  /** The last row, over every unit. */
  total: boolean;
  group: CompositionGroup;
}

/** The composition as the file reports lay it out: one row per unit with individuals, then the total. */
export interface CompositionTable {
  title: string;
  headers: {
    unit: string;
    individuals: string;
    count: string;
    share: string;
    blank: string;
    traits: Record<Trait, string>;
  };
  rows: CompositionRow[];
  /** Set when individuals of a unit the allocation table lacks are in the total and in no unit's row. */
  note?: string;
}

export function compositionTable(result: CheckResult, lang: Lang): CompositionTable {
  const total = result.composition.find((g) => g.unit === null) ?? NO_ONE;
  const words = compositionWords(lang);
  const w = WORDS[lang].composition;
  const units = result.composition.filter((g) => g.unit !== null && g.individuals > 0);
  const outside = total.individuals - units.reduce((n, g) => n + g.individuals, 0);
  const traits = Object.fromEntries(TRAITS.map((t) => [t, capitalise(words.traits[t])])) as Record<
    Trait,
    string
  >;
  return {
    title: words.title,
    headers: {
      unit: w.unit,
      individuals: w.individuals,
      count: w.count,
      share: w.share,
      blank: w.blank,
      traits,
    },
    rows: [
      ...units.map((g) => ({ label: unitName(result.campaign, g.unit), total: false, group: g })),
      { label: words.total, total: true, group: total },
    ],
    ...(outside > 0 ? { note: w.outside(outside) } : {}),
  };
}

const NONE: Count = { count: 0, share: 0, unknown: 0 };
/** The total of a result whose composition was left empty (one built by hand). */
const NO_ONE: CompositionGroup = {
  unit: null,
  individuals: 0,
  women: NONE,
  ethnicMinorities: NONE,
  nonLeaders: NONE,
  directWorkers: NONE,
};

/** A share as people write it: `75%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** `3 (75%, 1 để trống)`: a count in one cell of a text table. */
export function countText(x: Count, lang: Lang): string {
  const blank = x.unknown > 0 ? `, ${compositionWords(lang).blank(x.unknown)}` : '';
  return `${x.count} (${percent(x.share)}${blank})`;
}

/** The keys of the columns a nominee table adds to the form's (never a field of the form). */
export const MARK_KEYS = { written: '_unit_written', repeat: '_repeat_of' } as const;

/**
 * The form's columns with the two a nominee table adds: what the file called the unit, right after
 * the unit (which gives the plan's name), and the first row of the nomination a row repeats, last.
 */
export function withMarkColumns(inputs: readonly InputColumn[], lang: Lang): InputColumn[] {
  const w = markWords(lang);
  const out: InputColumn[] = [];
  for (const c of inputs) {
    out.push(c);
    if (c.key === 'unit') out.push({ key: MARK_KEYS.written, header: w.writtenHeader, wide: true });
  }
  out.push({ key: MARK_KEYS.repeat, header: w.repeatHeader, wide: true });
  return out;
}

/** A cell of such a table: the unit by the plan's name, the two marks, else the value as read. */
export function markedValue(
  j: Judgement,
  key: string,
  campaign: Campaign,
  book: CodeBook,
  lang: Lang,
): string | number | null {
  const n = j.nominee;
  if (key === 'unit') return unitCell(campaign, n);
  if (key === MARK_KEYS.written) return unitWritten(campaign, n) ?? null;
  if (key === MARK_KEYS.repeat) return repeatPlace(j) ?? null;
  if (key === AWARD_KEY) return awardTitle(campaign, n.award, lang) ?? null;
  const value = n.values?.[key];
  if (value !== undefined) return columnsOf(campaign).show(key, value, lang);
  return inputValue(n, key, book, lang);
}

const books = new WeakMap<Campaign, ColumnBook>();

/** The campaign's declared columns, which show a value of theirs in words (`80.000.000 đồng`). */
function columnsOf(campaign: Campaign): ColumnBook {
  let book = books.get(campaign);
  if (!book) {
    book = columnBook(campaign.columns);
    books.set(campaign, book);
  }
  return book;
}
