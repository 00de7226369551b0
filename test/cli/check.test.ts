import { describe, expect, it } from 'vitest';
import { parseCheckOptions, useColor } from '../../src/cli/check.js';
import { DEFAULT_FAIL_ON } from '../../src/fail-on.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { InputError } from '../../src/findings/finding.js';
import { formatNames } from '../../src/report/index.js';

// checkExitCode and --fail-on: test/cli/fail-on.test.ts

describe('parseCheckOptions', () => {
  it('defaults to text in Vietnamese with the bundled campaign', () => {
    const defaults = {
      failOn: [...DEFAULT_FAIL_ON],
      quiet: false,
      perUnitFile: false,
      force: false,
      csvSeparator: ';',
      unit: [],
    };
    expect(parseCheckOptions({})).toEqual({ format: 'text', lang: 'vi', ...defaults });
    expect(parseCheckOptions({ format: 'json', lang: 'en', campaign: 'rules/x' })).toEqual({
      format: 'json',
      lang: 'en',
      campaign: 'rules/x',
      ...defaults,
    });
  });

  const reject = (raw: Record<string, unknown>): string => {
    try {
      parseCheckOptions(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const f = (error as InputError).finding;
      expect(f.code).toBe('E-OPTION');
      return renderFinding(f, 'vi');
    }
    throw new Error('accepted a bad option');
  };

  it('rejects a bad --format with one line naming the option, the value and the choices', () => {
    expect(reject({ format: 'docx' })).toBe(
      `--format "docx" không hợp lệ (chọn ${formatNames().join(', ')})`,
    );
  });

  it('rejects a bad --lang, in English when asked', () => {
    expect(reject({ lang: 'fr' })).toBe('--lang "fr" không hợp lệ (chọn vi, en)');
    expect(reject({ lang: 'en', format: 'pdf' })).toBe(
      `--format "pdf" is not valid (choose ${formatNames().join(', ')})`,
    );
  });

  it('takes the CSV separator by sign or by name, and refuses any other', () => {
    expect(parseCheckOptions({ csvSeparator: ',' }).csvSeparator).toBe(',');
    expect(parseCheckOptions({ csvSeparator: 'comma' }).csvSeparator).toBe(',');
    expect(parseCheckOptions({ csvSeparator: 'TAB' }).csvSeparator).toBe('\t');
    expect(parseCheckOptions({ csvSeparator: 'semicolon' }).csvSeparator).toBe(';');
    expect(reject({ csvSeparator: '|' })).toBe('--csv-separator "|" không hợp lệ (chọn ";", ",", tab)');
  });
});

describe('useColor', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(useColor({}, true)).toBe(true);
    expect(useColor({}, false)).toBe(false);
    expect(useColor({}, undefined)).toBe(false);
    expect(useColor({ NO_COLOR: '1' }, true)).toBe(false);
    // no-color.org: an empty NO_COLOR does not count
    expect(useColor({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('follows FORCE_COLOR=0..3 and TERM=dumb', () => {
    expect(useColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor({ FORCE_COLOR: 'false' }, true)).toBe(false);
    for (const level of ['1', '2', '3', '', 'true'])
      expect(useColor({ FORCE_COLOR: level }, false)).toBe(true);
    expect(useColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor({ TERM: 'dumb' }, true)).toBe(false);
    expect(useColor({ TERM: 'dumb', FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor({ TERM: 'xterm-256color' }, true)).toBe(true);
  });
});
