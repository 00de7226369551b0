import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'eligibility.js');

function newest(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    latest = Math.max(latest, statSync(path.join(dir, String(name))).mtimeMs);
  }
  return latest;
}

/**
 * The built command, rebuilt when any source file is newer than it: tests that need a real
 * process (signals, closed pipes, a full disk) run what the sources say, never a stale `dist/`.
 */
export function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(path.join(ROOT, 'dist', 'cli', 'main.js')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built >= newest(path.join(ROOT, 'src'))) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}
