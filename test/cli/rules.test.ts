import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { campaign } from '../helpers/nominee.js';

/** Every rule id of DOMAIN.md §3, written out here so a renamed or lost rule fails the test. */
const DOMAIN_RULE_IDS = [
  'TT-HCSN-1',
  'TT-HCSN-2',
  'TT-HCSN-3',
  'TT-HCSN-4',
  'TT-HCSN-5',
  'TT-HCSN-6',
  'TT-HCSN-7',
  'TT-SXKD-1',
  'TT-SXKD-2',
  'TT-SXKD-3',
  'TT-SXKD-4',
  'TT-SXKD-5',
  'CN-HCSN-1',
  'CN-HCSN-2',
  'CN-SXKD-1',
  'CN-SXKD-2',
  'CN-SXKD-3',
  'CN-SXKD-4',
  'CN-HEAD-1',
];

describe('eligibility rules', () => {
  it.each(['vi', 'en'])('--lang %s prints every rule id of DOMAIN.md with its citation', async (lang) => {
    const { code, stdout } = await run('rules', '--lang', lang);
    expect(code).toBe(0);
    for (const id of DOMAIN_RULE_IDS) {
      const cite = campaign.criteria.find((c) => c.id === id)?.cite;
      expect(stdout).toMatch(
        new RegExp(`${id} [^\\n]*\\n[^\\n]*154/KH-LĐLĐ ${cite?.replace(/[().]/g, '\\$&')}`),
      );
    }
  });

  it('words come from the rule file: the parameters appear in the condition', async () => {
    const { stdout } = await run('rules', 'CN-HCSN-1', '--lang', 'en');
    expect(stdout).toContain('HTXSNV in at least 2 years of 2016–2020');
    expect(stdout).toContain('only when leader (head of division or above) = no:');
    expect(stdout).toContain('LĐTT in every year 2016–2020');
    expect(stdout).toContain('Plan text: «Là những cá nhân tiêu biểu');
  });

  it('with an id prints that rule only, with the plan text it comes from', async () => {
    const { stdout } = await run('rules', 'tt-hcsn-5');
    expect(stdout).toContain('TT-HCSN-5');
    expect(stdout).not.toContain('TT-HCSN-4');
    expect(stdout).toContain('Nguyên văn: «Có từ 01 cá nhân');
    expect(stdout).toContain('Cách hiểu: "either"');
  });

  it('json lists the rules with their conditions as a tree', async () => {
    const { stdout } = await run('rules', '--format', 'json', '--lang', 'en');
    const doc = JSON.parse(stdout);
    expect(doc.rules.map((r: { id: string }) => r.id)).toEqual(DOMAIN_RULE_IDS);
    const head = doc.rules.find((r: { id: string }) => r.id === 'CN-HEAD-1');
    expect(head.appliesWhen).toBe('head of unit = yes');
    const sxkd2 = doc.rules.find((r: { id: string }) => r.id === 'TT-SXKD-2');
    expect(sxkd2.condition.parts).toHaveLength(2);
  });

  it('markdown has a heading per rule', async () => {
    const { stdout } = await run('rules', '--format', 'markdown');
    // and one for the plan's priorities, after them
    expect(stdout.match(/^## /gm)).toHaveLength(DOMAIN_RULE_IDS.length + 1);
    expect(stdout.match(/^## .*$/gm)?.at(-1)).toBe('## Thứ tự ưu tiên khi số người đạt vượt số lượng');
  });

  it('an unknown rule id or format is exit 2 with one line', async () => {
    const unknown = await run('rules', 'XX-1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain('XX-1');
    const badFormat = await run('rules', '--format', 'pdf');
    expect(badFormat.code).toBe(2);
    // the same wording as every command's options: what was given and what may be chosen
    expect(badFormat.stderr).toBe('--format "pdf" không hợp lệ (chọn text, json, markdown)\n');
  });
});
