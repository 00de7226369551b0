import type { Campaign, Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import type { Block, Kind } from '../model/categories.js';
import type {
  CountField,
  DistinctionField,
  FlagField,
  Nominee,
  YearCell,
  YearListField,
} from '../model/nominee.js';
import type { CodeBook } from '../model/vocabulary.js';
import { type CellValue, cellText, type RawRow, type SheetSource } from './cells.js';
import { distinctionReader, readYearList, yearCellReader } from './codes.js';
import { COLUMNS, type ColumnSpec, headerLookup, type Layout } from './columns.js';
import { findHeader, HEADER_ROWS, type PlannedColumn } from './header.js';
import {
  type Issue,
  readBlock,
  readCount,
  readFlag,
  readGender,
  readKind,
  readYear,
  unitLookup,
} from './values.js';

/** Lookups built once per file and shared by its sheets. */
export interface ReadTools {
  file: string;
  period: Campaign['period'];
  unit: (text: string) => string | null;
  yearCell: (value: CellValue, issues: Issue[]) => YearCell;
  distinctions: ReturnType<typeof distinctionReader>;
}

export function readTools(file: string, campaign: Campaign, book: CodeBook): ReadTools {
  return {
    file,
    period: campaign.period,
    unit: unitLookup(campaign.units),
    yearCell: yearCellReader(book),
    distinctions: distinctionReader(book, campaign.period),
  };
}

export interface SheetResult {
  nominees: Nominee[];
  findings: Finding[];
}

/** How a kind is named inside a sentence of a message, in each language. */
const KIND_WORDS: Record<Kind, Text> = {
  collective: { vi: 'tập thể', en: 'a collective' },
  individual: { vi: 'cá nhân', en: 'an individual' },
};

/** A row of column numbers `(1) (2) (3)…` that official forms print under the header. */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

const NAME_SPECS = COLUMNS.filter((c) => c.field === 'name');

/** Anything but spaces and the invisible characters `clean` removes. */
const CONTENT = /[^\s\u200B-\u200D\u2060\uFEFF\u00AD]/u;

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && !CONTENT.test(value));
}

function hasContent(row: RawRow): boolean {
  return row.cells.some((v) => !isBlank(v));
}

/**
 * Turn one sheet's rows into nominees. `layout` null means the sheet's name did not say
 * its kind: it is read only if it has a `Loại` column; otherwise the result says whether the
 * sheet held anything at all. A sheet with nothing in its first rows is `'empty'` when
 * `emptyAllowed` (a workbook's unused `Tập thể` sheet), else its headers are missing.
 * With `onNominee`, each nominee is handed over as its row is read and the result keeps none,
 * so a large sheet is judged as it streams by; findings are kept either way.
 */
