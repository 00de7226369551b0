import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { commanderError, half, placeholders } from '../../src/cli/help.js';
import { FAIL_ON } from '../../src/fail-on.js';
import { listFormatNames } from '../../src/list/formats.js';
import { formatNames } from '../../src/report/index.js';
import { run } from '../helpers/cli.js';

/**
 * Everything a person reads in Vietnamese is Vietnamese: each word of the output must be able to
 * be a Vietnamese syllable (an initial, one to three vowels, a final), or be one of the few words
 * a command line cannot translate: command and format names, option values, codes, file names.
 * An English word ("option", "file", "help", "default", "error") is none of these.
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

const ALLOWED = new Set([
  'eligibility',
  ...COMMANDS.map((c) => c.name),
  'help',
  'init',
  'validate',
  'migrate',
  'test',
  ...formatNames(),
  ...listFormatNames(),
  ...FAIL_ON,
  'none',
  'tab',
  'vi',
  'en',
  'Excel',
  'JSON',
  'Schema',
  'MB',
  // the kinds of file `schema` prints
  'criteria',
  'vocabulary',
  'input',
]);

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The words of `text` that are neither Vietnamese nor allowed; `typed` are what the user typed, quoted back. */
function foreignWords(text: string, typed: readonly string[] = []): string[] {
  const tokens = text.match(/[\p{L}\p{N}_./*~$|-]+/gu) ?? [];
  return tokens.filter((token) => {
    if (/[./*~$|\d]/.test(token) || token.startsWith('-')) return false; // files, globs, options, numbers
    if (/^[A-Z]+(?:-[A-Z0-9]+)*$/.test(token) && token.length > 1) return false; // codes, acronyms
    return token
      .split('-')
      .some(
        (word) => word !== '' && !ALLOWED.has(word) && !typed.includes(word) && !SYLLABLE.test(plain(word)),
      );
  });
}

const HELPS: string[][] = [
  ['--help'],
  ['help'],
  ...COMMANDS.map((c) => [c.name, '--help']),
  ['help', 'check'],
  ['plan', 'check', '--help'],
  ['campaign', 'init', '--help'],
  ['campaign', 'validate', '--help'],
];

const WRONG: string[][] = [
  ['chek'],
  ['check'],
  ['check', 'fixtures/lai-chau-2020/nominees.csv', '--formt', 'json'],
  ['check', 'fixtures/lai-chau-2020/nominees.csv', '--format'],
  ['check', 'fixtures/lai-chau-2020/nominees.csv', '--format', 'pdf'],
  ['check', 'fixtures/lai-chau-2020/nominees.csv', '--fail-on', 'nothing'],
  ['check', 'fixtures/lai-chau-2020/nominees.csv', '--csv-separator', '|'],
  ['check', 'khong-co.xlsx'],
  ['template'],
  ['rules', 'TT-NOPE'],
  ['rules', '--lang', 'fr'],
  ['rules', '--format', 'pdf'],
  ['findings', 'X-NOPE'],
  ['schema'],
  ['plan', 'check', 'extra'],
];

describe('Vietnamese by default, English only with --lang en', () => {
  it('knows an English sentence when it sees one', () => {
    expect(foreignWords("failed: unknown option '--formt' (Did you mean --format?)")).toEqual([
      'failed',
      'unknown',
      'option',
      'Did',
    ]);
    expect(foreignWords('lỗi: không có tùy chọn --formt (có phải là --format?) TT-HCSN-1 mau.xlsx')).toEqual(
      [],
    );
  });

  it.each([...HELPS, ...WRONG])(
    'eligibility %s speaks Vietnamese, with and without --lang vi',
    async (...args) => {
      for (const argv of [args, [...args, '--lang', 'vi']]) {
        const { stdout, stderr } = await run(...argv);
        expect(stdout + stderr, argv.join(' ')).not.toBe('');
        expect(foreignWords(stdout + stderr, argv), `${argv.join(' ')}\n${stdout}${stderr}`).toEqual([]);
      }
    },
  );

  it('speaks English with --lang en', async () => {
    const help = await run('check', '--help', '--lang', 'en');
    expect(help.stdout).toContain('Usage: eligibility check [options] <files...>');
    expect(help.stdout).toContain('display help for command');
    expect(help.stdout).not.toContain('Cách dùng');
    const wrong = await run('check', 'x.xlsx', '--formt', 'json', '--lang', 'en');
    expect(wrong.stderr).toContain("error: unknown option '--formt'");
    expect(wrong.stderr).toContain('(Did you mean --format?)');
  });

  it('says commander’s errors as an official would, suggestion included', () => {
    expect(commanderError("error: unknown option '--formt'\n(Did you mean --format?)", 'vi')).toBe(
      'lỗi: không có tùy chọn --formt\n(có phải là --format?)',
    );
    expect(commanderError("error: missing required argument 'files'", 'vi')).toBe(
      'lỗi: thiếu tham số bắt buộc <tệp>',
    );
    expect(commanderError("error: option '--format <format>' argument missing", 'vi')).toBe(
      'lỗi: tùy chọn --format <định dạng> cần có giá trị',
    );
    expect(commanderError("error: unknown option '--x'", 'en')).toBe("error: unknown option '--x'");
  });

  it('takes the half of a description in the run’s language', () => {
    expect(half('ghi đè báo cáo đã có / overwrite an existing report', 'vi')).toBe('ghi đè báo cáo đã có');
    expect(half('ghi đè báo cáo đã có / overwrite an existing report', 'en')).toBe(
      'overwrite an existing report',
    );
    expect(half('text | json', 'vi')).toBe('text | json');
    expect(placeholders('check [options] <files...>', 'vi')).toBe('check [tùy chọn] <tệp...>');
  });
});
