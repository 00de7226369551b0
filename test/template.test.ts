import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCampaignFrom, RULES_DIR } from '../src/campaign/load.js';
import type { Campaign } from '../src/campaign/schema.js';
import { runCheck } from '../src/check.js';
import { main } from '../src/cli/main.js';
import {
  buildTemplate,
  exampleValues,
  TEMPLATE_FIRST_ROW,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_ROWS,
  TEMPLATE_SHEETS,
} from '../src/template.js';
import { testDir } from './helpers/temp.js';
import { loadWorkbook } from './helpers/workbook.js';

type Validation = { type: string; formulae: string[]; showInputMessage?: boolean; prompt?: string };

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function headers(ws: ExcelJS.Worksheet, row = TEMPLATE_HEADER_ROW): string[] {
  const out: string[] = [];
  ws.getRow(row).eachCell((cell, col) => {
    out[col - 1] = String(cell.value);
  });
  return out;
}

function validations(ws: ExcelJS.Worksheet): Record<string, Validation> {
  return (ws as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
}

/** The validation of a header's column, the same on the first nominee row and on the last template row. */
function validationOf(ws: ExcelJS.Worksheet, header: string): Validation | undefined {
  const col = headers(ws).indexOf(header) + 1;
  const letter = ws.getColumn(col).letter;
  // exceljs reads a validated range back as one entry per cell
  const first = validations(ws)[`${letter}${TEMPLATE_FIRST_ROW}`];
  expect(validations(ws)[`${letter}${TEMPLATE_FIRST_ROW + TEMPLATE_ROWS - 1}`]).toEqual(first);
  expect(validations(ws)[`${letter}${TEMPLATE_FIRST_ROW + TEMPLATE_ROWS}`]).toBeUndefined();
  // the row of column numbers under the header takes no value
  expect(validations(ws)[`${letter}${TEMPLATE_FIRST_ROW - 1}`]).toBeUndefined();
  return first;
}

/** Values of the cells a range like `'Hướng dẫn'!$B$40:$B$50` covers. */
function rangeValues(wb: ExcelJS.Workbook, ref: string): unknown[] {
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a range: ${ref}`);
  const ws = sheetOf(wb, m[1] as string);
  const out: unknown[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`).value);
  return out;
}

let campaign: Campaign;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  campaign = await loadCampaignFrom(path.join(RULES_DIR, 'lai-chau-2020'));
  wb = await loadWorkbook(await buildTemplate(campaign));
});

