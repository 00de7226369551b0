// A nominee list laid out as a unit's office really lays it out (issue 16), for the fixture that
// must read exactly as the same list laid out plainly: both tables on one sheet, each under its
// title, the column-numbering row, section headings with the Khối cell left blank beneath them,
// units written in full or with the province after them, words of address before names, the
// birth year under a merged `Năm sinh` split into `Nam` | `Nữ`, a subtotal after the first
// table and the official footer (totals, note, date line, signatures, signers' names).
import {
  COLLECTIVE_COLUMNS,
  COLLECTIVE_TITLE,
  FEDERATION,
  INDIVIDUAL_COLUMNS,
  INDIVIDUAL_TITLE,
  PLAN_NOTE,
} from './forms.mjs';

/** Units as the clerk writes them: spelled out, shortened otherwise, the province after. */
const UNIT_AS_WRITTEN = {
  'LĐLĐ Thành phố': 'Liên đoàn Lao động Thành phố',
  'Thành phố': 'LĐLĐ TP Lai Châu',
  'TP Lai Châu': 'Liên đoàn Lao động TP Lai Châu',
  'Phong Thổ': 'Liên đoàn Lao động huyện Phong Thổ',
  'huyện Phong Thổ': 'LĐLĐ huyện Phong Thổ tỉnh Lai Châu',
  'Tam Đường': 'Liên đoàn Lao động huyện Tam Đường',
  'LĐLĐ huyện Tam Đường': 'Liên đoàn Lao động huyện Tam Đường',
  'Sìn Hồ': 'Liên đoàn Lao động huyện Sìn Hồ',
  'huyện Sìn Hồ': 'LĐLĐ huyện Sìn Hồ, tỉnh Lai Châu',
  'Công đoàn ngành Y Tế': 'Công đoàn ngành Y tế tỉnh Lai Châu',
  'Y tế': 'Công đoàn ngành Y tế tỉnh Lai Châu',
  'CĐN Y tế': 'CĐ ngành Y tế',
  'ngành Y tế': 'CĐN Y tế tỉnh Lai Châu',
  'ngành Giáo dục': 'Công đoàn ngành Giáo dục tỉnh Lai Châu',
  'Giáo dục': 'CĐN Giáo dục tỉnh Lai Châu',
  'Công đoàn ngành Giáo dục': 'Công đoàn ngành Giáo dục Lai Châu',
  CĐVC: 'Công đoàn Viên chức tỉnh Lai Châu',
  'Công đoàn viên chức': 'CĐVC tỉnh Lai Châu',
  'Viên chức': 'Công đoàn Viên chức tỉnh',
};

/** Words of address, in turn, before every other individual's name. */
const ADDRESS = { Nam: ['Đ/c', 'Ông', 'Đồng chí', 'Anh'], Nữ: ['Đ/c', 'Bà', 'Đồng chí', 'Chị'] };

const SECTIONS = [
  ['HCSN', 'I. KHỐI HÀNH CHÍNH SỰ NGHIỆP'],
  ['SXKD', 'II. KHỐI SẢN XUẤT KINH DOANH'],
];

const unitAsWritten = (r) => UNIT_AS_WRITTEN[r.unit] ?? r.unit;
/** The block a record is under, from its cell however it is written. */
const blockOf = (r) => r.block.toUpperCase();

/**
 * A column list with the unit written as the clerk writes it, and the Khối cell left blank:
 * the section heading above says it (every third record keeps it written, as clerks do).
 */
function asWritten(columns) {
  return columns.map(([label, width, value]) => {
    if (label === 'Đơn vị đề nghị') return [label, width, (r) => unitAsWritten(r)];
    if (label === 'Khối') return [label, width, (r, i) => (i % 3 === 2 ? r.block : '')];
    return [label, width, value];
  });
}

const COLLECTIVES_AS_WRITTEN = asWritten(COLLECTIVE_COLUMNS);

/**
 * The individuals' columns: `Năm sinh` becomes two cells under one merged header, `Nam` and
 * `Nữ`, the year written under the nominee's gender; `Giới tính` goes, the split says it.
 */
const INDIVIDUALS_AS_WRITTEN = asWritten(INDIVIDUAL_COLUMNS).flatMap((column) => {
  const [label, , value] = column;
  if (label === 'Giới tính') return [];
  if (label === 'Năm sinh') {
    const female = (r) => /^n[uữ]$/i.test(r.gender.normalize('NFC'));
    return [
      ['Năm sinh', 7, (r) => (female(r) ? '' : r.birth), 'Nam'],
      ['Năm sinh', 7, (r) => (female(r) ? r.birth : ''), 'Nữ'],
    ];
  }
  if (label === 'Họ và tên') {
    return [
      [
        label,
        28,
        (r, i) => {
          if (i % 2 === 1) return value(r, i);
          const words = ADDRESS[/^n[uữ]$/i.test(r.gender.normalize('NFC')) ? 'Nữ' : 'Nam'];
          return `${words[(i / 2) % words.length]} ${value(r, i)}`;
        },
      ],
    ];
  }
  return [column];
});

/** The records by section, in their order within each: the table's rows as the clerk groups them. */
function bySection(records) {
  return SECTIONS.map(([block, heading]) => [heading, records.filter((r) => blockOf(r) === block)]);
}

