import { open } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { entryText, zipEntries } from '../read/zip.js';
import { WORDS } from './table.js';

/**
 * How the tool knows a report of its own: a workbook it wrote says so in its document
 * properties (keywords, which Excel keeps and shows under File › Info), and its CSV report
 * starts with its own header row. A report saved into the folder being checked is then never
 * read back as nominees, where every real nominee would become its own duplicate.
 */
export const REPORT_KEYWORD = 'eligibility-report';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** A workbook larger than this is no report of ours (and the reader refuses it anyway). */
const MAX_ZIP = 512 * 1024 * 1024;
const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false });

/** Whether `file` is a report this tool wrote (xlsx or CSV); anything unreadable is not. */
export async function isOwnReport(file: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return false;
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    if (start.subarray(0, 4).equals(ZIP)) {
      // the zip's directory is at its end: the whole file is read, as the reader reads it next
      if (info.size > MAX_ZIP) return false;
      const bytes = Buffer.alloc(info.size);
      await handle.read(bytes, 0, info.size, 0);
      const core = (await zipEntries(bytes)).find((e) => e.name === 'docProps/core.xml');
      if (core === undefined) return false;
      const xml = Buffer.from(entryText(bytes, core, 64 * 1024), 'latin1').toString('utf8');
      const keywords = String(parser.parse(xml)?.coreProperties?.keywords ?? '');
      return new RegExp(`\\b${REPORT_KEYWORD}\\b`).test(keywords);
    }
    return isReportHeader(start.toString('utf8'));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** The first line of the CSV report in either language: file, sheet, row … verdict. */
function isReportHeader(text: string): boolean {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return Object.values(WORDS).some(
    (w) =>
      cells[0] === w.file && cells[1] === w.sheet && cells[2] === w.row && cells.includes(w.verdictHeader),
  );
}
