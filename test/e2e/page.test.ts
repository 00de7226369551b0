import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, type Page, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { run } from '../helpers/cli.js';
import { CHROMIUM_ARGS, chromiumPath, itNeeds } from '../helpers/programs.js';
import { generated } from '../perf/generated.js';

/**
 * The self-check page as a unit meets it: the file `eligibility page` writes, opened from disk
 * in Chromium with the network off, given every workbook and CSV of fixtures/ through its file
 * input. Its JSON result must be `check --format json`'s, byte for byte; a file the command
 * refuses must get the command's own line. The JSON report carries no date; the html report
 * does, so the page's is compared with the command's under the same day: SOURCE_DATE_EPOCH for
 * the command, the browser's clock fixed at that instant (in UTC, as the epoch is read) for the
 * page.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const EPOCH = 1770334200; // 5 February 2026
const PAGE_LIMIT = 1.5 * 1024 * 1024;

/** Every workbook, CSV and file sent for one in fixtures/, as the command is given them. */
const FILES = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(path.join(FIXTURES, f)).isFile() && !f.endsWith('.json'))
  .sort();

const BAD_CODES = new Map(
  (
    JSON.parse(readFileSync(path.join(FIXTURES, 'bad', 'expected.json'), 'utf8')) as {
      files: string[];
      args: string[];
      code?: string;
      exit: number;
    }[]
  )
    .filter((e) => e.files.length === 1 && e.args.length === 0 && e.exit === 2)
    .map((e) => [`bad/${e.files[0]}`, e.code]),
);

interface PageState {
  state: string;
  json?: string;
  html?: string;
  refusal?: { code: string; line: string };
  seconds?: number;
}

let dir: string;
let pagePath: string;
let made: Awaited<ReturnType<typeof run>>;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
/** Every request the page made, its own file's load aside. */
const requests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eligibility-page-'));
  // the page's script built now, never a stale one: the command inlines dist/page/page.js
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-page.mjs')], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(built.stderr);
  pagePath = path.join(dir, 'kiem-tra.html');
  made = await run('page', '--output', pagePath);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The page open from disk, offline, in UTC, with its clock stopped at the epoch. */
