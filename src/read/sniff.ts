import { read as readCfb } from 'cfb';
import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { readErrorWords } from '../findings/errno.js';
import { InputError } from '../findings/finding.js';
import { type Detected, decodeSample, detectEncoding } from './encoding.js';
import { inputHead, inputName, type NomineeInput } from './input.js';

/** Enough of the file to know what it is and, for a CSV, its delimiter and encoding. */
export const SAMPLE_BYTES = 64 * 1024;

export interface Sniffed {
  type: 'xlsx' | 'csv';
  /** The first `SAMPLE_BYTES` of the file. */
  sample: Buffer;
  size: number;
  /** For a CSV: its encoding, or what it seems to be when it cannot be read. */
  encoding?: Detected;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** How much of a compound file is read to tell what it is. */
const CFB_READ = 64 * 1024 * 1024;
/** A password-protected .xlsx is a CFB holding this stream (its name in UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Files people send instead of a spreadsheet, by their first bytes. */
const MAGIC: [bytes: Buffer, actual: Text][] = [
  [Buffer.from('%PDF'), { vi: 'tài liệu PDF', en: 'a PDF document' }],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), { vi: 'ảnh (PNG)', en: 'an image (PNG)' }],
  [Buffer.from([0xff, 0xd8, 0xff]), { vi: 'ảnh (JPEG)', en: 'an image (JPEG)' }],
  [Buffer.from('GIF8'), { vi: 'ảnh (GIF)', en: 'an image (GIF)' }],
  [Buffer.from('{\\rtf'), { vi: 'văn bản RTF', en: 'an RTF document' }],
  [Buffer.from('Rar!'), { vi: 'tệp nén RAR', en: 'a RAR archive' }],
  [Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), { vi: 'tệp nén 7z', en: 'a 7z archive' }],
  [Buffer.from([0x50, 0x4b, 0x05, 0x06]), { vi: 'tệp nén .zip rỗng', en: 'an empty .zip archive' }],
];

const CFB_KINDS: Record<string, Text> = {
  xls: { vi: 'bảng tính Excel 97–2003 (.xls)', en: 'an Excel 97–2003 workbook (.xls)' },
  doc: { vi: 'văn bản Word 97–2003 (.doc)', en: 'a Word 97–2003 document (.doc)' },
  ppt: { vi: 'bản trình chiếu PowerPoint 97–2003 (.ppt)', en: 'a PowerPoint 97–2003 presentation (.ppt)' },
  other: { vi: 'tệp Office 97–2003', en: 'an Office 97–2003 file' },
};

/**
 * What an OLE compound file (CFB, `D0 CF 11 E0`) holds, by the names of its streams: Excel 97–2003
 * keeps its sheets in `Workbook` (`Book` before 97), Word in `WordDocument`, and a
 * password-protected .xlsx is a CFB holding `EncryptionInfo` and `EncryptedPackage`.
 * The directory is read by SheetJS's `cfb`; a file it cannot read is some other Office file.
 */
type CfbKind = 'encrypted' | 'xls' | 'doc' | 'ppt' | 'other';

function cfbKind(bytes: Uint8Array): CfbKind {
  let names: Set<string>;
  try {
    names = new Set(readCfb(bytes, { type: 'array' }).FileIndex.map((entry) => entry.name));
  } catch {
    return 'other';
  }
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  if (names.has('WordDocument')) return 'doc';
  if (names.has('PowerPoint Document')) return 'ppt';
  return 'other';
}

const HTML = /^<(?:!doctype html|html|head|body|table|meta)\b/i;
const SPREADSHEET_2003 = 'urn:schemas-microsoft-com:office:spreadsheet';
const TEXT_KINDS = {
  html: {
    vi: 'trang web HTML (phần mềm khác hay xuất ra với đuôi .xls)',
    en: 'an HTML page (other software often exports one named .xls)',
  },
  xml2003: { vi: 'bảng tính XML 2003', en: 'an XML Spreadsheet 2003' },
  xml: { vi: 'tệp XML', en: 'an XML file' },
  binary: { vi: 'tệp nhị phân, không phải văn bản', en: 'a binary file, not text' },
} satisfies Record<string, Text>;

