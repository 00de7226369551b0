import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { type Browser, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SHEETS } from '../../src/report/xlsx.js';
import { CHROMIUM_ARGS, chromiumPath, itNeeds, onPath } from '../helpers/programs.js';

/**
 * The reports as a person meets them: the xlsx printed by LibreOffice, the HTML page drawn by
 * Chromium on a desk, on a 390 px phone and printed to paper. Pages are measured, not looked
 * at: page sizes and the words' boxes from `pdftotext -bbox`, elements' boxes from the browser.
 *
 * The programs are looked up on PATH; nothing is downloaded. Where one is missing the test
 * says so in its name and is skipped, except under CI, where `.ci/run` installs them and a
 * missing one fails the test. `npm run test:e2e` runs this project after the project `e2e`.
 */

const soffice = onPath('soffice', 'libreoffice');
const chromium = chromiumPath;
const pdftotext = onPath('pdftotext');

let dir: string;
let xlsx: string;
let html: string;
let exitCode: number;
let stderr = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eligibility-e2e-'));
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1770334200'; // 5 February 2026
  try {
    exitCode = await main(
      [
        'node',
        'eligibility',
        'check',
        path.resolve('fixtures/lai-chau-2020/nominees.xlsx'),
        '--format',
        'xlsx,html',
        '--output',
        path.join(dir, 'bao-cao'),
      ],
      {
        stdout: () => {},
        stderr: (text) => {
          stderr += text;
        },
      },
    );
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
  xlsx = path.join(dir, 'bao-cao.xlsx');
  html = path.join(dir, 'bao-cao.html');
});

// the LibreOffice and Chromium profiles take megabytes
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(command: string, args: string[], timeout = 120_000) {
  return spawnSync(command, args, { encoding: 'utf8', timeout, env: { ...process.env, HOME: dir } });
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** Every page of a PDF with its size in points and its words' boxes, as `pdftotext -bbox` reads them. */
function pdfPages(pdf: string): Page[] {
  const result = run(pdftotext as string, ['-bbox', pdf, '-']);
  expect(result.status, result.stderr).toBe(0);
  const pages: Page[] = [];
  for (const page of result.stdout.split('<page ').slice(1)) {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescapeXml(m[5] ?? ''),
    }));
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words });
  }
  return pages;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A4 in points, either way round. */
const A4 = [595.28, 841.89];
function expectA4(page: Page, orientation: 'portrait' | 'landscape'): void {
  const [short, long] = A4 as [number, number];
  const [w, h] = orientation === 'portrait' ? [short, long] : [long, short];
  expect(page.width).toBeCloseTo(w, 0);
  expect(page.height).toBeCloseTo(h, 0);
}

