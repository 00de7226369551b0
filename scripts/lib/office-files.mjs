// Byte-exact builders for the containers office files come in: a zip (an .xlsx, .ods or .docx is
// one) and an OLE compound file (CFB: an .xls, or a password-protected .xlsx). Used by
// scripts/make-bad-fixtures.mjs and by the reader's tests, so that every malformed file the tool
// is tested on is made by code, never edited by hand. Output depends on the arguments only.
import zlib from 'node:zlib';

/** 2020-04-20 08:00 in MS-DOS time and date, the zip's timestamp format. */
const DOS_TIME = (8 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2020 - 1980) << 9) | (4 << 5) | 20;

/**
 * A zip archive. Each entry: `name`, `data` (Buffer or string), `method` 8 (deflate, default) or
 * 0 (stored); `declaredSize` to state an uncompressed size other than the real one;
 * `sameDataAs` to point the entry at another entry's data (an overlapping zip bomb: one
 * compressed stream counted many times). `options.cut` keeps only the first bytes;
 * `options.zip64` writes the central directory with zip64 records, as some .NET writers do.
 * @param {{ name: string, data?: Buffer | string, method?: 0 | 8, declaredSize?: number, sameDataAs?: string }[]} entries
 * @param {{ cut?: number, zip64?: boolean }} [options]
 * @returns {Buffer}
 */
export function zip(entries, options = {}) {
  const locals = [];
  const centrals = [];
  /** @type {Map<string, { offset: number, crc: number, csize: number, usize: number, method: number }>} */
  const written = new Map();
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let info = entry.sameDataAs ? written.get(entry.sameDataAs) : undefined;
    if (entry.sameDataAs && !info) throw new Error(`no entry ${entry.sameDataAs} to share`);
    if (!info) {
      const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
      const method = entry.method ?? 8;
      const body = method === 8 ? zlib.deflateRawSync(data, { level: 9 }) : data;
      info = {
        offset,
        crc: zlib.crc32(data),
        csize: body.length,
        usize: entry.declaredSize ?? data.length,
        method,
      };
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(info.crc, 14);
      local.writeUInt32LE(info.csize, 18);
      local.writeUInt32LE(info.usize, 22);
      local.writeUInt16LE(name.length, 26);
      locals.push(local, name, body);
      offset += local.length + name.length + body.length;
      written.set(entry.name, info);
    }
    const central = Buffer.alloc(46);
    let extra = Buffer.alloc(0);
    if (options.zip64) {
      extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(info.usize), 4);
      extra.writeBigUInt64LE(BigInt(info.csize), 12);
      extra.writeBigUInt64LE(BigInt(info.offset), 20);
    }
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(info.method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(info.crc, 16);
    const big = options.zip64 ? 0xffffffff : undefined;
    central.writeUInt32LE(big ?? info.csize, 20);
    central.writeUInt32LE(big ?? info.usize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(big ?? info.offset, 42);
    centrals.push(central, name, extra);
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  const tail = [end];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.unshift(record, locator);
  }
  const whole = Buffer.concat([...locals, cd, ...tail]);
  return options.cut === undefined ? whole : whole.subarray(0, options.cut);
}

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/**
 * An OLE compound file (version 3, 512-byte sectors) holding the given streams, each padded to
 * at least 4096 bytes so that all live in ordinary sectors (no mini stream). One FAT sector,
 * so at most about 60 KB of streams.
 * @param {{ name: string, data: Buffer }[]} streams
 * @returns {Buffer}
 */
export function cfb(streams) {
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    s.data.copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const entries = 1 + padded.length;
  const dirSectors = Math.ceil(entries / 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  let next = 1;
  const chain = (count) => {
    const start = next;
    for (let i = 0; i < count; i++)
      fat.writeUInt32LE(i === count - 1 ? ENDOFCHAIN : next + i + 1, 4 * (next + i));
    next += count;
    return start;
  };
  const dirStart = chain(dirSectors);
  const starts = padded.map((s) => chain(s.data.length / SECTOR));
  if (next > SECTOR / 4) throw new Error('streams too large for one FAT sector');

  const dir = Buffer.alloc(dirSectors * SECTOR);
  const entry = (i, name, type, start, size, child, right) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1;
    dir.writeUInt32LE(NOSTREAM, at + 0x44);
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(start, at + 0x74);
    dir.writeUInt32LE(size, at + 0x78);
  };
  entry(0, 'Root Entry', 5, ENDOFCHAIN, 0, padded.length > 0 ? 1 : NOSTREAM, NOSTREAM);
  padded.forEach((s, i) => {
    entry(i + 1, s.name, 2, starts[i], s.size, NOSTREAM, i + 1 < padded.length ? i + 2 : NOSTREAM);
  });
  for (let i = entries; i < dirSectors * 4; i++) {
    const at = i * 128;
    dir.writeUInt32LE(NOSTREAM, at + 0x44);
    dir.writeUInt32LE(NOSTREAM, at + 0x48);
    dir.writeUInt32LE(NOSTREAM, at + 0x4c);
  }

  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(dirStart, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(ENDOFCHAIN, 0x3c);
  header.writeUInt32LE(ENDOFCHAIN, 0x44);
  header.writeUInt32LE(0, 0x4c);
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 0x4c + 4 * i);
  return Buffer.concat([header, fat, dir, ...padded.map((s) => s.data)]);
}

/** Bytes that look random but are the same on every run (a linear congruential generator). */
export function noise(length, seed = 1) {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Every character Windows-1258 has, to its byte. */
const CP1258 = (() => {
  const decoder = new TextDecoder('windows-1258');
  const map = new Map();
  for (let b = 0; b < 256; b++) map.set(decoder.decode(Buffer.from([b])), b);
  return map;
})();

/**
 * Text as Excel's plain "CSV" writes it on a Vietnamese Windows (code page 1258): letters the
 * code page has are one byte; a letter with a tone is its base letter (`ê`, `ơ`, `ă`…) and a
 * combining tone mark, as Windows decomposes it.
 * @param {string} text
 * @returns {Buffer}
 */
export function windows1258(text) {
  const bytes = [];
  for (const ch of text.normalize('NFC')) {
    if (CP1258.has(ch)) {
      bytes.push(CP1258.get(ch));
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    // keep the mark that makes a letter of the code page (ê, ơ, ă), write the others as marks
    const kept = marks.find((m) => CP1258.has((base + m).normalize('NFC')));
    const letter = kept ? (base + kept).normalize('NFC') : base;
    if (!CP1258.has(letter)) throw new Error(`${ch} cannot be written in Windows-1258`);
    bytes.push(CP1258.get(letter));
    for (const m of marks) {
      if (m === kept) continue;
      if (!CP1258.has(m)) throw new Error(`${ch} cannot be written in Windows-1258`);
      bytes.push(CP1258.get(m));
    }
  }
  return Buffer.from(bytes);
}
