import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/findings/catalogue.js';
import { run } from '../helpers/cli.js';

describe('eligibility findings', () => {
  it('lists every code with its severity and message, errors first, in Vietnamese by default', async () => {
    const { code, stdout } = await run('findings');
    expect(code).toBe(0);
    for (const c of Object.keys(CATALOGUE)) expect(stdout).toMatch(new RegExp(`^${c} `, 'm'));
    expect(stdout).toMatch(/^E-FILE-EMPTY +lỗi {2}Tệp trống$/m);
    expect(stdout.indexOf('E-FORMAT ')).toBeLessThan(stdout.indexOf('W-CODE-UNKNOWN '));
    expect(stdout.indexOf('W-CODE-UNKNOWN ')).toBeLessThan(stdout.indexOf('I-COLUMN-EXTRA '));
  });

  it('gives JSON a script can read, in English', async () => {
    const { stdout } = await run('findings', '--format', 'json', '--lang', 'en');
    const doc = JSON.parse(stdout) as {
      findings: { code: string; severity: string; title: string; message: string }[];
    };
    expect(doc.findings).toHaveLength(Object.keys(CATALOGUE).length);
    expect(doc.findings.find((f) => f.code === 'E-LIMIT-SIZE')).toEqual({
      code: 'E-LIMIT-SIZE',
      severity: 'error',
      title: CATALOGUE['E-LIMIT-SIZE'].title.en,
      message: CATALOGUE['E-LIMIT-SIZE'].template.en,
    });
  });

  it('gives each finding the severity `check` reports it at, and says where `plan check` differs', async () => {
    const listed = JSON.parse((await run('findings', '--format', 'json')).stdout) as {
      findings: { code: string; severity: string; contexts?: Record<string, string> }[];
    };
    const severity = new Map(listed.findings.map((f) => [f.code, f.severity]));
    const checked = JSON.parse(
      (await run('check', 'fixtures/lai-chau-2020/nominees.xlsx', '--format', 'json')).stdout,
    ) as { findings: { code: string; severity: string }[] };
    expect(checked.findings.some((f) => f.code === 'P-STATED')).toBe(true);
    for (const f of checked.findings) expect([f.code, f.severity]).toEqual([f.code, severity.get(f.code)]);
    expect(listed.findings.find((f) => f.code === 'P-STATED')).toMatchObject({
      severity: 'info',
      contexts: { 'plan check': 'error' },
    });
    const planned = JSON.parse((await run('plan', 'check', '--format', 'json')).stdout) as {
      findings: { code: string; severity: string }[];
    };
    expect(planned.findings.map((f) => [f.code, f.severity])).toContainEqual(['P-STATED', 'error']);
    expect((await run('findings', 'P-STATED')).stdout).toContain('thông tin (lỗi trong "plan check")');
  });

  it('prints one code, named in any case, as a Markdown table', async () => {
    const { code, stdout } = await run('findings', 'w-rows-hidden', '--format', 'markdown', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| `W-ROWS-HIDDEN` | Hidden rows | Rows hidden in Excel are still judged: {rows} |',
    );
    expect(stdout).not.toContain('E-FORMAT');
  });

  it('refuses a code it does not have with one line and exit 2', async () => {
    const { code, stdout, stderr } = await run('findings', 'X-NOPE', '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('no code X-NOPE; "eligibility findings" lists them all\n');
  });
});
