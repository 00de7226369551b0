import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../src/campaign/load.js';
import { runCheck } from '../src/check.js';
import { parseLimits } from '../src/cli/limits.js';
import { formatNames, REPORT_FORMATS } from '../src/report/index.js';
import { run as runCli } from './helpers/cli.js';
import { inputError } from './helpers/errors.js';

/**
 * fixtures/bad/: every way a submission goes wrong that the tool must answer clearly, each with
 * its answer in expected.json (see scripts/make-bad-fixtures.mjs, which says what each file is).
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BAD = path.join(ROOT, 'fixtures', 'bad');
const SCRIPT = path.join(ROOT, 'scripts', 'make-bad-fixtures.mjs');

interface Expected {
  files: string[];
  args: string[];
  why: string;
  exit: 0 | 1 | 2;
  code?: string;
  message?: { vi: string; en: string };
}

const TABLE = JSON.parse(readFileSync(path.join(BAD, 'expected.json'), 'utf8')) as Expected[];

/** A line of a JavaScript stack trace, as Node prints one. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

const scratch = mkdtempSync(path.join(tmpdir(), 'eligibility-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: readonly string[]) => runCli(...args);

/** `eligibility check INPUTS… --format <every format> --output BASE`: one report file per format. */
const checkEveryFormat = (inputs: readonly string[], base: string) =>
  run(['check', ...inputs, '--format', formatNames().join(','), '--output', base]);

/** `--max-rows 50` → `{ maxRows: 50 }`, as the command line reads it. */
function limitsOf(args: readonly string[]) {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = (args[i] as string).replace(/^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    raw[name] = args[i + 1];
  }
  return parseLimits(raw);
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('the corpus is made by its script', () => {
  it('comes out byte for byte the same when the script runs again', () => {
    const out = path.join(scratch, 'regenerated');
    const made = spawnSync(process.execPath, [SCRIPT, out], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync(BAD).sort());
    for (const name of readdirSync(BAD))
      expect(digest(path.join(out, name)), name).toBe(digest(path.join(BAD, name)));
  });

  it('has an answer for every file in it', () => {
    const answered = new Set(TABLE.flatMap((e) => e.files));
    expect(readdirSync(BAD).filter((f) => f !== 'expected.json' && !answered.has(f))).toEqual([]);
  });
});

describe.each(TABLE.map((e) => [e.files.join(' + '), e] as const))('%s', (_name, entry) => {
  const files = entry.files.map((f) => path.join(BAD, f));

  it.each(['vi', 'en'] as const)(
    `exits ${entry.exit}${entry.code ? ` with ${entry.code}` : ''} (%s)`,
    async (lang) => {
      const { code, stdout, stderr } = await run([
        'check',
        ...files,
        '--format',
        'json',
        '--lang',
        lang,
        ...entry.args,
      ]);
      expect(`${stdout}${stderr}`).not.toMatch(STACK);
      expect(code, stderr).toBe(entry.exit);
      if (entry.exit === 2) {
        // one line that says what the file is and what to do; nothing on stdout
        expect(stdout).toBe('');
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(stderr).toContain(entry.message?.[lang]);
        return;
      }
      const report = JSON.parse(stdout) as {
        findings: { code: string; severity: string; message: string }[];
      };
      if (entry.code === undefined) {
        expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        return;
      }
      const found = report.findings.filter((f) => f.code === entry.code);
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((f) => f.message.includes(entry.message?.[lang] ?? ''))).toBe(true);
    },
  );

  if (entry.exit === 2) {
    it(`refuses with ${entry.code}`, async () => {
      const error = await inputError(
        runCheck(files, { campaign: loadCampaign(), limits: limitsOf(entry.args) }),
      );
      expect(error.finding.code).toBe(entry.code);
    });
  }
});

describe('inputs are never changed', () => {
  it('leaves every fixture byte for byte and its time as it was after a check in every format', async () => {
    const dirs = ['lai-chau-2020', 'bad'].map((d) => path.join(ROOT, 'fixtures', d));
    const inputs = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f !== 'expected.json')
        .map((f) => path.join(d, f)),
    );
    const before = inputs.map((f) => [digest(f), statSync(f).mtimeMs]);
    const base = path.join(scratch, 'report');
    const { code, stdout, stderr } = await checkEveryFormat(inputs, base);
    expect(`${stdout}${stderr}`).not.toMatch(STACK);
    // the unreadable files are error findings; the run itself goes through
    expect(code, stderr).toBe(1);
    expect(readdirSync(scratch).filter((f) => f.startsWith('report.'))).toHaveLength(formatNames().length);
    expect(inputs.map((f) => [digest(f), statSync(f).mtimeMs])).toEqual(before);
  });
});

