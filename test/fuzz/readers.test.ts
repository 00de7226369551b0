import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { zip } from '../../scripts/lib/office-files.mjs';
import { InputError } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { inflateEntries, zipEntries } from '../../src/read/zip.js';
import { book, campaign } from '../helpers/nominee.js';
import { runs } from './settings.js';

/**
 * The readers on damaged copies of the sample submission: whatever the bytes, the answer is
 * nominees and findings, or the tool's own InputError (exit 2 with one clear line), never
 * another exception and never a hang.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const XLSX = readFileSync(path.join(ROOT, 'fixtures', 'lai-chau-2020', 'nominees.xlsx'));
const CSV = readFileSync(path.join(ROOT, 'fixtures', 'lai-chau-2020', 'nominees.csv'));
const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** What reading the bytes gives: `'read'` or the code of the InputError; anything else fails the test. */
async function outcome(bytes: Uint8Array, extension: string): Promise<string> {
  const file = path.join(dir, `case-${counter++}${extension}`);
  writeFileSync(file, bytes);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the reader did not finish within 10 s')), 10_000);
  });
  try {
    await Promise.race([readNomineeFile(file, { campaign, book }), hang]);
    return 'read';
  } catch (error) {
    if (error instanceof InputError) return error.finding.code;
    throw error;
  } finally {
    clearTimeout(timer);
    rmSync(file, { force: true });
  }
}

/** Byte edits: overwrite, insert, delete, cut the end. */
type Edit =
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'cut'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      byte: fc.nat(255),
    }) as fc.Arbitrary<never>,
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }) as fc.Arbitrary<never>,
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 64 }),
    }) as fc.Arbitrary<never>,
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('cut' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }) as fc.Arbitrary<never>,
  },
);

/** Positions are fractions of the length, so one edit means the same on any file. */
function apply(source: Uint8Array, edits: readonly Edit[]): Buffer {
  let bytes = Buffer.from(source);
  for (const e of edits) {
    const at = Math.min(bytes.length, Math.floor((e.at as number) * bytes.length));
    if (e.kind === 'set' && at < bytes.length) bytes[at] = e.byte;
    else if (e.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), e.bytes, bytes.subarray(at)]);
    else if (e.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
    else if (e.kind === 'cut') bytes = bytes.subarray(0, at);
  }
  return bytes;
}

const edits = fc.array(edit, { minLength: 1, maxLength: 8 });
const ALLOWED = /^(read|E-[A-Z0-9-]+)$/;

describe('readers on mutated bytes of the sample files', () => {
  it("a damaged .xlsx is read or refused with the tool's own error", async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (e) => {
        expect(await outcome(apply(XLSX, e), '.xlsx')).toMatch(ALLOWED);
      }),
      runs(60),
    );
  });

  it("a damaged .csv is read or refused with the tool's own error", async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (e) => {
        expect(await outcome(apply(CSV, e), '.csv')).toMatch(ALLOWED);
      }),
      runs(200),
    );
  });
});

describe('exceljs on a well-formed zip of damaged XML', async () => {
  const entries: { name: string; data: Buffer }[] = [];
  const directory = await zipEntries(XLSX);
  await inflateEntries(directory, (entry) => {
    const pieces: Uint8Array[] = [];
    entries.push({ name: entry.name, data: Buffer.alloc(0) });
    const at = entries.length - 1;
    return (piece) => {
      pieces.push(piece);
      (entries[at] as { data: Buffer }).data = Buffer.concat(pieces);
    };
  });
  /** Markup that, dropped into XML, makes the broken shapes a parser must survive. */
  const markup = [
    '<row r="0">',
    '<row r="-1">',
    '<c r="ZZZZ9">',
    '<c r="A1048577">',
    '</c>',
    '<v>',
    '</v>',
    '<f>',
    '<is><t>',
    '&amp;',
    '&#0;',
    '<![CDATA[',
    't="s"',
    't="e"',
    '<v>99999</v>',
    '<mergeCell ref="A1:XFD1048576"/>',
    's="999"',
    '"',
    '>',
    '<',
    '\u0000',
  ];
  const xmlEdit = fc.oneof(
    edit,
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bytes: fc.constantFrom(...markup).map((m) => Buffer.from(m)),
    }) as fc.Arbitrary<Edit>,
  );

  it("is read or refused with the tool's own error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(entries.length - 1),
        fc.array(xmlEdit, { minLength: 1, maxLength: 6 }),
        async (index, e) => {
          const damaged = entries.map((entry, i) =>
            i === index ? { ...entry, data: apply(entry.data, e) } : entry,
          );
          expect(await outcome(zip(damaged), '.xlsx')).toMatch(ALLOWED);
        },
      ),
      runs(120),
    );
  });
});
