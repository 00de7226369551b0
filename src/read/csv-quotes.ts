import { finding, inLangs } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { columnLetter } from './cells.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Watches a CSV as it streams to the parser for a quote that opens a cell and never closes,
 * which would make the rest of the file one cell: the parser only notices at its line bound
 * (after a megabyte of text held whole) or at the end of the file. A quoted cell is one cell,
 * so once it runs over several lines past the cell bound the file is refused anyway; saying so
 * there, with the cell where the quote opened, costs nothing a genuine file needs.
 *
 * It follows the parser's rules as csv.ts sets them (`relax_quotes`, `""` inside quotes, the
 * line end found first): a quote opens a cell only at the start of a field; inside quotes, a
 * quote followed by the delimiter or a line end closes it, and one followed by anything else is
 * taken as text. After a line break that last case is a stray quote swallowing lines, which the
 * parser would read on silently, so it is refused too.
 */
export class QuoteWatch {
  private row = 1;
  private column = 0;
  /** The character before the part not yet looked at; undefined at the start of the file. */
  private previous: number | undefined;
  private started = false;
  private lineEnd: 'lf' | 'cr' | undefined;
  /** A CR ended the last piece before the first line end was settled. */
  private crAtEnd = false;
  private quoting = false;
  private quoteSeen = false;
  private opened = { row: 0, column: 0 };
  private length = 0;
  private breaks = 0;
  private readonly delimiterCode: number;

  constructor(
    private readonly file: string,
    delimiter: string,
    private readonly maxCellLength: number,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /**
   * A piece of the file as UTF-8 bytes (a Buffer in Node, any Uint8Array in a browser); throws the refusal as soon as it is sure.
   * Outside quotes it jumps from quote to quote and counts line ends natively, so a file without
   * quotes costs a search, not a look at every character.
   */
  feed(piece: Uint8Array): void {
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) i = 3;
    }
    if (this.crAtEnd && i < piece.length) {
      this.crAtEnd = false;
      this.lineEnd = (piece[i] as number) === LF ? 'lf' : 'cr';
      if (this.lineEnd === 'cr') this.nextRow();
    }
    while (i < piece.length) {
      if (this.quoting) {
        i = this.inQuotes(piece, i);
        continue;
      }
      const quote = piece.indexOf(QUOTE, i);
      const stop = quote === -1 ? piece.length : quote;
      this.outside(piece, i, stop);
      if (quote === -1) break;
      const before = quote > i ? (piece[quote - 1] as number) : this.previous;
      if (before === undefined || before === this.delimiterCode || before === LF || before === CR) {
        this.quoting = true;
        this.opened = { row: this.row, column: this.column };
        this.length = 0;
        this.breaks = 0;
      }
      this.previous = QUOTE;
      i = quote + 1;
    }
  }

  /** The file has ended: a quote still open ran to its end. */
  end(): void {
    if (this.quoting && !this.quoteSeen) {
      throw this.refusal(inLangs('extent', { vi: 'không được đóng đến hết tệp', en: 'is never closed' }));
    }
  }

  /** Text outside quotes from `from` to `to`: counts its line ends and the delimiters of its last line. */
  private outside(piece: Uint8Array, from: number, to: number): void {
    if (from >= to) return;
    let k = from;
    // the first line end met says which one the parser splits at: LF (also CRLF) or a lone CR
    while (this.lineEnd === undefined && k < to) {
      const c = piece[k++] as number;
      if (c === this.delimiterCode) this.column++;
      else if (c === LF) {
        this.lineEnd = 'lf';
        this.nextRow();
      } else if (c === CR) {
        if (k === piece.length) this.crAtEnd = true;
        else {
          this.lineEnd = (piece[k] as number) === LF ? 'lf' : 'cr';
          if (this.lineEnd === 'cr') this.nextRow();
        }
      }
    }
    let last = -1;
    if (this.lineEnd !== undefined) {
      const end = this.lineEnd === 'lf' ? LF : CR;
      for (let at = piece.indexOf(end, k); at !== -1 && at < to; at = piece.indexOf(end, at + 1)) {
        this.nextRow();
        last = at;
      }
    }
    for (let at = last === -1 ? k : last + 1; at < to; at++) {
      if ((piece[at] as number) === this.delimiterCode) this.column++;
    }
    this.previous = piece[to - 1] as number;
  }

  /** Inside quotes from `from`: returns where the text outside quotes starts again, or the piece's end. */
  private inQuotes(piece: Uint8Array, from: number): number {
    for (let i = from; i < piece.length; i++) {
      const c = piece[i] as number;
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (c === QUOTE) {
          this.length++; // `""`: one quote inside the cell
          continue;
        }
        this.quoting = false;
        if (c !== this.delimiterCode && c !== LF && c !== CR && this.breaks > 0) {
          throw this.refusal(inLangs('extent', this.strayClose()));
        }
        return i;
      }
      if (c === QUOTE) {
        this.quoteSeen = true;
        continue;
      }
      if (c === LF || (c === CR && this.lineEnd === 'cr')) this.breaks++;
      // a byte that continues a UTF-8 letter is not a character of its own; without a line break
      // inside, the parser says best what is wrong: a long cell, or a line with no end
      if ((c & 0xc0) !== 0x80 && ++this.length > this.maxCellLength && this.breaks > 0) {
        throw this.refusal(inLangs('extent', this.stillOpen()));
      }
    }
    return piece.length;
  }

  private nextRow(): void {
    this.row++;
    this.column = 0;
  }

  private stillOpen() {
    const lines = this.breaks + 1;
    return {
      vi: `chưa được đóng sau ${lines} dòng, ${this.maxCellLength} ký tự`,
      en: `is still open after ${lines} lines and ${this.maxCellLength} characters`,
    };
  }

  private strayClose() {
    const line = this.opened.row + this.breaks;
    return {
      vi: `chỉ được đóng bởi dấu ngoặc kép giữa dòng ${line}`,
      en: `is only closed by the quote inside line ${line}`,
    };
  }

  private refusal(extent: Record<string, string>): InputError {
    const { row, column } = this.opened;
    const cell = `${columnLetter(column)}${row}`;
    return new InputError(
      finding('E-CSV-QUOTE', { cell, line: row, ...extent }, { file: this.file, row, cell }),
    );
  }
}

/**
 * The pieces of `source` passed on unchanged, each watched first; text decoded from another
 * encoding (UTF-16, Windows-1258) is watched as its UTF-8 bytes.
 */
export async function* watchQuotes(
  source: AsyncIterable<Uint8Array | string>,
  watch: QuoteWatch,
): AsyncGenerator<Uint8Array | string> {
  for await (const piece of source) {
    watch.feed(typeof piece === 'string' ? Buffer.from(piece) : piece);
    yield piece;
  }
  watch.end();
}
