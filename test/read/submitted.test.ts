import { describe, expect, it } from 'vitest';
import type { CellValue, RawRow, SheetSource } from '../../src/read/cells.js';
import { parseDate, SubmissionDates } from '../../src/read/submitted.js';

describe('parseDate', () => {
  it.each<[CellValue, string | null]>([
    ['10/05/2020', '2020-05-10'],
    ['1/5/2020', '2020-05-01'],
    ['16-05-2020', '2020-05-16'],
    ['16.05.2020', '2020-05-16'],
    ['2020-05-16', '2020-05-16'],
    ['2020-05-16T08:00:00Z', '2020-05-16'],
    ['ngày 16 tháng 5 năm 2020', '2020-05-16'],
    ['Ngay 16 thang 05 nam 2020', '2020-05-16'],
    [new Date(Date.UTC(2020, 4, 16)), '2020-05-16'],
    // an Excel serial number (a date cell formatted as General): 43967 is 16/05/2020
    [43967, '2020-05-16'],
    ['31/02/2020', null],
    ['05/13/2020', null],
    ['2020', null],
    [2020, null],
    ['chưa rõ', null],
    [true, null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });
});

function sheet(name: string, rows: (readonly CellValue[])[]): SheetSource {
  return {
    name,
    rows: (async function* (): AsyncGenerator<RawRow> {
      for (const [i, cells] of rows.entries()) yield { number: i + 1, cells };
    })(),
  };
}

async function drain(dates: SubmissionDates, source: SheetSource): Promise<RawRow[]> {
  const seen: RawRow[] = [];
  for await (const row of dates.watch(source).rows) seen.push(row);
  return seen;
}

const HEADER = ['STT', 'Họ và tên', 'Đơn vị đề nghị'];

describe('SubmissionDates', () => {
  it('finds `Ngày gửi: dd/mm/yyyy` in a title cell, passing every row on unchanged', async () => {
    const dates = new SubmissionDates();
    const rows = [
      ['LĐLĐ HUYỆN PHONG THỔ'],
      [null, 'Ngày gửi: 16/05/2020'],
      HEADER,
      [1, 'Lò Thị Mai', 'Phong Thổ'],
    ];
    const seen = await drain(dates, sheet('Cá nhân', rows));
    expect(seen.map((r) => r.cells)).toEqual(rows);
    expect(dates.result).toEqual({ date: '2020-05-16', cell: 'B2', sheet: 'Cá nhân' });
  });

  it('takes the date beside a lone label, as an Excel date cell', async () => {
    const dates = new SubmissionDates();
    await drain(dates, sheet('Tập thể', [['Ngay gui:', null, new Date(Date.UTC(2020, 4, 14))], HEADER]));
    expect(dates.result).toEqual({ date: '2020-05-14', cell: 'C1', sheet: 'Tập thể' });
  });

  it('reads a `Ngày gửi` column and keeps its latest date, with the cell', async () => {
    const dates = new SubmissionDates();
    await drain(
      dates,
      sheet('', [
        ['Tiêu đề'],
        [...HEADER, 'Ngày gửi (dd/mm/yyyy)'],
        [1, 'A', 'Phong Thổ', '12/05/2020'],
        [2, 'B', 'Phong Thổ', '17/05/2020'],
        [3, 'C', 'Phong Thổ', '13/05/2020'],
        [4, 'D', 'Phong Thổ', 'không rõ'],
      ]),
    );
    // a CSV's sheet has no name, so none is given
    expect(dates.result).toEqual({ date: '2020-05-17', cell: 'D4' });
  });

  it('keeps the latest date over the sheets of a workbook', async () => {
    const dates = new SubmissionDates();
    await drain(dates, sheet('Tập thể', [['Ngày gửi: 20/05/2020'], HEADER]));
    await drain(dates, sheet('Cá nhân', [['Ngày gửi: 10/05/2020'], HEADER]));
    expect(dates.result).toMatchObject({ date: '2020-05-20', sheet: 'Tập thể', cell: 'A1' });
  });

  it('finds nothing where no cell is labelled, whatever dates the sheet holds', async () => {
    const dates = new SubmissionDates();
    await drain(
      dates,
      sheet('Cá nhân', [['Lai Châu, ngày 16 tháng 5 năm 2020'], HEADER, [1, 'A', '17/05/2020']]),
    );
    expect(dates.result).toBeUndefined();
  });

  it('stops reading the rows when the reader stops', async () => {
    const dates = new SubmissionDates();
    let pulled = 0;
    const source: SheetSource = {
      name: 'x',
      rows: (async function* () {
        for (let n = 1; n <= 100; n++) {
          pulled = n;
          yield { number: n, cells: ['Ngày gửi: 16/05/2020'] };
        }
      })(),
    };
    for await (const row of dates.watch(source).rows) if (row.number === 3) break;
    expect(pulled).toBe(3);
  });
});
