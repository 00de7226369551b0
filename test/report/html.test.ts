import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { escapeHtml, renderHtml } from '../../src/report/html.js';
import { campaign, checkRows, HYPERLINK, SCRIPT } from './input.js';

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

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
