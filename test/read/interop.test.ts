import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readNomineeFile } from '../../src/read/index.js';
import { forExceljs, relsPartOf, resolveTarget } from '../../src/read/opc.js';
import { run } from '../helpers/cli.js';
import { ctx, INDIVIDUAL_HEADERS, individual, scratch } from './helpers.js';

const at = await scratch();
const INTEROP = 'fixtures/interop';

describe('workbooks other programs saved (fixtures/interop, scripts/make-interop-fixtures.mjs)', () => {
  const files = readdirSync(INTEROP).filter((f) => f.endsWith('.xlsx'));

  it('holds the openpyxl and LibreOffice files', () => {
    expect(files.sort()).toEqual(['libreoffice.xlsx', 'openpyxl-scratch.xlsx', 'openpyxl-template.xlsx']);
  });

  it.each(files)('%s is read whole, both nominees eligible, no damage reported', async (file) => {
    const { code, stdout, stderr } = await run('check', path.join(INTEROP, file), '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.nominees.map((n: { name: string }) => n.name).sort()).toEqual([
      'Lò Thị Mai',
      'Trường Tiểu học Kim Đồng',
    ]);
    expect(report.findings.map((f: { code: string }) => f.code)).not.toContain('E-FILE-CORRUPT');
  });
});

/** A one-sheet list with a cell comment, as exceljs writes it: the parts where exceljs looks. */
async function listWithComment(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet.addRow(INDIVIDUAL_HEADERS);
  sheet.addRow(individual());
  sheet.getCell('B2').note = 'Đã kiểm tra hồ sơ gốc';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The same package with parts moved (`moves`: old name → new name) and every internal
 * relationship target written by `target(source part, target part)`, as another program would.
 */
async function reshape(
  bytes: Buffer,
  moves: Record<string, string>,
  target: (source: string, part: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const moved = (part: string) => moves[part] ?? part;
  const sourceOf = (rels: string) =>
    rels === '_rels/.rels' ? '' : rels.replace(/_rels\/([^/]+)\.rels$/, '$1').replace(/^\//, '');
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let content: string | Buffer = await entry.async('nodebuffer');
    if (name.endsWith('.rels')) {
      const source = sourceOf(name);
      const base = source === '' ? '' : path.posix.dirname(source);
      content = content.toString('utf8').replace(/<Relationship\b[^>]*>/g, (tag) => {
        if (/TargetMode="External"/.test(tag)) return tag;
        return tag.replace(/Target="([^"]*)"/, (_, t: string) => {
          const part = t.startsWith('/') ? t.slice(1) : path.posix.join(base, t);
          return `Target="${target(moved(source), moved(part))}"`;
        });
      });
      out.file(relsPartOf(moved(source)), content);
      continue;
    }
    if (name === '[Content_Types].xml') {
      content = content
        .toString('utf8')
        .replace(/PartName="\/([^"]*)"/g, (_, p: string) => `PartName="/${encodeURI(moved(p))}"`);
    }
    out.file(moved(name), content);
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function readBytes(name: string, bytes: Buffer) {
  const file = at(name);
  await writeFile(file, bytes);
  return readNomineeFile(file, ctx);
}

describe('any part path the OPC allows', () => {
  it('reads openpyxl’s shape: comment parts in xl/comments/, every target absolute', async () => {
    const bytes = await reshape(
      await listWithComment(),
      {
        'xl/comments1.xml': 'xl/comments/comment1.xml',
        'xl/drawings/vmlDrawing1.vml': 'xl/drawings/commentsDrawing1.vml',
      },
      (_, part) => `/${part}`,
    );
    // without the normalising step exceljs fails on exactly this file
    const raw = new ExcelJS.Workbook();
    await expect(raw.xlsx.load(bytes as never)).rejects.toThrow();
    const read = await readBytes('openpyxl.xlsx', bytes);
    expect(read.nominees.map((n) => n.name)).toEqual(['Lò Thị Mai']);
  });

  it('reads parts anywhere, under names with spaces and diacritics, percent-encoded, ./ and any case', async () => {
    const bytes = await reshape(
      await listWithComment(),
      {
        'xl/workbook.xml': 'xl/Sổ chính.xml',
        'xl/worksheets/sheet1.xml': 'xl/Danh sách/Trang 1.xml',
        'xl/comments1.xml': 'xl/ghi-chu/Ghi chú.xml',
        'xl/sharedStrings.xml': 'xl/strings.xml',
      },
      (source, part) => {
        const relative = path.posix.relative(source === '' ? '' : path.posix.dirname(source), part);
        const encoded = encodeURI(relative);
        // the package's own targets in upper case (part names compare without case), others with ./
        return source === '' ? encoded.toUpperCase() : `./${encoded}`;
      },
    );
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toContain('xl/Danh sách/Trang 1.xml');
    const read = await readBytes('anywhere.xlsx', bytes);
    expect(read.findings.map((f) => f.code)).not.toContain('E-FILE-CORRUPT');
    expect(read.nominees.map((n) => [n.sheet, n.name])).toEqual([['Cá nhân', 'Lò Thị Mai']]);
  });

  it('hands exceljs’s own shape over untouched', async () => {
    const bytes = await listWithComment();
    expect(await forExceljs(bytes)).toBe(bytes);
  });
});

describe('resolveTarget', () => {
  it('resolves relative, absolute, dotted and percent-encoded targets to zip entry names', () => {
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('', '/xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml')).toBe(
      'xl/comments/comment1.xml',
    );
    expect(resolveTarget('xl/workbook.xml', './a%20b/S%E1%BB%95.xml')).toBe('xl/a b/Sổ.xml');
    expect(resolveTarget('xl/workbook.xml', '../../above.xml')).toBe('above.xml');
    expect(resolveTarget('xl/workbook.xml', 'https://example.org/x.xml')).toBeUndefined();
  });

  it('names the relationships part of a part', () => {
    expect(relsPartOf('')).toBe('_rels/.rels');
    expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartOf('xl/Danh sách/Trang 1.xml')).toBe('xl/Danh sách/_rels/Trang 1.xml.rels');
  });
});
