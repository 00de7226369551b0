import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { reportDate } from '../../src/report/date.js';
import { renderHtml } from '../../src/report/html.js';
import { LISTED, ListedJudgements, nomineeLists } from '../../src/report/listing.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleResult } from './sample.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The reports people read list the first entries of each list, with the count of all and a line
 * saying where the rest is; a streamed check keeps only those, and the report is the same.
 */
const sample = sampleResult();
// 40 copies of the sample: 200 nominees, 40 eligible ones, 120 not eligible, 40 repeated rows
const many: CheckResult = {
  ...sample,
  judgements: Array.from({ length: 40 }, () => sample.judgements).flat(),
  findings: Array.from({ length: 40 }, () => sample.findings).flat(),
};
const date = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' });
const LIMIT = 7;

const renders = {
  markdown: (r: CheckResult, lang: 'vi' | 'en', limit?: number) => renderMarkdown(r, lang, { date, limit }),
  html: (r: CheckResult, lang: 'vi' | 'en', limit?: number) => renderHtml(r, lang, { date, limit }),
  text: (r: CheckResult, lang: 'vi' | 'en', limit?: number) =>
    renderText(r, { lang, color: false, width: 100, date, limit }),
};

/** What a streamed check hands the reports: the judgements kept for the lists, and their counts. */
function kept(result: CheckResult, limit: number): CheckResult {
  const listed = new ListedJudgements(limit);
  for (const j of result.judgements) listed.add(j);
  return { ...result, judgements: listed.kept, counts: listed.counts };
}

describe('nomineeLists', () => {
  it('counts every list whole and shows its first entries in input order', () => {
    const lists = nomineeLists(many, LIMIT);
    expect([lists.all.total, lists.eligible.total, lists.notEligible.total]).toEqual([200, 40, 120]);
    expect(lists.all.shown).toEqual(many.judgements.slice(0, LIMIT));
    expect(lists.notEligible.shown).toEqual(
      many.judgements.filter((j) => j.verdict !== 'eligible').slice(0, LIMIT),
    );
    expect(nomineeLists(kept(many, LIMIT), LIMIT)).toEqual(lists);
    // at most three lists' worth kept, whatever the input's length
    expect(kept(many, LIMIT).judgements.length).toBeLessThanOrEqual(3 * LIMIT);
  });
});

// markdown and text list the nominees not eligible (120), html every nominee (200)
const LONGEST = { markdown: 120, text: 120, html: 200 };

describe.each(Object.entries(renders))('%s past the listed size', (format, render) => {
  const longest = LONGEST[format as keyof typeof LONGEST];
  it('says in Vietnamese how many are listed of all and where the rest is', () => {
    const page = render(many, 'vi', LIMIT);
    expect(page).toContain(
      `Chỉ liệt kê 7 mục đầu trong số ${longest}; xem toàn bộ danh sách bằng --format csv hoặc xlsx.`,
    );
    expect(page).toContain(
      'Chỉ liệt kê 7 mục đầu trong số 40; xem toàn bộ danh sách bằng --format csv hoặc xlsx.',
    );
    expect(page).toContain('xem toàn bộ danh sách bằng --format json hoặc xlsx.');
    expect(page).not.toContain('Lò Thị Mai (1985)'.repeat(2));
  });

  it('says it in English under --lang en', () => {
    const page = render(many, 'en', LIMIT);
    expect(page).toContain(
      `Only the first 7 of ${longest} are listed; use --format csv or xlsx for the whole list.`,
    );
    expect(page).toContain('use --format json or xlsx for the whole list.');
  });

  it('is the same report from the judgements a streamed check keeps', () => {
    expect(render(kept(many, LIMIT), 'vi', LIMIT)).toBe(render(many, 'vi', LIMIT));
  });

  it('lists a short list whole and says nothing about the rest', () => {
    // every list of the sample is shorter than LISTED
    const page = render(sample, 'vi', 5000);
    expect(page).not.toContain('Chỉ liệt kê');
    expect(render(sample, 'vi')).toBe(page);
    expect(render(kept(sample, LISTED), 'vi')).toBe(page);
  });

  it('lists fewer entries than the whole report', () => {
    expect(render(many, 'vi', LIMIT).length).toBeLessThan(render(many, 'vi').length);
  });
});

describe('LISTED', () => {
  it('is the size the README states', () => {
    expect(LISTED).toBe(1_000);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('first 1,000 of each list');
  });
});
