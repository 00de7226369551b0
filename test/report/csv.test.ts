import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { renderCsv } from '../../src/report/csv.js';
import { checkRows, HYPERLINK, ROWS, SCRIPT } from './input.js';

let result: CheckResult;
beforeAll(async () => {
  ({ result } = await checkRows());
});

function table(text: string, delimiter = ';'): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: false });
}

describe('renderCsv', () => {
  it('starts with a UTF-8 BOM and ends its records with CRLF', () => {
    const text = renderCsv(result, 'vi');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(ROWS.length);
    expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('has one row per nominee, in input order, with the verdict in words', () => {
    const [header, ...rows] = table(renderCsv(result, 'vi'));
    expect(rows).toHaveLength(ROWS.length);
    const verdict = header?.indexOf('Kết luận') ?? -1;
    expect(rows.map((r) => r[verdict])).toEqual(['Đạt', 'Không đạt', 'Cần xem xét', 'Đạt', 'Không đạt']);
    expect(rows.map((r) => r[header?.indexOf('Dòng') ?? -1])).toEqual(['2', '3', '4', '5', '6']);
  });

  it('names the failing and open rules and says why', () => {
    const [header = [], , mai = [], school = []] = table(renderCsv(result, 'vi'));
    expect(mai[header.indexOf('Tiêu chí không đạt')]).toBe('CN-HCSN-1');
    expect(mai[header.indexOf('Tiêu chí cần xem xét')]).toBe('CN-HCSN-2');
    expect(mai[header.indexOf('Lý do')]).toMatch(/^CN-HCSN-1 .*HTXSNV/);
    expect(school[header.indexOf('Tiêu chí cần xem xét')]).toBe('TT-HCSN-1');
    expect(school[header.indexOf('2020')]).toBe('?');
  });

  it('shows the input values as read: canonical codes, distinctions with their year', () => {
    const [header = [], , , school = [], dơ = []] = table(renderCsv(result, 'vi'));
    expect(school[header.indexOf('2018')]).toBe('TTLĐTT; HTXSNV');
    expect(school[header.indexOf('Thành tích cá nhân trong tập thể')]).toBe('SK-T:2018');
    expect(dơ[header.indexOf('Sáng kiến')]).toBe('SK-DN:2019');
    expect(dơ[header.indexOf('Năm sinh')]).toBe('1988');
  });

  it('makes a formula in the input inert: the cell starts with an apostrophe', () => {
    const [header = [], hyperlink = [], mai = [], , , script = []] = table(renderCsv(result, 'vi'));
    expect(hyperlink[header.indexOf('Họ và tên / Tên tập thể')]).toBe(`'${HYPERLINK}`);
    expect(hyperlink[header.indexOf('Chức vụ, đơn vị công tác')]).toBe("'+84 912 345 678");
    expect(mai[header.indexOf('Chức vụ, đơn vị công tác')]).toBe("'-");
    expect(script[header.indexOf('Chức vụ, đơn vị công tác')]).toBe("'@admin");
    expect(script[header.indexOf('Họ và tên / Tên tập thể')]).toBe(SCRIPT);
  });

  it('quotes every text field, so no delimiter inside one starts a new cell', () => {
    const line = renderCsv(result, 'vi').split('\r\n')[1] ?? '';
    expect(line.startsWith('"nominees.csv";"')).toBe(true);
  });

  it('separates fields with ; by default, as Windows set to Vietnamese splits a double-clicked file', () => {
    const [header = ''] = renderCsv(result, 'vi')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(header.split(';').slice(0, 3)).toEqual(['"Tệp"', '"Trang"', '"Dòng"']);
  });

  it('takes , or tab when asked, with the same cells', () => {
    const semicolon = table(renderCsv(result, 'vi'));
    expect(table(renderCsv(result, 'vi', ','), ',')).toEqual(semicolon);
    expect(table(renderCsv(result, 'vi', '\t'), '\t')).toEqual(semicolon);
    expect(renderCsv(result, 'vi', ',').split('\r\n')[1]?.startsWith('"nominees.csv","')).toBe(true);
  });

  it('speaks English with --lang en', () => {
    const [header = [], first = []] = table(renderCsv(result, 'en'));
    expect(header.slice(0, 4)).toEqual(['File', 'Sheet', 'Row', 'Kind']);
    expect(header).toContain('Verdict');
    expect(first[header.indexOf('Verdict')]).toBe('Eligible');
    expect(first[header.indexOf('Kind')]).toBe('Individual');
  });

  it('gives the same text for the same input', () => {
    expect(renderCsv(result, 'vi')).toBe(renderCsv(result, 'vi'));
  });
});

describe('renderCsv: units and repeats', () => {
  it('names the unit by the plan, with what the file said beside it where it differed', () => {
    const [header = [], first = []] = table(renderCsv(result, 'vi'));
    const unit = header.indexOf('Đơn vị đề nghị');
    expect(header[unit + 1]).toBe('Đơn vị ghi trong tệp');
    // the input says `Phong Thổ`: the plan's name is `LĐLĐ huyện Phong Thổ`
    expect(first[unit]).toBe('LĐLĐ huyện Phong Thổ');
    expect(first[unit + 1]).toBe('Phong Thổ');
  });

  it('marks a repeated row with the first one, and leaves the mark empty on the others', async () => {
    const [again = []] = ROWS;
    const { result: twice } = await checkRows([...ROWS, again]);
    const [header = [], ...rows] = table(renderCsv(twice, 'vi'));
    const repeat = header.indexOf('Lặp lại đề nghị ở');
    expect(rows.map((r) => r[repeat])).toEqual(['', '', '', '', '', 'nominees.csv › B2']);
    expect(twice.summary).toMatchObject({ nominees: 6, eligible: 2, repeats: 1 });
  });
});
