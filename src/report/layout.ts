/**
 * Terminal layout for text that is mostly Vietnamese. A letter such as `ệ` may arrive as one
 * code point or as three (NFD), so widths are counted in code points after NFC, with colour
 * codes left out.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  return [...text.replace(ANSI, '').normalize('NFC')].length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

export interface WrapOptions {
  width: number;
  /** Put before the first line (a marker, an indent); its width counts. */
  prefix?: string;
  /** Spaces before every later line. */
  indent?: number;
  /** Colour for the words of each line, not for the prefix or indent. */
  paint?: (line: string) => string;
}

/**
 * Word-wrap `text` to `width` columns. A word longer than a line is left whole: cutting a
 * file name or a code in two would make it harder to find.
 */
export function wrap(text: string, options: WrapOptions): string[] {
  const { width, prefix = '', indent = 0, paint = (l: string) => l } = options;
  const lines: string[] = [];
  let line = '';
  let room = width - displayWidth(prefix);
  for (const word of text.normalize('NFC').split(' ').filter(Boolean)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > room) {
      lines.push(line);
      line = '';
      room = width - indent;
    }
    line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? prefix : ' '.repeat(indent)) + paint(l));
}
