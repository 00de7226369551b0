// What the fixture generators share: the official form's columns (DOMAIN.md §2), its title
// lines, and the zip entry times that make a generated workbook byte-identical on every run.

export const YEARS = ['2016', '2017', '2018', '2019', '2020'];

/** Five year cells, 2016 … 2020. */
export const y = (...cells) => Object.fromEntries(YEARS.map((year, i) => [year, cells[i] ?? '']));

export const FEDERATION = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU';
export const PLAN_NOTE =
  '(Kèm theo Kế hoạch số 154/KH-LĐLĐ ngày 16/3/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh)';

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
 * The zip library stamps every entry with the current time; setting them all to one date
 * (in the local and the central headers) makes the file the same on every run.
 */
export function fixZipTimes(zip, date) {
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
