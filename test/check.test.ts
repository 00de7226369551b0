import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNominees, displayNames, givenPath, runCheck } from '../src/check.js';
import { finding } from '../src/findings/catalogue.js';
import { campaign, nominee } from './helpers/nominee.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'lai-chau-2020');
const XLSX = path.join(FIXTURES, 'nominees.xlsx');
const CSV = path.join(FIXTURES, 'nominees.csv');

describe('displayNames', () => {
  it('names files by their base name, never by an absolute path', () => {
    expect(displayNames(['/srv/data/phong-tho.xlsx', 'y-te.csv'])).toEqual(['phong-tho.xlsx', 'y-te.csv']);
  });

  it('adds parent folders only where two files share a name', () => {
    expect(displayNames(['/in/phong-tho/ds.xlsx', '/in/y-te/ds.xlsx', '/in/tong-hop.xlsx'])).toEqual([
      'phong-tho/ds.xlsx',
      'y-te/ds.xlsx',
      'tong-hop.xlsx',
    ]);
  });
});

describe('givenPath', () => {
  it('keeps the path as given, tidied, so CI annotations find the file from the checkout', () => {
    expect(givenPath('./submissions//phong-tho.xlsx', '/repo')).toBe('submissions/phong-tho.xlsx');
    expect(givenPath('../khac/y-te.csv', '/repo')).toBe('../khac/y-te.csv');
  });

  it('makes an absolute path inside the working directory relative to it, and leaves others', () => {
    expect(givenPath('/repo/submissions/phong-tho.xlsx', '/repo')).toBe('submissions/phong-tho.xlsx');
    expect(givenPath('/srv/data/phong-tho.xlsx', '/repo')).toBe('/srv/data/phong-tho.xlsx');
    expect(givenPath('/repository/a.xlsx', '/repo')).toBe('/repository/a.xlsx');
  });
});

describe('checkNominees', () => {
  it('puts findings in input order (file, sheet as met, row), file-less ones last', () => {
    const a = nominee({ file: 'a.xlsx', sheet: 'Tập thể', kind: 'collective', row: 8 });
    const b = nominee({ file: 'a.xlsx', sheet: 'Cá nhân', row: 7, unit: null, unitText: 'Hà Nội' });
    const c = nominee({ file: 'b.csv', sheet: '', row: 4, name: 'Lò Thị Mai' });
    const read = [
      finding('W-CODE-UNKNOWN', { value: 'X' }, { file: 'b.csv', row: 4, cell: 'P4' }),
      finding('W-CODE-UNKNOWN', { value: 'Y' }, { file: 'a.xlsx', sheet: 'Cá nhân', row: 9, cell: 'P9' }),
      finding('W-CODE-UNKNOWN', { value: 'Z' }, { file: 'a.xlsx', sheet: 'Tập thể', row: 20, cell: 'P20' }),
      finding('I-COLUMN-EXTRA', { columns: 'Ghi chú' }, { file: 'a.xlsx' }),
    ];
    const result = checkNominees({
      campaign,
      files: ['a.xlsx', 'b.csv'],
      nominees: [a, b, c],
      findings: read,
    });
    const located = result.findings.map((f) => [f.code, f.file, f.sheet, f.row]);
    expect(located.slice(0, 6)).toEqual([
      ['I-COLUMN-EXTRA', 'a.xlsx', undefined, undefined],
      ['W-CODE-UNKNOWN', 'a.xlsx', 'Tập thể', 20],
      ['Q-UNIT', 'a.xlsx', 'Cá nhân', 7],
      ['W-CODE-UNKNOWN', 'a.xlsx', 'Cá nhân', 9],
      ['W-CODE-UNKNOWN', 'b.csv', undefined, 4],
      // the CSV's nameless sheet is left out of the duplicate's position, as the reader does
      ['D-DUP', 'b.csv', undefined, 4],
    ]);
    expect(result.findings.slice(6).every((f) => f.file === undefined && /^[QP]-/.test(f.code))).toBe(true);
  });

  it('shows the plan’s own mismatches as information, so they never fail a submission', () => {
    const result = checkNominees({ campaign, files: ['a.xlsx'], nominees: [], findings: [] });
    const plan = result.findings.filter((f) => f.code.startsWith('P-'));
    expect(plan.map((f) => [f.code, f.severity, f.args.stated, f.args.table])).toEqual([
      ['P-STATED', 'info', 32, 30],
      ['P-STATED', 'info', 80, 82],
    ]);
  });

  it('tallies verdicts and severities', () => {
    const ok = nominee({ flags: { attest_conduct: false } });
    const result = checkNominees({ campaign, files: ['test.xlsx'], nominees: [ok], findings: [] });
    expect(result.summary).toMatchObject({ nominees: 1, eligible: 0, ineligible: 1, review: 0, errors: 0 });
    expect(result.summary.infos).toBe(result.findings.filter((f) => f.severity === 'info').length);
  });
});

