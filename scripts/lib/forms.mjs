// What the fixture generators share: the official form's columns (DOMAIN.md §2), its title
// lines, its sheet and CSV layouts, and the fixed dates and zip entry times that make a generated
// workbook byte-identical on every run.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export const YEARS = ['2016', '2017', '2018', '2019', '2020'];

/** Five year cells, 2016 … 2020. */
export const y = (...cells) => Object.fromEntries(YEARS.map((year, i) => [year, cells[i] ?? '']));

export const FEDERATION = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU';
export const PLAN_NOTE =
  '(Kèm theo Kế hoạch số 154/KH-LĐLĐ ngày 16/3/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh)';

export const COLLECTIVE_TITLE =
  'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG TẬP THỂ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020';
export const INDIVIDUAL_TITLE =
  'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020';
/** The title of a one-sheet list of both kinds. */
export const BOTH_TITLE = 'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020';

export const COLLECTIVE_COLUMNS = [
  ['STT', 8, (_, i) => i + 1],
  ['Tên tập thể', 36, (r) => r.name],
  ['Đơn vị đề nghị', 22, (r) => r.unit],
  ['Khối', 8, (r) => r.block],
  ...YEARS.map((year) => [year, 16, (r) => r.years[year]]),
  ['Khen thưởng', 24, (r) => r.awards ?? ''],
  ['Thành tích cá nhân trong tập thể', 24, (r) => r.member_awards ?? ''],
  ['XN mô hình, cách làm hay', 12, (r) => r.model ?? ''],
  ['XN đoàn kết, trong sạch vững mạnh', 12, (r) => r.solidarity ?? ''],
  ['XN chấp hành chủ trương, pháp luật', 12, (r) => r.compliance ?? ''],
  ['Số người bị kỷ luật', 10, (r) => r.disciplined ?? ''],
];

export const INDIVIDUAL_COLUMNS = [
  ['STT', 6, (_, i) => i + 1],
  ['Họ và tên', 24, (r) => r.name],
  ['Năm sinh', 8, (r) => r.birth],
  ['Giới tính', 8, (r) => r.gender],
  ['Dân tộc', 8, (r) => r.ethnicity],
  ['Chức vụ, đơn vị công tác', 36, (r) => r.position],
  ['Đơn vị đề nghị', 22, (r) => r.unit],
  ['Khối', 8, (r) => r.block],
  ['Lãnh đạo từ cấp phòng trở lên', 12, (r) => r.leader ?? ''],
  ['Người đứng đầu', 10, (r) => r.head ?? ''],
  ['Công nhân trực tiếp sản xuất', 12, (r) => r.direct ?? ''],
  ...YEARS.map((year) => [year, 16, (r) => r.years[year]]),
  ['Khen thưởng', 24, (r) => r.awards ?? ''],
  ['Sáng kiến', 24, (r) => r.initiatives ?? ''],
  ['Năm đơn vị đạt TTLĐXS', 12, (r) => r.unitExcellent ?? ''],
  ['XN phẩm chất chính trị', 12, (r) => r.conduct ?? ''],
];

/**
 * A sheet laid out as the official form: the federation and national motto (rows 1–2), the
 * title (3) and the plan (4), the headers on row 6 with their column numbers on row 7, then one
 * row per record. `columns` are `[label, width, (record, index) => value]`; row 5 is left to the
 * caller. Returns the sheet for what a caller styles beyond this.
 */
export function addFormSheet(workbook, name, title, columns, rows) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 7 }] });
  const last = columns.length;
  sheet.columns = columns.map(([, width]) => ({ width }));

  sheet.getCell(1, 1).value = FEDERATION;
  sheet.mergeCells(1, 1, 1, 6);
  sheet.getCell(1, 8).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  sheet.mergeCells(1, 8, 1, last);
  sheet.getCell(2, 8).value = 'Độc lập - Tự do - Hạnh phúc';
  sheet.mergeCells(2, 8, 2, last);
  sheet.getCell(3, 1).value = title;
  sheet.mergeCells(3, 1, 3, last);
  sheet.getCell(4, 1).value = PLAN_NOTE;
  sheet.mergeCells(4, 1, 4, last);
  for (const r of [1, 2, 3, 4]) {
    sheet.getRow(r).font = { name: 'Times New Roman', bold: r < 4, italic: r === 4, size: r === 3 ? 14 : 12 };
  }

  const header = sheet.getRow(6);
  const numbers = sheet.getRow(7);
  columns.forEach(([label], i) => {
    header.getCell(i + 1).value = label;
    numbers.getCell(i + 1).value = `(${i + 1})`;
  });
  header.font = { name: 'Times New Roman', bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 48;

  rows.forEach((record, index) => {
    const row = sheet.getRow(8 + index);
    columns.forEach(([, , value], i) => {
      const v = value(record, index);
      if (v !== '') row.getCell(i + 1).value = v;
    });
    row.font = { name: 'Times New Roman' };
  });
  return sheet;
}

/**
 * The one-sheet CSV form: a `Loại` column telling the kinds apart, the individual columns, then
 * the columns only collectives have (their names share `Họ và tên`), then `extra`. `lines` are
 * the title lines above the header; `records` carry their `kind`. UTF-8 with a BOM, CRLF.
 */
export function formCsv(lines, records, extra = []) {
  const individualHeaders = INDIVIDUAL_COLUMNS.map(([label]) => label);
  const collectiveOnly = COLLECTIVE_COLUMNS.filter(([label]) => !individualHeaders.includes(label));
  const columns = [
    ['STT', 0, (_, i) => i + 1],
    ['Loại', 0, (r) => r.kind],
    ...INDIVIDUAL_COLUMNS.slice(1),
    ...collectiveOnly.filter(([label]) => label !== 'Tên tập thể'),
    ...extra,
  ];
  const width = columns.length;
  const line = (first) => [first, ...Array(width - 1).fill('')];
  const rows = [
    ...lines.map(line),
    columns.map(([label]) => label),
    ...records.map((record, index) =>
      columns.map(([, , value]) => {
        const v = value(record, index);
        return v === undefined ? '' : String(v);
      }),
    ),
  ];
  return stringify(rows, { bom: true, record_delimiter: 'windows' });
}

/** The bytes of a workbook `fill` builds, with its dates and zip entry times fixed to `date`. */
export async function workbookBytes(creator, date, fill) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.lastModifiedBy = creator;
  workbook.created = date;
  workbook.modified = date;
  fill(workbook);
  return fixZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()), date);
}

/**
 * The zip library stamps every entry with the current time; setting them all to one date
 * (in the local and the central headers) makes the file the same on every run.
 */
function fixZipTimes(zip, date) {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(day, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
