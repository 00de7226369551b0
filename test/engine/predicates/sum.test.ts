import { describe, expect, it } from 'vitest';
import { criterionSchema } from '../../../src/engine/criterion.js';
import { createEngine } from '../../../src/engine/evaluate.js';
import { culpritCells, describePredicate } from '../../../src/engine/predicate.js';
import { renderRuleMessage } from '../../../src/engine/render.js';
import { wording } from '../../../src/engine/wording.js';
import { declaredColumnSchema } from '../../../src/model/column.js';
import { campaign as lai, nominee } from '../../helpers/nominee.js';

/**
 * "Tổng số sáng kiến 3 năm từ 5 trở lên" and "tổng thu nhập 3 năm không quá 300 triệu", stated as
 * data: a per-year number is a declared column a year, and `sum` adds them up.
 */
const perYear = (id: string, vi: string, en: string, type: string) =>
  [2022, 2023, 2024].map((year) =>
    declaredColumnSchema.parse({
      id: `${id}_${year}`,
      header: { vi: `${vi} năm ${year}`, en: `${en} in ${year}` },
      type,
      kinds: ['individual'],
    }),
  );
const columns = [
  ...perYear('sk', 'Số sáng kiến', 'initiatives', 'wholeNumber'),
  ...perYear('tn', 'Thu nhập', 'income', 'money'),
];

const criteria = [
  {
    id: 'SK-3-NAM',
    category: ['individual-HCSN'],
    cite: '1',
    source: 'trong 3 năm có tổng số sáng kiến được công nhận từ 5 trở lên',
    title: { vi: 'Sáng kiến 3 năm', en: 'Initiatives over 3 years' },
    test: { type: 'sum', columns: ['sk_2022', 'sk_2023', 'sk_2024'], op: 'atLeast', value: 5 },
  },
  {
    id: 'TN-3-NAM',
    category: ['individual-HCSN'],
    cite: '2',
    source: 'tổng thu nhập 3 năm không quá 300 triệu đồng',
    title: { vi: 'Thu nhập 3 năm', en: 'Income over 3 years' },
    test: {
      type: 'sum',
      columns: ['tn_2022', 'tn_2023', 'tn_2024'],
      op: 'atMost',
      value: '300 triệu',
      label: { vi: 'Thu nhập', en: 'Income' },
    },
  },
].map((c) => criterionSchema.parse(c));

const campaign = { ...lai, columns, criteria };
const engine = createEngine(campaign);
const judge = (values: Record<string, number>, id: string, lang: 'vi' | 'en' = 'vi') => {
  const n = nominee({ values, cells: { sk_2022: 'P7', sk_2023: 'Q7', sk_2024: 'R7' } });
  const rule = engine.judge(n).rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${id} not applied`);
  return {
    result: rule.result,
    message: renderRuleMessage(rule, lang, campaign, n),
    cells: culpritCells(rule.test, rule.evidence),
  };
};
const million = (n: number) => n * 1_000_000;

describe('sum of a per-year number: a lower bound', () => {
  it.each([
    ['2 + 1 + 2 = 5', { sk_2022: 2, sk_2023: 1, sk_2024: 2 }, 'pass'],
    ['2 + 1 + 1 = 4', { sk_2022: 2, sk_2023: 1, sk_2024: 1 }, 'fail'],
    ['5 in one year, the others blank: already enough', { sk_2024: 5 }, 'pass'],
    ['4 so far, one year blank: it might still add up', { sk_2022: 3, sk_2023: 1 }, 'unknown'],
    ['all blank', {}, 'unknown'],
  ] as const)('%s → %s', (_, values, expected) => {
    expect(judge(values, 'SK-3-NAM').result).toBe(expected);
  });

  it('says the sum, the bound and the blank columns, and points at the blank cells only when open', () => {
    expect(judge({ sk_2022: 2, sk_2023: 1, sk_2024: 1 }, 'SK-3-NAM').message).toBe(
      '2 + 1 + 1 = 4 (cần từ 5)',
    );
    const open = judge({ sk_2022: 3, sk_2023: 1 }, 'SK-3-NAM');
    expect(open.message).toContain('3 + 1 = 4 (cần từ 5); Số sáng kiến năm 2024: để trống');
    expect(open.message).toContain("Điền cột 'Số sáng kiến năm 2024'");
    expect(open.cells).toEqual(['sk_2024']);
    expect(judge({ sk_2022: 2, sk_2023: 1, sk_2024: 1 }, 'SK-3-NAM', 'en').message).toBe(
      '2 + 1 + 1 = 4 (needed at least 5)',
    );
  });
});

describe('sum of a per-year amount: an upper bound, the constant read as the column reads money', () => {
  it.each([
    [
      '100 + 90 + 110 triệu = 300 triệu',
      { tn_2022: million(100), tn_2023: million(90), tn_2024: million(110) },
      'pass',
    ],
    [
      '100 + 100 + 101 triệu',
      { tn_2022: million(100), tn_2023: million(100), tn_2024: million(101) },
      'fail',
    ],
    ['already 310 triệu with a year blank', { tn_2022: million(200), tn_2023: million(110) }, 'fail'],
    ['200 triệu with a year blank', { tn_2022: million(100), tn_2023: million(100) }, 'unknown'],
  ] as const)('%s → %s', (_, values, expected) => {
    expect(judge(values, 'TN-3-NAM').result).toBe(expected);
  });

  it('words the amounts in đồng, with the label first', () => {
    expect(
      judge({ tn_2022: million(100), tn_2023: million(100), tn_2024: million(101) }, 'TN-3-NAM').message,
    ).toBe(
      'Thu nhập: 100.000.000 đồng + 100.000.000 đồng + 101.000.000 đồng = 301.000.000 đồng (cần không quá 300.000.000 đồng)',
    );
  });

  it('is described in both languages', () => {
    const test = criteria[1]?.test;
    if (!test) throw new Error('no test');
    expect(describePredicate(test, wording(campaign, 'vi')).text).toBe(
      'Thu nhập: tổng Thu nhập năm 2022, Thu nhập năm 2023, Thu nhập năm 2024 không quá 300 triệu',
    );
    expect(describePredicate(test, wording(campaign, 'en')).text).toBe(
      'Income: the sum of income in 2022, income in 2023, income in 2024 at most 300 triệu',
    );
  });
});
