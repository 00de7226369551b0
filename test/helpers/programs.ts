import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';

/**
 * The programs the render tests drive (LibreOffice, Chromium, poppler), looked up on PATH;
 * nothing is downloaded. Where one is missing a test says so in its name and is skipped,
 * except under CI, where `.ci/run` installs them and a missing one fails the test.
 */
export function onPath(...names: string[]): string | undefined {
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

export const REQUIRED = Boolean(process.env.CI);

export const chromiumPath = onPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');

/** What Chromium is started with: the test's own profile, no sandbox (CI runs as root). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/**
 * `it`, or a skip that names what is missing; under CI the test runs and fails on it, so a
 * render test is never silently left out there.
 */
export function itNeeds(
  programs: Record<string, string | undefined>,
  name: string,
  test: () => Promise<void>,
) {
  const missing = Object.entries(programs)
    .filter(([, found]) => found === undefined)
    .map(([program]) => program);
  if (missing.length === 0) return it(name, test, 180_000);
  const what = `${missing.join(', ')} not on PATH`;
  if (!REQUIRED) return it.skip(`${name} — skipped: ${what}`, test);
  return it(name, () => {
    throw new Error(`${what}: CI must have them (.ci/run installs them with apt)`);
  });
}
