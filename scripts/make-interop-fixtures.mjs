// Writes fixtures/interop/: the tool's template as other programs save it once a unit has filled
// it in. `npm run build && node scripts/make-interop-fixtures.mjs` (needs python3 with openpyxl
// and LibreOffice's soffice; PYTHON names another interpreter). test/read/interop.test.ts checks
// every file here; they are kept in the repository so the test needs neither program.
//   openpyxl-template.xlsx  the template filled in and re-saved by openpyxl (absolute part paths,
//                           comment parts at /xl/comments/comment1.xml)
//   openpyxl-scratch.xlsx   the same list written by openpyxl from nothing
//   libreoffice.xlsx        the template filled in, then saved by LibreOffice Calc
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'fixtures', 'interop');
const work = mkdtempSync(path.join(tmpdir(), 'interop-'));
const python = process.env.PYTHON ?? 'python3';

try {
  const template = path.join(work, 'template.xlsx');
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'eligibility.js'), 'template', template]);
  execFileSync(python, [
    path.join(ROOT, 'scripts', 'openpyxl-fixture.py'),
    template,
    path.join(OUT, 'openpyxl-template.xlsx'),
    path.join(OUT, 'openpyxl-scratch.xlsx'),
  ]);

  // the same rows as openpyxl-fixture.py, typed into the template, then saved by LibreOffice
  const filled = path.join(work, 'filled.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const rows = {
    'Tập thể': [
      'Trường Tiểu học Kim Đồng',
      'LĐLĐ Thành phố',
      'HCSN',
      'TTLĐTT',
      'TTLĐTT',
      'TTLĐTT',
      'TTLĐTT; HTXSNV',
      'TTLĐTT; HTXSNV',
      'BK-BO:2020',
      'SK-T:2020',
      'Có',
      'Có',
      '',
      '0',
    ],
    'Cá nhân': [
      'Lò Thị Mai',
      '1985',
      'Nữ',
      'Thái',
      'Giáo viên',
      'LĐLĐ Thành phố',
      'HCSN',
      'Không',
      'Không',
      'Không',
      '',
      '',
      'HTXSNV',
      'HTXSNV',
      'HTXSNV',
      '',
      'SK-T:2018',
      '',
      'Có',
    ],
  };
  for (const [sheet, values] of Object.entries(rows)) {
    // row 1 holds the Ngày gửi cell, row 2 the headers, row 3 their column numbers
    const row = workbook.getWorksheet(sheet).getRow(4);
    values.forEach((value, i) => {
      if (value !== '') row.getCell(i + 1).value = value;
    });
  }
  await workbook.xlsx.writeFile(filled);
  execFileSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', path.join(work, 'lo'), filled], {
    stdio: 'ignore',
    env: { ...process.env, HOME: work },
  });
  copyFileSync(path.join(work, 'lo', 'filled.xlsx'), path.join(OUT, 'libreoffice.xlsx'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
