import { describe, expect, it } from 'vitest';
import { reportDate } from '../../src/report/date.js';
import { displayWidth } from '../../src/report/layout.js';
import { renderText } from '../../src/report/text.js';
import { sampleResult } from './sample.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI colour codes
const ANSI = /\u001b\[/;

const section = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

describe('renderText', () => {
  const vi = renderText(sampleResult(), { lang: 'vi', color: false, width: 80 });

  it('fits an 80-column terminal, measured in composed code points', () => {
    for (const line of vi.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const wide = renderText(sampleResult(), { lang: 'vi', color: false, width: 100 });
    for (const line of wide.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
  });

  it('is plain without colour and coloured with it, over quota in red', () => {
    expect(vi).not.toMatch(ANSI);
    const coloured = renderText(sampleResult(), { lang: 'vi', color: true, width: 80 });
    expect(coloured).toMatch(ANSI);
    const overRow = coloured.split('\n').find((l) => l.includes('vượt +1'));
    expect(overRow).toContain('\u001b[31m');
  });

  it('gives each status mark its word in a legend before the nominees', () => {
    const nominees = section(vi, '3. ', '4. ');
    expect(nominees).toContain('Ký hiệu: ✓ đạt · ✗ không đạt · ? cần xem xét');
    const en = renderText(sampleResult(), { lang: 'en', color: false, width: 80 });
    expect(en).toContain('Marks: ✓ eligible · ✗ not eligible · ? to review');
  });

  it('shows a table per unit with nominations: allocated, nominated, eligible, review', () => {
    const quota = section(vi, '1. SỐ LƯỢNG', '2. ');
    const phongTho = section(quota, 'LĐLĐ huyện Phong Thổ', 'LĐLĐ huyện Nậm Nhùn');
    expect(phongTho).toMatch(/Phân bổ +Đề nghị +Đạt +Xem xét +Theo đề nghị +Theo người đạt/);
    // every seat but one nominated, none filled yet: the seats read empty, never "đủ"
    expect(phongTho).toMatch(/Tập thể HCSN +2 +1 +0 +1 +còn 1 +trống 2 chỗ/);
    // Lò Thị Mai's second row repeats her nomination: counted once, and said so
    expect(phongTho).toMatch(
      /Cá nhân HCSN +4 +1 +1 +0 +còn 3 +trống 3 chỗ\n +1 dòng lặp lại đề nghị đã có, không tính lại\./,
    );
    const namNhun = section(quota, 'LĐLĐ huyện Nậm Nhùn', 'Chưa có');
    expect(namNhun).toMatch(/Cá nhân SXKD +0 +1 +0 +0 +vượt \+1 +không phân bổ/);
    expect(namNhun).toContain('Không phải rút ai: không có ai đạt.');
    expect(quota).toContain('Theo người đạt: số người đạt tiêu');
    // units without any nomination are named once, not given empty tables
    expect(quota).toMatch(/Chưa có đề nghị: LĐLĐ Thành phố, LĐLĐ huyện Tam Đường/);
    expect(quota).not.toMatch(/LĐLĐ Thành phố\n/);
  });

  it('shows who the individuals are, per unit with individuals and in total, blanks named', () => {
    const part = section(vi, 'Thành phần cá nhân', '2. ');
    const flat = part.replace(/\n\s+/g, ' ');
    // by hand from sample.ts: Phong Thổ has Lò Thị Mai (her repeated row is her once); the total
    // adds Lò Văn Pao and Giàng A Páo
    expect(flat).toContain('LĐLĐ huyện Phong Thổ: 1 cá nhân — nữ 1 (100%), dân tộc thiểu số 1 (100%)');
    expect(flat).toContain('Tổng: 3 cá nhân — nữ 2 (67%)');
    expect(flat).toContain('không phải lãnh đạo 0 (0%, 1 để trống)');
    expect(part).not.toContain('LĐLĐ Thành phố');
    const en = renderText(sampleResult(), { lang: 'en', color: false });
    expect(en.replace(/\n\s+/g, ' ')).toContain('Total: 3 individuals — women 2 (67%)');
  });

  it('explains each nominee that is not eligible with its failing or open rules', () => {
    const list = section(vi, '3. ', '4. ');
    expect(list).toContain('(3)');
    expect(list).toContain('? Trường PTDTBT Tiểu học Sì Lở Lầu — CẦN XEM XÉT');
    expect(list).toContain('? TT-HCSN-1 Tập thể lao động tiên tiến 5 năm liên tục');
    expect(list).toContain('TTLĐTT 4/5 năm, chưa xét 2020');
    expect(list).toContain('✗ Lò Văn Pao — KHÔNG ĐẠT');
    // the plan's name, with what the file said beside it
    expect(list.replace(/\n\s+/g, ' ')).toContain(
      'Cá nhân SXKD · LĐLĐ huyện Nậm Nhùn (tệp ghi "Nậm Nhùn") · phong-tho.xlsx › Cá nhân!B8',
    );
    expect(list).toContain('XN phẩm chất chính trị: Không');
    expect(list).toContain('"Huyện Mộc Châu" (đơn vị không có trong bảng phân bổ)');
    // rules that pass are not repeated, eligible nominees are not listed
    expect(list).not.toContain('TT-HCSN-2');
    expect(list).not.toContain('Lò Thị Mai');
  });

  it('lists findings with their position as a person finds it in Excel; Q-UNDER only in the tables', () => {
    const findings = section(vi, '4. ', 'TỔNG KẾT');
    expect(findings).toContain('CẢNH BÁO W-CODE-UNKNOWN · phong-tho.xlsx › Cá nhân!Q8 (Khen thưởng)');
    expect(findings).toContain('LỖI D-DUP · tong-hop.xlsx › Cá nhân!C12');
    expect(findings).toContain('"Lò Thị Mai" đã được đề nghị ở phong-tho.xlsx › Cá nhân!B7');
    expect(findings).toContain('LỖI Q-UNIT · tong-hop.xlsx › Cá nhân!H13');
    expect(findings).toContain('LỖI Q-OVER');
    expect(findings).not.toContain('Q-UNDER');
  });

  it('closes with the tally', () => {
    expect(vi.trimEnd().split('\n').slice(-4)).toEqual([
      'TỔNG KẾT',
      '  4 đề nghị (5 dòng, 1 dòng lặp lại không tính lại): 1 đạt, 2 không đạt, 1 cần',
      '    xem xét',
      '  3 lỗi, 1 cảnh báo',
    ]);
  });

  it('speaks English with --lang en', () => {
    const en = renderText(sampleResult(), { lang: 'en', color: false });
    expect(en).toContain('1. QUOTA BY UNIT');
    expect(en).toContain('✗ Lò Văn Pao — INELIGIBLE');
    expect(en).toContain('"Lò Thị Mai" is already nominated at phong-tho.xlsx › Cá nhân!B7');
    expect(en.replace(/\n\s+/g, ' ')).toContain(
      '4 nominees (5 rows, 1 repeated, not counted again): 1 eligible, 2 ineligible, 1 to review',
    );
    expect(en).not.toContain('KHÔNG ĐẠT');
  });
});

describe('renderText: the date, the totals and who may go', () => {
  const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' }); // 5 February 2026
  const vi = renderText(sampleResult(), { lang: 'vi', color: false, width: 80, date });
  const lines = vi.split('\n');
  const linesAfter = (heading: string, count: number) => {
    const at = lines.indexOf(heading);
    expect(at, heading).toBeGreaterThan(0);
    return lines.slice(at + 1, at + 1 + count);
  };

  it('says on which day it was made, under the source line', () => {
    expect(lines[lines.findIndex((l) => l.startsWith('Kế hoạch 154/KH-LĐLĐ')) + 1]).toBe(
      'Ngày lập báo cáo: 05/02/2026',
    );
  });

  it("adds the province's totals by category, and the plan's stated totals against its table", () => {
    // by hand from sample.ts: Phong Thổ's school (review), Lò Thị Mai (eligible, her repeated
    // row counted once), Lò Văn Pao in Nậm Nhùn's SXKD individuals; Giàng A Páo's unit is in no
    // quota. Allocations are the plan's column sums: 19, 11, 56, 26.
    expect(linesAfter('Tổng cộng', 6)).toEqual([
      '  Đối tượng     Phân bổ  Đề nghị  Đạt  Xem xét',
      '  Tập thể HCSN       19        1    0        1',
      '  Tập thể SXKD       11        0    0        0',
      '  Cá nhân HCSN       56        1    1        0',
      '  Cá nhân SXKD       26        1    0        0',
      '  Tất cả            112        3    1        1',
    ]);
    // DOMAIN.md §4: the text says 32 collectives and 80 individuals, the table 30 and 82
    expect(linesAfter('Số liệu Kế hoạch 154/KH-LĐLĐ ghi (mục V.3) và bảng phân bổ cộng lại', 4)).toEqual([
      '           Kế hoạch ghi  Bảng phân bổ cộng lại  Chênh lệch',
      '  Tổng số           112                    112           0',
      '  Tập thể            32                     30          -2',
      '  Cá nhân            80                     82          +2',
    ]);
  });

  it('lists the eligible nominees by unit and category, numbered, each once, with the row it came from', () => {
    const list = section(vi, '2. DANH SÁCH ĐẠT TIÊU CHUẨN', '3. ');
    expect(list.split('\n').slice(0, 5)).toEqual([
      '2. DANH SÁCH ĐẠT TIÊU CHUẨN (1)',
      '',
      'LĐLĐ huyện Phong Thổ (1)',
      '  Cá nhân HCSN',
      '    1. Lò Thị Mai (1985) · phong-tho.xlsx › Cá nhân!B7',
    ]);
    // her second row repeats the nomination: she goes once
    expect(list).not.toContain('tong-hop.xlsx › Cá nhân!C12');
    expect(list).not.toContain('Lò Văn Pao');
    expect(list).not.toContain('Trường PTDTBT');
  });

  it('says so when nobody is eligible, and speaks English with --lang en', () => {
    const sample = sampleResult();
    const noneEligible = {
      ...sample,
      judgements: sample.judgements.filter((j) => j.verdict !== 'eligible'),
      summary: { ...sample.summary, eligible: 0 },
    };
    const none = renderText(noneEligible, { lang: 'vi', color: false, date });
    expect(section(none, '2. DANH SÁCH', '3. ')).toContain('(0)\n\n  Chưa có đề nghị nào đạt tiêu chuẩn.');
    const en = renderText(sampleResult(), { lang: 'en', color: false, date });
    expect(en).toContain('Report date: 2026-02-05');
    expect(en).toContain('2. ELIGIBLE NOMINEES (1)');
    expect(en).toMatch(/\n {2}All +112 +3 +1 +1\n/);
  });
});