describe('buildTemplate', () => {
  it('has both nominee sheets, the guide and the examples', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tập thể', 'Cá nhân', 'Hướng dẫn', 'Ví dụ']);
  });

  it('heads each nominee sheet with the form’s columns and the campaign’s years', () => {
    const individual = headers(sheetOf(wb, 'Cá nhân'));
    expect(individual.slice(0, 2)).toEqual(['Họ và tên', 'Năm sinh']);
    for (const h of ['Đơn vị đề nghị', 'Khối', '2016', '2020', 'Khen thưởng', 'XN phẩm chất chính trị']) {
      expect(individual).toContain(h);
    }
    expect(individual).not.toContain('Tên tập thể');
    const collective = headers(sheetOf(wb, 'Tập thể'));
    expect(collective[0]).toBe('Tên tập thể');
    expect(collective).toContain('Số người bị kỷ luật');
    expect(collective).not.toContain('Năm sinh');
  });

  it('takes the year columns from the period of another campaign', async () => {
    const other = await loadCampaignFrom(path.join(RULES_DIR, 'tan-uyen-2021'));
    const years = headers(sheetOf(await loadWorkbook(await buildTemplate(other)), 'Cá nhân')).filter((h) =>
      /^\d{4}$/.test(h),
    );
    const expected = [];
    for (let y = other.period.from; y <= other.period.to; y++) expected.push(String(y));
    expect(years).toEqual(expected);
  });

  it('numbers the columns under the header and ends with the official footer, as the form prints them', () => {
    for (const name of [TEMPLATE_SHEETS.collective, TEMPLATE_SHEETS.individual]) {
      const ws = sheetOf(wb, name);
      expect(headers(ws, TEMPLATE_FIRST_ROW - 1)).toEqual(headers(ws).map((_, i) => `(${i + 1})`));
      const below: string[] = [];
      ws.eachRow((row, n) => {
        if (n < TEMPLATE_FIRST_ROW + TEMPLATE_ROWS) return;
        row.eachCell((cell) => {
          below.push(String(cell.value));
        });
      });
      expect(below).toEqual([
        'Tổng cộng:',
        'Ghi chú:',
        '……………, ngày …… tháng …… năm ……',
        'NGƯỜI LẬP BIỂU',
        'TM. BAN THƯỜNG VỤ',
        'CHỦ TỊCH',
        '(Ký, ghi rõ họ tên)',
        '(Ký tên, đóng dấu)',
      ]);
    }
  });

  it('offers drop-downs: units from the campaign, block, yes/no', () => {
    const ws = sheetOf(wb, 'Cá nhân');
    const unit = validationOf(ws, 'Đơn vị đề nghị');
    expect(unit?.type).toBe('list');
    expect(rangeValues(wb, unit?.formulae[0] as string)).toEqual(campaign.units.map((u) => u.name));
    expect(validationOf(ws, 'Khối')).toMatchObject({ type: 'list', formulae: ['"HCSN,SXKD"'] });
    for (const h of ['Lãnh đạo từ cấp phòng trở lên', 'Người đứng đầu', 'XN phẩm chất chính trị']) {
      expect(validationOf(ws, h), h).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    }
    expect(validationOf(sheetOf(wb, 'Tập thể'), 'XN mô hình, cách làm hay')?.formulae).toEqual([
      '"Có,Không"',
    ]);
    expect(validationOf(ws, 'Năm sinh')?.type).toBe('whole');
    expect(validationOf(ws, '2018')).toMatchObject({ showInputMessage: true });
    expect(validationOf(ws, '2018')?.prompt).toContain('LĐTT');
  });

  it('explains every column of both sheets and every code in the guide', () => {
    const guide = sheetOf(wb, 'Hướng dẫn');
    const columnA: string[] = [];
    const columnB: string[] = [];
    guide.eachRow((row) => {
      columnA.push(String(row.getCell(1).value ?? ''));
      columnB.push(String(row.getCell(2).value ?? ''));
    });
    for (const name of [TEMPLATE_SHEETS.collective, TEMPLATE_SHEETS.individual]) {
      for (const h of headers(sheetOf(wb, name))) expect(columnB, h).toContain(h);
    }
    for (const code of campaign.vocabulary.yearCodes) expect(columnA).toContain(code.code);
    for (const code of campaign.vocabulary.distinctions) expect(columnA).toContain(code.code);
    for (const unit of campaign.units) expect(columnB).toContain(unit.name);
    expect(columnA.join('\n')).toContain('CX');
  });

  it('names units by their plan names only, never by their ids', () => {
    const guide = sheetOf(wb, 'Hướng dẫn');
    const text: string[] = [];
    guide.eachRow((row) => {
      row.eachCell((cell) => {
        text.push(String(cell.value ?? ''));
      });
    });
    for (const unit of campaign.units) expect(text, unit.id).not.toContain(unit.id);
  });

  it('speaks of criteria only for the columns that feed one, naming them', () => {
    const guide = sheetOf(wb, 'Hướng dẫn');
    const explained = new Map<string, string>();
    guide.eachRow((row) => {
      const sheet = String(row.getCell(1).value ?? '');
      if (sheet === 'Cá nhân' || sheet === 'Tập thể')
        explained.set(`${sheet}/${row.getCell(2).value}`, String(row.getCell(4).value ?? ''));
    });
    // CN-HCSN-2 reads the attestation; the leader column feeds only the composition count
    expect(explained.get('Cá nhân/XN phẩm chất chính trị')).toMatch(/Dùng cho tiêu chí .*CN-HCSN-2/);
    const leader = explained.get('Cá nhân/Công nhân trực tiếp sản xuất') ?? '';
    expect(leader).toContain('Không dùng để xét tiêu chí');
    expect(leader).not.toContain('cần xem xét');
    expect(explained.get('Cá nhân/Dân tộc')).toContain(`không phải dân tộc ${campaign.majorityEthnicity}`);
  });

  it('carries a Ngày gửi cell above the headers', () => {
    for (const name of [TEMPLATE_SHEETS.collective, TEMPLATE_SHEETS.individual]) {
      const ws = sheetOf(wb, name);
      expect(ws.getCell('A1').value).toBe('Ngày gửi');
      expect(ws.getCell('B1').numFmt).toBe('dd/mm/yyyy');
      expect(ws.getCell('B1').dataValidation?.type).toBe('date');
    }
  });

  it('takes the example ethnicity from the campaign’s majorityEthnicity', async () => {
    const other = { ...campaign, majorityEthnicity: 'Thái' };
    expect(exampleValues('individual-HCSN', other).ethnicity).toBe('Thái');
    expect(exampleValues('individual-HCSN', { ...campaign, majorityEthnicity: undefined }).ethnicity).toBe(
      undefined,
    );
  });

  it('builds examples that meet every criterion of their category', () => {
    const individual = exampleValues('individual-HCSN', campaign);
    expect(individual.block).toBe('HCSN');
    expect(individual.attest_conduct).toBe('Có');
    const collective = exampleValues('collective-HCSN', campaign);
    // TT-HCSN-1: TTLĐTT every year of the period
    for (let y = campaign.period.from; y <= campaign.period.to; y++)
      expect(collective[String(y)]).toContain('TTLĐTT');
    expect(collective.disciplined).toBe('0');
  });
});

