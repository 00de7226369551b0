import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'fixtures', 'lai-chau-2020');

/**
 * Nominee lists made by the bench's own generator (scripts/bench/generate.mjs), in a temporary
 * folder: the varied codes, spellings and mistakes of a large real list, small enough for a test.
 * Run in a child process because the generator is plain JavaScript outside the TypeScript build.
 */
export function generated(rows: number, seed = 7): { csv: string; xlsx: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-perf-'));
  const csv = path.join(dir, 'generated.csv');
  const xlsx = path.join(dir, 'generated.xlsx');
  const script = `
    const g = await import(${JSON.stringify(path.join(ROOT, 'scripts', 'bench', 'generate.mjs'))});
    const campaign = ${JSON.stringify(path.join(ROOT, 'rules', 'lai-chau-2020'))};
    await g.writeCsv(${JSON.stringify(csv)}, ${rows}, ${seed}, campaign);
    await g.writeXlsx(${JSON.stringify(xlsx)}, ${rows}, ${seed}, campaign);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return { csv, xlsx, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
