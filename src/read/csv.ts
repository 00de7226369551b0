import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import type { RawRow, SheetSource } from './cells.js';
import { HEADER_ROWS } from './header.js';
import { reasonOf } from './sniff.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

/** Delimiters Excel writes, by locale: `,`, `;` (Vietnamese and European Windows), tab ("Unicode text"). */
const DELIMITERS = [',', ';', '\t'] as const;

/** Which text encoding the sample is in; a CSV that is not UTF-8 would garble every Vietnamese letter. */
function encodingOf(file: string, sample: Buffer): 'utf8' | 'utf16le' {
  if (sample.subarray(0, 2).equals(UTF16LE_BOM)) return 'utf16le';
  const encodingError = new InputError(finding('E-ENCODING', {}, { file }));
  if (sample.subarray(0, 2).equals(UTF16BE_BOM)) throw encodingError;
  try {
    // `stream: true` lets the sample end inside a multi-byte letter.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    throw encodingError;
  }
  return 'utf8';
}

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

function decode(sample: Buffer, encoding: 'utf8' | 'utf16le'): string {
  const bom = encoding === 'utf16le' ? UTF16LE_BOM : UTF8_BOM;
  const body = sample.subarray(0, bom.length).equals(bom) ? sample.subarray(bom.length) : sample;
  return body.toString(encoding);
}

/** A CSV file as one sheet (name `''`), rows numbered as Excel would show them. */
export function csvSheet(file: string, sample: Buffer): SheetSource {
  const encoding = encodingOf(file, sample);
  const delimiter = sniffDelimiter(decode(sample, encoding));
  return { name: '', rows: csvRows(file, encoding, delimiter) };
}

async function* csvRows(
  file: string,
  encoding: 'utf8' | 'utf16le',
  delimiter: string,
): AsyncGenerator<RawRow> {
  const input = createReadStream(file, { flags: 'r' });
  const parser = parse({
    delimiter,
    encoding,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  // `pipe` does not pass a read error on; without this the parser would wait forever.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      yield { number, cells: record.map((v) => (v === '' ? null : v)) };
    }
  } catch (error) {
    throw new InputError(
      finding('E-FILE-UNREADABLE', { reason: reasonOf(error) }, { file, row: number + 1 }),
    );
  } finally {
    input.destroy();
  }
}
