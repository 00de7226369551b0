import { link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/findings/finding.js';
import { formatOfPath, parseFormats } from '../../src/report/index.js';
import { checkOutputPath, planOutputs, writeAtomic, writeFiles } from '../../src/report/output.js';

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof InputError) return error.finding.code;
    throw error;
  }
  return undefined;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eligibility-output-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('parseFormats', () => {
  it('reads a comma list, in order, each once, by name or by extension', () => {
    expect(parseFormats('xlsx,json', 'vi')).toEqual(['xlsx', 'json']);
    expect(parseFormats(' html , md ,html', 'vi')).toEqual(['html', 'markdown']);
    expect(parseFormats('TEXT', 'vi')).toEqual(['text']);
  });

  it('refuses a format it does not know, naming the ones it does', async () => {
    expect(await codeOf(() => parseFormats('xlsx,pdf', 'vi'))).toBe('E-OPTION');
    // an extension is not a format's name: `xml` or `txt` could mean several things
    expect(await codeOf(() => parseFormats('txt', 'vi'))).toBe('E-OPTION');
    expect(() => parseFormats('pdf', 'en')).toThrow(
      expect.objectContaining({
        finding: expect.objectContaining({ args: { reason: expect.stringContaining('xlsx') } }),
      }),
    );
  });
});

describe('formatOfPath', () => {
  it.each([
    ['report.xlsx', 'xlsx'],
    ['out/Bao-cao.HTML', 'html'],
    ['a.htm', 'html'],
    ['notes.md', 'markdown'],
    ['data.csv', 'csv'],
    ['report', undefined],
    ['report.pdf', undefined],
  ])('%s → %s', (file, format) => {
    expect(formatOfPath(file)).toBe(format);
  });
});

describe('planOutputs', () => {
  it('prints text to stdout by default', () => {
    expect(planOutputs({ lang: 'vi' })).toEqual([{ format: 'text', path: null }]);
  });

  it('takes the format from the output name when none is given', () => {
    expect(planOutputs({ output: 'r.xlsx', lang: 'vi' })).toEqual([{ format: 'xlsx', path: 'r.xlsx' }]);
    expect(planOutputs({ output: 'r.txt', lang: 'vi' })).toEqual([{ format: 'text', path: 'r.txt' }]);
    expect(planOutputs({ output: 'report', lang: 'vi' })).toEqual([{ format: 'text', path: 'report' }]);
  });

  it('writes one format to the output exactly as named', () => {
    expect(planOutputs({ format: 'json', output: 'result.txt', lang: 'vi' })).toEqual([
      { format: 'json', path: 'result.txt' },
    ]);
    expect(planOutputs({ format: 'html', lang: 'vi' })).toEqual([{ format: 'html', path: null }]);
  });

  it('never sends xlsx to a terminal', async () => {
    expect(await codeOf(() => planOutputs({ format: 'xlsx', lang: 'vi' }))).toBe('E-OUTPUT-BINARY');
  });

  it('gives each of several formats the output base with its own extension', () => {
    const expected = [
      { format: 'xlsx', path: 'out/report.xlsx' },
      { format: 'json', path: 'out/report.json' },
    ];
    expect(planOutputs({ format: 'xlsx,json', output: 'out/report', lang: 'vi' })).toEqual(expected);
    expect(planOutputs({ format: 'xlsx,json', output: 'out/report.xlsx', lang: 'vi' })).toEqual(expected);
    // an extension no chosen format has is part of the name
    expect(planOutputs({ format: 'csv,md', output: 'bao-cao.2020', lang: 'vi' })).toEqual([
      { format: 'csv', path: 'bao-cao.2020.csv' },
      { format: 'markdown', path: 'bao-cao.2020.md' },
    ]);
  });

  it('sends `-` and `/dev/stdout` to standard output; a workbook only when it is not a terminal', async () => {
    for (const output of ['-', '/dev/stdout']) {
      expect(planOutputs({ output, lang: 'vi' })).toEqual([{ format: 'text', path: null }]);
      expect(planOutputs({ format: 'json', output, lang: 'vi' })).toEqual([{ format: 'json', path: null }]);
      expect(planOutputs({ format: 'xlsx', output, lang: 'vi', terminal: false })).toEqual([
        { format: 'xlsx', path: null },
      ]);
      expect(await codeOf(() => planOutputs({ format: 'xlsx', output, lang: 'vi', terminal: true }))).toBe(
        'E-OUTPUT-BINARY',
      );
      expect(await codeOf(() => planOutputs({ format: 'json,csv', output, lang: 'vi' }))).toBe(
        'E-OUTPUT-MANY',
      );
    }
  });

  it('needs --output for several formats', async () => {
    expect(await codeOf(() => planOutputs({ format: 'text,json', lang: 'vi' }))).toBe('E-OUTPUT-MANY');
  });
});

