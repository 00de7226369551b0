import { open } from 'node:fs/promises';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';

/** Enough of the file to know what it is and, for a CSV, its delimiter and encoding. */
export const SAMPLE_BYTES = 64 * 1024;

export interface Sniffed {
  type: 'xlsx' | 'csv';
  /** The first `SAMPLE_BYTES` of the file. */
  sample: Buffer;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const PDF = Buffer.from('%PDF');
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];
/** An encrypted .xlsx is a CFB container holding this stream (its name in UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Why a file cannot be opened, without the path (the finding already names the file). */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = String(e.message ?? error);
  return e.code ? `${e.code}: ${message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : message;
}

/**
 * What the file really is, by its first bytes: users rename files, and Excel saves `.xls`
 * and encrypted workbooks under names that look right. Opened read-only; never written.
 */
export async function sniffFile(file: string): Promise<Sniffed> {
  let sample: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(SAMPLE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
      sample = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputError(finding('E-FILE-UNREADABLE', { reason: reasonOf(error) }, { file }));
  }
  const starts = (magic: Buffer) => sample.subarray(0, magic.length).equals(magic);
  const format = (actual: string) => new InputError(finding('E-FORMAT', { actual }, { file }));
  if (starts(ZIP)) return { type: 'xlsx', sample };
  if (starts(CFB)) {
    throw format(
      sample.includes(ENCRYPTION_INFO) ? 'Excel có mật khẩu (password-protected)' : 'Excel 97–2003 (.xls)',
    );
  }
  if (starts(PDF)) throw format('PDF');
  if (!UTF16_BOMS.some(starts) && sample.includes(0)) throw format('binary');
  return { type: 'csv', sample };
}
