import type { Text } from '../campaign/schema.js';
import type { Finding, Lang, Severity } from './finding.js';
import { repeatedLine } from './repeats.js';

/**
 * A command that reports a finding at another severity than `check`: `plan check` is the plan's
 * own check, where the plan's mismatches are what it is run for (errors, exit 1); in `check` they
 * are information, since a submitting unit cannot correct the plan.
 */
export type Context = 'plan check';

export interface FindingType {
  /** The severity in `check`, and the one `eligibility findings` lists. */
  severity: Severity;
  /** Where the severity differs from `check`'s (see `Context`). */
  contexts?: Partial<Record<Context, Severity>>;
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
  'E-CAMPAIGN-NAME': {
    severity: 'error',
    title: { vi: 'Tệp quy tắc dùng một mã không có', en: 'A campaign file names an unknown code' },
    template: {
      vi: '{path}: "{name}" không phải {kind}{hint}',
      en: '{path}: "{name}" is not {kind}{hint}',
    },
  },
  'E-CAMPAIGN-LOOP': {
    severity: 'error',
    title: { vi: 'Các mã kéo theo nhau thành vòng', en: 'Codes that imply each other in a loop' },
    template: {
      vi: '{path}: các mã kéo theo nhau thành vòng tròn: {cycle}',
      en: '{path}: the codes imply each other in a loop: {cycle}',
    },
  },
  'E-CAMPAIGN-COLUMN': {
    severity: 'error',
    title: { vi: 'Tiêu chí đọc cột mà đối tượng không có', en: 'A criterion reads a column its kind lacks' },
    template: {
      vi: '{path}: tiêu chí áp dụng cho {kind} nhưng đọc cột "{column}", cột chỉ có ở {kinds}',
      en: '{path}: the criterion applies to {kind} but reads the column "{column}", which only {kinds} have',
    },
  },
  'W-CAMPAIGN-UNUSED-COLUMN': {
    severity: 'warning',
    title: { vi: 'Cột khai báo không tiêu chí nào dùng', en: 'A declared column no criterion uses' },
    template: {
      vi: 'Cột "{column}" ({id}) được khai báo nhưng không tiêu chí nào đọc: các đơn vị sẽ điền mà không để làm gì',
      en: 'The column "{column}" ({id}) is declared but no criterion reads it: units would fill it in for nothing',
    },
  },
  'E-CAMPAIGN-UNKNOWN': {
    severity: 'error',
    title: { vi: 'Không có bộ quy tắc này', en: 'No such campaign' },
    template: {
      vi: '"{given}" không phải thư mục, cũng không phải mã bộ quy tắc có sẵn ({known}).{hint}',
      en: '"{given}" is neither a folder nor the id of a shipped campaign ({known}).{hint}',
    },
  },
  'E-CASES-NONE': {
    severity: 'error',
    title: { vi: 'Bộ quy tắc chưa có trường hợp kiểm thử', en: 'The campaign has no test cases' },
    template: {
      vi: '{dir} chưa có tệp trường hợp kiểm thử: cases.csv, cases.xlsx hoặc các tệp trong thư mục cases/',
      en: '{dir} has no test cases: cases.csv, cases.xlsx or files in a cases/ folder',
    },
  },
  'E-CASES-COLUMNS': {
    severity: 'error',
    title: { vi: 'Tệp trường hợp thiếu cột kết quả mong đợi', en: 'Cases file without expected results' },
    template: {
      vi: 'Không thấy cột "Kết quả mong đợi" hay cột mang mã tiêu chí nào: không có gì để so',
      en: 'No "Kết quả mong đợi" (expected verdict) column and no column named by a criterion id: nothing to compare',
    },
  },
  'E-CASES-RULE': {
    severity: 'error',
    title: { vi: 'Cột kết quả mang mã tiêu chí không có', en: 'Expected results for an unknown criterion' },
    template: {
      vi: 'Bộ quy tắc không có tiêu chí {id}.{hint}',
      en: 'The campaign has no criterion {id}.{hint}',
    },
  },
  'E-CASES-VALUE': {
    severity: 'error',
    title: { vi: 'Kết quả mong đợi không hiểu được', en: 'Expected result not understood' },
    template: {
      vi: '"{value}" không phải kết quả mong đợi (ghi một trong: {allowed})',
      en: '"{value}" is not an expected result (write one of: {allowed})',
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
      vi: 'Không thấy trang tính "Tập thể", "Cá nhân" hay trang có cột "Loại" (có: {sheets}). Đặt tên trang danh sách là "Cá nhân" hoặc "Tập thể"',
      en: 'No sheet "Tập thể", "Cá nhân" or one with a "Loại" column (found: {sheets}). Name the nominee sheet "Cá nhân" or "Tập thể"',
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
  'W-HEADER-DUPLICATE': {
    severity: 'warning',
    title: { vi: 'Cột bị trùng', en: 'Duplicate column' },
    template: {
      vi: 'Cột "{header}" xuất hiện hai lần ({first} và {second}); dùng cột {first}',
      en: 'Column "{header}" appears twice ({first} and {second}); column {first} is used',
    },
  },
  'E-HEADER-CONFLICT': {
    severity: 'error',
    title: { vi: 'Hai cột trùng ghi khác nhau', en: 'Duplicate columns disagree' },
    template: {
      vi: 'Cột {first} ("{firstHeader}") và cột {second} ("{secondHeader}") là cùng một cột nhưng ghi khác nhau ở dòng {row} ("{firstValue}" và "{secondValue}"), nên kết quả sẽ tuỳ cột nào được đọc; xoá hoặc đổi tên một trong hai cột rồi kiểm tra lại',
      en: 'Columns {first} ("{firstHeader}") and {second} ("{secondHeader}") are the same column but differ on row {row} ("{firstValue}" and "{secondValue}"), so the result would depend on which one is read; delete or rename one of them and check again',
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
  'E-KIND': {
    severity: 'error',
    title: { vi: 'Loại đối tượng không được xét', en: 'Kind of nominee not judged' },
    template: {
      vi: 'Dòng này là {form} nhưng đợt này không xét loại đó (các loại được xét: {kinds}); dòng này không được xét',
      en: 'This row is {form}, which this round does not judge (it judges: {kinds}); this row is not judged',
    },
  },
  'E-AWARD': {
    severity: 'error',
    title: { vi: 'Danh hiệu đề nghị không có trong đợt này', en: 'Award not in this round' },
    template: {
      vi: 'Đợt này không có danh hiệu "{value}"{hint}; dòng này không được xét',
      en: 'This round has no award "{value}"{hint}; this row is not judged',
    },
  },
  'E-AWARD-KIND': {
    severity: 'error',
    title: { vi: 'Danh hiệu không xét cho loại đối tượng này', en: 'Award not given to this kind' },
    template: {
      vi: 'Danh hiệu "{award}" không xét cho {form}; dòng này không được xét',
      en: 'The award "{award}" is not given to {form}; this row is not judged',
    },
  },
  'E-AWARD-UNSAID': {
    severity: 'error',
    title: { vi: 'Không rõ danh hiệu đề nghị', en: 'Award asked for not said' },
    template: {
      vi: 'Dòng này không ghi danh hiệu đề nghị, mà {form} có thể được đề nghị: {awards}; dòng này không được xét',
      en: 'This row does not say which award it asks for, and {form} may ask for: {awards}; this row is not judged',
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
      en: 'Column "{header}" does not apply to {kind}; "{value}" is ignored',
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
      vi: '{unit}, {category}: đề nghị {nominated}, phân bổ {allocated}. {advice}',
      en: '{unit}, {category}: {nominated} nominated, {allocated} allocated. {advice}',
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
  'Q-UNIT-AMBIGUOUS': {
    severity: 'error',
    title: { vi: 'Tên đơn vị không rõ là đơn vị nào', en: 'Unit name could be two units' },
    template: {
      vi: 'Đơn vị "{value}" có thể là {first} hoặc {second}; ghi rõ tên đơn vị như trong bảng phân bổ',
      en: 'Unit "{value}" could be {first} or {second}; write the unit as the allocation table names it',
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
    severity: 'info',
    contexts: { 'plan check': 'error' },
    title: { vi: 'Dòng của bảng phân bổ cộng sai', en: 'Allocation row does not add up' },
    template: {
      vi: '{unit}: {field} = {value}, nhưng {parts} = {sum} (kế hoạch {plan}, mục {cite})',
      en: '{unit}: {field} = {value}, but {parts} = {sum} (plan {plan}, section {cite})',
    },
  },
  'P-COLUMN': {
    severity: 'info',
    contexts: { 'plan check': 'error' },
    title: { vi: 'Dòng tổng số in sai', en: 'Printed total row does not add up' },
    template: {
      vi: 'Dòng tổng số in {field} = {printed}, nhưng cộng cột được {sum} (kế hoạch {plan}, mục {cite})',
      en: 'The printed total row gives {field} = {printed}, but the column adds up to {sum} (plan {plan}, section {cite})',
    },
  },
  'P-STATED': {
    severity: 'info',
    contexts: { 'plan check': 'error' },
    title: { vi: 'Văn bản kế hoạch khác bảng phân bổ', en: "The plan's text disagrees with its table" },
    template: {
      vi: 'Kế hoạch {plan}, mục {cite} ghi {field}: {stated}, nhưng bảng phân bổ cộng lại được {table}',
      en: 'Plan {plan}, section {cite} states {field}: {stated}, but the allocation table adds up to {table}',
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
      vi: 'Tệp CSV không đọc được như UTF-8 ({encoding}), nên chữ tiếng Việt sẽ bị hỏng. Trong Excel chọn "Lưu thành" › "CSV UTF-8", hoặc lưu dưới dạng .xlsx',
      en: 'The CSV file cannot be read as UTF-8 ({encoding}), so Vietnamese letters would be garbled. In Excel use "Save As" › "CSV UTF-8", or save it as .xlsx',
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
  'E-FILE-EMPTY': {
    severity: 'error',
    title: { vi: 'Tệp trống', en: 'Empty file' },
    template: {
      vi: 'Tệp trống, không có dữ liệu. Kiểm tra lại đã chọn đúng tệp, hoặc xin gửi lại tệp',
      en: 'The file is empty, it holds no data. Check that the right file was chosen, or ask for it again',
    },
  },
  'E-FILE-CORRUPT': {
    severity: 'error',
    title: { vi: 'Tệp bị hỏng', en: 'Damaged file' },
    template: {
      vi: 'Tệp .xlsx bị hỏng hoặc không trọn vẹn (có thể tải về hay sao chép chưa xong). Mở bằng Excel rồi lưu lại dưới dạng .xlsx, hoặc xin gửi lại tệp',
      en: 'The .xlsx file is damaged or incomplete (perhaps a download or copy that did not finish). Open it in Excel and save it again as .xlsx, or ask for it again',
    },
  },
  'E-FORMAT-ENCRYPTED': {
    severity: 'error',
    title: { vi: 'Tệp Excel có mật khẩu', en: 'Password-protected workbook' },
    template: {
      vi: 'Tệp Excel có đặt mật khẩu nên không đọc được. Mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu) rồi lưu lại dưới dạng .xlsx',
      en: 'The Excel file is password-protected and cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it as .xlsx',
    },
  },
  'I-FORMAT-RENAMED': {
    severity: 'info',
    title: { vi: 'Đuôi tệp không đúng loại tệp', en: 'File named as another type' },
    template: {
      vi: 'Tệp có đuôi {extension} nhưng thực ra là {actual}; đã đọc như {actual}',
      en: 'The file is named {extension} but is really {actual}; it was read as such',
    },
  },
  'I-ENCODING': {
    severity: 'info',
    title: { vi: 'CSV mã hoá cũ', en: 'CSV in a legacy encoding' },
    template: {
      vi: 'Tệp CSV mã hoá {encoding}; đã chuyển sang Unicode để đọc. Nên lưu lại dạng "CSV UTF-8" hoặc .xlsx',
      en: 'The CSV file is in {encoding}; it was converted to Unicode to be read. Better save it as "CSV UTF-8" or .xlsx',
    },
  },
  'E-EMPTY-SUBMISSION': {
    severity: 'error',
    title: { vi: 'Hồ sơ không có đề nghị nào', en: 'Empty submission' },
    template: {
      vi: 'Không trang tính nào của tệp có dòng đề nghị: danh sách chưa được điền, hoặc gửi nhầm tệp mẫu trống. Điền danh sách rồi gửi lại',
      en: 'No sheet of the file has a nominee row: the list was not filled in, or the blank template was sent. Fill in the list and send it again',
    },
  },
  'W-SHEET-NO-ROWS': {
    severity: 'warning',
    title: { vi: 'Trang tính không có dòng đề nghị', en: 'Sheet without nominees' },
    template: {
      vi: 'Trang tính có dòng tiêu đề (dòng {row}) nhưng không có dòng đề nghị nào',
      en: 'The sheet has a header (row {row}) but no nominee rows',
    },
  },
  'E-FORMULA-NO-RESULT': {
    severity: 'error',
    title: { vi: 'Công thức chưa có kết quả', en: 'Formula without a result' },
    template: {
      vi: 'Ô có công thức ={formula} nhưng tệp không lưu kết quả của nó, nên ô được đọc như ô trống. Mở tệp bằng Excel, lưu lại rồi kiểm tra lại',
      en: 'The cell holds the formula ={formula} but the file stores no result for it, so it is read as blank. Open the file in Excel, save it and check again',
    },
  },
  'W-ROWS-HIDDEN': {
    severity: 'warning',
    title: { vi: 'Dòng bị ẩn', en: 'Hidden rows' },
    template: {
      vi: 'Các dòng đang bị ẩn trong Excel vẫn được xét: {rows}',
      en: 'Rows hidden in Excel are still judged: {rows}',
    },
  },
  'W-COLUMNS-HIDDEN': {
    severity: 'warning',
    title: { vi: 'Cột bị ẩn', en: 'Hidden columns' },
    template: {
      vi: 'Các cột đang bị ẩn trong Excel vẫn được đọc: {columns}',
      en: 'Columns hidden in Excel are still read: {columns}',
    },
  },
  'I-TABLE-END': {
    severity: 'info',
    title: { vi: 'Phần cuối bảng', en: 'End of the table' },
    template: {
      vi: 'Bảng kết thúc ở dòng {last}; các dòng {rows} ({parts}) không phải đề nghị nên không được xét',
      en: 'The table ends at row {last}; rows {rows} ({parts}) are not nominees and are not judged',
    },
  },
  'W-ROW-AFTER-FOOTER': {
    severity: 'warning',
    title: { vi: 'Đề nghị nằm sau phần cuối bảng', en: 'Nominee after the end of the table' },
    template: {
      vi: 'Dòng {row} nằm sau phần cuối bảng (từ dòng {footer}) nhưng ghi như một đề nghị nên vẫn được xét. Nếu đúng là đề nghị, chuyển dòng này lên trong bảng; nếu không, xoá đi',
      en: 'Row {row} comes after the end of the table (from row {footer}) but reads as a nominee, so it is judged. If it is one, move it up into the table; if not, delete it',
    },
  },
  'I-SECTION': {
    severity: 'info',
    title: { vi: 'Dòng tiêu đề mục', en: 'Section heading' },
    template: {
      vi: 'Dòng "{text}" là tiêu đề mục ({value}), không phải đề nghị; {filled} dòng dưới mục để trống ô này được hiểu theo mục',
      en: '"{text}" is a section heading ({value}), not a nominee; {filled} rows under it with that cell blank are read as it says',
    },
  },
  'W-SECTION-CONFLICT': {
    severity: 'warning',
    title: { vi: 'Dòng khác mục của nó', en: 'Row disagrees with its section' },
    template: {
      vi: 'Ô "{header}" ghi "{value}" nhưng dòng nằm dưới mục "{section}" (dòng {sectionRow}); dùng giá trị trong ô',
      en: '"{header}" says "{value}" but the row is under the heading "{section}" (row {sectionRow}); the cell is used',
    },
  },
  'I-TABLE-SECOND': {
    severity: 'info',
    title: { vi: 'Bảng thứ hai trên trang tính', en: 'Second table on the sheet' },
    template: {
      vi: 'Dòng {row} là dòng tiêu đề của bảng {kind} tiếp theo trên cùng trang tính; các dòng dưới được đọc theo bảng này',
      en: 'Row {row} is the header of a further table of {kind} on the same sheet; the rows below are read by it',
    },
  },
  'E-BIRTH-BOTH': {
    severity: 'error',
    title: { vi: 'Năm sinh ghi ở cả cột Nam và Nữ', en: 'Birth year under both Nam and Nữ' },
    template: {
      vi: 'Năm sinh ghi ở cả cột Nam ({male}) và cột Nữ ({female}) nên không rõ giới tính; chỉ ghi vào cột đúng giới tính',
      en: 'A birth year is written under both Nam ({male}) and Nữ ({female}), so the gender is unclear; write it under one only',
    },
  },
  'E-LIMIT-SIZE': {
    severity: 'error',
    title: { vi: 'Tệp giải nén quá lớn', en: 'File unpacks too large' },
    template: {
      vi: 'Tệp giải nén ra hơn {limit} MB, quá lớn cho một danh sách đề nghị, nên không đọc. Nếu đúng là tệp thật, chạy lại với --max-inflated-mb',
      en: 'The file unpacks to more than {limit} MB, too large for a nominee list, so it is not read. If it is genuine, run again with --max-inflated-mb',
    },
  },
  'E-LIMIT-ROWS': {
    severity: 'error',
    title: { vi: 'Quá nhiều dòng', en: 'Too many rows' },
    template: {
      vi: 'Có hơn {limit} dòng dữ liệu, quá nhiều cho một danh sách đề nghị, nên không đọc. Nếu đúng là tệp thật, chạy lại với --max-rows',
      en: 'More than {limit} rows of data, too many for a nominee list, so it is not read. If it is genuine, run again with --max-rows',
    },
  },
  'E-LIMIT-CELLS': {
    severity: 'error',
    title: { vi: 'Quá nhiều ô', en: 'Too many cells' },
    template: {
      vi: 'Tệp có hơn {limit} ô, quá nhiều cho một danh sách đề nghị, nên không đọc. Nếu đúng là tệp thật, chạy lại với --max-cells',
      en: 'The file holds more than {limit} cells, too many for a nominee list, so it is not read. If it is genuine, run again with --max-cells',
    },
  },
  'E-LIMIT-CELL-LENGTH': {
    severity: 'error',
    title: { vi: 'Ô quá dài', en: 'Cell too long' },
    template: {
      vi: 'Ô dài hơn {limit} ký tự, nên tệp không được đọc. Nếu đúng là dữ liệu thật, chạy lại với --max-cell-length',
      en: 'The cell is longer than {limit} characters, so the file is not read. If it is genuine, run again with --max-cell-length',
    },
  },
  'E-LIMIT-LINE': {
    severity: 'error',
    title: { vi: 'Dòng CSV quá dài', en: 'CSV line too long' },
    template: {
      vi: 'Dòng dài hơn {limit} ký tự (có thể thiếu dấu ngoặc kép đóng), nên tệp không được đọc. Nếu đúng là dữ liệu thật, chạy lại với --max-cell-length',
      en: 'The line is longer than {limit} characters (perhaps a closing quote is missing), so the file is not read. If it is genuine, run again with --max-cell-length',
    },
  },
  'E-CSV-QUOTE': {
    severity: 'error',
    title: { vi: 'Thiếu dấu ngoặc kép đóng', en: 'Closing quote missing' },
    template: {
      vi: 'Dấu ngoặc kép mở ô {cell} ở dòng {line} {extent}, nên các dòng sau bị gộp vào ô đó và tệp không được đọc. Thêm dấu " đóng ở cuối ô {cell}, hoặc xoá dấu " thừa ở đầu ô',
      en: 'The quote opening cell {cell} on line {line} {extent}, so the lines below are taken into that cell and the file is not read. Add the closing " at the end of cell {cell}, or delete the stray " at its start',
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
  'E-OUTPUT-NOT-FILE': {
    severity: 'error',
    title: { vi: '--output không phải tệp thường', en: '--output is not a regular file' },
    template: {
      vi: '{path} là {kind}, không phải tệp thường nên không ghi đè; --output cần tên một tệp, hoặc - để in ra đầu ra chuẩn',
      en: '{path} is {kind}, not a regular file, so it is not replaced; --output needs a file name, or - for standard output',
    },
  },
  'E-OUTPUT-DENIED': {
    severity: 'error',
    title: { vi: 'Không có quyền ghi', en: 'No permission to write' },
    template: {
      vi: 'Không ghi được {path}: không có quyền ghi vào thư mục {dir}. Chọn thư mục khác với --output',
      en: 'Cannot write {path}: no permission to write in {dir}. Choose another folder with --output',
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
  'E-FOLDER-UNREADABLE': {
    severity: 'error',
    title: { vi: 'Không đọc được thư mục', en: 'Folder cannot be read' },
    template: {
      vi: 'Không đọc được thư mục này: {reason}; các tệp trong đó chưa được kiểm tra',
      en: 'Cannot read this folder: {reason}; the files in it were not checked',
    },
  },
  'E-LINK-BROKEN': {
    severity: 'error',
    title: { vi: 'Liên kết hỏng', en: 'Broken link' },
    template: {
      vi: 'Liên kết tượng trưng này trỏ tới {target}, nơi không có tệp nào; tệp nó trỏ tới chưa được kiểm tra',
      en: 'This symbolic link points to {target}, where there is no file; the file it stands for was not checked',
    },
  },
  'E-FILE-CHANGED': {
    severity: 'error',
    title: { vi: 'Tệp thay đổi khi đang đọc', en: 'File changed while read' },
    template: {
      vi: 'Tệp đã thay đổi trong lúc đang đọc (cỡ tệp hoặc giờ sửa khác đi), nên kết quả có thể lẫn nội dung cũ và mới. Đợi lưu xong rồi kiểm tra lại',
      en: 'The file changed while it was read (its size or modification time), so the result may mix old and new content. Wait until it is saved and check again',
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
  'HD-APPROVED-INELIGIBLE': {
    severity: 'error',
    title: { vi: 'Hội đồng đồng ý người không đủ tiêu chuẩn', en: 'Council approved an ineligible nominee' },
    template: {
      vi: 'Hội đồng đồng ý "{name}" nhưng không đủ tiêu chuẩn: {rules}',
      en: 'The council approved "{name}", who is not eligible: {rules}',
    },
  },
  'HD-APPROVED-REVIEW': {
    severity: 'error',
    title: { vi: 'Hội đồng đồng ý người còn cần xem xét', en: 'Council approved a nominee still to review' },
    template: {
      vi: 'Hội đồng đồng ý "{name}" nhưng còn cần xem xét: {rules}',
      en: 'The council approved "{name}", who is still to review: {rules}',
    },
  },
  'HD-OVER-SEATS': {
    severity: 'error',
    title: { vi: 'Hội đồng đồng ý vượt số lượng', en: 'Council approved more than the seats' },
    template: {
      vi: '{unit}, {category}: Hội đồng đồng ý {approved} cho {seats} chỗ',
      en: '{unit}, {category}: the council approved {approved} for {seats} seats',
    },
  },
  'HD-REJECTED-ELIGIBLE': {
    severity: 'info',
    title: { vi: 'Hội đồng không đồng ý người đủ tiêu chuẩn', en: 'Council turned down an eligible nominee' },
    template: {
      vi: 'Hội đồng không đồng ý "{name}" dù đủ tiêu chuẩn',
      en: 'The council turned down "{name}", who is eligible',
    },
  },
  'HD-BLANK': {
    severity: 'warning',
    title: { vi: 'Chưa có kết luận của Hội đồng', en: 'No council decision yet' },
    template: {
      vi: 'Chưa ghi kết luận của Hội đồng cho "{name}" (cần ghi Đồng ý hoặc Không đồng ý)',
      en: 'No council decision for "{name}" yet (write Đồng ý or Không đồng ý)',
    },
  },
  'HD-UNMATCHED': {
    severity: 'warning',
    title: { vi: 'Kết luận không khớp với ai', en: 'Decision matches no nominee' },
    template: {
      vi: 'Kết luận cho "{name}" ({unit}) không khớp với người nào được đề nghị',
      en: 'The decision for "{name}" ({unit}) matches no nominee',
    },
  },
  'HD-AMBIGUOUS': {
    severity: 'warning',
    title: { vi: 'Kết luận khớp với nhiều người', en: 'Decision matches several nominees' },
    template: {
      vi: 'Kết luận cho "{name}" ({unit}) khớp với {count} người: ghi thêm năm sinh',
      en: 'The decision for "{name}" ({unit}) matches {count} nominees: add the birth year',
    },
  },
} as const satisfies Record<string, FindingType>;

export type FindingCode = keyof typeof CATALOGUE;

/** The severity of a finding in `context`, or in `check` without one. */
export function severityOf(code: FindingCode, context?: Context): Severity {
  const type: FindingType = CATALOGUE[code];
  return (context && type.contexts?.[context]) ?? type.severity;
}

/** Build a finding whose severity comes from the catalogue (for `context`, when given). */
export function finding(
  code: FindingCode,
  args: Finding['args'],
  position: Omit<Finding, 'code' | 'severity' | 'args'> = {},
  context?: Context,
): Finding {
  return { code, severity: severityOf(code, context), ...position, args };
}

export function renderFinding(f: Finding, lang: Lang): string {
  const type = (CATALOGUE as Record<string, FindingType>)[f.code];
  if (!type) return `${f.code} ${JSON.stringify(f.args)}`;
  const message = fill(type.template[lang], f.args, lang);
  return f.repeated === undefined ? message : `${message} ${repeatedLine(f.repeated, lang)}`;
}

const SUFFIX: Record<Lang, string> = { vi: 'Vi', en: 'En' };

/**
 * Fill `{name}` placeholders. With a language, an argument `nameVi` / `nameEn` wins over `name`:
 * a word that differs by language (a kind, a file type) travels as two plain arguments, so
 * findings stay flat data in JSON.
 */
export function fill(template: string, args: Record<string, string | number>, lang?: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const own = lang === undefined ? undefined : `${key}${SUFFIX[lang]}`;
    if (own !== undefined && own in args) return String(args[own]);
    return key in args ? String(args[key]) : whole;
  });
}

/** `{ kindVi: …, kindEn: … }`: an argument whose words differ by language (see `fill`). */
export function inLangs(key: string, text: Text): Record<string, string> {
  return { [`${key}${SUFFIX.vi}`]: text.vi, [`${key}${SUFFIX.en}`]: text.en };
}
