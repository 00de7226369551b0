/** `node:buffer` in the page: the browser copy of Buffer, and `isUtf8` by the browser's own strict decoder. */
import { Buffer } from 'buffer';

export { Buffer };

const strict = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
