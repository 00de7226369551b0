import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';

/**
 * A file already held in memory: what a web page gets from a file input, or a server from an
 * upload. `name` is what reports and messages call it, as a path would be.
 */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/** What the reader reads: a path on disk, or a file held in memory. */
export type NomineeInput = string | FileBytes;

/** The name findings and nominees carry: the path as the user typed it, or the file's own name. */
export function inputName(input: NomineeInput): string {
  return typeof input === 'string' ? input : input.name;
}

function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function inputSize(input: NomineeInput): Promise<number> {
  return typeof input === 'string' ? (await stat(input)).size : input.bytes.byteLength;
}

/** The first `length` bytes (fewer in a shorter file) and the file's size; opened read-only. */
export async function inputHead(
  input: NomineeInput,
  length: number,
): Promise<{ head: Buffer; size: number }> {
  if (typeof input !== 'string') {
    const bytes = bufferOf(input.bytes);
    return { head: bytes.subarray(0, length), size: bytes.length };
  }
  const handle = await open(input, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(length, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return { head: head.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

/** The whole content, for a reader that needs it whole (exceljs's workbook model). */
export async function inputBytes(input: NomineeInput): Promise<Buffer> {
  return typeof input === 'string' ? readFile(input) : bufferOf(input.bytes);
}

/** What a file stream reads at a time (its default `highWaterMark`). */
const PIECE = 64 * 1024;

/** The content from the start, in pieces, for a reader that streams (a CSV). */
export function inputStream(input: NomineeInput): AsyncIterable<Buffer> & { destroy(): void } {
  if (typeof input === 'string') return createReadStream(input, { flags: 'r' });
  const bytes = bufferOf(input.bytes);
  let done = false;
  return {
    async *[Symbol.asyncIterator]() {
      // pieces of the size a file stream reads, each piece and the end after a turn of the event
      // loop as reads from disk come: the parser hands on the rows it has before it meets the
      // end, as it does for a file, and a page redraws its progress line between pieces
      for (let at = 0; at < bytes.length && !done; at += PIECE) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yield bytes.subarray(at, at + PIECE);
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    destroy() {
      done = true;
    },
  };
}
