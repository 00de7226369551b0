import type { RandomAccess } from './input.js';

/**
 * What an OLE compound file (CFB, `D0 CF 11 E0`) holds, by the names of its streams: Excel 97–2003
 * keeps its sheets in `Workbook` (`Book` before 97), Word in `WordDocument`, and a
 * password-protected .xlsx is a CFB holding `EncryptionInfo` and `EncryptedPackage`.
 * Only the header, the FAT sectors the directory needs and the directory itself are read.
 */
export type CfbKind = 'encrypted' | 'xls' | 'doc' | 'ppt' | 'other';

const ENDOFCHAIN = 0xfffffffe;
const HEADER_DIFAT = 109;
/** A directory of thousands of sectors is not an Office file; stop rather than follow a loop. */
const MAX_SECTORS = 4096;

export async function cfbKind(handle: RandomAccess, fileSize: number): Promise<CfbKind> {
  try {
    const names = await directoryNames(handle, fileSize);
    if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
    if (names.has('Workbook') || names.has('Book')) return 'xls';
    if (names.has('WordDocument')) return 'doc';
    if (names.has('PowerPoint Document')) return 'ppt';
    return 'other';
  } catch {
    return 'other';
  }
}

async function readAt(handle: RandomAccess, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw new Error('short read');
  return buffer;
}

async function directoryNames(handle: RandomAccess, fileSize: number): Promise<Set<string>> {
  const header = await readAt(handle, 0, 512);
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new Error('sector size');
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const sector = (n: number) => {
    if (sectorAt(n) + sectorSize > fileSize) throw new Error('sector beyond the file');
    return readAt(handle, sectorAt(n), sectorSize);
  };

  // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(header.readUInt32LE(0x4c + 4 * i));
  let difat = header.readUInt32LE(0x44);
  for (let hops = 0; difat < ENDOFCHAIN && hops < MAX_SECTORS; hops++) {
    const s = await sector(difat);
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(s.readUInt32LE(4 * i));
    difat = s.readUInt32LE(4 * (perSector - 1));
  }
  const fatCache = new Map<number, Buffer>();
  const next = async (n: number): Promise<number> => {
    const index = Math.floor(n / perSector);
    const fatSector = fatSectors[index];
    if (fatSector === undefined || fatSector >= ENDOFCHAIN) throw new Error('no FAT sector');
    let fat = fatCache.get(index);
    if (!fat) {
      fat = await sector(fatSector);
      fatCache.set(index, fat);
    }
    return fat.readUInt32LE(4 * (n % perSector));
  };

  const names = new Set<string>();
  const seen = new Set<number>();
  for (let s = header.readUInt32LE(0x30); s < ENDOFCHAIN; s = await next(s)) {
    if (seen.has(s) || seen.size >= MAX_SECTORS) throw new Error('directory chain loops');
    seen.add(s);
    const dir = await sector(s);
    for (let e = 0; e + 128 <= dir.length; e += 128) {
      const length = dir.readUInt16LE(e + 0x40);
      if (dir[e + 0x42] === 0 || length < 2 || length > 64) continue;
      names.add(dir.toString('utf16le', e, e + length - 2));
    }
  }
  return names;
}
