/**
 * Spreadsheet formula injection (OWASP, "CSV Injection"). Nominee files come from many units and
 * are copied into reports that the federation's staff open in Excel; a name typed as
 * `=HYPERLINK("http://x","y")` must be shown as those characters, never run.
 *
 * The two spreadsheet formats need different treatment:
 * - CSV has no cell types: Excel decides from the first character, so text that starts like a
 *   formula gets OWASP's leading apostrophe.
 * - XLSX has cell types: text written as a string cell is never evaluated, so the value is kept
 *   exactly as the input had it (an apostrophe would show as part of the name). `xlsxValue`
 *   guarantees only strings and numbers reach a cell, never a formula object.
 */

/** The characters OWASP lists: = + - @ tab carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A CSV cell: text starting like a formula gets a leading `'`; numbers stay numbers. */
export function csvValue(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return looksLikeFormula(value) ? `'${value}` : value;
}

/** An XLSX cell value: a plain string or number, so the writer can only make a text or number cell. */
export function xlsxValue(value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return xmlSafe(String(value));
}

/**
 * Characters XML 1.0 does not allow anywhere (§2.2): C0 controls other than tab and line breaks,
 * U+FFFE, U+FFFF, and halves of a surrogate pair standing alone. One in a cell, a comment or a
 * property makes the whole xlsx part ill-formed, and Excel refuses the file or "repairs" it.
 */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what is looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text XML can hold: each forbidden character becomes U+FFFD, the mark for a character lost. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD');
}

/** Line breaks and tabs of every kind: a name spread over lines could forge a report's own lines. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/**
 * What never belongs in a name shown to a person: controls (ESC starts a terminal sequence, BEL
 * rings), DEL and the C1 controls, and the bidirectional controls that make text display in
 * another order than it is read (a "Trojan Source" name).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what is looked for
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name from outside (a file name, a sheet name) made safe to print in any report or on a
 * terminal, as cell text is when it is read: line breaks become one space, so a name never
 * starts a line of its own; controls and bidirectional overrides go; characters XML forbids
 * become U+FFFD. A report that wraps a long line may still start one with part of a name, so
 * the two openings a CI runner obeys at the start of a line, `::` (a workflow command) and
 * `##[` (its older form), are broken by a space. `%` is left: the one format where it means
 * something (GitHub's workflow commands) escapes it itself.
 */
export function plainText(text: string): string {
  return xmlSafe(text.replace(BREAKS, ' ').replace(INVISIBLE, ''))
    .replace(/::/g, ': :')
    .replace(/##\[/g, '# #[');
}

/** `plainText` for a message of several lines: each line made safe, the line breaks kept. */
export function plainLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\r').map(plainText).join('\r'))
    .join('\n');
}

/** Whether a character is one `cellText` changes; tested first, so clean text costs one pass and no copy. */
function changedInCells(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffe ||
    code === 0xffff ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const CELL_INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what is looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A cell's text as the readers hand it on, whatever the file held: controls that are not line
 * breaks or tabs removed (ESC, BEL, and the C1 controls no text holds), bidirectional controls
 * removed, characters XML forbids made U+FFFD. Every report then shows and stores it as it is:
 * a terminal is never restyled, a line never reordered, an xlsx part never ill-formed.
 */
export function cellSafe(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (changedInCells(text.charCodeAt(i))) return xmlSafe(text.replace(CELL_INVISIBLE, ''));
  }
  return text;
}
