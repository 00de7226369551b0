import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../src/findings/catalogue.js';
import { readNomineeFile } from '../../src/read/index.js';
import { inputError } from '../helpers/errors.js';
import {
  ctx,
  INDIVIDUAL_HEADERS,
  individual,
  scratch,
  withCode,
  writeText,
  writeWorkbook,
} from './helpers.js';

const at = await scratch();

/** The official individuals sheet with one more column `header` at U, holding `value(row)` on each nominee's row. */
async function withExtra(name: string, header: string, values: unknown[]) {
  const rows = [[...INDIVIDUAL_HEADERS, header], ...values.map((v, i) => [...individual({ 0: i + 1 }), v])];
  return writeWorkbook(at(name), [{ name: 'Cá nhân', rows }]);
}

describe('a judged column found twice', () => {
  it('is refused when the copies differ, naming the sheet, both columns and the row', async () => {
    // N is 2018 (HTXSNV on Mai's row); U says otherwise on the second nominee
    const file = await withExtra('two-2018.xlsx', 'Năm 2018', ['HTXSNV', 'LĐTT', 'HTXSNV']);
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({
      code: 'E-HEADER-CONFLICT',
      file,
      sheet: 'Cá nhân',
      row: 3,
      cell: 'U3',
      args: { first: 'N', firstHeader: '2018', second: 'U', secondHeader: 'Năm 2018', row: 3 },
    });
    expect(renderFinding(error.finding, 'vi')).toBe(
      'Cột N ("2018") và cột U ("Năm 2018") là cùng một cột nhưng ghi khác nhau ở dòng 3 ("HTXSNV" và "LĐTT"), nên kết quả sẽ tuỳ cột nào được đọc; xoá hoặc đổi tên một trong hai cột rồi kiểm tra lại',
    );
    expect(renderFinding(error.finding, 'en')).toContain('Columns N ("2018") and U ("Năm 2018")');
  });

  it('is refused for two name columns, a blank copy counting as different', async () => {
    const file = await withExtra('two-names.xlsx', 'Họ và tên (*)', ['Lò Thị Mai', undefined]);
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({
      code: 'E-HEADER-CONFLICT',
      row: 3,
      args: { first: 'B', second: 'U', secondValue: '' },
    });
  });

  it('stays a warning when the copies say the same on every row, the first read', async () => {
    const file = await withExtra('same-2018.xlsx', '2018', ['HTXSNV', 'HTXSNV']);
    const result = await readNomineeFile(file, ctx);
    expect(withCode(result.findings, 'W-HEADER-DUPLICATE')).toEqual([
      expect.objectContaining({
        sheet: 'Cá nhân',
        cell: 'U1',
        args: { header: '2018', first: 'N', second: 'U' },
      }),
    ]);
    expect(result.nominees).toHaveLength(2);
  });

  it('stays a warning for STT, which numbers rows and is never judged', async () => {
    const file = await withExtra('two-stt.xlsx', 'Số TT', [7, 8]);
    const result = await readNomineeFile(file, ctx);
    expect(withCode(result.findings, 'W-HEADER-DUPLICATE')).toHaveLength(1);
    expect(result.nominees).toHaveLength(2);
  });

  it('is refused in a CSV as in a workbook', async () => {
    const header = 'Loại,Họ và tên,Năm sinh,Đơn vị đề nghị,Khối,2016,2017,2018,2019,2020,Khối';
    const file = await writeText(
      at('two-blocks.csv'),
      `${header}\nCá nhân,Lò Văn Tâm,1980,Tam Đường,HCSN,LĐTT,LĐTT,LĐTT,LĐTT,LĐTT,SXKD\n`,
    );
    const error = await inputError(readNomineeFile(file, ctx));
    expect(error.finding).toMatchObject({ code: 'E-HEADER-CONFLICT', row: 2, cell: 'K2' });
    expect(error.finding.sheet).toBeUndefined();
  });
});