/** Write `rows` (header → value) under the header and its column numbers, from the first row to fill on. */
function fill(ws: ExcelJS.Worksheet, rows: Record<string, string>[]): void {
  const head = headers(ws);
  rows.forEach((values, i) => {
    const row = ws.getRow(i + TEMPLATE_FIRST_ROW);
    for (const [header, value] of Object.entries(values)) {
      const col = head.indexOf(header) + 1;
      if (col === 0) throw new Error(`no column ${header} in ${ws.name}`);
      row.getCell(col).value = value;
    }
  });
}

/** An example row of the `Ví dụ` sheet, header → value, as a person would copy it. */
function exampleRows(examples: ExcelJS.Worksheet, kind: 'Tập thể' | 'Cá nhân'): Record<string, string>[] {
  let headerRow = 0;
  examples.eachRow((row, n) => {
    const first = String(row.getCell(1).value ?? '');
    if (headerRow === 0 && first === (kind === 'Tập thể' ? 'Tên tập thể' : 'Họ và tên')) headerRow = n;
  });
  const head = headers(examples, headerRow);
  return [headerRow + 1, headerRow + 2].map((r) => {
    const values: Record<string, string> = {};
    head.forEach((h, i) => {
      const v = examples.getRow(r).getCell(i + 1).value;
      if (v !== null && v !== undefined && v !== '') values[h] = String(v);
    });
    return values;
  });
}

