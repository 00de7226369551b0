import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { reportDate } from '../../src/report/date.js';
import { escapeHtml, renderHtml } from '../../src/report/html.js';
import { quotaWords } from '../../src/report/quota-words.js';
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
      '<td class="s-over" data-label="Theo đề nghị">Vượt +1</td><td class="seats-none" data-label="Theo người đạt">Không phân bổ, không phải rút ai</td>',
    );
    expect(quota).toContain(
      '<td class="s-under" data-label="Theo đề nghị">Còn 3</td><td class="seats-under" data-label="Theo người đạt">Trống 3 chỗ<span class="mark">1 dòng lặp lại đề nghị đã có, không tính lại</span></td>',
    );
    // the school nominated for Phong Thổ's collective seats is still to review: nothing green
    expect(quota).not.toContain('seats-full');
  });

  it('counts nominations on the summary card as the tally does, saying the repeated row', () => {
    const result = sampleResult();
    expect(result.summary.repeats).toBe(1);
    const nominations = result.summary.nominees - result.summary.repeats;
    expect(page).toContain(
      `<div class="card c0"><b>${nominations}</b><span>Đề nghị</span><span class="mark">1 dòng lặp lại đề nghị đã có, không tính lại</span></div>`,
    );
    // the tally of the text and markdown reports says the same number
    expect(quotaWords('vi').tally(result.summary)).toBe('4 đề nghị (5 dòng, 1 dòng lặp lại không tính lại)');
    expect(nominations).toBe(4);
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

describe('renderHtml: the date, the totals, who may go, the signatures and print', () => {
  const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' }); // 5 February 2026
  const page = renderHtml(sampleResult(), 'vi', { date });
  const sectionOf = (marker: string) => {
    const at = page.indexOf(marker);
    expect(at, marker).toBeGreaterThan(0);
    return page.slice(page.lastIndexOf('<section', at), page.indexOf('</section>', at));
  };
  /** A table's rows as text cells. */
  const rows = (html: string) =>
    (html.match(/<tr[ >].*?<\/tr>/g) ?? []).map((row) =>
      [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '')),
    );

  it('says on which day it was made, in the header', () => {
    expect(page).toContain('<p class="date">Ngày lập báo cáo: 05/02/2026</p>\n</header>');
  });

  it("shows the province's totals and the plan's stated totals, a difference marked", () => {
    const totals = sectionOf('<h2>Tổng cộng</h2>');
    // by hand from sample.ts, as in the text report's test
    expect(rows(totals).slice(0, 6)).toEqual([
      ['Đối tượng', 'Phân bổ', 'Đề nghị', 'Đạt', 'Xem xét'],
      ['Tập thể HCSN', '19', '1', '0', '1'],
      ['Tập thể SXKD', '11', '0', '0', '0'],
      ['Cá nhân HCSN', '56', '1', '1', '0'],
      ['Cá nhân SXKD', '26', '1', '0', '0'],
      ['Tất cả', '112', '3', '1', '1'],
    ]);
    expect(totals).toContain('<h3>Số liệu Kế hoạch 154/KH-LĐLĐ ghi (mục V.3) và bảng phân bổ cộng lại</h3>');
    expect(rows(totals).slice(6)).toEqual([
      ['', 'Kế hoạch ghi', 'Bảng phân bổ cộng lại', 'Chênh lệch'],
      ['Tổng số', '112', '112', '0'],
      ['Tập thể', '32', '30', '-2'],
      ['Cá nhân', '80', '82', '+2'],
    ]);
    expect(totals).toContain('<td class="n differs">-2</td>');
    expect(totals).toContain('<td class="n">0</td></tr>');
  });

  it('lists the eligible nominees by unit and category on a page of their own', () => {
    const list = sectionOf('<h2>Danh sách đạt tiêu chuẩn (1)</h2>');
    expect(list.startsWith('<section class="page eligible-list">')).toBe(true);
    expect(list).toContain('<h3>LĐLĐ huyện Phong Thổ (1)</h3>\n<h4>Cá nhân HCSN (1)</h4>');
    expect(rows(list)).toEqual([
      ['TT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Vị trí'],
      // her second row repeats the nomination: she goes once
      ['1', 'Lò Thị Mai', '1985', '', 'phong-tho.xlsx › Cá nhân!B7'],
    ]);
  });

  it('ends with the signatures: place and date over the approver, titles in capitals, the hint to sign', () => {
    const signature = sectionOf('<section class="signature">');
    expect(page.indexOf('<section class="signature">')).toBeGreaterThan(page.indexOf('<details>'));
    expect(page.slice(page.indexOf('</section>', page.indexOf('<section class="signature">')))).toMatch(
      /^<\/section>\n<\/main>/,
    );
    expect(signature).toContain('<p class="place-date"><i>Lai Châu, ngày 05 tháng 02 năm 2026</i></p>');
    expect(signature).toContain(
      '<div class="signer"><b>NGƯỜI LẬP BIỂU</b><i>(Ký, ghi rõ họ tên)</i></div>' +
        '<div class="signer"><b>LÃNH ĐẠO DUYỆT</b><i>(Ký, ghi rõ họ tên)</i></div>',
    );
    const en = renderHtml(sampleResult(), 'en', { date });
    expect(en).toContain('<i>Lai Châu, 5 February 2026</i>');
    expect(en).toContain('<b>PREPARED BY</b><i>(Signature and full name)</i>');
  });

  it('prints on A4, each major section from a new page, the signatures kept together', () => {
    expect(page).toContain('@page{size:A4;');
    expect(page).toMatch(/@media print\{[^@]*section\.page\{break-before:page\}/);
    expect(page).toMatch(/@media print\{[^@]*\.signature\{break-inside:avoid\}/);
    for (const heading of [
      'Thành phần cá nhân',
      'Danh sách đạt tiêu chuẩn',
      'Danh sách đề nghị',
      'Vấn đề trong hồ sơ',
    ])
      expect(sectionOf(`<h2>${heading}`).startsWith('<section class="page')).toBe(true);
  });

  it('breaks a position only between its parts, never inside a file name or a cell reference', () => {
    expect(page).not.toContain('overflow-wrap:anywhere');
    expect(page).toContain(
      '<td class="where"><span class="nw">tong-hop.xlsx</span> › <span class="nw">Cá nhân!C12</span></td>',
    );
    expect(page).toContain('.nw{white-space:nowrap}');
  });

  it("names each quota number's column, for the phone's layout that drops the header", () => {
    expect(page).toContain(
      '<td class="n" data-label="Phân bổ">4</td><td class="n" data-label="Đề nghị">1</td>' +
        '<td class="n" data-label="Đạt">1</td><td class="n" data-label="Xem xét">0</td>',
    );
  });
});
