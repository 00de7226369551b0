import { describe, expect, it } from 'vitest';
import type { QuotaEntry } from '../../src/checks/quota.js';
import { checkExitCode, parseCheckOptions, parseFailOn } from '../../src/cli/check.js';
import { EXIT } from '../../src/cli/main.js';
import { DEFAULT_FAIL_ON, FAIL_ON, type FailOn, findingCondition, shortfalls } from '../../src/fail-on.js';
import { finding, renderFinding } from '../../src/findings/catalogue.js';
import type { Finding } from '../../src/findings/finding.js';
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
  repeats: 0,
};
const within: QuotaEntry = {
  unit: 'phong-tho',
  category: 'individual-HCSN',
  allocated: 4,
  nominated: 3,
  eligible: 3,
  status: 'under',
  review: 0,
  eligibleStatus: 'under',
  repeats: 0,
};
const over: QuotaEntry = { ...within, nominated: 5, status: 'over' };
const overFinding = finding('Q-OVER', {
  unit: 'LĐLĐ huyện Phong Thổ',
  category: 'individual-HCSN',
  nominated: 5,
  allocated: 4,
});
const dup = finding('D-DUP', { name: 'Lò Thị Mai', first: 'a.xlsx' }, { file: 'b.xlsx', row: 9 });
const unknownCode = finding('W-CODE-UNKNOWN', { value: 'Giấy khen' }, { file: 'b.xlsx', row: 9 });
const note = finding('I-COLUMN-EXTRA', { columns: 'Ghi chú' }, { file: 'b.xlsx' });

interface Run {
  summary: Summary;
  quota: QuotaEntry[];
  findings: Finding[];
}

/** A run as the pipeline would tally it: the summary counts what the findings say. */
function run(parts: {
  ineligible?: number;
  review?: number;
  quota?: QuotaEntry[];
  findings?: Finding[];
}): Run {
  const findings = parts.findings ?? [];
  const ineligible = parts.ineligible ?? 0;
  const review = parts.review ?? 0;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    summary: {
      ...clean,
      eligible: clean.nominees - ineligible - review,
      ineligible,
      review,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
    quota: parts.quota ?? [within],
    findings,
  };
}

const CASES: [string, Run, FailOn[]][] = [
  ['all eligible', run({}), []],
  ['information only', run({ findings: [note] }), []],
  ['an ineligible nominee', run({ ineligible: 1 }), ['ineligible']],
  ['a nominee to review', run({ review: 2 }), ['review']],
  ['a quota exceeded', run({ quota: [over], findings: [overFinding] }), ['quota']],
  ['an error finding', run({ findings: [dup] }), ['error']],
  ['a warning finding', run({ findings: [unknownCode] }), ['warning']],
  [
    'everything at once',
    run({ ineligible: 1, review: 1, quota: [over], findings: [overFinding, dup, unknownCode, note] }),
    ['ineligible', 'review', 'quota', 'error', 'warning'],
  ],
];

describe('shortfalls', () => {
  it.each(CASES)('%s meets exactly %j', (_, result, met) => {
    expect([...shortfalls(result)].sort()).toEqual([...met].sort());
  });

  it('counts an exceeded quota as `quota` only, never also as `error`', () => {
    expect(findingCondition(overFinding)).toBe('quota');
    expect(findingCondition(dup)).toBe('error');
    expect(findingCondition(unknownCode)).toBe('warning');
    expect(findingCondition(note)).toBeNull();
  });
});

describe('checkExitCode', () => {
  const LISTS: FailOn[][] = [
    [...DEFAULT_FAIL_ON],
    ['ineligible'],
    ['review'],
    ['quota'],
    ['error'],
    ['warning'],
    ['ineligible', 'warning'],
    [...FAIL_ON],
    [],
  ];
  // every case against every list: exit 1 exactly when the list names a condition the case meets
  const table = CASES.flatMap(([name, result, met]) =>
    LISTS.map(
      (list) => [name, list, list.some((c) => met.includes(c)) ? EXIT.fallsShort : EXIT.ok, result] as const,
    ),
  );
  it.each(table)('%s with --fail-on %j exits %i', (_, list, code, result) => {
    expect(checkExitCode(result, list)).toBe(code);
  });

  it('defaults to OUTPUT.md: ineligible, review, over quota or an error; a warning alone is 0', () => {
    expect(DEFAULT_FAIL_ON).toEqual(['ineligible', 'review', 'quota', 'error']);
    expect(checkExitCode(run({ review: 1 }))).toBe(EXIT.fallsShort);
    expect(checkExitCode(run({ findings: [unknownCode] }))).toBe(EXIT.ok);
  });

  it('with --fail-on ineligible, a file with only review cases passes', () => {
    expect(checkExitCode(run({ review: 3 }), ['ineligible'])).toBe(EXIT.ok);
    expect(checkExitCode(run({ review: 3 }))).toBe(EXIT.fallsShort);
  });
});

describe('--fail-on', () => {
  it.each([
    ['ineligible', ['ineligible']],
    ['quota, ineligible', ['ineligible', 'quota']],
    ['ERROR,warning,error', ['error', 'warning']],
    ['none', []],
  ])('%s is %j', (text, list) => {
    expect(parseFailOn(text)).toEqual(list);
    expect(parseCheckOptions({ failOn: text }).failOn).toEqual(list);
  });

  it.each(['', 'fatal', 'ineligible,late', 'none,error'])('refuses %j, naming the choices', (text) => {
    expect(parseFailOn(text)).toBeNull();
    try {
      parseCheckOptions({ failOn: text, lang: 'en' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(renderFinding((error as InputError).finding, 'en')).toBe(
        `--fail-on ${JSON.stringify(text)} is not valid (choose ineligible, review, quota, error, warning, none)`,
      );
    }
  });
});
