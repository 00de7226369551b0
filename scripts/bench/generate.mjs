// Nominee lists for the bench, made up but shaped like the sample submission
// (fixtures/lai-chau-2020): the same title rows and columns, units written by name, place name or
// without diacritics, codes short, as their Vietnamese names or in lower case, a `?` year now and
// then, dated distinctions, and a sprinkling of the mistakes real lists have (an unknown code, a
// blank required cell, a repeated nominee). A seeded generator makes every run read the same rows.

import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';

/** Small, fast and seedable (mulberry32): the same seed gives the same list on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YEARS = ['2016', '2017', '2018', '2019', '2020'];

const HEADER = [
  'STT',
  'Loại',
  'Họ và tên',
  'Năm sinh',
  'Giới tính',
  'Dân tộc',
  'Chức vụ, đơn vị công tác',
  'Đơn vị đề nghị',
  'Khối',
  'Lãnh đạo từ cấp phòng trở lên',
  'Người đứng đầu',
  'Công nhân trực tiếp sản xuất',
  ...YEARS,
  'Khen thưởng',
  'Sáng kiến',
  'Năm đơn vị đạt TTLĐXS',
  'XN phẩm chất chính trị',
  'Thành tích cá nhân trong tập thể',
  'XN mô hình, cách làm hay',
  'XN đoàn kết, trong sạch vững mạnh',
  'XN chấp hành chủ trương, pháp luật',
  'Số người bị kỷ luật',
];

const TITLES = [
  'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU',
  'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2016 - 2020',
  '(Kèm theo Kế hoạch số 154/KH-LĐLĐ ngày 16/3/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh)',
];

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Lò',
  'Lường',
  'Tòng',
  'Giàng',
  'Tẩn',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Hữu',
  'Quang',
  'Thanh',
  'Ngọc',
  'Xuân',
  'A',
  'Kim',
  'Công',
  'Thu',
  'Hồng',
  'Bảo',
];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiền',
  'Hòa',
  'Hùng',
  'Hương',
  'Huy',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Ngọc',
  'Nhung',
  'Phong',
  'Phương',
  'Quân',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thành',
  'Thủy',
  'Tiến',
  'Trang',
  'Trung',
  'Tú',
  'Tuấn',
  'Vân',
  'Việt',
  'Xuân',
  'Yến',
  'Chu',
  'Mẩy',
  'Páo',
  'Sen',
  'Dung',
  'Điệp',
  'Hoa',
  'Huệ',
  'Kiên',
  'Lợi',
  'Luân',
  'Nghĩa',
  'Oanh',
  'Quyết',
  'Thái',
  'Toàn',
  'Vinh',
];
const ETHNICITY = ['Kinh', 'Kinh', 'Kinh', 'Thái', 'Mông', 'Dao', 'Giáy', 'Lự', 'Hà Nhì', 'Khơ Mú'];
const POSITIONS = [
  'Giáo viên Trường Tiểu học',
  'Y sĩ Trạm Y tế xã',
  'Công nhân Công ty Cổ phần Chè',
  'Kế toán UBND xã',
  'Chuyên viên Phòng Tài chính - Kế hoạch',
  'Tổ trưởng sản xuất, Công ty Điện lực',
];
const COLLECTIVE = [
  'Trường Tiểu học',
  'Trạm Y tế xã',
  'Công ty Cổ phần Chè',
  'Phòng Giáo dục và Đào tạo',
  'Chi nhánh Ngân hàng',
];

/** How a unit is written on a real list: its name, its place name, in lower case, without diacritics. */
function unitSpellings(campaignDir) {
  const campaign = JSON.parse(readFileSync(path.join(campaignDir, 'campaign.json'), 'utf8'));
  const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return campaign.units.map((u) => [
    u.name,
    ...u.aliases,
    plain(u.aliases[0] ?? u.name),
    u.name.toLowerCase(),
  ]);
}

/** A code as people type it: short, lower case, without diacritics, or its Vietnamese name. */
const SPELLED = {
  LĐTT: ['LĐTT', 'LĐTT', 'LDTT', 'lđtt', 'Lao động tiên tiến'],
  CSTĐCS: ['CSTĐCS', 'CSTDCS'],
  HTXSNV: ['HTXSNV', 'HTXSNV', 'htxsnv', 'Hoàn thành xuất sắc nhiệm vụ'],
  HTTNV: ['HTTNV', 'HTTNV', 'httnv', 'Hoàn thành tốt nhiệm vụ'],
  ĐVXS: ['ĐVXS', 'DVXS', 'Đoàn viên công đoàn xuất sắc'],
  TTLĐTT: ['TTLĐTT', 'TTLDTT', 'ttldtt'],
  TTLĐXS: ['TTLĐXS', 'TTLDXS'],
  HTCT: ['HTCT', 'htct'],
};

