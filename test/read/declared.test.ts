import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredColumnSchema } from '../../src/model/column.js';
import { readNomineeFile } from '../../src/read/index.js';
import { book, campaign } from '../helpers/nominee.js';

const dir = mkdtempSync(path.join(tmpdir(), 'declared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const columns = [
  {
    id: 'income',
    header: { vi: 'Thu nhập bình quân', en: 'average income' },
    aliases: ['Thu nhập'],
    type: 'money',
    kinds: ['individual'],
  },
  {
    id: 'born',
    header: { vi: 'Ngày sinh', en: 'date of birth' },
    type: 'date',
    kinds: ['individual'],
    required: true,
  },
  { id: 'score', header: { vi: 'Điểm', en: 'score' }, type: 'decimal', kinds: ['individual'] },
].map((c) => declaredColumnSchema.parse(c));

describe('columns a campaign declares', () => {
  const withColumns = { ...campaign, format: 2 as const, columns };
  const csv = (rows: string[]) => {
    const file = path.join(dir, `${rows.length}-${Math.random().toString(36).slice(2)}.csv`);
    const header = 'Loại,Họ và tên,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020,Thu nhập,Ngày sinh,Điểm';
    writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
    return file;
  };

  it('are found by header or alias and read by their type', async () => {
    const file = csv(['Cá nhân,Lò Thị Mai,Phong Thổ,HCSN,,,,,,"1,2 tỷ",15/03/1990,"85,5"']);
    const { nominees, findings } = await readNomineeFile(file, { campaign: withColumns, book });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(nominees[0]?.values).toEqual({ income: 1_200_000_000, born: '1990-03-15', score: 85.5 });
    expect(nominees[0]?.cells.income).toBe('J2');
  });

  it('name a value they cannot read, and a required one left blank, at its cell', async () => {
    const file = csv(['Cá nhân,Lò Thị Mai,Phong Thổ,HCSN,,,,,,nhiều,,']);
    const { nominees, findings } = await readNomineeFile(file, { campaign: withColumns, book });
    expect(nominees).toEqual([]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual(
      expect.arrayContaining([
        ['E-VALUE', 'J2'],
        ['E-REQUIRED', 'K2'],
      ]),
    );
  });

  it('leave a campaign without them reading exactly as before: no values on the nominee', async () => {
    const file = csv(['Cá nhân,Lò Thị Mai,Phong Thổ,HCSN,,,,,,80 triệu,15/03/1990,1']);
    const { nominees } = await readNomineeFile(file, { campaign, book });
    expect(nominees[0]).not.toHaveProperty('values');
  });
});
