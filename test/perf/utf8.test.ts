import { describe, expect, it } from 'vitest';
import { checkedUtf8, decodeStream } from '../../src/read/encoding.js';

/** UTF-8 passed through as bytes must accept and refuse exactly what decoding it would. */
async function collect(pieces: Buffer[], how: 'bytes' | 'text'): Promise<string> {
  async function* source() {
    yield* pieces;
  }
  let out = '';
  if (how === 'bytes') for await (const b of checkedUtf8(source())) out += b.toString('utf8');
  else for await (const t of decodeStream(source(), 'utf-8')) out += t;
  return out;
}

/** Every way of cutting `bytes` in two, and in single bytes. */
function cuts(bytes: Buffer): Buffer[][] {
  const out: Buffer[][] = [[bytes], [...bytes].map((b) => Buffer.from([b]))];
  for (let i = 1; i < bytes.length; i++) out.push([bytes.subarray(0, i), bytes.subarray(i)]);
  return out;
}

describe('checkedUtf8', () => {
  const text = 'Họ và tên,Đơn vị\nNguyễn Thị Hoa,Phong Thổ 😀\n';

  it('passes a file through whole, wherever the pieces are cut, letters of 2, 3 and 4 bytes included', async () => {
    for (const pieces of cuts(Buffer.from(text))) {
      // the decoder drops a byte-order mark; the parser drops it too, so the bytes keep it
      expect(await collect(pieces, 'bytes')).toBe(text);
    }
  });

  it.each([
    ['a lone continuation byte', Buffer.from([0x41, 0x80, 0x42])],
    ['a letter cut off at the end', Buffer.from([0x41, 0xe1, 0xbb])],
    ['an overlong encoding', Buffer.from([0xc0, 0xaf])],
    ['Windows-1258 bytes', Buffer.from('Nguy\xean', 'latin1')],
  ])('refuses %s as the decoder does', async (_, bytes) => {
    for (const pieces of cuts(bytes)) {
      const bytesError = await collect(pieces, 'bytes').catch((e: NodeJS.ErrnoException) => e.code);
      const textError = await collect(pieces, 'text').catch((e: NodeJS.ErrnoException) => e.code);
      expect(bytesError).toBe('ERR_ENCODING_INVALID_ENCODED_DATA');
      expect(textError).toBe('ERR_ENCODING_INVALID_ENCODED_DATA');
    }
  });
});
