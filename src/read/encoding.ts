import { isUtf8 } from 'node:buffer';
import type { Text } from '../campaign/schema.js';

/**
 * The text encodings a CSV from a Vietnamese office arrives in: UTF-8 ("CSV UTF-8"), UTF-16
 * ("Unicode Text"), and Windows-1258, the ANSI code page of Vietnamese Windows, which Excel uses
 * for plain "CSV". Anything else (TCVN3, VNI, a Western code page) is refused, never guessed:
 * a wrong guess would put garbled names into every report.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type Detected = { encoding: Encoding } | { unknown: Text };

const LEGACY: Text = {
  vi: 'một bảng mã cũ, có thể là TCVN3 (ABC) hay VNI',
  en: 'a legacy code page, perhaps TCVN3 (ABC) or VNI',
};

function startsWith(sample: Buffer, ...bytes: number[]): boolean {
  return bytes.every((b, i) => sample[i] === b);
}

/**
 * UTF-16 without a byte-order mark: plain text in it has a zero in every other byte. Which
 * half holds the zeros says the byte order.
 */
function utf16WithoutBom(sample: Buffer): Encoding | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  // a combining grave accent (U+0300) has a zero low byte too, hence not "none at all"
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Whether the bytes decode without error; the sample may end inside a letter unless `complete`. */
function decodes(sample: Buffer, encoding: Encoding, complete: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** The marks Vietnamese puts on a letter: five tones, circumflex, breve, horn. */
const VIETNAMESE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b]);
const BASE_LETTER = /^[A-Za-zĐđ]$/;
/** Typography a Vietnamese document may hold besides letters. */
const PUNCTUATION = new Set([...'\u00a0–—‘’“”…•€₫°']);

function isVietnameseLetter(ch: string): boolean {
  const parts = [...ch.normalize('NFD')];
  const base = parts[0] ?? '';
  if (!BASE_LETTER.test(base)) return false;
  if (parts.length === 1) return base === 'Đ' || base === 'đ';
  return parts.slice(1).every((m) => VIETNAMESE_MARKS.has(m.codePointAt(0) ?? 0));
}

/**
 * Text decoded from Windows-1258 looks like Vietnamese when every character outside ASCII is a
 * Vietnamese letter or common typography, and there is at least one such letter. TCVN3 or a
 * Western code page read as 1258 gives symbols (`¸`, `ª`, `µ`) and letters Vietnamese has not.
 */
export function looksVietnamese(text: string): boolean {
  let letters = 0;
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (isVietnameseLetter(ch)) letters++;
    else if (!PUNCTUATION.has(ch)) return false;
  }
  return letters > 0;
}

/**
 * The encoding of a CSV, from its first bytes. `complete` says the sample is the whole file.
 * A byte-order mark decides; then UTF-16 by its zeros; then UTF-8 if it decodes; then
 * Windows-1258 if the text it gives is Vietnamese.
 */
export function detectEncoding(sample: Buffer, complete: boolean): Detected {
  if (startsWith(sample, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8' };
  if (startsWith(sample, 0xff, 0xfe)) return { encoding: 'utf-16le' };
  if (startsWith(sample, 0xfe, 0xff)) return { encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16 };
  if (decodes(sample, 'utf-8', complete)) return { encoding: 'utf-8' };
  if (looksVietnamese(new TextDecoder('windows-1258').decode(sample))) return { encoding: 'windows-1258' };
  return { unknown: LEGACY };
}

/**
 * Decode a byte stream as it arrives; the byte-order mark is dropped. A byte sequence that is
 * not valid in the encoding throws (`TypeError`, code `ERR_ENCODING_INVALID_ENCODED_DATA`)
 * instead of turning into replacement characters.
 */
export async function* decodeStream(
  source: AsyncIterable<Buffer>,
  encoding: Encoding,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  for await (const piece of source) {
    const text = decoder.decode(piece, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * UTF-8 checked as it streams by and passed on as the bytes it is: the CSV parser reads bytes,
 * and decoding every piece to text only for the parser to encode it again cost a tenth of a
 * large check. A piece that is not UTF-8 fails as `decodeStream` fails; a letter cut between two
 * pieces is carried over to the next.
 */
export async function* checkedUtf8(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer | undefined;
  for await (const piece of source) {
    const bytes = carry ? Buffer.concat([carry, piece]) : piece;
    const end = wholeLetters(bytes);
    if (!isUtf8(bytes.subarray(0, end))) throw notUtf8();
    carry = end < bytes.length ? bytes.subarray(end) : undefined;
    if (end > 0) yield bytes.subarray(0, end);
  }
  if (carry) {
    if (!isUtf8(carry)) throw notUtf8();
    yield carry;
  }
}

/** Where the last whole UTF-8 letter of `bytes` ends: before a lead byte whose letter goes on past the end. */
function wholeLetters(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The error `TextDecoder` gives for bytes that are not in its encoding, so both are handled alike. */
function notUtf8(): Error {
  return Object.assign(new TypeError('The encoded data was not valid for encoding utf-8'), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });
}

/** The start of the file as text, for finding the delimiter; never throws. */
export function decodeSample(sample: Buffer, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(sample, { stream: true });
}
