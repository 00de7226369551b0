import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/evaluate.js';
import { renderRuleMessage } from '../../src/engine/render.js';
import { campaign, everyYear, type NomineeSpec, nominee } from '../helpers/nominee.js';

const engine = createEngine(campaign);
const message = (spec: NomineeSpec, id: string, lang: 'vi' | 'en' = 'vi') => {
  const rule = engine.judge(nominee(spec)).rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${id} not applied`);
  return renderRuleMessage(rule, lang, campaign);
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
    expect(message({ ...collective, years }, 'TT-HCSN-2')).toBe('HTXSNV 1 năm (2017), cần 2, chưa xét 2020');
  });

  it('names the distinction that counted, and those without a year or outside the period', () => {
    expect(message({ ...collective, awards: ['BK-UBND:2019'] }, 'TT-HCSN-3')).toBe('BK-UBND:2019');
    const text = message({ ...collective, awards: ['HC', 'BK-BO:2014'] }, 'TT-HCSN-3', 'en');
    expect(text).toContain('none of BK-BO, BK-UBND, BK-TLĐ, BK-TTCP, HC (2016–2020)');
    expect(text).toContain('HC without a year');
    expect(text).toContain('BK-BO:2014 outside the period');
  });

  it('says which yes/no column is blank', () => {
    expect(message({ ...collective }, 'TT-HCSN-4')).toBe('XN mô hình, cách làm hay: để trống');
  });

  it('explains a closed path B by the leader column', () => {
    const spec: NomineeSpec = { flags: { leader: true }, years: everyYear('LĐTT') };
    const text = message(spec, 'CN-HCSN-1');
    expect(text).toContain('chỉ khi Lãnh đạo từ cấp phòng trở lên = Không');
    expect(text).toContain(' hoặc ');
    expect(text).toMatch(/^\[Cách 1: .*\] hoặc \[Cách 2: chỉ khi/);
  });

  it('a passing "any" names only the path that passed', () => {
    const spec: NomineeSpec = { years: { 2016: 'HTXSNV', 2019: 'HTXSNV' }, initiatives: ['SK-T:2019'] };
    expect(message(spec, 'CN-HCSN-1')).toBe('Cách 1: HTXSNV 2 năm (2016, 2019), cần 2; SK-T:2019');
  });
});
