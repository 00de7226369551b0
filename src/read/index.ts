import type { Campaign } from '../campaign/schema.js';
import { finding } from '../findings/catalogue.js';
import { type Finding, InputError } from '../findings/finding.js';
import type { Kind } from '../model/categories.js';
import { foldKey } from '../model/fold.js';
import type { Nominee } from '../model/nominee.js';
import type { CodeBook } from '../model/vocabulary.js';
import type { SheetSource } from './cells.js';
import type { Layout } from './columns.js';
import { csvSheet } from './csv.js';
import { readSheet, readTools } from './sheet.js';
import { reasonOf, sniffFile } from './sniff.js';
import { xlsxSheets } from './xlsx.js';

export interface ReadContext {
  campaign: Campaign;
  book: CodeBook;
}

export interface ReadResult {
  nominees: Nominee[];
  findings: Finding[];
}

/** Sheet names that say which kind of nominee a sheet holds. */
const SHEET_KIND = new Map<string, Kind>([
  ...['Tập thể', 'Collectives', 'Collective'].map((n) => [foldKey(n), 'collective'] as const),
  ...['Cá nhân', 'Individuals', 'Individual'].map((n) => [foldKey(n), 'individual'] as const),
]);

/**
 * Read one nominee file (xlsx or CSV, told apart by content). `file` is the path as the user
 * typed it and is what nominees and findings name. Fatal problems throw `InputError`.
 */
export async function readNomineeFile(file: string, ctx: ReadContext): Promise<ReadResult> {
  const { type, sample } = await sniffFile(file);
  const tools = readTools(file, ctx.campaign, ctx.book);

  if (type === 'csv') {
    // A CSV is one sheet of both kinds: with no table it fails on its headers, never as 'empty'.
    const sheet = await readSheet(csvSheet(file, sample), { kind: 'mixed' }, tools, { emptyAllowed: false });
    return typeof sheet === 'string' ? { nominees: [], findings: [] } : sheet;
  }

  let sources: SheetSource[];
  try {
    sources = await xlsxSheets(file);
  } catch (error) {
    throw new InputError(finding('E-FILE-UNREADABLE', { reason: reasonOf(error) }, { file }));
  }
  const result: ReadResult = { nominees: [], findings: [] };
  const ignored: string[] = [];
  let read = 0;
  for (const source of sources) {
    const kind = SHEET_KIND.get(foldKey(source.name));
    const layout: Layout | null = kind ? { kind } : null;
    const sheet = await readSheet(source, layout, tools, { emptyAllowed: true });
    if (sheet === 'empty') continue;
    if (sheet === 'not-nominees') {
      ignored.push(source.name);
      continue;
    }
    read++;
    result.nominees.push(...sheet.nominees);
    result.findings.push(...sheet.findings);
  }
  if (read === 0) {
    throw new InputError(
      finding('E-SHEET-MISSING', { sheets: sources.map((s) => `"${s.name}"`).join(', ') }, { file }),
    );
  }
  for (const sheet of ignored) result.findings.push(finding('I-SHEET-IGNORED', { sheet }, { file, sheet }));
  return result;
}
