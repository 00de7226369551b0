import ExcelJS from 'exceljs';
import { maxOf } from './append.js';
import type { Campaign } from './campaign/schema.js';
import { activeTest } from './engine/criterion.js';
import { exampleOf, readsOf } from './engine/predicate.js';
import type { ExampleForm } from './engine/predicates/module.js';
import { BLOCKS, type Block, type Category, KINDS, type Kind } from './model/categories.js';
import { type DeclaredColumn, optionsOf } from './model/column.js';
import { COLUMN_TYPES, columnType } from './model/column-types/index.js';
import type { GuideContext, TemplateCheck } from './model/column-types/module.js';
import { COLUMNS, type ColumnSpec, periodYears, TEMPLATE_SIDE_SHEETS } from './read/columns.js';
import { EXPECTED } from './read/values.js';
import { inputColumns } from './report/table.js';

/**
 * The fill-in workbook for units: the two nominee sheets with their headers, drop-downs where a
 * value comes from a list, a guide to every column and code, and examples.
 *
 * The examples live on a sheet of their own (`Ví dụ`), never on the sheets that are checked:
 * an example left in `Cá nhân` would be counted against the unit's quota and reported as a
 * nominee. The `Ví dụ` sheet has no `Loại` column and a name that is not a kind, so the reader
 * does not take it for nominees; copying a row from it into `Cá nhân` is how it is meant to be used.
 *
 * Everything campaign-specific (period, units, codes, criteria) comes from the campaign, so the
 * template of another campaign is right without code changes; all text is Vietnamese, as the
 * form itself is.
 */

export const TEMPLATE_SHEETS = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
  ...TEMPLATE_SIDE_SHEETS,
} as const;

/** Rows of each nominee sheet that carry the drop-downs and prompts. */
export const TEMPLATE_ROWS = 500;

/**
 * Row 1 of each nominee sheet carries the `Ngày gửi` cell (read by src/read/submitted.ts for the
 * deadline check), the column headers are on row 2, their numbers on row 3 as the official form
 * prints them (the reader skips that row), and nominees start on row 4.
 */
export const TEMPLATE_HEADER_ROW = 2;
export const TEMPLATE_FIRST_ROW = TEMPLATE_HEADER_ROW + 2;
const FIRST_ROW = TEMPLATE_FIRST_ROW;

const FILL = { header: 'FFD9E1F2', required: 'FFFCE4D6', title: 'FF16365C' } as const;
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/**
 * One column of a nominee sheet: one that says who a row is (the reader's spec), or one the
 * campaign declares (a per-year one once for each year of the period).
 */
interface FormColumn {
  key: string;
  header: string;
  spec?: ColumnSpec;
  declared?: DeclaredColumn;
  year?: number;
}

function formColumns(kind: Kind, campaign: Campaign): FormColumn[] {
  const specs = new Map(
    COLUMNS.filter(
      (c) => c.kinds.includes(kind) && c.type !== 'kind' && c.type !== 'ignored' && c.type !== 'decision',
    ).map((c) => [c.field, c]),
  );
  const declared = new Map(campaign.columns.map((c) => [c.id, c]));
  const perYear = campaign.columns.find((c) => COLUMN_TYPES[c.type].perYear);
  return inputColumns([kind], campaign, 'vi').map((c): FormColumn => {
    const spec = specs.get(c.key);
    if (spec) return { key: c.key, header: spec.vi, spec };
    const column = declared.get(c.key);
    if (column) return { key: c.key, header: column.header.vi, declared: column };
    return { key: c.key, header: c.header, year: Number(c.key), ...(perYear ? { declared: perYear } : {}) };
  });
}

/** Whether a column must be filled: the template shades it. */
const required = (c: FormColumn) => c.spec?.required || c.declared?.required;

const period = (campaign: Campaign) => `${campaign.period.from}–${campaign.period.to}`;

/**
 * The criteria of `kind` each input column feeds (by column id; the per-year column's for the
 * year codes they read), so the guide speaks of criteria only where a column is read by one.
 */
