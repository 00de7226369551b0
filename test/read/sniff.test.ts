import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cfb, noise, zip } from '../../scripts/lib/office-files.mjs';
import { renderFinding } from '../../src/findings/catalogue.js';
import type { Finding } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { sniffFile } from '../../src/read/sniff.js';
import { inputError } from '../helpers/errors.js';
import { ctx, INDIVIDUAL_HEADERS, scratch, writeText, writeWorkbook } from './helpers.js';

const at = await scratch();

const CFB_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The file's finding, and its line in both languages. */
async function refused(file: string) {
  const { finding } = await inputError(readNomineeFile(file, ctx));
  return { finding, vi: renderFinding(finding, 'vi'), en: renderFinding(finding, 'en') };
}

const SAVE_AS = { vi: 'Lưu lại dưới dạng .xlsx', en: 'Save it as .xlsx' };

describe('what a file really is', () => {
  it('takes a zip as xlsx and anything textual as CSV, whatever the name', async () => {
    const xlsx = await writeWorkbook(at('renamed.csv'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }]);
    expect((await sniffFile(xlsx)).type).toBe('xlsx');
    expect((await sniffFile(await writeText(at('text.xlsx'), 'Loại,Họ và tên\n'))).type).toBe('csv');
  });

  it.each([
    ['0 bytes', Buffer.alloc(0)],
    ['a BOM and blank lines', Buffer.from('\uFEFF\r\n  \r\n')],
    ['only delimiters', Buffer.from(';;;\n,,,\n')],
    ['UTF-16 blank lines', Buffer.from('\uFEFF\r\n\r\n', 'utf16le')],
  ])('calls a file of %s empty', async (_what, bytes) => {
    const { finding, vi } = await refused(await writeText(at('empty.xlsx'), bytes));
    expect(finding.code).toBe('E-FILE-EMPTY');
    expect(vi).toMatch(/^Tệp trống/);
  });

  it('refuses an old .xls (CFB with a Workbook stream), asking for .xlsx in either language', async () => {
    const file = await writeText(
      at('old.xlsx'),
      cfb([{ name: 'Workbook', data: Buffer.from([9, 8, 16, 0]) }]),
    );
    const { finding, vi, en } = await refused(file);
    expect(finding).toMatchObject({
      code: 'E-FORMAT',
      file,
      args: { actualEn: 'an Excel 97–2003 workbook (.xls)' },
    });
    expect(vi).toContain('Excel 97–2003 (.xls)');
    expect(vi).toContain(SAVE_AS.vi);
    expect(en).toContain(SAVE_AS.en);
  });

  it('tells a password-protected workbook from an old .xls, and says to remove the password', async () => {
    const file = await writeText(
      at('locked.xlsx'),
      cfb([
        { name: 'EncryptionInfo', data: Buffer.from([4, 0, 4, 0]) },
        { name: 'EncryptedPackage', data: noise(5000) },
      ]),
    );
    const { finding, vi, en } = await refused(file);
    expect(finding.code).toBe('E-FORMAT-ENCRYPTED');
    expect(vi).toContain('mật khẩu');
    expect(en).toContain('remove the password');
  });

  it('finds the encryption stream by name when the directory cannot be followed', async () => {
    const body = Buffer.concat([CFB_HEADER, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le')]);
    expect((await refused(await writeText(at('locked-damaged.xlsx'), body))).finding.code).toBe(
      'E-FORMAT-ENCRYPTED',
    );
  });

  it.each([
    ['Word 97–2003', cfb([{ name: 'WordDocument', data: Buffer.alloc(10) }]), /Word 97–2003/],
    [
      'an OpenDocument spreadsheet',
      zip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      /OpenDocument spreadsheet \(\.ods\)/,
    ],
    [
      'an OpenDocument text',
      zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }]),
      /OpenDocument file/,
    ],
    ['a .docx', zip([{ name: 'word/document.xml', data: '<w:document/>' }]), /Word document \(\.docx\)/],
    ['an .xlsb', zip([{ name: 'xl/workbook.bin', data: Buffer.alloc(8) }]), /\.xlsb/],
    ['a plain zip', zip([{ name: 'a.txt', data: 'a' }]), /\.zip archive/],
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3'), /PDF/],
    ['a photo', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noise(100)]), /image \(JPEG\)/],
    ['a RAR archive', Buffer.concat([Buffer.from('Rar!\x1a\x07'), noise(100)]), /RAR/],
    [
      'an HTML export named .xls',
      Buffer.from('\uFEFF\r\n  <HTML><body><table><tr><td>1</td></tr></table>'),
      /HTML/,
    ],
    [
      'an XML Spreadsheet 2003',
      Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      /XML Spreadsheet 2003/,
    ],
    ['binary garbage', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), /binary/],
  ])('refuses %s with E-FORMAT, saying what it is', async (_what, bytes, actual) => {
    const { finding, en } = await refused(await writeText(at('not-a-list.xlsx'), bytes));
    expect(finding.code).toBe('E-FORMAT');
    expect(en).toMatch(actual);
    expect(en).toContain(SAVE_AS.en);
  });

  it('reports a missing file with its reason', async () => {
    const file = at('nowhere.xlsx');
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({ code: 'E-FILE-UNREADABLE', file });
    expect(error.finding.args.reason).toMatch(/^ENOENT/);
  });

  it('reports a folder given as a file', async () => {
    const dir = at('folder.csv');
    await mkdir(dir);
    const error = await inputError(readNomineeFile(dir, ctx));
    expect(error.finding.code).toBe('E-FILE-UNREADABLE');
  });
});