export async function readSheet(
  source: SheetSource,
  layout: Layout | null,
  tools: ReadTools,
  options: { emptyAllowed: boolean; onNominee?: (nominee: Nominee) => void },
): Promise<SheetResult | 'not-nominees' | 'empty'> {
  const where = source.name === '' ? { file: tools.file } : { file: tools.file, sheet: source.name };
  const lookup = headerLookup(layout ?? { kind: 'mixed' }, tools.period);
  const iterator = source.rows[Symbol.asyncIterator]();

  // The header lies in the first rows; hold them, then carry on with the same iterator.
  const head: RawRow[] = [];
  let next = await iterator.next();
  while (!next.done && next.value.number <= HEADER_ROWS) {
    head.push(next.value);
    next = await iterator.next();
  }

  const header = findHeader(head, lookup, where);
  if (!('row' in header)) {
    await iterator.return?.();
    const empty = !head.some(hasContent);
    if (empty && options.emptyAllowed) return 'empty';
    if (layout === null && !header.hasKindColumn) return empty ? 'empty' : 'not-nominees';
    throw new InputError(
      finding('E-HEADER-MISSING', { columns: header.missing.map((m) => `"${m}"`).join(', ') }, where),
    );
  }

  const rowReader = new RowReader(header.columns, layout ?? { kind: 'mixed' }, tools, source.name, where);
  const result: SheetResult = { nominees: [], findings: [...header.findings] };
  const used = new Map(header.columns.filter((c) => c.spec?.type !== 'ignored').map((c) => [c.index, c]));
  const hiddenColumns = [...used.values()].filter((c) => source.hiddenColumns?.has(c.index));
  if (hiddenColumns.length > 0) {
    const columns = hiddenColumns.map((c) => `"${c.header}" (${c.letter})`).join(', ');
    result.findings.push(finding('W-COLUMNS-HIDDEN', { columns }, { ...where, row: header.row }));
  }
  const hiddenRows: number[] = [];
  let first = true;
  let rows = 0;
  const take = (row: RawRow): void => {
    if (row.number <= header.row) return;
    // a cell it cannot see is said before the row is judged, even if the row then reads as blank
    for (const note of row.notes ?? []) {
      const c = used.get(note.index);
      if (c) {
        result.findings.push(
          finding(note.code, note.args, {
            ...where,
            row: row.number,
            column: c.header,
            cell: `${c.letter}${row.number}`,
          }),
        );
      }
    }
    const outcome = rowReader.read(row, first);
    if (outcome === 'blank') return;
    first = false;
    if (outcome === 'numbers') return;
    rows++;
    if (row.hidden) hiddenRows.push(row.number);
    result.findings.push(...outcome.findings);
    if (outcome.nominee) {
      if (options.onNominee) options.onNominee(outcome.nominee);
      else result.nominees.push(outcome.nominee);
    }
  };
  for (const row of head) take(row);
  while (!next.done) {
    take(next.value);
    next = await iterator.next();
  }
  if (rows === 0)
    result.findings.push(finding('W-SHEET-NO-ROWS', { row: header.row }, { ...where, row: header.row }));
  if (hiddenRows.length > 0) {
    result.findings.push(
      finding('W-ROWS-HIDDEN', { rows: rowRanges(hiddenRows) }, { ...where, row: hiddenRows[0] as number }),
    );
  }
  return result;
}

/** `12, 15–17`: rows as a person reads them, runs joined. */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    const previous = rows[i - 1] as number;
    if (rows[i] === previous + 1) continue;
    parts.push(start === previous ? String(previous) : `${start}–${previous}`);
    start = rows[i];
  }
  return parts.join(', ');
}

/** The fields a kind of nominee always has, as a blank cell leaves them. */
interface BlankFields {
  flags: Partial<Record<FlagField, boolean | null>>;
  counts: Partial<Record<CountField, number | null>>;
  distinctions: DistinctionField[];
  yearLists: YearListField[];
}

function blankFields(kind: Kind): BlankFields {
  const fields: BlankFields = { flags: {}, counts: {}, distinctions: [], yearLists: [] };
  for (const spec of COLUMNS) {
    if (!spec.kinds.includes(kind)) continue;
    if (spec.type === 'flag') fields.flags[spec.field as FlagField] = spec.blank ?? null;
    else if (spec.type === 'count') fields.counts[spec.field as CountField] = null;
    else if (spec.type === 'distinctions') fields.distinctions.push(spec.field as DistinctionField);
    else if (spec.type === 'yearList') fields.yearLists.push(spec.field as YearListField);
  }
  return fields;
}

interface RowOutcome {
  nominee: Nominee | null;
  findings: Finding[];
}

/** Reads data rows against a sheet's column plan; built once per sheet. */
class RowReader {
  private readonly byId = new Map<string, PlannedColumn>();
  /** Year and value columns in sheet order, so a row's findings read left to right. */
  private readonly dataColumns: PlannedColumn[];
  /** Name columns, the row's own kind first. */
  private readonly names: Record<Kind | 'unknown', PlannedColumn[]>;
  private readonly periodYears: string[];
  /** Years of the period the sheet has no column for: blank on every row. */
  private readonly yearsWithoutColumn: string[];
  private readonly blanks: Record<Kind, BlankFields>;

