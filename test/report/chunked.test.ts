import { describe, expect, it } from 'vitest';
import { CHUNK, chunked } from '../../src/report/stream.js';

/** The chunks `chunked` hands on for `pieces`, each as its bytes. */
function chunksOf(pieces: readonly string[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const out = chunked((chunk) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  });
  for (const piece of pieces) out.add(piece);
  out.flush();
  return chunks;
}

describe('chunked', () => {
  const line = 'Nguyễn Thị Ánh Tuyết — Công đoàn ngành Y tế 😀\n';
  const pieces = [
    ...Array.from({ length: 5000 }, (_, i) => `${i} ${line}`),
    // one piece longer than a chunk, then more short ones
    'Đ'.repeat(3 * CHUNK),
    ...Array.from({ length: 50 }, () => line),
  ];

  it('gives the UTF-8 of the pieces joined, in chunks that each decode on their own', () => {
    const chunks = chunksOf(pieces);
    expect(Buffer.concat(chunks).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    expect(chunks.map((c) => fatal.decode(c)).join('')).toBe(pieces.join(''));
  });

  it('writes a few chunks of about CHUNK bytes, not one per piece', () => {
    const chunks = chunksOf(pieces);
    const total = chunks.reduce((sum, c) => sum + c.length, 0);
    expect(chunks.length).toBeLessThan(total / (CHUNK / 2));
    for (const c of chunks.slice(0, 3)) expect(c.length).toBeGreaterThanOrEqual(CHUNK);
  });

  it('hands on chunks that later pieces do not overwrite', () => {
    const chunks: Uint8Array[] = [];
    const out = chunked((chunk) => chunks.push(chunk as Uint8Array));
    for (let i = 0; i < 3000; i++) out.add(`${i}: ${line}`);
    out.flush();
    const want = Array.from({ length: 3000 }, (_, i) => `${i}: ${line}`).join('');
    expect(Buffer.concat(chunks).toString('utf8')).toBe(want);
  });

  it('writes nothing for nothing', () => {
    expect(chunksOf([])).toEqual([]);
  });
});
