/**
 * The README's pictures of the self-check page: the sample list checked on a desktop window and
 * on a 390 px phone, drawn by Chromium from the page `eligibility page` writes. Run after
 * `npm run build`:
 *
 *   node scripts/page-screenshots.mjs        (writes docs/page-desktop.png, docs/page-phone.png)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-shots-'));
const page = path.join(dir, 'kiem-tra.html');
const made = spawnSync(
  process.execPath,
  [path.join(ROOT, 'bin', 'eligibility.js'), 'page', '--output', page],
  {
    encoding: 'utf8',
  },
);
if (made.status !== 0) throw new Error(made.stderr);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [name, viewport, scale] of [
    ['page-desktop.png', { width: 1280, height: 1100 }, 1],
    ['page-phone.png', { width: 390, height: 844 }, 2],
  ]) {
    const context = await browser.newContext({ offline: true, viewport, deviceScaleFactor: scale });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.setInputFiles('#files', path.join(ROOT, 'fixtures', 'lai-chau-2020', 'nominees.xlsx'));
    await tab.waitForFunction(() => window.eligibilityPage?.state === 'done');
    // the report's frame has drawn and taken its height
    await tab.waitForTimeout(500);
    await tab.screenshot({ path: path.join(ROOT, 'docs', name) });
    await context.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
