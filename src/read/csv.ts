import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import { columnLetter, type RawRow, type SheetSource, withoutControls } from './cells.js';
import { QuoteWatch, watchQuotes } from './csv-quotes.js';
import { checkedUtf8, type Detected, decodeSample, decodeStream, type Encoding } from './encoding.js';
import { HEADER_ROWS } from './header.js';
import { inputName, inputStream, type NomineeInput } from './input.js';
import { LINE_CELLS, type Limits, limitError } from './limits.js';
import { unreadableArgs } from './sniff.js';

/** Delimiters Excel writes, by locale: `,`, `;` (Vietnamese and European Windows), tab ("Unicode text"). */
const DELIMITERS = [',', ';', '\t'] as const;

const BROKEN: Record<Encoding, Text> = {
  'utf-8': { vi: 'UTF-8 lẫn byte lỗi', en: 'UTF-8 with invalid bytes' },
  'utf-16le': { vi: 'UTF-16 lẫn byte lỗi', en: 'UTF-16 with invalid bytes' },
  'utf-16be': { vi: 'UTF-16 lẫn byte lỗi', en: 'UTF-16 with invalid bytes' },
  'windows-1258': { vi: 'Windows-1258', en: 'Windows-1258' },
};

/**
 * The delimiter of the header region: the one that splits some line of the first rows
 * most often, outside quotes. A title line may hold a comma of its own; the header
 * line holds one delimiter per column.
 */
export function sniffDelimiter(text: string): string {
  const best = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    for (const d of DELIMITERS) {
      best.set(d, Math.max(best.get(d) ?? 0, counts.get(d) ?? 0));
      counts.set(d, 0);
    }
    lines++;
  };
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') {
      endLine();
      if (lines >= HEADER_ROWS) break;
    } else if (counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  if (lines < HEADER_ROWS) endLine();
  let chosen: string = DELIMITERS[0];
  for (const d of DELIMITERS) if ((best.get(d) ?? 0) > (best.get(chosen) ?? 0)) chosen = d;
  return chosen;
}

export interface CsvSheet {
  source: SheetSource;
  /** Said once about the whole file (a legacy encoding that was decoded). */
  findings: Finding[];
}

/**
 * A CSV file as one sheet (name `''`), rows numbered as Excel would show them. Text in
 * UTF-8, UTF-16 or Windows-1258 is decoded; any other encoding is refused with E-ENCODING
 * rather than read as garbled letters.
 */
export function csvSheet(input: NomineeInput, sample: Buffer, detected: Detected, limits: Limits): CsvSheet {
  const file = inputName(input);
  if (!('encoding' in detected)) {
    throw new InputError(finding('E-ENCODING', inLangs('encoding', detected.unknown), { file }));
  }
  const { encoding } = detected;
  const findings: Finding[] = [];
  if (encoding === 'windows-1258') {
    findings.push(finding('I-ENCODING', { encoding: 'Windows-1258' }, { file }));
  }
  const delimiter = sniffDelimiter(decodeSample(sample, encoding).replace(/^\uFEFF/, ''));
  return { source: { name: '', rows: csvRows(input, encoding, delimiter, limits) }, findings };
}

async function* csvRows(
  given: NomineeInput,
  encoding: Encoding,
  delimiter: string,
  limits: Limits,
): AsyncGenerator<RawRow> {
  const file = inputName(given);
  const input = inputStream(given);
  const lineLimit = limits.maxCellLength * LINE_CELLS;
  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    // csv-parse holds a line whole before handing it on: a line with no end would fill memory
    max_record_size: lineLimit,
  });
  // UTF-8 goes to the parser as checked bytes; other encodings as text
  const pieces = encoding === 'utf-8' ? checkedUtf8(input) : decodeStream(input, encoding);
  const text = Readable.from(watchQuotes(pieces, new QuoteWatch(file, delimiter, limits.maxCellLength)));
  // `pipe` does not pass an error on; without this the parser would wait forever
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  let number = 0;
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      // one pass over the cells, without an [index, value] pair each: a million rows notice
      const cellValues: (string | null)[] = new Array(record.length);
      let content = false;
      for (let index = 0; index < record.length; index++) {
        const value = record[index] as string;
        if (value === '') {
          cellValues[index] = null;
          continue;
        }
        cellValues[index] = withoutControls(value);
        content = true;
        if (value.length > limits.maxCellLength) {
          throw limitError('E-LIMIT-CELL-LENGTH', limits.maxCellLength, {
            file,
            row: number,
            cell: `${columnLetter(index)}${number}`,
          });
        }
      }
      if (content && ++rows > limits.maxRows)
        throw limitError('E-LIMIT-ROWS', limits.maxRows, { file, row: number });
      yield { number, cells: cellValues } satisfies RawRow;
    }
  } catch (error) {
    throw csvError(error, file, number + 1, encoding, lineLimit);
  } finally {
    text.destroy();
    input.destroy();
  }
}

function csvError(
  error: unknown,
  file: string,
  row: number,
  encoding: Encoding,
  lineLimit: number,
): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
    // the parser reads ahead of the rows handed on, so its own count says which row it was in
    const records = (error as CsvError & { records?: unknown }).records;
    return limitError('E-LIMIT-LINE', lineLimit, {
      file,
      row: typeof records === 'number' ? records + 1 : row,
    });
  }
  if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
    // the decoder runs ahead of the parser, so the row it failed in is not known
    return new InputError(finding('E-ENCODING', inLangs('encoding', BROKEN[encoding]), { file }));
  }
  return new InputError(finding('E-FILE-UNREADABLE', unreadableArgs(error), { file, row }));
}
