import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CampaignError, loadCampaignFrom } from '../../src/campaign/load.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { readErrorWords } from '../../src/findings/errno.js';
import type { Finding } from '../../src/findings/finding.js';
import { readNomineeFile } from '../../src/read/index.js';
import { unreadableArgs } from '../../src/read/sniff.js';
import { inputError } from '../helpers/errors.js';
import { ctx } from '../read/helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-errno-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Node's own wording, which must never reach a message. */
const SYSTEM_ENGLISH =
  /too many symbolic links|name too long|illegal operation|permission denied,|no such file or directory/i;

const both = (f: Finding) => [renderFinding(f, 'vi'), renderFinding(f, 'en')];

describe('a nominee file the system will not open', () => {
  it('says a symbolic link loop in words, in Vietnamese and English', async () => {
    const loop = path.join(dir, 'loop.csv');
    symlinkSync(loop, loop);
    const error = await inputError(readNomineeFile(loop, ctx));
    expect(error.finding.code).toBe('E-FILE-UNREADABLE');
    const [vi, en] = both(error.finding);
    expect(vi).toBe('Không đọc được tệp: liên kết tượng trưng trỏ vòng quanh (ELOOP)');
    expect(en).toBe('Cannot read the file: symbolic links point in a loop (ELOOP)');
    unlinkSync(loop);
  });

  it('says a name too long in words', async () => {
    const error = await inputError(readNomineeFile(path.join(dir, `${'d'.repeat(300)}.csv`), ctx));
    const [vi, en] = both(error.finding);
    expect(vi).toContain('tên tệp hoặc đường dẫn quá dài (ENAMETOOLONG)');
    expect(en).toContain('the file name or path is too long (ENAMETOOLONG)');
    for (const text of [vi, en]) expect(text).not.toMatch(SYSTEM_ENGLISH);
  });

  it('keeps the system text only as the plain argument for JSON readers', () => {
    const error = Object.assign(new Error("EIO: i/o error, read '/x.csv'"), { code: 'EIO' });
    expect(unreadableArgs(error)).toEqual({
      reason: 'EIO: i/o error',
      reasonVi: 'lỗi đọc ghi của thiết bị (EIO)',
      reasonEn: 'input/output error on the device (EIO)',
    });
  });

  it('names a failure that is no system error by its code, without the library English', () => {
    const parser = Object.assign(new Error('Invalid Record Length: columns length is 3'), {
      code: 'CSV_RECORD_INCONSISTENT_COLUMNS',
    });
    expect(readErrorWords(parser)).toEqual({
      vi: 'lỗi không lường trước khi đọc tệp (CSV_RECORD_INCONSISTENT_COLUMNS)',
      en: 'an unexpected error while reading the file (CSV_RECORD_INCONSISTENT_COLUMNS)',
    });
    expect(readErrorWords(new Error('boom')).vi).toBe('lỗi không lường trước khi đọc tệp');
  });
});

describe('a campaign file the system will not read', () => {
  const campaignWith = (name: string, broken: string) => {
    const folder = path.join(dir, name);
    cpSync(path.resolve('rules/lai-chau-2020'), folder, { recursive: true });
    rmSync(path.join(folder, broken));
    mkdirSync(path.join(folder, broken)); // a folder where the file should be: EISDIR
    return folder;
  };
  const problems = async (folder: string) => {
    const error = await loadCampaignFrom(folder).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CampaignError);
    return (error as CampaignError).problems;
  };

  it.each(['criteria.json', 'allocations.csv'])('says why %s cannot be read in words', async (broken) => {
    const [problem] = await problems(campaignWith(`c-${broken}`, broken));
    expect(problem?.code).toBe('E-CAMPAIGN');
    const [vi, en] = both(problem as Finding);
    expect(vi).toContain('đây là một thư mục (EISDIR)');
    expect(en).toContain('this is a folder (EISDIR)');
    for (const text of [vi, en]) expect(text).not.toMatch(SYSTEM_ENGLISH);
  });
});