const thin = { style: 'thin' };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * One table from `row` on: its header (two rows when a column has a sub-header), the numbering
 * row, then each section's heading and rows, numbered through. Returns the next free row.
 */
function writeTable(sheet, row, columns, records) {
  const last = columns.length;
  const split = columns.some((c) => c[3] !== undefined);
  const top = sheet.getRow(row);
  const under = sheet.getRow(row + 1);
  columns.forEach(([label, , , sub], i) => {
    const c = i + 1;
    if (sub === undefined) {
      top.getCell(c).value = label;
      if (split) sheet.mergeCells(row, c, row + 1, c);
    } else {
      if (columns[i - 1]?.[0] !== label) top.getCell(c).value = label;
      under.getCell(c).value = sub;
    }
  });
  if (split) {
    columns.forEach(([label, , , sub], i) => {
      if (sub !== undefined && columns[i + 1]?.[0] === label) sheet.mergeCells(row, i + 1, row, i + 2);
    });
  }
  for (const r of split ? [top, under] : [top]) {
    r.font = { name: 'Times New Roman', bold: true };
    r.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  const first = row;
  row += split ? 2 : 1;
  const numbers = sheet.getRow(row);
  columns.forEach((_, i) => {
    numbers.getCell(i + 1).value = `(${i + 1})`;
  });
  numbers.font = { name: 'Times New Roman', italic: true };
  numbers.alignment = { horizontal: 'center' };
  row++;
  let index = 0;
  for (const [heading, rows] of bySection(records)) {
    sheet.getCell(row, 1).value = heading;
    sheet.getRow(row).font = { name: 'Times New Roman', bold: true };
    sheet.mergeCells(row, 1, row, last);
    row++;
    for (const record of rows) {
      const line = sheet.getRow(row);
      columns.forEach(([, , value], i) => {
        const v = value(record, index);
        if (v !== '' && v !== undefined) line.getCell(i + 1).value = v;
      });
      line.font = { name: 'Times New Roman' };
      index++;
      row++;
    }
  }
  for (let r = first; r < row; r++) for (let c = 1; c <= last; c++) sheet.getCell(r, c).border = BOX;
  return row;
}

/** A line of text merged over `from`…`to`, centred (a title, a signature). */
function line(sheet, row, from, to, text, font = {}) {
  sheet.getCell(row, from).value = text;
  if (to > from) sheet.mergeCells(row, from, row, to);
  sheet.getCell(row, from).alignment = { horizontal: 'center' };
  sheet.getCell(row, from).font = { name: 'Times New Roman', ...font };
}

/**
 * Adds the sheet `Danh sách`: the federation's heading, the collectives' table, its count, the
 * individuals' title and table, and the footer of the official form.
 */
export function addOfficeLayoutSheet(workbook, collectives, individuals) {
  const sheet = workbook.addWorksheet('Danh sách', { pageSetup: { orientation: 'landscape' } });
  const width = INDIVIDUALS_AS_WRITTEN.length;
  sheet.columns = INDIVIDUALS_AS_WRITTEN.map(([, w]) => ({ width: w }));

  line(sheet, 1, 1, 6, FEDERATION, { bold: true });
  line(sheet, 1, 8, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  line(sheet, 2, 8, width, 'Độc lập - Tự do - Hạnh phúc', { bold: true });
  line(sheet, 3, 1, width, COLLECTIVE_TITLE, { bold: true, size: 14 });
  line(sheet, 4, 1, width, PLAN_NOTE, { italic: true });

  let row = writeTable(sheet, 6, COLLECTIVES_AS_WRITTEN, collectives);
  line(sheet, row, 1, 3, `Cộng: ${collectives.length} tập thể`, { bold: true });
  row += 2;
  line(sheet, row, 1, width, INDIVIDUAL_TITLE, { bold: true, size: 14 });
  row += 2;
  row = writeTable(sheet, row, INDIVIDUALS_AS_WRITTEN, individuals);

  line(sheet, row, 1, 3, `Tổng cộng: ${individuals.length} cá nhân`, { bold: true });
  row++;
  sheet.getCell(row, 1).value =
    'Ghi chú: danh sách xếp theo khối; năm sinh ghi vào cột Nam hoặc Nữ theo giới tính của người được đề nghị.';
  sheet.getCell(row, 1).font = { name: 'Times New Roman', italic: true };
  row += 2;
  line(sheet, row, 14, width, 'Lai Châu, ngày 20 tháng 4 năm 2020', { italic: true });
  row++;
  line(sheet, row, 2, 4, 'NGƯỜI LẬP BIỂU', { bold: true });
  line(sheet, row, 14, width, 'TM. BAN THƯỜNG VỤ', { bold: true });
  row++;
  line(sheet, row, 14, width, 'CHỦ TỊCH', { bold: true });
  row++;
  line(sheet, row, 2, 4, '(Ký, ghi rõ họ tên)', { italic: true });
  line(sheet, row, 14, width, '(Ký tên, đóng dấu)', { italic: true });
  row += 4;
  line(sheet, row, 2, 4, 'Lò Văn Tâm', { bold: true });
  line(sheet, row, 14, width, 'Nguyễn Văn Bình', { bold: true });
  return sheet;
}