  constructor(
    private readonly columns: PlannedColumn[],
    private readonly layout: Layout,
    private readonly tools: ReadTools,
    private readonly sheet: string,
    private readonly where: { file: string; sheet?: string },
  ) {
    for (const c of columns) if (c.spec) this.byId.set(c.spec.id, c);
    this.dataColumns = columns.filter(
      (c) =>
        c.year !== undefined ||
        (c.spec && c.spec.field !== 'name' && c.spec.type !== 'kind' && c.spec.type !== 'ignored'),
    );
    const present = NAME_SPECS.map((s) => this.byId.get(s.id)).filter((c): c is PlannedColumn => !!c);
    const ownFirst = (kind: Kind) => [
      ...present.filter((c) => c.spec?.kinds.includes(kind)),
      ...present.filter((c) => !c.spec?.kinds.includes(kind)),
    ];
    this.names = { unknown: present, collective: ownFirst('collective'), individual: ownFirst('individual') };
    this.periodYears = [];
    for (let y = tools.period.from; y <= tools.period.to; y++) this.periodYears.push(String(y));
    // what a row starts from, worked out once per sheet rather than once per row
    const yearColumns = new Set(columns.filter((c) => c.year !== undefined).map((c) => String(c.year)));
    this.yearsWithoutColumn = this.periodYears.filter((y) => !yearColumns.has(y));
    this.blanks = { collective: blankFields('collective'), individual: blankFields('individual') };
  }

