/**
 * Text folding for matching what people type against what we expect.
 * Staff type on many input methods (NFD from old Windows IMEs, NBSP and zero-width
 * characters pasted from Word), so every comparison goes through one of these.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const MARKS = /\p{M}/gu;

/**
 * Text `clean` would give back unchanged: printable ASCII and precomposed Latin letters (every
 * Vietnamese letter is one), words parted by single spaces. Nearly every cell is such text, and
 * telling so is several times cheaper than normalising it, which a million-row list notices.
 */
const ALREADY_CLEAN = /^[!-~\u00C0-\u024F\u1E00-\u1EFF]+(?: [!-~\u00C0-\u024F\u1E00-\u1EFF]+)*$/;

/** NFC, zero-width removed, every kind of whitespace collapsed to one space, trimmed. */
export function clean(text: string): string {
  if (ALREADY_CLEAN.test(text)) return text;
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
  let key = folded.get(text);
  if (key === undefined) {
    key = stripDiacritics(text).replace(/[^a-z0-9?]/g, '');
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(text, key);
  }
  return key;
}

/**
 * Keys already folded: what gets folded is the vocabulary of a list (kinds, blocks, yes/no,
 * codes, units), a few spellings repeated on every row. Bounded, for a list that is not so.
 */
const folded = new Map<string, string>();
const FOLDED_LIMIT = 10_000;