/**
 * One row writer per list: `next(i)` gives row `i`'s 26 cells as strings ('' = blank). Kinds,
 * blocks and units vary with the seed; names are unique but for the repeats made on purpose.
 */
export function nomineeRows(seed, campaignDir) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const units = unitSpellings(campaignDir);
  const spell = (code) => pick(SPELLED[code] ?? [code]);
  const yesNo = (pYes, pBlank = 0.05) =>
    chance(pBlank) ? '' : chance(pYes) ? pick(['Có', 'Có', 'có', 'x']) : pick(['Không', 'khong']);
  // now and then a year just outside the period, which counts for nothing (a warning)
  const year = () => String(chance(0.01) ? pick([2014, 2015, 2021]) : 2016 + Math.floor(random() * 5));
  let last = null;

  /** Per-year cells: each year holds `base` (and sometimes `extra`), now and then a gap or a `?`. */
  const yearCells = (base, extra, pExtra) =>
    YEARS.map(() => {
      if (chance(0.02)) return '?';
      if (chance(0.06)) return '';
      const codes = [spell(base)];
      if (extra && chance(pExtra)) codes.push(spell(extra));
      if (chance(0.002)) codes.push('XYZ'); // an unknown code: a warning at its cell
      return codes.join('; ');
    });

  return (i) => {
    if (last && chance(0.001)) return [String(i + 1), ...last.slice(1)]; // the same nominee twice
    const collective = chance(0.2);
    const sxkd = chance(0.5);
    const unit = pick(pick(units));
    const block = chance(0.1) ? (sxkd ? 'sxkd' : 'hcsn') : sxkd ? 'SXKD' : 'HCSN';
    const row = new Array(HEADER.length).fill('');
    row[0] = String(i + 1);
    row[1] = collective ? pick(['Tập thể', 'Tập thể', 'Tap the']) : pick(['Cá nhân', 'Cá nhân', 'ca nhan']);
    row[7] = chance(0.0005) ? '' : unit;
    row[8] = block;
    let years;
    if (collective) {
      row[2] = `${pick(COLLECTIVE)} số ${i + 1}`;
      years = sxkd ? yearCells(pick(['HTCT', 'TTLĐTT']), 'TTLĐXS', 0.2) : yearCells('TTLĐTT', 'HTXSNV', 0.45);
      if (chance(0.6))
        row[17] = `${pick(['BK-UBND', 'BK-TLĐ', 'BK-BO', 'Bằng khen của UBND tỉnh'])}:${year()}`;
      if (chance(0.7)) row[21] = `${pick(['SK-T', 'BLĐST', 'BK-UBND', 'GIAI-HTSTKT', 'BK-TLĐ'])}:${year()}`;
      row[22] = yesNo(0.9);
      row[23] = yesNo(0.92);
      if (sxkd) row[24] = yesNo(0.93);
      row[25] = chance(0.05) ? '' : chance(0.9) ? '0' : String(1 + Math.floor(random() * 3));
    } else {
      // every name is its own: family, middle and given names numbered through, a birth year apart
      const n = i % (FAMILY.length * MIDDLE.length * GIVEN.length * GIVEN.length);
      const given2 = GIVEN[n % GIVEN.length];
      const given1 = GIVEN[Math.floor(n / GIVEN.length) % GIVEN.length];
      const middle = MIDDLE[Math.floor(n / GIVEN.length / GIVEN.length) % MIDDLE.length];
      const family = FAMILY[Math.floor(n / GIVEN.length / GIVEN.length / MIDDLE.length) % FAMILY.length];
      row[2] = `${family} ${middle} ${given1} ${given2}`;
      row[3] = String(1965 + Math.floor(random() * 35));
      row[4] = pick(['Nam', 'Nữ', 'nu']);
      row[5] = pick(ETHNICITY);
      row[6] = pick(POSITIONS);
      const leader = yesNo(0.25);
      row[9] = leader;
      const head = chance(0.05);
      if (head) row[10] = 'Có';
      row[11] = sxkd ? yesNo(0.6, 0.2) : '';
      years = sxkd ? yearCells('HTTNV', 'ĐVXS', 0.35) : yearCells('LĐTT', 'HTXSNV', 0.4);
      if (chance(0.4)) row[17] = `${pick(['BK-UBND', 'BK-TLĐ', 'HC', 'BK-TTCP', 'BK-UBND'])}:${year()}`;
      const initiatives = [];
      for (let k = 0; k < 3; k++)
        if (chance(0.45))
          initiatives.push(`${pick(sxkd ? ['SK-DN', 'SK-CS'] : ['SK-CS', 'SK-T', 'SK-CS'])}:${year()}`);
      row[18] = initiatives.join('; ');
      if (head) row[19] = [year(), year()].join('; ');
      row[20] = yesNo(0.95);
    }
    for (let y = 0; y < YEARS.length; y++) row[12 + y] = years[y];
    last = row;
    return row;
  };
}

