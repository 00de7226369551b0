import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { itNeeds, onPath } from '../helpers/programs.js';

/**
 * The annex of `eligibility list` as LibreOffice prints it: the Word document and the workbook
 * converted to PDF, then measured with poppler (pdfinfo for the pages, pdffonts for the fonts,
 * pdftotext for the words). Both name Times New Roman; the PDF must use the face this machine
 * gives for it (fontconfig's match: Times New Roman itself, or the metric twin a Linux machine
 * has), never a sans fallback that would mean the font was not asked for.
 */
const soffice = onPath('soffice', 'libreoffice');
const pdfinfo = onPath('pdfinfo');
const pdffonts = onPath('pdffonts');
const pdftotext = onPath('pdftotext');
const fcMatch = onPath('fc-match');
const NEEDS = { soffice, pdfinfo, pdffonts, pdftotext, 'fc-match': fcMatch };

let dir: string;
const codes: number[] = [];

function run(command: string, args: string[]) {
  return spawnSync(command, args, { encoding: 'utf8', timeout: 150_000, env: { ...process.env, HOME: dir } });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eligibility-list-'));
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1770334200';
  const quiet = { stdout: () => {}, stderr: () => {} };
  try {
    for (const format of ['docx', 'xlsx'])
      codes.push(
        await main(
          [
            'node',
            'eligibility',
            'list',
            path.resolve('fixtures/lai-chau-2020/nominees.xlsx'),
            '--output',
            path.join(dir, `danh-sach.${format}`),
          ],
          quiet,
        ),
      );
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The file printed to PDF by LibreOffice with the test's own profile; its path. */
function toPdf(format: 'docx' | 'xlsx'): string {
  const out = path.join(dir, format);
  const result = run(soffice as string, [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(path.join(dir, 'lo-profile')).href}`,
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    path.join(dir, `danh-sach.${format}`),
  ]);
  expect(result.status, result.stderr).toBe(0);
  return path.join(out, 'danh-sach.pdf');
}

/** Every page's size in points, from pdfinfo. */
function pageSizes(pdf: string): [number, number][] {
  const info = run(pdfinfo as string, ['-f', '1', '-l', '999', pdf]);
  expect(info.status, info.stderr).toBe(0);
  return [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

/** The fonts the PDF embeds, without their subset prefix (`ABCDEF+`). */
function fonts(pdf: string): string[] {
  const listed = run(pdffonts as string, [pdf]);
  expect(listed.status, listed.stderr).toBe(0);
  return listed.stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter(Boolean);
}

/** What fontconfig draws for Times New Roman here, as the start of its faces' PostScript names. */
function timesFace(): string {
  const found = run(fcMatch as string, ['-f', '%{postscriptname}', 'Times New Roman']);
  expect(found.status, found.stderr).toBe(0);
  // TimesNewRomanPSMT, TimesNewRomanPS-BoldMT…; LiberationSerif, LiberationSerif-Bold…
  return found.stdout.trim().replace(/MT$/, '');
}

describe.each(['docx', 'xlsx'] as const)('list --output danh-sach.%s, printed by LibreOffice', (format) => {
  itNeeds(NEEDS, 'is on A4 portrait, every page, in the face asked for as Times New Roman', async () => {
    expect(codes).toEqual([0, 0]);
    const pdf = toPdf(format);
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595.28, 0);
      expect(height).toBeCloseTo(841.89, 0);
    }
    const face = timesFace();
    const used = fonts(pdf);
    expect(used.length).toBeGreaterThan(0);
    for (const font of used) expect(font.startsWith(face), `${font} is not ${face}`).toBe(true);
    // bold for the headings, plain for the rows
    expect(used.some((f) => /Bold/.test(f))).toBe(true);
    const words = run(pdftotext as string, [pdf, '-']).stdout;
    expect(words).toContain('Lò Thị Mai');
    expect(words).toContain('TM. BAN THƯỜNG VỤ');
    if (format === 'docx') {
      expect(words).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT');
      expect(words).toContain('Độc lập - Tự do - Hạnh phúc');
    }
  });
});
