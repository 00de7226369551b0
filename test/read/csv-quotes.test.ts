import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/findings/catalogue.js';
import { InputError } from '../../src/findings/finding.js';
import { QuoteWatch } from '../../src/read/csv-quotes.js';
import { readNomineeFile } from '../../src/read/index.js';
import { inputError } from '../helpers/errors.js';
import { ctx, scratch, writeText } from './helpers.js';

const at = await scratch();

const HEADER =
  'Loại,Họ và tên,Năm sinh,Đơn vị đề nghị,Khối,Lãnh đạo từ cấp phòng trở lên,2016,2017,2018,2019,2020,Khen thưởng,Sáng kiến,XN phẩm chất chính trị';
const ROW =
  'Cá nhân,Lò Thị Mai,1985,Phong Thổ,HCSN,Không,LĐTT,LĐTT,HTXSNV,HTXSNV,LĐTT,BK-UBND:2019,SK-T:2018,Có';
/** Line 3 opens a quote on the name and never closes it. */
const STRAY =
  'Cá nhân,"Lò Thị Mai,1985,Phong Thổ,HCSN,Không,LĐTT,LĐTT,HTXSNV,HTXSNV,LĐTT,BK-UBND:2019,SK-T:2018,Có';

const refusal = (file: string) => inputError(readNomineeFile(file, ctx));

describe('a quote opened early in a long CSV and never closed', () => {
  it('is refused naming the file, line 3 and the cell, not at the line bound', async () => {
    const lines = [HEADER, ROW, STRAY, ...Array.from({ length: 200_000 }, () => ROW)];
    const file = await writeText(at('stray-200k.csv'), `${lines.join('\n')}\n`);
    const error = await refusal(file);
    expect(error.finding).toMatchObject({ code: 'E-CSV-QUOTE', file, row: 3, cell: 'B3', args: { line: 3 } });
    expect(renderFinding(error.finding, 'vi')).toContain('Dấu ngoặc kép mở ô B3 ở dòng 3 chưa được đóng sau');
    expect(renderFinding(error.finding, 'en')).toContain(
      'The quote opening cell B3 on line 3 is still open after',
    );
  });

  it('is seen within the cell bound: the watch stops a few hundred lines after the quote', () => {
    const watch = new QuoteWatch('a.csv', ',', 20_000);
    let fed = 0;
    const run = () => {
      for (const line of [HEADER, ROW, STRAY, ...Array.from({ length: 200_000 }, () => ROW)]) {
        watch.feed(Buffer.from(`${line}\n`));
        fed++;
      }
    };
    expect(run).toThrow(InputError);
    // each line is about 110 characters: 20,000 of them is some 200 lines, never the 200,000
    expect(fed).toBeGreaterThan(100);
    expect(fed).toBeLessThan(300);
  });

  it('counts characters, not the bytes of Vietnamese letters, against the cell bound', () => {
    const open = (cell: string) => {
      const watch = new QuoteWatch('a.csv', ',', 100);
      watch.feed(Buffer.from(`Loại,Họ và tên\nCá nhân,"${cell}`));
    };
    expect(() => open(`${'Lò Thị Mai ở Phong Thổ\n'.repeat(4)}`)).not.toThrow(); // 92 letters, 250 bytes
    expect(() => open(`${'Lò Thị Mai ở Phong Thổ\n'.repeat(5)}`)).toThrow(InputError);
  });

  it('finds the same row and cell whether the file comes whole or a byte at a time', () => {
    const lines = [HEADER, 'Tập thể,"Trường Tiểu học Dào San, Phong Thổ",,Phong Thổ', ROW];
    for (const end of ['\n', '\r\n', '\r']) {
      const bytes = Buffer.from(
        `\uFEFF${lines.join(end)}${end}Cá nhân,"Lò ""A"", B",1985,"Lò${end}Mai${end}`,
      );
      const refusalOf = (pieces: Buffer[]) => {
        const watch = new QuoteWatch('a.csv', ',', 1000);
        for (const piece of pieces) watch.feed(piece);
        return (() => {
          try {
            watch.end();
          } catch (error) {
            return error as InputError;
          }
        })();
      };
      const whole = refusalOf([bytes]);
      expect(whole?.finding).toMatchObject({ code: 'E-CSV-QUOTE', row: 4, cell: 'D4' });
      expect(refusalOf([...bytes].map((b) => Buffer.from([b])))?.finding).toEqual(whole?.finding);
    }
  });

  it('names the end of the file when the quote is still open there, in words', async () => {
    const file = await writeText(at('short.csv'), [HEADER, STRAY, ROW, ''].join('\n'));
    const error = await refusal(file);
    expect(error.finding).toMatchObject({ code: 'E-CSV-QUOTE', row: 2, cell: 'B2' });
    expect(renderFinding(error.finding, 'vi')).toContain('không được đóng đến hết tệp');
    expect(renderFinding(error.finding, 'en')).not.toMatch(/CSV_QUOTE_NOT_CLOSED|Quote Not Closed/);
  });

  it('refuses a stray quote that a later quoted cell closes, instead of merging the rows', async () => {
    const later = 'Tập thể,"Trường Tiểu học Dào San, Phong Thổ",,Phong Thổ,SXKD';
    const file = await writeText(at('merged.csv'), [HEADER, ROW, STRAY, ROW, later, ROW, ''].join('\r\n'));
    const error = await refusal(file);
    expect(error.finding).toMatchObject({ code: 'E-CSV-QUOTE', row: 3, cell: 'B3' });
    expect(renderFinding(error.finding, 'vi')).toContain('chỉ được đóng bởi dấu ngoặc kép giữa dòng 5');
  });
});

describe('quotes a genuine CSV holds are read as before', () => {
  it('reads cells over several lines, doubled quotes and quotes inside text', async () => {
    const rows = [
      HEADER,
      'Cá nhân,"Lò Thị ""Mai""",1985,Phong Thổ,HCSN,Không,LĐTT,LĐTT,HTXSNV,HTXSNV,LĐTT,"BK-UBND:2019\r\nBK-TLĐ:2020",SK-T:2018,Có',
      'Cá nhân,Lò "Văn" Páo,1985,Phong Thổ,HCSN,Không,LĐTT,LĐTT,HTXSNV,HTXSNV,LĐTT,"",SK-T:2018,Có',
      ROW,
    ];
    for (const [name, end] of [
      ['crlf.csv', '\r\n'],
      ['lf.csv', '\n'],
      ['cr.csv', '\r'],
    ] as const) {
      const file = await writeText(at(name), `\uFEFF${rows.join(end)}${end}`);
      const result = await readNomineeFile(file, ctx);
      expect(result.nominees.map((n) => n.name)).toEqual(['Lò Thị "Mai"', 'Lò "Văn" Páo', 'Lò Thị Mai']);
    }
  });

  it('watches UTF-16 text as it watches UTF-8 bytes', async () => {
    const text = `\uFEFF${[HEADER, STRAY, ...Array.from({ length: 1000 }, () => ROW)].join('\r\n')}`;
    const file = await writeText(at('utf16.csv'), Buffer.from(text, 'utf16le'));
    expect((await refusal(file)).finding).toMatchObject({ code: 'E-CSV-QUOTE', row: 2, cell: 'B2' });
  });
});
