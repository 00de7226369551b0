import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { sniffFile } from '../../src/read/sniff.js';
import { ctx, INDIVIDUAL_HEADERS, scratch, writeText, writeWorkbook } from './helpers.js';

const at = await scratch();

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const CFB_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('what a file really is', () => {
  it('takes a zip as xlsx and anything textual as CSV, whatever the name', async () => {
    const xlsx = await writeWorkbook(at('renamed.csv'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }]);
    expect((await sniffFile(xlsx)).type).toBe('xlsx');
    expect((await sniffFile(await writeText(at('text.xlsx'), 'Loại,Họ và tên\n'))).type).toBe('csv');
  });

  it('refuses an old .xls (CFB) with E-FORMAT, asking for .xlsx', async () => {
    const file = await writeText(at('old.xlsx'), Buffer.concat([CFB_HEADER, Buffer.alloc(512)]));
    const error = await rejection(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({ code: 'E-FORMAT', file, args: { actual: 'Excel 97–2003 (.xls)' } });
  });

  it('tells an encrypted workbook from an old .xls', async () => {
    const body = Buffer.concat([CFB_HEADER, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le')]);
    const error = await rejection(readNomineeFile(await writeText(at('locked.xlsx'), body), ctx));
    expect(error.finding.code).toBe('E-FORMAT');
    expect(error.finding.args.actual).toMatch(/password/);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3'), 'PDF'],
    ['binary garbage', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'binary'],
  ])('refuses %s with E-FORMAT', async (_what, bytes, actual) => {
    const error = await rejection(readNomineeFile(await writeText(at(`${actual}.csv`), bytes), ctx));
    expect(error.finding).toMatchObject({ code: 'E-FORMAT', args: { actual } });
  });

  it('reports a missing file with its reason', async () => {
    const file = at('nowhere.xlsx');
    const error = await rejection(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({ code: 'E-FILE-UNREADABLE', file });
    expect(error.finding.args.reason).toMatch(/^ENOENT/);
  });

  it('reports a folder given as a file', async () => {
    const dir = at('folder.csv');
    await mkdir(dir);
    const error = await rejection(readNomineeFile(dir, ctx));
    expect(error.finding.code).toBe('E-FILE-UNREADABLE');
  });

  it('reports a zip that is not a workbook as unreadable', async () => {
    const error = await rejection(
      readNomineeFile(
        await writeText(at('broken.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)])),
        ctx,
      ),
    );
    expect(error.finding.code).toBe('E-FILE-UNREADABLE');
  });
});

describe('the input is never modified', () => {
  it.each(['xlsx', 'csv'])('leaves a %s file byte for byte and its time as they were', async (kind) => {
    const file =
      kind === 'xlsx'
        ? await writeWorkbook(at('keep.xlsx'), [{ name: 'Cá nhân', rows: [INDIVIDUAL_HEADERS] }])
        : await writeText(at('keep.csv'), `${INDIVIDUAL_HEADERS.join(',')},Loại\n`);
    const before = await stat(file);
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    await readNomineeFile(file, ctx);
    const after = await stat(file);
    expect(
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    ).toBe(hash);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });
});
