import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { renderXlsx } from '../../src/report/xlsx.js';
import { removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';
import { sampleResult } from '../report/sample.js';

/**
 * Text from outside (cells, file names) that tries to be more than text: terminal escapes, a
 * bell, bidirectional overrides, characters XML forbids, line breaks that forge a report's own
 * lines or a CI workflow command. Every output must carry it as inert text or not at all.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'fixtures/lai-chau-2020/nominees.csv');
const NAME = 'Công ty Cổ phần Chè Phong Thổ';

/** What no report or message may hold: ESC, BEL, other C0 controls, bidi controls, XML-forbidden. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what is looked for
const HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

afterAll(removeTempDirs);

function hostileCsv(dir: string): string {
  const text = readFileSync(SAMPLE, 'utf8').replace(
    NAME,
    `Công ty\u001b[31m Cổ\u0007 phần\u202E Chè\u0001 Phong Thổ\uFFFE\uFFFF`,
  );
  const file = path.join(dir, 'hostile.csv');
  writeFileSync(file, text);
  return file;
}

async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels|vml)$/.test(name)) parts.set(name, await entry.async('string'));
  }
  return parts;
}

describe('cells with terminal escapes, a bell, bidi overrides and characters XML forbids', () => {
  it('read a CSV holding them as text, not as a binary file', async () => {
    const file = hostileCsv(tempDir());
    const { code, stderr } = await run('check', file, '--format', 'json');
    expect(stderr).not.toContain('nhị phân');
    expect(code).toBe(1);
  });

  it.each(['text', 'markdown', 'html', 'json', 'csv', 'github', 'junit', 'ndjson'])(
    'never reach the %s report',
    async (format) => {
      const file = hostileCsv(tempDir());
      const { code, stdout } = await run('check', file, '--format', format);
      expect(code).toBe(1);
      // the row is read and shown, its controls gone (markdown escapes the bracket)
      expect(stdout).toMatch(/\[31m Cổ phần Chè/);
      expect(stdout).not.toMatch(HOSTILE);
    },
  );

  it('leave every part of the xlsx report well-formed XML', async () => {
    const dir = tempDir();
    const file = hostileCsv(dir);
    const out = path.join(dir, 'r.xlsx');
    expect((await run('check', file, '--output', out)).code).toBe(1);
    const parts = await xmlParts(readFileSync(out));
    expect(parts.size).toBeGreaterThan(5);
    for (const [name, xml] of parts) {
      expect(xml, name).not.toMatch(HOSTILE);
      expect(XMLValidator.validate(xml), name).toBe(true);
    }
  });

  it('are replaced in every xlsx part even when a result holds them: U+FFFE, U+FFFF, lone surrogates, C0', async () => {
    const result: CheckResult = sampleResult();
    const hostile = 'Lò\uFFFE Thị\uFFFF Mai\uD800 \uDC00x\u0001\u001b';
    const first = result.judgements[0];
    if (!first) throw new Error('the sample has no nominee');
    first.nominee.name = hostile;
    for (const f of result.findings) f.args = { ...f.args, value: hostile, header: hostile };
    const parts = await xmlParts(await renderXlsx(result, 'vi'));
    for (const [name, xml] of parts) {
      // a lone surrogate reaches the bytes as U+FFFD at best; a character XML forbids never
      expect(xml, name).not.toMatch(HOSTILE);
      expect(XMLValidator.validate(xml), name).toBe(true);
    }
    expect([...parts.values()].some((xml) => xml.includes('Lò\uFFFD Thị\uFFFD Mai'))).toBe(true);
  });
});

describe('file names are neutralised like cell text, in every output and on stderr', () => {
  function hostileFolder(): string {
    const dir = path.join(tempDir(), 'nop');
    mkdirSync(dir);
    copyFileSync(SAMPLE, path.join(dir, 'a\n::error::forged.csv'));
    copyFileSync(SAMPLE, path.join(dir, '\u001b[31mred\u0007\u202Eevil%0A.csv'));
    // an Office lock file, skipped with its name on stderr
    writeFileSync(path.join(dir, '~$x\n::warning::lock.xlsx'), 'lock');
    return dir;
  }

  /** A line a CI runner would take as a workflow command the tool did not write. */
  const forged = (text: string) =>
    text
      .split(/\r?\n/)
      .filter((line) => /^\s*::(error|warning|notice)::(forged|lock)/.test(line) || /^::\w+::/.test(line));

  it.each(['text', 'markdown', 'html', 'github', 'junit', 'csv', 'json'])(
    'in the %s report and on stderr',
    async (format) => {
      const { code, stdout, stderr } = await run('check', hostileFolder(), '--format', format);
      expect(code).toBe(1);
      expect(forged(stdout)).toEqual([]);
      expect(forged(stderr)).toEqual([]);
      expect(stdout).not.toMatch(HOSTILE);
      expect(stderr).not.toMatch(HOSTILE);
      expect(stdout).toContain('forged.csv');
      expect(stderr).toContain('~$x : :warning: :lock.xlsx');
    },
  );

  it('in a message about a file that cannot be read', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad\n::error::x\u001b[2J.csv');
    writeFileSync(file, '');
    const { code, stderr } = await run('check', file);
    expect(code).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).not.toMatch(HOSTILE);
  });
});
