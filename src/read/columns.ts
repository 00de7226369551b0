import type { Kind } from '../model/categories.js';
import type { DeclaredColumn } from '../model/column.js';
import { COLUMN_TYPES } from '../model/column-types/index.js';
import { foldKey } from '../model/fold.js';

/** How a column's cells are understood. */
export type ValueType =
  | 'kind'
  | 'text'
  | 'unit'
  | 'block'
  | 'gender'
  | 'year'
  | 'declared'
  | 'decision'
  | 'ignored';

export interface ColumnSpec {
  /** Unique id; also the key under which the cell is recorded in `nominee.cells`. */
  id: string;
  /** The nominee field the column fills (two name columns fill `name`). */
  field: string;
  /** Header as printed on the official form (DOMAIN.md §2). */
  vi: string;
  /** English alias. */
  en: string;
  /** Other spellings staff use for the same header. */
  also?: readonly string[];
  kinds: readonly Kind[];
  /** Required on a sheet of one of `kinds`; `kind` itself is required only on a sheet holding both. */
  required: boolean;
  type: ValueType;
}

const BOTH: readonly Kind[] = ['collective', 'individual'];
const IND: readonly Kind[] = ['individual'];
const COL: readonly Kind[] = ['collective'];

/**
 * The columns that say who a row is, on every campaign's form (DOMAIN.md §2): its kind, name,
 * unit and block, the person's birth year, gender, ethnicity and position, and the columns an
 * official form adds around them. Everything the criteria judge beyond these is a column the
 * campaign declares (campaign.json `columns`), read by its type.
 */
export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'kind', field: 'kind', vi: 'Loại', en: 'kind', kinds: BOTH, required: false, type: 'kind' },
  // Official forms number their rows; knowing the column keeps it out of "columns not used".
  {
    id: 'seq',
    field: 'seq',
    vi: 'STT',
    en: 'no',
    also: ['Số TT', 'Số thứ tự'],
    kinds: BOTH,
    required: false,
    type: 'ignored',
  },
  // Read by the deadline check from the rows themselves (src/read/submitted.ts), not a nominee field.
  {
    id: 'submitted',
    field: 'submitted',
    vi: 'Ngày gửi',
    en: 'submitted',
    also: ['Ngày nộp', 'Ngày gửi hồ sơ'],
    kinds: BOTH,
    required: false,
    type: 'ignored',
  },
  {
    id: 'name',
    field: 'name',
    vi: 'Họ và tên',
    en: 'name',
    also: ['Họ tên'],
    kinds: IND,
    required: true,
    type: 'text',
  },
  {
    id: 'collective_name',
    field: 'name',
    vi: 'Tên tập thể',
    en: 'name',
    kinds: COL,
    required: true,
    type: 'text',
  },
  {
    id: 'birth_year',
    field: 'birth_year',
    vi: 'Năm sinh',
    en: 'birth_year',
    kinds: IND,
    required: false,
    type: 'year',
  },
  {
    id: 'gender',
    field: 'gender',
    vi: 'Giới tính',
    en: 'gender',
    kinds: IND,
    required: false,
    type: 'gender',
  },
  {
    id: 'ethnicity',
    field: 'ethnicity',
    vi: 'Dân tộc',
    en: 'ethnicity',
    kinds: IND,
    required: false,
    type: 'text',
  },
  {
    id: 'position',
    field: 'position',
    vi: 'Chức vụ, đơn vị công tác',
    en: 'position',
    also: ['Chức vụ'],
    kinds: IND,
    required: false,
    type: 'text',
  },
  { id: 'unit', field: 'unit', vi: 'Đơn vị đề nghị', en: 'unit', kinds: BOTH, required: true, type: 'unit' },
  { id: 'block', field: 'block', vi: 'Khối', en: 'block', kinds: BOTH, required: true, type: 'block' },
  // The council's decision, added by the federation's officer after the council meets; never
  // on the form a unit fills in (src/decisions/).
  {
    id: 'decision',
    field: 'decision',
    vi: 'Kết luận của Hội đồng',
    en: 'decision',
    also: ['Quyết định', 'Kết luận', 'Kết luận của HĐ', 'Ý kiến của Hội đồng', 'Council decision'],
    kinds: BOTH,
    required: false,
    type: 'decision',
  },
];

