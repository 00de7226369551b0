import { crc32 } from 'node:zlib';
import { Uint8ArrayReader, ZipReader } from '@zip.js/zip.js/lib/zip-core-custom.js';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

/**
 * A workbook's zip, from its bytes (no file access here, so a browser runs the same code): the
 * central directory first, read by zip.js, so that sizes and counts are checked before anything
 * is inflated; then every entry inflated once by fflate, as a stream, stopped as soon as it
 * outgrows the size the directory declares for it, and its CRC-32 compared with the
 * directory's at its end. fflate reads the directory too, but hands out no checksum; neither
 * JSZip nor exceljs compares them, so damage that still inflates would otherwise go unseen.
 */
export interface ZipEntry {
  /** As the directory names it, without a leading `/`. */
  name: string;
  /** Declared size, inflated. */
  size: number;
  compressedSize: number;
  method: number;
  /** The CRC-32 the directory declares for the inflated content. */
  crc: number;
}

/** The zip is not well formed; the message says how, in English, for bug reports. */
export class ZipDamaged extends Error {}

/** A workbook has tens of entries; a zip of millions would cost memory before anything is read. */
export const MAX_ENTRIES = 10_000;

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032 times,
 * so no piece can make more than some 33 MB before its size is checked.
 */
const PIECE = 32 * 1024;

/** Every entry of the central directory, in its order. Throws `ZipDamaged`. */
export async function zipEntries(bytes: Uint8Array): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  try {
    const reader = new ZipReader(new Uint8ArrayReader(bytes));
    for await (const e of reader.getEntriesGenerator()) {
      if (entries.length >= MAX_ENTRIES) {
        throw new ZipDamaged(`more than ${MAX_ENTRIES} entries, more than a workbook ever has`);
      }
      entries.push({
        name: e.filename.replace(/^\/+/, ''),
        size: e.uncompressedSize,
        compressedSize: e.compressedSize,
        method: e.compressionMethod,
        crc: e.signature ?? 0,
      });
    }
  } catch (error) {
    if (error instanceof ZipDamaged) throw error;
    throw new ZipDamaged(`the central directory cannot be read (${(error as Error).message})`);
  }
  // a damaged directory reads as sizes that are no sizes
  for (const e of entries) {
    if (!Number.isSafeInteger(e.size) || !Number.isSafeInteger(e.compressedSize) || e.size < 0)
      throw new ZipDamaged('the central directory is broken');
    if (e.compressedSize > bytes.length) throw new ZipDamaged(`${e.name} is larger than the file`);
  }
  return entries;
}

/**
 * Inflate every entry once, in zip order, handing each piece to what `watch` returns for its
 * entry. What `watch`'s handlers throw (a limit passed) goes to the caller untouched; a zip that
 * is not what its directory says throws `ZipDamaged`.
 */
export function inflateEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  watch: (entry: ZipEntry) => ((piece: Uint8Array) => void) | undefined,
): void {
  const declared = new Map(entries.map((e) => [e.name, e]));
  const finished = new Set<string>();
  let failure: unknown;
  const unzip = new Unzip((file) => {
    if (failure !== undefined) return;
    const entry = declared.get(file.name.replace(/^\/+/, ''));
    if (entry === undefined) {
      failure = new ZipDamaged(`${file.name} is not in the central directory`);
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      failure = new ZipDamaged(`${entry.name} uses compression method ${file.compression}`);
      return;
    }
    const seen = watch(entry);
    let produced = 0;
    let crc = 0;
    file.ondata = (error, piece, final) => {
      if (failure !== undefined) return;
      try {
        if (error) throw new ZipDamaged(`${entry.name}: ${error.message}`);
        produced += piece.length;
        if (produced > entry.size) throw new ZipDamaged(`${entry.name} is larger than its declared size`);
        if (piece.length > 0) {
          crc = crc32(piece, crc);
          seen?.(piece);
        }
        if (final) {
          if (produced !== entry.size)
            throw new ZipDamaged(`${entry.name} is smaller than its declared size`);
          if (crc !== entry.crc) throw new ZipDamaged(`${entry.name} does not match its checksum`);
          finished.add(entry.name);
        }
      } catch (thrown) {
        failure = thrown;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && failure === undefined; at += PIECE) {
      unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
    }
  } catch (error) {
    failure ??= new ZipDamaged((error as Error).message);
  }
  if (failure !== undefined) throw failure;
  for (const e of entries) {
    if (!finished.has(e.name) && !(e.name.endsWith('/') && e.size === 0))
      throw new ZipDamaged(`${e.name} is missing or cut short`);
  }
}

/** A small entry's whole text (`mimetype`, `[Content_Types].xml`); '' when larger than `max`. */
export function entryText(bytes: Uint8Array, entry: ZipEntry, max: number): string {
  if (entry.size > max) return '';
  let text = '';
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name.replace(/^\/+/, '') === entry.name });
    const data = Object.values(files)[0];
    if (data) text = new TextDecoder('latin1').decode(data);
  } catch (error) {
    throw new ZipDamaged(`${entry.name}: ${(error as Error).message}`);
  }
  return text;
}
