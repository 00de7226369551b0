import { describe, expect, it } from 'vitest';
import { CompactKeyMap } from '../../src/checks/compact-keys.js';

/** The compact map must answer as a `Map` of the same keys does, whatever the keys. */
describe('CompactKeyMap', () => {
  it('agrees with a Map over 120,000 keys: Vietnamese, repeated, empty, long, across chunks', () => {
    const compact = new CompactKeyMap();
    const reference = new Map<string, [number, number]>();
    const names = ['nguyễnvănanbình', 'trầnthịhươnglan', 'lòthịmai', '', 'tẩnthịmẩy', 'x'.repeat(5000)];
    let repeats = 0;
    for (let i = 0; i < 120_000; i++) {
      // every seventh key is one seen before; keys long enough to fill several megabytes of chunks
      const key =
        i % 7 === 3
          ? `${names[(i - 3) % names.length]}\u0000${i - 3}`
          : `${names[i % names.length]}\u0000${i}`;
      const known = reference.get(key);
      const got = compact.addIfNew(key, i, i * 3);
      if (known === undefined) {
        expect(got).toBe(-1);
        reference.set(key, [i, i * 3]);
      } else {
        repeats++;
        expect(compact.pairOf(got)).toEqual(known);
      }
    }
    expect(repeats).toBeGreaterThan(10_000);
    expect(compact.size).toBe(reference.size);
  });

  it('tells apart keys whose bytes differ only by normalisation or case', () => {
    const compact = new CompactKeyMap();
    expect(compact.addIfNew('Hoà', 1, 1)).toBe(-1);
    expect(compact.addIfNew('Hòa', 2, 2)).toBe(-1);
    expect(compact.addIfNew('hoà', 3, 3)).toBe(-1);
    expect(compact.addIfNew('Hoa\u0300', 4, 4)).toBe(-1);
    expect(compact.pairOf(compact.addIfNew('Hòa', 9, 9))).toEqual([2, 2]);
  });
});
