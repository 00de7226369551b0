import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/layout.js';
import { renderText } from '../../src/report/text.js';
import { sampleResult } from './sample.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI colour codes
const ANSI = /\u001b\[/;

describe('renderText', () => {
  const vi = renderText(sampleResult(), { lang: 'vi', color: false, width: 80 });
  const section = (text: string, from: string, to: string) =>
    text.slice(text.indexOf(from), text.indexOf(to));

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
    const nominees = section(vi, '2. ', '3. ');
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
    const list = section(vi, '2. ', '3. ');
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
    const findings = section(vi, '3. ', 'TỔNG KẾT');
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
