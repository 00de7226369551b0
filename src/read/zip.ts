import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { RandomAccess } from './input.js';

/**
 * A zip's table of contents, read by hand before exceljs opens the file: exceljs (through
 * JSZip) inflates every entry whole into memory, so the sizes are checked first, and the
 * entries are inflated once here, as a stream, to make sure they are no larger than declared.
 * Only what that needs is read: the end record, the central directory, the local headers.
 */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** The zip is not well formed; `detail` says how, in English, for the JSON args and bug reports. */
export class ZipDamaged extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
/** Node 20.15 and later; JSZip does not check checksums, so without it nothing is lost against exceljs. */
const CRC32: ((data: Buffer, value: number) => number) | undefined =
  typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;
/** A workbook has tens of entries; a zip of millions would cost memory before anything is read. */
export const MAX_ENTRIES = 10_000;

async function readAt(handle: RandomAccess, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipDamaged(`unexpected end of file at byte ${position + bytesRead}`);
  return buffer;
}

/** Every entry of the central directory, in its order. */
export async function centralDirectory(handle: RandomAccess, fileSize: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipDamaged('no end of central directory record (the file is cut short)');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === U32_MAX || cdOffset === U32_MAX) {
    const locatorAt = fileSize - tailLength + at - 20;
    const locator = await readAt(handle, locatorAt, 20);
    if (locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw new ZipDamaged('zip64 locator missing');
    const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
    if (record.readUInt32LE(0) !== EOCD64) throw new ZipDamaged('zip64 end record missing');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > MAX_ENTRIES) throw new ZipDamaged(`${count} entries, more than a workbook ever has`);
  if (cdOffset + cdSize > fileSize) throw new ZipDamaged('central directory beyond the end of the file');
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
      throw new ZipDamaged('central directory is broken');
    const flags = cd.readUInt16LE(p + 8);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) throw new ZipDamaged('central directory is broken');
    const entry: ZipEntry = {
      // bit 11: the name is UTF-8; the names that matter here are ASCII either way
      name: cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength).replace(/^\/+/, ''),
      flags,
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      headerOffset: cd.readUInt32LE(p + 42),
    };
    readZip64Extra(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p = end;
  }
  return entries;
}

/** Sizes and offset too large for 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(entry: ZipEntry, extra: Buffer): void {
  const wanted = (['size', 'compressedSize', 'headerOffset'] as const).filter((k) => entry[k] === U32_MAX);
  if (wanted.length === 0) return;
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      wanted.forEach((key, i) => {
        if (q + 4 + 8 * (i + 1) > extra.length) throw new ZipDamaged('zip64 extra field is short');
        entry[key] = Number(extra.readBigUInt64LE(q + 4 + 8 * i));
      });
      return;
    }
    q += 4 + length;
  }
  throw new ZipDamaged(`zip64 sizes of ${entry.name} missing`);
}

/**
 * How much is read, and inflated, at a time. zlib inflates off the main thread, one piece per
 * round trip: pieces of 256 KB instead of 16–64 KB took nearly a third off checking the
 * bench workbook's 59 MB of sheet XML (0.25 s to 0.18 s).
 */
const PIECE = 256 * 1024;

/** The compressed bytes of an entry, read in pieces. */
async function* compressed(handle: RandomAccess, entry: ZipEntry): AsyncGenerator<Buffer> {
  const local = await readAt(handle, entry.headerOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw new ZipDamaged(`local header of ${entry.name} missing`);
  let position = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const end = position + entry.compressedSize;
  while (position < end) {
    const piece = await readAt(handle, position, Math.min(PIECE, end - position));
    position += piece.length;
    yield piece;
  }
}

/**
 * Inflate one entry as a stream, handing each piece to `onData`, and stop as soon as it
 * outgrows its declared size: a crafted zip may declare a small size and inflate to far more.
 * Throws `ZipDamaged` when the data is not what the directory says.
 */
export async function inflateEntry(
  handle: RandomAccess,
  entry: ZipEntry,
  onData: (piece: Buffer) => void,
): Promise<void> {
  if (entry.flags & 0x1) throw new ZipDamaged(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipDamaged(`${entry.name} uses compression method ${entry.method}`);
  }
  let produced = 0;
  let crc = 0;
  // Why the reading stopped, if it stopped itself: the pipeline then rejects with an abort
  // error of its own. What `onData` throws (a limit passed) goes to the caller untouched.
  let stopped: { error: unknown } | undefined;
  const consume = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const piece of source) {
      try {
        produced += piece.length;
        if (produced > entry.size) throw new ZipDamaged(`${entry.name} is larger than its declared size`);
        if (CRC32) crc = CRC32(piece, crc);
        onData(piece);
      } catch (error) {
        stopped = { error };
        throw error;
      }
    }
  };
  try {
    if (entry.method === 0) await consume(compressed(handle, entry));
    else
      await pipeline(
        Readable.from(compressed(handle, entry)),
        zlib.createInflateRaw({ chunkSize: PIECE }),
        consume,
      );
  } catch (error) {
    if (stopped) throw stopped.error;
    if (error instanceof ZipDamaged) throw error;
    throw new ZipDamaged(`${entry.name}: ${(error as Error).message}`);
  }
  if (produced !== entry.size) throw new ZipDamaged(`${entry.name} is smaller than its declared size`);
  if (CRC32 && crc !== entry.crc) throw new ZipDamaged(`${entry.name} fails its checksum`);
}

/** A small entry's whole content (`mimetype`), never more than `max` bytes. */
export async function entryText(handle: RandomAccess, entry: ZipEntry, max: number): Promise<string> {
  if (entry.size > max) return '';
  const pieces: Buffer[] = [];
  await inflateEntry(handle, entry, (piece) => pieces.push(piece));
  return Buffer.concat(pieces).toString('latin1');
}
