import { describe, expect, it } from 'vitest';
import { criterionSchema } from '../../../src/engine/criterion.js';
import { createEngine } from '../../../src/engine/evaluate.js';
import { renderRuleMessage } from '../../../src/engine/render.js';
import { declaredColumnSchema } from '../../../src/model/column.js';
import { campaign as lai, nominee } from '../../helpers/nominee.js';

/**
 * Criteria over columns a campaign declares, stated as data the way a rule file states them,
 * each with nominees that pass, fail and stay open.
 */
const columns = [
  {
    id: 'income',
    header: { vi: 'Thu nhập bình quân', en: 'average income' },
    type: 'money',
    kinds: ['individual'],
  },
  {
    id: 'degree',
    header: { vi: 'Trình độ', en: 'qualification' },
    type: 'scale',
    kinds: ['individual'],
    levels: [
      { name: { vi: 'Thạc sĩ', en: 'Master' } },
      { name: { vi: 'Đại học', en: 'University' } },
      { name: { vi: 'Cao đẳng', en: 'College' } },
      { name: { vi: 'Trung cấp', en: 'Vocational' } },
    ],
  },
  { id: 'manager', header: { vi: 'Cán bộ quản lý', en: 'manager' }, type: 'yesNo', kinds: ['individual'] },
  {
    id: 'members',
    header: { vi: 'Tổng số đoàn viên', en: 'members' },
    type: 'wholeNumber',
    kinds: ['collective'],
  },
  {
    id: 'members_ldtt',
    header: { vi: 'Số đạt LĐTT', en: 'members rated advanced' },
    type: 'wholeNumber',
    kinds: ['collective'],
  },
  { id: 'born', header: { vi: 'Ngày sinh', en: 'date of birth' }, type: 'date', kinds: ['individual'] },
  {
    id: 'appointed',
    header: { vi: 'Ngày bổ nhiệm', en: 'appointed on' },
    type: 'date',
    kinds: ['individual'],
  },
].map((c) => declaredColumnSchema.parse(c));

const criteria = [
  {
    id: 'INCOME',
    category: ['individual-HCSN'],
    cite: '1',
    source: '150 triệu với người có trình độ đại học, 200 triệu với cán bộ quản lý, 80 triệu với người khác',
    title: { vi: 'Thu nhập', en: 'Income' },
    test: {
      type: 'cases',
      cases: [
        {
          when: { type: 'compare', column: 'manager', op: 'is', value: 'Có' },
          test: { type: 'compare', column: 'income', op: 'atLeast', value: '200 triệu' },
        },
        {
          when: { type: 'compare', column: 'degree', op: 'atLeast', value: 'Đại học' },
          test: { type: 'compare', column: 'income', op: 'atLeast', value: '150 triệu' },
        },
      ],
      otherwise: { type: 'compare', column: 'income', op: 'atLeast', value: '80 triệu' },
    },
  },
  {
    id: 'SHARE',
    category: ['collective-HCSN'],
    cite: '2',
    source: 'có 70% đoàn viên trở lên đạt danh hiệu Lao động tiên tiến',
    title: { vi: 'Tỷ lệ LĐTT', en: 'Share rated advanced' },
    test: {
      type: 'share',
      part: 'members_ldtt',
      whole: 'members',
      percent: 70,
      label: { vi: 'Tỷ lệ', en: 'Share' },
    },
  },
  {
    id: 'OVER-HALF',
    category: ['collective-HCSN'],
    cite: '2a',
    source: 'có trên 50% cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến',
    title: { vi: 'Trên 50% LĐTT', en: 'Over half rated advanced' },
    test: { type: 'share', part: 'members_ldtt', whole: 'members', percent: 50, strict: true },
  },
  {
    id: 'AGE',
    category: ['individual-SXKD'],
    cite: '3',
    source: 'không quá 35 tuổi tính đến ngày 31/12/2025',
    title: { vi: 'Tuổi', en: 'Age' },
    test: { type: 'age', column: 'born', at: '2025-12-31', atMost: 35 },
  },
  {
    id: 'POST',
    category: ['individual-SXKD'],
    cite: '4',
    source: 'giữ chức vụ từ 5 năm trở lên tính đến 01/06/2025',
    title: { vi: 'Thâm niên', en: 'Years in post' },
    test: { type: 'yearsInPost', column: 'appointed', at: '2025-06-01', atLeast: 5 },
  },
].map((c) => criterionSchema.parse(c));