async function open(): Promise<Page> {
  if (page) return page;
  browser = await playwright.launch({ executablePath: chromiumPath as string, args: CHROMIUM_ARGS });
  context = await browser.newContext({
    offline: true,
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // nothing may be fetched: every request is recorded and refused
  const own = pathToFileURL(pagePath).href;
  await context.route('**/*', (route) => {
    if (route.request().url() === own) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url() !== own) requests.push(request.url());
  });
  await page.clock.install({ time: EPOCH * 1000 });
  await page.clock.resume();
  await page.goto(pathToFileURL(pagePath).href);
  await page.waitForFunction(() => (window as unknown as { eligibilityPage?: PageState }).eligibilityPage);
  expect(errors).toEqual([]);
  return page;
}

/** Give the page `files` as a unit would, through its file input, and read what it made of them. */
async function checkInPage(files: string[]): Promise<PageState> {
  const p = await open();
  await p.evaluate(() => {
    (window as unknown as { eligibilityPage: PageState }).eligibilityPage.state = 'waiting';
  });
  await p.setInputFiles('#files', files);
  await p.waitForFunction(
    () =>
      ['done', 'refused', 'failed'].includes(
        (window as unknown as { eligibilityPage: PageState }).eligibilityPage.state,
      ),
    undefined,
    { timeout: 120_000 },
  );
  return p.evaluate(() => ({ ...(window as unknown as { eligibilityPage: PageState }).eligibilityPage }));
}

/** What the command says for `files`: its JSON report, or the line that refused them. */
async function checkInCli(files: string[], format: 'json' | 'html' | 'xlsx' = 'json', ...args: string[]) {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(EPOCH);
  try {
    return await run('check', ...files, '--format', format, ...args);
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
}

/** Every sheet of a workbook by name, with its cells' values row by row: what a person reads in it. */
async function sheets(file: string): Promise<Record<string, unknown[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  // an empty text and no value are the same blank cell; exceljs's two writers store them apart
  const blank = (v: unknown) => (v === '' ? undefined : v);
  return Object.fromEntries(
    book.worksheets.map((w) => [
      w.name,
      w.getSheetValues().map((row) => (Array.isArray(row) ? row.map(blank) : row)),
    ]),
  );
}

/** Click `selector` and keep the file the page hands to the browser's downloads. */
async function download(selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return (await file.path()) as string;
}

describe('eligibility page', () => {
  itNeeds({ chromium: chromiumPath }, 'writes one file under 1.5 MB that loads with no request', async () => {
    expect(made.code, made.stderr).toBe(0);
    const size = statSync(pagePath).size;
    console.info(`self-check page: ${(size / (1024 * 1024)).toFixed(2)} MB`);
    expect(size).toBeLessThan(PAGE_LIMIT);
    const p = await open();
    // the page names the campaign, its deadline and its units before any file is given
    const text = await p.textContent('body');
    expect(await p.title()).toContain('Lai Châu');
    expect(text).toContain('Hạn gửi danh sách: 15/05/2020');
    expect(text).toContain('LĐLĐ huyện Phong Thổ');
    expect(requests).toEqual([]);
  });

  describe.each(FILES)('%s', (file) => {
    itNeeds({ chromium: chromiumPath }, 'gives the command’s answer', async () => {
      const full = path.join(FIXTURES, file);
      const cli = await checkInCli([full]);
      const inPage = await checkInPage([full]);
      if (cli.code === 2) {
        // the command's line names the path as typed; the page has the file's own name
        expect(inPage.state).toBe('refused');
        expect(inPage.refusal?.line).toBe(cli.stderr.trimEnd().replace(full, path.basename(full)));
        const expected = BAD_CODES.get(file);
        if (expected) expect(inPage.refusal?.code).toBe(expected);
      } else {
        expect(inPage.state).toBe('done');
        expect(inPage.json).toBe(cli.stdout);
      }
      expect(requests).toEqual([]);
    });
  });

  itNeeds({ chromium: chromiumPath }, 'checks several files together as the command does', async () => {
    const files = ['phong-tho.xlsx', 'sin-ho.xlsx', 'y-te.csv'].map((f) =>
      path.join(FIXTURES, 'submissions', f),
    );
    const cli = await checkInCli(files);
    const inPage = await checkInPage(files);
    expect(inPage.json).toBe(cli.stdout);
  });

  itNeeds(
    { chromium: chromiumPath },
    'checks the sample and draws the html report the command writes',
    async () => {
      const sample = path.join(FIXTURES, 'lai-chau-2020', 'nominees.xlsx');
      const started = performance.now();
      const inPage = await checkInPage([sample]);
      const wall = (performance.now() - started) / 1000;
      const nominees = (JSON.parse(inPage.json ?? '{}') as { nominees: unknown[] }).nominees.length;
      // measured, never asserted: the machine may be busy
      console.info(
        `self-check page: ${nominees} nominees checked in ${inPage.seconds?.toFixed(2)} s in the page (${wall.toFixed(2)} s with the test's round trips)`,
      );
      const cli = await checkInCli([sample], 'html');
      expect(inPage.html).toBe(cli.stdout);
      const frame = page.frameLocator('#report');
      await expect(frame.locator('h1').textContent()).resolves.toContain('Lai Châu');

      // the xlsx report and the blank list, made in the page, hold what the command's hold
      const xlsx = path.join(dir, 'bao-cao.xlsx');
      expect((await checkInCli([sample], 'xlsx', '--output', xlsx)).code).toBe(1);
      expect(await sheets(await download('#report-xlsx'))).toEqual(await sheets(xlsx));
      const template = path.join(dir, 'mau.xlsx');
      expect((await run('template', template)).code).toBe(0);
      expect(await sheets(await download('#template'))).toEqual(await sheets(template));
    },
  );

  itNeeds(
    { chromium: chromiumPath },
    'shows a progress line while a large list is checked, then the command’s answer',
    async () => {
      // just over the 1,024 nominees after which the progress line counts them
      const large = generated(1200);
      try {
        const p = await open();
        // every line the progress shows, as it shows them
        await p.evaluate(() => {
          const lines: string[] = [];
          (window as unknown as { progressLines: string[] }).progressLines = lines;
          const progress = document.getElementById('progress') as HTMLElement;
          new MutationObserver(() => lines.push(progress.textContent ?? '')).observe(progress, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
        const inPage = await checkInPage([large.csv]);
        const lines = await p.evaluate(
          () => (window as unknown as { progressLines: string[] }).progressLines,
        );
        expect(lines[0]).toMatch(/^Đang kiểm tra 1 tệp \([\d,]+ (KB|MB)\)…$/);
        expect(lines.some((line) => /^Đang kiểm tra… đã xét [\d.]+ người và tập thể$/.test(line))).toBe(true);
        expect(lines.at(-1)).toMatch(/^Đã kiểm tra xong trong [\d,]+ giây\.$/);
        expect(inPage.json).toBe((await checkInCli([large.csv])).stdout);
      } finally {
        large.remove();
      }
    },
  );

  itNeeds(
    { chromium: chromiumPath },
    'fits a 390 px phone and a 200 % zoom without a sideways scroll',
    async () => {
      const p = await open();
      await checkInPage([path.join(FIXTURES, 'lai-chau-2020', 'nominees.xlsx')]);
      try {
        // a 1280 px window at 200 % is 640 CSS pixels wide
        for (const width of [390, 640]) {
          await p.setViewportSize({ width, height: 800 });
          const widths = await p.evaluate(() => ({
            window: window.innerWidth,
            page: document.documentElement.scrollWidth,
            report: (document.getElementById('report') as HTMLIFrameElement).getBoundingClientRect().right,
          }));
          expect(widths.page, `${width} px`).toBeLessThanOrEqual(widths.window);
          expect(widths.report, `${width} px`).toBeLessThanOrEqual(widths.window);
        }
      } finally {
        await p.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );

  itNeeds(
    { chromium: chromiumPath },
    'is used by keyboard: each control is reached with Tab and works with Enter',
    async () => {
      const p = await open();
      await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      for (let i = 0; i < 12; i++) {
        await p.keyboard.press('Tab');
        reached.push(
          await p.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
        );
      }
      expect(reached).toEqual(expect.arrayContaining(['lang', 'files', 'report-xlsx', 'template']));
      await p.focus('#lang');
      await p.keyboard.press('Enter');
      expect(await p.getAttribute('html', 'lang')).toBe('en');
      await p.keyboard.press('Enter');
      expect(await p.getAttribute('html', 'lang')).toBe('vi');
    },
  );

  itNeeds({ chromium: chromiumPath }, 'speaks English after its switch, as --lang en does', async () => {
    const p = await open();
    await p.click('#lang');
    try {
      expect(await p.textContent('h1')).toBe('Check your nomination list');
      const file = path.join(FIXTURES, 'lai-chau-2020', 'nominees.csv');
      const inPage = await checkInPage([file]);
      const cli = await checkInCli([file], 'json', '--lang', 'en');
      expect(inPage.json).toBe(cli.stdout);
      const refused = path.join(FIXTURES, 'bad', 'excel-97.xls');
      const cliRefusal = await checkInCli([refused], 'json', '--lang', 'en');
      expect((await checkInPage([refused])).refusal?.line).toBe(
        cliRefusal.stderr.trimEnd().replace(refused, path.basename(refused)),
      );
    } finally {
      await p.click('#lang');
    }
  });
});