describe('checkOutputPath', () => {
  it('accepts a new file in an existing folder, and an old report to replace', async () => {
    const input = path.join(dir, 'nominees.xlsx');
    await writeFile(input, 'x');
    await checkOutputPath(path.join(dir, 'report.xlsx'), [input]);
    await writeFile(path.join(dir, 'old.xlsx'), 'old');
    await checkOutputPath(path.join(dir, 'old.xlsx'), [input]);
  });

  it('refuses an output that is an input: same path, another spelling, a symbolic or a hard link', async () => {
    const input = path.join(dir, 'nominees.xlsx');
    await writeFile(input, 'x');
    await mkdir(path.join(dir, 'sub'));
    await symlink(input, path.join(dir, 'alias.xlsx'));
    await link(input, path.join(dir, 'hard.xlsx'));
    for (const output of [
      input,
      path.join(dir, 'sub', '..', 'nominees.xlsx'),
      path.join(dir, 'alias.xlsx'),
      path.join(dir, 'hard.xlsx'),
    ]) {
      expect(await codeOf(checkOutputPath(output, [input])), output).toBe('E-OUTPUT-IS-INPUT');
    }
    // and the other way round: the input named through a link
    expect(await codeOf(checkOutputPath(input, [path.join(dir, 'alias.xlsx')]))).toBe('E-OUTPUT-IS-INPUT');
  });

  it('says clearly when the folder does not exist or the output is a folder', async () => {
    expect(await codeOf(checkOutputPath(path.join(dir, 'missing', 'r.xlsx'), []))).toBe('E-OUTPUT-DIR');
    expect(await codeOf(checkOutputPath(dir, []))).toBe('E-OUTPUT-FOLDER');
  });

  it('refuses a folder typed with a slash, existing or not, and a link to nothing', async () => {
    expect(await codeOf(checkOutputPath(`${dir}/nodir/`, []))).toBe('E-OUTPUT-DIR');
    expect(await codeOf(checkOutputPath(`${dir}/`, []))).toBe('E-OUTPUT-FOLDER');
    // the example it gives is a tidy path, never `ot//bao-cao.xlsx`
    const { renderFinding } = await import('../../src/findings/catalogue.js');
    try {
      await checkOutputPath(`${dir}/`, []);
    } catch (error) {
      expect(renderFinding((error as InputError).finding, 'vi')).toContain(`${dir}/bao-cao.xlsx`);
    }
    await symlink(path.join(dir, 'nowhere.json'), path.join(dir, 'dangling.json'));
    expect(await codeOf(checkOutputPath(path.join(dir, 'dangling.json'), []))).toBe('E-OUTPUT-NOT-FILE');
  });

  it('leaves inputs that do not exist to the reader', async () => {
    await checkOutputPath(path.join(dir, 'r.xlsx'), [path.join(dir, 'nope.xlsx')]);
  });
});

describe('writeAtomic', () => {
  it('writes text and bytes, replacing an old file, leaving no temporary file behind', async () => {
    const file = path.join(dir, 'report.md');
    await writeFile(file, 'old');
    await writeAtomic(file, 'Lò Thị Mai\n');
    expect(await readFile(file, 'utf8')).toBe('Lò Thị Mai\n');
    await writeAtomic(path.join(dir, 'report.xlsx'), new Uint8Array([80, 75, 3, 4]));
    expect([...(await readFile(path.join(dir, 'report.xlsx')))]).toEqual([80, 75, 3, 4]);
    expect((await readdir(dir)).sort()).toEqual(['report.md', 'report.xlsx']);
  });

  it('leaves the old file whole and no temporary file when writing fails', async () => {
    const file = path.join(dir, 'report.md');
    await writeFile(file, 'old report');
    // a value the file system cannot take fails after the temporary file is opened
    const bad = { toString: () => 'x' } as unknown as string;
    expect(await codeOf(writeAtomic(file, bad))).toBe('E-OUTPUT-WRITE');
    expect(await readFile(file, 'utf8')).toBe('old report');
    expect(await readdir(dir)).toEqual(['report.md']);
  });

  it('reports a missing folder as such', async () => {
    expect(await codeOf(writeAtomic(path.join(dir, 'nope', 'r.md'), 'x'))).toBe('E-OUTPUT-DIR');
  });
});

describe('writeFiles', () => {
  it('writes every report or none: a failure on one leaves all the old ones and no temporary file', async () => {
    for (const [name, text] of Object.entries({
      'r.json': 'old json',
      'r.html': 'old html',
      'r.csv': 'old csv',
    }))
      await writeFile(path.join(dir, name), text);
    const bad = { toString: () => 'x' } as unknown as string;
    const code = await codeOf(
      writeFiles([
        { path: path.join(dir, 'r.json'), data: 'new json' },
        { path: path.join(dir, 'r.html'), data: 'new html' },
        { path: path.join(dir, 'r.csv'), data: bad },
      ]),
    );
    expect(code).toBe('E-OUTPUT-WRITE');
    expect((await readdir(dir)).sort()).toEqual(['r.csv', 'r.html', 'r.json']);
    expect(await readFile(path.join(dir, 'r.json'), 'utf8')).toBe('old json');
    expect(await readFile(path.join(dir, 'r.html'), 'utf8')).toBe('old html');
  });

  it('names the failure in words, never with the system English or the temporary name', async () => {
    const code = await codeOf(writeAtomic(path.join(dir, 'x'.repeat(300)), 'x'));
    expect(code).toBe('E-OUTPUT-WRITE');
    try {
      await writeAtomic(path.join(dir, 'x'.repeat(300)), 'x');
    } catch (error) {
      const { renderFinding } = await import('../../src/findings/catalogue.js');
      const line = renderFinding((error as InputError).finding, 'vi');
      expect(line).toContain('tên tệp hoặc đường dẫn quá dài (ENAMETOOLONG)');
      expect(line).not.toMatch(/\.tmp|name too long/);
    }
  });
});
