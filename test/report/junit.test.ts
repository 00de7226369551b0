import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { categoryRows } from '../../src/campaign/allocations.js';
import { checkNominees } from '../../src/check.js';
import { attr, renderJunit, text } from '../../src/report/junit.js';
import { campaign, nominee } from '../helpers/nominee.js';
import { sampleResult } from './sample.js';

interface Case {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  failure?: { message: string; type: string; '#text'?: string };
  skipped?: { message: string; '#text'?: string };
}
interface Suite {
  name: string;
  file?: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  testcase: Case[];
}

/** A real XML parser, not string matching: attributes kept as strings, lists always lists. */
function parse(xml: string): { testsuites: { tests: string; failures: string; testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml);
}

describe('renderJunit', () => {
  const result = {
    ...sampleResult(),
    paths: ['submissions/phong-tho.xlsx', 'submissions/tong-hop/tong-hop.xlsx'],
  };
  const xml = renderJunit(result, { lang: 'vi' });
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;
  const [phongTho, tongHop, quota] = suites as [Suite, Suite, Suite];

  it('has a test suite per file, in input order, then one for the quota', () => {
    expect(suites.map((s) => s.name)).toEqual([
      'phong-tho.xlsx',
      'tong-hop.xlsx',
      'lai-chau-2020 · Số lượng theo đơn vị',
    ]);
    expect(phongTho.file).toBe('submissions/phong-tho.xlsx');
    expect(tongHop.file).toBe('submissions/tong-hop/tong-hop.xlsx');
  });

  it('has a case per nominee, named by sheet, row and name, pointing at the file and row', () => {
    // sample.ts: phong-tho.xlsx holds the school (Tập thể row 7), Lò Thị Mai (7) and Lò Văn Pao (8)
    const nominees = phongTho.testcase.filter((c) => c.name.includes('dòng'));
    expect(nominees.map((c) => c.name)).toEqual([
      'Tập thể · dòng 7 · Trường PTDTBT Tiểu học Sì Lở Lầu',
      'Cá nhân · dòng 7 · Lò Thị Mai',
      'Cá nhân · dòng 8 · Lò Văn Pao',
    ]);
    expect(nominees.map((c) => [c.file, c.line])).toEqual([
      ['submissions/phong-tho.xlsx', '7'],
      ['submissions/phong-tho.xlsx', '7'],
      ['submissions/phong-tho.xlsx', '8'],
    ]);
  });

  it('fails the ineligible and the review cases with the rule ids and messages; the eligible pass', () => {
    const byName = (name: string) => phongTho.testcase.find((c) => c.name.endsWith(name)) as Case;
    expect(byName('Lò Thị Mai').failure).toBeUndefined();
    expect(byName('Lò Thị Mai').skipped).toBeUndefined();
    const pao = byName('Lò Văn Pao').failure;
    expect(pao?.type).toBe('ineligible');
    expect(pao?.message).toMatch(/^KHÔNG ĐẠT: .*CN-SXKD-4/);
    expect(pao?.['#text']).toContain('phong-tho.xlsx › Cá nhân!B8');
    expect(pao?.['#text']).toContain('✗ CN-SXKD-4');
    const school = byName('Sì Lở Lầu').failure;
    expect(school).toMatchObject({ type: 'review', message: 'CẦN XEM XÉT: TT-HCSN-1' });
    expect(school?.['#text']).toContain('TTLĐTT 4/5 năm, chưa xét 2020');
  });

  it('adds a case per error or warning in the file: errors fail, warnings are skipped by default', () => {
    const found = (s: Suite) => s.testcase.filter((c) => !c.name.includes('dòng')).map((c) => c.name);
    expect(found(phongTho)).toEqual([
      'W-CODE-UNKNOWN Mã không có trong danh mục · phong-tho.xlsx › Cá nhân!Q8 (Khen thưởng)',
    ]);
    expect(phongTho.testcase.at(-1)?.skipped?.message).toMatch(/^W-CODE-UNKNOWN: /);
    expect(found(tongHop).map((n) => n.split(' ')[0])).toEqual(['D-DUP', 'Q-UNIT']);
    expect(tongHop.testcase.filter((c) => c.failure?.type === 'D-DUP')[0]?.line).toBe('12');
  });

  it('counts tests, failures and skips per suite and in total, as its cases say', () => {
    // phong-tho: 3 nominees + 1 warning; 2 fail (Pao, the school), the warning is skipped
    expect(phongTho).toMatchObject({ tests: '4', failures: '2', errors: '0', skipped: '1' });
    // tong-hop: 2 nominees + D-DUP + Q-UNIT; Giàng A Páo and both errors fail
    expect(tongHop).toMatchObject({ tests: '4', failures: '3', skipped: '0' });
    for (const s of suites) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
      expect(Number(s.skipped)).toBe(s.testcase.filter((c) => c.skipped).length);
    }
    const sum = (k: 'tests' | 'failures') => suites.reduce((n, s) => n + Number(s[k]), 0);
    expect(Number(doc.testsuites.tests)).toBe(sum('tests'));
    expect(Number(doc.testsuites.failures)).toBe(sum('failures'));
  });

  it('has a quota case per unit and category with seats or nominations; only Nậm Nhùn SXKD fails', () => {
    const expected =
      categoryRows(campaign.allocations).flatMap((a) =>
        (['collective-HCSN', 'collective-SXKD', 'individual-HCSN', 'individual-SXKD'] as const).filter(
          (c) => a[c] > 0,
        ),
      ).length + 1; // + Nậm Nhùn individual-SXKD: nothing allocated, one nominated
    expect(quota.testcase).toHaveLength(expected);
    const failing = quota.testcase.filter((c) => c.failure);
    expect(failing.map((c) => c.name)).toEqual(['LĐLĐ huyện Nậm Nhùn · Cá nhân SXKD']);
    expect(failing[0]?.failure?.message).toBe(
      'Q-OVER: LĐLĐ huyện Nậm Nhùn, Cá nhân SXKD: đề nghị 1, phân bổ 0. Không phải rút ai: không có ai đạt.',
    );
  });

  it('fails exactly what --fail-on names; the rest is skipped, still shown', () => {
    const narrow = parse(renderJunit(result, { lang: 'en', failOn: ['ineligible'] })).testsuites.testsuite;
    const [a, b, q] = narrow as [Suite, Suite, Suite];
    expect(a.testcase.filter((c) => c.failure).map((c) => c.failure?.type)).toEqual(['ineligible']);
    expect(a.testcase.filter((c) => c.skipped).map((c) => c.skipped?.message.split(':')[0])).toEqual([
      'TO REVIEW',
      'W-CODE-UNKNOWN',
    ]);
    expect(b.testcase.filter((c) => c.skipped)).toHaveLength(2);
    expect(q.failures).toBe('0');
    expect(q.skipped).toBe('1');
  });

  it('is well-formed whatever the cells hold, and the same bytes every time, without times or hosts', () => {
    const odd = nominee({
      file: 'a&b <c>.xlsx',
      name: 'Tên "lạ" & <b>x</b> \u0001\u0008 ]]> \ud800 \'q\'',
      flags: { attest_conduct: false },
    });
    const weird = checkNominees({ campaign, files: ['a&b <c>.xlsx'], nominees: [odd], findings: [] });
    const out = renderJunit(weird, { lang: 'vi' });
    const parsed = parse(out).testsuites.testsuite[0] as Suite;
    expect(parsed.name).toBe('a&b <c>.xlsx');
    // control characters and the lone surrogate become U+FFFD; everything else survives the round trip
    expect(parsed.testcase[0]?.name).toBe(
      'Cá nhân · dòng 7 · Tên "lạ" & <b>x</b> \uFFFD\uFFFD ]]> \uFFFD \'q\'',
    );
    expect(renderJunit(result, { lang: 'vi' })).toBe(xml);
    expect(xml).not.toMatch(/timestamp|hostname/);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
  });

  it('escapes text and attributes as XML requires', () => {
    expect(text('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(attr('say "hi"\nand \'bye\'\t')).toBe("say &quot;hi&quot;&#10;and 'bye'&#9;");
  });
});
