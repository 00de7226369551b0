/**
 * A map from strings to a pair of whole numbers and a tag, kept in typed arrays. Duplicate detection must
 * remember every nomination of the input; a `Map` of a million keys (Vietnamese names, stored by
 * V8 as two bytes a letter, each an object of its own) took some 130 MB, most of what a large
 * check held. Here a key is its UTF-8 bytes in a shared buffer and an entry is a few numbers:
 * about a third of that. It stays exact: keys that meet in the table are compared byte for byte.
 */
export class CompactKeyMap {
  /** Key bytes, in chunks that never move once written. */
  private readonly chunks: Buffer[] = [];
  private used = CHUNK;
  /** Per entry: where its key starts (chunk × CHUNK + offset), its length, its pair, its tag. */
  private start = new Uint32Array(1024);
  private length = new Uint32Array(1024);
  private first = new Uint32Array(1024);
  private second = new Uint32Array(1024);
  private tags = new Uint32Array(1024);
  private count = 0;
  /** Open addressing: entry index + 1, 0 when free; never more than half full. */
  private slots = new Uint32Array(2048);
  private readonly scratch = Buffer.alloc(4 * 1024);

  get size(): number {
    return this.count;
  }

  /**
   * Remember `key` with the pair (`a`, `b`) and the tag `tag` unless it is known; return the
   * entry it already had (see `pairOf`, `tagOf`), or -1 when it is new.
   */
  addIfNew(key: string, a: number, b: number, tag = 0): number {
    const bytes = this.encode(key);
    const hash = fnv1a(bytes);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const i = entry - 1;
      if (this.sameKey(i, bytes)) return i;
      slot = (slot + 1) & mask;
    }
    const i = this.append(bytes, a, b, tag);
    this.slots[slot] = i + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return -1;
  }

  /** The pair remembered with entry `i`. */
  pairOf(i: number): [number, number] {
    return [this.first[i] as number, this.second[i] as number];
  }

  /** The tag remembered with entry `i`. */
  tagOf(i: number): number {
    return this.tags[i] as number;
  }

  private encode(key: string): Buffer {
    // a key longer than the scratch space is rare enough to get a buffer of its own
    const { read, written } = ENCODER.encodeInto(key, this.scratch);
    if (read === key.length) return this.scratch.subarray(0, written);
    return Buffer.from(key, 'utf8');
  }

  private sameKey(i: number, bytes: Buffer): boolean {
    const length = this.length[i] as number;
    if (length !== bytes.length) return false;
    const start = this.start[i] as number;
    const chunk = this.chunks[Math.floor(start / CHUNK)] as Buffer;
    const offset = start % CHUNK;
    return chunk.compare(bytes, 0, length, offset, offset + length) === 0;
  }

  /** Entry `i`'s key bytes, where they lie. */
  private keyOf(i: number): Buffer {
    const start = this.start[i] as number;
    const offset = start % CHUNK;
    return (this.chunks[Math.floor(start / CHUNK)] as Buffer).subarray(
      offset,
      offset + (this.length[i] as number),
    );
  }

  private append(bytes: Buffer, a: number, b: number, tag: number): number {
    if (this.used + bytes.length > CHUNK) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK, bytes.length)));
      this.used = 0;
    }
    const chunkIndex = this.chunks.length - 1;
    bytes.copy(this.chunks[chunkIndex] as Buffer, this.used);
    const i = this.count++;
    if (i === this.start.length) this.grow();
    this.start[i] = chunkIndex * CHUNK + this.used;
    this.length[i] = bytes.length;
    this.first[i] = a;
    this.second[i] = b;
    this.tags[i] = tag;
    this.used += bytes.length;
    return i;
  }

  private grow(): void {
    const bigger = (old: Uint32Array) => {
      const next = new Uint32Array(old.length * 2);
      next.set(old);
      return next;
    };
    this.start = bigger(this.start);
    this.length = bigger(this.length);
    this.first = bigger(this.first);
    this.second = bigger(this.second);
    this.tags = bigger(this.tags);
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      // hashes are worked out again rather than kept: a table grows a few dozen times at most
      let slot = fnv1a(this.keyOf(i)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
  }
}

/** Key bytes per chunk: large enough to be few, small enough that an unused tail costs little. */
const CHUNK = 1024 * 1024;
const ENCODER = new TextEncoder();

/** 32-bit FNV-1a: quick, and spreads short keys well enough for a table probed in order. */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
