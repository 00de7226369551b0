import { describe, expect, it } from 'vitest';
import type { QuotaEntry } from '../../src/checks/quota.js';
import { checkExitCode, parseCheckOptions, useColor } from '../../src/cli/check.js';
import { EXIT } from '../../src/cli/main.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { InputError } from '../../src/findings/finding.js';
import type { Summary } from '../../src/report/summary.js';

const clean: Summary = {
  nominees: 3,
  eligible: 3,
  ineligible: 0,
  review: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
};
const within: QuotaEntry = {
  unit: 'phong-tho',
  category: 'individual-HCSN',
  allocated: 4,
  nominated: 3,
  eligible: 3,
  status: 'under',
  review: 0,
};

describe('checkExitCode', () => {
  it('is 0 when every nominee is eligible, no quota exceeded and no error', () => {
    expect(checkExitCode({ summary: clean, quota: [within] })).toBe(EXIT.ok);
  });

  it('stays 0 with warnings and information only', () => {
    expect(checkExitCode({ summary: { ...clean, warnings: 2, infos: 5 }, quota: [within] })).toBe(EXIT.ok);
  });

  it.each([
    ['an ineligible nominee', { ...clean, eligible: 2, ineligible: 1 }],
    ['a nominee to review', { ...clean, eligible: 2, review: 1 }],
    ['an error finding', { ...clean, errors: 1 }],
  ])('is 1 with %s', (_, summary) => {
    expect(checkExitCode({ summary, quota: [within] })).toBe(EXIT.fallsShort);
  });

  it('is 1 when a quota is exceeded', () => {
    expect(checkExitCode({ summary: clean, quota: [{ ...within, nominated: 5, status: 'over' }] })).toBe(
      EXIT.fallsShort,
    );
  });
});

describe('parseCheckOptions', () => {
  it('defaults to text in Vietnamese with the bundled campaign', () => {
    expect(parseCheckOptions({})).toEqual({ format: 'text', lang: 'vi' });
    expect(parseCheckOptions({ format: 'json', lang: 'en', campaign: 'rules/x' })).toEqual({
      format: 'json',
      lang: 'en',
      campaign: 'rules/x',
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
    expect(reject({ format: 'xml' })).toBe('--format "xml" không hợp lệ (chọn text, json)');
  });

  it('rejects a bad --lang, in English when asked', () => {
    expect(reject({ lang: 'fr' })).toBe('--lang "fr" không hợp lệ (chọn vi, en)');
    expect(reject({ lang: 'en', format: 'pdf' })).toBe('--format "pdf" is not valid (choose text, json)');
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
});
