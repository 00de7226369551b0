import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/findings/catalogue.js';
import { readNomineeFile } from '../../src/read/index.js';
import { unitLookup } from '../../src/read/values.js';
import { campaign } from '../helpers/nominee.js';
import { ctx, scratch, withCode, writeText } from './helpers.js';

const at = await scratch();
const unit = unitLookup(campaign.units, {
  words: campaign.vocabulary.unitWords,
  province: campaign.province,
});

describe('units as staff write them', () => {
  it('are recognised with their short words spelled out, or spelled out words made short', () => {
    expect(unit('Liên đoàn Lao động huyện Phong Thổ')).toBe('phong-tho');
    expect(unit('LĐLĐ TP Lai Châu')).toBe('thanh-pho');
    expect(unit('Liên đoàn Lao động Thành phố')).toBe('thanh-pho');
    expect(unit('CĐ ngành Giáo dục')).toBe('giao-duc');
    expect(unit('Công đoàn ngành Y tế')).toBe('y-te');
    expect(unit('CĐVC tỉnh')).toBe('vien-chuc');
  });

  it('are recognised with the province after the name', () => {
    expect(unit('Công đoàn ngành Y tế tỉnh Lai Châu')).toBe('y-te');
    expect(unit('Công đoàn Viên chức tỉnh Lai Châu')).toBe('vien-chuc');
    expect(unit('CĐN Giáo dục Lai Châu')).toBe('giao-duc');
  });

  it('are not made up from the province alone, nor from another word', () => {
    expect(unit('Lai Châu')).toBeNull();
    expect(unit('Liên đoàn Lao động tỉnh Lai Châu')).toBeNull();
    expect(unit('Công đoàn ngành Xây dựng tỉnh Lai Châu')).toBeNull();
  });

  it('take their words from the campaign: without them only the written spellings count', () => {
    const bare = unitLookup(campaign.units);
    expect(bare('Liên đoàn Lao động huyện Phong Thổ')).toBeNull();
    expect(bare('LĐLĐ huyện Phong Thổ')).toBe('phong-tho');
  });

  it('are never guessed when two units could be meant: both are named', () => {
    const units = [
      { id: 'nganh-gd', name: 'Công đoàn ngành Giáo dục', aliases: [] },
      { id: 'gd-tinh', name: 'CĐN Giáo dục tỉnh Lai Châu', aliases: [] },
    ];
    const two = unitLookup(units, { words: campaign.vocabulary.unitWords, province: 'Lai Châu' });
    expect(two('Công đoàn ngành Giáo dục')).toBe('nganh-gd');
    expect(two('CĐN Giáo dục')).toEqual({
      candidates: ['Công đoàn ngành Giáo dục', 'CĐN Giáo dục tỉnh Lai Châu'],
    });
  });
});

describe('a list naming units in full', async () => {
  const header = 'Loại,Họ và tên,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020';
  const rows = [
    'Cá nhân,Lò Thị Mai,Liên đoàn Lao động huyện Phong Thổ,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT',
    'Cá nhân,Hà Văn Sơn,Công đoàn Viên chức tỉnh Lai Châu,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT',
  ];
  const result = await readNomineeFile(
    await writeText(at('full.csv'), `${header}\n${rows.join('\n')}\n`),
    ctx,
  );

  it('gives each nominee its unit, the text kept as written', () => {
    expect(result.nominees.map((n) => [n.unit, n.unitText])).toEqual([
      ['phong-tho', 'Liên đoàn Lao động huyện Phong Thổ'],
      ['vien-chuc', 'Công đoàn Viên chức tỉnh Lai Châu'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('reports a unit two units could be at its cell, naming both', async () => {
    const units = [
      ...campaign.units,
      { id: 'gd-tinh', name: 'CĐN Giáo dục tỉnh Lai Châu', aliases: [] as string[] },
    ];
    const text = `${header}\nCá nhân,Lò Thị Mai,Công đoàn ngành Giáo dục tỉnh,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT\n`;
    const read = await readNomineeFile(await writeText(at('two.csv'), text), {
      ...ctx,
      campaign: { ...campaign, units },
    });
    const [found] = withCode(read.findings, 'Q-UNIT-AMBIGUOUS');
    expect(found).toMatchObject({ severity: 'error', row: 2, cell: 'C2' });
    expect(renderFinding(found as never, 'vi')).toBe(
      'Đơn vị "Công đoàn ngành Giáo dục tỉnh" có thể là Công đoàn ngành Giáo dục hoặc CĐN Giáo dục tỉnh Lai Châu; ghi rõ tên đơn vị như trong bảng phân bổ',
    );
    expect(read.nominees[0]?.unit).toBeNull();
  });
});