describe('a damaged workbook', async () => {
  const good = await readFile(
    await writeWorkbook(at('good.xlsx'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }]),
  );
  const sheet = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
  const workbook = [{ name: 'xl/workbook.xml', data: '<workbook/>' }];

  it.each([
    ['cut short, as by a download that did not finish', good.subarray(0, Math.floor(good.length * 0.6))],
    ['a zip header and nothing else', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)])],
    [
      'its compressed data overwritten',
      zip([...workbook, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0) }]).fill(0xff, 40, 48),
    ],
    [
      'an entry larger than it says',
      zip([...workbook, { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 20 }]),
    ],
    [
      'an entry smaller than it says',
      zip([...workbook, { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: sheet.length + 1 }]),
    ],
    ['an entry whose checksum does not match', flipped()],
  ])('is E-FILE-CORRUPT when %s', async (_what, bytes) => {
    const { finding, vi, en } = await refused(await writeText(at('damaged.xlsx'), bytes));
    expect(finding.code).toBe('E-FILE-CORRUPT');
    expect(typeof finding.args.detail).toBe('string');
    expect(vi).toContain('bị hỏng');
    expect(en).toContain('damaged or incomplete');
  });

  /** A sheet stored uncompressed with one byte changed after its checksum was written: it still unpacks. */
  function flipped(): Buffer {
    const bytes = zip([...workbook, { name: 'xl/worksheets/sheet1.xml', data: sheet, method: 0 }]);
    const at = bytes.indexOf('<v>1</v>');
    bytes[at + 3] = 0x32;
    return bytes;
  }

  it.each(['load', 'stream'] as const)(
    'refuses a workbook whose checksum does not match, naming the file, read by %s',
    async (xlsx) => {
      const file = await writeText(at(`checksum-${xlsx}.xlsx`), flipped());
      const { finding } = await inputError(readNomineeFile(file, { ...ctx, xlsx }));
      expect(finding).toMatchObject({ code: 'E-FILE-CORRUPT', file, severity: 'error' });
      expect(finding.args.detail).toBe('xl/worksheets/sheet1.xml does not match its checksum');
      expect(renderFinding(finding, 'vi')).toMatch(/^Tệp \.xlsx bị hỏng/);
    },
  );
});

describe('a file named as another type', () => {
  const csv = `Loại,Họ và tên,Năm sinh,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020
Cá nhân,Lò Thị Mai,1985,Phong Thổ,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT
`;

  it('reads a CSV named .xlsx as CSV, saying so once', async () => {
    const result = await readNomineeFile(await writeText(at('list.xlsx'), csv), ctx);
    expect(result.nominees.map((n) => n.name)).toEqual(['Lò Thị Mai']);
    const notes = result.findings.filter((f) => f.code === 'I-FORMAT-RENAMED');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.severity).toBe('info');
    expect(renderFinding(notes[0] as Finding, 'vi')).toBe(
      'Tệp có đuôi .xlsx nhưng thực ra là tệp văn bản CSV; đã đọc như tệp văn bản CSV',
    );
  });

  it('reads a workbook named .xls, saying so', async () => {
    const file = await writeWorkbook(at('list.xls'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }]);
    const result = await readNomineeFile(file, ctx);
    expect(result.findings.map((f) => f.code)).toContain('I-FORMAT-RENAMED');
    expect(renderFinding(result.findings[0] as Finding, 'en')).toBe(
      'The file is named .xls but is really an .xlsx workbook; it was read as such',
    );
  });

  it('says nothing when the name is right', async () => {
    const result = await readNomineeFile(await writeText(at('list.csv'), csv), ctx);
    expect(result.findings).toEqual([]);
  });
});

describe('the input is never modified', () => {
  it.each(['xlsx', 'csv'])('leaves a %s file byte for byte and its time as they were', async (kind) => {
    const file =
      kind === 'xlsx'
        ? await writeWorkbook(at('keep.xlsx'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }])
        : await writeText(at('keep.csv'), `${INDIVIDUAL_HEADERS.join(',')},Loại\n`);
    const before = await stat(file);
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    await readNomineeFile(file, ctx);
    const after = await stat(file);
    expect(
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    ).toBe(hash);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });
});
