import type { Text } from '../campaign/schema.js';
import type { Finding, Lang, Severity } from './finding.js';

export interface FindingType {
  severity: Severity;
  title: Text;
  /** `{name}` placeholders are filled from the finding's args. */
  template: Text;
}

/**
 * Every finding the tool can report, declared once. `eligibility findings` and the README's
 * table are generated from here, so a new code is added here and nowhere else.
 */
export const CATALOGUE = {
  'E-FILE-UNREADABLE': {
    severity: 'error',
    title: { vi: 'Không đọc được tệp', en: 'File cannot be read' },
    template: { vi: 'Không đọc được tệp: {reason}', en: 'Cannot read the file: {reason}' },
  },
  'E-CAMPAIGN': {
    severity: 'error',
    title: { vi: 'Tệp quy tắc không hợp lệ', en: 'Invalid campaign file' },
    template: {
      vi: '{path}: cần {expected}, nhưng có {found}',
      en: '{path}: expected {expected}, found {found}',
    },
  },
  'E-OPTION': {
    severity: 'error',
    title: { vi: 'Tham số không hợp lệ', en: 'Invalid option' },
    template: { vi: '{reason}', en: '{reason}' },
  },
  'E-FORMAT': {
    severity: 'error',
    title: { vi: 'Định dạng tệp không hỗ trợ', en: 'Unsupported file format' },
    template: {
      vi: 'Tệp là {actual}, không phải .xlsx hay .csv. Lưu lại dưới dạng .xlsx rồi kiểm tra lại',
      en: 'The file is {actual}, not .xlsx or .csv. Save it as .xlsx and check again',
    },
  },
  'E-SHEET-MISSING': {
    severity: 'error',
    title: { vi: 'Không có trang tính danh sách', en: 'No nominee sheet' },
    template: {
      vi: 'Không thấy trang tính "Tập thể", "Cá nhân" hay trang có cột "Loại" (có: {sheets})',
      en: 'No sheet "Tập thể", "Cá nhân" or one with a "Loại" column (found: {sheets})',
    },
  },
  'E-HEADER-MISSING': {
    severity: 'error',
    title: { vi: 'Thiếu cột bắt buộc', en: 'Required column missing' },
    template: {
      vi: 'Thiếu cột bắt buộc {columns} trong 20 dòng đầu',
      en: 'Required column {columns} not found in the first 20 rows',
    },
  },
  'E-HEADER-DUPLICATE': {
    severity: 'error',
    title: { vi: 'Cột bị trùng', en: 'Duplicate column' },
    template: {
      vi: 'Cột "{header}" xuất hiện hai lần ({first} và {second}); dùng cột {first}',
      en: 'Column "{header}" appears twice ({first} and {second}); column {first} is used',
    },
  },
  'E-REQUIRED': {
    severity: 'error',
    title: { vi: 'Ô bắt buộc bị trống', en: 'Required cell is blank' },
    template: {
      vi: 'Ô "{header}" bắt buộc nhưng bị trống; dòng này không được xét',
      en: '"{header}" is required but blank; this row is not judged',
    },
  },
  'E-VALUE': {
    severity: 'error',
    title: { vi: 'Giá trị không hiểu được', en: 'Value not understood' },
    template: {
      vi: 'Không hiểu "{value}" trong cột "{header}" (cần: {expected})',
      en: 'Cannot understand "{value}" in "{header}" (expected: {expected})',
    },
  },
  'W-CODE-UNKNOWN': {
    severity: 'warning',
    title: { vi: 'Mã không có trong danh mục', en: 'Unknown code' },
    template: {
      vi: 'Mã "{value}" không có trong danh mục nên không được tính',
      en: 'Code "{value}" is not in the vocabulary and is not counted',
    },
  },
  'W-YEAR-MISSING': {
    severity: 'warning',
    title: { vi: 'Khen thưởng thiếu năm', en: 'Distinction without a year' },
    template: {
      vi: '"{value}" không ghi năm (dạng MÃ:NĂM); các tiêu chí cần nó sẽ "cần xem xét"',
      en: '"{value}" has no year (write CODE:YEAR); rules that need it answer unknown',
    },
  },
  'W-YEAR-OUTSIDE': {
    severity: 'warning',
    title: { vi: 'Năm ngoài giai đoạn', en: 'Year outside the period' },
    template: {
      vi: '"{value}": năm {year} ngoài giai đoạn {from}–{to} nên không được tính',
      en: '"{value}": {year} is outside {from}–{to} and is not counted',
    },
  },
  'W-COLUMN-NOT-APPLICABLE': {
    severity: 'warning',
    title: { vi: 'Cột không áp dụng', en: 'Column does not apply' },
    template: {
      vi: 'Cột "{header}" không áp dụng cho {kind}; giá trị "{value}" bị bỏ qua',
      en: 'Column "{header}" does not apply to a {kind}; "{value}" is ignored',
    },
  },
  'I-COLUMN-EXTRA': {
    severity: 'info',
    title: { vi: 'Cột không dùng đến', en: 'Column not used' },
    template: { vi: 'Các cột không dùng đến: {columns}', en: 'Columns not used: {columns}' },
  },
  'Q-OVER': {
    severity: 'error',
    title: { vi: 'Vượt số lượng phân bổ', en: 'Over quota' },
    template: {
      vi: '{unit}, {category}: đề nghị {nominated}, phân bổ {allocated}',
      en: '{unit}, {category}: {nominated} nominated, {allocated} allocated',
    },
  },
  'Q-UNDER': {
    severity: 'info',
    title: { vi: 'Chưa đủ số lượng', en: 'Seats left unfilled' },
    template: {
      vi: '{unit}, {category}: {eligible} đủ tiêu chuẩn trên {allocated} được phân bổ',
      en: '{unit}, {category}: {eligible} eligible of {allocated} allocated',
    },
  },
  'Q-UNIT': {
    severity: 'error',
    title: { vi: 'Đơn vị không có trong bảng phân bổ', en: 'Unit not in the allocation table' },
    template: {
      vi: 'Đơn vị "{value}" không có trong bảng phân bổ',
      en: 'Unit "{value}" is not in the allocation table',
    },
  },
  'D-DUP': {
    severity: 'error',
    title: { vi: 'Đề nghị trùng', en: 'Duplicate nomination' },
    template: {
      vi: '"{name}" đã được đề nghị ở {first}',
      en: '"{name}" is already nominated at {first}',
    },
  },
  'P-ROW': {
    severity: 'error',
    title: { vi: 'Dòng của bảng phân bổ cộng sai', en: 'Allocation row does not add up' },
    template: {
      vi: '{unit}: {fieldVi} = {value}, nhưng {partsVi} = {sum} (kế hoạch {plan}, mục {cite})',
      en: '{unit}: {fieldEn} = {value}, but {partsEn} = {sum} (plan {plan}, section {cite})',
    },
  },
  'P-COLUMN': {
    severity: 'error',
    title: { vi: 'Dòng tổng số in sai', en: 'Printed total row does not add up' },
    template: {
      vi: 'Dòng tổng số in {fieldVi} = {printed}, nhưng cộng cột được {sum} (kế hoạch {plan}, mục {cite})',
      en: 'The printed total row gives {fieldEn} = {printed}, but the column adds up to {sum} (plan {plan}, section {cite})',
    },
  },
  'P-STATED': {
    severity: 'error',
    title: { vi: 'Văn bản kế hoạch khác bảng phân bổ', en: "The plan's text disagrees with its table" },
    template: {
      vi: 'Kế hoạch {plan}, mục {cite} ghi {fieldVi}: {stated}, nhưng bảng phân bổ cộng lại được {table}',
      en: 'Plan {plan}, section {cite} states {fieldEn}: {stated}, but the allocation table adds up to {table}',
    },
  },
  'E-DIR-NOT-EMPTY': {
    severity: 'error',
    title: { vi: 'Thư mục đã có dữ liệu', en: 'Folder is not empty' },
    template: {
      vi: 'Thư mục {dir} đã tồn tại và không trống; chọn một thư mục mới',
      en: 'Folder {dir} exists and is not empty; choose a new one',
    },
  },
  'E-ENCODING': {
    severity: 'error',
    title: { vi: 'Tệp CSV không mã hoá UTF-8', en: 'CSV file is not UTF-8' },
    template: {
      vi: 'Tệp CSV không mã hoá UTF-8 nên chữ tiếng Việt bị hỏng. Trong Excel chọn "Lưu thành" › "CSV UTF-8", hoặc lưu dưới dạng .xlsx',
      en: 'The CSV file is not UTF-8, so Vietnamese letters would be garbled. In Excel use "Save As" › "CSV UTF-8", or save it as .xlsx',
    },
  },
  'I-SHEET-IGNORED': {
    severity: 'info',
    title: { vi: 'Trang tính không được đọc', en: 'Sheet not read' },
    template: {
      vi: 'Trang tính "{sheet}" không được đọc: không phải "Tập thể", "Cá nhân" và không có cột "Loại"',
      en: 'Sheet "{sheet}" is not read: it is not "Tập thể" or "Cá nhân" and has no "Loại" column',
    },
  },
  'E-OUTPUT-IS-INPUT': {
    severity: 'error',
    title: { vi: 'Tệp kết quả trùng tệp đầu vào', en: 'Output is an input file' },
    template: {
      vi: 'Tệp kết quả {path} chính là tệp đầu vào {input}; chọn tên khác để không ghi đè hồ sơ',
      en: 'The output {path} is the input file {input}; choose another name so the input is not overwritten',
    },
  },
  'E-OUTPUT-DIR': {
    severity: 'error',
    title: { vi: 'Không có thư mục để ghi kết quả', en: 'Output folder missing' },
    template: {
      vi: 'Không ghi được {path}: thư mục {dir} không tồn tại. Tạo thư mục trước hoặc chọn nơi khác',
      en: 'Cannot write {path}: folder {dir} does not exist. Create it first or choose another place',
    },
  },
  'E-OUTPUT-FOLDER': {
    severity: 'error',
    title: { vi: '--output là một thư mục', en: '--output is a folder' },
    template: {
      vi: '{path} là một thư mục; --output cần tên tệp, ví dụ {path}/bao-cao.xlsx',
      en: '{path} is a folder; --output needs a file name, e.g. {path}/report.xlsx',
    },
  },
  'E-OUTPUT-WRITE': {
    severity: 'error',
    title: { vi: 'Không ghi được tệp kết quả', en: 'Cannot write the output' },
    template: { vi: 'Không ghi được {path}: {reason}', en: 'Cannot write {path}: {reason}' },
  },
  'E-OUTPUT-EXISTS': {
    severity: 'error',
    title: { vi: 'Tệp đã tồn tại', en: 'File exists' },
    template: {
      vi: 'Tệp {path} đã có; chọn tên khác, hoặc thêm --force để ghi đè',
      en: 'File {path} already exists; choose another name, or add --force to overwrite it',
    },
  },
  'E-OUTPUT-BINARY': {
    severity: 'error',
    title: { vi: 'Cần --output cho tệp Excel', en: '--output needed for a binary format' },
    template: {
      vi: 'Báo cáo {format} là tệp nhị phân, không in ra màn hình được; thêm --output, ví dụ --output bao-cao.{extension}',
      en: 'The {format} report is a binary file and is never printed to a terminal; add --output, e.g. --output report.{extension}',
    },
  },
  'E-OUTPUT-MANY': {
    severity: 'error',
    title: { vi: 'Nhiều định dạng cần --output', en: 'Several formats need --output' },
    template: {
      vi: 'Nhiều định dạng ({formats}) cần --output TÊN; mỗi định dạng được ghi vào TÊN kèm đuôi của nó ({example})',
      en: 'Several formats ({formats}) need --output NAME; each is written to NAME with its own extension ({example})',
    },
  },
  'E-NO-FILES': {
    severity: 'error',
    title: { vi: 'Không có tệp danh sách', en: 'No nominee files' },
    template: {
      vi: 'Không tìm thấy tệp .xlsx hay .csv nào ở {path} (tệp ẩn và tệp khoá ~$ của Office được bỏ qua)',
      en: 'No .xlsx or .csv file found at {path} (hidden files and Office lock files ~$ are skipped)',
    },
  },
  'Q-FOREIGN-UNIT': {
    severity: 'error',
    title: { vi: 'Đề nghị của đơn vị khác', en: "Another unit's nominee" },
    template: {
      vi: '"{name}" thuộc {unit}, nhưng tệp này là hồ sơ của {fileUnit}; không tính vào số lượng của {fileUnit}',
      en: '"{name}" belongs to {unit}, but this file is the submission of {fileUnit}; not counted in its quota',
    },
  },
  'I-FILE-UNIT': {
    severity: 'info',
    title: { vi: 'Đơn vị của tệp', en: 'Unit of the file' },
    template: {
      vi: 'Tệp được coi là hồ sơ của {unit} ({count}/{total} đề nghị ghi đơn vị này)',
      en: 'The file is taken as the submission of {unit} ({count} of {total} nominees name it)',
    },
  },
  'DL-LATE': {
    severity: 'warning',
    title: { vi: 'Gửi sau thời hạn', en: 'Submitted after the deadline' },
    template: {
      vi: 'Ngày gửi {dateVn} sau thời hạn {deadlineVn}',
      en: 'Submitted on {date}, after the deadline {deadline}',
    },
  },
} as const satisfies Record<string, FindingType>;

export type FindingCode = keyof typeof CATALOGUE;

/** Build a finding whose severity comes from the catalogue. */
export function finding(
  code: FindingCode,
  args: Finding['args'],
  position: Omit<Finding, 'code' | 'severity' | 'args'> = {},
): Finding {
  return { code, severity: CATALOGUE[code].severity, ...position, args };
}

export function renderFinding(f: Finding, lang: Lang): string {
  const type = (CATALOGUE as Record<string, FindingType>)[f.code];
  if (!type) return `${f.code} ${JSON.stringify(f.args)}`;
  return fill(type.template[lang], f.args);
}

export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}
