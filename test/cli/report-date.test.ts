import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const SAMPLE = path.resolve('fixtures/lai-chau-2020/nominees.xlsx');
let dir: string;
const epoch = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eligibility-date-'));
});
afterAll(async () => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
  await rm(dir, { recursive: true, force: true });
});

/** `check` on the sample into `name.*`, with SOURCE_DATE_EPOCH as given (unset when undefined). */
async function check(name: string, sourceDateEpoch: string | undefined) {
  if (sourceDateEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = sourceDateEpoch;
  const output = path.join(dir, name);
  const result = await run(
    'check',
    SAMPLE,
    '--format',
    'xlsx,html,markdown,text',
    '--output',
    output,
    '--quiet',
  );
  const read = (ext: string) =>
    existsSync(`${output}.${ext}`) ? readFileSync(`${output}.${ext}`) : undefined;
  return { ...result, xlsx: read('xlsx'), html: read('html'), md: read('md'), txt: read('txt') };
}

describe('check: the report date', () => {
  it('comes from SOURCE_DATE_EPOCH: the same input and epoch give the same bytes in every report', async () => {
    const first = await check('a', '1770334200');
    const second = await check('b', '1770334200');
    expect(first.code).toBe(1);
    for (const format of ['xlsx', 'html', 'md', 'txt'] as const) {
      expect(first[format], format).toBeDefined();
      expect(first[format]?.equals(second[format] as Buffer), format).toBe(true);
    }
    expect(first.html?.toString()).toContain('Ngày lập báo cáo: 05/02/2026');
    expect(first.txt?.toString()).toContain('Ngày lập báo cáo: 05/02/2026');
    const other = await check('c', '1770420600'); // a day later
    expect(other.md?.toString()).toContain('Ngày lập báo cáo: 06/02/2026');
  });

  it("is today's date without it", async () => {
    const today = await check('d', undefined);
    const now = new Date();
    const day = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
    // a run across midnight may see yesterday's date: both are the day it was made
    const yesterday = new Date(now.getTime() - 86_400_000);
    const before = `${String(yesterday.getDate()).padStart(2, '0')}/${String(yesterday.getMonth() + 1).padStart(2, '0')}/${yesterday.getFullYear()}`;
    expect(today.txt?.toString()).toMatch(new RegExp(`Ngày lập báo cáo: (${day}|${before})`));
  });

  it('refuses an epoch that is not a number of seconds, exit 2, before any report is written', async () => {
    const bad = await check('e', 'last tuesday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('SOURCE_DATE_EPOCH "last tuesday" không phải số giây kể từ 01/01/1970');
    expect([bad.xlsx, bad.html, bad.md, bad.txt]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
