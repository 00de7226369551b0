import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCampaignFrom, RULES_DIR } from '../../src/campaign/load.js';
import { type CheckResult, runCheck } from '../../src/check.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderXlsx, SHEETS } from '../../src/report/xlsx.js';
import { loadWorkbook } from '../helpers/workbook.js';

/**
 * A campaign's declared columns are shown where the reports show a nominee's inputs, as the
 * reader understood them: luat-tdkt-2022 declares its collectives' member counts and yes/no
 * confirmations beside the year, distinction and count columns it shares with the default form.
 */
let result: CheckResult;
beforeAll(async () => {
  const campaign = await loadCampaignFrom(path.join(RULES_DIR, 'luat-tdkt-2022'));
  result = await runCheck([path.join(RULES_DIR, 'luat-tdkt-2022', 'cases.csv')], { campaign });
});

const table = (text: string) => parse(text.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];

describe('declared columns in the reports', () => {
  it('csv has a column for each declared column, holding the values read', () => {
    const [header = [], ...rows] = table(renderCsv(result, 'vi'));
    for (const h of [
      'Tổng số thành viên',
      'Số cá nhân đạt LĐTT',
      'XN tự lực, tự cường, đoàn kết, tích cực thi đua',
      '2024',
    ])
      expect(header, h).toContain(h);
    // only the campaign's form: no column of another campaign's
    expect(header).not.toContain('Lãnh đạo từ cấp phòng trở lên');
    const members = header.indexOf('Tổng số thành viên');
    const nominees = result.judgements.filter((j) => j.nominee.counts.members !== undefined);
    const read = nominees.map((j) => j.nominee.counts.members ?? null).filter((v) => v !== null);
    expect(read.length).toBeGreaterThan(0);
    const shown = rows.map((r) => r[members]).filter((v) => v !== undefined && v !== '');
    expect(shown.map(Number).sort()).toEqual([...read].sort());
  });

  it('xlsx shows them on the sheet of their kind, in English too', async () => {
    const book = await loadWorkbook(await renderXlsx(result, 'vi'));
    const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).map(String);
    const collective = headers(book.getWorksheet(SHEETS.collective) as ExcelJS.Worksheet);
    expect(collective).toContain('Số cá nhân đạt CSTĐCS');
    expect(collective).toContain('XN phong trào thi đua thường xuyên, thiết thực, hiệu quả');
    const individual = headers(book.getWorksheet(SHEETS.individual) as ExcelJS.Worksheet);
    expect(individual).toContain('XN tự lực, tự cường, đoàn kết, tích cực thi đua');
    expect(individual).not.toContain('Tổng số thành viên');
    const [en = []] = table(renderCsv(result, 'en'));
    expect(en).toContain('Members who are advanced workers');
  });
});
