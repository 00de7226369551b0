import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNamed } from '../../src/cli/commands.js';
import { type Run, runWith } from '../helpers/cli.js';
import { CLI, ROOT } from '../helpers/source-cli.js';

const XLSX = path.join(ROOT, 'fixtures', 'lai-chau-2020', 'nominees.xlsx');

function run(args: string[], eager: boolean): Promise<Run> {
  return runWith(args, { eager });
}

/**
 * A run that loads only the command it names must say exactly what a run with every command
 * loaded says: the top-level help printed from `COMMANDS` without loading the command files,
 * commander's errors and suggestions, each command's own help, a real check.
 */
describe('loading only the command a run names changes nothing it prints', () => {
  const cases: string[][] = [
    [],
    ['--help'],
    ['-h'],
    ['help'],
    ['--version'],
    ['-V'],
    ['-V', '--help'],
    ['--help', 'check'],
    ['help', 'check'],
    ['help', 'rules'],
    ['help', 'nothing'],
    ['check', '--help'],
    ['check'],
    ['chek', 'a.xlsx'],
    ['--bogus'],
    ['rules', '--help'],
    ['rules', 'TT-HCSN-1', '--lang', 'en'],
    ['plan', '--help'],
    ['plan'],
    ['campaign', '--help'],
    ['campaign', 'init', '--help'],
    ['schema', '--help'],
    ['schema', 'nothing'],
    ['check', XLSX, '--format', 'json'],
    ['check', 'does-not-exist.xlsx'],
  ];
  it.each(cases.map((args) => [args.join(' '), args] as const))('eligibility %s', async (_, args) => {
    const lazy = await run(args, false);
    const eager = await run(args, true);
    expect(lazy).toEqual(eager);
    // a case that printed nothing would compare nothing
    expect(lazy.stdout.length + lazy.stderr.length).toBeGreaterThan(0);
  });
});

describe('commandNamed', () => {
  it.each([
    [['check', 'a.xlsx'], 'check'],
    [['--help'], undefined],
    [['help', 'rules'], 'rules'],
    [['help'], undefined],
    [['--help', 'check'], undefined],
    [['check', '--help'], 'check'],
    [['chek'], undefined],
    [[], undefined],
  ] as const)('%j names %s', (args, name) => {
    expect(commandNamed(args)).toBe(name);
  });
});

/**
 * Which packages the CLI loads, recorded by a module resolve hook in a child process:
 * the honest way to know, since a timing in a test would only be noise on a busy machine.
 */
function packagesLoaded(args: string[]): Set<string> {
  const packages = new Set<string>();
  for (const url of modulesLoaded(args)) {
    // a package's name never starts with a dot; node_modules/.cache holds the command under test
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(url);
    if (match?.[1]) packages.add(match[1]);
  }
  return packages;
}

/** Every module file the CLI (run from the sources) loads for `args`, ES modules and CommonJS alike. */
function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'eligibility-startup-'));
  const log = path.join(dir, 'modules.log');
  const hook = `
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');
      return resolved;
    }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(
    `data:text/javascript,${encodeURIComponent(hook)}`,
  )});`;
  // CommonJS packages (exceljs) are loaded by require, which the hook does not see: their cache does
  const cjs = path.join(dir, 'cjs.cjs');
  writeFileSync(
    cjs,
    `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).map((f) => 'file://' + f).join('\\n') + '\\n'));`,
  );
  try {
    const child = spawnSync(
      process.execPath,
      ['--require', cjs, '--import', `data:text/javascript,${encodeURIComponent(register)}`, ...CLI, ...args],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('start-up of the CLI', () => {
  it('--version loads no package at all', () => {
    expect([...packagesLoaded(['--version'])]).toEqual([]);
  });

  it('--help loads commander and nothing heavy', () => {
    expect([...packagesLoaded(['--help'])]).toEqual(['commander']);
  });

  it('a check on an xlsx loads exceljs; the hooks see packages at all', () => {
    // without this the two tests above would pass with hooks that recorded nothing
    const loaded = packagesLoaded(['check', XLSX, '--format', 'json']);
    expect(loaded.has('exceljs')).toBe(true);
    expect(loaded.has('zod')).toBe(true);
  });

  it('a check on a small xlsx loads the workbook model of exceljs, not its streaming reader and writer', () => {
    const files = modulesLoaded(['check', XLSX, '--format', 'json']);
    expect(files.some((f) => f.includes('/exceljs/lib/doc/workbook.js'))).toBe(true);
    expect(files.some((f) => f.includes('/exceljs/lib/stream/'))).toBe(false);
  });
});