describe('runCheck', () => {
  it('reads a file named twice once', async () => {
    const result = await runCheck([CSV, path.relative(process.cwd(), CSV)], { campaign });
    expect(result.files).toEqual(['nominees.csv']);
    expect(result.summary.nominees).toBe(40);
  });

  it('finds duplicates across files: the CSV repeats every nominee of the workbook', async () => {
    const result = await runCheck([XLSX, CSV], { campaign });
    expect(result.files).toEqual(['nominees.xlsx', 'nominees.csv']);
    const dups = result.findings.filter((f) => f.code === 'D-DUP');
    // one within the workbook (Nguyễn Thị Hoa twice), then all 40 rows of the CSV
    expect(dups.filter((f) => f.file === 'nominees.xlsx')).toHaveLength(1);
    expect(dups.filter((f) => f.file === 'nominees.csv')).toHaveLength(40);
    expect(dups.find((f) => f.file === 'nominees.csv')?.args.first).toBe('nominees.xlsx › Tập thể!B8');
  });
});

describe('runCheck on the sample, streamed or held', () => {
  it('marks Nguyễn Thị Hoa’s second row as she is judged, and counts her once either way', async () => {
    const streamed: { row: number; repeatOf?: { row: number } }[] = [];
    const light = await runCheck([XLSX], {
      campaign,
      onJudgement: (j) => {
        streamed.push({ row: j.nominee.row, ...(j.repeatOf ? { repeatOf: { row: j.repeatOf.row } } : {}) });
      },
    });
    const held = await runCheck([XLSX], { campaign });
    expect(light.judgements).toEqual([]);
    expect(streamed.filter((s) => s.repeatOf)).toEqual([{ row: 27, repeatOf: { row: 24 } }]);
    expect(held.judgements.filter((j) => j.repeatOf).map((j) => [j.nominee.row, j.repeatOf?.row])).toEqual([
      [27, 24],
    ]);
    for (const r of [light, held]) {
      expect(r.summary).toMatchObject({ nominees: 40, eligible: 18, repeats: 1 });
      expect(r.quota.find((q) => q.unit === 'y-te' && q.category === 'individual-HCSN')).toMatchObject({
        nominated: 3,
        eligible: 2,
        repeats: 1,
      });
    }
    expect(light.quota).toEqual(held.quota);
  });
});

describe('runCheck limited to some units (--unit)', () => {
  it('reports only their nominees, quotas and findings, counting duplicates over everything read', async () => {
    const all = await runCheck([XLSX], { campaign });
    const some = await runCheck([XLSX], { campaign, units: ['tam-duong', 'y-te'] });
    expect(some.units).toEqual(['tam-duong', 'y-te']);
    expect(new Set(some.judgements.map((j) => j.nominee.unit))).toEqual(new Set(['tam-duong', 'y-te']));
    expect(new Set(some.quota.map((q) => q.unit))).toEqual(new Set(['tam-duong', 'y-te']));
    // their quota entries are the ones the whole check counts
    expect(some.quota).toEqual(all.quota.filter((q) => q.unit === 'tam-duong' || q.unit === 'y-te'));
    expect(some.summary).toMatchObject({ nominees: 11, eligible: 3, ineligible: 5, review: 2, repeats: 1 });
    // findings at other units' rows and other units' quota findings are left out; the plan's are kept
    const codes = some.findings.map((f) => f.code);
    expect(codes).toContain('D-DUP');
    expect(codes).toContain('Q-OVER');
    expect(codes).toContain('P-STATED');
    expect(
      some.findings
        .filter((f) => f.code === 'Q-UNDER')
        .every((f) => ['tam-duong', 'y-te'].includes(String(f.args.unitId))),
    ).toBe(true);
    expect(some.findings.some((f) => f.row === 31)).toBe(false); // Sùng Thị Mỷ, Công đoàn viên chức
  });

  it("streams only the selected unit's nominees", async () => {
    const streamed: number[] = [];
    const giaoDuc = await runCheck([XLSX], {
      campaign,
      units: ['giao-duc'],
      onJudgement: (j) => streamed.push(j.nominee.row),
    });
    expect(giaoDuc.judgements).toEqual([]);
    expect(streamed.length).toBe(giaoDuc.summary.nominees);
    expect(giaoDuc.quota.every((q) => q.unit === 'giao-duc')).toBe(true);
  });
});
