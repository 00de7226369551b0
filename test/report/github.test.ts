import { describe, expect, it } from 'vitest';
import { checkNominees } from '../../src/check.js';
import { command, escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { campaign, nominee } from '../helpers/nominee.js';
import { sampleResult } from './sample.js';

interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

const unescapeCommand = (s: string) =>
  s
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');

/** Read a workflow command back as the runner does: split on the unescaped separators only. */
function parseCommand(line: string): Annotation {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1));
  }
  return { level: match[1] as string, props, message: unescapeCommand(match[3] as string) };
}

describe('renderGithub', () => {
  const result = {
    ...sampleResult(),
    paths: ['submissions/phong-tho.xlsx', 'submissions/tong-hop/tong-hop.xlsx'],
  };
  const out = renderGithub(result, 'vi');
  const lines = out.trimEnd().split('\n');
  const annotations = lines.filter((l) => l.startsWith('::')).map(parseCommand);

  it('annotates every nominee that is not eligible, at the path given and the row', () => {
    // sample.ts: the school is to review, Lò Văn Pao and Giàng A Páo are ineligible
    const nominees = annotations.slice(0, 3);
    expect(nominees.map((a) => [a.level, a.props.file, a.props.line])).toEqual([
      ['warning', 'submissions/phong-tho.xlsx', '7'],
      ['error', 'submissions/phong-tho.xlsx', '8'],
      ['error', 'submissions/tong-hop/tong-hop.xlsx', '13'],
    ]);
    expect(nominees[1]?.props.title).toMatch(/^KHÔNG ĐẠT · Lò Văn Pao · .*CN-SXKD-4/);
    // a spreadsheet shows no lines on GitHub: the message says the sheet and cell first
    expect(nominees[1]?.message.split('\n')[0]).toBe('phong-tho.xlsx › Cá nhân!B8');
    expect(nominees[1]?.message).toContain('✗ CN-SXKD-4');
    expect(nominees[0]?.message).toContain('? TT-HCSN-1');
  });

  it('annotates every finding by its severity, located where it has a place', () => {
    const findings = annotations.slice(3);
    expect(findings).toHaveLength(result.findings.length);
    expect(
      findings.slice(0, 3).map((a) => [a.level, a.props.file, a.props.line, a.props.title?.split(' ')[0]]),
    ).toEqual([
      ['warning', 'submissions/phong-tho.xlsx', '8', 'W-CODE-UNKNOWN'],
      ['error', 'submissions/tong-hop/tong-hop.xlsx', '12', 'D-DUP'],
      ['error', 'submissions/tong-hop/tong-hop.xlsx', '13', 'Q-UNIT'],
    ]);
    // the quota belongs to no file: no file or line, and the one exceeded quota is an error
    const unplaced = findings.slice(3);
    expect(unplaced.every((a) => a.props.file === undefined && a.props.line === undefined)).toBe(true);
    expect(unplaced.filter((a) => a.level === 'error').map((a) => a.props.title?.split(' ')[0])).toEqual([
      'Q-OVER',
    ]);
    expect(findings[1]?.message).toBe(
      'tong-hop.xlsx › Cá nhân!C12\n"Lò Thị Mai" đã được đề nghị ở phong-tho.xlsx › Cá nhân!B7',
    );
    expect(new Set(unplaced.map((a) => a.level))).toEqual(new Set(['error', 'notice']));
  });

  it('ends with the tally as a plain log line', () => {
    // Lò Thị Mai's second row repeats her nomination: a row, not one more eligible nominee
    expect(lines.at(-1)).toBe(
      'eligibility: 4 đề nghị (5 dòng, 1 dòng lặp lại không tính lại), 1 đạt, 2 không đạt, 1 cần xem xét; 3 lỗi, 1 cảnh báo',
    );
  });

  it('escapes what the workflow-command syntax requires, so values come back whole', () => {
    const odd = nominee({
      name: 'Lò: Thị, Mai 100%\r\nx',
      flags: { attest_conduct: false },
    });
    const r = checkNominees({
      campaign,
      files: ['a,b:c.xlsx'],
      paths: ['nộp, đợt 1/a,b:c.xlsx'],
      nominees: [{ ...odd, file: 'a,b:c.xlsx' }],
      findings: [],
    });
    const first = renderGithub(r, 'en').split('\n')[0] as string;
    expect(first).not.toMatch(/[\r]/);
    const props = first.slice(2, first.indexOf('::', 2));
    // only the separators are left raw in the properties part
    expect(props.replace(/^error /, '').split(',')).toHaveLength(3);
    const a = parseCommand(first);
    expect(a.props.file).toBe('nộp, đợt 1/a,b:c.xlsx');
    expect(a.props.title).toBe('INELIGIBLE · Lò: Thị, Mai 100%\r\nx · CN-HCSN-1, CN-HCSN-2');
  });

  it('follows the toolkit escapes', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
    expect(command('notice', { file: undefined, title: 'T' }, 'm')).toBe('::notice title=T::m');
    expect(command('error', {}, 'm')).toBe('::error::m');
  });
});