  read(row: RawRow, firstDataRow: boolean): RowOutcome | 'blank' | 'numbers' {
    const cells = row.cells;
    const value = (c: PlannedColumn): CellValue => cells[c.index] ?? null;
    if (this.columns.every((c) => isBlank(value(c)))) return 'blank';
    if (firstDataRow && this.isColumnNumbers(row)) return 'numbers';

    const findings: Finding[] = [];
    const issues: Issue[] = [];
    const ref = (c: PlannedColumn) => `${c.letter}${row.number}`;
    const at = (c: PlannedColumn) => ({ ...this.where, row: row.number, column: c.header, cell: ref(c) });
    const flush = (c: PlannedColumn): void => {
      for (const issue of issues)
        findings.push(finding(issue.code, { ...issue.args, header: c.header }, at(c)));
      issues.length = 0;
    };
    const required = (c: PlannedColumn): void => {
      findings.push(finding('E-REQUIRED', { header: c.header }, at(c)));
    };
    let complete = true;
    const cellRefs: Record<string, string> = {};

    let kind: Kind | null;
    if (this.layout.kind === 'mixed') {
      const c = this.byId.get('kind') as PlannedColumn;
      cellRefs.kind = ref(c);
      if (isBlank(value(c))) {
        required(c);
        kind = null;
      } else {
        kind = readKind(value(c), issues);
        flush(c);
      }
      if (kind === null) complete = false;
    } else kind = this.layout.kind;

    // A sheet of both kinds may have both name columns; each row uses its own, else the other.
    let name = '';
    const nameColumns = this.names[kind ?? 'unknown'];
    for (const c of nameColumns) {
      const text = cellText(value(c));
      if (text !== '' && name === '') {
        name = text;
        cellRefs.name = ref(c);
      } else if (text !== '' && kind !== null && !(c.spec as ColumnSpec).kinds.includes(kind)) {
        this.notApplicable(c, kind, text, findings, at);
      }
    }
    if (name === '') {
      const c = nameColumns[0] as PlannedColumn;
      cellRefs.name = ref(c);
      required(c);
      complete = false;
    }

    let unit: string | null = null;
    let unitText = '';
    let block: Block | null = null;
    let birthYear: number | null = null;
    let gender: Nominee['gender'] = null;
    let ethnicity: string | null = null;
    let position: string | null = null;
    // Fields the row's kind has are always present, blank meaning what DOMAIN.md §2 says.
    const blank = kind === null ? undefined : this.blanks[kind];
    const flags: Partial<Record<FlagField, boolean | null>> = { ...blank?.flags };
    const counts: Partial<Record<CountField, number | null>> = { ...blank?.counts };
    const distinctions: Partial<Record<DistinctionField, Nominee['distinctions'][DistinctionField]>> = {};
    for (const field of blank?.distinctions ?? []) distinctions[field] = [];
    const yearLists: Partial<Record<YearListField, number[]>> = {};
    for (const field of blank?.yearLists ?? []) yearLists[field] = [];

    const years: Record<string, YearCell> = {};
    for (const y of this.yearsWithoutColumn) years[y] = { codes: [], unknown: false };

    for (const c of this.dataColumns) {
      const v = value(c);
      if (c.year !== undefined) {
        const y = String(c.year);
        cellRefs[y] = ref(c);
        years[y] = this.tools.yearCell(v, issues);
        flush(c);
        continue;
      }
      const spec = c.spec as ColumnSpec;
      const blank = isBlank(v);
      if (kind !== null && !spec.kinds.includes(kind)) {
        if (!blank) this.notApplicable(c, kind, cellText(v), findings, at);
        continue;
      }
      cellRefs[spec.field] = ref(c);
      if (blank) {
        if (spec.required) {
          required(c);
          complete = false;
        }
        continue;
      }
      switch (spec.type) {
        case 'unit':
          unitText = cellText(v);
          unit = this.tools.unit(unitText);
          break;
        case 'block':
          block = readBlock(v, issues);
          if (block === null) complete = false;
          break;
        case 'text':
          if (spec.field === 'ethnicity') ethnicity = cellText(v);
          else if (spec.field === 'position') position = cellText(v);
          break;
        case 'year':
          birthYear = readYear(v, issues);
          break;
        case 'gender':
          gender = readGender(v, issues);
          break;
        case 'flag':
          flags[spec.field as FlagField] = readFlag(v, spec.blank ?? null, issues);
          break;
        case 'count':
          counts[spec.field as CountField] = readCount(v, issues);
          break;
        case 'distinctions':
          distinctions[spec.field as DistinctionField] = this.tools.distinctions(v, issues);
          break;
        case 'yearList':
          yearLists[spec.field as YearListField] = readYearList(v, issues);
          break;
      }
      flush(c);
    }

    if (!complete || kind === null || block === null) return { nominee: null, findings };
    // Built as the schema's shape, not parsed by it: every field above is already of its type,
    // and a parse per row copied every list, which cost a tenth of a large check and kept the
    // engine from seeing that two rows share one cell's reading.
    const nominee: Nominee = {
      file: this.tools.file,
      sheet: this.sheet,
      row: row.number,
      kind,
      name,
      unit,
      unitText,
      block,
      birthYear,
      gender,
      ethnicity,
      position,
      flags,
      counts,
      years,
      distinctions,
      yearLists,
      cells: cellRefs,
    };
    return { nominee, findings };
  }

  private notApplicable(
    c: PlannedColumn,
    kind: Kind,
    text: string,
    findings: Finding[],
    at: (c: PlannedColumn) => Omit<Finding, 'code' | 'severity' | 'args'>,
  ): void {
    findings.push(
      finding(
        'W-COLUMN-NOT-APPLICABLE',
        { header: c.header, ...inLangs('kind', KIND_WORDS[kind]), value: text },
        at(c),
      ),
    );
  }

  private isColumnNumbers(row: RawRow): boolean {
    let numbered = 0;
    for (const v of row.cells) {
      if (isBlank(v)) continue;
      if (!COLUMN_NUMBER.test(cellText(v))) return false;
      numbered++;
    }
    return numbered >= 3;
  }
}