function criteriaByColumn(kind: Kind, campaign: Campaign): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const note = (column: string, id: string) => {
    const ids = out.get(column) ?? [];
    if (!ids.includes(id)) ids.push(id);
    out.set(column, ids);
  };
  for (const c of campaign.criteria) {
    if (!c.category.some((k) => campaign.kinds.find((spec) => spec.id === k)?.form === kind)) continue;
    for (const test of [activeTest(c), ...(c.appliesWhen ? [c.appliesWhen] : [])]) {
      const reads = readsOf(test);
      for (const column of reads.columns) note(column, c.id);
      const perYear = campaign.columns.find((column) => COLUMN_TYPES[column.type].perYear);
      if (reads.yearCodes.length > 0 && perYear) note(perYear.id, c.id);
    }
  }
  return out;
}

/** What a column is used for: the criteria it feeds, or that it feeds none. */
function usage(c: FormColumn, kind: Kind, campaign: Campaign): string {
  const ids = criteriaByColumn(kind, campaign).get(c.declared?.id ?? c.spec?.id ?? c.key);
  if (ids?.length) return ` Dùng cho tiêu chí ${ids.join(', ')}.`;
  return ' Không dùng để xét tiêu chí, chỉ để thống kê.';
}

/** What to write in a column, in the words of the guide. */
function explain(c: FormColumn, kind: Kind, campaign: Campaign): string {
  if (c.declared) {
    const { type, options } = typeOf(c.declared);
    const guide = c.declared.guide ? ` ${c.declared.guide.vi}` : '';
    return `${type.instructions(options, guideContext(c, kind, campaign))}${guide}${usage(c, kind, campaign)}`;
  }
  const spec = c.spec as ColumnSpec;
  const majority = campaign.majorityEthnicity;
  switch (spec.type) {
    case 'text':
      if (spec.field === 'name')
        return spec.kinds.includes('collective') ? 'Tên đầy đủ của tập thể.' : 'Họ và tên đầy đủ.';
      if (spec.field === 'ethnicity')
        return majority
          ? `Dân tộc, ví dụ ${majority}, Thái, Mông (dùng để thống kê người dân tộc thiểu số, tức không phải dân tộc ${majority}).`
          : 'Dân tộc (dùng để thống kê).';
      return 'Chức vụ và đơn vị công tác.';
    case 'unit':
      return 'Chọn trong danh sách (bảng "Đơn vị đề nghị" bên dưới). Tên khác trong bảng cũng được chấp nhận.';
    case 'block':
      return `${EXPECTED.block}: HCSN là khối hành chính, sự nghiệp; SXKD là khối sản xuất kinh doanh.`;
    case 'year':
      return `Năm sinh, 4 chữ số, ví dụ ${campaign.period.from - 35} (dùng để phát hiện đề nghị trùng).`;
    case 'gender':
      return `${EXPECTED.gender} (dùng để thống kê).`;
    default:
      return '';
  }
}

/** A declared column's type module and the options its declaration gives it. */
function typeOf(column: DeclaredColumn) {
  return { type: columnType(column.type), options: optionsOf(column) };
}

/** What a declared column's type needs of the campaign to word its guide and checks. */
function guideContext(c: FormColumn, kind: Kind, campaign: Campaign): GuideContext {
  const id = c.declared?.id ?? c.key;
  return {
    period: campaign.period,
    vocabulary: campaign.vocabulary,
    feeds: criteriaByColumn(kind, campaign).has(id),
    header: c.header,
    ...(c.year === undefined ? {} : { year: c.year }),
  };
}

/**
 * Build the template of a campaign as xlsx bytes. Deterministic apart from the zip's time
 * stamps, which exceljs sets and this file does not need to pin.
 */