/** Control characters no spreadsheet text holds (tab, line breaks and form feeds aside). */
function controls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f) count++;
  }
  return count;
}

/**
 * Decoded text that is not text: it holds a NUL, which no text file does, or controls are more
 * than one character in ten. A few controls are a text's own: a name typed with a terminal's
 * colour codes (ESC) or a bell (BEL) is still a list of names, read with them removed.
 */
function looksBinary(text: string): boolean {
  return text.includes('\u0000') || controls(text) * 10 > text.length;
}

/** What is left of a text with no data: marks, spaces, delimiters. */
const NO_DATA = /[\s,;\uFEFF\u200B-\u200D\u2060]/gu;

/** Why a file cannot be opened, without the path (the finding already names the file). */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = String(e.message ?? error);
  return e.code ? `${e.code}: ${message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : message;
}

/**
 * The arguments of E-FILE-UNREADABLE: the reason in words in each language, and as the system
 * gave it (`reason`) for whoever reads the JSON.
 */
export function unreadableArgs(error: unknown): Record<string, string> {
  return { reason: reasonOf(error), ...inLangs('reason', openFailure(error)) };
}

/** Why a file could not be opened or read, in the user's words, never the system's English. */
function openFailure(error: unknown): Text {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return {
        vi: 'không có tệp này (kiểm tra tên và thư mục)',
        en: 'no such file (check the name and folder)',
      };
    case 'EACCES':
    case 'EPERM':
      return { vi: 'không có quyền đọc tệp này', en: 'no permission to read this file' };
    case 'EISDIR':
      return { vi: 'đây là một thư mục', en: 'this is a folder' };
    default:
      return readErrorWords(error);
  }
}

/**
 * What the file really is, by its content: users rename files, Excel saves `.xls` and
 * password-protected workbooks under names that look right, and other software exports HTML
 * named `.xls`. Opened read-only; never written. Throws `InputError` for anything that is
 * neither an xlsx (zip) nor text.
 */
export async function sniffFile(input: NomineeInput): Promise<Sniffed> {
  const file = inputName(input);
  let sample: Buffer;
  let size: number;
  try {
    ({ head: sample, size } = await inputHead(input, SAMPLE_BYTES));
  } catch (error) {
    throw new InputError(finding('E-FILE-UNREADABLE', unreadableArgs(error), { file }));
  }
  const format = (actual: Text) => new InputError(finding('E-FORMAT', inLangs('actual', actual), { file }));
  const starts = (magic: Buffer) => sample.subarray(0, magic.length).equals(magic);
  if (sample.length === 0) throw new InputError(finding('E-FILE-EMPTY', {}, { file }));
  if (starts(ZIP)) return { type: 'xlsx', sample, size };
  if (starts(CFB)) {
    // an Office 97–2003 file is refused whatever it holds: only its directory is wanted, read
    // from the file's first megabytes, enough for any file a unit sends
    let kind = cfbKind((await inputHead(input, CFB_READ)).head);
    if (kind === 'other' && sample.includes(ENCRYPTION_INFO)) kind = 'encrypted';
    if (kind === 'encrypted') throw new InputError(finding('E-FORMAT-ENCRYPTED', {}, { file }));
    throw format(CFB_KINDS[kind] as Text);
  }
  for (const [magic, actual] of MAGIC) if (starts(magic)) throw format(actual);

  const encoding = detectEncoding(sample, sample.length === size);
  if (!('encoding' in encoding)) {
    if (controls(sample.toString('latin1')) > 0) throw format(TEXT_KINDS.binary);
    return { type: 'csv', sample, size, encoding };
  }
  const text = decodeSample(sample, encoding.encoding);
  if (looksBinary(text)) throw format(TEXT_KINDS.binary);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (HTML.test(start)) throw format(TEXT_KINDS.html);
  if (start.startsWith('<?xml')) {
    throw format(start.includes(SPREADSHEET_2003) ? TEXT_KINDS.xml2003 : TEXT_KINDS.xml);
  }
  if (sample.length === size && text.replace(NO_DATA, '') === '') {
    throw new InputError(finding('E-FILE-EMPTY', {}, { file }));
  }
  return { type: 'csv', sample, size, encoding };
}
