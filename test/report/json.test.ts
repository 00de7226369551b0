import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { CONTRACT_ORDER, outputSchema } from './output-schema.js';
import { sampleResult } from './sample.js';

const parse = (text: string) => outputSchema.parse(JSON.parse(text));

describe('renderJson', () => {
  const text = renderJson(sampleResult(), 'vi');
  const raw = JSON.parse(text);

  it('follows the OUTPUT.md contract', () => {
    const doc = parse(text);
    expect(doc.campaign).toBe('lai-chau-2020');
    // Lò Thị Mai's second row repeats her nomination under the same unit and category: one row
    // more, no eligible nominee more (DOMAIN.md §5)
    expect(doc.summary).toEqual({
      nominees: 5,
      eligible: 1,
      ineligible: 2,
      review: 1,
      errors: 3,
      warnings: 1,
    });
    expect(raw.summary).toMatchObject({ repeats: 1 });
  });

  it('marks the repeated row with the first one, names units by the plan and keeps the rest null', () => {
    expect(raw.nominees.map((n: { repeatOf: unknown }) => n.repeatOf)).toEqual([
      null,
      null,
      null,
      { file: 'phong-tho.xlsx', sheet: 'Cá nhân', row: 7, cell: 'B7' },
      null,
    ]);
    expect(raw.nominees.map((n: { unitName: unknown }) => n.unitName)).toEqual([
      'LĐLĐ huyện Phong Thổ',
      'LĐLĐ huyện Phong Thổ',
      'LĐLĐ huyện Nậm Nhùn',
      'LĐLĐ huyện Phong Thổ',
      null,
    ]);
  });

  it('keeps contract fields first and in the contract order', () => {
    const starts = (o: object, keys: readonly string[]) =>
      expect(Object.keys(o).slice(0, keys.length)).toEqual(keys);
    // at the top, `composition` sits beside the quota it qualifies; the contract's keys keep their order
    expect(Object.keys(raw).filter((k) => (CONTRACT_ORDER.top as readonly string[]).includes(k))).toEqual(
      CONTRACT_ORDER.top,
    );
    expect(Object.keys(raw).indexOf('composition')).toBe(Object.keys(raw).indexOf('quota') + 1);
    for (const n of raw.nominees) {
      starts(n, CONTRACT_ORDER.nominee);
      for (const r of n.rules) starts(r, CONTRACT_ORDER.rule);
    }
    for (const q of raw.quota) starts(q, CONTRACT_ORDER.quota);
    for (const f of raw.findings) starts(f, CONTRACT_ORDER.finding);
    starts(raw.summary, CONTRACT_ORDER.summary);
  });

  it('lists nominees in input order with their verdicts', () => {
    const doc = parse(text);
    expect(doc.nominees.map((n) => [n.file, n.sheet, n.row, n.name, n.unit, n.verdict])).toEqual([
      ['phong-tho.xlsx', 'Tập thể', 7, 'Trường PTDTBT Tiểu học Sì Lở Lầu', 'phong-tho', 'review'],
      ['phong-tho.xlsx', 'Cá nhân', 7, 'Lò Thị Mai', 'phong-tho', 'eligible'],
      ['phong-tho.xlsx', 'Cá nhân', 8, 'Lò Văn Pao', 'nam-nhun', 'ineligible'],
      ['tong-hop.xlsx', 'Cá nhân', 12, 'Lò Thị Mai', 'phong-tho', 'eligible'],
      ['tong-hop.xlsx', 'Cá nhân', 13, 'Giàng A Páo', null, 'ineligible'],
    ]);
  });

  it('lists every rule that applies, with its evidence in the chosen language', () => {
    const school = parse(text).nominees[0];
    expect(school?.rules.map((r) => r.id)).toEqual([
      'TT-HCSN-1',
      'TT-HCSN-2',
      'TT-HCSN-3',
      'TT-HCSN-4',
      'TT-HCSN-5',
      'TT-HCSN-6',
      'TT-HCSN-7',
    ]);
    expect(school?.rules[0]).toMatchObject({ result: 'unknown' });
    expect(school?.rules[0]?.message).toContain('chưa xét 2020');
    const english = parse(renderJson(sampleResult(), 'en')).nominees[0];
    expect(english?.rules[0]?.message).toContain('not yet assessed 2020');
  });

  it('renders findings in the chosen language, positioned, in input order; quota findings last', () => {
    const doc = parse(text);
    const positioned = doc.findings.filter((f) => f.file !== null);
    expect(positioned.map((f) => [f.code, f.file, f.sheet, f.row])).toEqual([
      ['W-CODE-UNKNOWN', 'phong-tho.xlsx', 'Cá nhân', 8],
      ['D-DUP', 'tong-hop.xlsx', 'Cá nhân', 12],
      ['Q-UNIT', 'tong-hop.xlsx', 'Cá nhân', 13],
    ]);
    expect(doc.findings.slice(0, 3).map((f) => f.code)).toEqual(['W-CODE-UNKNOWN', 'D-DUP', 'Q-UNIT']);
    expect(doc.findings[1]?.message).toBe('"Lò Thị Mai" đã được đề nghị ở phong-tho.xlsx › Cá nhân!B7');
    expect(raw.findings[1].cell).toBe('C12');
    const over = doc.findings.find((f) => f.code === 'Q-OVER');
    expect(over?.message).toBe(
      'LĐLĐ huyện Nậm Nhùn, Cá nhân SXKD: đề nghị 1, phân bổ 0. Không phải rút ai: không có ai đạt.',
    );
    expect(over).toMatchObject({ file: null, sheet: null, row: null, column: null });
  });

  it('gives 44 quota entries for the default campaign, Nậm Nhùn over', () => {
    const doc = parse(text);
    expect(doc.quota).toHaveLength(44);
    expect(doc.quota.find((q) => q.unit === 'nam-nhun' && q.category === 'individual-SXKD')).toEqual({
      unit: 'nam-nhun',
      category: 'individual-SXKD',
      allocated: 0,
      nominated: 1,
      eligible: 0,
      status: 'over',
    });
    expect(
      raw.quota.find(
        (q: { unit: string; category: string }) => q.unit === 'phong-tho' && q.category === 'individual-HCSN',
      ),
    ).toMatchObject({
      nominated: 1,
      eligible: 1,
      status: 'under',
      eligibleStatus: 'under',
      repeats: 1,
    });
    expect(
      raw.quota.find(
        (q: { unit: string; category: string }) => q.unit === 'phong-tho' && q.category === 'collective-HCSN',
      ),
    ).toMatchObject({ nominated: 1, review: 1, status: 'under' });
  });

  it('adds the composition of individuals per unit and in total, blanks counted apart', () => {
    // by hand from sample.ts: three individuals (Lò Thị Mai's repeated row is her once), two women
    // (the unmatched one included), all Thái, two leaders and one whose leader cell is blank
    const total = raw.composition.at(-1);
    expect(total).toEqual({
      unit: null,
      individuals: 3,
      women: { count: 2, share: 0.667, unknown: 0 },
      ethnicMinorities: { count: 3, share: 1, unknown: 0 },
      nonLeaders: { count: 0, share: 0, unknown: 1 },
      directWorkers: { count: 0, share: 0, unknown: 3 },
    });
    const phongTho = raw.composition.find((g: { unit: string | null }) => g.unit === 'phong-tho');
    expect(phongTho).toMatchObject({ individuals: 1, women: { count: 1, share: 1 } });
    // one group per unit of the campaign, then the total
    expect(raw.composition).toHaveLength(sampleResult().campaign.units.length + 1);
  });

  it('is the same bytes every time: 2-space indent, trailing newline, no paths or times', () => {
    expect(renderJson(sampleResult(), 'vi')).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "campaign": "lai-chau-2020",');
    expect(text).not.toContain(process.cwd());
  });
});
