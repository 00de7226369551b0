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
import {
  addFormSheet,
  BOTH_TITLE,
  COLLECTIVE_COLUMNS,
  COLLECTIVE_TITLE,
  FEDERATION,
  formCsv,
  INDIVIDUAL_COLUMNS,
  INDIVIDUAL_TITLE,
  workbookBytes,
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
// Workbooks: title rows of the official form, the unit and the date sent in row 5,
// the header in row 6, column numbers in row 7, nominees from row 8

/** `sent` writes row 5's date: `(sheet, row) => void`. */
function addSheet(workbook, name, title, unit, sent, columns, rows) {
  const sheet = addFormSheet(workbook, name, title, columns, rows);
  sheet.getCell(5, 1).value = `Đơn vị: ${unit}`;
  sheet.mergeCells(5, 1, 5, 4);
  sent(sheet, sheet.getRow(5));
  sheet.getRow(5).font = { name: 'Times New Roman', bold: false, italic: true, size: 12 };
}

async function writeWorkbook(file, unit, sent, collectives, individuals) {
  const bytes = await workbookBytes(unit, FIXED_DATE, (workbook) => {
    if (collectives.length > 0) {
      addSheet(workbook, 'Tập thể', COLLECTIVE_TITLE, unit, sent, COLLECTIVE_COLUMNS, collectives);
    }
    addSheet(workbook, 'Cá nhân', INDIVIDUAL_TITLE, unit, sent, INDIVIDUAL_COLUMNS, individuals);
  });
  writeFileSync(file, bytes);
}

// ---------------------------------------------------------------------------------------------
// y-te.csv: one sheet with `Loại`, and a `Ngày gửi` column

function writeCsv(file, records) {
  const lines = [FEDERATION, BOTH_TITLE, 'Đơn vị: Công đoàn ngành Y Tế'];
  writeFileSync(file, formCsv(lines, records, [['Ngày gửi', 0, (r) => r.sent]]));
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