describe('a campaign’s declared columns in the template', () => {
  let luat: Campaign;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    luat = await loadCampaignFrom(path.join(RULES_DIR, 'luat-tdkt-2022'));
    book = await loadWorkbook(await buildTemplate(luat));
  });

  it('gives each declared column its header on the sheets of its kinds, in the declared order', () => {
    const collective = headers(sheetOf(book, 'Tập thể'));
    // the award a row asks for stands beside the name, where the awards put it
    const own = luat.columns.filter(
      (c) => c.kinds.includes('collective') && c.type !== 'yearTitles' && c.id !== luat.awardColumn,
    );
    const at = own.map((c) => collective.indexOf(c.header.vi));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(collective).toContain('Tổng số thành viên');
    expect(collective).toContain(String(luat.period.from));
    const individual = headers(sheetOf(book, 'Cá nhân'));
    expect(individual).toContain('XN tự lực, tự cường, đoàn kết, tích cực thi đua');
    expect(individual).not.toContain('Tổng số thành viên');
    // only the columns the campaign declares: none of another form's
    expect(individual).not.toContain('Lãnh đạo từ cấp phòng trở lên');
  });

  it('checks each one as its type says: yes/no from a list, a count a whole number from 0', () => {
    const collective = sheetOf(book, 'Tập thể');
    expect(
      validationOf(collective, 'XN phong trào thi đua thường xuyên, thiết thực, hiệu quả'),
    ).toMatchObject({
      type: 'list',
      formulae: ['"Có,Không"'],
    });
    expect(validationOf(collective, 'Số cá nhân đạt LĐTT')).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(validationOf(collective, 'Khen thưởng')?.prompt).toContain('MÃ:NĂM');
    expect(validationOf(sheetOf(book, 'Cá nhân'), 'Sáng kiến')?.prompt).toContain('SK-CS');
  });

  it('writes its guide line, after the type’s words, and the criteria it feeds', () => {
    const guide = sheetOf(book, 'Hướng dẫn');
    const line = (header: string) => {
      let found = '';
      guide.eachRow((row) => {
        if (row.getCell(2).value === header && found === '') found = String(row.getCell(4).value);
      });
      return found;
    };
    expect(line('XN tự lực, tự cường, đoàn kết, tích cực thi đua')).toBe(
      'Có / Không. Để trống nghĩa là chưa rõ: tiêu chí cần cột này sẽ là "cần xem xét". Theo bình xét của đơn vị. Dùng cho tiêu chí LDTT-2.',
    );
    expect(line('Số cá nhân đạt CSTĐCS')).toMatch(
      /^Số nguyên, 0 nếu không có ai\. .*Dùng cho tiêu chí TTLDXS-/,
    );
  });
});

describe('template, filled in, then check', () => {
  it('reads back with no findings but unfilled seats, and the verdicts expected', async () => {
    const dir = testDir('eligibility-template-');
    const book = await loadWorkbook(await buildTemplate(campaign));
    const examples = sheetOf(book, 'Ví dụ');

    // the examples, copied as a unit would, and two rows whose verdicts DOMAIN.md §3 decides:
    // a collective with 2020 not yet assessed (TT-HCSN-1 unknown → review), and an individual
    // with LĐTT only (CN-HCSN-1 fails both paths → ineligible)
    fill(sheetOf(book, 'Tập thể'), [
      ...exampleRows(examples, 'Tập thể'),
      {
        'Tên tập thể': 'Trường Mầm non Hoa Ban',
        'Đơn vị đề nghị': 'LĐLĐ huyện Phong Thổ',
        Khối: 'HCSN',
        '2016': 'TTLĐTT',
        '2017': 'TTLĐTT',
        '2018': 'TTLĐTT; HTXSNV',
        '2019': 'TTLĐTT; HTXSNV',
        '2020': '?',
        'Khen thưởng': 'BK-UBND:2019',
        'Thành tích cá nhân trong tập thể': 'SK-T:2018',
        'XN mô hình, cách làm hay': 'Có',
        'XN đoàn kết, trong sạch vững mạnh': 'Có',
        'Số người bị kỷ luật': '0',
      },
    ]);
    fill(sheetOf(book, 'Cá nhân'), [
      ...exampleRows(examples, 'Cá nhân'),
      {
        'Họ và tên': 'Lò Thị Mai',
        'Năm sinh': '1990',
        'Giới tính': 'Nữ',
        'Đơn vị đề nghị': 'LĐLĐ huyện Phong Thổ',
        Khối: 'HCSN',
        'Lãnh đạo từ cấp phòng trở lên': 'Không',
        '2016': 'LĐTT',
        '2017': 'LĐTT',
        '2018': 'LĐTT',
        '2019': 'LĐTT',
        '2020': 'LĐTT',
        'XN phẩm chất chính trị': 'Có',
      },
    ]);
    // sent after the deadline (15/05/2020), in the template's Ngày gửi cell
    sheetOf(book, 'Cá nhân').getCell('B1').value = new Date(Date.UTC(2020, 4, 20));
    const file = path.join(dir, 'danh-sach.xlsx');
    await book.xlsx.writeFile(file);

    const result = await runCheck([file], { campaign });
    expect(result.findings.filter((f) => f.code === 'DL-LATE').map((f) => [f.sheet, f.row])).toEqual([
      ['Cá nhân', 1],
    ]);
    const unexpected = result.findings.filter(
      (f) =>
        f.code !== 'Q-UNDER' &&
        f.code !== 'DL-LATE' &&
        // the plan's own mismatches (P-*) are the campaign's, reported on every run
        !f.code.startsWith('P-') &&
        // the form's own footer, said once per sheet
        f.code !== 'I-TABLE-END',
    );
    expect(unexpected).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'I-TABLE-END').map((f) => f.sheet)).toEqual([
      'Tập thể',
      'Cá nhân',
    ]);
    expect(result.judgements.map((j) => [j.nominee.name, j.verdict])).toEqual([
      ['Tập thể HCSN (ví dụ)', 'eligible'],
      ['Tập thể SXKD (ví dụ)', 'eligible'],
      ['Trường Mầm non Hoa Ban', 'review'],
      ['Nguyễn Thị An (ví dụ)', 'eligible'],
      ['Nguyễn Thị Bình (ví dụ)', 'eligible'],
      ['Lò Thị Mai', 'ineligible'],
    ]);
  });
});

