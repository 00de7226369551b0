import { finished } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import {
  type FileEntry,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
} from '@zip.js/zip.js/lib/zip-core-custom.js';
import { unzipSync } from 'fflate';

/**
 * A workbook's zip, from its bytes (no file access here, so a browser runs the same code): the
 * central directory first, read by zip.js, so that sizes and counts are checked before anything
 * is inflated; then every entry's deflated bytes, found by zip.js from the directory, inflated
 * once by zlib (Node's own, or pako's in the page), as a stream, stopped as soon as it outgrows
 * the size the directory declares for it, and its CRC-32 compared with the directory's at its
 * end. Neither JSZip nor exceljs compares them, so damage that still inflates would otherwise
 * go unseen. (fflate's streaming unzip, used before, inflates in JavaScript and finds where an
 * entry ends by looking at every byte: twice zlib's time on a large workbook.)
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
 * Stored bytes handed to the inflater at a time. zlib hands out what it inflates in pieces of
 * 16 kB, each counted against the declared size as it comes.
 */
const PIECE = 32 * 1024;

/** The zip.js entry each `ZipEntry` was read from, which finds its deflated bytes. */
const located = new WeakMap<ZipEntry, FileEntry>();

/** Every entry of the central directory, in its order. Throws `ZipDamaged`. */
export async function zipEntries(bytes: Uint8Array): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  try {
    const reader = new ZipReader(new Uint8ArrayReader(bytes));
    for await (const e of reader.getEntriesGenerator()) {
      if (entries.length >= MAX_ENTRIES) {
        throw new ZipDamaged(`more than ${MAX_ENTRIES} entries, more than a workbook ever has`);
      }
      const entry: ZipEntry = {
        name: e.filename.replace(/^\/+/, ''),
        size: e.uncompressedSize,
        compressedSize: e.compressedSize,
        method: e.compressionMethod,
        crc: e.signature ?? 0,
      };
      if (!e.directory) located.set(entry, e);
      entries.push(entry);
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
 * is not what its directory says throws `ZipDamaged`. `entries` are those `zipEntries` read.
 */
export async function inflateEntries(
  entries: readonly ZipEntry[],
  watch: (entry: ZipEntry) => ((piece: Uint8Array) => void) | undefined,
): Promise<void> {
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    const found = located.get(entry);
    if (found === undefined) throw new ZipDamaged(`${entry.name} is not in the central directory`);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipDamaged(`${entry.name} uses compression method ${entry.method}`);
    }
    let deflated: Uint8Array;
    try {
      // the entry's bytes as stored, its local header read and checked by zip.js
      deflated = await found.getData(new Uint8ArrayWriter(), { passThrough: true });
    } catch (error) {
      throw new ZipDamaged(`${entry.name} is missing or cut short (${(error as Error).message})`);
    }
    await inflateEntry(entry, deflated, watch(entry));
  }
}

/** One entry's stored bytes inflated piece by piece, its size and checksum checked. */
async function inflateEntry(
  entry: ZipEntry,
  deflated: Uint8Array,
  seen: ((piece: Uint8Array) => void) | undefined,
): Promise<void> {
  let produced = 0;
  let crc = 0;
  const take = (piece: Uint8Array): void => {
    produced += piece.length;
    if (produced > entry.size) throw new ZipDamaged(`${entry.name} is larger than its declared size`);
    if (piece.length === 0) return;
    crc = crc32(piece, crc);
    seen?.(piece);
  };
  if (entry.method === 0) {
    for (let at = 0; at < deflated.length; at += PIECE) take(deflated.subarray(at, at + PIECE));
  } else {
    const inflater = createInflateRaw();
    // what `take` throws (a limit passed) stops the inflater and goes to the caller as it is
    let failure: unknown;
    inflater.on('data', (piece: Uint8Array) => {
      if (failure !== undefined) return;
      try {
        take(piece);
      } catch (thrown) {
        failure = thrown;
        inflater.destroy();
      }
    });
    for (let at = 0; at < deflated.length; at += PIECE) inflater.write(deflated.subarray(at, at + PIECE));
    inflater.end();
    try {
      await finished(inflater);
    } catch (error) {
      throw failure ?? new ZipDamaged(`${entry.name}: ${(error as Error).message}`);
    }
    if (failure !== undefined) throw failure;
  }
  if (produced !== entry.size) throw new ZipDamaged(`${entry.name} is smaller than its declared size`);
  if (crc !== entry.crc) throw new ZipDamaged(`${entry.name} does not match its checksum`);
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
