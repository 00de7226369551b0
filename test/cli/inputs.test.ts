import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, isGlob, isLockFile } from '../../src/cli/inputs.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { inputError } from '../helpers/errors.js';

let root = '';

/** A submissions folder as units leave it: lock files, hidden files, notes, a sub-folder. */
beforeAll(() => {
  root = tempDir('eligibility-inputs-');
  const files = [
    'submissions/phong-tho.xlsx',
    'submissions/~$phong-tho.xlsx',
    'submissions/.~lock.phong-tho.xlsx#',
    'submissions/.an.xlsx',
    'submissions/ghi-chu.txt',
    'submissions/Tam-Duong.CSV',
    'submissions/b-y-te/ds.xlsx',
    'submissions/b-y-te/~$ds.xlsx',
    'submissions/a-sin-ho/2020/ds.xlsx',
    'submissions/.git/cu.xlsx',
    'empty/README.md',
  ];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '');
  }
  // a link back up must not make the walk go round forever
  symlinkSync(path.join(root, 'submissions'), path.join(root, 'submissions', 'b-y-te', 'loop'));
});
afterAll(removeTempDirs);

/** Run with the temp folder as working directory, as a pipeline runs in its checkout. */
async function inRoot<T>(work: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(root);
  try {
    return await work();
  } finally {
    process.chdir(before);
  }
}

const refusal = async (args: string[]) => (await inputError(inRoot(() => expandInputs(args)))).finding;

describe('expandInputs', () => {
  it('takes every .xlsx and .csv under a folder, sorted, skipping lock files, hidden files and others', async () => {
    const { files, skipped } = await inRoot(() => expandInputs(['submissions/']));
    expect(files).toEqual([
      'submissions/Tam-Duong.CSV',
      'submissions/a-sin-ho/2020/ds.xlsx',
      'submissions/b-y-te/ds.xlsx',
      'submissions/phong-tho.xlsx',
    ]);
    expect(skipped).toEqual(['submissions/b-y-te/~$ds.xlsx', 'submissions/~$phong-tho.xlsx']);
  });

  it('expands a quoted glob with ** (any depth, none included), * and ?', async () => {
    const deep = await inRoot(() => expandInputs(['submissions/**/*.xlsx']));
    expect(deep.files).toEqual([
      'submissions/a-sin-ho/2020/ds.xlsx',
      'submissions/b-y-te/ds.xlsx',
      'submissions/phong-tho.xlsx',
    ]);
    expect(deep.skipped).toHaveLength(2);
    const flat = await inRoot(() => expandInputs(['submissions/*.xlsx']));
    expect(flat.files).toEqual(['submissions/phong-tho.xlsx']);
    const one = await inRoot(() => expandInputs(['submissions/?-*/ds.xlsx']));
    expect(one.files).toEqual(['submissions/b-y-te/ds.xlsx']);
    const here = await inRoot(() => expandInputs(['*/phong-tho.xlsx']));
    expect(here.files).toEqual(['submissions/phong-tho.xlsx']);
  });

  it('matches an absolute pattern from its fixed folder', async () => {
    const { files } = await expandInputs([path.join(root, 'submissions', '*', 'ds.xlsx')]);
    expect(files).toEqual([path.join(root, 'submissions', 'b-y-te', 'ds.xlsx')]);
  });

  it('keeps files named directly, in the order given, and leaves missing ones to the reader', async () => {
    const kept = await inRoot(() =>
      expandInputs([
        'submissions/ghi-chu.txt',
        'khong-co.xlsx',
        'submissions/~$phong-tho.xlsx',
        'submissions/',
      ]),
    );
    expect(kept.files.slice(0, 3)).toEqual([
      'submissions/ghi-chu.txt',
      'khong-co.xlsx',
      // named on purpose, so it is read (and refused by the reader if it is not a workbook)
      'submissions/~$phong-tho.xlsx',
    ]);
    expect(kept.files.slice(3)).toHaveLength(4);
  });

  it('refuses a folder or a glob with no nominee file, naming it (exit 2)', async () => {
    expect(await refusal(['empty'])).toMatchObject({ code: 'E-NO-FILES', args: { path: 'empty' } });
    expect(await refusal(['submissions/*.pdf'])).toMatchObject({ code: 'E-NO-FILES' });
    expect(await refusal(['nowhere/**/*.xlsx'])).toMatchObject({ code: 'E-NO-FILES' });
  });
});

describe('patterns', () => {
  it('tells a glob from a path and a lock file from a workbook', () => {
    expect(isGlob('submissions/**/*.xlsx')).toBe(true);
    expect(isGlob('don-vi-?.csv')).toBe(true);
    expect(isGlob('submissions/phong-tho.xlsx')).toBe(false);
    expect(isLockFile('~$phong-tho.xlsx')).toBe(true);
    expect(isLockFile('phong-tho~$.xlsx')).toBe(false);
  });

  it.each([
    ['*.xlsx', 'phong-tho.xlsx', true],
    ['*.xlsx', 'phong-tho.xlsx.bak', false],
    ['don-vi-?.csv', 'don-vi-1.csv', true],
    ['don-vi-?.csv', 'don-vi-10.csv', false],
    ['a+b(1)*.xlsx', 'a+b(1).xlsx', true],
    ['[ab]*.xlsx', 'a.xlsx', false],
    ['[ab]*.xlsx', '[ab].xlsx', true],
    ['{a,b}*.xlsx', 'a.xlsx', false],
    ['!n*.xlsx', '!n.xlsx', true],
    ['Sìn Hồ*.xlsx', 'Sìn Hồ 2020.xlsx', true],
  ])('%s against %s: %s', async (pattern, name, matches) => {
    const dir = path.join(root, 'patterns', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, name), '');
    const found = await expandInputs([path.join(dir, pattern)]).catch(() => ({ files: [] }));
    expect(found.files).toEqual(matches ? [path.join(dir, name)] : []);
  });
});