describe('the blank template checked as a submission', () => {
  it('is an empty submission: an error and exit 1, never "all eligible"', async () => {
    const dir = testDir('eligibility-template-blank-');
    const file = path.join(dir, 'mau.xlsx');
    await writeFile(file, await buildTemplate(campaign));
    const result = await runCheck([file], { campaign });
    const own = result.findings.filter(
      (f) => !f.code.startsWith('P-') && f.code !== 'Q-UNDER' && f.code !== 'I-TABLE-END',
    );
    expect(own.map((f) => [f.code, f.severity, f.file])).toEqual([
      ['E-EMPTY-SUBMISSION', 'error', 'mau.xlsx'],
    ]);
    let stdout = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: () => {} };
    expect(await main(['node', 'eligibility', 'check', file], io)).toBe(1);
    expect(stdout).toContain('E-EMPTY-SUBMISSION');
    expect(stdout).toContain('gửi nhầm tệp mẫu trống');
  });
});

describe('eligibility template', () => {
  it('writes the workbook, refuses to overwrite it, and does with --force', async () => {
    const dir = testDir('eligibility-template-cli-');
    const out = path.join(dir, 'mau.xlsx');
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t) };
    expect(await main(['node', 'eligibility', 'template', out], io)).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
    expect(stderr).toContain(`Đã ghi ${out}`);

    await writeFile(out, 'filled in by a unit');
    expect(await main(['node', 'eligibility', 'template', out], io)).toBe(2);
    expect(stderr).toContain('đã có');
    expect(await readFile(out, 'utf8')).toBe('filled in by a unit');

    expect(await main(['node', 'eligibility', 'template', out, '--force'], io)).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(5000);
    expect(await main(['node', 'eligibility', 'template', path.join(dir, 'none', 'mau.xlsx')], io)).toBe(2);

    // a name without .xlsx gets it, so the file opens on a double-click
    expect(await main(['node', 'eligibility', 'template', path.join(dir, 'mau-2')], io)).toBe(0);
    expect((await readFile(path.join(dir, 'mau-2.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('treats an existing file as check --output does: refused without --force', async () => {
    const dir = testDir('eligibility-overwrite-');
    const io = { stdout: () => {}, stderr: () => {} };
    const report = path.join(dir, 'bao-cao.json');
    await writeFile(report, 'annotated by the officer');
    const check = ['node', 'eligibility', 'check', 'fixtures/lai-chau-2020/nominees.csv', '--output', report];
    expect(await main(check, io)).toBe(2);
    expect(await readFile(report, 'utf8')).toBe('annotated by the officer');
    expect(await main([...check, '--force', '--quiet'], io)).toBe(1);
    expect(JSON.parse(await readFile(report, 'utf8')).campaign).toBe('lai-chau-2020');
  });
});
