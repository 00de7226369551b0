import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { reportDate } from '../../src/report/date.js';
import { inline, renderMarkdown } from '../../src/report/markdown.js';
import { checkRows, SCHOOL } from './input.js';
import { collectivesOnlyResult, sampleResult } from './sample.js';

let result: CheckResult;
let md: string;
beforeAll(async () => {
  ({ result } = await checkRows());
  md = renderMarkdown(result, 'vi');
});

/** The lines of the section under a `## ` heading that starts with `title`. */
function section(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${title}`));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('renderMarkdown', () => {
  it('has a quota table for each unit that nominated, the others named in one line', () => {
    const quota = section(md, 'Số lượng theo đơn vị');
    expect(quota.filter((l) => l.startsWith('### '))).toEqual([
      '### LĐLĐ huyện Phong Thổ',
      '### LĐLĐ huyện Tam Đường',
    ]);
    // both readings: two of four seats nominated, one eligible so three seats still empty
    expect(quota).toContain('| Cá nhân HCSN | 4 | 2 | 1 | 0 | Còn 2 | Trống 3 chỗ |');
    expect(quota).toContain(
      '| Đối tượng | Phân bổ | Đề nghị | Đạt | Xem xét | Theo đề nghị | Theo người đạt |',
    );
    expect(quota.find((l) => l.startsWith('Chưa có đề nghị:'))).toContain('Công đoàn viên chức');
  });

  it('lists the nominees that are not eligible, with their reasons', () => {
    const list = section(md, 'Đề nghị chưa đạt');
    expect(list[0]).toBe('## Đề nghị chưa đạt hoặc cần xem xét (3)');
    const rows = list.filter((l) => l.startsWith('| ') && !l.startsWith('| Tên') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(3);
    const mai = rows.find((l) => l.startsWith('| Lò Thị Mai |'));
    expect(mai).toMatch(/CN-HCSN-1 .*<br>CN-HCSN-2 /);
  });

  it('keeps every row a table row: a `|` in a name is escaped, HTML is not live', () => {
    expect(md).toContain(`| ${SCHOOL.replace('|', '\\|')} |`);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    const list = section(md, 'Đề nghị chưa đạt').filter((l) => l.startsWith('| '));
    for (const line of list) expect(line.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('lists findings with their positions, leaving out Q-UNDER (the unit tables show it)', () => {
    const findings = section(md, 'Vấn đề trong hồ sơ');
    expect(findings.some((l) => l.includes('W-CODE-UNKNOWN') && l.includes('nominees.csv › I5'))).toBe(true);
    expect(md).not.toContain('Q-UNDER');
  });

  it('speaks English with --lang en', () => {
    const en = renderMarkdown(result, 'en');
    expect(en).toContain('## Quota by unit');
    expect(en).toContain('| Individual HCSN | 4 | 2 | 1 | 0 | 2 left |');
  });
});

describe('the composition of individuals, for the hand-built sample', () => {
  const vi = renderMarkdown(sampleResult(), 'vi');
  const en = renderMarkdown(sampleResult(), 'en');
  const body = (text: string, title: string) =>
    section(text, title).filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));

  it('sits between the quota and the nominees, a row per unit with individuals and the total', () => {
    const headings = vi.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## Số lượng theo đơn vị');
    expect(headings[1]).toBe('## Thành phần cá nhân được đề nghị (để tham khảo, không ảnh hưởng kết quả)');
    expect(headings[2]).toMatch(/^## Danh sách đạt tiêu chuẩn/);
    expect(headings[3]).toMatch(/^## Đề nghị chưa đạt/);
    // by hand from sample.ts: Lò Thị Mai in Phong Thổ, once though her row is repeated (woman,
    // Thái, leader, direct worker blank), Lò Văn Pao in Nậm Nhùn (man, Thái, leader), Giàng A Páo
    // in no unit of the table (woman, Thái, leader and direct worker blank)
    expect(body(vi, 'Thành phần')).toEqual([
      '| Đơn vị | Số cá nhân | Nữ | Dân tộc thiểu số | Không phải lãnh đạo | Công nhân trực tiếp sản xuất |',
      '| LĐLĐ huyện Phong Thổ | 1 | 1 (100%) | 1 (100%) | 0 (0%) | 0 (0%, 1 để trống) |',
      '| LĐLĐ huyện Nậm Nhùn | 1 | 0 (0%) | 1 (100%) | 0 (0%) | 0 (0%, 1 để trống) |',
      '| **Tổng** | **3** | **2 (67%)** | **3 (100%)** | **0 (0%, 1 để trống)** | **0 (0%, 3 để trống)** |',
    ]);
    expect(section(vi, 'Thành phần')).toContain(
      'Tổng gồm cả 1 cá nhân của đơn vị không có trong bảng phân bổ.',
    );
  });

  it('speaks English with --lang en', () => {
    expect(body(en, 'Who the individuals')).toEqual([
      '| Unit | Individuals | Women | Ethnic minorities | Non-leaders | Direct production workers |',
      '| LĐLĐ huyện Phong Thổ | 1 | 1 (100%) | 1 (100%) | 0 (0%) | 0 (0%, 1 blank) |',
      '| LĐLĐ huyện Nậm Nhùn | 1 | 0 (0%) | 1 (100%) | 0 (0%) | 0 (0%, 1 blank) |',
      '| **Total** | **3** | **2 (67%)** | **3 (100%)** | **0 (0%, 1 blank)** | **0 (0%, 3 blank)** |',
    ]);
  });

  it('is left out when no individual was nominated', () => {
    const text = renderMarkdown(collectivesOnlyResult(), 'vi');
    expect(text).toContain('## Số lượng theo đơn vị');
    expect(text).not.toContain('Thành phần');
  });
});

describe('inline', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['line\nbreak', 'line break'],
    ['Lò Thị Mai', 'Lò Thị Mai'],
  ])('%j → %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });
});

describe('renderMarkdown: both readings, units and repeats, for the hand-built sample', () => {
  const vi = renderMarkdown(sampleResult(), 'vi');

  it('reads the quota both ways, says what to drop and counts the repeated row apart', () => {
    const quota = section(vi, 'Số lượng theo đơn vị');
    // Nậm Nhùn has no SXKD seat and one ineligible nominee: over, yet nobody to drop
    expect(quota).toContain(
      '| Cá nhân SXKD | 0 | 1 | 0 | 0 | **Vượt +1** | Không phân bổ, không phải rút ai |',
    );
    expect(quota).toContain('- Cá nhân SXKD: Không phải rút ai: không có ai đạt.');
    // Lò Thị Mai twice in Phong Thổ: counted once
    expect(quota).toContain('| Cá nhân HCSN | 4 | 1 | 1 | 0 | Còn 3 | Trống 3 chỗ |');
    expect(quota).toContain('- Cá nhân HCSN: 1 dòng lặp lại đề nghị đã có, không tính lại.');
  });

  it('names units by the plan, with what the file said, and tallies the repeat apart', () => {
    expect(vi).toContain('| Lò Văn Pao | Cá nhân SXKD | LĐLĐ huyện Nậm Nhùn (tệp ghi "Nậm Nhùn") |');
    expect(vi).toContain('**4 đề nghị (5 dòng, 1 dòng lặp lại không tính lại): 1 đạt,');
  });
});

describe('renderMarkdown: the date, the totals and who may go', () => {
  const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' }); // 5 February 2026
  const vi = renderMarkdown(sampleResult(), 'vi', { date });
  const lines = vi.split('\n');

  it('says on which day it was made, on the line under the source', () => {
    expect(lines[2]).toBe('Kế hoạch 154/KH-LĐLĐ · giai đoạn 2016–2020 · phong-tho.xlsx · tong-hop.xlsx  ');
    expect(lines[3]).toBe('Ngày lập báo cáo: 05/02/2026');
  });

  it("puts the province's totals and the plan's stated totals under the quota, in bold, not as headings", () => {
    const quota = section(vi, 'Số lượng theo đơn vị');
    const at = quota.indexOf('**Tổng cộng**');
    expect(at).toBeGreaterThan(0);
    // by hand from sample.ts, as in the text report's test
    expect(quota.slice(at + 2, at + 9)).toEqual([
      '| Đối tượng | Phân bổ | Đề nghị | Đạt | Xem xét |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Tập thể HCSN | 19 | 1 | 0 | 1 |',
      '| Tập thể SXKD | 11 | 0 | 0 | 0 |',
      '| Cá nhân HCSN | 56 | 1 | 1 | 0 |',
      '| Cá nhân SXKD | 26 | 1 | 0 | 0 |',
      '| **Tất cả** | **112** | **3** | **1** | **1** |',
    ]);
    expect(quota).toContain('**Số liệu Kế hoạch 154/KH-LĐLĐ ghi (mục V.3) và bảng phân bổ cộng lại**');
    expect(quota).toContain('| Tập thể | 32 | 30 | **-2** |');
    expect(quota).toContain('| Tổng số | 112 | 112 | 0 |');
  });

  it('lists the eligible nominees by unit and category, numbered, with birth year and row', () => {
    const list = section(vi, 'Danh sách đạt tiêu chuẩn');
    expect(list[0]).toBe('## Danh sách đạt tiêu chuẩn (1)');
    expect(list).toContain('### LĐLĐ huyện Phong Thổ (1)');
    expect(list).toContain('**Cá nhân HCSN** (1)');
    expect(list).toContain('| TT | Họ và tên / Tên tập thể | Năm sinh | Chức vụ, đơn vị công tác | Vị trí |');
    expect(list).toContain('| 1 | Lò Thị Mai | 1985 |  | phong-tho.xlsx › Cá nhân\\!B7 |');
    expect(list.join('\n')).not.toContain('Lò Văn Pao');
    // her repeated row is the same nomination
    expect(list.join('\n')).not.toContain('tong-hop.xlsx');
  });
});
