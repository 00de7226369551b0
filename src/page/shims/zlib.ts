/**
 * The two functions of `node:zlib` the zip reader calls, in the page: a raw inflate as a
 * Transform stream and the CRC-32 of a piece, both by pako (zlib ported to JavaScript, the
 * one JSZip and exceljs's browser build use).
 */
import { Inflate } from 'pako';
import pakoCrc32 from 'pako/lib/zlib/crc32.js';
import { Transform } from 'readable-stream';

export function createInflateRaw(): Transform {
  const inflate = new Inflate({ raw: true });
  let stream: Transform | undefined;
  inflate.onData = (chunk: Uint8Array) => {
    stream?.push(Buffer.from(chunk));
  };
  const failed = () => (inflate.err ? new Error(inflate.msg || 'invalid deflate data') : undefined);
  stream = new Transform({
    transform(chunk: Uint8Array, _encoding, done) {
      inflate.push(chunk, false);
      done(failed());
    },
    flush(done) {
      inflate.push(new Uint8Array(0), true);
      done(failed() ?? (inflate.ended ? undefined : new Error('unexpected end of file')));
    },
  });
  return stream;
}

/** As Node's: the running CRC-32 (unsigned) of `data`, starting from `value`. */
export function crc32(data: Uint8Array, value = 0): number {
  return pakoCrc32(value, data, data.length, 0) >>> 0;
}

export default { createInflateRaw, crc32 };