export async function buildTemplate(campaign: Campaign): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eligibility';
  workbook.title = campaign.title.vi;
  const date = campaign.plan.date
    ? new Date(`${campaign.plan.date}T00:00:00Z`)
    : new Date(Date.UTC(campaign.period.to, 0, 1));
  workbook.created = date;
  workbook.modified = date;

  const sheets = {
    collective: workbook.addWorksheet(TEMPLATE_SHEETS.collective),
    individual: workbook.addWorksheet(TEMPLATE_SHEETS.individual),
  };
  const guide = workbook.addWorksheet(TEMPLATE_SHEETS.guide, {
    properties: { tabColor: { argb: 'FF2E9A4B' } },
  });
  const examples = workbook.addWorksheet(TEMPLATE_SHEETS.examples, {
    properties: { tabColor: { argb: 'FFC77700' } },
  });

  const unitRange = writeGuide(guide, campaign);
  for (const kind of KINDS) nomineeSheet(sheets[kind], kind, campaign, unitRange);
  writeExamples(examples, campaign);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function nomineeSheet(ws: ExcelJS.Worksheet, kind: Kind, campaign: Campaign, unitRange: string): void {
  const columns = formColumns(kind, campaign);
  ws.columns = columns.map((c) => ({ width: widthOf(c) }));
  ws.views = [{ state: 'frozen', ySplit: FIRST_ROW - 1, xSplit: 1 }];
  submittedCell(ws, campaign);
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${TEMPLATE_HEADER_ROW}:${FIRST_ROW - 1}`,
  };
  const header = ws.getRow(TEMPLATE_HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = BOLD;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = solid(required(c) ? FILL.required : FILL.header);
    cell.border = { bottom: { style: 'thin' } };
    cell.note = explain(c, kind, campaign);
  });
  header.height = 60;
  // the official form numbers its columns under the header; the reader skips that row
  const numbers = ws.getRow(FIRST_ROW - 1);
  columns.forEach((_, i) => {
    const cell = numbers.getCell(i + 1);
    cell.value = `(${i + 1})`;
    cell.font = { name: 'Calibri', size: 10, italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = { bottom: { style: 'thin' } };
  });

  const last = FIRST_ROW + TEMPLATE_ROWS - 1;
  writeFooter(ws, columns.length, last + 2);
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const range = `${letter}${FIRST_ROW}:${letter}${last}`;
    const validation = validationFor(c, kind, campaign, unitRange);
    if (validation) validations.add(range, validation);
  });
}

/**
 * The end of the official form, below the rows to fill: the count, a note, the place and date,
 * who draws the list up and who signs for the unit. The reader takes it for the footer, not nominees.
 */
function writeFooter(ws: ExcelJS.Worksheet, width: number, row: number): void {
  const right = Math.max(2, width - 3);
  const put = (r: number, c: number, text: string, font: Partial<ExcelJS.Font>) => {
    const cell = ws.getCell(r, c);
    cell.value = text;
    cell.font = { name: 'Calibri', size: 11, ...font };
    if (c === right) cell.alignment = { horizontal: 'center' };
  };
  put(row, 1, 'Tổng cộng:', { bold: true });
  put(row + 1, 1, 'Ghi chú:', { italic: true });
  put(row + 3, right, '……………, ngày …… tháng …… năm ……', { italic: true });
  put(row + 4, 1, 'NGƯỜI LẬP BIỂU', { bold: true });
  put(row + 4, right, 'TM. BAN THƯỜNG VỤ', { bold: true });
  put(row + 5, right, 'CHỦ TỊCH', { bold: true });
  put(row + 6, 1, '(Ký, ghi rõ họ tên)', { italic: true });
  put(row + 6, right, '(Ký tên, đóng dấu)', { italic: true });
}

/** `Ngày gửi` and the cell for the date, above the headers, where the deadline check looks. */
function submittedCell(ws: ExcelJS.Worksheet, campaign: Campaign): void {
  const label = ws.getCell('A1');
  label.value = 'Ngày gửi';
  label.font = BOLD;
  label.alignment = { horizontal: 'right' };
  const date = ws.getCell('B1');
  date.numFmt = 'dd/mm/yyyy';
  date.fill = solid(FILL.required);
  date.border = { bottom: { style: 'thin' } };
  const deadline = campaign.deadline ? ` Hạn gửi: ${campaign.deadline.split('-').reverse().join('/')}.` : '';
  const example = `ví dụ 10/05/${campaign.period.to}`;
  date.note = `Ngày đơn vị gửi danh sách, ${example}.${deadline}`;
  date.dataValidation = {
    type: 'date',
    operator: 'greaterThan',
    formulae: [new Date(Date.UTC(campaign.period.from, 0, 1))],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Ngày gửi',
    error: `Ghi ngày theo dạng ngày/tháng/năm, ${example}.`,
  };
}

function widthOf(c: FormColumn): number {
  if (c.declared) return COLUMN_TYPES[c.declared.type].width;
  switch (c.spec?.type) {
    case 'text':
      return c.key === 'name' ? 28 : 22;
    case 'unit':
      return 24;
    case 'gender':
    case 'block':
      return 12;
    default:
      return 14;
  }
}

const list = (values: readonly string[]) => [`"${values.join(',')}"`];

/** Drop-downs for values from a list, a number check for years and counts, a prompt for codes. */
function validationFor(
  c: FormColumn,
  kind: Kind,
  campaign: Campaign,
  unitRange: string,
): ExcelJS.DataValidation | undefined {
  const stop = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: c.header };
  if (c.declared) {
    const { type, options } = typeOf(c.declared);
    return excelCheck(type.template(options, guideContext(c, kind, campaign)), c, stop);
  }
  const spec = c.spec as ColumnSpec;
  switch (spec.type) {
    case 'unit':
      return {
        type: 'list',
        formulae: [unitRange],
        ...stop,
        error: 'Chọn đơn vị trong danh sách (xem trang Hướng dẫn).',
      };
    case 'block':
      return { type: 'list', formulae: list(BLOCKS), ...stop, error: `Chọn ${EXPECTED.block}.` };
    case 'gender':
      return { type: 'list', formulae: list(['Nam', 'Nữ']), ...stop, error: `Chọn ${EXPECTED.gender}.` };
    case 'year':
      return {
        type: 'whole',
        operator: 'between',
        formulae: [1900, campaign.period.to],
        ...stop,
        error: `Năm sinh 4 chữ số, ví dụ ${campaign.period.from - 35}.`,
      };
    default:
      return undefined;
  }
}

/** A column type's check of its cells, as Excel's data validation. */
function excelCheck(
  check: TemplateCheck,
  c: FormColumn,
  stop: Pick<ExcelJS.DataValidation, 'allowBlank' | 'showErrorMessage' | 'errorStyle' | 'errorTitle'>,
): ExcelJS.DataValidation | undefined {
  switch (check.kind) {
    case 'list':
      return {
        type: 'list',
        formulae: list(check.values),
        ...stop,
        error: `Chọn ${check.values.join(' / ')}, hoặc để trống.`,
      };
    case 'whole': {
      const min = check.min ?? 0;
      const between = check.max !== undefined;
      return {
        type: 'whole',
        operator: between ? 'between' : 'greaterThanOrEqual',
        formulae: between ? [min, check.max] : [min],
        ...stop,
        error:
          check.error ?? (between ? `Số nguyên từ ${min} đến ${check.max}.` : `Số nguyên từ ${min} trở lên.`),
      };
    }
    case 'decimal':
      return {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [check.min ?? 0],
        ...stop,
        error: `Số từ ${check.min ?? 0} trở lên.`,
      };
    case 'prompt':
      return prompt(check.title ?? c.header, check.text ?? (c.declared ? expectedOf(c.declared) : ''));
    case 'none':
      return undefined;
  }
}

function expectedOf(column: DeclaredColumn): string {
  const { type, options } = typeOf(column);
  return type.expected(options, 'vi');
}

/** A note shown when the cell is selected, accepting any value. Excel caps a prompt at 255 characters. */
function prompt(title: string, text: string): ExcelJS.DataValidation {
  return {
    type: 'any',
    formulae: [],
    showInputMessage: true,
    promptTitle: title.slice(0, 32),
    prompt: text.length > 255 ? `${text.slice(0, 254)}…` : text,
  } as unknown as ExcelJS.DataValidation;
}

/**
 * The guide: each column of both sheets, then the codes and the units. Returns the absolute
 * range of the unit names, which the unit drop-downs list.
 */
function writeGuide(ws: ExcelJS.Worksheet, campaign: Campaign): string {
  const widths = [30, 40, 12, 80];
  ws.columns = widths.map((width) => ({ width }));
  const add = (
    values: (string | number | null)[],
    style?: 'title' | 'section' | 'header' | 'line',
  ): ExcelJS.Row => {
    const row = ws.addRow(values);
    // a title runs on over the empty cells beside it; table cells wrap
    row.alignment = { vertical: 'top', wrapText: style === undefined || style === 'header' };
    // spreadsheets do not grow a row for wrapped text when they open a file: size it here
    const lines = maxOf(
      values.map((v, i) => (typeof v === 'string' ? Math.ceil(v.length / ((widths[i] ?? 30) * 1.25)) : 1)),
      1,
    );
    if (style === undefined && lines > 1) row.height = lines * 15;
    if (style === 'title') row.font = { name: 'Calibri', size: 14, bold: true, color: { argb: FILL.title } };
    if (style === 'section')
      row.font = { name: 'Calibri', size: 12, bold: true, color: { argb: FILL.title } };
    if (style === 'header') {
      row.font = BOLD;
      row.eachCell((cell) => {
        cell.fill = solid(FILL.header);
      });
    }
    return row;
  };

  add([`Hướng dẫn điền danh sách đề nghị — ${campaign.title.vi}`], 'title');
  const deadline = campaign.deadline ? ` · Hạn gửi: ${campaign.deadline.split('-').reverse().join('/')}` : '';
  add([`Kế hoạch ${campaign.plan.ref} · Giai đoạn xét: ${period(campaign)}${deadline}`], 'line');
  const intro = add([
    `Điền mỗi tập thể một dòng ở trang "${TEMPLATE_SHEETS.collective}", mỗi cá nhân một dòng ở trang "${TEMPLATE_SHEETS.individual}". ` +
      `Ghi ngày gửi vào ô B1 (cạnh chữ "Ngày gửi"). ` +
      `Trang "${TEMPLATE_SHEETS.examples}" chỉ để tham khảo và không được kiểm tra. Không đổi tên trang, không đổi tên cột. ` +
      'Chữ hoa hay thường, có dấu hay không dấu đều được hiểu như nhau (hcsn = HCSN, co = Có).',
  ]);
  ws.mergeCells(`A${intro.number}:D${intro.number}`);
  intro.height = 48;
  add([]);

  add(['1. Các cột'], 'section');
  add(['Trang', 'Cột', 'Bắt buộc', 'Cách ghi'], 'header');
  for (const kind of KINDS) {
    for (const c of formColumns(kind, campaign)) {
      add([TEMPLATE_SHEETS[kind], c.header, required(c) ? 'Có' : '', explain(c, kind, campaign)]);
    }
  }
  add([]);

  add(['2. Mã danh hiệu, xếp loại theo năm (ghi ở các cột năm)'], 'section');
  add(['Mã', 'Tên đầy đủ (cũng được chấp nhận)', 'Bao gồm', 'Ghi chú'], 'header');
  const implied = new Map(campaign.vocabulary.yearCodes.map((y) => [y.code, y.implies]));
  for (const y of campaign.vocabulary.yearCodes) {
    const also = y.aliases.length ? `Cách ghi khác: ${y.aliases.join('; ')}` : '';
    add([y.code, y.name.vi, (implied.get(y.code) ?? []).join(', '), also]);
  }
  add([
    campaign.vocabulary.unknownYear.join(', '),
    'Chưa xét',
    '',
    'Năm chưa được xét: tiêu chí cần năm đó sẽ là "cần xem xét".',
  ]);
  add([]);

  add(['3. Mã khen thưởng, sáng kiến (ghi MÃ:NĂM)'], 'section');
  add(['Mã', 'Tên đầy đủ (cũng được chấp nhận)', 'Tính như', 'Ghi chú'], 'header');
  for (const d of campaign.vocabulary.distinctions) {
    const also = d.aliases.length ? `Cách ghi khác: ${d.aliases.join('; ')}` : '';
    add([d.code, d.name.vi, d.countsAs.join(', '), also]);
  }
  add([]);

  add(['4. Đơn vị đề nghị'], 'section');
  add(['STT', 'Tên (chọn trong danh sách)', '', 'Tên khác được chấp nhận'], 'header');
  const first = ws.rowCount + 1;
  campaign.units.forEach((u, i) => {
    add([i + 1, u.name, '', u.aliases.join('; ')]);
  });
  const last = ws.rowCount;
  add([]);

  add(['5. Khối'], 'section');
  for (const block of BLOCKS)
    add([block, block === 'HCSN' ? 'Khối hành chính, sự nghiệp' : 'Khối sản xuất kinh doanh']);

  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return `'${TEMPLATE_SHEETS.guide}'!$B$${first}:$B$${last}`;
}

/** One example per category, built to meet every criterion of it (see `exampleValues`). */
function writeExamples(ws: ExcelJS.Worksheet, campaign: Campaign): void {
  ws.columns = Array.from({ length: 30 }, (_, i) => ({ width: i === 0 ? 30 : 16 }));
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const title = ws.addRow([
    'VÍ DỤ — trang này không được kiểm tra. Chép một dòng sang trang Tập thể hoặc Cá nhân rồi sửa lại.',
  ]);
  title.font = { name: 'Calibri', size: 12, bold: true, color: { argb: 'FFC77700' } };
  for (const kind of KINDS) {
    ws.addRow([]);
    const caption = ws.addRow([`Ví dụ ${TEMPLATE_SHEETS[kind].toLowerCase()}`]);
    caption.font = BOLD;
    const columns = formColumns(kind, campaign);
    const header = ws.addRow(columns.map((c) => c.header));
    header.font = BOLD;
    header.eachCell((cell) => {
      cell.fill = solid(FILL.header);
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
    // one example per kind of this form, or per block where its kinds do not say one
    for (const spec of campaign.kinds.filter((k) => k.form === kind)) {
      for (const block of spec.block ? [spec.block] : BLOCKS) {
        const values = exampleValues(spec.id, campaign, block);
        ws.addRow(columns.map((c) => values[c.key] ?? null));
      }
    }
  }
}

/**
 * Input values of a nominee of `category` that meets every criterion of it: each criterion's
 * test is satisfied in the simplest way the predicate allows (the first option of an `any`,
 * the most recent years of the period, the first code named). Criteria that apply only to some
 * nominees (heads of units) are left out of play by leaving their condition unmet.
 */
export function exampleValues(
  category: Category | (string & {}),
  campaign: Campaign,
  blockGiven?: Block,
): Record<string, string> {
  const spec = campaign.kinds.find((k) => k.id === category);
  const [formOfId, blockOfId] = category.split('-') as [Kind, Block];
  const kind = spec?.form ?? formOfId;
  const block = blockGiven ?? spec?.block ?? blockOfId ?? 'HCSN';
  const years = periodYears(campaign.period).map(String);
  const recent = (n: number) => years.slice(Math.max(0, years.length - n));
  const yearCodes = new Map<string, string[]>(years.map((y) => [y, []]));
  const values: Record<string, string> = {};
  const append = (key: string, text: string) => {
    values[key] = values[key] ? `${values[key]}; ${text}` : text;
  };

  const form: ExampleForm = {
    years,
    recent,
    addYearCode(year, code) {
      const codes = yearCodes.get(year) ?? [];
      if (!codes.includes(code)) codes.push(code);
      yearCodes.set(year, codes);
    },
    set(field, value) {
      values[field] = value;
    },
    append,
  };
  for (const c of campaign.criteria)
    if (c.category.includes(category) && !c.appliesWhen) exampleOf(activeTest(c), form);
  for (const [y, codes] of yearCodes) if (codes.length) values[y] = codes.join('; ');

  const unit =
    campaign.units.find((u) =>
      campaign.allocations.some(
        (a) => a.unit === u.id && ((a as unknown as Record<string, number | undefined>)[category] ?? 0) > 0,
      ),
    ) ?? campaign.units[0];
  values.unit = unit?.name ?? '';
  values.block = block;
  values.name =
    kind === 'collective'
      ? `Tập thể ${block} (ví dụ)`
      : `Nguyễn Thị ${block === 'HCSN' ? 'An' : 'Bình'} (ví dụ)`;
  if (kind === 'individual') {
    values.birth_year ??= String(campaign.period.from - 35);
    values.gender ??= 'Nữ';
    if (campaign.majorityEthnicity) values.ethnicity ??= campaign.majorityEthnicity;
    values.position ??= block === 'HCSN' ? 'Chuyên viên' : 'Công nhân';
  }
  // a person's yes/no that no criterion asks for (a leader, a head of unit, a direct worker) is
  // Không: the criteria for those people only stay out of play; a collective's is left blank
  if (kind === 'individual')
    for (const column of campaign.columns)
      if (column.type === 'yesNo' && column.kinds.includes(kind)) values[column.id] ??= 'Không';
  return values;
}

function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}
