import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_LOADER } from '../helpers/source-cli.js';
import { generated, ROOT } from './generated.js';

/**
 * A large file's rows parsed in a worker thread must be the rows parsed in this thread: the same
 * nominees and findings in the same order, and a failure at the same row with the rows before it
 * handed on. The comparison runs the reader from the sources in a child process started with
 * their loader, which the worker is given too (nothing is built first, nothing can be stale).
 */
function readBoth(file: string, options: Record<string, unknown> = {}) {
  const script = `
    const { readNomineeFile } = await import(${JSON.stringify(path.join(ROOT, 'src', 'read', 'index.ts'))});
    const { loadCampaign } = await import(${JSON.stringify(path.join(ROOT, 'src', 'campaign', 'load.ts'))});
    const { buildCodeBook } = await import(${JSON.stringify(path.join(ROOT, 'src', 'model', 'vocabulary.ts'))});
    const { canOffload } = await import(${JSON.stringify(path.join(ROOT, 'src', 'read', 'offload.ts'))});
    if (!canOffload) throw new Error('no worker from the sources');
    const campaign = loadCampaign();
    const book = buildCodeBook(campaign.vocabulary);
    const out = {};
    for (const threads of [false, true]) {
      const seen = [];
      try {
        const r = await readNomineeFile(${JSON.stringify(file)}, { campaign, book, threads, onNominee: (n) => seen.push(n), ...${JSON.stringify(options)} });
        out[threads] = { seen, findings: r.findings, submitted: r.submitted ?? null };
      } catch (error) {
        out[threads] = { seen, error: error.finding ?? String(error) };
      }
    }
    process.stdout.write(JSON.stringify(out));`;
  const child = spawnSync(process.execPath, [...SOURCE_LOADER, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as Record<'true' | 'false', { seen: unknown[]; error?: unknown }>;
}

let list: ReturnType<typeof generated>;
beforeAll(() => {
  // more rows than one batch between the threads, over several batches
  list = generated(3000, 5);
});
afterAll(() => list.remove());

// each test starts two processes that load the sources through their loader: slow on a busy machine
describe('rows parsed in a worker thread', { timeout: 120_000 }, () => {
  it('a CSV gives the same nominees and findings', () => {
    const both = readBoth(list.csv);
    expect(both.true).toEqual(both.false);
    expect(both.false.seen.length).toBeGreaterThan(2900);
  });

  it('a streamed workbook of two sheets gives the same', () => {
    const both = readBoth(list.xlsx, { xlsx: 'stream' });
    expect(both.true).toEqual(both.false);
    expect(both.false.seen.length).toBeGreaterThan(2900);
  });

  it('a CSV that fails part way fails at the same row, the rows before it read', () => {
    // the reader stops at the row past the bound, after a thousand rows it judged
    const both = readBoth(list.csv, { limits: { maxRows: 1000 } });
    expect(both.true).toEqual(both.false);
    expect(both.false.error).toMatchObject({ code: 'E-LIMIT-ROWS' });
    expect(both.false.seen.length).toBeGreaterThan(900);
  });

  it('a workbook that fails part way fails alike', () => {
    const both = readBoth(list.xlsx, { xlsx: 'stream', limits: { maxCellLength: 37 } });
    expect(both.true).toEqual(both.false);
    expect(both.false.error).toMatchObject({ code: 'E-LIMIT-CELL-LENGTH' });
  });
});