const campaign = { ...lai, columns, criteria };
const engine = createEngine(campaign);
const judge = (spec: Parameters<typeof nominee>[0], id: string) => {
  const n = nominee({
    cells: { income: 'K7', manager: 'L7', degree: 'M7', born: 'N7', members: 'E7' },
    ...spec,
  });
  const rule = engine.judge(n).rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${id} not applied`);
  return { result: rule.result, message: renderRuleMessage(rule, 'vi', campaign, n) };
};
const money = (n: number) => n * 1_000_000;

describe('compare and cases: the threshold depends on who the nominee is', () => {
  it.each([
    ['a manager with 200 triệu', { manager: true, degree: 'Đại học', income: money(200) }, 'pass'],
    ['a manager with 180 triệu', { manager: true, degree: 'Đại học', income: money(180) }, 'fail'],
    ['a graduate with 150 triệu', { manager: false, degree: 'Thạc sĩ', income: money(150) }, 'pass'],
    ['a graduate with 120 triệu', { manager: false, degree: 'Đại học', income: money(120) }, 'fail'],
    ['anyone else with 80 triệu', { manager: false, degree: 'Cao đẳng', income: money(80) }, 'pass'],
    ['anyone else with 79 triệu', { manager: false, degree: 'Trung cấp', income: money(79) }, 'fail'],
    ['income blank', { manager: false, degree: 'Cao đẳng' }, 'unknown'],
  ] as const)('%s → %s', (_, values, expected) => {
    expect(judge({ values }, 'INCOME').result).toBe(expected);
  });

  it.each([
    ['clears every possible threshold', { degree: 'Đại học', income: money(210) }, 'pass'],
    ['clears none of them', { degree: 'Đại học', income: money(100) }, 'fail'],
    ['clears some only', { degree: 'Đại học', income: money(160) }, 'unknown'],
    ['manager blank, no degree: 80 or 200', { degree: 'Trung cấp', income: money(120) }, 'unknown'],
    ['manager and degree blank, 250 triệu', { income: money(250) }, 'pass'],
    ['manager and degree blank, 50 triệu', { income: money(50) }, 'fail'],
  ] as const)('the deciding attribute blank: %s → %s', (_, values, expected) => {
    expect(judge({ values }, 'INCOME').result).toBe(expected);
  });

  it('an open case names the cell that would tell it', () => {
    const { message } = judge({ values: { degree: 'Đại học', income: money(160) } }, 'INCOME');
    expect(message).toContain('Cán bộ quản lý: để trống');
    expect(message).toContain("Điền cột 'Cán bộ quản lý' (Cá nhân!L7)");
    expect(message).toContain('160.000.000 đồng');
  });

  it('reads its constants as the column reads cells and refuses one it cannot read', () => {
    const bad = criterionSchema.parse({
      ...criteria[0],
      test: { type: 'compare', column: 'income', op: 'atLeast', value: 'nhiều' },
    });
    const broken = createEngine({ ...campaign, criteria: [bad] });
    expect(() => broken.judge(nominee({ values: { income: 1 } }))).toThrow(/income: "nhiều"/);
  });
});

describe('share of a collective’s members', () => {
  const collective = { kind: 'collective', sheet: 'Tập thể' } as const;
  it.each([
    [{ members: 20, members_ldtt: 14 }, 'pass'],
    [{ members: 20, members_ldtt: 13 }, 'fail'],
    [{ members: 0, members_ldtt: 0 }, 'fail'],
    [{ members: 20 }, 'unknown'],
  ] as const)('%o → %s', (values, expected) => {
    expect(judge({ ...collective, values }, 'SHARE').result).toBe(expected);
  });

  it('says the share and, when open, which count to fill', () => {
    expect(judge({ ...collective, values: { members: 20, members_ldtt: 13 } }, 'SHARE').message).toBe(
      'Tỷ lệ: 13 trên 20 = 65% (cần 70%)',
    );
    expect(judge({ ...collective, values: { members: 20 } }, 'SHARE').message).toBe(
      "Tỷ lệ: Số đạt LĐTT: để trống. Điền cột 'Số đạt LĐTT'.",
    );
  });
});

describe('a strict share: "trên 50%" is more than half, not half', () => {
  const collective = { kind: 'collective', sheet: 'Tập thể' } as const;
  it.each([
    [{ members: 20, members_ldtt: 11 }, 'pass'],
    [{ members: 20, members_ldtt: 10 }, 'fail'],
    [{ members: 3, members_ldtt: 2 }, 'pass'],
    [{ members_ldtt: 10 }, 'unknown'],
  ] as const)('%o → %s', (values, expected) => {
    expect(judge({ ...collective, values }, 'OVER-HALF').result).toBe(expected);
  });

  it('says "trên" in the requirement, and the rules describe it so', () => {
    expect(judge({ ...collective, values: { members: 20, members_ldtt: 10 } }, 'OVER-HALF').message).toBe(
      '10 trên 20 = 50% (cần trên 50%)',
    );
  });
});

describe('age and years in post on a given day', () => {
  const sxkd = { block: 'SXKD' } as const;
  it.each([
    ['born 01/01/1991: 34', { born: '1991-01-01' }, 'pass'],
    ['born 31/12/1990: 35 on the day', { born: '1990-12-31' }, 'pass'],
    ['born 30/12/1989: 36', { born: '1989-12-30' }, 'fail'],
    ['born 12/1990, a month only: 35', { born: '1990-12' }, 'pass'],
    ['birth date blank', {}, 'unknown'],
  ] as const)('age: %s → %s', (_, values, expected) => {
    expect(judge({ ...sxkd, values }, 'AGE').result).toBe(expected);
  });

  it.each([
    ['appointed 01/06/2020: 5 years', { appointed: '2020-06-01' }, 'pass'],
    ['appointed 02/06/2020: 4 years', { appointed: '2020-06-02' }, 'fail'],
    ['appointed 06/2020, day unknown', { appointed: '2020-06' }, 'unknown'],
    ['appointed 05/2020', { appointed: '2020-05' }, 'pass'],
    ['blank', {}, 'unknown'],
  ] as const)('years in post: %s → %s', (_, values, expected) => {
    expect(judge({ ...sxkd, values }, 'POST').result).toBe(expected);
  });
});
