import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/findings/catalogue.js';
import { readNomineeFile } from '../../src/read/index.js';
import { sectionOf } from '../../src/read/values.js';
import { ctx, scratch, withCode, writeText, writeWorkbook } from './helpers.js';

const at = await scratch();

const HEADER = 'STT,Loại,Họ và tên,Năm sinh,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020';
const person = (n: number, name: string, block = '') =>
  `${n},,${name},1980,Tam Đường,${block},LĐTT,LĐTT,LĐTT,LĐTT,LĐTT`;

async function readCsv(name: string, lines: string[]) {
  return readNomineeFile(await writeText(at(name), `${lines.join('\n')}\n`), ctx);
}

describe('section headings', () => {
  it('names a block, a kind or both, numbered or not', () => {
    expect(sectionOf('I. KHỐI HÀNH CHÍNH SỰ NGHIỆP', 5)).toEqual({
      row: 5,
      text: 'I. KHỐI HÀNH CHÍNH SỰ NGHIỆP',
      block: 'HCSN',
    });
    expect(sectionOf('II. KHỐI SẢN XUẤT KINH DOANH', 9)?.block).toBe('SXKD');
    expect(sectionOf('Khối SXKD', 9)?.block).toBe('SXKD');
    expect(sectionOf('A. TẬP THỂ', 9)?.kind).toBe('collective');
    expect(sectionOf('CÁ NHÂN', 9)?.kind).toBe('individual');
    expect(sectionOf('B. CÁ NHÂN KHỐI SXKD', 9)).toMatchObject({ kind: 'individual', block: 'SXKD' });
  });

  it('is not a collective whose name starts with Khối, nor one named like a place', () => {
    expect(sectionOf('Khối cơ quan huyện', 9)).toBeNull();
    expect(sectionOf('Khối Dân vận huyện Phong Thổ', 9)).toBeNull();
    expect(sectionOf('Tổ dân phố Cộng Hòa', 9)).toBeNull();
    expect(sectionOf('1. Trường THCS Mường So', 9)).toBeNull();
  });
});

describe('rows under a section', async () => {
  const result = await readCsv('sections.csv', [
    HEADER,
    ',A. CÁ NHÂN,,,,,,,,,',
    'I. KHỐI HÀNH CHÍNH SỰ NGHIỆP,,,,,,,,,,',
    person(1, 'Lò Thị Mai'),
    person(2, 'Hà Văn Sơn', 'HCSN'),
    'II. KHỐI SẢN XUẤT KINH DOANH,,,,,,,,,,',
    person(3, 'Vàng A Sử'),
    person(4, 'Lý Thị Sen', 'HCSN'),
  ]);

  it('take the block and the kind the section names when their cell is blank', () => {
    expect(result.nominees.map((n) => [n.name, n.kind, n.block])).toEqual([
      ['Lò Thị Mai', 'individual', 'HCSN'],
      ['Hà Văn Sơn', 'individual', 'HCSN'],
      ['Vàng A Sử', 'individual', 'SXKD'],
      ['Lý Thị Sen', 'individual', 'HCSN'],
    ]);
    expect(withCode(result.findings, 'E-REQUIRED')).toEqual([]);
  });

  it('say so once per section, counting the cells filled', () => {
    const infos = withCode(result.findings, 'I-SECTION');
    expect(infos.map((f) => [f.row, f.args.text, f.args.filled]).sort()).toEqual([
      [2, 'A. CÁ NHÂN', 4],
      [3, 'I. KHỐI HÀNH CHÍNH SỰ NGHIỆP', 1],
      [6, 'II. KHỐI SẢN XUẤT KINH DOANH', 1],
    ]);
    expect(renderFinding(infos[0] as never, 'vi')).toBe(
      'Dòng "I. KHỐI HÀNH CHÍNH SỰ NGHIỆP" là tiêu đề mục (khối HCSN), không phải đề nghị; 1 dòng dưới mục để trống ô này được hiểu theo mục',
    );
  });

  it('warn of a row whose cell says otherwise, naming both, and keep the cell', () => {
    expect(withCode(result.findings, 'W-SECTION-CONFLICT')).toEqual([
      expect.objectContaining({
        row: 8,
        cell: 'F8',
        args: { header: 'Khối', value: 'HCSN', section: 'II. KHỐI SẢN XUẤT KINH DOANH', sectionRow: 6 },
      }),
    ]);
  });

  it('leave a collective named Khối … alone in its row an incomplete nominee, not a section', async () => {
    const alone = await readCsv('khoi.csv', [HEADER, ',Tập thể,Khối cơ quan huyện,,,,,,,,']);
    expect(withCode(alone.findings, 'I-SECTION')).toEqual([]);
    expect(withCode(alone.findings, 'E-REQUIRED').map((f) => f.column)).toEqual(['Đơn vị đề nghị', 'Khối']);
  });

  it('read a collective named Khối … with its cells as a nominee', async () => {
    const named = await readCsv('khoi-full.csv', [
      HEADER,
      'I. KHỐI HCSN,,,,,,,,,,',
      '1,Tập thể,Khối Dân vận huyện,,Tam Đường,,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT,TTLĐTT',
    ]);
    expect(named.nominees.map((n) => [n.name, n.block])).toEqual([['Khối Dân vận huyện', 'HCSN']]);
  });

  it('read the same way from a workbook, loaded whole and streamed', async () => {
    const header = ['STT', 'Tên tập thể', 'Đơn vị đề nghị', 'Khối', '2016', '2017', '2018', '2019', '2020'];
    const row = (n: number, name: string) => [n, name, 'Tam Đường', undefined, ...Array(5).fill('TTLĐTT')];
    const file = await writeWorkbook(at('sections.xlsx'), [
      {
        name: 'Tập thể',
        rows: [
          header,
          ['I. KHỐI HÀNH CHÍNH SỰ NGHIỆP'],
          row(1, 'Trường Mầm non Hoa Ban'),
          ['II. Khối SXKD'],
          row(2, 'Công ty Chè'),
        ],
        merges: ['A2:I2', 'A4:I4'],
      },
    ]);
    for (const xlsx of ['load', 'stream'] as const) {
      const read = await readNomineeFile(file, { ...ctx, xlsx });
      expect(read.nominees.map((n) => [n.name, n.block])).toEqual([
        ['Trường Mầm non Hoa Ban', 'HCSN'],
        ['Công ty Chè', 'SXKD'],
      ]);
      expect(read.findings.map((f) => f.code)).toEqual(['I-SECTION', 'I-SECTION']);
    }
  });
});
