/**
 * Text folding for matching what people type against what we expect.
 * Staff type on many input methods (NFD from old Windows IMEs, NBSP and zero-width
 * characters pasted from Word), so every comparison goes through one of these.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const MARKS = /\p{M}/gu;

/** NFC, zero-width removed, every kind of whitespace collapsed to one space, trimmed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(ZERO_WIDTH, '').replace(/\s+/gu, ' ').trim();
}

/** Lower case, no diacritics, `đ` as `d`; spaces kept. */
export function stripDiacritics(text: string): string {
  return clean(text).normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * The key two texts share when a person would call them the same: case, spaces,
 * diacritics and punctuation ignored (`Tập thể` = `tap the` = `TAPTHE`, `BK-UBND` = `bk ubnd`).
 * `?` survives because it is a value of its own (a year not yet assessed).
 */
export function foldKey(text: string): string {
  return stripDiacritics(text).replace(/[^a-z0-9?]/g, '');
}
