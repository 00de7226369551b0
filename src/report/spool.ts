import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gzipSync, constants as zlib } from 'node:zlib';
import { removeTemp, trackTemp } from './output.js';
import { CHUNK } from './stream.js';

/**
 * Records put aside on disk while a check streams and read back once, in order, when it is done:
 * for a report that must write something before the first nominee that only the whole input
 * knows (the workbook's summary sheet comes first, and each kind of nominee has a sheet of its
 * own while the rows come mixed). One JSON line a record, gzipped a chunk at a time at the
 * fastest level (a list's rows repeat the same words: about a tenth of the size, for little
 * time), so memory holds one chunk. The file is removed after reading, on `remove`, and by a
 * signal (output.ts), like a report's temporary file.
 */
export class Spool<T> {
  private readonly file = path.join(
    tmpdir(),
    `eligibility-${process.pid}-${randomBytes(4).toString('hex')}.spool`,
  );
  private fd: number | undefined;
  private chunk = '';
  /** How many records were added. */
  count = 0;

  add(record: T): void {
    if (this.fd === undefined) {
      this.fd = openSync(this.file, 'wx', 0o600);
      trackTemp(this.file);
    }
    this.chunk += `${JSON.stringify(record)}\n`;
    this.count++;
    if (this.chunk.length >= CHUNK) this.flush();
  }

  /** Every record added, in order; the file is removed once they are all read. */
  async *read(): AsyncGenerator<T> {
    if (this.fd === undefined) return;
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
    try {
      // gunzip reads the chunks' members one after another as one stream
      const lines = createInterface({
        input: createReadStream(this.file).pipe(createGunzip()),
        crlfDelay: 0,
      });
      for await (const line of lines) yield JSON.parse(line) as T;
    } finally {
      this.remove();
    }
  }

  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    removeTemp(this.file);
  }

  private flush(): void {
    if (this.chunk === '' || this.fd === undefined) return;
    const bytes = gzipSync(Buffer.from(this.chunk, 'utf8'), { level: zlib.Z_BEST_SPEED });
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    this.chunk = '';
  }
}