describe('what a file says stays inert in every report', async () => {
  const base = path.join(scratch, 'inert');
  const inputs = ['formula-injection.csv', 'control-characters.xlsx'].map((f) => path.join(BAD, f));
  const { code, stderr } = await checkEveryFormat(inputs, base);
  const out = (extension: string) => `${base}.${extension}`;
  const text = (extension: string) => readFileSync(out(extension), 'utf8');
  const names = (parse(readFileSync(inputs[0] as string, 'utf8'), { relax_column_count: true }) as string[][])
    .slice(1)
    .map((row) => row[1] as string);

  it('runs, every nominee to review', () => {
    expect(code, stderr).toBe(1);
    expect(names).toContain("+cmd|' /C calc'!A0");
  });

  it('keeps every name exactly as read in JSON and NDJSON, control characters dropped', () => {
    const json = JSON.parse(text('json')) as { nominees: { name: string }[] };
    expect(json.nominees.map((n) => n.name)).toEqual([...names, 'Lò[31m Thị Mai]0;pwned']);
    expect(text('ndjson')).toContain(JSON.stringify(names[0]));
  });

  it('puts no control character into any text report', () => {
    for (const format of formatNames()) {
      const { extension, binary } = REPORT_FORMATS[format];
      if (binary) continue;
      const body = text(extension);
      const control = [...body].find((ch) => {
        const c = ch.charCodeAt(0);
        return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
      });
      expect(control, format).toBeUndefined();
    }
  });

  it('starts no CSV field like a formula (OWASP), unless it is a number', () => {
    const rows = parse(text('csv'), { delimiter: ';', relax_column_count: true, bom: true }) as string[][];
    const risky = rows.flat().filter((v) => /^[=+\-@\t\r]/.test(v) && !/^-?\d+(?:[.,]\d+)?$/.test(v));
    expect(risky).toEqual([]);
    expect(rows.flat()).toContain(`'${names[0]}`);
  });

  it('writes names into the workbook as text cells, never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('xlsx'));
    const strings: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') strings.push(cell.value);
        });
      });
    }
    for (const name of names)
      expect(
        strings.some((s) => s.includes(name)),
        name,
      ).toBe(true);
  });

  it('escapes markup in HTML, JUnit XML and Markdown, and workflow commands in GitHub annotations', () => {
    expect(text('html')).not.toContain('<img');
    expect(text('html')).toContain('&lt;img src=x');
    expect(text('xml')).not.toContain('<img');
    expect(text('md')).not.toMatch(/(^|[^\\])<img/m);
    // a link needs an unescaped `](`
    expect(text('md')).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    const log = text('log');
    // input text never starts a line, where GitHub would read it as a command, and a `%0A` in
    // it is escaped, else GitHub would decode it into a line break of the annotation
    const commands = log.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((line) => !/^::(error|warning|notice) /.test(line))).toEqual([]);
    expect(log).not.toContain('::error file=evil.txt');
    expect(log).not.toContain(' %0A::warning');
  });
});

describe('an output that cannot be written', () => {
  const input = path.join(BAD, 'excel-semicolon.csv');
  const refused = async (output: string) => {
    const { code, stdout, stderr } = await run([
      'check',
      input,
      '--format',
      'json',
      '--output',
      output,
      '--lang',
      'en',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(`${stdout}${stderr}`).not.toMatch(STACK);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    return stderr;
  };

  it('is one line and exit 2 when its folder does not exist', async () => {
    const folder = path.join(scratch, 'missing');
    expect(await refused(path.join(folder, 'report.json'))).toContain(`folder ${folder} does not exist`);
  });

  it('is one line and exit 2 when its folder is a file', async () => {
    expect(await refused(path.join(input, 'report.json'))).toContain('report.json');
  });

  it.skipIf(process.getuid?.() === 0)(
    'is one line and exit 2 without permission to write there',
    async () => {
      const folder = mkdtempSync(path.join(scratch, 'read-only-'));
      chmodSync(folder, 0o500);
      try {
        expect(await refused(path.join(folder, 'report.json'))).toContain(path.join(folder, 'report.json'));
        expect(readdirSync(folder)).toEqual([]);
      } finally {
        chmodSync(folder, 0o700);
      }
    },
  );
});

describe('an output folder nobody may write in', () => {
  // /sys refuses new files even to root, so this runs where CI runs as root
  it.skipIf(!existsSync('/sys/kernel'))(
    'is one line naming the folder, never the temporary file',
    async () => {
      const { code, stdout, stderr } = await run([
        'check',
        path.join(BAD, 'excel-semicolon.csv'),
        '--format',
        'json',
        '--output',
        '/sys/kernel/report.json',
        '--lang',
        'en',
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('no permission to write in /sys/kernel');
      expect(stderr).not.toContain('.tmp');
    },
  );
});

describe('--debug', () => {
  it('is accepted after any command and changes nothing for an error the tool expects', async () => {
    const file = path.join(BAD, 'excel-97.xls');
    const plain = await run(['check', file, '--lang', 'en']);
    const debug = await run(['check', file, '--lang', 'en', '--debug']);
    expect(debug).toEqual(plain);
    expect(debug.code).toBe(2);
    expect((await run(['findings', 'E-FORMAT', '--debug'])).code).toBe(0);
  });
});