const quote = (cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvLine = (cells) => `${cells.map(quote).join(',')}\n`;

/**
 * The list an overworked unit sends: every individual fills `Số người bị kỷ luật`, a column only
 * collectives have (one W-COLUMN-NOT-APPLICABLE per row), and individuals are drawn from a few
 * thousand name and birth-year pairs, so most rows repeat someone (one D-DUP per repeat).
 */
export function messyRows(seed, campaignDir) {
  const next = nomineeRows(seed, campaignDir);
  const random = prng(seed + 1);
  return (i) => {
    const row = next(i);
    if (/^c/i.test(row[1])) {
      row[2] = `${FAMILY[Math.floor(random() * FAMILY.length)]} Văn ${GIVEN[Math.floor(random() * GIVEN.length)]}`;
      row[3] = String(1970 + Math.floor(random() * 5));
      row[25] = '0';
    }
    return row;
  };
}

/**
 * The sample submission's CSV layout: BOM, three title rows, a blank row, the header, the rows.
 * `messy` makes the rows `messyRows` gives.
 */
export async function writeCsv(file, rows, seed, campaignDir, { messy = false } = {}) {
  const out = createWriteStream(file);
  const next = (messy ? messyRows : nomineeRows)(seed, campaignDir);
  const pad = (text) => [text, ...new Array(HEADER.length - 1).fill('')];
  let chunk = `\uFEFF${TITLES.map((t) => csvLine(pad(t))).join('')}${csvLine(pad(''))}${csvLine(HEADER)}`;
  for (let i = 0; i < rows; i++) {
    chunk += csvLine(next(i));
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The sample workbook's two sheets: which cells of a CSV row each one has, in its column order. */
const SHEETS = [
  {
    name: 'Tập thể',
    kind: /^t/i,
    columns: [0, 2, 7, 8, 12, 13, 14, 15, 16, 17, 21, 22, 23, 24, 25],
    nameHeader: 'Tên tập thể',
  },
  {
    name: 'Cá nhân',
    kind: /^c/i,
    columns: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
  },
];

/**
 * The same nominees as an xlsx laid out like the sample workbook: `Tập thể` then `Cá nhân`, title
 * rows merged across, the header, a row of column numbers, then the rows. Written with exceljs's
 * streaming writer, so the 100,000 rows are never a workbook in memory.
 */
export async function writeXlsx(file, rows, seed, campaignDir) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  for (const spec of SHEETS) {
    // one seeded list, split by kind, so the workbook holds the nominees the CSV of that seed holds
    const next = nomineeRows(seed, campaignDir);
    const sheet = workbook.addWorksheet(spec.name);
    const width = spec.columns.length;
    TITLES.forEach((t, r) => {
      sheet.getRow(r + 1).getCell(1).value = t;
      sheet.mergeCells(r + 1, 1, r + 1, width);
      sheet.getRow(r + 1).commit();
    });
    const header = sheet.getRow(6);
    const numbers = sheet.getRow(7);
    spec.columns.forEach((c, k) => {
      header.getCell(k + 1).value = c === 2 && spec.nameHeader ? spec.nameHeader : HEADER[c];
      numbers.getCell(k + 1).value = `(${k + 1})`;
    });
    header.commit();
    numbers.commit();
    let number = 0;
    for (let i = 0; i < rows; i++) {
      const cells = next(i);
      if (!spec.kind.test(cells[1])) continue;
      number++;
      const row = sheet.getRow(7 + number);
      spec.columns.forEach((c, k) => {
        const v = c === 0 ? String(number) : cells[c];
        if (v === '') return;
        // numbers as Excel keeps them when a person types them
        row.getCell(k + 1).value = /^\d+$/.test(v) ? Number(v) : v;
      });
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