/** Words where two cells ran into each other: a small letter straight before a capital. */
function collided(words: readonly Word[]): string[] {
  return words.map((w) => w.text).filter((t) => /\p{Ll}\p{Lu}/u.test(t));
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
  /** The report saved by LibreOffice as `format` into the folder `under`, with the test's own profile. */
  const convert = async (format: string, under: string): Promise<string> => {
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    const out = path.join(dir, under);
    await mkdir(out, { recursive: true });
    const result = run(soffice as string, [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      format,
      '--outdir',
      out,
      xlsx,
    ]);
    expect(result.status, result.stderr).toBe(0);
    return path.join(out, `bao-cao.${format}`);
  };
  let pages: Page[] = [];
  let converted = false;
  const toPdf = async () => {
    if (converted) return;
    pages = pdfPages(await convert('pdf', 'pdf'));
    converted = true;
  };
  /** The summary's pages: those whose footer names the sheet. */
  const summaryPages = () =>
    pages.filter((p) =>
      p.words.some((w, i) => w.text === 'Tổng' && p.words[i + 1]?.text === 'hợp' && w.yMin > p.height - 60),
    );

  itNeeds({ soffice, pdftotext }, 'prints every sheet on A4 landscape, the summary first', async () => {
    await toPdf();
    expect(pages.length).toBeGreaterThanOrEqual(Object.keys(SHEETS).length);
    for (const page of pages) expectA4(page, 'landscape');
    expect(summaryPages().length).toBeGreaterThan(0);
  });

  itNeeds(
    { soffice, pdftotext },
    "keeps the summary's status column, and everything else, inside the page",
    async () => {
      await toPdf();
      for (const page of summaryPages()) {
        for (const w of page.words) expect(w.xMax, w.text).toBeLessThanOrEqual(page.width);
      }
      const [first] = summaryPages();
      const words = first?.words ?? [];
      // the header row is the one with "Phân bổ"; its rightmost header heads the status column
      const phan = words.find((w) => w.text === 'Phân');
      expect(phan, 'the header row').toBeDefined();
      const header = words.filter((w) => Math.abs(w.yMin - (phan?.yMin ?? 0)) < 15);
      const last = header.reduce((a, b) => (b.xMin > a.xMin ? b : a));
      const column = words.filter((w) => w.yMin > (phan?.yMax ?? 0) + 15 && w.xMin >= last.xMin - 2);
      expect(column.length, 'words in the status column').toBeGreaterThan(10);
      for (const w of [...header, ...column]) expect(w.xMax, w.text).toBeLessThanOrEqual(first?.width ?? 0);
    },
  );

  itNeeds(
    { soffice, pdftotext },
    'sets each number header over its numbers, no header running into the next',
    async () => {
      await toPdf();
      for (const page of summaryPages()) expect(collided(page.words)).toEqual([]);
      const [first] = summaryPages();
      const words = first?.words ?? [];
      const header = words.find((w, i) => w.text === 'Phân' && words[i + 1]?.text === 'bổ');
      const bo = words[words.indexOf(header as Word) + 1] as Word;
      // the allocations under "Phân bổ" end where the header ends
      const numbers = words.filter(
        (w) => /^\d+$/.test(w.text) && w.yMin > bo.yMax && Math.abs(w.xMax - bo.xMax) < 20,
      );
      expect(numbers.length).toBeGreaterThan(10);
      for (const n of numbers) expect(Math.abs(n.xMax - bo.xMax), n.text).toBeLessThan(1.5);
    },
  );

  itNeeds(
    { soffice, pdftotext },
    'ends the summary with the signatures, titles and hints on one page',
    async () => {
      await toPdf();
      const page = summaryPages().find((p) => p.words.some((w) => w.text === 'DUYỆT'));
      expect(page, 'the page with the approver').toBeDefined();
      const text = page?.words.map((w) => w.text).join(' ') ?? '';
      expect(text).toContain('Lai Châu, ngày 05 tháng 02 năm 2026');
      expect(text).toContain('NGƯỜI LẬP BIỂU');
      expect(text.match(/\(Ký, ghi rõ họ tên\)/g)).toHaveLength(2);
    },
  );

  itNeeds({ soffice }, 'reads back in LibreOffice and saves again with its sheets', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await convert('xlsx', 'again'));
    expect(book.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
    expect(book.getWorksheet('Cá nhân')?.getRow(1).getCell(1).value).toBe('Họ và tên');
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser | undefined;
  const open = async (width: number, height = 900) => {
    browser ??= await playwright.launch({
      executablePath: chromium as string,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(pathToFileURL(html).href);
    return page;
  };
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Where the quota table's status cells are against the window and the scrolling box around
   * the table: a cell cut off is one whose right edge passes either.
   */
  const statusBoxes = (page: Awaited<ReturnType<typeof open>>) =>
    page.evaluate(() => {
      const table = document.querySelector('table.quota');
      const box = table?.closest('.scroll')?.getBoundingClientRect();
      return {
        window: window.innerWidth,
        page: document.documentElement.scrollWidth,
        scroll: box ? { left: box.left, right: box.right } : null,
        cells: [...document.querySelectorAll('table.quota tbody tr')].map((row) => {
          const last = row.lastElementChild?.getBoundingClientRect();
          return {
            text: row.lastElementChild?.textContent ?? '',
            left: last?.left ?? 0,
            right: last?.right ?? 0,
            width: last?.width ?? 0,
          };
        }),
      };
    });

  for (const [device, width] of [
    ['a desk', 1280],
    ['a 390 px phone', 390],
  ] as const) {
    itNeeds({ chromium }, `shows the quota table's status column whole on ${device}`, async () => {
      const page = await open(width);
      const boxes = await statusBoxes(page);
      expect(boxes.page, 'the page scrolls sideways').toBeLessThanOrEqual(width);
      expect(boxes.cells.length).toBeGreaterThan(20);
      for (const cell of boxes.cells) {
        expect(cell.width, cell.text).toBeGreaterThan(0);
        expect(cell.right, cell.text).toBeLessThanOrEqual(boxes.window);
        expect(cell.right, cell.text).toBeLessThanOrEqual((boxes.scroll?.right ?? 0) + 0.5);
        expect(cell.left, cell.text).toBeGreaterThanOrEqual((boxes.scroll?.left ?? 0) - 0.5);
      }
      await page.close();
    });
  }

  itNeeds(
    { chromium },
    'runs the page: the chart is there and the filter script counted the rows',
    async () => {
      const page = await open(1280);
      expect(await page.locator('svg rect.bar.nominated').count()).toBeGreaterThan(0);
      expect(await page.locator('#shown').textContent()).toBe('40/40 đang hiện');
      await page.fill('#filter', 'nguyen thi hoa');
      expect(await page.locator('#shown').textContent()).toBe('2/40 đang hiện');
      await page.close();
    },
  );

  itNeeds(
    { chromium, pdftotext },
    'prints on A4, sections from a new page, the status column inside it',
    async () => {
      const page = await open(1280);
      const pdf = path.join(dir, 'bao-cao-html.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      await page.close();
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(3);
      for (const p of pages) {
        expectA4(p, 'portrait');
        for (const w of p.words) expect(w.xMax, w.text).toBeLessThanOrEqual(p.width);
      }
      // each major section starts a page: its heading is the page's first line
      const firstLine = (p: Page) => {
        const top = Math.min(...p.words.map((w) => w.yMin));
        return p.words
          .filter((w) => Math.abs(w.yMin - top) < 2)
          .map((w) => w.text)
          .join(' ');
      };
      const starts = pages.map(firstLine);
      for (const heading of [
        'Thành phần cá nhân',
        'Danh sách đạt tiêu chuẩn',
        'Danh sách đề nghị',
        'Vấn đề trong hồ sơ',
      ])
        expect(
          starts.some((s) => s.startsWith(heading)),
          heading,
        ).toBe(true);
      // the quota's status words, and the signatures kept together on the last page
      const quota = pages.find((p) => p.words.some((w) => w.text === 'Vượt'));
      expect(quota, 'the page with the unit over quota').toBeDefined();
      const last = (pages.at(-1) as Page).words.map((w) => w.text).join(' ');
      expect(last).toContain('NGƯỜI LẬP BIỂU');
      expect(last).toContain('LÃNH ĐẠO DUYỆT');
      expect(last.match(/\(Ký, ghi rõ họ tên\)/g)).toHaveLength(2);
    },
  );
});
