// The browser copies of Node's modules the page is built with, typed as the Node modules they copy.
declare module 'readable-stream' {
  export { PassThrough, Readable, Transform, Writable } from 'node:stream';
  export const promises: typeof import('node:stream/promises');
}

declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean });
    push(data: Uint8Array, end: boolean): boolean;
    onData: (chunk: Uint8Array) => void;
    err: number;
    msg: string;
    ended: boolean;
  }
}

declare module 'pako/lib/zlib/crc32.js' {
  /** zlib's crc32(crc, buf, len, pos); signed 32 bits. */
  export default function crc32(crc: number, buf: Uint8Array, len: number, pos: number): number;
}

declare module 'exceljs/lib/exceljs.bare.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}

declare module 'exceljs/lib/doc/row.js' {
  const Row: unknown;
  export default Row;
}
