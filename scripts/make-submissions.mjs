// Writes fixtures/submissions/: a folder as units leave it in a shared repository, one
// submission per unit, for folder runs, CI formats, --per-unit-file and deadlines:
// `node scripts/make-submissions.mjs`. Re-running gives byte-identical files (fixed workbook
// dates, fixed zip entry times, no random content).
//
// - phong-tho.xlsx  LĐLĐ huyện Phong Thổ, sent 14/05/2020 (a `Ngày gửi: …` title cell, on time);
//                   one nominee of another unit (Sìn Hồ) slipped into it
// - sin-ho.xlsx     LĐLĐ huyện Sìn Hồ, sent 18/05/2020 (a `Ngày gửi` label with an Excel date
//                   cell beside it), after the 15/05/2020 deadline
// - y-te.csv        Công đoàn ngành Y Tế, a `Ngày gửi` column (12–13/05/2020); only cases to review
// - ~$phong-tho.xlsx  the lock file Excel leaves beside an open workbook: never a submission
//
// What each nominee is meant to show is noted beside it; test/e2e/submissions.test.ts checks
// those verdicts, worked out by hand from DOMAIN.md §3.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  COLLECTIVE_COLUMNS,
  FEDERATION,
  fixZipTimes,
  INDIVIDUAL_COLUMNS,
  PLAN_NOTE,
  y,
} from './lib/forms.mjs';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'submissions');
const FIXED_DATE = new Date(Date.UTC(2020, 4, 10, 8, 0, 0));

// ---------------------------------------------------------------------------------------------
// Nominees

const PHONG_THO_COLLECTIVES = [
  // eligible: TTLĐTT every year, HTXSNV twice, a provincial certificate, a member's SK-T
  {
    name: 'Phòng Giáo dục và Đào tạo huyện Phong Thổ',
    unit: 'Phong Thổ',
    block: 'HCSN',
    years: y('TTLĐTT', 'TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT; HTXSNV', 'TTLĐTT'),
    awards: 'BK-UBND:2019',
    member_awards: 'SK-T:2018',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 0,
  },
];

