import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh temporary folder for the running test, removed when the test ends (pass or fail), so
 * a run of the suite leaves nothing behind in the system's temporary folder. Call it inside a
 * test; hooks that make a folder remove it in their own `after` hook.
 */
export function testDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