/**
 * Which rows a sheet holds: one kind (sheet `Tập thể` / `Cá nhân`), or both, told apart
 * by the `Loại` column.
 */
export type Layout = { kind: Kind } | { kind: 'mixed' };

/** The headers a sheet of a layout understands, built once per sheet. */
export interface HeaderLookup {
  layout: Layout;
  /** folded header → column spec */
  columns: Map<string, ColumnSpec>;
  /** folded header → year of the period */
  years: Map<string, number>;
  /** Required fields, each with the headers that satisfy it (for the E-HEADER-MISSING message). */
  required: { field: string; label: string; specs: ColumnSpec[] }[];
  /** The period's years, all required. */
  periodYears: number[];
}

function appliesTo(spec: ColumnSpec, layout: Layout): boolean {
  return layout.kind === 'mixed' || spec.kinds.includes(layout.kind);
}

export function periodYears(period: { from: number; to: number }): number[] {
  return Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
}

/** A column the campaign declares, as the reader matches its header. */
function declaredSpec(c: DeclaredColumn): ColumnSpec {
  return {
    id: c.id,
    field: c.id,
    vi: c.header.vi,
    en: c.header.en,
    also: c.aliases,
    kinds: c.kinds,
    required: c.required,
    type: 'declared',
  };
}

export function headerLookup(
  layout: Layout,
  period: { from: number; to: number },
  declared: readonly DeclaredColumn[] = [],
): HeaderLookup {
  const columns = new Map<string, ColumnSpec>();
  const specs = declared.length
    ? [...COLUMNS, ...declared.filter((c) => !COLUMN_TYPES[c.type].perYear).map(declaredSpec)]
    : COLUMNS;
  for (const spec of specs) {
    // On a sheet of one kind the sheet says the kind; a `Loại` column there is not read.
    if (!appliesTo(spec, layout) || (spec.type === 'kind' && layout.kind !== 'mixed')) continue;
    for (const spelling of [spec.vi, spec.en, ...(spec.also ?? [])]) {
      const key = foldKey(spelling);
      // `name` is the alias of both name columns: the first applicable one keeps it.
      if (!columns.has(key)) columns.set(key, spec);
    }
  }
  // a per-year column is one column a year of the period, its header saying `{year}`
  const perYear = declared.find((c) => COLUMN_TYPES[c.type].perYear && appliesTo(declaredSpec(c), layout));
  const years = new Map<string, number>();
  const yearsList = perYear ? periodYears(period) : [];
  const spellings = perYear ? [perYear.header.vi, perYear.header.en, ...perYear.aliases] : [];
  for (const y of yearsList) {
    for (const spelling of spellings) years.set(foldKey(spelling.replaceAll(YEAR, String(y))), y);
  }
  const required: HeaderLookup['required'] = [];
  if (layout.kind === 'mixed') {
    const kindSpec = COLUMNS.find((c) => c.id === 'kind') as ColumnSpec;
    required.push({ field: 'kind', label: kindSpec.vi, specs: [kindSpec] });
  }
  for (const spec of specs) {
    if (!spec.required || !appliesTo(spec, layout)) continue;
    const entry = required.find((r) => r.field === spec.field);
    if (entry) {
      entry.specs.push(spec);
      entry.label += ` / ${spec.vi}`;
    } else required.push({ field: spec.field, label: spec.vi, specs: [spec] });
  }
  return { layout, columns, years, required, periodYears: perYear?.required ? yearsList : [] };
}

/** Where a per-year column's header names its year: `{year}`, `Năm {year}`. */
export const YEAR = '{year}';

/**
 * Sheets of the fill-in template that are not nominee lists: known, so a filled template is
 * read without an "ignored sheet" note for them.
 */
export const TEMPLATE_SIDE_SHEETS = { guide: 'Hướng dẫn', examples: 'Ví dụ' } as const;