const PHONG_THO_INDIVIDUALS = [
  // eligible on path A: HTXSNV in 2017 and 2019, SK-T:2019 (Cá nhân row 8)
  {
    name: 'Lò Thị Mai',
    birth: 1986,
    gender: 'Nữ',
    ethnicity: 'Thái',
    position: 'Phó Chủ tịch Công đoàn xã Mường So',
    unit: 'Phong Thổ',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    initiatives: 'SK-T:2019',
    conduct: 'Có',
  },
  // ineligible, SXKD: never an excellent union member (CN-SXKD-2 fails) (row 9)
  {
    name: 'Bùi Văn Tiến',
    birth: 1985,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Tổ trưởng sản xuất, Công ty Cổ phần Chè Phong Thổ',
    unit: 'Phong Thổ',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y('', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'),
    initiatives: 'SK-DN:2019',
    conduct: 'Có',
  },
  // eligible on path B, but of Sìn Hồ: with --per-unit-file, Q-FOREIGN-UNIT (row 10)
  {
    name: 'Giàng Thị Dua',
    birth: 1984,
    gender: 'Nữ',
    ethnicity: 'Mông',
    position: 'Giáo viên Trường Tiểu học Pa Tần',
    unit: 'Sìn Hồ',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT'),
    initiatives: 'SK-CS:2017; SK-CS:2019',
    conduct: 'Có',
  },
];

const SIN_HO_INDIVIDUALS = [
  // review: the leader cell is blank, so path B is open (CN-HCSN-1 unknown) (row 8)
  {
    name: 'Hoàng Văn Nam',
    birth: 1982,
    gender: 'Nam',
    ethnicity: 'Giáy',
    position: 'Cán bộ Phòng Nông nghiệp và PTNT huyện Sìn Hồ',
    unit: 'Sìn Hồ',
    block: 'HCSN',
    leader: '',
    years: y('LĐTT', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    awards: 'BK-TLĐ:2019',
    conduct: 'Có',
  },
  // review: 2020 not yet assessed, so LĐTT in every year is open (CN-HCSN-1 unknown) (row 9)
  {
    name: 'Tòng Thị Phương',
    birth: 1988,
    gender: 'Nữ',
    ethnicity: 'Thái',
    position: 'Y sĩ Trạm Y tế xã Pa Khóa',
    unit: 'Sìn Hồ',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT', '?'),
    initiatives: 'SK-CS:2018; SK-CS:2019',
    conduct: 'Có',
  },
  // ineligible: path A holds, but political quality is attested as Không (CN-HCSN-2 fails) (row 10)
  {
    name: 'Lường Văn Khoa',
    birth: 1979,
    gender: 'Nam',
    ethnicity: 'Thái',
    position: 'Phó Chủ tịch LĐLĐ huyện Sìn Hồ',
    unit: 'huyện Sìn Hồ',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    initiatives: 'SK-T:2019',
    conduct: 'Không',
  },
];

const Y_TE = [
  // review: conduct blank (CN-HCSN-2 unknown)
  {
    kind: 'Cá nhân',
    name: 'Phạm Thị Lan',
    birth: 1979,
    gender: 'Nữ',
    ethnicity: 'Kinh',
    position: 'Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh',
    unit: 'Y tế',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT'),
    initiatives: 'SK-T:2018',
    conduct: '',
    sent: '12/05/2020',
  },
  // review: 2020 not yet assessed (TT-HCSN-1 unknown); a comma in the name
  {
    kind: 'Tập thể',
    name: 'Khoa Nội, Bệnh viện Đa khoa tỉnh',
    unit: 'Công đoàn ngành Y Tế',
    block: 'HCSN',
    years: y('TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT; HTXSNV', 'TTLĐTT', '?'),
    awards: 'BK-UBND:2018',
    member_awards: 'SK-T:2019',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 0,
    sent: '13/05/2020',
  },
];

// ---------------------------------------------------------------------------------------------
// Columns of the official forms (DOMAIN.md §2)

// ---------------------------------------------------------------------------------------------
// Workbooks: title rows of the official form, the unit and the date sent in row 5,
// the header in row 6, column numbers in row 7, nominees from row 8

/** `sent` writes row 5's date: `(sheet, row) => void`. */
function addSheet(workbook, name, title, unit, sent, columns, rows) {
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
  sheet.getCell(5, 1).value = `Đơn vị: ${unit}`;
  sheet.mergeCells(5, 1, 5, 4);
  sent(sheet, sheet.getRow(5));
  for (const r of [1, 2, 3, 4, 5]) {
    sheet.getRow(r).font = { name: 'Times New Roman', bold: r < 4, italic: r >= 4, size: r === 3 ? 14 : 12 };
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
}

const COLLECTIVE_TITLE = 'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG TẬP THỂ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020';
const INDIVIDUAL_TITLE = 'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020';

async function writeWorkbook(file, unit, sent, collectives, individuals) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = unit;
  workbook.lastModifiedBy = unit;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  if (collectives.length > 0) {
    addSheet(workbook, 'Tập thể', COLLECTIVE_TITLE, unit, sent, COLLECTIVE_COLUMNS, collectives);
  }
  addSheet(workbook, 'Cá nhân', INDIVIDUAL_TITLE, unit, sent, INDIVIDUAL_COLUMNS, individuals);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(file, fixZipTimes(buffer, FIXED_DATE));
}

// ---------------------------------------------------------------------------------------------
// y-te.csv: one sheet with `Loại`, and a `Ngày gửi` column

function writeCsv(file, records) {
  const individualHeaders = INDIVIDUAL_COLUMNS.map(([label]) => label);
  const collectiveOnly = COLLECTIVE_COLUMNS.filter(([label]) => !individualHeaders.includes(label));
  const columns = [
    ['STT', 0, (_, i) => i + 1],
    ['Loại', 0, (r) => r.kind],
    ...INDIVIDUAL_COLUMNS.slice(1),
    ...collectiveOnly.filter(([label]) => label !== 'Tên tập thể'),
    ['Ngày gửi', 0, (r) => r.sent],
  ];
  const width = columns.length;
  const line = (first) => [first, ...Array(width - 1).fill('')];
  const rows = [
    line(FEDERATION),
    line('DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020'),
    line('Đơn vị: Công đoàn ngành Y Tế'),
    columns.map(([label]) => label),
    ...records.map((record, index) =>
      columns.map(([, , value]) => {
        const v = value(record, index);
        return v === undefined ? '' : String(v);
      }),
    ),
  ];
  writeFileSync(file, stringify(rows, { bom: true, record_delimiter: 'windows' }));
}

/**
 * What Excel writes as `~$name.xlsx` while the workbook is open: the user's name as one length
 * byte and padded Latin-1, then again as UTF-16, 165 bytes in all. Not a workbook at all.
 */
function lockFile(user) {
  const buffer = Buffer.alloc(165, 0);
  buffer.writeUInt8(user.length, 0);
  buffer.write(user.padEnd(53, ' '), 1, 'latin1');
  buffer.writeUInt16LE(user.length, 54);
  buffer.write(user.padEnd(53, ' '), 56, 'utf16le');
  return buffer;
}

// ---------------------------------------------------------------------------------------------

mkdirSync(OUT, { recursive: true });
await writeWorkbook(
  path.join(OUT, 'phong-tho.xlsx'),
  'LĐLĐ huyện Phong Thổ',
  (sheet) => {
    sheet.getCell(5, 8).value = 'Ngày gửi: 14/05/2020';
  },
  PHONG_THO_COLLECTIVES,
  PHONG_THO_INDIVIDUALS,
);
await writeWorkbook(
  path.join(OUT, 'sin-ho.xlsx'),
  'LĐLĐ huyện Sìn Hồ',
  (sheet) => {
    sheet.getCell(5, 8).value = 'Ngày gửi:';
    const date = sheet.getCell(5, 9);
    date.value = new Date(Date.UTC(2020, 4, 18));
    date.numFmt = 'dd/mm/yyyy';
  },
  [],
  SIN_HO_INDIVIDUALS,
);
writeCsv(path.join(OUT, 'y-te.csv'), Y_TE);
writeFileSync(path.join(OUT, '~$phong-tho.xlsx'), lockFile('Nguyen Van Minh'));
for (const name of ['phong-tho.xlsx', 'sin-ho.xlsx', 'y-te.csv', '~$phong-tho.xlsx']) {
  process.stdout.write(`${path.join('fixtures', 'submissions', name)}\n`);
}
