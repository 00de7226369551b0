import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SHEETS } from '../../src/report/xlsx.js';
import { HEADER, ROWS } from '../report/input.js';

/**
 * The reports as a person meets them: the xlsx opened by LibreOffice, the HTML page drawn by
 * Chromium. Both programs are looked up on PATH and nothing is installed; a missing one skips
 * its test and says so in the test's name. `npm run test:e2e` runs this file alone.
 */

function onPath(...names: string[]): string | undefined {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

const soffice = onPath('soffice', 'libreoffice');
const chromium = onPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');
if (!soffice)
  console.warn('test/e2e/render.test.ts: LibreOffice (soffice) is not on PATH; its test is skipped');
if (!chromium) console.warn('test/e2e/render.test.ts: Chromium is not on PATH; its tests are skipped');

let dir: string;
let xlsx: string;
let html: string;
let exitCode: number;
let stderr = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eligibility-e2e-'));
  const input = path.join(dir, 'nominees.csv');
  await writeFile(input, stringify([HEADER, ...ROWS]));
  exitCode = await main(
    ['node', 'eligibility', 'check', input, '--format', 'xlsx,html', '--output', path.join(dir, 'bao-cao')],
    {
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
    },
  );
  xlsx = path.join(dir, 'bao-cao.xlsx');
  html = path.join(dir, 'bao-cao.html');
});

// the LibreOffice and Chromium profiles take megabytes
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(command: string, args: string[], timeout = 90_000) {
  return spawnSync(command, args, { encoding: 'utf8', timeout, env: { ...process.env, HOME: dir } });
}

describe('check --format xlsx,html --output', () => {
  it('writes both reports and keeps the exit code of the check', () => {
    expect(exitCode).toBe(1); // the sample has ineligible nominees
    expect(stderr).toContain(`Đã ghi ${xlsx}`);
    expect(stderr).toContain(`Đã ghi ${html}`);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the xlsx report in LibreOffice', () => {
  const name = 'converts to PDF and reads back with its five sheets';
  it.skipIf(!soffice)(
    soffice ? name : `${name} — skipped: LibreOffice (soffice) is not on PATH`,
    async () => {
      const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
      const common = ['--headless', '--norestore', `-env:UserInstallation=${profile}`];

      const pdfDir = path.join(dir, 'pdf');
      await mkdir(pdfDir);
      const toPdf = run(soffice as string, [...common, '--convert-to', 'pdf', '--outdir', pdfDir, xlsx]);
      expect(toPdf.status, toPdf.stderr).toBe(0);
      const pdf = readFileSync(path.join(pdfDir, 'bao-cao.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // every sheet prints at least one page
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(5);

      // LibreOffice's own reading of the workbook, saved again: the five sheets survive it
      const againDir = path.join(dir, 'again');
      await mkdir(againDir);
      const toXlsx = run(soffice as string, [...common, '--convert-to', 'xlsx', '--outdir', againDir, xlsx]);
      expect(toXlsx.status, toXlsx.stderr).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(againDir, 'bao-cao.xlsx'));
      expect(book.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
      expect(book.getWorksheet('Cá nhân')?.getRow(1).getCell(1).value).toBe('Họ và tên');
    },
    180_000,
  );
});

describe('the HTML report in Chromium', () => {
  const flags = (profile: string) => [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];

  const shot = 'draws the page to a non-empty screenshot at a phone’s width';
  it.skipIf(!chromium)(
    chromium ? shot : `${shot} — skipped: Chromium is not on PATH`,
    () => {
      const png = path.join(dir, 'phone.png');
      const result = run(chromium as string, [
        ...flags(path.join(dir, 'chromium-shot')),
        '--window-size=390,1400',
        `--screenshot=${png}`,
        pathToFileURL(html).href,
      ]);
      expect(result.status, result.stderr).toBe(0);
      const bytes = readFileSync(png);
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // a blank page compresses to a few kilobytes; header, cards and chart take far more
      expect(bytes.length).toBeGreaterThan(20_000);
    },
    120_000,
  );

  const dom = 'runs the page: the chart is there and the filter script counted the rows';
  it.skipIf(!chromium)(
    chromium ? dom : `${dom} — skipped: Chromium is not on PATH`,
    () => {
      const result = run(chromium as string, [
        ...flags(path.join(dir, 'chromium-dom')),
        '--dump-dom',
        pathToFileURL(html).href,
      ]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('<svg');
      expect(result.stdout.match(/class="bar nominated"/g)?.length).toBeGreaterThan(0);
      expect(result.stdout).toContain(`<output id="shown">${ROWS.length}/${ROWS.length} đang hiện</output>`);
    },
    120_000,
  );
});
