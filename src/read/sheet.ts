import type { Campaign, Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import { FindingList } from '../findings/repeats.js';
import {
  type AwardChoice,
  type AwardClues,
  type AwardProblem,
  awardChooser,
  awardList,
} from '../model/awards.js';
import type { Block, Kind } from '../model/categories.js';
import { type ColumnBook, columnBook, type DeclaredColumn, optionsOf, type Value } from '../model/column.js';
import { columnType } from '../model/column-types/index.js';
import type { CellIssue, ColumnType, Held, ReadContext } from '../model/column-types/module.js';
import { foldKey } from '../model/fold.js';
import { DEFAULT_KINDS, formWords, type KindClues, kindChooser, kindOf } from '../model/kinds.js';
import type { Decision, Distinction, Nominee, YearCell } from '../model/nominee.js';
import type { CodeBook } from '../model/vocabulary.js';
import { type CellValue, cellText, type RawRow, rowRanges, type SheetSource } from './cells.js';
import {
  COLUMNS,
  type ColumnSpec,
  type HeaderLookup,
  headerLookup,
  type Layout,
  periodYears,
} from './columns.js';
import { type FooterPart, footerPart, TableEnd } from './footer.js';
import {
  type Duplicate,
  findHeader,
  HEADER_ROWS,
  type HeaderFound,
  headerIn,
  type PlannedColumn,
  splitBirthYear,
} from './header.js';
import {
  type Issue,
  readBlock,
  readDecision,
  readGender,
  readKind,
  readYear,
  type Section,
  sectionOf,
  unitLookup,
} from './values.js';

/** Lookups built once per file and shared by its sheets. */
export interface ReadTools {
  file: string;
  period: Campaign['period'];
  unit: ReturnType<typeof unitLookup>;
  /** The campaign's codes, which the year and distinction columns read. */
  book: CodeBook;
  /** The columns the campaign declares, and how each reads its cells. */
  declared: readonly DeclaredColumn[];
  columns: ColumnBook;
  /** Each declared column's type and options, by id, worked out once. */
  types: Map<string, DeclaredType>;
  /** The per-year column's (the year columns'), when the campaign declares one. */
  perYear: DeclaredType | undefined;
  /** The forms that the campaign's kinds' sheet names and `Loại` words stand for. */
  kindWords: ReturnType<typeof formWords>;
  /** Chooses a row's kind among those the campaign declares; absent for the four categories. */
  chooseKind?: (clues: KindClues) => string | undefined;
  /** The campaign's kinds' labels, for a row of a kind it does not judge. */
  kindList: Text;
  /** Whether a row must say its `Khối`: only when a kind of the campaign is chosen by it. */
  needsBlock: boolean;
  /** Chooses a row's award among those the campaign declares; absent for a round of one award. */
  chooseAward?: (clues: AwardClues) => AwardChoice;
  /** The declared column whose cell names the award. */
  awardColumn?: string | undefined;
}

/** A declared column's type, with the options its declaration gives it. */
interface DeclaredType {
  // biome-ignore lint/suspicious/noExplicitAny: the declaration's options were checked by the type's schema
  type: ColumnType<Held, any>;
  options: object;
}

export function readTools(file: string, campaign: Campaign, book: CodeBook): ReadTools {
  const declared = campaign.columns ?? [];
  const types = new Map(
    declared.map((c): [string, DeclaredType] => [c.id, { type: columnType(c.type), options: optionsOf(c) }]),
  );
  return {
    file,
    period: campaign.period,
    declared,
    columns: columnBook(declared),
    types,
    perYear: declared.map((c) => types.get(c.id) as DeclaredType).find((t) => t.type.perYear),
    unit: unitLookup(campaign.units, { words: campaign.vocabulary.unitWords, province: campaign.province }),
    book,
    kindWords: formWords(campaign.kinds),
    ...(campaign.kinds === DEFAULT_KINDS ? {} : { chooseKind: kindChooser(campaign.kinds) }),
    kindList: {
      vi: campaign.kinds.map((k) => k.label.vi).join(', '),
      en: campaign.kinds.map((k) => k.label.en).join(', '),
    },
    needsBlock: campaign.kinds.some((k) => k.block !== undefined),
    ...(campaign.awards
      ? { chooseAward: awardChooser(campaign.awards), awardColumn: campaign.awardColumn }
      : {}),
  };
}

/** A layout's header lookup; `Khối` is not asked for where no kind of the campaign names a block. */
function lookupFor(layout: Layout, tools: ReadTools): HeaderLookup {
  const lookup = headerLookup(layout, tools.period, tools.declared);
  return tools.needsBlock
    ? lookup
    : { ...lookup, required: lookup.required.filter((r) => r.field !== 'block') };
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
const COLUMN_NUMBER = /^\(?(?:\d{1,2}|[A-Z]{1,2})\)?$/;

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
 * its kind: it is read only if it has a `Loại` column, or with `byColumns` a table whose columns say
 * its kind (`Họ và tên` or `Tên tập thể`); otherwise the result says whether the
 * sheet held anything at all. A sheet with nothing in its first rows is `'empty'` when
 * `emptyAllowed` (a workbook's unused `Tập thể` sheet), else its headers are missing.
 * With `onNominee`, each nominee is handed over as its row is read and the result keeps none,
 * so a large sheet is judged as it streams by; findings are kept either way.
 */
export async function readSheet(
  source: SheetSource,
  layout: Layout | null,
  tools: ReadTools,
  options: { emptyAllowed: boolean; byColumns?: boolean; onNominee?: (nominee: Nominee) => void },
): Promise<SheetResult | 'not-nominees' | 'empty'> {
  const where = source.name === '' ? { file: tools.file } : { file: tools.file, sheet: source.name };
  const iterator = source.rows[Symbol.asyncIterator]();

  // The header lies in the first rows; hold them, then carry on with the same iterator.
  const head: RawRow[] = [];
  let next = await iterator.next();
  while (!next.done && next.value.number <= HEADER_ROWS) {
    head.push(next.value);
    next = await iterator.next();
  }

  let sheetLayout: Layout = layout ?? { kind: 'mixed' };
  let header = findHeader(head, lookupFor(sheetLayout, tools), where);
  if (!('row' in header) && layout === null && !header.hasKindColumn && options.byColumns) {
    // a sheet named neither `Tập thể` nor `Cá nhân` (`Danh sách`) whose table says its kind by its columns
    for (const kind of KINDS) {
      const found = findHeader(head, lookupFor({ kind }, tools), where);
      if ('row' in found) {
        header = found;
        sheetLayout = { kind };
        break;
      }
    }
  }
  if (!('row' in header)) {
    await iterator.return?.();
    const empty = !head.some(hasContent);
    if (empty && options.emptyAllowed) return 'empty';
    if (layout === null && !header.hasKindColumn) return empty ? 'empty' : 'not-nominees';
    throw new InputError(
      finding('E-HEADER-MISSING', { columns: header.missing.map((m) => `"${m}"`).join(', ') }, where),
    );
  }

  const result = { nominees: [] as Nominee[], findings: new FindingList() };
  const hiddenRows: number[] = [];
  let rows = 0;
  /** The table being read: its header, reader and footer; a further header starts another. */
  let table!: TableState;
  const startTable = (found: HeaderFound, tableLayout: Layout): void => {
    const used = new Map(found.columns.filter((c) => c.spec?.type !== 'ignored').map((c) => [c.index, c]));
    table = {
      headerRow: found.row,
      reader: new RowReader(found.columns, tableLayout, tools, source.name, where),
      used,
      // STT only numbers the rows; every other column is judged (the submission date by the deadline)
      duplicates: found.duplicates.filter((d) => d.first.spec?.id !== 'seq'),
      first: true,
      footer: new TableEnd(where),
    };
    result.findings.add(found.findings);
    const hiddenColumns = [...used.values()].filter((c) => source.hiddenColumns?.has(c.index));
    if (hiddenColumns.length > 0) {
      const columns = hiddenColumns.map((c) => `"${c.header}" (${c.letter})`).join(', ');
      result.findings.addOne(finding('W-COLUMNS-HIDDEN', { columns }, { ...where, row: found.row }));
    }
  };
  const endTable = (): void => {
    result.findings.add(table.reader.endSection());
    result.findings.add(table.footer.end());
  };
  startTable(header, sheetLayout);
  const firstHeaderRow = header.row;
  /** Lookups for a further table's header, built when a row might be one. */
  let further: [Layout, HeaderLookup][] | undefined;
  const furtherHeader = (row: RawRow): [HeaderFound, Layout] | undefined => {
    further ??= FURTHER_LAYOUTS.map((l) => [l, lookupFor(l, tools)]);
    for (const [l, lookup] of further) {
      const found = headerIn(row, lookup, where);
      if (found) return [found, l];
    }
    return undefined;
  };

  const accept = (row: RawRow, outcome: RowOutcome): void => {
    for (const d of table.duplicates) sameInBoth(row, d, where);
    table.reader.taken(outcome);
    rows++;
    if (row.hidden) hiddenRows.push(row.number);
    result.findings.add(outcome.findings);
    if (outcome.nominee) {
      if (options.onNominee) options.onNominee(outcome.nominee);
      else result.nominees.push(outcome.nominee);
    }
  };

  /** The footer starts: the headings above apply no further. */
  const startFooter = (number: number, part: FooterPart): void => {
    table.footer.start(number, part);
    result.findings.add(table.reader.endSection());
  };

  const take = (row: RawRow): void => {
    if (row.number <= table.headerRow) return;
    const reader = table.reader;
    if (table.first && row.number === table.headerRow + 1) {
      // `Năm sinh` over `Nam` | `Nữ`: the row under the header says which column is whose
      const split = splitBirthYear(reader.columns, row);
      if (split) {
        table.reader = new RowReader(split, reader.layout, tools, source.name, where);
        for (const c of split) if (c.gender) table.used.set(c.index, c);
        return;
      }
    }
    // a cell it cannot see is said before the row is judged, even if the row then reads as blank
    for (const note of row.notes ?? []) {
      const c = table.used.get(note.index);
      if (c) {
        result.findings.addOne(
          finding(note.code, note.args, {
            ...where,
            row: row.number,
            column: c.header,
            cell: `${c.letter}${row.number}`,
          }),
        );
      }
    }
    const outcome = reader.read(row, table.first);
    if (outcome === 'blank') {
      // a date line or a signature may sit right of the table's columns
      if (hasContent(row)) {
        const texts = rowTexts(row);
        const part = footerPart(texts);
        if (table.footer.started) table.footer.add(row.number, part ?? 'names');
        else if (part !== null && part !== 'totals') startFooter(row.number, part);
      }
      return;
    }
    table.first = false;
    if (outcome === 'numbers') return;
    // A further table's header: read by this table's columns it is no nominee, or one of no
    // known unit (a heading above may have filled its block), or it comes after the footer.
    if (outcome.nominee === null || outcome.nominee.unit === null || table.footer.started) {
      const next = rowTexts(row).length >= 3 ? furtherHeader(row) : undefined;
      if (next) {
        endTable();
        const [found, nextLayout] = next;
        startTable(found, nextLayout);
        result.findings.addOne(
          finding(
            'I-TABLE-SECOND',
            { row: found.row, ...inLangs('kind', TABLE_WORDS[nextLayout.kind]) },
            { ...where, row: found.row },
          ),
        );
        return;
      }
    }
    // After the footer a row meant as a nominee is still read, with a warning; any other row is footer.
    const looksLikeNominee = outcome.nominee !== null || reader.looksLikeNominee(row);
    if (table.footer.started) {
      if (looksLikeNominee) {
        const args = { row: row.number, footer: table.footer.started };
        result.findings.addOne(finding('W-ROW-AFTER-FOOTER', args, { ...where, row: row.number }));
        accept(row, outcome);
      } else table.footer.add(row.number, footerPart(rowTexts(row)) ?? 'names');
      return;
    }
    if (outcome.nominee === null) {
      // Not a nominee: a section heading, a totals row, the footer, or a nominee whose cells are wrong.
      const texts = rowTexts(row);
      const section = texts.length === 1 ? sectionOf(texts[0] as string, row.number) : null;
      if (section) {
        result.findings.add(reader.startSection(section));
        return;
      }
      const part = footerPart(texts);
      if (part === 'totals') {
        table.footer.totals(row.number);
        return;
      }
      if (!looksLikeNominee && (part !== null || table.footer.afterTotals)) {
        startFooter(row.number, part ?? 'names');
        return;
      }
    }
    table.footer.row(row.number);
    accept(row, outcome);
  };
  for (const row of head) take(row);
  while (!next.done) {
    take(next.value);
    next = await iterator.next();
  }
  endTable();
  if (rows === 0)
    result.findings.addOne(
      finding('W-SHEET-NO-ROWS', { row: firstHeaderRow }, { ...where, row: firstHeaderRow }),
    );
  if (hiddenRows.length > 0) {
    result.findings.addOne(
      finding('W-ROWS-HIDDEN', { rows: rowRanges(hiddenRows) }, { ...where, row: hiddenRows[0] as number }),
    );
  }
  return { nominees: result.nominees, findings: result.findings.list() };
}

const KINDS: readonly Kind[] = ['collective', 'individual'];
/** The layouts a further table's header is tried by, in order. */
const FURTHER_LAYOUTS: Layout[] = [{ kind: 'mixed' }, { kind: 'individual' }, { kind: 'collective' }];

const EMPTY_YEAR: YearCell = { codes: [], unknown: false };

/** How a further table's kind is named in its finding. */
const TABLE_WORDS: Record<Layout['kind'], Text> = {
  collective: { vi: 'tập thể', en: 'collectives' },
  individual: { vi: 'cá nhân', en: 'individuals' },
  mixed: { vi: 'tập thể và cá nhân', en: 'collectives and individuals' },
};

interface TableState {
  headerRow: number;
  reader: RowReader;
  /** Columns read, by index: a note on another cell is not said. */
  used: Map<number, PlannedColumn>;
  /** Judged columns found twice: the copy left unread must say the same on every nominee's row. */
  duplicates: Duplicate[];
  /** No row read yet: a row of column numbers may come. */
  first: boolean;
  footer: TableEnd;
}

/**
 * A judged column found twice must hold the same in both on a nominee's row: where the copies
 * differ the verdict would depend on which one is read, so the sheet is refused, naming both.
 */
function sameInBoth(
  row: RawRow,
  { first, second }: Duplicate,
  where: { file: string; sheet?: string },
): void {
  const one = cellText(row.cells[first.index] ?? null);
  const other = cellText(row.cells[second.index] ?? null);
  if (one === other) return;
  throw new InputError(
    finding(
      'E-HEADER-CONFLICT',
      {
        first: first.letter,
        firstHeader: first.header,
        second: second.letter,
        secondHeader: second.header,
        row: row.number,
        firstValue: one,
        secondValue: other,
      },
      { ...where, row: row.number, column: second.header, cell: `${second.letter}${row.number}` },
    ),
  );
}

/** A row's non-blank cells as text, every column of the sheet. */
function rowTexts(row: RawRow): string[] {
  const texts: string[] = [];
  for (const v of row.cells) {
    if (isBlank(v)) continue;
    const text = cellText(v);
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** The fields a kind of nominee always has, as a blank cell leaves them. */
interface BlankFields {
  flags: Record<string, boolean | null>;
  counts: Record<string, number | null>;
  distinctions: string[];
  yearLists: string[];
}

/** What a row of `kind` holds before its cells are read: each declared column's blank, where its type keeps it. */
function blankFields(kind: Kind, tools: ReadTools): BlankFields {
  const fields: BlankFields = { flags: {}, counts: {}, distinctions: [], yearLists: [] };
  for (const column of tools.declared) {
    if (!column.kinds.includes(kind)) continue;
    const { type, options } = tools.types.get(column.id) as DeclaredType;
    if (type.store === 'flags') fields.flags[column.id] = type.blank(options) as boolean | null;
    else if (type.store === 'counts') fields.counts[column.id] = type.blank(options) as number | null;
    else if (type.store === 'distinctions') fields.distinctions.push(column.id);
    else if (type.store === 'yearLists') fields.yearLists.push(column.id);
  }
  return fields;
}

interface RowOutcome {
  nominee: Nominee | null;
  findings: Finding[];
  /** Headings that gave the row a blank cell's value: counted once the row is taken as a row. */
  fills?: Section[];
}

/** Reads data rows against a sheet's column plan; built once per sheet. */
class RowReader {
  private readonly byId = new Map<string, PlannedColumn>();
  /** Year and value columns in sheet order, so a row's findings read left to right. */
  private readonly dataColumns: PlannedColumn[];
  /** Name columns, the row's own kind first. */
  private readonly names: Record<Kind | 'unknown', PlannedColumn[]>;
  /** Years of the period the sheet has no column for: blank on every row. */
  private readonly yearsWithoutColumn: string[];
  private readonly blanks: Record<Kind, BlankFields>;

  constructor(
    readonly columns: PlannedColumn[],
    readonly layout: Layout,
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
    // what a row starts from, worked out once per sheet rather than once per row
    const yearColumns = new Set(columns.filter((c) => c.year !== undefined).map((c) => String(c.year)));
    this.yearsWithoutColumn = periodYears(tools.period)
      .map(String)
      .filter((y) => !yearColumns.has(y));
    this.blanks = {
      collective: blankFields('collective', tools),
      individual: blankFields('individual', tools),
    };
  }

  /** A year column's cell: the titles the per-year column's type reads in it, nothing when blank. */
  private yearCell(v: CellValue, context: ReadContext): YearCell {
    const perYear = this.tools.perYear as DeclaredType;
    if (isBlank(v)) return perYear.type.blank(perYear.options) as YearCell;
    return (
      (perYear.type.parse(v as Exclude<CellValue, null>, perYear.options, context) as YearCell | undefined) ??
      EMPTY_YEAR
    );
  }

  read(row: RawRow, firstDataRow: boolean): RowOutcome | 'blank' | 'numbers' {
    const cells = row.cells;
    const value = (c: PlannedColumn): CellValue => cells[c.index] ?? null;
    if (this.columns.every((c) => isBlank(value(c)))) return 'blank';
    if (firstDataRow && this.isColumnNumbers(row)) return 'numbers';

    const findings: Finding[] = [];
    const issues: Issue[] = [];
    const ref = (c: PlannedColumn) => `${c.letter}${row.number}`;
    // written out rather than spread from `where`: a list may give every row a finding or two
    const { file, sheet } = this.where;
    const at = (c: PlannedColumn) =>
      sheet === undefined
        ? { file, row: row.number, column: c.header, cell: ref(c) }
        : { file, sheet, row: row.number, column: c.header, cell: ref(c) };
    const flush = (c: PlannedColumn): void => {
      // most cells have no issue: emptying an empty list still costs a call into the engine
      if (issues.length === 0) return;
      for (const issue of issues)
        findings.push(finding(issue.code, { ...issue.args, header: c.header }, at(c)));
      issues.length = 0;
    };
    let complete = true;
    const required = (c: PlannedColumn): void => {
      findings.push(finding('E-REQUIRED', { header: c.header }, at(c)));
      complete = false;
    };
    const cellRefs: Record<string, string> = {};
    const fills: Section[] = [];

    let kind: Kind | null;
    let typeText: string | undefined;
    if (this.layout.kind === 'mixed') {
      const c = this.byId.get('kind') as PlannedColumn;
      cellRefs.kind = ref(c);
      const section = this.under.kind;
      if (isBlank(value(c))) {
        if (section?.kind) {
          kind = section.kind;
          fills.push(section);
        } else {
          required(c);
          kind = null;
        }
      } else {
        typeText = cellText(value(c));
        kind = this.tools.kindWords.types.get(foldKey(typeText)) ?? readKind(value(c), issues);
        flush(c);
        if (section?.kind && kind !== null && kind !== section.kind)
          findings.push(conflict(section, c, value(c), at(c)));
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
        findings.push(notApplicable(c, kind, text, at(c)));
      }
    }
    if (name === '') {
      const c = nameColumns[0] as PlannedColumn;
      cellRefs.name = ref(c);
      required(c);
    }

    let unit: string | null = null;
    let unitText = '';
    let block: Block | null = null;
    let birthYear: number | null = null;
    let gender: Nominee['gender'] = null;
    let ethnicity: string | null = null;
    let position: string | null = null;
    let decision: Decision | null | undefined;
    let splitBirth: PlannedColumn | null = null;
    let bothBirth = false;
    // Fields the row's kind has are always present, blank meaning what DOMAIN.md §2 says.
    const blank = kind === null ? undefined : this.blanks[kind];
    const flags: Record<string, boolean | null> = { ...blank?.flags };
    const counts: Record<string, number | null> = { ...blank?.counts };
    const distinctions: Record<string, Distinction[]> = {};
    for (const field of blank?.distinctions ?? []) distinctions[field] = [];
    const yearLists: Record<string, number[]> = {};
    for (const field of blank?.yearLists ?? []) yearLists[field] = [];
    // the types say their cells' problems by the reader's own finding codes
    const context: ReadContext = {
      book: this.tools.book,
      period: this.tools.period,
      issues: issues as CellIssue[],
    };

    let values: Record<string, Value> | undefined;
    const years: Record<string, YearCell> = {};
    for (const y of this.yearsWithoutColumn) years[y] = { codes: [], unknown: false };

    for (const c of this.dataColumns) {
      const v = value(c);
      if (c.year !== undefined) {
        const y = String(c.year);
        cellRefs[y] = ref(c);
        years[y] = this.yearCell(v, context);
        flush(c);
        continue;
      }
      const spec = c.spec as ColumnSpec;
      const blank = isBlank(v);
      if (kind !== null && !spec.kinds.includes(kind)) {
        if (!blank) findings.push(notApplicable(c, kind, cellText(v), at(c)));
        continue;
      }
      if (c.gender !== undefined) {
        // `Năm sinh` split into `Nam` | `Nữ`: the year under one of them says the gender too
        if (blank) {
          cellRefs[spec.field] ??= ref(c);
          continue;
        }
        if (splitBirth === null) {
          splitBirth = c;
          cellRefs[spec.field] = ref(c);
          birthYear = readYear(v, issues);
          flush(c);
        } else {
          findings.push(finding('E-BIRTH-BOTH', { male: ref(splitBirth), female: ref(c) }, at(c)));
          birthYear = null;
          splitBirth = c;
          bothBirth = true;
        }
        continue;
      }
      cellRefs[spec.field] = ref(c);
      if (blank) {
        const section = this.under.block;
        if (spec.type === 'decision') {
          decision = null;
          continue;
        }
        if (spec.type === 'block' && section?.block) {
          block = section.block;
          fills.push(section);
          continue;
        }
        if (spec.required && (spec.type !== 'block' || this.tools.needsBlock)) required(c);
        continue;
      }
      switch (spec.type) {
        case 'unit': {
          unitText = cellText(v);
          const found = this.tools.unit(unitText);
          if (found === null || typeof found === 'string') unit = found;
          else {
            const [first, second] = found.candidates;
            findings.push(finding('Q-UNIT-AMBIGUOUS', { value: unitText, first, second }, at(c)));
          }
          break;
        }
        case 'block':
          block = readBlock(v, issues);
          if (block === null) complete = false;
          else if (this.under.block?.block && block !== this.under.block.block)
            findings.push(conflict(this.under.block, c, v, at(c)));
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
        case 'decision':
          decision = readDecision(v, issues);
          break;
        case 'declared': {
          const { type, options } = this.tools.types.get(spec.field) as DeclaredType;
          const read = type.parse(v as Exclude<CellValue, null>, options, context);
          if (read === undefined) {
            issues.push({
              code: 'E-VALUE',
              args: { value: cellText(v), expected: type.expected(options, 'vi') },
            });
          }
          switch (type.store) {
            // a yes/no or a count not understood is unknown, as a blank one may be
            case 'flags':
              flags[spec.field] = (read ?? null) as boolean | null;
              break;
            case 'counts':
              counts[spec.field] = (read ?? null) as number | null;
              break;
            case 'distinctions':
              if (read !== undefined) distinctions[spec.field] = read as Distinction[];
              break;
            case 'yearLists':
              if (read !== undefined) yearLists[spec.field] = read as number[];
              break;
            default:
              if (read === undefined) break;
              values ??= {};
              values[spec.field] = read as Value;
          }
          break;
        }
      }
      flush(c);
    }

    if (splitBirth !== null && gender === null && !bothBirth) gender = splitBirth.gender ?? null;
    if (!complete || kind === null || (block === null && this.tools.needsBlock))
      return { nominee: null, findings, fills };
    const category = this.tools.chooseKind?.({ form: kind, block, sheet: this.sheet, type: typeText });
    if (this.tools.chooseKind && category === undefined) {
      findings.push(
        finding(
          'E-KIND',
          { ...inLangs('form', KIND_WORDS[kind]), ...inLangs('kinds', this.tools.kindList) },
          { file: this.tools.file, sheet: this.sheet, row: row.number },
        ),
      );
      return { nominee: null, findings, fills };
    }
    let award: string | undefined;
    if (this.tools.chooseAward) {
      const column = this.tools.awardColumn === undefined ? undefined : this.byId.get(this.tools.awardColumn);
      const text = column ? cellText(value(column)) : '';
      const choice = this.tools.chooseAward({
        kind: category ?? kindOf({ kind, block }),
        sheet: this.sheet,
        value: text,
      });
      if ('problem' in choice) {
        findings.push(awardProblem(choice, kind, column ? at(column) : { ...this.where, row: row.number }));
        return { nominee: null, findings, fills };
      }
      award = choice.award.id;
      if (column) cellRefs.award = ref(column);
    }
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
      ...(category === undefined ? {} : { category }),
      ...(award === undefined ? {} : { award }),
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
    if (values) nominee.values = values;
    if (decision !== undefined) nominee.decision = decision;
    return { nominee, findings, fills };
  }

  /**
   * The headings the rows now read sit under: a kind's (`A. TẬP THỂ`) and, inside it, a block's
   * (`I. KHỐI HCSN`); a heading naming both is both. Each counts the blank cells it filled.
   */
  private readonly under: { kind: Section | null; block: Section | null } = { kind: null, block: null };
  private readonly filled = new Map<Section, number>();

  /** A section heading: the one it takes the place of is done (a kind's ends its blocks'). */
  startSection(section: Section): Finding[] {
    const done = section.kind ? this.endSection() : this.end('block');
    if (section.kind) this.under.kind = section;
    if (section.block) this.under.block = section;
    this.filled.set(section, 0);
    return done;
  }

  /** Every heading open is done: the table ends. */
  endSection(): Finding[] {
    return [...this.end('block'), ...this.end('kind')];
  }

  /** A row taken as one of the table's: the headings that filled its cells count it. */
  taken(outcome: RowOutcome): void {
    for (const section of outcome.fills ?? []) this.filled.set(section, (this.filled.get(section) ?? 0) + 1);
  }

  /** The info finding that says a heading was read as one, and what it filled. */
  private end(which: 'kind' | 'block'): Finding[] {
    const section = this.under[which];
    if (section === null) return [];
    this.under[which] = null;
    // a heading naming both kind and block is said once, when the last of its two roles ends
    if (this.under.kind === section || this.under.block === section) return [];
    const filled = this.filled.get(section) ?? 0;
    this.filled.delete(section);
    const words: Text[] = [];
    if (section.kind) words.push(KIND_WORDS[section.kind]);
    if (section.block) words.push({ vi: `khối ${section.block}`, en: `block ${section.block}` });
    const value = {
      vi: words.map((w) => w.vi).join(', '),
      en: words.map((w) => w.en).join(', '),
    };
    return [
      finding(
        'I-SECTION',
        { text: section.text, ...inLangs('value', value), filled },
        { ...this.where, row: section.row },
      ),
    ];
  }

  /**
   * Whether a row that did not read as a nominee was still meant as one: it names someone, a
   * unit and a block, or a year. A signature block or the signers' names fill one or two cells.
   */
  looksLikeNominee(row: RawRow): boolean {
    const filled = (id: string) => {
      const c = this.byId.get(id);
      return c !== undefined && !isBlank(row.cells[c.index] ?? null);
    };
    if (!filled('name') && !filled('collective_name')) return false;
    let others = 0;
    if (filled('unit')) others++;
    if (filled('block')) others++;
    for (const c of this.dataColumns)
      if (c.year !== undefined && !isBlank(row.cells[c.index] ?? null)) others++;
    return others >= 2;
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

type Position = Omit<Finding, 'code' | 'severity' | 'args'>;

/** A value in a column that does not apply to the row's kind. */
function notApplicable(c: PlannedColumn, kind: Kind, text: string, at: Position): Finding {
  const args = { header: c.header, ...inLangs('kind', KIND_WORDS[kind]), value: text };
  return finding('W-COLUMN-NOT-APPLICABLE', args, at);
}

/** A cell that says other than the heading above it. */
function conflict(section: Section, c: PlannedColumn, v: CellValue, at: Position): Finding {
  const args = { header: c.header, value: cellText(v), section: section.text, sectionRow: section.row };
  return finding('W-SECTION-CONFLICT', args, at);
}

/** The finding of a row whose award cannot be told, at its award cell when the sheet has one. */
function awardProblem(choice: AwardProblem, form: Kind, where: Position): Finding {
  switch (choice.problem) {
    case 'unknown':
      return finding(
        'E-AWARD',
        {
          value: choice.value,
          ...inLangs(
            'hint',
            choice.nearest
              ? { vi: ` — có phải ${choice.nearest}?`, en: ` — did you mean ${choice.nearest}?` }
              : { vi: '', en: '' },
          ),
        },
        where,
      );
    case 'kind':
      return finding(
        'E-AWARD-KIND',
        { ...inLangs('award', choice.award.title), ...inLangs('form', KIND_WORDS[form]) },
        where,
      );
    case 'unsaid':
      return finding(
        'E-AWARD-UNSAID',
        { ...inLangs('form', KIND_WORDS[form]), ...inLangs('awards', awardList(choice.candidates)) },
        where,
      );
  }
}
