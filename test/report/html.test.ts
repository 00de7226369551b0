import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { escapeHtml, renderHtml } from '../../src/report/html.js';
import { campaign, checkRows, HYPERLINK, SCRIPT } from './input.js';
import { collectivesOnlyResult, sampleResult } from './sample.js';

let result: CheckResult;
let html: string;
beforeAll(async () => {
  ({ result } = await checkRows());
  html = renderHtml(result, 'vi');
});

describe('renderHtml', () => {
  it('is one page in the chosen language, sized for a phone', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(renderHtml(result, 'en')).toContain('<html lang="en">');
  });

  it('needs no network: inline style and script only, and a policy that forbids any request', () => {
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\ssrc=|\shref=|@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('escapes every text from the input', () => {
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain(escapeHtml(SCRIPT));
    expect(html).toContain(escapeHtml(HYPERLINK));
  });

  it('draws allocated, nominated and eligible for every unit in an inline SVG', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg.match(/class="bar allocated"/g)).toHaveLength(campaign.allocations.length);
    expect(svg.match(/class="bar nominated"/g)).toHaveLength(campaign.allocations.length);
    expect(svg.match(/class="bar eligible"/g)).toHaveLength(campaign.allocations.length);
    expect(svg).toContain('<title>Đề nghị: 3</title>'); // Phong Thổ nominated 3
  });

  it('lists every nominee with its verdict and reasons, with a text filter', () => {
    const body = html.slice(
      html.indexOf('<table id="nominees">'),
      html.indexOf('</table>', html.indexOf('<table id="nominees">')),
    );
    expect(body.match(/<tr class="v-/g)).toHaveLength(result.judgements.length);
    expect(body).toContain('<span class="badge review">Cần xem xét</span>');
    expect(body).toMatch(/<li class="r-fail">CN-HCSN-1 /);
    expect(html).toContain('<input id="filter" type="search"');
    expect(html).toContain("document.querySelectorAll('#nominees tbody tr')");
  });

  it('lists the findings', () => {
    expect(html).toMatch(/<tr class="f-warning"><td>Cảnh báo<\/td><td><code>W-CODE-UNKNOWN<\/code>/);
  });

  it('gives the same page for the same input', () => {
    expect(renderHtml(result, 'vi')).toBe(html);
  });
});

describe('the composition of individuals, for the hand-built sample', () => {
  const sample = sampleResult();
  const table = (page: string) =>
    page.slice(
      page.indexOf('<table class="composition">'),
      page.indexOf('</table>', page.indexOf('<table class="composition">')),
    );
  const rows = (page: string) => table(page).match(/<tr[ >].*<\/tr>/g) ?? [];
  /** A row's cells as text: tags dropped, spaces between a cell's parts. */
  const cells = (row: string) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) =>
      (m[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );

  it('follows the quota, a row per unit with individuals and the total, with the right numbers', () => {
    const page = renderHtml(sample, 'vi');
    expect(page.indexOf('<table class="composition">')).toBeGreaterThan(
      page.indexOf('<table class="quota">'),
    );
    expect(page.indexOf('<table class="composition">')).toBeLessThan(page.indexOf('<table id="nominees">'));
    expect(page).toContain(
      '<h2>Thành phần cá nhân được đề nghị (để tham khảo, không ảnh hưởng kết quả)</h2>',
    );
    // by hand from sample.ts: Lò Thị Mai in Phong Thổ, once though her row is repeated (woman,
    // Thái, leader, direct worker blank), Lò Văn Pao in Nậm Nhùn (man, Thái, leader), Giàng A Páo
    // in no unit of the table (woman, Thái, leader and direct worker blank)
    expect(rows(page).map(cells)).toEqual([
      [
        'Đơn vị',
        'Số cá nhân',
        'Nữ',
        'Dân tộc thiểu số',
        'Không phải lãnh đạo',
        'Công nhân trực tiếp sản xuất',
      ],
      ['LĐLĐ huyện Phong Thổ', '1', '1 100%', '1 100%', '0 0%', '0 0% 1 để trống'],
      ['LĐLĐ huyện Nậm Nhùn', '1', '0 0%', '1 100%', '0 0%', '0 0% 1 để trống'],
      ['Tổng', '3', '2 67%', '3 100%', '0 0% 1 để trống', '0 0% 3 để trống'],
    ]);
    expect(rows(page).at(-1)).toMatch(/^<tr class="total">/);
    expect(page).toContain(
      '<p class="note">Tổng gồm cả 1 cá nhân của đơn vị không có trong bảng phân bổ.</p>',
    );
  });

  it('speaks English with --lang en', () => {
    const page = renderHtml(sample, 'en');
    expect(rows(page).map(cells).at(0)).toEqual([
      'Unit',
      'Individuals',
      'Women',
      'Ethnic minorities',
      'Non-leaders',
      'Direct production workers',
    ]);
    expect(rows(page).map(cells).at(-1)).toEqual([
      'Total',
      '3',
      '2 67%',
      '3 100%',
      '0 0% 1 blank',
      '0 0% 3 blank',
    ]);
  });

  it('is left out when no individual was nominated', () => {
    const page = renderHtml(collectivesOnlyResult(), 'vi');
    expect(page).toContain('<table class="quota">');
    expect(page).not.toContain('class="composition"');
  });

  it("escapes a unit's name from the campaign", () => {
    const units = sample.campaign.units.map((u) => (u.id === 'phong-tho' ? { ...u, name: SCRIPT } : u));
    const page = renderHtml({ ...sample, campaign: { ...sample.campaign, units } }, 'vi');
    expect(table(page)).toContain(`<th scope="row">${escapeHtml(SCRIPT)}</th>`);
    expect(page).not.toContain(SCRIPT);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('renderHtml: both readings, units and repeats, for the hand-built sample', () => {
  const page = renderHtml(sampleResult(), 'vi');
  const quota = page.slice(
    page.indexOf('<table class="quota">'),
    page.indexOf('</table>', page.indexOf('<table class="quota">')),
  );

  it('reads the quota both ways: green only where eligible nominees fill the seats', () => {
    expect(quota).toContain('<th scope="col">Theo đề nghị</th><th scope="col">Theo người đạt</th>');
    expect(quota).toContain(
      '<td class="s-over">Vượt +1</td><td class="seats-none">Không phân bổ, không phải rút ai</td>',
    );
    expect(quota).toContain(
      '<td class="s-under">Còn 3</td><td class="seats-under">Trống 3 chỗ<span class="mark">1 dòng lặp lại đề nghị đã có, không tính lại</span></td>',
    );
    // the school nominated for Phong Thổ's collective seats is still to review: nothing green
    expect(quota).not.toContain('seats-full');
  });

  it('names units by the plan, with what the file said, and marks the repeated row', () => {
    expect(page).toContain(
      '<td>LĐLĐ huyện Nậm Nhùn<span class="mark">tệp ghi &quot;Nậm Nhùn&quot;</span></td>',
    );
    expect(page).toContain(
      '<span class="mark">Lặp lại đề nghị ở phong-tho.xlsx › Cá nhân!B7, không tính lại</span>',
    );
  });
});
