import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/evaluate.js';
import { renderRuleMessage } from '../../src/engine/render.js';
import { campaign, everyYear, type NomineeSpec, nominee } from '../helpers/nominee.js';

const engine = createEngine(campaign);
const message = (spec: NomineeSpec, id: string, lang: 'vi' | 'en' = 'vi') => {
  const n = nominee(spec);
  const rule = engine.judge(n).rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${id} not applied`);
  return renderRuleMessage(rule, lang, campaign, n);
};
const collective: NomineeSpec = { kind: 'collective', block: 'HCSN' };

describe('rule messages name their evidence', () => {
  it('counts the years and names the missing one', () => {
    const years = { ...everyYear('TTLĐTT'), 2018: '' };
    expect(message({ ...collective, years }, 'TT-HCSN-1')).toBe('TTLĐTT 4/5 năm, thiếu 2018');
    expect(message({ ...collective, years }, 'TT-HCSN-1', 'en')).toBe('TTLĐTT 4/5 years, missing 2018');
  });

  it('names the years not yet assessed', () => {
    const years = { 2017: 'HTXSNV', 2020: '?' };
    expect(message({ ...collective, years }, 'TT-HCSN-2')).toBe(
      'HTXSNV 1 năm (2017), cần 2, chưa xét 2020. Chờ kết quả năm 2020.',
    );
  });

  it('names the distinction that counted, and those without a year or outside the period', () => {
    expect(message({ ...collective, awards: ['BK-UBND:2019'] }, 'TT-HCSN-3')).toBe('BK-UBND:2019');
    const text = message({ ...collective, awards: ['HC', 'BK-BO:2014'] }, 'TT-HCSN-3', 'en');
    expect(text).toContain('none of BK-BO, BK-UBND, BK-TLĐ, BK-TTCP, HC (2016–2020)');
    expect(text).toContain('HC without a year');
    expect(text).toContain('BK-BO:2014 outside the period');
  });

  it('says which yes/no column is blank', () => {
    expect(message({ ...collective, cells: { attest_model: 'L15' } }, 'TT-HCSN-4')).toBe(
      "XN mô hình, cách làm hay: để trống. Điền cột 'XN mô hình, cách làm hay' (Cá nhân!L15).",
    );
  });

  it('explains a closed way 2 by the leader column, each way a sentence, with no brackets', () => {
    const spec: NomineeSpec = { flags: { leader: true }, years: everyYear('LĐTT') };
    const text = message(spec, 'CN-HCSN-1');
    expect(text).toMatch(
      /^Cách 1: .*\. Cách 2: chỉ áp dụng khi Lãnh đạo từ cấp phòng trở lên = Không, không phải trường hợp này\.$/,
    );
    expect(text).not.toMatch(/[[\]]/);
  });

  it('a passing "any" names only the path that passed', () => {
    const spec: NomineeSpec = { years: { 2016: 'HTXSNV', 2019: 'HTXSNV' }, initiatives: ['SK-T:2019'] };
    expect(message(spec, 'CN-HCSN-1')).toBe('Cách 1: HTXSNV 2 năm (2016, 2019), cần 2; SK-T:2019');
  });
});

describe('an open rule says what would decide it', () => {
  const person = (spec: NomineeSpec): NomineeSpec => ({
    sheet: 'Cá nhân',
    cells: { leader: 'J20', attest_conduct: 'T20', awards: 'P20', initiatives: 'Q20' },
    ...spec,
  });

  it("names the blank cell to fill, at the nominee's own cell", () => {
    const spec = person({
      flags: { leader: null },
      years: everyYear('LĐTT HTXSNV'),
      awards: ['BK-UBND:2018'],
    });
    expect(message(spec, 'CN-HCSN-1')).toBe(
      "Cách 2: Lãnh đạo từ cấp phòng trở lên: để trống. Điền cột 'Lãnh đạo từ cấp phòng trở lên' (Cá nhân!J20).",
    );
    expect(message(spec, 'CN-HCSN-1', 'en')).toBe(
      "Path 2: leader (head of division or above): blank. Fill in column 'leader (head of division or above)' (Cá nhân!J20).",
    );
  });

  it('names the years to wait for, once, and leaves out the parts that passed or can no longer help', () => {
    const years = { ...everyYear('LĐTT'), 2019: 'LĐTT HTXSNV', 2020: '?' };
    const text = message(person({ flags: { leader: false }, years, awards: ['BK-UBND:2018'] }), 'CN-HCSN-1');
    expect(text).toBe('Cách 2: LĐTT 4/5 năm, chưa xét 2020. Chờ kết quả năm 2020.');
    expect(text).not.toContain('Cách 1');
    expect(text).not.toContain('BK-UBND');
  });

  it('asks for the year of a distinction given without one', () => {
    const text = message(
      person({ flags: { leader: true }, years: everyYear('HTXSNV'), awards: ['HC'] }),
      'CN-HCSN-1',
    );
    expect(text).toBe(
      "Cách 1: không có SK-T, BLĐST, BK-TTCP, HC (2016–2020); HC chưa ghi năm. Ghi năm của HC ở cột 'Khen thưởng' (Cá nhân!P20).",
    );
  });

  it('gathers several steps into one sentence, years last', () => {
    const years = { ...everyYear('HTTNV'), 2019: '?', 2020: '?' };
    const spec = person({ block: 'SXKD', years: { ...years, 2016: '', 2017: '', 2018: 'HTTNV' } });
    expect(message(spec, 'CN-SXKD-1')).toBe(
      'HTTNV 1 năm (2018), cần 2, chưa xét 2019, 2020. Chờ kết quả năm 2019 và 2020.',
    );
    expect(message(spec, 'CN-SXKD-1', 'en')).toBe(
      'HTTNV 1 year (2018), needed 2, not yet assessed 2019, 2020. Wait for the 2019 and 2020 results.',
    );
  });

  it('a failed or passed rule names no step', () => {
    expect(message(person({ flags: { attest_conduct: false } }), 'CN-HCSN-2')).toBe(
      'XN phẩm chất chính trị: Không',
    );
    expect(message(person({ flags: { attest_conduct: true } }), 'CN-HCSN-2')).toBe(
      'XN phẩm chất chính trị: Có',
    );
  });
});
