import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';
import { campaign } from '../helpers/nominee.js';
import { CLI, ROOT } from '../helpers/source-cli.js';

/**
 * What the expansion of folders and globs meets besides nominee files: folders it may not
 * read, links to nothing, one file by two paths, a file saved again while it is read. None may
 * pass in silence: the exit code would then speak only of what was read.
 */
const SAMPLE = path.join(ROOT, 'fixtures/lai-chau-2020/nominees.csv');
const isRoot = process.getuid?.() === 0;

afterAll(removeTempDirs);

/** A folder of submissions any user may read, as the checking user would find it. */
function submissions(): string {
  const base = tempDir();
  chmodSync(base, 0o755);
  const dir = path.join(base, 'nop');
  mkdirSync(dir);
  copyFileSync(SAMPLE, path.join(dir, 'a.csv'));
  chmodSync(path.join(dir, 'a.csv'), 0o644);
  return dir;
}

describe('expanding a folder', () => {
  it('makes a sub-folder it may not read an error finding naming it, exit 1', () => {
    const dir = submissions();
    mkdirSync(path.join(dir, 'khoa'));
    copyFileSync(SAMPLE, path.join(dir, 'khoa', 'b.csv'));
    chmodSync(path.join(dir, 'khoa'), 0o000);
    // root reads every folder: the run is made as a user the folder's mode keeps out
    const { status, stdout } = spawnSync(
      process.execPath,
      [...CLI, 'check', dir, '--format', 'json', '--fail-on', 'error'],
      {
        encoding: 'utf8',
        ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(status).toBe(1);
    const findings = JSON.parse(stdout).findings as { code: string; file: string; message: string }[];
    const found = findings.find((f) => f.code === 'E-FOLDER-UNREADABLE');
    expect(found?.file).toBe(path.join(dir, 'khoa'));
    expect(found?.message).toContain('không có quyền truy cập (EACCES)');
  });

  it('makes a link to nothing an error finding naming it, exit 1', async () => {
    const dir = submissions();
    symlinkSync(path.join(dir, 'gone.csv'), path.join(dir, 'b.csv'));
    const { code, stdout } = await run('check', dir, '--format', 'json', '--fail-on', 'error');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as { code: string; file: string }[];
    expect(findings.filter((f) => f.code === 'E-LINK-BROKEN').map((f) => f.file)).toEqual([
      path.join(dir, 'b.csv'),
    ]);
  });

  it('reads one real file once, however many paths reach it', async () => {
    const dir = submissions();
    symlinkSync(path.join(dir, 'a.csv'), path.join(dir, 'link.csv'));
    const once = JSON.parse((await run('check', path.join(dir, 'a.csv'), '--format', 'json')).stdout);
    const { stdout } = await run('check', dir, path.join(dir, 'a.csv'), `${dir}/./a.csv`, '--format', 'json');
    const twice = JSON.parse(stdout);
    expect(twice.nominees).toHaveLength(once.nominees.length);
    expect(twice.findings.filter((f: { code: string }) => f.code === 'D-DUP')).toEqual(
      once.findings.filter((f: { code: string }) => f.code === 'D-DUP'),
    );
  });
});

describe('a report the tool wrote, found among the inputs', () => {
  it('is left out with a notice naming it, never read as nominees', async () => {
    const dir = submissions();
    const first = JSON.parse((await run('check', dir, '--format', 'json')).stdout);
    expect((await run('check', dir, '--output', path.join(dir, 'bao-cao.xlsx'))).code).toBe(1);
    expect((await run('check', dir, '--output', path.join(dir, 'bao-cao.csv'))).code).toBe(1);
    const { code, stdout, stderr } = await run('check', dir, '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toContain('Không đọc báo cáo do chính công cụ này viết ra');
    expect(stderr).toContain('bao-cao.xlsx');
    expect(stderr).toContain('bao-cao.csv');
    const again = JSON.parse(stdout);
    expect(again.nominees).toEqual(first.nominees);
    expect(again.findings).toEqual(first.findings);
  });
});

describe('a file saved again while it is read', () => {
  it('is an error finding, never a silent mix of two versions', async () => {
    const dir = submissions();
    const file = path.join(dir, 'long.csv');
    const lines = readFileSync(SAMPLE, 'utf8').split('\n');
    const rows = lines.slice(4).filter(Boolean);
    // enough rows for the check to say how far it has come while the file is still being read
    const many = Array.from({ length: 60 }, () => rows).flat();
    writeFileSync(file, [...lines.slice(0, 4), ...many].join('\n'));
    let touched = false;
    const result = await runCheck([file], {
      campaign,
      onProgress: () => {
        if (touched) return;
        touched = true;
        appendFileSync(file, '\n');
      },
    });
    expect(touched).toBe(true);
    expect(result.findings.filter((f) => f.code === 'E-FILE-CHANGED').map((f) => f.file)).toEqual([
      'long.csv',
    ]);
  });
});
